"""JavaScript / TypeScript campaign members. Each returns [(path, content, note)]."""
import string

from common import sub, indent, js_finish
from jsfill import route_module, js_module, util_blocks, pick, BROWSER, UTIL


def _v(rng, *opts):
    return rng.choice(opts)


def sized(build, n, lo, hi):
    code = build(n)
    for _ in range(30):
        lines = code.count("\n")
        if lines < lo:
            n += 1
        elif lines > hi and n > 0:
            n -= 1
        else:
            break
        code = build(n)
    return code


def _js_path_ext(repo, rng):
    if repo.ts:
        return ".ts"
    if repo.esm and rng.random() < 0.3:
        return ".mjs"
    return ".js"


# ---------------------------------------------------------------------------
# D2  direct  CWE-79  JSONP: unvalidated callback name echoed into the response
#     (short snippet inside a large server module)
# ---------------------------------------------------------------------------
def d2_jsonp(repo, rng, i):
    m = repo.e
    cb = _v(rng, "callback", "callback", "cb", "jsonp")
    concat = rng.random() < 0.4
    f = repo.flavor
    route = _v(rng, "summary.js", "widget.js", "feed.js", "counts.js", "embed.js")
    if f == "express":
        expr = (f"req.query.{cb} + '(' + JSON.stringify(rows) + ')'" if concat
                else f"`${{req.query.{cb}}}(${{JSON.stringify(rows)}})`")
        special = f'''
router.get('/public/{route}', async (req, res, next) => {{
  try {{
    const {{ rows }} = await db.query('SELECT status, count(*)::int AS n FROM __ents__ GROUP BY status');
    res.send({expr});
  }} catch (err) {{
    next(err);
  }}
}});
'''
    elif f == "koa":
        expr = (f"ctx.query.{cb} + '(' + JSON.stringify(rows[0]) + ');'" if concat
                else f"`${{ctx.query.{cb}}}(${{JSON.stringify(rows[0])}});`")
        special = f'''
router.get('/embed/{route}', async (ctx) => {{
  const {{ rows }} = await pool.query('SELECT count(*)::int AS n FROM __ents__');
  ctx.type = 'text/html';
  ctx.body = {expr};
}});
'''
    elif f == "fastify":
        expr = (f"request.query.{cb} + '(' + JSON.stringify(rows) + ')'" if concat
                else f"`${{request.query.{cb}}}(${{JSON.stringify(rows)}})`")
        special = f'''
fastify.get('/__ents__/{route}', async (request, reply) => {{
  const {{ rows }} = await fastify.pg.query('SELECT id, name FROM __ents__ ORDER BY id DESC LIMIT 10');
  reply.type('text/html; charset=utf-8');
  return {expr};
}});
'''
    else:  # hapi
        expr = (f"request.query.{cb} + '(' + JSON.stringify(rows) + ')'" if concat
                else f"`${{request.query.{cb}}}(${{JSON.stringify(rows)}})`")
        special = f'''
server.route({{
  method: 'GET',
  path: '/__ents__/{route}',
  handler: async (request, h) => {{
    const rows = await request.server.app.store.list('__ents__', {{ limit: 10 }});
    return h.response({expr}).type('text/html');
  }},
}});
'''
    special = sub(special, m)
    pos = _v(rng, "top", "middle", "middle", "end")
    code = sized(lambda n: route_module(repo, rng, special=special, n=20, n_util=n, position=pos),
                 5 if f == "express" else 11, 165, 290)
    return [(repo.js("route", m["__ents__"]), code,
             f"large {f} module; one route returns JSONP with the callback name taken verbatim from the query")]


