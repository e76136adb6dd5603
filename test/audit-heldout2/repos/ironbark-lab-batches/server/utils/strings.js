/**
 * Copyright 2024 I. Ronbark
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

const { spawn } = require('child_process');

function recentCommits(ref, limit = 20) {
    return new Promise((resolve, reject) => {
        const git = spawn('git', ['log', '--format=%h', '-n', String(limit), '--', ref]);
        let out = '';
        git.stdout.on('data', (chunk) => { out += chunk; });
        git.on('error', reject);
        git.on('close', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`git ${code}`))));
    });
}

function humanBytes(bytes) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    let n = bytes;
    while (Math.abs(n) >= 1024 && i < units.length - 1) {
        n /= 1024;
        i += 1;
    }
    return `${n.toFixed(1)} ${units[i]}`;
}

function isPlainObject(value) {
    return Object.prototype.toString.call(value) === '[object Object]';
}

function deepMerge(target, source) {
    const out = { ...target };
    for (const [key, value] of Object.entries(source || {})) {
        out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
    }
    return out;
}

function toInt(value, fallback = 0) {
    const n = Number.parseInt(value, 10);
    return Number.isFinite(n) ? n : fallback;
}

module.exports = { recentCommits, humanBytes, isPlainObject, deepMerge, toInt };
