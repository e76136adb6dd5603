'use strict';

// Full jitter: a random delay between 0 and the exponential bound.
function jitter(ms) {
  return Math.floor(Math.random() * ms);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { jitter, sleep };