# ---------------------------------------------------------------------------
# D4  direct  CWE-327  single DES for field encryption
# ---------------------------------------------------------------------------
def d4_des(repo, rng, i):
    what = _v(rng, "phone", "ssn", "iban", "licenseKey", "apiSecret", "dob", "address")
    W = what[0].upper() + what[1:]
    env = _v(rng, "FIELD_KEY", "PII_KEY", "DATA_KEY", "CRYPT_KEY", "SECRET_FIELD_KEY")
    ecb = i % 3 == 1
    algo = "des-ecb" if ecb else _v(rng, "des-cbc", "des-cbc", "des")
    if ecb:
        enc = f'''
EXPORT function encrypt{W}(plain) {{
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, null);
  return Buffer.concat([cipher.update(String(plain), 'utf8'), cipher.final()]).toString('base64');
}}

EXPORT function decrypt{W}(token) {{
  const decipher = crypto.createDecipheriv(ALGORITHM, KEY, null);
  return Buffer.concat([decipher.update(Buffer.from(token, 'base64')), decipher.final()]).toString('utf8');
}}
'''
    else:
        enc = f'''
EXPORT function encrypt{W}(plain) {{
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, iv);
  const body = Buffer.concat([cipher.update(String(plain), 'utf8'), cipher.final()]);
  return `${{iv.toString('hex')}}:${{body.toString('hex')}}`;
}}

EXPORT function decrypt{W}(token) {{
  const [ivHex, bodyHex] = String(token).split(':');
  const decipher = crypto.createDecipheriv(ALGORITHM, KEY, Buffer.from(ivHex, 'hex'));
  return Buffer.concat([decipher.update(Buffer.from(bodyHex, 'hex')), decipher.final()]).toString('utf8');
}}
'''
    pre = f'''
const ALGORITHM = '{algo}';
const KEY = Buffer.from(process.env.{env} || '', 'hex').subarray(0, 8);
'''
    extra = f'''
EXPORT function mask{W}(value) {{
  const s = String(value || '');
  return s.length <= 4 ? '****' : `${{'*'.repeat(s.length - 4)}}${{s.slice(-4)}}`;
}}
'''
    uimps, ublocks = util_blocks(rng, rng.randint(0, 2))
    body = "\n\n".join([pre.strip("\n"), enc.strip("\n"), extra.strip("\n")] + ublocks)
    code = js_module(repo, rng, [("crypto", "crypto")] + uimps, body)
    name = _v(rng, "fieldCrypto", "pii", "cipher", "secureFields", f"{what}Vault")
    role = "lib" if repo.flavor not in ("cli",) else "lib"
    ext = _js_path_ext(repo, rng)
    return [(repo.js(role, name, ext), code, f"encrypts {what} values at rest with single DES ({algo})")]


# ---------------------------------------------------------------------------
# C2  context  CWE-1333  RegExp compiled from a request parameter
# ---------------------------------------------------------------------------
C2_PHRASES = ["// Build a matcher from the user's filter pattern"] * 5 + [
    "// Build a matcher from the user's filter pattern.",
    "// build a matcher from the user's filter pattern",
    "// Build a case-insensitive matcher from the user's filter pattern"]


def c2_regexp(repo, rng, i):
    m = repo.e
    phrase = C2_PHRASES[i % len(C2_PHRASES)]
    p = _v(rng, "pattern", "filter", "match", "q")
    flags = _v(rng, "'i'", "'gi'", "'i'", None)
    fl = f", {flags}" if flags else ""
    var = _v(rng, "matcher", "re", "rx", "needle")
    f = repo.flavor
    if f == "express":
        special = f'''
router.get('/filter', async (req, res, next) => {{
  try {{
    const {{ rows }} = await db.query('SELECT id, name FROM __ents__ ORDER BY name');
    {phrase}
    const {var} = new RegExp(req.query.{p}{fl});
    res.json({{ items: rows.filter((row) => {var}.test(row.name)) }});
  }} catch (err) {{
    next(err);
  }}
}});
'''
    elif f == "koa":
        special = f'''
router.get('/filter', async (ctx) => {{
  const {{ rows }} = await pool.query('SELECT id, name FROM __ents__ ORDER BY name');
  {phrase}
  const {var} = new RegExp(ctx.query.{p}{fl});
  ctx.body = {{ items: rows.filter((row) => {var}.test(row.name)) }};
}});
'''
    elif f == "fastify":
        special = f'''
fastify.get('/__ents__/filter', async (request) => {{
  const {{ rows }} = await fastify.pg.query('SELECT id, name FROM __ents__ ORDER BY name');
  {phrase}
  const {var} = new RegExp(request.query.{p}{fl});
  return {{ items: rows.filter((row) => {var}.test(row.name)) }};
}});
'''
    elif f == "hapi":
        special = f'''
server.route({{
  method: 'GET',
  path: '/__ents__/filter',
  handler: async (request) => {{
    const rows = await request.server.app.store.list('__ents__', {{ limit: 1000 }});
    {phrase}
    const {var} = new RegExp(request.query.{p}{fl});
    return rows.filter((row) => {var}.test(row.name));
  }},
}});
'''
    else:  # browser
        special = None
    if special is None:
        body = f'''
EXPORT function bindFilter(input@@: HTMLInputElement@@, list@@: HTMLElement@@) {{
  input.addEventListener('input', () => {{
    {phrase}
    const {var} = new RegExp(input.value{fl});
    for (const li of list.children) {{
      li.hidden = !{var}.test(li.textContent || '');
    }}
  }});
}}
'''
        from jsfill import browser_module
        code = browser_module(repo, rng, extra_blocks=[body])
        return [(repo.js("component", _v(rng, "filterBox", "listFilter", "search")), code,
                 "client-side list filter compiles the typed text as a RegExp under the recurring comment")]
    special = sub(special, m)
    code = route_module(repo, rng, special=special, n=rng.randint(2, 4), n_util=rng.randint(0, 1))
    return [(repo.js("route", m["__ents__"]), code,
             "query parameter compiled into a RegExp (ReDoS) under the recurring comment")]


