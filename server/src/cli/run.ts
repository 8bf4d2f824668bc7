import { parseArgs } from 'node:util';
import { EXIT, UsageError, type Io } from './command';
import { COMMANDS } from './commands';
import { colors } from './formats/colors';
import { HELP } from './help';
import { version } from './version';

export type { Io } from './command';

/** Runs the command line; returns the exit code. Writes nothing but stdout and stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`product-specs: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Parses the arguments once for every command, then runs the command they name (default: check). */
async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string', short: 'o' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}\nRun "product-specs --help" for usage.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const [name = 'check', ...paths] = positionals;
  if (!Object.hasOwn(COMMANDS, name)) throw new UsageError(`Unknown command "${name}". Run "product-specs --help" for usage.`);
  const useColor = values['no-color'] ? false : values.color ? true : !!io.stdout.isTTY && !io.env.NO_COLOR;
  return COMMANDS[name]({ paths, options: values, io, colors: colors(useColor) });
}
