// Cache warmer: Koa admin endpoints + a background loop that pre-renders pages.
const Koa = require("koa");
const Router = require("@koa/router");
const fetch = require("node-fetch");
const fs = require("fs");
const fsp = require("fs/promises");
const os = require("os");
const path = require("path");
const vm = require("vm");

const app = new Koa();
const router = new Router({ prefix: "/admin/cache" });
const ORIGIN = "https://www.example-shop.com";
const CHARSET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

router.post("/warm", async (ctx) => {
  const target = ctx.query.target;
  // expect: CWE-918
  const resp = await fetch(target, { headers: { "x-cache-warm": "1" } });
  ctx.body = { status: resp.status };
});

router.post("/warm-page", async (ctx) => {
  const page = String(ctx.query.page || "/").replace(/^\/*/, "/");
  // ok: CWE-918
  const resp = await fetch(ORIGIN + page, { headers: { "x-cache-warm": "1" } });
  ctx.body = { status: resp.status };
});

router.post("/transform", async (ctx) => {
  const { code, page } = ctx.request.body;
  // expect: CWE-95
  const transformed = vm.runInThisContext(`(function (html) { ${code} })`)(page);
  ctx.body = { length: String(transformed).length };
});

router.post("/preview-user", async (ctx) => {
  // expect: CWE-330
  const password = Array.from({ length: 12 }, () => CHARSET[Math.floor(Math.random() * CHARSET.length)]).join("");
  ctx.body = { login: `preview-${Date.now()}`, password };
});

function shuffled(urls) {
  const copy = urls.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    // ok: CWE-330
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

async function warmLoop(urls) {
  // expect: CWE-377
  fs.writeFileSync(path.join(os.tmpdir(), "cache-warmer.pid"), String(process.pid));
  // ok: CWE-377
  const scratch = await fsp.mkdtemp(path.join(os.tmpdir(), "warm-"));
  for (const url of shuffled(urls)) {
    // ok: CWE-918
    const resp = await fetch(ORIGIN + url);
    await fsp.writeFile(path.join(scratch, encodeURIComponent(url) + ".html"), await resp.text());
  }
  // ok: CWE-95
  setTimeout(warmLoop, 60_000, urls);
}

app.use(require("koa-bodyparser")());
app.use(router.routes());
app.listen(4100);
warmLoop(["/", "/sale", "/new"]);
