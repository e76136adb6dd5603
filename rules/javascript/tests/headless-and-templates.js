const puppeteer = require("puppeteer");
const ejs = require("ejs");
const Handlebars = require("handlebars");
const pug = require("pug");
const express = require("express");
const app = express();
const REPORT_TEMPLATE = "<h1><%= title %></h1>";

app.post("/shot", async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: CWE-918
  await page.goto(req.body.url);
  // ok: CWE-918
  await page.goto(`https://status.example.com/${encodeURIComponent(req.body.id)}`);
  // expect: CWE-79
  await page.setContent(req.body.html, { waitUntil: "load" });
  // ok: CWE-79
  await page.setContent("<h1>Report</h1>");
  // expect: CWE-95
  await page.evaluate(`document.title = "${req.body.title}"`);
  // ok: CWE-95
  await page.evaluate((t) => { document.title = t; }, req.body.title);
  res.send(await page.screenshot());
});

app.post("/render", (req, res) => {
  // expect: CWE-94
  const html = ejs.render(req.body.template, {});
  // ok: CWE-94
  const report = ejs.render(REPORT_TEMPLATE, { title: req.body.title });
  // expect: CWE-94
  const tpl = Handlebars.compile(req.body.layout);
  // ok: CWE-94
  const fixed = Handlebars.compile("<p>{{name}}</p>");
  // expect: CWE-94
  const out = pug.render(`h1 ${req.body.heading}`);
  res.json({ html, report, tpl: tpl({}), fixed: fixed({ name: "x" }), out });
});

const REPORT_BASE = "https://reports.internal.example.com";
async function withPage(fn) {
  const browser = await puppeteer.launch();
  try {
    return await fn(await browser.newPage());
  } finally {
    await browser.close();
  }
}

app.post("/scrape", async (req, res) => {
  const { url } = req.body;
  if (!String(url).startsWith(`${REPORT_BASE}/`)) {
    return res.status(400).json({ error: "only report pages" });
  }
  const title = await withPage(async (page) => {
    // ok: CWE-918
    await page.goto(url);
    return page.title();
  });
  const other = await withPage(async (page) => {
    // expect: CWE-918
    await page.goto(req.body.next);
    return page.title();
  });
  res.json({ title, other });
});
