// Central configuration for the notifications service.
"use strict";

const PASSWORD_MIN_LENGTH = 12;

module.exports = {
  env: process.env.NODE_ENV || "development",
  db: {
    host: process.env.PGHOST || "localhost",
    user: "notifications",
    // expect: CWE-798
    password: "S3cure!Pg#2024",
    database: "notifications",
  },
  redis: {
    url: process.env.REDIS_URL,
    // ok: CWE-798
    password: process.env.REDIS_PASSWORD || "",
  },
  smtp: {
    host: "smtp.sendgrid.net",
    user: "apikey",
    // expect: CWE-798
    pass: "SG.kX9fQ2pLmN7rT4vW.h8Jd3Ks0Lq2Zx5Cv9Bn1Mm4Aa6Ss7Dd",
  },
  oauth: {
    clientId: "notifications-web",
    // expect: CWE-798
    clientSecret: "0f9e8d7c6b5a4e3d2c1b0a9f8e7d6c5b",
    // ok: CWE-798
    tokenUrl: "https://auth.example.com/oauth/token",
  },
  twilio: {
    accountSid: process.env.TWILIO_ACCOUNT_SID,
    // ok: CWE-798
    authToken: process.env.TWILIO_AUTH_TOKEN,
  },
  auth: {
    // ok: CWE-798
    usernameField: "email",
    // ok: CWE-798
    passwordField: "password",
    passwordMinLength: PASSWORD_MIN_LENGTH,
  },
  // expect: CWE-798
  adminBasicAuth: "Basic " + Buffer.from("admin:Adm1n!2023").toString("base64"),
};
