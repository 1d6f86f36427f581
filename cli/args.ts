import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import type { Command, Output } from './commands/types';
import { CliError } from './content';

/**
 * A command's arguments are declared once, as a zod object: each key but
 * `positionals` is an option, a boolean field is a flag, any other field takes
 * a value (zod coerces it), and `.meta({ short: 'o' })` on the field gives its
 * one-letter alias.
 */
export type CommandArgs = z.ZodObject<{ positionals: z.ZodType<string[]> } & z.ZodRawShape>;

/** node's parseArgs options, derived from the schema. */
export function commandOptions(schema: CommandArgs): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    if (name === 'positionals') continue;
    const short = z.globalRegistry.get(field)?.short;
    options[name] = { type: isFlag(field) ? 'boolean' : 'string', ...(typeof short === 'string' ? { short } : {}) };
  }
  return options;
}

function isFlag(field: z.core.$ZodType): boolean {
  let inner = field;
  while (inner instanceof z.core.$ZodOptional || inner instanceof z.core.$ZodDefault) inner = inner._zod.def.innerType;
  return inner instanceof z.core.$ZodBoolean;
}

/**
 * Parses argv with node's parser, then validates the values with the same
 * schema so every bad argument gets one clear sentence.
 */
export function parseCommandArgs<S extends CommandArgs>(argv: string[], schema: S): z.infer<S> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: commandOptions(schema), allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message.split('\n')[0]!);
  }
  const result = schema.safeParse({ ...parsed.values, positionals: parsed.positionals });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = issue.path[0] === 'positionals' ? 'arguments' : `--${String(issue.path[0])}`;
    throw new CliError(`${name}: ${issue.message}`);
  }
  return result.data;
}

/** The positionals of a command that reads one assessment. */
export const ONE_ASSESSMENT = z.array(z.string()).length(1, 'name exactly one assessment file');

/** A command whose arguments are declared once, by their schema: `run` receives them parsed and checked. */
export function defineCommand<S extends CommandArgs>(spec: { name: string; usage: string; args: S; run(args: z.infer<S>, out: Output): number | Promise<number> }): Command {
  return { name: spec.name, usage: spec.usage, run: (argv, out) => spec.run(parseCommandArgs(argv, spec.args), out) };
}
