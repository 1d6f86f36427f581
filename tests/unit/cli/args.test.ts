import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commandOptions, parseCommandArgs } from '../../../cli/args';
import { CliError } from '../../../cli/content';
import { createVoice, type Voice } from '../../../cli/i18n';

let voice: Voice;
beforeAll(async () => {
  voice = await createVoice('en');
});

// One declaration per option: the schema says which options exist, which are flags, and their one-letter alias.
const Args = z.object({
  json: z.boolean().default(false),
  strict: z.boolean().optional(),
  out: z.string({ message: 'args.outRequired' }).min(1, 'args.outRequired').meta({ short: 'o' }),
  top: z.coerce.number().int().default(5),
  sections: z
    .string()
    .transform((s) => s.split(','))
    .optional(),
  positionals: z.array(z.string()).length(1, 'args.oneAssessment'),
});

function refusal(argv: string[]): string {
  try {
    parseCommandArgs(argv, Args);
  } catch (error) {
    if (error instanceof CliError) return error.say(voice).line;
    throw error;
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
    [['in.json', '--out', 'x', '--colour', 'red'], '--colour: there is no such option'],
    [['in.json', '--out'], '--out: give it a value'],
    [['in.json', '--out', 'x', '--json=yes'], '--json: this option takes no value'],
    [['in.json', '--top', '3'], '--out: name the output file with -o'],
    [['--out', 'x', 'a', 'b'], 'arguments: name exactly one assessment file'],
  ])('refuses %j with one line naming the argument', (argv, line) => {
    const message = refusal(argv);
    expect(message).toBe(line);
    expect(message).not.toContain('\n');
  });
});
