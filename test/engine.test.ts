import { describe, expect, it } from "vitest";
import { loadRules, RuleError, Scanner, type LangId } from "../dist/index.js";
import { nameParts } from "../dist/scan/context.js";
import { tree } from "./helpers.js";

/** A scanner with one test rule: `sink($Q)` (or the given pattern) guarded by a where-check. */
function scannerWith(lang: string, where: string, pattern = "sink($Q)"): Scanner {
  const dir = tree({
    [`${lang}/t.yml`]: [
      "id: test.sink",
      `language: ${lang}`,
      "cwe: CWE-89",
      "severity: high",
      "message: reached with $Q",
      "secure: do not",
      "references: [https://cwe.mitre.org/data/definitions/89.html]",
      `rule: { pattern: "${pattern}" }`,
      `where: { Q: ${where} }`,
    ].join("\n"),
  });
  return new Scanner({ rules: [dir], builtinRules: false });
}

function firingLines(s: Scanner, lang: LangId, src: string): number[] {
  return s
    .scanText(src, lang)
    .findings.filter((f) => !f.inComment)
    .map((f) => f.line);
}

describe("value tracking (where:)", () => {
  const py = `
import os
from flask import request, Flask
from werkzeug.utils import secure_filename
TABLE = "users"
app = Flask(__name__)

def f(name, ids):
    sink(f"SELECT * FROM t WHERE a = '{name}'")
    sink("SELECT * FROM t WHERE a = '%s'" % name)
    sink("SELECT {}".format(name))
    sink("SELECT " + name)
    q = "SELECT 1"
    q += " AND a = " + name
    sink(q)
    sink("SELECT 1")
    sink("SELECT * FROM " + TABLE)
    sink(name)
    marks = ",".join("?" * len(ids))
    sink(f"SELECT * FROM t WHERE id IN ({marks})")
    sink(f"SELECT 1")

@app.route("/x/<item>")
def view(item):
    v = request.args.get("v")
    sink(v)
    sink(secure_filename(request.args["f"]))
    sink(os.path.join("/srv", request.args["f"]))
    sink(item)
`;
  const lines = (needle: string) =>
    py
      .split("\n")
      .map((l, i) => (l.includes(needle) ? i + 1 : 0))
      .filter(Boolean);

  it("dynamic: strings built from non-constant parts, through local variables", () => {
    const got = firingLines(scannerWith("python", "dynamic"), "python", py);
    const want = [
      ...lines("WHERE a = '{name}'"),
      ...lines("'%s'\" % name"),
      ...lines('"SELECT {}".format'),
      ...lines('sink("SELECT " + name)'),
      ...lines("    sink(q)"),
      ...lines("sink(v)"),
      ...lines('sink(os.path.join("/srv"'),
      ...lines("sink(item)"),
    ].sort((a, b) => a - b);
    expect(got).toEqual(want);
  });

  it("tainted: only values that are user input, not sanitised calls over it", () => {
    const got = firingLines(scannerWith("python", "tainted"), "python", py);
    expect(got).toEqual([
      ...lines("sink(v)"),
      ...lines('sink(os.path.join("/srv"'),
      ...lines("sink(item)"),
    ]);
  });

  it("constant: literals, constant concatenation, module constants and sanitiser results", () => {
    const got = firingLines(scannerWith("python", "constant"), "python", py);
    expect(got).toEqual([
      ...lines('sink("SELECT 1")'),
      ...lines('sink("SELECT * FROM " + TABLE)'),
      ...lines("IN ({marks})"),
      ...lines('sink(f"SELECT 1")'),
      ...lines("sink(secure_filename("),
    ]);
  });

  it("nonConstant includes parameters (opaque) but not constants", () => {
    const got = firingLines(scannerWith("python", "nonConstant"), "python", py);
    expect(got).toContain(lines("sink(name)")[0]);
    expect(got).not.toContain(lines('sink("SELECT 1")')[0]);
  });

  it("follows JavaScript template literals and destructured request fields", () => {
    const js = [
      "function h(req, res, id) {",
      "  const { q } = req.query;",
      "  sink(`SELECT * FROM t WHERE a = '${id}'`);",
      "  sink(`SELECT 1`);",
      "  sink(q);",
      "  const sql = 'SELECT * FROM t WHERE b = ' + req.body.b;",
      "  sink(sql);",
      "}",
    ].join("\n");
    expect(firingLines(scannerWith("javascript", "dynamic"), "javascript", js)).toEqual([3, 5, 7]);
    expect(firingLines(scannerWith("javascript", "tainted"), "javascript", js)).toEqual([5, 7]);
    // JavaScript rules run on TypeScript too.
    expect(
      firingLines(
        scannerWith("javascript", "tainted"),
        "typescript",
        js.replace("id)", "id: string)"),
      ),
    ).toEqual([5, 7]);
  });

  it("below: numeric constants, through local and module constants", () => {
    const s = scannerWith("python", "{ below: 100000 }", "kdf($Q)");
    const src = "N = 1000\nM = 600_000\nkdf(10_000)\nkdf(N)\nkdf(M)\nkdf(10 * 1000)\nkdf(n)\n";
    expect(firingLines(s, "python", src)).toEqual([3, 4, 6]);
  });

  it("taintedUrl: user input that chooses the host, not just the path", () => {
    const s = scannerWith("python", "taintedUrl", "fetch($Q)");
    const src = [
      "from flask import request",
      "def v():",
      "    u = request.args['u']",
      "    fetch(u)",
      '    fetch(f"https://api.example.com/items/{u}")',
      '    fetch(f"http://{u}/x")',
      "    fetch('https://api.example.com/' + u)",
    ].join("\n");
    expect(firingLines(s, "python", src)).toEqual([4, 6]);
  });
});

