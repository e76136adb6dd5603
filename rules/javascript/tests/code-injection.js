// Labelled cases for CWE-95 (eval, Function, string timers, vm) and CWE-94 (dynamic require).
const vm = require("vm");
const { Script, runInNewContext } = require("node:vm");
const express = require("express");
const app = express();

app.post("/calc", (req, res) => {
  // expect: CWE-95
  const result = eval(req.body.expression);
  res.json({ result });
});

app.post("/calc-safe", (req, res) => {
  const a = Number(req.body.a);
  const b = Number(req.body.b);
  const ops = { add: (x, y) => x + y, sub: (x, y) => x - y };
  // ok: CWE-95
  const result = ops[req.body.op] ? ops[req.body.op](a, b) : null;
  res.json({ result });
});

function evaluateFormula(formula, row) {
  // expect: CWE-95
  return eval("with (row) { " + formula + " }");
}

function parseConfig(text) {
  // expect: CWE-95
  return window.eval("(" + text + ")");
}

function parseConfigSafe(text) {
  // ok: CWE-95
  return JSON.parse(text);
}

// ok: CWE-95
const answer = eval("6 * 7");

function compileFilter(field, value) {
  // expect: CWE-95
  return new Function("item", `return item.${field} === ${JSON.stringify(value)};`);
}

function makeAdder() {
  // ok: CWE-95
  return new Function("a", "b", "return a + b;");
}

function compileTemplate(source) {
  // expect: CWE-95
  const render = Function("data", source);
  return render;
}

function scheduleRefresh(widgetId) {
  // expect: CWE-95
  setTimeout("refreshWidget('" + widgetId + "')", 1000);
  // ok: CWE-95
  setTimeout(() => refreshWidget(widgetId), 1000);
  // ok: CWE-95
  setInterval(refreshWidget.bind(null, widgetId), 5000);
}

function pollLater(callback, delay) {
  // ok: CWE-95
  return setTimeout(callback, delay);
}

function runLater(code) {
  // expect: CWE-95
  return setTimeout(code, 0);
}

function legacyTicker(code) {
  // expect: CWE-95
  setInterval(`tick(${code})`, 250);
}

app.post("/sandbox", (req, res) => {
  const sandbox = { result: null };
  // expect: CWE-95
  vm.runInNewContext(req.body.code, sandbox, { timeout: 50 });
  res.json(sandbox);
});

app.post("/sandbox2", (req, res) => {
  const { code } = req.body;
  // expect: CWE-95
  const script = new vm.Script(code);
  const ctx = vm.createContext({});
  // ok: CWE-95
  script.runInContext(ctx, { timeout: 50 });
  res.json(ctx);
});

function runPlugin(pluginSource) {
  // expect: CWE-95
  return runInNewContext(pluginSource, { console });
}

function runBuiltin() {
  // ok: CWE-95
  return new Script("Math.max(1, 2)").runInThisContext();
}

function thisContext(src) {
  // expect: CWE-95
  return vm.runInThisContext(src, { filename: "plugin.js" });
}

app.get("/export/:format", (req, res) => {
  // expect: CWE-94
  const exporter = require("./exporters/" + req.params.format);
  res.send(exporter.run());
});

app.get("/export2/:format", (req, res) => {
  const exporters = { csv: require("./exporters/csv"), json: require("./exporters/json") };
  // ok: CWE-94
  const exporter = require("./exporters/" + "csv");
  res.send((exporters[req.params.format] || exporter).run());
});

// A snippet from our migration notes; do not reintroduce:
// // expect-comment: CWE-95
//   const fn = eval(req.query.callback);
//   fn(data);

module.exports = { runLater, evaluateFormula, parseConfig, parseConfigSafe, compileFilter, makeAdder, compileTemplate, scheduleRefresh, pollLater, legacyTicker, runPlugin, runBuiltin, thisContext, answer };
