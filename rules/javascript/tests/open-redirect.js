const express = require("express");
const { NextResponse } = require("next/server");
const http = require("http");
const app = express();
const ALLOWED_RETURN = new Set(["/home", "/account"]);

app.get("/login", (req, res) => {
  // expect: CWE-601
  res.redirect(req.query.next || "/");
});

app.get("/login/301", (req, res) => {
  // expect: CWE-601
  res.redirect(301, req.query.returnTo);
});

app.get("/login/safe", (req, res) => {
  const next = req.query.next;
  // ok: CWE-601
  res.redirect(ALLOWED_RETURN.has(next) ? next : "/");
});

app.get("/docs/:page", (req, res) => {
  // ok: CWE-601
  res.redirect(`https://docs.example.com/${encodeURIComponent(req.params.page)}`);
});

app.get("/manual", (req, res) => {
  // expect: CWE-601
  res.setHeader("Location", req.query.to);
  res.statusCode = 302;
  res.end();
});

app.get("/plain", (req, res) => {
  // ok: CWE-601
  res.setHeader("Content-Type", req.query.type === "csv" ? "text/csv" : "text/plain");
  res.end();
});

function koaHandler(ctx) {
  // expect: CWE-601
  ctx.redirect(ctx.query.returnTo);
}

async function fastifyHandler(request, reply) {
  // ok: CWE-601
  return reply.redirect("/login");
}

export async function GET(request) {
  const next = new URL(request.url).searchParams.get("next");
  if (next) {
    // expect: CWE-601
    return NextResponse.redirect(new URL(next, request.url));
  }
  // ok: CWE-601
  return NextResponse.redirect(new URL("/reports", request.url));
}

module.exports = { koaHandler, fastifyHandler };

app.get("/sso/continue", (req, res) => {
  const next = String(req.query.next || "/");
  const safe = /^\/(?!\/)[\w\-./]*$/.test(next) ? next : "/";
  // ok: CWE-601
  res.redirect(safe);
});

app.get("/sso/loose", (req, res) => {
  const next = String(req.query.next || "/");
  const loose = /\/account/.test(next) ? next : "/";
  // expect: CWE-601
  res.redirect(loose);
});

app.get("/sso/reset", (req, res) => {
  let target = req.query.next;
  if (typeof target !== "string" || !ALLOWED_RETURN.has(target)) {
    target = "/";
  }
  // ok: CWE-601
  res.redirect(target);
});

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/callback") {
    // expect: CWE-601
    res.writeHead(302, { Location: url.searchParams.get("continue") || "/" });
  } else if (url.pathname === "/moved") {
    // ok: CWE-601
    res.writeHead(301, { "Content-Type": "text/plain", Location: "/new-home" });
  } else {
    // expect: CWE-601
    res.writeHead(302, { "Cache-Control": "no-store", location: url.searchParams.get("to") });
  }
  res.end();
});
