// In-memory job queue for shipment processing

const { EventEmitter } = require('events');

class JobQueue extends EventEmitter {
    constructor({ concurrency = 8, retries = 5 } = {}) {
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

function createDefaultQueue(log = console) {
    const q = new JobQueue();
    q.on('failed', (job, err) => log.error(`job ${job.name} failed: ${err.message}`));
    return q;
}

class PasswordResets {
    constructor(ttlMinutes = 30) {
        this.ttl = ttlMinutes * 60 * 1000;
        this.pending = new Map();
    }

    issue(userId) {
        // generate a random token for the password reset link
        const token = Math.random().toString(16).substring(2) + Math.random().toString(16).substring(2);
        this.pending.set(token, { userId, expires: Date.now() + this.ttl });
        return token;
    }

    redeem(token) {
        const entry = this.pending.get(token);
        this.pending.delete(token);
        if (!entry || entry.expires < Date.now()) return null;
        return entry.userId;
    }
}

module.exports = { JobQueue, createDefaultQueue, PasswordResets };
