import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { CliError } from './content';

/**
 * Parses argv with node's parser, then validates the values with a zod
 * schema so every bad argument gets one clear sentence.
 */
export function parseCommandArgs<S extends z.ZodType>(argv: string[], options: ParseArgsConfig['options'], schema: S): z.infer<S> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
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
