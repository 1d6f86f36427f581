import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules of eslint.config.mjs, checked on probe sources placed (virtually) in each layer.
// A probe is in no tsconfig, so the type-aware rules (and the type information they need) are turned off here.
const eslint = new ESLint({
  cwd: join(__dirname, '../..'),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(__dirname, '../..', file) });
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint rules', () => {
  it.each([
    ['core/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['core/probe.ts', "import { join } from 'path';\nexport const x = join;\n"],
    ['core/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['core/probe.ts', "import { createHandlers } from '../electron/main/handlers';\nexport const x = createHandlers;\n"],
    ['core/probe.ts', "import { App } from '../renderer/src/App';\nexport const x = App;\n"],
    ['electron/main/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['renderer/src/probe.ts', "import { randomUUID } from 'node:crypto';\nexport const x = randomUUID;\n"],
    ['renderer/src/probe.ts', "import { createHandlers } from '../../electron/main/handlers';\nexport const x = createHandlers;\n"],
  ])('%s may not import this: %j', async (file, source) => {
    expect(await restricted(file, source)).toHaveLength(1);
  });

  it.each([
    ['core/probe.ts', "import { z } from 'zod';\nimport { encryptText } from './crypto';\nexport const x = [z, encryptText];\n"],
    ['electron/main/index.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/main/probe.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['renderer/src/probe.ts', "import { encryptText } from '../../core/model/crypto';\nexport const x = encryptText;\n"],
  ])('%s may import this: %j', async (file, source) => {
    expect(await restricted(file, source)).toEqual([]);
  });
});
