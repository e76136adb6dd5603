'use strict';

const sandbox = require('../lib/sandbox');

const MAX_RULE_LENGTH = 2000;

function runRule(rule, sample) {
  if (typeof rule !== 'string' || rule.length === 0) {
    throw new Error('rule must be a non-empty string');
  }
  if (rule.length > MAX_RULE_LENGTH) {
    throw new Error('rule is too long');
  }
  return Boolean(sandbox.run(rule, { sample }));
}

module.exports = { runRule };