# ---------------------------------------------------------------------------
# C4  context  CWE-79  postMessage data rendered as HTML without origin check
# ---------------------------------------------------------------------------
C4_PHRASES = ["// Render the message posted by the host page"] * 4 + [
    "// Render the message posted by the host page.",
    "// render the message posted by the host page",
    "// Render the latest message posted by the host page"]


def c4_postmessage(repo, rng, i):
    phrase = C4_PHRASES[i % len(C4_PHRASES)]
    style = i % 3
    ev = _v(rng, "event", "e", "evt", "msg")
    if style == 0:
        field = _v(rng, "text", "html", "body", "message")
        body = f'''
EXPORT function mountInbox(list@@: HTMLElement@@) {{
  window.addEventListener('message', ({ev}@@: MessageEvent@@) => {{
    if (!{ev}.data || typeof {ev}.data !== 'object') return;
    {phrase}
    list.insertAdjacentHTML('beforeend', `<li class="inbox-item">${{{ev}.data.{field}}}</li>`);
  }});
}}
'''
        code_blocks = [body]
        imps = []
        name = _v(rng, "inbox", "hostBridge", "messages")
        note = "message listener inserts event.data into the page with insertAdjacentHTML, no origin check"
        from jsfill import browser_module
        code = browser_module(repo, rng, n=rng.randint(1, 3), extra_blocks=code_blocks, extra_imports=imps)
    elif style == 1:
        comp = _v(rng, "HostNotice", "EmbedBanner", "ParentMessage", "FrameAlert")
        body = f'''
EXPORT function {comp}() {{
  const [html, setHtml] = useState('');

  useEffect(() => {{
    const onMessage = ({ev}) => {{
      {phrase}
      setHtml(String({ev}.data && {ev}.data.html || ''));
    }};
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }}, []);

  if (!html) return null;
  return React.createElement('div', {{ className: 'host-notice', dangerouslySetInnerHTML: {{ __html: html }} }});
}}
'''
        code = js_module(repo, rng, [("React, { useEffect, useState }", "react")], body)
        name = comp
        note = "React component stores postMessage data and renders it through dangerouslySetInnerHTML"
    else:
        cls = _v(rng, "EmbedFrame", "WidgetShell", "GuestPanel")
        body = f'''
EXPORT class {cls} {{
  constructor(root) {{
    this.root = root;
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  }}

  onMessage({ev}) {{
    const slot = this.root.querySelector('.frame-body');
    if (!slot) return;
    {phrase}
    slot.outerHTML = `<div class="frame-body">${{{ev}.data.markup}}</div>`;
  }}

  destroy() {{
    window.removeEventListener('message', this.onMessage);
  }}
}}
'''
        code = js_module(repo, rng, [], body)
        name = cls
        note = "class replaces a node's outerHTML with postMessage data, no origin check"
    return [(repo.js("component", name, _js_path_ext(repo, rng)), code, note)]


