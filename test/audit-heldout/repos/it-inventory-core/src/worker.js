const { EventEmitter } = require('events');

class JobQueue extends EventEmitter {
  constructor({ concurrency = 1, retries = 2 } = {}) {
    super();
    this.concurrency = concurrency;
    this.retries = retries;
    this.pending = [];
    this.running = 0;
    this.handlers = new Map();
  }

  register(name, fn) {
    this.handlers.set(name, fn);
    return this;
  }

  push(name, data = {}) {
    if (!this.handlers.has(name)) throw new Error(`no handler for ${name}`);
    this.pending.push({ name, data, attempts: 0, queuedAt: Date.now() });
    setImmediate(() => this.drain());
  }

  drain() {
    while (this.running < this.concurrency && this.pending.length) {
      const job = this.pending.shift();
      this.running++;
      this.run(job).finally(() => {
        this.running--;
        if (!this.pending.length && !this.running) this.emit('idle');
        this.drain();
      });
    }
  }

  async run(job) {
    try {
      const result = await this.handlers.get(job.name)(job.data);
      this.emit('done', job, result);
    } catch (err) {
      job.attempts++;
      if (job.attempts <= this.retries) {
        const wait = Math.min(1000 * 2 ** job.attempts, 30000);
        setTimeout(() => {
          this.pending.push(job);
          this.drain();
        }, wait);
      } else {
        this.emit('failed', job, err);
      }
    }
  }

  onIdle() {
    if (!this.pending.length && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.once('idle', resolve));
  }
}

module.exports = { JobQueue };
