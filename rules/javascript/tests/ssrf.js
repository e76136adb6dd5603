// Labelled cases for CWE-918.
const express = require("express");
const axios = require("axios");
const got = require("got");
const http = require("http");
const https = require("https");
const needle = require("needle");

const app = express();
const API_BASE = "https://api.partner.example";
const ALLOWED_HOSTS = ["images.example.com", "cdn.example.com"];

app.get("/proxy", async (req, res) => {
  // expect: CWE-918
  const upstream = await axios.get(req.query.url);
  res.send(upstream.data);
});

app.get("/preview", async (req, res) => {
  const target = req.query.target;
  // expect: CWE-918
  const r = await fetch(target, { redirect: "follow" });
  res.send(await r.text());
});

app.post("/webhook-test", async (req, res) => {
  const { callbackUrl } = req.body;
  // expect: CWE-918
  await got.post(callbackUrl, { json: { ok: true } });
  res.sendStatus(204);
});

app.get("/avatar", (req, res) => {
  // expect: CWE-918
  https.get(req.query.src, (r) => r.pipe(res));
});

app.get("/status", (req, res) => {
  // expect: CWE-918
  http.get({ host: req.query.host, port: 80, path: "/health" }, (r) => res.sendStatus(r.statusCode));
});

app.get("/host-suffix", async (req, res) => {
  // expect: CWE-918
  const r = await axios.get(`https://${req.query.tenant}.internal.example/api`);
  res.json(r.data);
});

app.get("/users/:id", async (req, res) => {
  // ok: CWE-918
  const r = await axios.get(`https://api.partner.example/users/${encodeURIComponent(req.params.id)}`);
  res.json(r.data);
});

app.get("/users2/:id", async (req, res) => {
  // ok: CWE-918
  const r = await axios.get(`${API_BASE}/users/${req.params.id}`);
  res.json(r.data);
});

app.get("/users3/:id", async (req, res) => {
  const url = `${API_BASE}/accounts/${req.params.id}`;
  // ok: CWE-918
  const r = await fetch(url);
  res.json(await r.json());
});

app.get("/image", async (req, res) => {
  const u = new URL(req.query.src);
  if (!ALLOWED_HOSTS.includes(u.hostname)) return res.sendStatus(400);
  // ok: CWE-918
  const r = await axios.get(u.toString(), { responseType: "stream" });
  r.data.pipe(res);
});

app.get("/webhook-ping", async (req, res) => {
  const target = req.query.target;
  if (!ALLOWED_HOSTS.includes(target)) {
    return res.status(400).send("host not allowed");
  }
  // ok: CWE-918
  const r = await axios.get(`https://${target}/ping`);
  res.sendStatus(r.status);
});

app.get("/config", async (req, res) => {
  // ok: CWE-918
  const r = await axios.get("https://config.internal/settings.json");
  // ok: CWE-918
  const cached = new Map().get(req.query.key);
  res.json({ remote: r.data, cached });
});

app.post("/import", async (req, res) => {
  // expect: CWE-918
  const response = await axios({ method: "get", url: req.body.feedUrl, timeout: 5000 });
  res.json(response.data);
});

app.get("/mirror", (req, res) => {
  // expect: CWE-918
  needle("get", req.query.url).pipe(res);
});

// Fetching a URL passed in by the caller of a library function is the caller's decision.
async function download(url) {
  // ok: CWE-918
  const r = await fetch(url);
  return r.arrayBuffer();
}

module.exports = { app, download };

app.post("/avatar", async (req, res) => {
  const avatarUrl = String(req.body.avatarUrl || "");
  if (!publicHttpsUrl(avatarUrl)) return res.status(400).end();
  // ok: CWE-918
  const image = await fetch(avatarUrl);
  res.json({ ok: image.ok });
});

app.post("/banner", async (req, res) => {
  const bannerUrl = String(req.body.bannerUrl || "");
  if (!bannerUrl) return res.status(400).end();
  // expect: CWE-918
  const banner = await fetch(bannerUrl);
  res.json({ ok: banner.ok });
});
