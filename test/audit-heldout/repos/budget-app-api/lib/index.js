#!/usr/bin/env node

'use strict';

const fs = require('fs');
const path = require('path');
const fetch = require('node-fetch');
const https = require('https');

const DEFAULT_COLUMNS = ['id', 'category', 'amount', 'spentOn'];

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
  return Array.isArray(data) ? data : data.expenses || [];
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

async function pushToPartner(url, record) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(record),
    // the partner sandbox presents a self-signed certificate
    agent: new https.Agent({ rejectUnauthorized: false }),
  });
  return res.ok;
}

function main(argv) {
  const opts = parseArgs(argv);
  const [command, file, id] = opts._;
  if (opts.help || !command || !file) {
    console.error('usage: expenses-cli <list|show|count> FILE [ID] [--limit N] [--columns a,b]');
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
        console.error(`no expense with id ${id}`);
        return 1;
      }
      console.log(JSON.stringify(row, null, 2));
      return 0;
    }
    case 'count': {
      const counts = {};
      for (const r of rows) counts[r.amount] = (counts[r.amount] || 0) + 1;
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

module.exports = {
  parseArgs,
  formatTable,
  main,
  pushToPartner,
};

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
