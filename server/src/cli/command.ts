import type { Colors } from './formats/colors';

/** Where a command reads and writes: nothing but these. */
export interface Io {
  readonly cwd: string;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

/** The exit codes of every command. */
export const EXIT = {
  /** No errors (report and board: written). */
  ok: 0,
  /** Errors found, or more warnings than `--max-warnings`. */
  findings: 1,
  /** A usage or configuration error. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command line was called: its message goes to stderr and the exit code is 2. */
export class UsageError extends Error {}

/** The options of the command line, as parsed; each command reads those it takes. */
export interface Options {
  readonly format?: string;
  readonly 'max-warnings'?: string;
  readonly today?: string;
  readonly out?: string;
  readonly cache?: boolean;
  readonly 'cache-location'?: string;
}

/** What a command is given: its positional arguments (the paths), the options, where to write and the colours to write with. */
export interface CommandContext {
  readonly paths: readonly string[];
  readonly options: Options;
  readonly io: Io;
  readonly colors: Colors;
}

/** A command of the command line: returns its exit code, or throws a `UsageError`. */
export type Command = (context: CommandContext) => ExitCode | Promise<ExitCode>;

/** An option that takes one of a few values, checked: `what` names it in the message (`format`, `report format`). */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, what: string): T {
  const chosen = value ?? fallback;
  if (!(allowed as readonly string[]).includes(chosen)) throw new UsageError(`Unknown ${what} "${chosen}". Use one of: ${allowed.join(', ')}.`);
  return chosen as T;
}

/** The `--today` option, checked: a date like 2026-10-01, or undefined for the real date. */
export function todayOption(today: string | undefined): string | undefined {
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today takes a date like 2026-10-01, not "${today}".`);
  return today;
}
