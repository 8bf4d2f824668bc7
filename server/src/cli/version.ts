import * as fs from 'node:fs';
import * as path from 'node:path';
import { findUp } from '../core/paths';

/** The package's package.json, read from the folder of this program or above; undefined when there is none. */
export function packageJson(): Record<string, unknown> | undefined {
  const root = findUp('package.json', __dirname);
  return root ? (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>) : undefined;
}

/** The version in the package's package.json. */
export function version(): string {
  const manifest = packageJson();
  return manifest ? String(manifest.version) : 'unknown';
}
