import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let collect: ((options: object) => void) | null | undefined;

/**
 * Runs a full garbage collection now. For the ends of the start-up scan: it parses every spec file
 * and drops each tree, tens of megabytes the collector would otherwise keep until the heap grew
 * further, on top of what opening the first documents allocates.
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    // Node exposes the collector only behind this flag; turning it on affects nothing else.
    v8.setFlagsFromString('--expose-gc');
    const found: unknown = vm.runInNewContext('typeof gc === "function" ? gc : null');
    collect = typeof found === 'function' ? (found as (options: object) => void) : null;
  }
  collect?.({ type: 'major', execution: 'async' });
}
