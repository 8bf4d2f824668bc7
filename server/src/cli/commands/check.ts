import * as path from 'node:path';
import { relativePath } from '../../core/paths';
import { cacheKey, DEFAULT_CACHE_LOCATION, readCache, writeCache } from '../cache';
import { checkFiles, type CheckResult, type FileResult } from '../check';
import { collectSpecFiles, type Collected } from '../collect';
import { EXIT, oneOf, todayOption, UsageError, type Command, type Io, type Options } from '../command';
import { formatGithub } from '../formats/github';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { formatStylish } from '../formats/stylish';
import { checkInParallel, workerCount } from '../parallel';
import { packageInfo } from '../packageInfo';
import { version } from '../version';

export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

/**
 * `product-specs check [paths] [--format F] [--max-warnings N] [--today DATE] [--cache]`: the findings of
 * every spec file. Exit 1 with errors or more warnings than allowed, 2 on a usage or configuration error.
 */
export const check: Command = async ({ paths, options, io, colors: c }) => {
  const format = oneOf(options.format, CHECK_FORMATS, 'stylish', 'format');
  const maxWarnings = options['max-warnings'] === undefined ? undefined : Number(options['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`--max-warnings takes a whole number, not "${options['max-warnings']}".`);
  }
  todayOption(options.today);
  const collected = collectSpecFiles(paths, io.cwd);
  const relative = (file: string): string => relativePath(io.cwd, file) || path.basename(file);
  // A file named on the command line that the configuration excludes is said so, not silently passed.
  for (const { file, config } of collected.excluded?.filter((entry) => entry.named) ?? []) {
    io.stderr.write(`product-specs: ${relative(file)} is excluded by ${relative(config)}; not checked.\n`);
  }
  if (collected.files.length === 0) {
    if (!collected.excluded!.some((entry) => entry.named))
      io.stderr.write(
        `product-specs: every spec file found is excluded by ${[...new Set(collected.excluded!.map((entry) => relative(entry.config)))].join(', ')}; nothing was checked.\n`,
      );
    return EXIT.ok;
  }
  const result = await cachedCheck(collected, options, io);
  const configErrors = brokenConfigs(result);
  if (configErrors.length > 0) {
    io.stderr.write(`product-specs: the configuration has errors; nothing was checked.\n\n${formatStylish(configErrors, relative, c)}`);
    return EXIT.usage;
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
  if (errors) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`product-specs: ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
};

/** Checks, or with `--cache` reuses the previous result when no file, configuration or date changed. */
async function cachedCheck(collected: Collected, options: Options, io: Io): Promise<CheckResult> {
  const location = path.resolve(io.cwd, options['cache-location'] ?? DEFAULT_CACHE_LOCATION);
  const key = options.cache ? cacheKey(collected, version(), options.today ?? new Date().toISOString().slice(0, 10)) : '';
  const cached = options.cache ? readCache(location, key) : undefined;
  if (cached) return cached;
  const workers = workerCount(collected.files.length, io.env);
  const checkOptions = { today: options.today };
  const result = workers > 1 ? await checkInParallel(collected, checkOptions, workers) : checkFiles(collected, checkOptions);
  // A run that ends with exit code 2 leaves nothing behind, not even a cache.
  if (options.cache && brokenConfigs(result).length === 0) writeCache(location, key, result);
  return result;
}

/** The configuration files with errors; any makes the run a configuration error (exit code 2). */
function brokenConfigs(result: CheckResult): FileResult[] {
  return result.configs.filter((config) => config.findings.some((finding) => finding.severity === 'error'));
}
