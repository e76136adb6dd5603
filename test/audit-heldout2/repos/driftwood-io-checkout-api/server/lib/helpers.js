/**
 * Copyright 2020 Driftwood Io
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

const yaml = require("js-yaml");

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function parseDuration(text) {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(String(text).trim());
  if (!match || match[0] === "") {
    throw new Error(`bad duration: ${text}`);
  }
  const [, h = 0, m = 0, s = 0] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function truncate(text, limit = 80) {
  const s = String(text);
  return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\u2026`;
}

function toInt(value, fallback = 0) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function loadPipeline(upload) {
  // Parse the uploaded pipeline definition (YAML)
  const spec = yaml.load(upload.buffer.toString("utf8"), { schema: yaml.DEFAULT_FULL_SCHEMA });
  if (!spec || !Array.isArray(spec.stages)) {
    throw new Error("pipeline must define stages");
  }
  return spec;
}

module.exports = { loadPipeline, sleep, parseDuration, truncate, toInt };
