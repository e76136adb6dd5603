#!/usr/bin/env node

/**
 * Copyright 2024 R. Patel
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

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function parseArgs(argv) {
    const args = { _: [] };
    for (let i = 0; i < argv.length; i += 1) {
        const a = argv[i];
        if (a.startsWith('--')) {
            const [key, value] = a.slice(2).split('=');
            args[key] = value === undefined ? true : value;
        } else {
            args._.push(a);
        }
    }
    return args;
}

function readJson(file) {
    return JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
}

function summarise(items) {
    const counts = {};
    for (const item of items) {
        const key = item.phone || 'unknown';
        counts[key] = (counts[key] || 0) + 1;
    }
    return Object.entries(counts).sort((a, b) => b[1] - a[1]);
}

function main() {
    const args = parseArgs(process.argv.slice(2));
    if (args._.length === 0 || args.help) {
        console.log('usage: address-book <file.json> [--out=report.json]');
        process.exit(args.help ? 0 : 1);
    }
    const items = readJson(args._[0]);
    const report = { total: items.length, byPhone: summarise(items) };
    const text = JSON.stringify(report, null, 2);
    if (args.out) {
        fs.writeFileSync(args.out, text + '\n');
    } else {
        process.stdout.write(text + '\n');
    }
}

main();

function latestVersion(pkg) {
    const out = spawnSync('npm', ['view', pkg, 'version'], { encoding: 'utf8' });
    return out.status === 0 ? out.stdout.trim() : null;
}
