import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { issueMessage } from '../core/model/schema/parse';
import { CliError } from './content';
import { REPORT_LANGUAGES } from '../core/report/language';

/** The languages a printed document can be in, as a command's synopsis lists them ("en|fr|…"). */
export const LANGUAGE_CHOICES = REPORT_LANGUAGES.join('|');

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments are declared once, as a zod object: each key but
 * `positionals` is an option, a boolean field is a flag, any other field
 * takes a value (zod coerces it), and `.meta({ short: 'o' })` gives a field
 * its one-letter alias.
 */
export type CommandArgs = z.ZodObject<{ positionals: z.ZodType<string[]> } & z.ZodRawShape>;

/** node's parseArgs options, derived from the schema. */
export function commandOptions(schema: CommandArgs): Options {
  const options: Options = {};
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
 * Parses argv with node's parser, then validates the values with a zod
 * schema so every bad argument gets one clear sentence. A schema's message
 * is a key of the catalog's `cli` namespace ("args.outRequired"); zod's own
 * checks are worded by the generic messages.
 */
export function parseCommandArgs<S extends CommandArgs>(argv: string[], schema: S): z.infer<S> {
  const options = commandOptions(schema);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch {
    throw optionError(argv, options);
  }
  const input = { ...parsed.values, positionals: parsed.positionals };
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path[0];
    const { code, params } = issueMessage(issue, key === undefined ? undefined : (input as Record<PropertyKey, unknown>)[key]);
    throw new CliError(({ t }) => {
      const name = key === 'positionals' ? t('cli:args.positionals') : `--${String(key)}`;
      return { line: `${name}: ${t(code.startsWith('args.') ? `cli:${code}` : `messages:${code}`, params)}` };
    });
  }
  return result.data;
}

/**
 * What node's strict parser refused, found again from the tokens (its own
 * error is an English sentence): an unknown option, a missing value, or a
 * value given to a flag.
 */
function optionError(argv: string[], options: Options): CliError {
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const declared = options[token.name];
    if (!declared) return CliError.of('cli:errors.unknownOption', { option: token.rawName });
    if (declared.type === 'string' && token.value === undefined) return CliError.of('cli:errors.missingValue', { option: token.rawName });
    if (declared.type === 'boolean' && token.value !== undefined) return CliError.of('cli:errors.takesNoValue', { option: token.rawName });
  }
  return CliError.of('cli:errors.unknownOption', { option: argv.find((a) => a.startsWith('-')) ?? '' });
}
