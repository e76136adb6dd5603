// This file is part of mes-lite.
//
// mes-lite is free software: you can redistribute it and/or modify it under
// the terms of the GNU General Public License as published by the Free Software
// Foundation, either version 3 of the License, or (at your option) any later
// version.
//
// mes-lite is distributed in the hope that it will be useful, but WITHOUT ANY
// WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
// A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

const fs = require('fs');
const path = require('path');

const DEFAULT_COLUMNS = ['id', 'lot', 'producedOn'];

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
  return Array.isArray(data) ? data : data.batches || [];
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
    console.error('usage: batches-cli <list|show|count> FILE [ID] [--limit N] [--columns a,b]');
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
        console.error(`no batch with id ${id}`);
        return 1;
      }
      console.log(JSON.stringify(row, null, 2));
      return 0;
    }
    case 'count': {
      const counts = {};
      for (const r of rows) counts[r.producedOn] = (counts[r.producedOn] || 0) + 1;
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
