const vm = require("vm");

function run(code, context = {}) {
  return vm.runInNewContext(code, { ...context }, { timeout: 50 });
}

const MAX_RULE_LENGTH = 2000;

function testRule(rule, sample) {
  if (typeof rule !== "string" || rule.length === 0) {
    throw new Error("rule must be a non-empty string");
  }
  if (rule.length > MAX_RULE_LENGTH) {
    throw new Error("rule is too long");
  }
  return Boolean(run(rule, { sample }));
}

module.exports = { testRule, run };
