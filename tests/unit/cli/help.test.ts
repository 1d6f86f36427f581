import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { REPORT_LANGUAGES } from '../../../core/report/language';

describe('help', () => {
  it('offers every language a printed document can be in, for each command that prints one', async () => {
    const lines: string[] = [];
    expect(await runCli(['help'], { log: (l) => lines.push(...l.split('\n')), error: () => {} })).toBe(0);
    for (const command of ['report', 'kit', 'export']) {
      const line = lines.find((l) => l.trimStart().startsWith(`${command} `));
      expect(line, command).toContain(`--lang ${REPORT_LANGUAGES.join('|')}]`);
    }
  });
});
