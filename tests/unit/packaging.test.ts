import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface FileSet {
  from: string;
  to: string;
  filter?: string | string[];
}

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string };
  files?: (string | FileSet)[];
  asar?: unknown;
  extraResources?: FileSet[];
  win?: { target?: unknown };
  nsis?: Record<string, unknown>;
  linux?: { target?: unknown; maintainer?: string };
  mac?: { target?: unknown };
  publish?: unknown;
  electronFuses?: Record<string, unknown>;
  [key: string]: unknown;
}

const ROOT = resolve(__dirname, '../..');
const configText = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
const config = yaml.load(configText) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

/** The targets named in a platform section, whether written as strings or { target } objects. */
function targetNames(section: { target?: unknown } | undefined): string[] {
  const list = Array.isArray(section?.target) ? section.target : [section?.target];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target)).filter(Boolean);
}

/**
 * Which files electron-builder would copy for one extraResources entry, using its own
 * FileMatcher (the same minimatch rules and directory pruning as a real build).
 */
function copiedFiles(set: FileSet, from = join(ROOT, set.from)): string[] {
  type Filter = (file: string, stat: Stats) => boolean;
  const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as {
    FileMatcher: new (from: string, to: string, macroExpander: (s: string) => string, patterns?: string | string[]) => { createFilter(): Filter };
  };
  const filter = new FileMatcher(from, set.to, (s) => s, set.filter).createFilter();
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (!filter(path, stat)) continue;
      if (stat.isDirectory()) walk(path);
      else files.push(relative(from, path).split('\\').join('/'));
    }
  };
  walk(from);
  return files.sort();
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('org.capamap.app');
    expect(config.productName).toBe('CapaMap');
  });

  it('writes installers to dist/', () => {
    expect(config.directories?.output).toBe('dist');
  });

  it('packs only the built app and package.json', () => {
    expect([...(config.files ?? [])].sort()).toEqual(['!out/cli.*', 'out/**', 'package.json']);
    expect(packageJson.main.startsWith('out/')).toBe(true);
  });

  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  describe('extraResources', () => {
    const resources = config.extraResources ?? [];

    it('ships the questionnaires without their authoring parts', () => {
      const entry = resources.find((r) => r.from === 'questionnaires');
      expect(entry?.to).toBe('questionnaires');
      const fixture = mkdtempSync(join(tmpdir(), 'capamap-pack-'));
      try {
        for (const file of [
          'capamap-core/questionnaire.json',
          'capamap-core/actions.json',
          'capamap-core/parts/p1.json',
          'capamap-core/parts/deep/p2.json',
          'other/parts/x.json',
          'other/questionnaire.json',
          'parts/top.json',
        ]) {
          mkdirSync(join(fixture, file, '..'), { recursive: true });
          writeFileSync(join(fixture, file), '{}');
        }
        expect(copiedFiles(entry!, fixture)).toEqual(['capamap-core/actions.json', 'capamap-core/questionnaire.json', 'other/questionnaire.json']);
      } finally {
        rmSync(fixture, { recursive: true, force: true });
      }
    });

    it('leaves out every parts/ folder of the real questionnaires', () => {
      const entry = resources.find((r) => r.from === 'questionnaires')!;
      for (const file of copiedFiles(entry)) expect(file.split('/')).not.toContain('parts');
    });

    it('has no other resources', () => {
      expect(resources.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(['questionnaires → questionnaires']);
    });
  });

  it('builds a portable exe and an NSIS installer for Windows', () => {
    expect(targetNames(config.win).sort()).toEqual(['nsis', 'portable']);
  });

  it('makes the NSIS installer per-machine, assisted, able to elevate', () => {
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.allowElevation).toBe(true);
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(targetNames(config.linux).sort()).toEqual(['AppImage', 'deb']);
    // deb refuses to build without a maintainer when package.json names no author.
    expect(config.linux?.maintainer).toMatch(/<[^>]+@[^>]+>/);
  });

  it('builds a dmg for macOS', () => {
    expect(targetNames(config.mac)).toEqual(['dmg']);
  });

  it('publishes nothing: no auto-update feed', () => {
    expect(config).toHaveProperty('publish');
    expect(config.publish).toBeNull();
    expect(configText).not.toMatch(/electron-updater|autoUpdate|generateUpdatesFilesForAllChannels/);
  });

  it('flips every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('validates against electron-builder 26 scheme.json', () => {
    const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the scheme check would catch a misspelt fuse', () => {
    const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('is what npm run dist uses', () => {
    expect(packageJson.scripts.dist).toContain('electron-builder --config electron-builder.yml');
  });
});
