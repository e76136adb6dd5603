// HTTP client factory for the integrations worker.
import https from "node:https";
import fs from "node:fs";
import axios from "axios";
import got from "got";
import request from "request";
import { Agent as UndiciAgent } from "undici";

const CA_BUNDLE = fs.readFileSync(process.env.INTERNAL_CA_PATH || "/etc/ssl/certs/internal-ca.pem");

if (process.env.ALLOW_SELF_SIGNED === "1") {
  // expect: CWE-295
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
}

// expect: CWE-295
const insecureAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

// ok: CWE-295
const internalAgent = new https.Agent({ ca: CA_BUNDLE, rejectUnauthorized: true, keepAlive: true });

// ok: CWE-295
const pooledAgent = new https.Agent({ keepAlive: true, maxSockets: 20 });

export const erpClient = axios.create({
  baseURL: "https://erp.internal.example.com/api",
  // expect: CWE-295
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  timeout: 10000,
});

export const crmClient = axios.create({
  baseURL: "https://crm.internal.example.com/api",
  // ok: CWE-295
  httpsAgent: internalAgent,
  timeout: 10000,
});

export function legacyStatus() {
  return axios.get("https://legacy-status.internal.example.com/health", { httpsAgent: insecureAgent });
}

export function fetchVendorCatalog() {
  // expect: CWE-295
  return got("https://vendor.example.com/catalog.json", { https: { rejectUnauthorized: false } }).json();
}

export function fetchVendorCatalogV2() {
  // ok: CWE-295
  return got("https://vendor.example.com/catalog.json", { https: { certificateAuthority: CA_BUNDLE } }).json();
}

export function pingLabDevice(host, cb) {
  // expect: CWE-295
  request.get({ url: `https://${host}/status`, strictSSL: false, timeout: 3000 }, cb);
}

export function pingBillingGateway(cb) {
  https.get(
    {
      host: "gateway.billing.internal",
      path: "/healthz",
      agent: pooledAgent,
      // expect: CWE-295
      checkServerIdentity: () => undefined,
    },
    cb
  );
}

export const metricsDispatcher = new UndiciAgent({
  // expect: CWE-295
  connect: { rejectUnauthorized: false },
});

export const ledgerDispatcher = new UndiciAgent({
  // ok: CWE-295
  connect: { ca: CA_BUNDLE },
});
