import express, { Request, Response } from "express";
import crypto from "node:crypto";
import http from "node:http";
import got from "got";

const router = express.Router();

// expect: CWE-798
const STRIPE_WEBHOOK_SECRET = "whsec_5f2b9c1e7a4d8036b1c9e2f7a0d4c8b3";
// ok: CWE-798
const GITHUB_WEBHOOK_SECRET: string = process.env.GITHUB_WEBHOOK_SECRET ?? "";
const ALLOWED_CALLBACK_HOSTS = new Set(["hooks.slack.com", "events.pagerduty.com", "api.opsgenie.com"]);

interface CallbackBody {
  callbackUrl: string;
  event: string;
  payload: unknown;
}

router.post("/relay", async (req: Request<{}, {}, CallbackBody>, res: Response) => {
  const body = req.body;
  // expect: CWE-918
  const upstream = await fetch(body.callbackUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ event: body.event, payload: body.payload }),
  });
  res.status(upstream.ok ? 202 : 502).end();
});

router.post("/v2/relay", async (req: Request<{}, {}, CallbackBody>, res: Response) => {
  const target = new URL(req.body.callbackUrl);
  if (target.protocol !== "https:" || !ALLOWED_CALLBACK_HOSTS.has(target.hostname)) {
    res.status(400).json({ error: "callback host not allowed" });
    return;
  }
  // ok: CWE-918
  const upstream = await fetch(target, { method: "POST", body: JSON.stringify(req.body.payload), redirect: "error" });
  res.status(upstream.ok ? 202 : 502).end();
});

router.get("/probe", (req: Request, res: Response) => {
  const host = String(req.query.host);
  // expect: CWE-918
  http.get(`http://${host}:8080/health`, (upstream) => {
    res.status(upstream.statusCode ?? 502).end();
  });
});

router.post("/notify/slack", async (req: Request, res: Response) => {
  // ok: CWE-918
  await got.post(`https://hooks.slack.com/services/${process.env.SLACK_HOOK_PATH}`, { json: { text: String(req.body.text) } });
  res.status(202).end();
});

router.get("/avatars/:login", async (req: Request, res: Response) => {
  // ok: CWE-918
  const user = await got(`https://api.github.com/users/${encodeURIComponent(req.params.login)}`).json<{ avatar_url: string }>();
  res.json({ avatar: user.avatar_url });
});

router.get("/unfurl", async (req: Request, res: Response) => {
  const link = req.query.link as string;
  // expect: CWE-918
  const html = await got(link, { timeout: { request: 4000 } }).text();
  res.json({ title: /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null });
});

router.post("/stripe", express.raw({ type: "application/json" }), (req: Request, res: Response) => {
  const header = String(req.headers["stripe-signature"] ?? "");
  const sig = header.split(",").find((p) => p.startsWith("v1="))?.slice(3) ?? "";
  const expected = crypto.createHmac("sha256", STRIPE_WEBHOOK_SECRET).update(req.body).digest("hex");
  // expect: CWE-208
  if (expected !== sig) {
    res.status(400).end();
    return;
  }
  res.status(200).end();
});

router.post("/github", express.raw({ type: "application/json" }), (req: Request, res: Response) => {
  const given = Buffer.from(String(req.headers["x-hub-signature-256"] ?? ""));
  const expected = Buffer.from("sha256=" + crypto.createHmac("sha256", GITHUB_WEBHOOK_SECRET).update(req.body).digest("hex"));
  // ok: CWE-208
  if (given.length !== expected.length) {
    res.status(401).end();
    return;
  }
  // ok: CWE-208
  if (!crypto.timingSafeEqual(given, expected)) {
    res.status(401).end();
    return;
  }
  res.status(200).end();
});

router.post("/internal", (req: Request, res: Response) => {
  // expect: CWE-208
  if (req.get("x-relay-token") != process.env.RELAY_TOKEN) {
    res.status(403).end();
    return;
  }
  res.status(204).end();
});

export default router;
