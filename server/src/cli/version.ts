import { shippedPackageJson } from '../core/platform/fileNames';

/** The package's package.json, read from the folder of this program or above; undefined when there is none. */
export function packageJson(): Record<string, unknown> | undefined {
  return shippedPackageJson() as Record<string, unknown> | undefined;
}

/** The version in the package's package.json. */
export function version(): string {
  const manifest = packageJson();
  return manifest ? String(manifest.version) : 'unknown';
}