describe("code in comments and docstrings", () => {
  const s = scannerWith("python", "dynamic", "cur.execute($Q)");
  it("reports findings in docstrings, doctests and comment blocks with real line numbers", () => {
    const src = [
      "def f():", // 1
      '    """Look a user up.', // 2
      "", // 3
      "    Example::", // 4
      "", // 5
      '        q = "SELECT * FROM u WHERE id = %s" % uid', // 6
      "        cur.execute(q)", // 7
      '    """', // 8
      "    # old code:", // 9
      "    # cur.execute('DELETE FROM t WHERE id=' + tid)", // 10
      "    cur.execute('SELECT 1')", // 11
      "", // 12
      "def g():", // 13
      '    """', // 14
      "    >>> cur.execute(f'SELECT {x}')", // 15
      '    """', // 16
    ].join("\n");
    const got = s.scanText(src, "python").findings.map((f) => [f.line, f.inComment, f.column]);
    expect(got).toEqual([
      [7, true, 9],
      [10, true, 7],
      [15, true, 9],
    ]);
  });

  it("reads JSDoc examples and block comments in JavaScript", () => {
    const js = scannerWith("javascript", "dynamic", "db.query($Q)");
    const src = [
      "/**",
      " * @example",
      " * db.query(`SELECT * FROM t WHERE id = ${id}`)",
      " */",
      "/* db.query('x' + y) */",
      "db.query('SELECT 1')",
    ].join("\n");
    expect(js.scanText(src, "javascript").findings.map((f) => [f.line, f.inComment])).toEqual([
      [3, true],
      [5, true],
    ]);
  });
});

describe("context-dependent rules", () => {
  const s = new Scanner();
  it("MD5 of a password fires and says why; MD5 of a cache key does not", () => {
    const src =
      "import hashlib\ndef store(password):\n    return hashlib.md5(password.encode()).hexdigest()\ndef key(url):\n    return hashlib.md5(url.encode()).hexdigest()\n";
    const f = s.scanText(src, "python").findings;
    expect(f.map((x) => [x.line, x.cwe])).toEqual([[3, "CWE-328"]]);
    expect(f[0]!.message).toMatch(/password/);
  });
  it("random for a token fires; random for a dice roll does not", () => {
    const src =
      "import random\ndef make_token():\n    return random.getrandbits(64)\ndef roll():\n    return random.randint(1, 6)\n";
    expect(s.scanText(src, "python").findings.map((x) => [x.line, x.cwe])).toEqual([
      [3, "CWE-330"],
    ]);
  });
  it("splits identifiers into parts", () => {
    expect(nameParts("userPassword")).toEqual(["user", "password", "userpassword"]);
    expect(nameParts("AWS_SECRET_ACCESS_KEY")).toContain("secret");
    expect(nameParts("bypass")).toEqual(["bypass"]);
  });
});

