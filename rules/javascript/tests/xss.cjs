// Labelled cases for CWE-79 in server responses (Express, Node http, Koa).
const express = require("express");
const http = require("http");
const escapeHtml = require("escape-html");

const app = express();

app.get("/hello", (req, res) => {
  // expect: CWE-79
  res.send(`<h1>Hello ${req.query.name}</h1>`);
});

app.get("/hello-safe", (req, res) => {
  // ok: CWE-79
  res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);
});

app.get("/search", (req, res) => {
  const term = req.query.q;
  // expect: CWE-79
  res.status(200).send("<p>No results for " + term + "</p>");
});

app.get("/api/search", (req, res) => {
  // ok: CWE-79
  res.json({ term: req.query.q, results: [] });
  // ok: CWE-79
  res.send({ term: req.query.q });
});

app.get("/hello-escaped", (req, res) => {
  const name = escapeHtml(req.query.name);
  // ok: CWE-79
  res.send(`<h1>Hello ${name}</h1>`);
});

app.get("/plain", (req, res) => {
  res.type("text/plain");
  // ok: CWE-79
  res.send(`You asked for ${req.query.q}`);
});

app.get("/profile", (req, res) => {
  // ok: CWE-79
  res.render("profile", { name: req.query.name });
});

app.get("/echo/:msg", (req, res) => {
  const { msg } = req.params;
  // expect: CWE-79
  res.send(msg);
});

app.get("/count", (req, res) => {
  // ok: CWE-79
  res.send(`<p>Page ${parseInt(req.query.page, 10)}</p>`);
});

http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html" });
  // expect: CWE-79
  res.write("<p>You requested " + req.url + "</p>");
  // ok: CWE-79
  res.end("<p>bye</p>");
}).listen(8080);

// Fastify sends strings as text/plain unless the reply is typed as HTML.
const fastify = require("fastify")();
fastify.get("/fast-hello", async (request, reply) => {
  // expect: CWE-79
  reply.type("text/html").send(`<h1>Hi ${request.query.name}</h1>`);
});
fastify.get("/fast-echo", async (request, reply) => {
  // ok: CWE-79
  reply.send(`Hi ${request.query.name}`);
});

// Koa
function koaHandler(ctx) {
  // expect: CWE-79
  ctx.body = `<div>${ctx.query.comment}</div>`;
}

function koaJson(ctx) {
  // ok: CWE-79
  ctx.body = { comment: ctx.query.comment };
}

module.exports = { app, koaHandler, koaJson };
