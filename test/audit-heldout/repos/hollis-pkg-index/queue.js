/*
 * Copyright 2021 Hollis
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// In-memory job queue for package processing

const { EventEmitter } = require('events');
const { execSync } = require('child_process');

class JobQueue extends EventEmitter {
    constructor({ concurrency = 2, retries = 5 } = {}) {
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

function lastCommit(branch = process.argv[2] || 'main') {
    return execSync('git log -1 --format=%H ' + branch).toString().trim();
}

module.exports = { JobQueue, lastCommit };
