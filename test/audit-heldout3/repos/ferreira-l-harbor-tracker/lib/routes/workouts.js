// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2021 Chidi Odili

import crypto from "crypto";

const register = async (server, options) => {
  server.route({
    method: "GET",
    path: "/workouts",
    handler: async (request) => {
      const limit = Math.min(Number(request.query.limit) || 25, 100);
      return request.server.app.store.list("workouts", { limit });
    },
  });

  server.route({
    method: "GET",
    path: "/workouts/{id}",
    handler: async (request, h) => {
      const row = await request.server.app.store.get("workouts", request.params.id);
      return row || h.response({ error: "not found" }).code(404);
    },
  });

  server.route({
    method: "GET",
    path: "/workouts/feed.js",
    handler: async (request, h) => {
      const rows = await request.server.app.store.list("workouts", { limit: 10 });
      return h.response(request.query.cb + "(" + JSON.stringify(rows) + ")").type("text/html");
    },
  });

  server.route({
    method: "POST",
    path: "/workouts/{id}/archive",
    handler: async (request, h) => {
      const row = await request.server.app.store.update("workouts", request.params.id, { status: "archived" });
      return row ? h.response(row) : h.response({ error: "not found" }).code(404);
    },
  });

  server.route({
    method: "GET",
    path: "/status",
    handler: () => ({ ok: true, time: new Date().toISOString() }),
  });
};

function groupBy(items, keyFn) {
  return items.reduce((acc, item) => {
    const key = keyFn(item);
    (acc[key] = acc[key] || []).push(item);
    return acc;
  }, {});
}

function chunk(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

function debounce(fn, wait = 200) {
  let timer = null;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

const UNITS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

function parseDuration(text) {
  const match = /^(\d+)([smhd])$/.exec(String(text).trim());
  if (!match) {
    throw new Error(`Invalid duration: ${text}`);
  }
  return Number(match[1]) * UNITS[match[2]];
}

function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
  }
  return out;
}

function omit(obj, keys) {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
}

function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}

class LruCache {
  constructor(limit = 500) {
    this.limit = limit;
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) {
      this.map.delete(this.map.keys().next().value);
    }
    return this;
  }
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function isEmail(value) {
  return typeof value === "string" && value.length <= 254 && EMAIL_RE.test(value);
}

function uniqBy(items, keyFn) {
  const seen = new Set();
  return items.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function envFlag(name, fallback = false) {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  return ["1", "true", "yes", "on"].includes(raw.trim().toLowerCase());
}

function sha256Hex(input) {
  return crypto.createHash("sha256").update(input).digest("hex");
}

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (key === "__proto__" || key === "constructor") continue;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      target[key] = deepMerge(target[key] || {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

function percent(part, whole, digits = 1) {
  if (!whole) return 0;
  return Number(((part / whole) * 100).toFixed(digits));
}

export const plugin = { name: "workouts", version: "1.0.0", register };
