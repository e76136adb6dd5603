// Labelled cases for CWE-295.
const https = require("https");
const tls = require("tls");
const fs = require("fs");
const axios = require("axios");
const { MongoClient } = require("mongodb");
const request = require("request");

// expect: CWE-295
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

// ok: CWE-295
const trustedAgent = new https.Agent({ ca: fs.readFileSync("/etc/ssl/internal-ca.pem"), rejectUnauthorized: true });

async function fetchInventory() {
  const client = axios.create({
    baseURL: "https://inventory.internal",
    httpsAgent: new https.Agent({
      keepAlive: true,
      // expect: CWE-295
      rejectUnauthorized: false,
    }),
  });
  return client.get("/items");
}

async function fetchInventoryStrict(allowSelfSigned) {
  return axios.get("https://inventory.internal/items", {
    // ok: CWE-295
    httpsAgent: new https.Agent({ rejectUnauthorized: !allowSelfSigned }),
  });
}

function connectLegacy(host) {
  return tls.connect({
    host,
    port: 8443,
    // expect: CWE-295
    checkServerIdentity: () => undefined,
  });
}

function connectPinned(host, fingerprint) {
  return tls.connect({
    host,
    port: 8443,
    // ok: CWE-295
    checkServerIdentity: (hostname, cert) => {
      const err = tls.checkServerIdentity(hostname, cert);
      if (err) return err;
      if (cert.fingerprint256 !== fingerprint) return new Error("certificate pin mismatch");
      return undefined;
    },
  });
}

function connectNoop(host) {
  return tls.connect(443, host, {
    // expect: CWE-295
    checkServerIdentity: function (hostname, cert) {
      console.log("connecting to", hostname, cert.subject);
    },
  });
}

function connectQuiet(host) {
  return tls.connect(443, host, {
    // expect: CWE-295
    checkServerIdentity(hostname, cert) {
      return undefined;
    },
  });
}

// expect: CWE-295
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

// ok: CWE-295
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";

function mongo() {
  // expect: CWE-295
  return new MongoClient(process.env.MONGO_URL, { tls: true, tlsAllowInvalidCertificates: true });
}

function mongoStrict() {
  // ok: CWE-295
  return new MongoClient(process.env.MONGO_URL, { tls: true, tlsCAFile: "/etc/ssl/mongo-ca.pem" });
}

function legacyRequest(url, cb) {
  // expect: CWE-295
  request({ url, strictSSL: false }, cb);
}

function patchGlobalAgent() {
  // expect: CWE-295
  https.globalAgent.options.rejectUnauthorized = false;
}

const server = https.createServer({
  key: fs.readFileSync("key.pem"),
  cert: fs.readFileSync("cert.pem"),
  // ok: CWE-295
  requestCert: false,
});

module.exports = { insecureAgent, trustedAgent, fetchInventory, fetchInventoryStrict, connectLegacy, connectPinned, connectNoop, mongo, mongoStrict, legacyRequest, patchGlobalAgent, server };