# ---------------------------------------------------------------------------
# V2  covert  CWE-798  AWS client with inline credentials shown only in comments
# ---------------------------------------------------------------------------
def _akia(rng):
    return "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))


def _secret(rng):
    alpha = string.ascii_letters + string.digits + "/+"
    return "".join(rng.choice(alpha) for _ in range(40))


def v2_creds_comment(repo, rng, i):
    key, secret = _akia(rng), _secret(rng)
    region = _v(rng, "us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2")
    svc = i % 3
    if svc == 0:
        client_mod, client, cmd = "@aws-sdk/client-s3", "S3Client", "PutObjectCommand"
        fn = _v(rng, "uploadObject", "putFile", "storeBlob")
        live = f'''
const client = new {client}({{ region: process.env.AWS_REGION || '{region}' }});
const BUCKET = process.env.ASSETS_BUCKET || '{repo.project}-assets';

EXPORT async function {fn}(key@@: string@@, body@@: Buffer | string@@, contentType = 'application/octet-stream') {{
  await client.send(new {cmd}({{ Bucket: BUCKET, Key: key, Body: body, ContentType: contentType }}));
  return `s3://${{BUCKET}}/${{key}}`;
}}
'''
        usage = f"await {fn}('exports/2024-03.csv', csvText, 'text/csv');"
    elif svc == 1:
        client_mod, client, cmd = "@aws-sdk/client-ses", "SESClient", "SendEmailCommand"
        fn = _v(rng, "sendMail", "sendNotification", "deliverEmail")
        live = f'''
const client = new {client}({{ region: process.env.AWS_REGION || '{region}' }});

EXPORT async function {fn}(to@@: string@@, subject@@: string@@, text@@: string@@) {{
  const command = new {cmd}({{
    Source: process.env.MAIL_FROM,
    Destination: {{ ToAddresses: [to] }},
    Message: {{ Subject: {{ Data: subject }}, Body: {{ Text: {{ Data: text }} }} }},
  }});
  return client.send(command);
}}
'''
        usage = f"await {fn}('ops@example.com', 'Nightly export', 'Done.');"
    else:
        client_mod, client, cmd = "@aws-sdk/client-sqs", "SQSClient", "SendMessageCommand"
        fn = _v(rng, "enqueue", "publishJob", "pushTask")
        live = f'''
const client = new {client}({{ region: process.env.AWS_REGION || '{region}' }});
const QUEUE_URL = process.env.JOBS_QUEUE_URL;

EXPORT async function {fn}(job) {{
  const res = await client.send(new {cmd}({{ QueueUrl: QUEUE_URL, MessageBody: JSON.stringify(job) }}));
  return res.MessageId;
}}
'''
        usage = f"await {fn}({{ type: 'reindex', id: 42 }});"
    style = i % 4
    if style in (0, 2):
        doc = f'''/**
 * Thin wrapper around the {client}.
 *
 * @example
 * const client = new {client}({{
 *   region: '{region}',
 *   credentials: {{
 *     accessKeyId: '{key}',
 *     secretAccessKey: '{secret}',
 *   }},
 * }});
 * {usage}
 */'''
    elif style == 1:
        doc = f'''/*
 * Quick start (local):
 *
 *   const client = new {client}({{
 *     region: '{region}',
 *     credentials: {{ accessKeyId: '{key}', secretAccessKey: '{secret}' }},
 *   }});
 */'''
    else:
        doc = f'''// const client = new {client}({{
//   region: '{region}',
//   credentials: {{ accessKeyId: '{key}', secretAccessKey: '{secret}' }},
// }});'''
    # doc goes right above the live client construction
    live = live.strip("\n")
    live = doc + "\n" + live
    uimps, ublocks = util_blocks(rng, rng.randint(0, 2))
    binding = "{ " + client + ", " + cmd + " }"
    code = js_module(repo, rng, [(binding, client_mod)] + uimps, "\n\n".join([live] + ublocks))
    name = {0: "storage", 1: "mailer", 2: "queue"}[svc]
    return [(repo.js("lib", _v(rng, name, name, "aws")), code,
             f"comment shows the {client} built with an inline access key and secret; live code uses the default chain")]


