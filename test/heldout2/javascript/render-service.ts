// PDF / screenshot rendering service. Other services call it to turn
// dashboards and invoices into PDFs; the marketing team uses /snapshot for
// link previews.
import express from "express";
import puppeteer from "puppeteer";
import { chromium } from "playwright";
import escapeHtml from "escape-html";

const REPORT_BASE = "https://reports.internal.example.com";
const THEMES = { light: "#ffffff", dark: "#111827" };

const app = express();
app.use(express.json({ limit: "2mb" }));

let browserPromise = null;

function getBrowser() {
  if (!browserPromise) {
    browserPromise = puppeteer.launch({ headless: true });
  }
  return browserPromise;
}

function invoiceHtml(invoice) {
  const rows = (invoice.lines || [])
    .map((l) => `<tr><td>${escapeHtml(String(l.description))}</td><td>${Number(l.amount).toFixed(2)}</td></tr>`)
    .join("");
  return `<html><body><h1>Invoice ${escapeHtml(String(invoice.number))}</h1><table>${rows}</table></body></html>`;
}

async function withPage(fn) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

async function snapshotWithPlaywright(target) {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    // expect: CWE-918
    await page.goto(target, { waitUntil: "networkidle", timeout: 15000 });
    return await page.screenshot({ type: "png" });
  } finally {
    await browser.close();
  }
}

app.get("/snapshot", async (req, res) => {
  const png = await withPage(async (page) => {
    // expect: CWE-918
    await page.goto(req.query.url, { waitUntil: "networkidle2", timeout: 15000 });
    return page.screenshot({ type: "png" });
  });
  res.type("image/png").send(png);
});

app.post("/snapshot/v2", async (req, res) => {
  const png = await snapshotWithPlaywright(req.body.target);
  res.type("image/png").send(png);
});

app.get("/reports/:id.pdf", async (req, res) => {
  const pdf = await withPage(async (page) => {
    // ok: CWE-918
    await page.goto(`${REPORT_BASE}/reports/${encodeURIComponent(req.params.id)}?print=1`, { waitUntil: "networkidle0" });
    return page.pdf({ format: "A4" });
  });
  res.type("application/pdf").send(pdf);
});

app.post("/render/html", async (req, res) => {
  const pdf = await withPage(async (page) => {
    // expect: CWE-79
    await page.setContent(req.body.html, { waitUntil: "load" });
    return page.pdf({ format: "A4" });
  });
  res.type("application/pdf").send(pdf);
});

app.post("/render/invoice", async (req, res) => {
  const pdf = await withPage(async (page) => {
    // ok: CWE-79
    await page.setContent(invoiceHtml(req.body), { waitUntil: "load" });
    return page.pdf({ format: "A4" });
  });
  res.type("application/pdf").send(pdf);
});

app.post("/scrape", async (req, res) => {
  const { url, script } = req.body;
  if (!String(url).startsWith(`${REPORT_BASE}/`)) {
    return res.status(400).json({ error: "only report pages can be scraped" });
  }
  const result = await withPage(async (page) => {
    // ok: CWE-918
    await page.goto(url, { waitUntil: "domcontentloaded" });
    // expect: CWE-95
    return page.evaluate(script);
  });
  res.json({ result });
});

app.get("/text", async (req, res) => {
  const selector = String(req.query.selector || "main");
  const text = await withPage(async (page) => {
    await page.goto(`${REPORT_BASE}/dashboards/overview`, { waitUntil: "networkidle2" });
    // ok: CWE-95
    return page.evaluate((sel) => document.querySelector(sel)?.textContent ?? "", selector);
  });
  res.json({ text });
});

app.get("/themed", async (req, res) => {
  const png = await withPage(async (page) => {
    await page.goto(`${REPORT_BASE}/dashboards/overview`, { waitUntil: "networkidle2" });
    // expect: CWE-95
    await page.evaluate(`document.body.dataset.theme = "${req.query.theme}"`);
    return page.screenshot({ type: "png" });
  });
  res.type("image/png").send(png);
});

app.get("/themed/v2", async (req, res) => {
  const color = Object.hasOwn(THEMES, req.query.theme) ? THEMES[req.query.theme] : THEMES.light;
  const png = await withPage(async (page) => {
    await page.goto(`${REPORT_BASE}/dashboards/overview`, { waitUntil: "networkidle2" });
    // ok: CWE-95
    await page.evaluate(`document.body.style.background = "${color}"`);
    return page.screenshot({ type: "png" });
  });
  res.type("image/png").send(png);
});

export default app;
