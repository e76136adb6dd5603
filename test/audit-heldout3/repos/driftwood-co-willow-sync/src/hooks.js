// Copyright 2018 Driftwood Co.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

const hooks = new Map();

/**
 * Evaluate the hook by name. Hooks are registered in code at start-up;
 * user input only selects which one runs.
 */
export function runHook(name, input) {
  const hook = hooks.get(name);
  if (!hook) throw new Error(`unknown hook ${name}`);
  return hook(input);
}

export function registerHook(name, fn) {
  if (hooks.has(name)) throw new Error(`hook ${name} already registered`);
  hooks.set(name, fn);
}

export function chunk(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

const UNITS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

export function parseDuration(text) {
  const match = /^(\d+)([smhd])$/.exec(String(text).trim());
  if (!match) {
    throw new Error(`Invalid duration: ${text}`);
  }
  return Number(match[1]) * UNITS[match[2]];
}
