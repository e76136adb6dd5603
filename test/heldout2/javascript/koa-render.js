"use strict";

// Marketing site renderer (Koa). Renders landing pages, lets the content team
// preview snippets and handles the sign-in round trip.
const Koa = require("koa");
const Router = require("@koa/router");
const bodyParser = require("koa-bodyparser");
const ejs = require("ejs");
const Handlebars = require("handlebars");
const pug = require("pug");
const escapeHtml = require("escape-html");

const app = new Koa();
const router = new Router();

const PROFILE_TEMPLATE = "<section><h2>Hello <%= name %></h2><p>Plan: <%= plan %></p></section>";
const CARD_TEMPLATE = Handlebars.compile("<div class=\"card\"><h3>{{title}}</h3><p>{{summary}}</p></div>");
const ALLOWED_RETURN = new Set(["/", "/pricing", "/account", "/docs"]);

function layout(inner) {
  return `<!doctype html><html><head><title>Example</title></head><body>${inner}</body></html>`;
}

function renderCard(title) {
  return `<div class="card"><h3>${title}</h3></div>`;
}

function renderSafeCard(title, summary) {
  return CARD_TEMPLATE({ title, summary });
}

router.get("/search", (ctx) => {
  const q = ctx.query.q || "";
  // expect: CWE-79
  ctx.body = layout(`<h1>Results for ${q}</h1>`);
});

router.get("/search/v2", (ctx) => {
  const q = String(ctx.query.q || "");
  // ok: CWE-79
  ctx.body = layout(`<h1>Results for ${escapeHtml(q)}</h1>`);
});

router.get("/cards/:slug", (ctx) => {
  // expect: CWE-79
  ctx.body = layout(renderCard(ctx.params.slug));
});

router.get("/cards/:slug/safe", (ctx) => {
  // ok: CWE-79
  ctx.body = layout(renderSafeCard(ctx.params.slug, String(ctx.query.summary || "")));
});

router.get("/profile", (ctx) => {
  // ok: CWE-94
  ctx.body = layout(ejs.render(PROFILE_TEMPLATE, { name: ctx.query.name, plan: ctx.query.plan }));
});

router.post("/preview/ejs", (ctx) => {
  const { template, data } = ctx.request.body;
  // expect: CWE-94
  const html = ejs.render(template, data || {});
  ctx.body = { length: html.length };
});

router.post("/preview/handlebars", (ctx) => {
  // expect: CWE-94
  const tpl = Handlebars.compile(ctx.request.body.layout);
  ctx.body = { html: tpl({ title: "Preview" }) };
});

router.post("/preview/pug", (ctx) => {
  // expect: CWE-94
  const out = pug.render(ctx.request.body.source, { title: "Preview" });
  ctx.body = { html: out };
});

router.get("/banner", (ctx) => {
  const tpl = Handlebars.compile("<div class=\"banner\">{{{message}}}</div>");
  // expect: CWE-79
  ctx.body = layout(tpl({ message: new Handlebars.SafeString(ctx.query.banner || "") }));
});

router.get("/teaser", (ctx) => {
  // ok: CWE-79
  ctx.body = layout(CARD_TEMPLATE({ title: ctx.query.title, summary: ctx.query.summary }));
});

router.get("/login/return", (ctx) => {
  // expect: CWE-601
  ctx.redirect(ctx.query.returnTo || "/");
});

router.get("/logout/return", (ctx) => {
  const target = String(ctx.query.returnTo || "/");
  // ok: CWE-601
  ctx.redirect(ALLOWED_RETURN.has(target) ? target : "/");
});

router.get("/go/:campaign", (ctx) => {
  const dest = String(ctx.query.to || "/");
  ctx.status = 302;
  // expect: CWE-601
  ctx.set("Location", dest);
});

router.get("/p/:page", (ctx) => {
  const page = ctx.params.page;
  // ok: CWE-601
  ctx.redirect(`/pages/${encodeURIComponent(page)}`);
});

app.use(bodyParser({ jsonLimit: "100kb" }));
app.use(router.routes());
app.use(router.allowedMethods());

module.exports = app;
