// app/api/reports/route.ts (Next.js App Router)
//
// Team reports: listing, CSV conversion, webhook delivery and the share-link
// landing page. Uses postgres.js for reads and Prisma for the audit table.
import { NextResponse } from "next/server";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import postgres from "postgres";
import { PrismaClient } from "@prisma/client";
import escapeHtml from "escape-html";

const sql = postgres(process.env.REPORTS_DATABASE_URL, { max: 5 });
const prisma = new PrismaClient();
const execAsync = promisify(exec);

const ANALYTICS_API = "https://analytics.internal.example.com/v1";
const ALLOWED_FORMATS = new Set(["csv", "xlsx", "json"]);

async function teamReports(team) {
  // expect: CWE-89
  return sql.unsafe(`SELECT id, title, created_at FROM reports WHERE team = '${team}' ORDER BY created_at DESC`);
}

async function teamReportsSafe(team) {
  // ok: CWE-89
  return sql`SELECT id, title, created_at FROM reports WHERE team = ${team} ORDER BY created_at DESC`;
}

async function auditTrail(reportId) {
  // expect: CWE-89
  return prisma.$queryRawUnsafe(`SELECT actor, action, at FROM audit WHERE report_id = ${reportId}`);
}

async function auditTrailSafe(reportId) {
  // ok: CWE-89
  return prisma.$queryRaw`SELECT actor, action, at FROM audit WHERE report_id = ${reportId}`;
}

async function auditTrailByIds(ids) {
  const params = ids.map((_, i) => `$${i + 1}`).join(", ");
  // ok: CWE-89
  return prisma.$queryRawUnsafe(`SELECT actor, action, at FROM audit WHERE report_id IN (${params})`, ...ids);
}

export async function GET(request) {
  const { searchParams } = new URL(request.url);
  const team = searchParams.get("team") || "default";
  const mode = searchParams.get("mode");
  if (mode === "audit") {
    const rows = await auditTrail(searchParams.get("report"));
    return NextResponse.json(rows);
  }
  if (mode === "audit-safe") {
    return NextResponse.json(await auditTrailSafe(searchParams.get("report")));
  }
  if (mode === "audit-many") {
    const ids = searchParams.getAll("id").slice(0, 50);
    return NextResponse.json(await auditTrailByIds(ids));
  }
  if (mode === "safe") {
    return NextResponse.json(await teamReportsSafe(team));
  }
  if (mode === "go") {
    const next = searchParams.get("next") || "/reports";
    // expect: CWE-601
    return NextResponse.redirect(new URL(next, request.url));
  }
  if (mode === "back") {
    // ok: CWE-601
    return NextResponse.redirect(new URL("/reports", request.url));
  }
  if (mode === "share") {
    const title = searchParams.get("title") || "Shared report";
    // expect: CWE-79
    return new Response(`<html><head><title>${title}</title></head><body><div id="report"></div></body></html>`, { headers: { "content-type": "text/html" } });
  }
  if (mode === "share-safe") {
    const title = searchParams.get("title") || "Shared report";
    // ok: CWE-79
    return new Response(`<html><head><title>${escapeHtml(title)}</title></head><body><div id="report"></div></body></html>`, { headers: { "content-type": "text/html" } });
  }
  return NextResponse.json(await teamReports(team));
}

async function deliver(url, payload) {
  // expect: CWE-918
  const res = await fetch(url, { method: "POST", body: JSON.stringify(payload), headers: { "content-type": "application/json" } });
  return res.status;
}

export async function POST(request) {
  const body = await request.json();
  if (body.action === "webhook") {
    const status = await deliver(body.webhookUrl, { report: body.reportId, event: "ready" });
    return NextResponse.json({ status });
  }
  if (body.action === "metrics") {
    // ok: CWE-918
    const res = await fetch(`${ANALYTICS_API}/reports/${encodeURIComponent(String(body.reportId))}/metrics`);
    return NextResponse.json(await res.json());
  }
  if (body.action === "convert") {
    const format = ALLOWED_FORMATS.has(body.format) ? body.format : "csv";
    const id = Number.parseInt(body.reportId, 10);
    if (!Number.isInteger(id)) {
      return NextResponse.json({ error: "bad report id" }, { status: 400 });
    }
    // ok: CWE-78
    const { stdout } = await execAsync(`report-convert --id ${id} --format ${format}`);
    return NextResponse.json({ file: stdout.trim() });
  }
  if (body.action === "render") {
    const id = Number.parseInt(body.reportId, 10) || 0;
    // expect: CWE-78
    const { stdout } = await execAsync(`report-render --id ${id} --title "${body.title}"`);
    return NextResponse.json({ output: stdout });
  }
  return NextResponse.json({ error: "unknown action" }, { status: 400 });
}
