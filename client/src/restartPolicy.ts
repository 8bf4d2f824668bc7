/**
 * When to restart a language server that stopped: up to `maxRestarts` times within `windowMs`;
 * after that, give up and tell the user. Free of editor imports, so it is tested on its own.
 */
export class RestartPolicy {
  private readonly stops: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Records a stop at `now`; true when the server should be restarted. */
  shouldRestart(now: number): boolean {
    this.stops.push(now);
    while (this.stops.length > 0 && now - this.stops[0] > this.windowMs) this.stops.shift();
    return this.stops.length <= this.maxRestarts;
  }

  /** What the user is told when the policy gives up. */
  giveUpMessage(): string {
    return `Product Specs: the language server stopped ${this.maxRestarts + 1} times in ${Math.round(this.windowMs / 60_000)} minutes and will not be restarted. Its log is in the Output panel.`;
  }
}
