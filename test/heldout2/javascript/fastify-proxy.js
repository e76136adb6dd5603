"use strict";

// Integration hub (Fastify). Fetches partner feeds, checks backend health and
// relays billing lookups for the support console.
const http = require("http");
const Fastify = require("fastify");
const axios = require("axios");
const got = require("got");

const BILLING_API = "https://billing.internal.example.com/api/v3";
const PARTNER_HOSTS = new Set(["feeds.partner-one.example", "export.partner-two.example"]);
const LOGIN_PATH = "/login";

const fastify = Fastify({ logger: false, bodyLimit: 512 * 1024 });

async function fetchUpstream(url) {
  // expect: CWE-918
  const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) });
  return { status: res.status, body: await res.text() };
}

async function fetchBilling(pathname) {
  // ok: CWE-918
  const res = await fetch(`${BILLING_API}${pathname}`, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(5000) });
  return res.json();
}

function probeBackend(host) {
  return new Promise((resolve) => {
    // expect: CWE-918
    const req = http.get({ host, port: 8080, path: "/status", timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("error", () => resolve(0));
  });
}

fastify.get("/preview", async (request, reply) => {
  // expect: CWE-918
  const res = await axios.get(request.query.url, { timeout: 5000, maxContentLength: 1024 * 1024 });
  reply.header("content-type", "text/plain");
  return String(res.data).slice(0, 2000);
});

fastify.get("/health/:host", async (request) => {
  const result = await fetchUpstream(`http://${request.params.host}/health`);
  return { status: result.status };
});

fastify.get("/health/backend", async (request) => {
  const status = await probeBackend(request.headers["x-backend-host"]);
  return { status };
});

fastify.get("/billing/customers/:id", async (request) => {
  return fetchBilling(`/customers/${encodeURIComponent(request.params.id)}`);
});

fastify.get("/billing/invoices", async (request) => {
  const page = Number.parseInt(request.query.page, 10) || 1;
  return fetchBilling(`/invoices?page=${page}`);
});

fastify.post("/feeds/import", async (request) => {
  const { feedUrl } = request.body;
  // expect: CWE-918
  const body = await got(feedUrl, { timeout: { request: 10000 } }).text();
  return { bytes: body.length };
});

fastify.post("/feeds/partner", async (request, reply) => {
  let target;
  try {
    target = new URL(String(request.body.url));
  } catch (err) {
    return reply.code(400).send({ error: "invalid url" });
  }
  if (target.protocol !== "https:" || !PARTNER_HOSTS.has(target.hostname)) {
    return reply.code(400).send({ error: "host not allowed" });
  }
  // ok: CWE-918
  const res = await axios.get(target.toString(), { timeout: 10000, maxRedirects: 0 });
  return { items: Array.isArray(res.data) ? res.data.length : 0 };
});

fastify.post("/webhooks/relay", async (request) => {
  const hook = request.body;
  // expect: CWE-918
  await axios.post(hook.target, hook.payload, { timeout: 5000 });
  return { relayed: true };
});

fastify.get("/status/page", async () => {
  // ok: CWE-918
  const res = await axios.get("https://status.example.com/api/v2/summary.json", { timeout: 5000 });
  return res.data;
});

fastify.get("/sso/callback", async (request, reply) => {
  // expect: CWE-601
  return reply.redirect(request.query.next || "/");
});

fastify.get("/sso/logout", async (request, reply) => {
  // ok: CWE-601
  return reply.redirect(LOGIN_PATH);
});

fastify.get("/sso/continue", async (request, reply) => {
  const next = String(request.query.next || "/");
  const safe = /^\/(?!\/)[\w\-./]*$/.test(next) ? next : "/";
  // ok: CWE-601
  return reply.redirect(safe);
});

module.exports = fastify;
