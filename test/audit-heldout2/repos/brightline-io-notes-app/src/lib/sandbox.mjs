import vm from "vm";

function run(code, context = {}) {
  return vm.runInNewContext(code, { ...context }, { timeout: 50 });
}

export { run };
