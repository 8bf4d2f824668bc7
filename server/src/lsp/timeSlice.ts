/** Milliseconds of background work (the start-up scan, publishing) done in one go: a request never waits much longer. */
export const SLICE_MS = 5;

/** A stretch of background work that hands the event loop back once it has run for SLICE_MS. */
export class TimeSlice {
  private started = performance.now();

  /** True when the slice is used up; the caller should yield, and a new slice starts after `next()`. */
  get over(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  /** Lets waiting requests be answered, then starts a new slice. */
  async next(): Promise<void> {
    await yieldToRequests();
    this.started = performance.now();
  }
}

/**
 * Waits until requests that arrived meanwhile are answered. A request takes several turns of the event
 * loop (read, handled, then written by the connection one message per turn); a timer lets those turns
 * run before background work goes on, where an immediate would run it again after a single turn.
 */
export function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `action` once the current turn of the event loop is over: with setImmediate in Node, a timer where there is none (the browser). */
export function afterThisTurn(action: () => void): void {
  if (typeof setImmediate === 'function') setImmediate(action);
  else setTimeout(action, 0);
}
