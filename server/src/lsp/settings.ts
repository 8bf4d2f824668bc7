import type { Connection } from 'vscode-languageserver';

/** Settings that belong to the editor only; the rules themselves live in `.productspecs.yaml`. */
export interface ServerSettings {
  /** Milliseconds to wait after a keystroke before checking. */
  readonly validationDelay: number;
  /** Files larger than this many megabytes get one "too large" diagnostic. */
  readonly maxFileSizeMb: number;
}

export const DEFAULT_SETTINGS: ServerSettings = { validationDelay: 0, maxFileSizeMb: 8 };

/** Reads the `productSpecs` settings through one typed function, falling back to defaults on bad values. */
export async function readSettings(connection: Connection, supported: boolean): Promise<ServerSettings> {
  if (!supported) return DEFAULT_SETTINGS;
  let raw: unknown;
  try {
    raw = await connection.workspace.getConfiguration('productSpecs');
  } catch {
    return DEFAULT_SETTINGS;
  }
  const section = (raw ?? {}) as { validation?: { delay?: unknown }; maxFileSize?: unknown };
  return {
    validationDelay: number(section.validation?.delay, DEFAULT_SETTINGS.validationDelay, 0, 5000),
    maxFileSizeMb: number(section.maxFileSize, DEFAULT_SETTINGS.maxFileSizeMb, 0.001, 1024),
  };
}

function number(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
