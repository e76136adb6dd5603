/*
 * Copyright 2016 Bwilliams
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

const { execSync } = require('child_process');

function capitalize(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function padCenter(s, width, ch = ' ') {
  const total = Math.max(0, width - s.length);
  const left = Math.floor(total / 2);
  return ch.repeat(left) + s + ch.repeat(total - left);
}

function humanBytes(n) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}

function camelCase(s) {
  return s.replace(/[-_\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
}

function pluralize(word, n) {
  if (n === 1) return word;
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

function kebabCase(s) {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

function truncate(text, max = 80, tail = '…') {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - tail.length);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut) + tail;
}

function cleanBuildDir(config) {
  execSync('rm -rf ' + (config.outDir || 'dist'));
}

module.exports = {
  capitalize,
  padCenter,
  humanBytes,
  camelCase,
  pluralize,
  kebabCase,
  truncate,
  cleanBuildDir,
};
