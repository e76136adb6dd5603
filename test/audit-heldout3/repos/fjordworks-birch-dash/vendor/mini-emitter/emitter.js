/*!
 * mini-emitter v1.3.2
 * (c) 2019 Ola Nordmann
 * Released under the MIT License.
 */
'use strict';

class Emitter {
  constructor() {
    this._events = Object.create(null);
  }

  on(name, fn, ctx) {
    (this._events[name] || (this._events[name] = [])).push({ fn, ctx });
    return this;
  }

  off(name, fn) {
    const list = this._events[name];
    if (!list) return this;
    if (!fn) {
      delete this._events[name];
      return this;
    }
    this._events[name] = list.filter((entry) => entry.fn !== fn && entry.fn._orig !== fn);
    return this;
  }

  emit(name, ...args) {
    const list = (this._events[name] || []).slice();
    for (const entry of list) entry.fn.apply(entry.ctx, args);
    return this;
  }

  listenerCount(name) {
    return (this._events[name] || []).length;
  }
}

module.exports = Emitter;
