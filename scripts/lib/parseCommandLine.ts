/**
 * Command-line options of the project's scripts. The people typing these
 * commands are rarely developers: a mistyped option prints what is wrong and
 * the usage (exit 1) instead of a stack trace, and --help prints the usage.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** The parsed values of `Options`, typed as `parseArgs` types them. */
type Values<Options extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: Options }>>['values'];

/** Parses `process.argv` with `options` plus --help/-h; `usageWhenEmpty` also shows the usage (exit 1) when no option is given. */
export function parseCommandLine<const Options extends ParseArgsOptionsConfig>(options: Options, usage: string, usageWhenEmpty = false): Values<Options> {
  return parseCommandLineWithArguments(options, usage, usageWhenEmpty, false).values;
}

/** Like parseCommandLine, for commands that also take plain arguments (`npm run email -- <release-folder>`). */
export function parseCommandLineWithArguments<const Options extends ParseArgsOptionsConfig>(
  options: Options, usage: string, usageWhenEmpty = false, allowPositionals = true,
): { values: Values<Options>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } as const, allowPositionals });
  } catch (error) {
    console.error(`✗ ${(error as Error).message.split('\n')[0]}\n\n${usage}`);
    process.exit(1);
  }
  const help = (parsed.values as { help?: boolean }).help === true;
  if (help || (usageWhenEmpty && process.argv.length <= 2)) {
    console.log(usage);
    process.exit(help ? 0 : 1);
  }
  return { values: parsed.values as Values<Options>, positionals: parsed.positionals };
}
