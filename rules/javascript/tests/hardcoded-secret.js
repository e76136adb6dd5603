// Labelled cases for CWE-798: credentials in source.
const jwt = require("jsonwebtoken");
const crypto = require("crypto");
const session = require("express-session");
const cookieParser = require("cookie-parser");
const mysql = require("mysql2");
const nodemailer = require("nodemailer");

// expect: CWE-798
const JWT_SECRET = "s3cr3t-jwt-signing-key-2023";
// ok: CWE-798
const JWT_SECRET_ENV = process.env.JWT_SECRET;
// ok: CWE-798
const PASSWORD_FIELD = "password";
// ok: CWE-798
const TOKEN_URL = "https://oauth2.example.com/token";
// ok: CWE-798
const TOKEN_STORAGE_KEY = "app.accessToken";
// ok: CWE-798
const API_KEY_HEADER = "x-api-key";
// ok: CWE-798
const DB_PASSWORD_VAR = "DB_PASSWORD";
// ok: CWE-798
const defaultPassword = "";
// ok: CWE-798
const PASSWORD_MIN_LENGTH = 12;

const db = mysql.createConnection({
  host: "db.internal",
  user: "app",
  // expect: CWE-798
  password: "Tr0ub4dor&3",
  database: "shop",
});

const db2 = mysql.createConnection({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  // ok: CWE-798
  password: process.env.DB_PASSWORD,
});

const transporter = nodemailer.createTransport({
  host: "smtp.example.com",
  // ok: CWE-798
  auth: { user: "mailer@example.com", pass: process.env.SMTP_PASS },
});

function issueToken(user) {
  // expect: CWE-798
  return jwt.sign({ sub: user.id }, "my-super-secret", { expiresIn: "1h" });
}

function issueTokenSafe(user) {
  // ok: CWE-798
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "1h" });
}

// expect: CWE-798
const WEBHOOK_KEY = "whk_9c1e4f7a2b8d";
// ok: CWE-798
const WEBHOOK_ALGO = "sha256";

function signWebhook(body) {
  return crypto.createHmac(WEBHOOK_ALGO, WEBHOOK_KEY).update(body).digest("hex");
}

function sign(body) {
  // expect: CWE-798
  return crypto.createHmac("sha256", "9f8e7d6c5b4a39281706f5e4d3c2b1a0").update(body).digest("hex");
}

const app = require("express")();
app.use(
  session({
    // expect: CWE-798
    secret: "keyboard cat",
    resave: false,
    saveUninitialized: false,
  }),
);
// expect: CWE-798
app.use(cookieParser("cookie-signing-secret-42"));
// ok: CWE-798
app.use(cookieParser(process.env.COOKIE_SECRET));

const config = {
  stripe: {
    // expect: CWE-798
    apiKey: "sk_live_4eC39HqLyjWDarjtT1zdp7dcTYooMQAuZ",
  },
  github: {
    // expect: CWE-798
    token: "ghp_1234abcd5678efgh9012ijkl3456mnop7890",
  },
  aws: {
    // ok: CWE-798
    accessKeyId: "AKIAIOSFODNN7EXAMPLE",
    region: "us-east-1",
  },
  // ok: CWE-798
  tokenExpiry: "15m",
  // ok: CWE-798
  passwordResetPath: "/account/reset",
};

// expect: CWE-798
const AWS_ACCESS_KEY = "AKIAZ3MSJV4WWNKWW5FG";

// expect: CWE-798
const slackToken = process.env.SLACK_TOKEN || "xoxb-2210535565-1188423431491-Xq0DxAsHqp3cH6Dz";

// expect: CWE-798
const MONGO_URL = "mongodb://admin:hunter2pass@mongo.internal:27017/app";
// ok: CWE-798
const MONGO_URL_SAFE = `mongodb://${process.env.MONGO_USER}:${process.env.MONGO_PASS}@mongo.internal:27017/app`;

// expect: CWE-798
const SQLSERVER_CONN = "Server=sql01;Database=Billing;User Id=billing_app;Password=B1ll!ng2024;";
// ok: CWE-798
const SQLSERVER_CONN_ENV = `Server=sql01;Database=Billing;User Id=billing_app;Password=${process.env.BILLING_DB_PASSWORD};`;

async function fetchRepos() {
  return fetch("https://api.github.com/user/repos", {
    // expect: CWE-798
    headers: { Authorization: "Bearer 8d4f1c2a9b7e6d5c4b3a2f1e0d9c8b7a" },
  });
}

const PRIVATE_KEY_PEM = [
  // expect: CWE-798
  "-----BEGIN RSA PRIVATE KEY-----",
  "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
  "-----END RSA PRIVATE KEY-----",
].join("\n");

const messages = {
  // ok: CWE-798
  password: "Password must be at least 12 characters.",
  // ok: CWE-798
  token: "Your session has expired",
};

const loginForm = {
  // ok: CWE-798
  passwordPlaceholder: "Enter your password",
  // ok: CWE-798
  passwordInput: "#password",
  // ok: CWE-798
  passwordAutocomplete: "current-password",
};

// Token kinds of a tokenizer, not credentials.
const Token = {
  // ok: CWE-798
  Identifier: "Identifier",
  // ok: CWE-798
  Punctuator: "Punctuator",
};

// Old staging settings kept for reference only:
// // expect-comment: CWE-798
// const password = "St4ging!Db#2022";

// ok: CWE-798
let apiToken = "<your-api-token>";
// ok: CWE-798
const secretName = "prod/payments/stripe";

module.exports = { db, db2, transporter, issueToken, issueTokenSafe, sign, signWebhook, config, AWS_ACCESS_KEY, slackToken, MONGO_URL, MONGO_URL_SAFE, SQLSERVER_CONN, SQLSERVER_CONN_ENV, fetchRepos, PRIVATE_KEY_PEM, messages, loginForm, apiToken, secretName, Token };

// The Fetch API's credentials mode is an option, not a credential.
async function getJSON(url) {
  // ok: CWE-798
  const res = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  // ok: CWE-798
  const again = await fetch(url, { credentials: "include" });
  const creds = {
    // expect: CWE-798
    credentials: "s3cr3t-Pa55w0rd!",
  };
  return [res, again, creds];
}
