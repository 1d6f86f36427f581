import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const SOURCES = ['core', 'pdf', 'locales', 'cli', 'electron', 'renderer/src', 'scripts', 'tests'].map((dir) => `${dir}/**/*.{ts,tsx}`);

/** Every import cycle among the files, as lists of paths relative to cwd; type-only imports count. */
async function cycles(cwd: string, patterns: string[]): Promise<string[][]> {
  const tree = await parseDependencyTree(patterns, { cwd, context: cwd, transform: false });
  return parseCircular(tree);
}

// ESLint's import-x/no-cycle skips `import type`, so a cycle made only of types (store ⇄ a slice) would pass it: dpdm sees them.
describe('import cycles', () => {
  it('finds none in the project', async () => {
    expect(await cycles(root, SOURCES)).toEqual([]);
  });

  it('would find one made only of type imports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'capamap-cycle-'));
    try {
      writeFileSync(join(dir, 'store.ts'), "import type { Slice } from './slice';\nexport type Store = { slice: Slice };\n");
      writeFileSync(join(dir, 'slice.ts'), "import type { Store } from './store';\nexport type Slice = (store: Store) => void;\n");
      expect((await cycles(dir, ['*.ts'])).map((cycle) => cycle.sort())).toEqual([['slice.ts', 'store.ts']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
