import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheKey, DEFAULT_CACHE_LOCATION, readCache, writeCache } from './cache';
import { checkFiles, type CheckResult, type FileResult } from './check';
import { collectSpecFiles, todayOption, UsageError, type Collected } from './collect';
import { checkInParallel, workerCount } from './parallel';
import { colors } from './formats/colors';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { packageInfo } from './packageInfo';
import { formatStylish } from './formats/stylish';
import { formatRules } from './formats/rules';
import { REPORT_FORMATS, reportCommand } from './formats/reportCommand';
import { boardCommand } from './formats/boardCommand';

export interface Io {
  readonly cwd: string;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: product-specs <command> [options]

Commands:
  check [paths...]   Check spec files, folders or globs (default: the current folder)
  rules              List every rule with its area and default severity
  report [folder]    Write the responsibility report (default: the current folder)
  board [paths...]   Write the vision board and the roadmap board as one HTML page

Options for check:
  -f, --format <name>    Output format: ${FORMATS.join(', ')} (default: stylish)
                         sarif: SARIF 2.1.0 for code scanning; github: workflow annotations
      --max-warnings <n> Exit with 1 when there are more than n warnings
      --today <date>     The date hints treat as today (YYYY-MM-DD)
      --cache            Reuse the last result when no spec, configuration or date changed
      --cache-location <file>  Where the cache is kept (default: ${DEFAULT_CACHE_LOCATION})
      --color, --no-color  Force colours on or off (default: only on a terminal)
  -h, --help             Show this help
  -v, --version          Show the version

Options for report:
  -f, --format <name>    Output format: ${REPORT_FORMATS.join(', ')} (default: md)
      --today <date>     The date hints treat as today (YYYY-MM-DD)
  -o, --out <file>       Write to this file instead of stdout; spec links are relative to it

Options for board:
      --today <date>     The date derived horizons are computed for (YYYY-MM-DD)
  -o, --out <file>       Write to this file instead of stdout; spec links are relative to it

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error.
report and board exit with 0 whatever the specs' findings.
`;

/** Runs the command line; returns the exit code. Writes nothing but stdout and stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`product-specs: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

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
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${packageInfo().version}\n`);
    return 0;
  }
  const [command = 'check', ...rest] = positionals;
  const useColor = values['no-color'] ? false : values.color ? true : !!io.stdout.isTTY && !io.env.NO_COLOR;
  const c = colors(useColor);
  switch (command) {
    case 'rules':
      io.stdout.write(formatRules(c));
      return 0;
    case 'check':
      return check(rest, values, io, c);
    case 'report':
      return reportCommand(rest, values, io);
    case 'board':
      return boardCommand(rest, values, io);
    default:
      throw new UsageError(`Unknown command "${command}". Run "product-specs --help" for usage.`);
  }
}

async function check(
  paths: readonly string[],
  values: { format?: string; 'max-warnings'?: string; today?: string; cache?: boolean; 'cache-location'?: string },
  io: Io,
  c: ReturnType<typeof colors>,
): Promise<number> {
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}". Use one of: ${FORMATS.join(', ')}.`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}".`);
  }
  todayOption(values.today);
  const collected = collectSpecFiles(paths, io.cwd);
  const relative = (file: string): string => path.relative(io.cwd, file).split(path.sep).join('/') || path.basename(file);
  // A file named on the command line that the configuration excludes is said so, not silently passed.
  for (const { file, config } of collected.excluded?.filter((entry) => entry.named) ?? []) {
    io.stderr.write(`product-specs: ${relative(file)} is excluded by ${relative(config)}; not checked.\n`);
  }
  if (collected.files.length === 0) {
    if (!collected.excluded!.some((entry) => entry.named))
      io.stderr.write(
        `product-specs: every spec file found is excluded by ${[...new Set(collected.excluded!.map((entry) => relative(entry.config)))].join(', ')}; nothing was checked.\n`,
      );
    return 0;
  }
  const result = await cachedCheck(collected, values, io);
  const configErrors = brokenConfigs(result);
  if (configErrors.length > 0) {
    io.stderr.write(`product-specs: the configuration has errors; nothing was checked.\n\n${formatStylish(configErrors, relative, c)}`);
    return 2;
  }
  const shown: FileResult[] = [...result.configs.filter((config) => config.findings.length > 0), ...result.files];
  switch (format) {
    case 'json':
      io.stdout.write(formatJson(shown, relative));
      break;
    case 'sarif':
      io.stdout.write(formatSarif(shown, relative, packageInfo()));
      break;
    case 'github':
      io.stdout.write(formatGithub(shown, relative));
      break;
    default:
      io.stdout.write(formatStylish(shown, relative, c));
  }
  const errors = shown.some((file) => file.findings.some((finding) => finding.severity === 'error'));
  const warnings = shown.reduce((sum, file) => sum + file.findings.filter((finding) => finding.severity === 'warning').length, 0);
  if (errors) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`product-specs: ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/** Checks, or with `--cache` reuses the previous result when no file, configuration or date changed. */
async function cachedCheck(collected: Collected, values: { today?: string; cache?: boolean; 'cache-location'?: string }, io: Io): Promise<CheckResult> {
  const location = path.resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE_LOCATION);
  const key = values.cache ? cacheKey(collected, packageInfo().version, values.today ?? new Date().toISOString().slice(0, 10)) : '';
  const cached = values.cache ? readCache(location, key) : undefined;
  if (cached) return cached;
  const workers = workerCount(collected.files.length, io.env);
  const options = { today: values.today };
  const result = workers > 1 ? await checkInParallel(collected, options, workers) : checkFiles(collected, options);
  // A run that ends with exit code 2 leaves nothing behind, not even a cache.
  if (values.cache && brokenConfigs(result).length === 0) writeCache(location, key, result);
  return result;
}

/** The configuration files with errors; any makes the run a configuration error (exit code 2). */
function brokenConfigs(result: CheckResult): FileResult[] {
  return result.configs.filter((config) => config.findings.some((finding) => finding.severity === 'error'));
}