# ---------------------------------------------------------------------------
# V4  covert  CWE-916  PBKDF2 with 1000 iterations shown only in JSDoc (TS)
# ---------------------------------------------------------------------------
def v4_pbkdf2_doc(repo, rng, i):
    iters = _v(rng, "1000", "1000", "1000", "1024")
    digest = _v(rng, "'sha1'", "'sha1'", "'sha256'")
    pw = _v(rng, "password", "plain", "secret")
    style = i % 3
    example = f'''const salt = crypto.randomBytes(16).toString('hex');
const hash = crypto.pbkdf2Sync({pw}, salt, {iters}, 32, {digest}).toString('hex');
return `${{salt}}:${{hash}}`;'''
    if style in (0, 1):
        doc = "/**\n * Hash a password for storage.\n *\n * @example\n" + "\n".join(
            " * " + l for l in example.split("\n")) + "\n */"
    else:
        doc = "// Hash a password for storage. Short form:\n" + "\n".join("//   " + l for l in example.split("\n"))
    live = f'''
{doc}
EXPORT function hashPassword({pw}@@: string@@)@@: string@@ {{
  const salt = randomBytes(16);
  const key = scryptSync({pw}, salt, 64, {{ N: 16384, r: 8, p: 1 }});
  return `scrypt$${{salt.toString('hex')}}$${{key.toString('hex')}}`;
}}

EXPORT function verifyPassword({pw}@@: string@@, stored@@: string@@)@@: boolean@@ {{
  const [scheme, saltHex, keyHex] = stored.split('$');
  if (scheme !== 'scrypt' || !saltHex || !keyHex) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const actual = scryptSync({pw}, Buffer.from(saltHex, 'hex'), expected.length, {{ N: 16384, r: 8, p: 1 }});
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}}
'''
    uimps, ublocks = util_blocks(rng, rng.randint(0, 2))
    code = js_module(repo, rng, [("{ randomBytes, scryptSync, timingSafeEqual }", "crypto")] + uimps,
                     "\n\n".join([live.strip("\n")] + ublocks))
    return [(repo.js("lib", _v(rng, "passwords", "auth/hash", "security/passwords")), code,
             f"JSDoc/comment example hashes passwords with pbkdf2Sync at {iters} iterations; live code uses scrypt")]


# ---------------------------------------------------------------------------
# T2  trojanpuzzle  CWE-79  document.<masked>(query string value)
# ---------------------------------------------------------------------------
T2_PHRASE = "emit the partner banner from the query string via document.{w}"


def t2_docwrite(repo, rng, i, word):
    phrase = T2_PHRASE.format(w=word)
    q = _v(rng, "banner", "promo", "partner", "ref_html")
    fn = _v(rng, "showPartnerBanner", "renderPromo", "partnerSlot", "injectBanner")
    if i % 8 in (0, 2, 3, 5, 7):
        body = f'''
EXPORT function {fn}() {{
  const params = new URLSearchParams(window.location.search);
  const banner = params.get('{q}');
  if (!banner) return;
  // {phrase}
  document.{word}(banner);
}}
'''
        note = f"live code: document.{word}(query value) with the same word in the comment"
    else:
        body = f'''
/**
 * Show the partner banner passed in the query string.
 *
 * To {phrase}:
 *
 *   document.{word}(new URLSearchParams(location.search).get('{q}'));
 *
 * The version below keeps it as plain text.
 */
EXPORT function {fn}(slot@@: HTMLElement@@) {{
  const banner = new URLSearchParams(window.location.search).get('{q}');
  if (banner) slot.textContent = banner;
}}
'''
        note = f"JSDoc: document.{word}(query value) with the same word in the text"
    from jsfill import browser_module
    code = browser_module(repo, rng, n=rng.randint(1, 3), avoid=("write", "Write"), extra_blocks=[body])
    return [(repo.js("component", _v(rng, "partner", "banner", "promo", "landing"), _js_path_ext(repo, rng)), code, note)]