describe("rule files", () => {
  const base = [
    "id: t.r",
    "language: python",
    "cwe: CWE-89",
    "severity: high",
    "message: m",
    "secure: s",
    "references: [https://cwe.mitre.org/data/definitions/89.html]",
    "rule: { pattern: 'sink($Q)' }",
  ];
  const load = (text: string) => loadRules([tree({ "r/x.yml": text }) + "/r"]);

  it("loads a valid rule and derives its prescan word", () => {
    const [r] = load(base.join("\n"));
    expect(r!.keywords).toEqual(["sink"]);
  });
  it("names an unknown (misspelt) field", () => {
    expect(() => load([...base, "sevrity: high"].join("\n"))).toThrow(/unknown field 'sevrity'/);
  });
  it("rejects a malformed CWE, a bad severity and invalid YAML with the file name", () => {
    expect(() => load(base.join("\n").replace("CWE-89", "89"))).toThrow(/x\.yml.*cwe/);
    expect(() => load(base.join("\n").replace("severity: high", "severity: urgent"))).toThrow(
      RuleError,
    );
    expect(() => load("id: [unclosed\n")).toThrow(/invalid YAML/);
  });
  it("rejects a pattern that does not parse and a where on an unbound metavariable", () => {
    expect(() => load(base.join("\n").replace("sink($Q)", "sink(($Q"))).toThrow(
      /does not parse as python/,
    );
    expect(() => load([...base, "where: { X: dynamic }"].join("\n"))).toThrow(/never binds/);
  });
  it("rejects duplicate ids and a missing folder", () => {
    const dir = tree({ "a.yml": base.join("\n"), "b.yml": base.join("\n") });
    expect(() => loadRules([dir])).toThrow(/already defined/);
    expect(() => loadRules(["/nonexistent/rules"])).toThrow(/does not exist/);
  });
});

describe("prescan", () => {
  it("finds exactly the words that occur, overlapping and nested ones included", async () => {
    const { WordFinder } = await import("../dist/scan/engine.js");
    const words = ["eval", "value", "exec", "execute", "cute", "open(", "://", "==", "ab", "bab"];
    const finder = new WordFinder(words);
    const alphabet = ["eval", "ue", "exe", "cute", "open(", ":/", "/", "=", "a", "b", " ", "x"];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 500; i++) {
      let text = "";
      for (let j = 0; j < 12; j++) text += alphabet[Math.floor(rand() * alphabet.length)];
      expect(finder.find(text), text).toEqual(words.filter((w) => text.includes(w)));
    }
  });
});

describe("PHP", () => {
  it("accepts plain string patterns (the loader supplies the <?php context)", () => {
    const s = scannerWith("php", "nonConstant", "eval($Q)");
    expect(
      firingLines(s, "php", "<?php\nfunction f($c) {\n  eval($c);\n  eval('1');\n}\n"),
    ).toEqual([3]);
  });
});

describe("named constants", () => {
  it("treats imported ALL_CAPS names and module constants as constant, configuration objects not", () => {
    const s = scannerWith("python", "constant");
    const src = [
      "import os, tokenize",
      "from .lexer import TOKEN_STRING",
      "from django.conf import settings",
      "sink(TOKEN_STRING)", // 4
      "sink(tokenize.OP)", // 5
      "sink(-1)", // 6
      "sink(settings.SECRET_KEY)", // 7
      "sink(os.environ['KEY'])", // 8
      "sink(token_name)", // 9
    ].join("\n");
    expect(firingLines(s, "python", src)).toEqual([4, 5, 6]);
  });
});

