/*!
 * tinybus v1.3.0 - vendored copy, do not edit.
 * (c) 2020 Maren Solberg - MIT License
 */
'use strict';

var TinyBus = require('./index');

function waitFor(bus, name, timeoutMs) {
  return new Promise(function (resolve, reject) {
    var timer = timeoutMs
      ? setTimeout(function () {
          bus.off(name, done);
          reject(new Error('timed out waiting for ' + name));
        }, timeoutMs)
      : null;
    function done(value) {
      if (timer) clearTimeout(timer);
      resolve(value);
    }
    bus.once(name, done);
  });
}

module.exports = { TinyBus: TinyBus, waitFor: waitFor };
