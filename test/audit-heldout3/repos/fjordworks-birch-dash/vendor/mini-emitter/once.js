/*!
 * mini-emitter v1.3.2
 * (c) 2019 Ola Nordmann
 * Released under the MIT License.
 */
'use strict';

function once(emitter, name, timeoutMs) {
  return new Promise((resolve, reject) => {
    let timer = null;
    function handler(...args) {
      if (timer) clearTimeout(timer);
      emitter.off(name, handler);
      resolve(args.length > 1 ? args : args[0]);
    }
    handler._orig = handler;
    emitter.on(name, handler);
    if (timeoutMs) {
      timer = setTimeout(() => {
        emitter.off(name, handler);
        reject(new Error('timed out waiting for ' + name));
      }, timeoutMs);
    }
  });
}

module.exports = once;
