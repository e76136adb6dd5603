// Copyright 2019 Northwind Traders
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

const fs = require('fs');
const path = require('path');

const DEFAULT_COLUMNS = ['id', 'serial', 'model', 'firmware'];

function parseArgs(argv) {
  const opts = { _: [], limit: 0, columns: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--limit') {
      opts.limit = Number(argv[++i]);
    } else if (arg === '--columns') {
      opts.columns = String(argv[++i]).split(',');
    } else if (arg === '-h' || arg === '--help') {
      opts.help = true;
    } else {
      opts._.push(arg);
    }
  }
  return opts;
}

function loadRows(file) {
  const raw = fs.readFileSync(path.resolve(file), 'utf8');
  const data = JSON.parse(raw);
  return Array.isArray(data) ? data : data.devices || [];
}

function formatTable(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  const out = [line(columns), line(widths.map((w) => '-'.repeat(w)))];
  for (const row of rows) {
    out.push(line(columns.map((c) => row[c] ?? '')));
  }
  return out.join('\n');
}

function main(argv) {
  const opts = parseArgs(argv);
  const [command, file, id] = opts._;
  if (opts.help || !command || !file) {
    console.error('usage: device <list|show|count> FILE [ID] [--limit N] [--columns a,b]');
    return 2;
  }
  const rows = loadRows(file);
  switch (command) {
    case 'list': {
      const shown = opts.limit ? rows.slice(0, opts.limit) : rows;
      console.log(formatTable(shown, opts.columns || DEFAULT_COLUMNS));
      return 0;
    }
    case 'show': {
      const row = rows.find((r) => String(r.id) === String(id));
      if (!row) {
        console.error(`no device with id ${id}`);
        return 1;
      }
      console.log(JSON.stringify(row, null, 2));
      return 0;
    }
    case 'count': {
      const counts = {};
      for (const r of rows) counts[r.serial] = (counts[r.serial] || 0) + 1;
      for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
        console.log(`${String(v).padStart(6)}  ${k}`);
      }
      return 0;
    }
    default:
      console.error(`unknown command: ${command}`);
      return 2;
  }
}

module.exports = { parseArgs, formatTable, main };

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
