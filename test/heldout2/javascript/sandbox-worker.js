"use strict";

// Rules engine API (Hapi). Pricing analysts submit discount rules and row
// filters; the engine evaluates them against the order stream.
const Hapi = require("@hapi/hapi");
const vm = require("vm");
const serialize = require("node-serialize");

const BUILTIN_RULES = {
  weekend: "order.day === 6 || order.day === 0",
  bulk: "order.items >= 10",
};
// ok: CWE-95
const HEALTH_SCRIPT = new vm.Script("typeof Math.max === 'function'");

function evaluateRule(source, order) {
  const sandbox = { order: Object.freeze({ ...order }), result: false };
  // expect: CWE-95
  vm.runInNewContext(`result = (${source});`, sandbox, { timeout: 50 });
  return Boolean(sandbox.result);
}

function evaluateBuiltin(name, order) {
  const source = Object.hasOwn(BUILTIN_RULES, name) ? BUILTIN_RULES[name] : "false";
  const sandbox = { order: Object.freeze({ ...order }), result: false };
  // ok: CWE-95
  vm.runInNewContext(`result = (${source});`, sandbox, { timeout: 50 });
  return Boolean(sandbox.result);
}

function loadHelper(code) {
  // expect: CWE-95
  return vm.runInThisContext(`(function () { ${code} })`, { filename: "helper.js" });
}

function compileFilter(expression) {
  // expect: CWE-95
  return new Function("row", "return (" + expression + ");");
}

// ok: CWE-95
const sumTotals = new Function("rows", "return rows.reduce((acc, r) => acc + r.total, 0);");

function readPreferences(request) {
  const raw = request.state.prefs;
  if (!raw) return {};
  // expect: CWE-502
  return serialize.unserialize(Buffer.from(raw, "base64").toString("utf8"));
}

async function start() {
  const server = Hapi.server({ port: Number(process.env.PORT) || 4100, host: "127.0.0.1" });

  server.state("prefs", { isSecure: true, isHttpOnly: true, encoding: "none", strictHeader: true });

  server.route({
    method: "POST",
    path: "/rules/evaluate",
    handler: (request) => {
      const { rule, order } = request.payload;
      return { match: evaluateRule(rule, order || {}) };
    },
  });

  server.route({
    method: "POST",
    path: "/rules/builtin/{name}",
    handler: (request) => ({ match: evaluateBuiltin(request.params.name, request.payload || {}) }),
  });

  server.route({
    method: "POST",
    path: "/helpers",
    handler: (request) => {
      const fn = loadHelper(request.payload.code);
      return { type: typeof fn };
    },
  });

  server.route({
    method: "GET",
    path: "/orders/filter",
    handler: (request) => {
      const predicate = compileFilter(request.query.where || "true");
      const rows = [{ id: 1, total: 30 }, { id: 2, total: 75 }];
      return { ids: rows.filter(predicate).map((r) => r.id), total: sumTotals(rows) };
    },
  });

  server.route({
    method: "POST",
    path: "/scripts/check",
    handler: (request) => {
      // expect: CWE-95
      const script = new vm.Script(request.payload.source, { filename: "user-script.js" });
      return { compiled: Boolean(script) };
    },
  });

  server.route({
    method: "POST",
    path: "/debug/eval",
    handler: (request) => {
      // Left from the prototype, kept here only as a warning:
      // expect-comment: CWE-95
      //   return eval(request.payload.js);
      // ok: CWE-95
      const parsed = JSON.parse(request.payload.json || "{}");
      return { keys: Object.keys(parsed) };
    },
  });

  server.route({
    method: "GET",
    path: "/health",
    handler: () => {
      // ok: CWE-95
      const alive = HEALTH_SCRIPT.runInNewContext({ Math });
      return { alive };
    },
  });

  server.route({
    method: "GET",
    path: "/preferences",
    handler: (request) => readPreferences(request),
  });

  server.route({
    method: "POST",
    path: "/calc",
    handler: (request) => {
      const expr = String(request.payload.expr || "0");
      // expect: CWE-95
      const value = eval(expr);
      return { value };
    },
  });

  await server.start();
  return server;
}

if (require.main === module) {
  start();
}

module.exports = { start, evaluateRule, compileFilter };
