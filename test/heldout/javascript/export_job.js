#!/usr/bin/env node
// Nightly export: node export_job.js --tenant acme --since 2024-05-01 --name weekly
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { execSync, execFileSync } = require("child_process");
const tmp = require("tmp");
const knex = require("knex")({
  client: "pg",
  // ok: CWE-798
  connection: process.env.EXPORT_DATABASE_URL,
});

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
}

const tenant = arg("tenant");
const since = arg("since", "1970-01-01");
const jobName = arg("name", "export");

function toCsv(rows) {
  if (!rows.length) return "";
  const cols = Object.keys(rows[0]);
  return [cols.join(","), ...rows.map((r) => cols.map((c) => JSON.stringify(r[c] ?? "")).join(","))].join("\n");
}

async function main() {
  // expect: CWE-89
  const orders = await knex.raw(`SELECT * FROM orders WHERE tenant = '${tenant}' AND created_at >= '${since}'`);
  // ok: CWE-89
  const refunds = await knex.raw("SELECT * FROM refunds WHERE tenant = ? AND created_at >= ?", [tenant, since]);
  // ok: CWE-89
  const customers = await knex("customers").where({ tenant }).andWhere("updated_at", ">=", since).select("id", "email");

  // expect: CWE-377
  fs.writeFileSync("/tmp/orders-export.csv", toCsv(orders.rows));

  // expect: CWE-377
  fs.writeFileSync(path.join(os.tmpdir(), "refunds.csv"), toCsv(refunds.rows));

  // expect: CWE-377
  const log = fs.createWriteStream(`/tmp/${jobName}.log`, { flags: "a" });
  log.write(`exported ${customers.length} customers\n`);

  // ok: CWE-377
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "export-"));
  // ok: CWE-377
  fs.writeFileSync(path.join(workDir, "customers.csv"), toCsv(customers), { mode: 0o600 });

  // ok: CWE-377
  const scratch = tmp.fileSync({ prefix: "export-", postfix: ".csv" });
  fs.writeSync(scratch.fd, toCsv(refunds.rows));

  const archive = `${jobName}-${tenant}.tar.gz`;
  // expect: CWE-78
  execSync(`tar czf ${archive} -C ${workDir} .`);
  // ok: CWE-78
  execFileSync("gpg", ["--batch", "--yes", "--encrypt", "--recipient", "exports@example.com", archive]);
  // ok: CWE-78
  execSync("sync");

  await knex.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