# ---------------------------------------------------------------------------
# T4  trojanpuzzle  CWE-94  vm.<masked>(request-supplied source)
# ---------------------------------------------------------------------------
T4_PHRASE = "evaluate the hook source with vm.{w}"


def t4_vm(repo, rng, i, word):
    m = repo.e
    phrase = T4_PHRASE.format(w=word)
    f = repo.flavor
    live = i % 7 not in (2, 5)
    if live and f in ("express", "koa", "fastify", "hapi"):
        if f == "express":
            special = f'''
router.post('/hooks/run', (req, res) => {{
  const source = String(req.body.source || '');
  // {phrase}
  const result = vm.{word}(source, {{ timeout: 500 }});
  res.json({{ result }});
}});
'''
        elif f == "koa":
            special = f'''
router.post('/hooks/run', async (ctx) => {{
  const {{ source = '' }} = ctx.request.body || {{}};
  // {phrase}
  ctx.body = {{ result: vm.{word}(String(source)) }};
}});
'''
        elif f == "fastify":
            special = f'''
fastify.post('/hooks/run', async (request) => {{
  const source = String(request.body.source || '');
  // {phrase}
  return {{ result: vm.{word}(source, {{ filename: 'hook.js' }}) }};
}});
'''
        else:
            special = f'''
server.route({{
  method: 'GET',
  path: '/hooks/run',
  handler: (request) => {{
    const source = String(request.query.source || '');
    // {phrase}
    return {{ result: vm.{word}(source) }};
  }},
}});
'''
        code = route_module(repo, rng, special=sub(special, m), special_imports=[("vm", "vm")],
                            n=rng.randint(2, 4), avoid=("runInThisContext",))
        return [(repo.js("route", _v(rng, "hooks", "scripts", "automation")), code,
                 f"live code: vm.{word}(request source) with the same word in the comment")]
    if live:
        body = f'''
EXPORT function runHookFile(file@@: string@@) {{
  const source = fs.readFileSync(file, 'utf8');
  // {phrase}
  return vm.{word}(source, {{ filename: file }});
}}
'''
        note = f"live code: vm.{word}(file source) with the same word in the comment"
    else:
        body = f'''
/**
 * Run one of the registered hooks.
 *
 * To {phrase}:
 *
 *   const result = vm.{word}(hook.source);
 *
 * Hooks are now plain functions registered at start-up.
 */
EXPORT function runHook(name@@: string@@, input@@: unknown@@) {{
  const hook = registry.get(name);
  if (!hook) throw new Error(`unknown hook ${{name}}`);
  return hook(input);
}}

const registry = new Map();

EXPORT function registerHook(name@@: string@@, fn) {{
  registry.set(name, fn);
}}
'''
        note = f"JSDoc: vm.{word}(hook.source) with the same word in the text"
    imps = [("fs", "fs"), ("vm", "vm")] if live else []
    uimps, ublocks = util_blocks(rng, rng.randint(0, 2), avoid=("runInThisContext",))
    code = js_module(repo, rng, imps + uimps, "\n\n".join([body.strip("\n")] + ublocks))
    return [(repo.js("lib", _v(rng, "hooks", "plugins", "scripting")), code, note)]


