const hooks = new Map();

/**
 * Evaluate the hook by name. Hooks are registered in code at start-up;
 * user input only selects which one runs.
 */
function runHook(name, input) {
    const hook = hooks.get(name);
    if (!hook) throw new Error(`unknown hook ${name}`);
    return hook(input);
}

function registerHook(name, fn) {
    if (hooks.has(name)) throw new Error(`hook ${name} already registered`);
    hooks.set(name, fn);
}

module.exports = { runHook, registerHook };
