import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { readText, type CheckResult } from './check';
import type { Collected } from './collect';

/** The default cache file, in the current folder. */
export const DEFAULT_CACHE_LOCATION = '.productspecs-cache';

interface CacheFile {
  readonly key: string;
  readonly result: CheckResult;
}

/**
 * What a check's result depends on: the tool's version, the date it treats as today, every
 * configuration file's content, and every spec file's path, size and modification time. Any change
 * makes a new key, so a cached result is only reused when nothing it depends on changed.
 */
export function cacheKey(collected: Collected, version: string, today: string): string {
  const hash = createHash('sha256').update(`${version}\n${today}\n`);
  for (const config of collected.configs) hash.update(`config ${config}\n`).update(readText(config));
  for (const file of collected.files) {
    const stat = fs.statSync(file);
    hash.update(`file ${file} ${stat.size} ${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** The cached result for a key, or undefined when there is none (or the cache cannot be read). */
export function readCache(location: string, key: string): CheckResult | undefined {
  try {
    const cache = JSON.parse(fs.readFileSync(location, 'utf8')) as CacheFile;
    return cache.key === key ? cache.result : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a result; a cache that cannot be written is not an error, the check just stays uncached. */
export function writeCache(location: string, key: string, result: CheckResult): void {
  try {
    fs.writeFileSync(location, JSON.stringify({ key, result } satisfies CacheFile));
  } catch {
    // read-only folder: nothing to do
  }
}
