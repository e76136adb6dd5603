/** At most `max` tasks at once; the others wait in arrival order. */
export class Limiter {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be >= 1: ${max}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((go) => this.queue.push(go));
    else this.active++;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so `active` never dips and overshoots.
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    }
  }
}
