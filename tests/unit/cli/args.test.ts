import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commandOptions, parseCommandArgs } from '../../../cli/args';

// One declaration per option: the schema says which options exist, which are flags, and their one-letter alias.
const Args = z.object({
  json: z.boolean().default(false),
  strict: z.boolean().optional(),
  out: z.string().min(1, 'name the output file with -o').meta({ short: 'o' }),
  top: z.coerce.number().int().default(5),
  sections: z
    .string()
    .transform((s) => s.split(','))
    .optional(),
  positionals: z.array(z.string()).max(1, 'one file at most'),
});

function refusal(argv: string[]): string {
  try {
    parseCommandArgs(argv, Args);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('command arguments from a zod schema', () => {
  it('derives node parseArgs options: booleans are flags, the rest take a value, meta gives the alias', () => {
    expect(commandOptions(Args)).toEqual({
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      top: { type: 'string' },
      sections: { type: 'string' },
    });
  });

  it('parses flags, values, the alias and positionals, then applies the schema', () => {
    expect(parseCommandArgs(['in.json', '-o', 'out.pdf', '--json', '--top', '7', '--sections', 'a,b'], Args)).toEqual({
      json: true,
      out: 'out.pdf',
      top: 7,
      sections: ['a', 'b'],
      positionals: ['in.json'],
    });
  });

  it.each([
    [['--out', 'x', '--colour', 'red'], "Unknown option '--colour'"],
    [['--out'], "Option '-o, --out <value>' argument missing"],
    [['--out', 'x', '--json=yes'], "Option '--json' does not take an argument"],
    [['--top', '3'], '--out: '],
    [['--out', 'x', 'a', 'b'], 'arguments: one file at most'],
  ])('refuses %j with one line naming the argument', (argv, start) => {
    const message = refusal(argv);
    expect(message.startsWith(start), message).toBe(true);
    expect(message).not.toContain('\n');
  });
});