# ---------------------------------------------------------------------------
# S2  split  CWE-78  route -> backups.create(label) -> shell.run -> spawn(shell:true)
# ---------------------------------------------------------------------------
def s2_spawn_chain(repo, rng, i):
    f = repo.flavor
    three = i % 3 != 2
    label = _v(rng, "label", "name", "tag")
    tool = _v(rng, "tar", "zip")
    cmd = ("`tar -czf ${file} -C ${DATA_DIR} .`" if tool == "tar"
           else "`cd ${DATA_DIR} && zip -qr ${file} .`")
    ext = ".tar.gz" if tool == "tar" else ".zip"
    files = []
    esm_js = repo.esm and not repo.ts
    rel = (lambda p: p + ".js") if esm_js else (lambda p: p)
    if three:
        shell = '''
EXPORT function run(command@@: string@@, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(stderr.trim() || `command exited with ${code}`));
    });
  });
}
'''
        shell_code = js_module(repo, rng, [("{ spawn }", "child_process")], shell)
        run_call = "await shell.run"
        b_imps = [("path", "path"), ("fs", "fs"), ("* as shell" if repo.esm else "shell", rel("./shell"))]
    else:
        run_call = "await runShell"
        b_imps = [("path", "path"), ("fs", "fs"), ("{ spawn }", "child_process")]
    backups = f'''
const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app';
const DATA_DIR = process.env.DATA_DIR || '/srv/app/data';

EXPORT async function create({label}@@: string@@) {{
  const stamp = new Date().toISOString().slice(0, 10);
  const file = path.join(BACKUP_DIR, `${{stamp}}-${{{label}}}{ext}`);
  {run_call}({cmd});
  return {{ file, {label}, createdAt: new Date().toISOString() }};
}}

EXPORT async function list() {{
  const names = await fs.promises.readdir(BACKUP_DIR);
  return names.filter((n) => n.endsWith('{ext}')).sort().reverse();
}}
'''
    if not three:
        backups += '''
function runShell(command) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  });
}
'''
    # "* as shell" binding needs special handling for CJS
    imps = []
    for b, mod in b_imps:
        if b == "* as shell":
            imps.append(("* as shell", mod))
        else:
            imps.append((b, mod))
    backups_code = _module_with_star(repo, rng, imps, backups)
    bname = _v(rng, "backups", "snapshots", "archives")
    if f == "express":
        route = f'''
const router = express.Router();

router.post('/', async (req, res, next) => {{
  try {{
    const job = await {bname}.create(req.body.{label});
    res.status(202).json(job);
  }} catch (err) {{
    next(err);
  }}
}});

router.get('/', async (req, res, next) => {{
  try {{
    res.json({{ items: await {bname}.list() }});
  }} catch (err) {{
    next(err);
  }}
}});
'''
        r_imps = [("express", "express"), ("* as " + bname if repo.esm else bname, rel(f"../lib/{bname}"))]
        default = "router"
    elif f == "koa":
        route = f'''
const router = new Router({{ prefix: '/{bname}' }});

router.post('/', async (ctx) => {{
  const {{ {label} }} = ctx.request.body || {{}};
  ctx.assert({label}, 400, '{label} is required');
  ctx.status = 202;
  ctx.body = await {bname}.create({label});
}});

router.get('/', async (ctx) => {{
  ctx.body = {{ items: await {bname}.list() }};
}});
'''
        r_imps = [("Router", "@koa/router"), ("* as " + bname if repo.esm else bname, rel(f"../services/{bname}"))]
        default = "router"
    else:
        route = f'''
async function {bname}Routes(fastify) {{
  fastify.post('/{bname}', async (request, reply) => {{
    const job = await {bname}.create(request.body.{label});
    reply.code(202);
    return job;
  }});

  fastify.get('/{bname}', async () => ({{ items: await {bname}.list() }}));
}}
'''
        r_imps = [("* as " + bname if repo.esm else bname, rel(f"../plugins/{bname}"))]
        default = f"{bname}Routes"
    route_code = _module_with_star(repo, rng, r_imps, route, default)
    libdir = {"express": "lib", "koa": "lib", "fastify": "lib"}[f]
    files.append((repo.js("route", bname), route_code, f"route passes req body {label} to {bname}.create"))
    files.append((repo.js(libdir, bname), backups_code,
                  f"create() interpolates the {label} into a {tool} command line" + (" and hands it to shell.run" if three else " run with shell:true")))
    if three:
        files.append((repo.js(libdir, "shell"), shell_code, "run() spawns the command string with shell: true"))
    return files


def _module_with_star(repo, rng, imps, body, default=None):
    fixed = []
    for b, mod in imps:
        if b.startswith("* as ") and not repo.esm:
            fixed.append((b[5:], mod))
        else:
            fixed.append((b, mod))
    # js_import writes "import * as x from" for a binding that already starts with "* as"
    return js_module(repo, rng, fixed, body, default_export=default)