describe("value tracking across functions of one file", () => {
  const scanner = new Scanner();
  const at = (lang: LangId, src: string) =>
    scanner
      .scanText(src, lang)
      .findings.filter((f) => !f.inComment)
      .map((f) => ({ line: f.line, cwe: f.cwe, flow: f.flow?.map((s) => s.text) }));

  it("follows request data into a helper's parameter, two calls deep, and names the path", () => {
    const src = [
      "import sqlite3",
      "from flask import request",
      "def run_query(sql):",
      "    return sqlite3.connect('x.db').execute(sql).fetchall()",
      "def build_query(term):",
      '    sql = "SELECT * FROM t WHERE name = \'" + term + "\'"',
      "    return run_query(sql)",
      "def search():",
      "    return build_query(request.args['q'])",
      "",
    ].join("\n");
    expect(at("python", src)).toEqual([
      {
        line: 4,
        cwe: "CWE-89",
        flow: [
          "request.args['q']",
          "build_query(term)",
          "run_query(sql)",
          "sqlite3.connect('x.db').execute(sql)",
        ],
      },
    ]);
  });

  it("keeps a helper quiet when every caller in the file passes constants", () => {
    const helper = [
      "import sqlite3",
      "def by_column(col):",
      '    return sqlite3.connect("x.db").execute(f"SELECT {col} FROM t").fetchall()',
    ];
    const constant = [...helper, "def names():", '    return by_column("name")', ""].join("\n");
    expect(at("python", constant)).toEqual([]);
    // The same helper, also used as a value (a callback): its callers are not all in sight.
    const escaping = [...helper, 'HANDLERS = {"cols": by_column}', 'by_column("name")', ""].join(
      "\n",
    );
    expect(at("python", escaping).map((f) => f.line)).toEqual([3]);
  });

  it("reads a same-file function's return value with the arguments of each call", () => {
    const src = [
      "const { exec } = require('child_process');",
      "function current(req) { return req.query.ref; }",
      "function label(x) { return 'v1'; }",
      "function handler(req, res) {",
      "  exec('git log ' + current(req));",
      "  exec('git log ' + label(req.query.ref));",
      "}",
      "",
    ].join("\n");
    expect(at("javascript", src).map((f) => f.line)).toEqual([5]);
  });

  it("maps arguments to parameters by position past destructuring, and methods through this", () => {
    const src = [
      "const { exec } = require('child_process');",
      "class Runner {",
      "  run({ cwd }, cmd) { exec(cmd, { cwd }); }",
      "  go(req) { this.run({ cwd: '/srv' }, 'make ' + req.query.target); }",
      "}",
      "function run(cmd) { exec(cmd); }",
      "run('make all');",
      "",
    ].join("\n");
    expect(at("javascript", src)).toEqual([
      {
        line: 3,
        cwe: "CWE-78",
        flow: ["'make ' + req.query.target", "run(cmd)", "exec(cmd, { cwd })"],
      },
    ]);
  });
});

describe("the strict profile", () => {
  const src = [
    "import hashlib",
    "def etag(body):",
    "    return hashlib.md5(body).hexdigest()",
    "def checksum(body):",
    "    return hashlib.md5(body, usedforsecurity=False).hexdigest()",
    "",
  ].join("\n");

  it("adds weak primitives anywhere at severity low, and only when asked", () => {
    const lines = (strict: boolean) =>
      new Scanner({ strict })
        .scanText(src, "python")
        .findings.map((f) => `${f.line}:${f.cwe}:${f.severity}`);
    expect(lines(false)).toEqual([]);
    expect(lines(true)).toEqual(["3:CWE-328:low"]);
  });

  it("keeps strict rules out of every default rule list", () => {
    expect(loadRules().some((r) => r.profile === "strict")).toBe(false);
    const all = loadRules(undefined, { strict: true });
    expect(all.filter((r) => r.profile === "strict").length).toBeGreaterThanOrEqual(6);
  });
});
