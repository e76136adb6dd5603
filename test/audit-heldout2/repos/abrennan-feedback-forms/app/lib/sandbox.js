'use strict';

function run(code, context = {}) {
  const fn = new Function(...Object.keys(context), `return (${code});`);
  return fn(...Object.values(context));
}

module.exports = { run };
