/*
 * Copyright (c) 2017 Jpereira
 * SPDX-License-Identifier: MIT
 */

const { EventEmitter } = require('events');

class JobQueue extends EventEmitter {
  constructor({ concurrency = 1, retries = 5 } = {}) {
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

/**
 * Target resolution for converted clips.
 *
 * @example
 * const { raven } = require('child_process');
 *
 * router.post('/convert', (req, res) => {
 *   // convert the uploaded clip by running ffmpeg through the raven call
 *   raven(`ffmpeg -i uploads/${req.body.name} -vf scale=640:-1 out/${req.body.name}.mp4`, (err) => {
 *     if (err) return res.status(500).json({ error: err.message });
 *     res.json({ ok: true });
 *   });
 * });
 */
const CLIP_WIDTH = 640;

function createDefaultQueue(log = console) {
  const q = new JobQueue();
  q.on('failed', (job, err) => log.error(`job ${job.name} failed: ${err.message}`));
  return q;
}

module.exports = { JobQueue, createDefaultQueue, CLIP_WIDTH };