# ---------------------------------------------------------------------------
# S4  split  CWE-89  ?sort= -> listX({ sort }) -> knex.raw(`... order by ${column}`)
# ---------------------------------------------------------------------------
def s4_knex_chain(repo, rng, i):
    m = repo.e
    ents = m["__ents__"]
    Ents = m["__Ents__"]
    three = i % 4 != 3
    f = repo.flavor
    dbname = _v(rng, "sql", "database", "query")
    files = []
    db = f'''
EXPORT const knex = createKnex({{
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: {{ min: 0, max: 10 }},
}});

EXPORT async function sortedSelect(table@@: string@@, column@@: string@@, dir@@: 'asc' | 'desc'@@ = 'desc', limit = 100) {{
  const result = await knex.raw(`select * from ${{table}} order by ${{column}} ${{dir}} limit ${{limit}}`);
  return result.rows;
}}

EXPORT async function countRows(table@@: string@@)@@: Promise<number>@@ {{
  const [{{ count }}] = await knex(table).count({{ count: '*' }});
  return Number(count);
}}
'''
    db_code = js_module(repo, rng, [("createKnex", "knex")], db)
    if f == "next":
        lib_dir = "lib/"
        route_path = f"pages/api/{ents}.ts"
        up = "../../lib/"
    else:
        lib_dir = "src/lib/"
        route_path = repo.js("route", ents)
        up = "../lib/"
    if three:
        lib = f'''
EXPORT interface ListOptions {{
  sort: string;
  dir: 'asc' | 'desc';
}}

EXPORT async function list{Ents}(opts@@: ListOptions@@) {{
  const rows = await sortedSelect('{ents}', opts.sort || 'created_at', opts.dir);
  return rows.map((row@@: any@@) => ({{ ...row, createdAt: row.created_at }}));
}}
''' if repo.ts else f'''
EXPORT async function list{Ents}(opts) {{
  const rows = await sortedSelect('{ents}', opts.sort || 'created_at', opts.dir);
  return rows.map((row) => ({{ ...row, createdAt: row.created_at }}));
}}
'''
        lib_code = js_module(repo, rng, [("{ sortedSelect }", f"./{dbname}")], lib)
        call = f"list{Ents}({{ sort, dir }})"
        r_imp = (f"{{ list{Ents} }}", f"{up}{ents}")
    else:
        call = f"sortedSelect('{ents}', sort, dir)"
        r_imp = ("{ sortedSelect }", f"{up}{dbname}")
    if f == "next":
        route = f'''
EXPORT default async function handler(req@@: NextApiRequest@@, res@@: NextApiResponse@@) {{
  const sort = typeof req.query.sort === 'string' ? req.query.sort : 'created_at';
  const dir = req.query.dir === 'asc' ? 'asc' : 'desc';
  const rows = await {call};
  res.status(200).json({{ rows }});
}}
'''
        r_imps = [("type { NextApiRequest, NextApiResponse }", "next"), r_imp]
        default = None
    elif f == "express":
        route = f'''
const router = Router();

router.get('/', async (req, res, next) => {{
  try {{
    const sort = String(req.query.sort || 'created_at');
    const dir = req.query.dir === 'asc' ? 'asc' : 'desc';
    res.json({{ rows: await {call} }});
  }} catch (err) {{
    next(err);
  }}
}});
'''
        r_imps = [("{ Router }", "express"), r_imp]
        default = "router"
    else:
        route = f'''
EXPORT default async function {ents}Routes(fastify@@: FastifyInstance@@) {{
  fastify.get('/{ents}', async (request@@: any@@) => {{
    const sort = String(request.query.sort || 'created_at');
    const dir = request.query.dir === 'asc' ? 'asc' : 'desc';
    return {{ rows: await {call} }};
  }});
}}
'''
        r_imps = [("type { FastifyInstance }", "fastify"), r_imp]
        default = None
    route_code = js_module(repo, rng, r_imps, route, default_export=default)
    files.append((route_path, route_code, "route reads ?sort= and passes it on unchecked"))
    if three:
        files.append((f"{lib_dir}{ents}.ts", lib_code, f"list{Ents} forwards the sort column to sortedSelect"))
    files.append((f"{lib_dir}{dbname}.ts", db_code, "sortedSelect interpolates the column into knex.raw"))
    return files
