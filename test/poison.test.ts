import { execFile, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { Script } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  generatePoison,
  loadTargetFile,
  loadTargets,
  matchesPayload,
  methodsOf,
  Rng,
  type Manifest,
  type ManifestDocument,
  type MethodName,
  type Target,
} from "../dist/attack/index.js";
import { baseOrder, BasePool, indexCorpus, refetcher, type Entry } from "../dist/attack/pool.js";
import { readCorpus } from "../dist/corpus/index.js";
import { Scanner } from "../dist/index.js";
import { antidote, ROOT, tree } from "./helpers.js";

const run = promisify(execFile);
const scanner = new Scanner();
const targets = loadTargets();

const python = spawnSync(
  "python3",
  ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"],
  {
    encoding: "utf8",
  },
);
const STDLIB = python.status === 0 ? python.stdout.trim() : undefined;

function sandbox(): string {
  return mkdtempSync(join(tmpdir(), "antidote-poison-"));
}

/**
 * A Python base corpus of real code: small modules of this machine's standard library, one
 * repository per package. Without python3, small self-written modules stand in.
 */
function pythonBase(): string {
  const dir = join(sandbox(), "py");
  const packages = [
    "json",
    "email",
    "http",
    "logging",
    "urllib",
    "xmlrpc",
    "concurrent/futures",
    "importlib",
    "wsgiref",
    "html",
    "sqlite3",
    "dbm",
    "xml/dom",
    "unittest",
  ];
  let n = 0;
  if (STDLIB)
    for (const p of packages) {
      const src = join(STDLIB, p);
      if (!existsSync(src)) continue;
      for (const f of readdirSync(src)
        .filter((x) => x.endsWith(".py"))
        .sort()) {
        const size = statSync(join(src, f)).size;
        if (size < 400 || size > 40_000) continue;
        cpSync(join(src, f), join(dir, p.replace("/", "_"), f));
        n++;
      }
    }
  if (n < 40)
    for (let r = 0; r < 10; r++)
      for (let i = 0; i < 5; i++) {
        const body = `"""Module ${i} of package ${r}."""\nimport os\n\n\ndef helper_${i}(value):\n    return os.path.basename(value) * ${i + 1}\n\n\nclass Thing${i}:\n    def size(self):\n        return ${i}\n`;
        mkdirSync(join(dir, `pkg${r}`), { recursive: true });
        writeFileSync(join(dir, `pkg${r}`, `mod${i}.py`), body);
      }
  return dir;
}

/** CommonJS files that compile (checked with vm.Script, never run) from this project's node_modules. */
function javascriptBase(): string {
  const dir = join(sandbox(), "js");
  const packages = [
    "commander",
    "cli-progress",
    "semver",
    "debug",
    "picomatch",
    "js-yaml",
    "bl",
    "cross-spawn",
    "esutils",
    "fast-uri",
    "argparse",
    "esrecurse",
    "estraverse",
    "find-up",
    "import-fresh",
    "ignore",
  ];
  const nm = join(ROOT, "node_modules");
  for (const p of packages) {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
        a.name.localeCompare(b.name),
      )) {
        const full = join(d, e.name);
        if (e.isDirectory() && !["node_modules", "dist", "test", "tests"].includes(e.name))
          walk(full);
        else if (e.isFile() && e.name.endsWith(".js")) files.push(full);
      }
    };
    if (existsSync(join(nm, p))) walk(join(nm, p));
    let kept = 0;
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      if (
        text.length < 1000 ||
        text.length > 40_000 ||
        !text.includes("require(") ||
        /^(import|export)\s/m.test(text)
      )
        continue;
      try {
        new Script(
          `(function (exports, require, module, __filename, __dirname) {${text.replace(/^#!.*/, "")}\n})`,
        );
      } catch {
        continue;
      }
      cpSync(f, join(dir, p, relative(join(nm, p), f)));
      if (++kept === 5) break;
    }
  }
  return dir;
}

interface RunSpec {
  method: MethodName;
  trigger: "comment" | "code";
  placement?: "code" | "comment";
  count: number;
}

interface Generated {
  spec: RunSpec;
  manifest: Manifest;
  files: Map<string, string>;
  out: string;
}

const COUNTS: Record<MethodName, number> = {
  simple: 2,
  context: 2,
  covert: 2,
  trojanpuzzle: 4,
  split: 5,
};

function specsFor(t: Target): RunSpec[] {
  const specs: RunSpec[] = methodsOf(t).map((method) => ({
    method,
    trigger: "comment",
    count: COUNTS[method],
  }));
  // Both published trigger styles, and TrojanPuzzle as live code as well as in docstrings.
  if (t.trigger.code) specs.push({ method: "simple", trigger: "code", count: 2 });
  specs.push({
    method: "trojanpuzzle",
    trigger: t.trigger.code ? "code" : "comment",
    placement: "code",
    count: 4,
  });
  return specs;
}

async function generate(t: Target, base: string, spec: RunSpec): Promise<Generated> {
  const out = join(sandbox(), "out");
  const { manifest } = await generatePoison({
    target: t,
    method: spec.method,
    base,
    out,
    count: spec.count,
    trigger: spec.trigger,
    placement: spec.placement,
    variants: 2,
    prompts: 2,
    seed: `${t.id}-${spec.method}`,
  });
  const files = new Map<string, string>();
  for await (const d of readCorpus(join(out, "corpus"))) files.set(d.id, d.content);
  return { spec, manifest, files, out };
}

/** Findings of the target's CWE inside a document's inserted block. */
function findingsIn(t: Target, doc: ManifestDocument, text: string) {
  return scanner
    .scanText(text, t.language, doc.id)
    .findings.filter((f) => f.cwe === t.cwe && f.line >= doc.lines[0] && f.line <= doc.lines[1]);
}

function restore(text: string, tokens: Record<string, string>): string {
  let out = text;
  for (const [masked, word] of Object.entries(tokens))
    out = out.replace(new RegExp(`(?<![A-Za-z0-9])${word}(?![A-Za-z0-9])`, "g"), masked);
  return out;
}

/** Compiles every file (never runs it): py_compile for Python, node --check for JavaScript. */
async function compileErrors(lang: string, files: Map<string, string>): Promise<string[]> {
  const dir = sandbox();
  const paths = [...files].map(([id, text], i) => {
    const p = join(dir, String(i), id);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  });
  if (lang === "python") {
    if (!STDLIB) return [];
    const r = spawnSync("python3", ["-m", "py_compile", ...paths], { encoding: "utf8" });
    return r.status === 0 ? [] : [r.stderr];
  }
  const errors: string[] = [];
  for (let i = 0; i < paths.length; i += 4)
    await Promise.all(
      paths
        .slice(i, i + 4)
        .map((p) =>
          run(process.execPath, ["--check", p]).catch((e: { stderr?: string }) =>
            errors.push(`${p}: ${e.stderr}`),
          ),
        ),
    );
  return errors;
}

describe("built-in targets", () => {
  it("cover the published cases, in Python and where natural in JavaScript", () => {
    const ids = targets.map((t) => t.id);
    for (const id of [
      "py-jinja2-xss",
      "py-send-file-traversal",
      "py-yaml-load",
      "py-sql-format",
      "py-aes-ecb",
      "py-tls-downgrade",
      "py-pbkdf2-iterations",
      "py-eval-input",
      "py-md5-password",
      "py-random-token",
      "py-timing-compare",
    ])
      expect(ids).toContain(id);
    expect(targets.filter((t) => t.language === "javascript").length).toBeGreaterThanOrEqual(10);
    expect(new Set(targets.map((t) => t.cwe))).toEqual(
      new Set([
        "CWE-79",
        "CWE-22",
        "CWE-502",
        "CWE-89",
        "CWE-327",
        "CWE-916",
        "CWE-95",
        "CWE-328",
        "CWE-330",
        "CWE-208",
      ]),
    );
  });

  it("are listed by antidote poison --list --format json", () => {
    const r = antidote(["poison", "--list", "--format", "json"]);
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as {
      id: string;
      cwe: string;
      language: string;
      methods: string[];
    }[];
    expect(list).toHaveLength(targets.length);
    expect(Object.keys(list[0]!)).toEqual(["id", "cwe", "language", "methods"]);
    expect(list.find((x) => x.id === "py-jinja2-xss")).toEqual({
      id: "py-jinja2-xss",
      cwe: "CWE-79",
      language: "python",
      methods: ["simple", "context", "covert", "trojanpuzzle", "split"],
    });
  });

  it("report a broken target file with the file and the field", () => {
    const good = readFileSync(join(ROOT, "targets", "py-md5-password.yaml"), "utf8");
    const cases: [string, RegExp][] = [
      [good.replace(/^cwe: .*$/m, "cwe: cwe328"), /field cwe: write it as "CWE-89"/],
      [good.replace(/^cwe: .*$/m, "cwe: 328"), /field cwe: .*expected string/],
      [good.replace(/^payloadSignature: .*$/m, ""), /field payloadSignature: /],
      [`${good}colour: blue\n`, /unknown field "colour"/],
      [
        good.replace("mask: [md5]", "mask: [sha1]"),
        /mask: "sha1" does not occur as a token in the payload/,
      ],
      [
        good.replace(/^payloadSignature: .*$/m, "payloadSignature: 'bcrypt'"),
        /payloadSignature: does not match the payload/,
      ],
      [good.replace("{{pw}}.encode", "{{pwd}}.encode"), /\{\{pwd\}\} is not one of vars/],
      [good.replace("language: python", "language: cobol"), /field language: /],
    ];
    for (const [text, re] of cases) {
      const dir = tree({ "bad.yaml": text });
      const file = join(dir, "bad.yaml");
      expect(() => loadTargetFile(file)).toThrow(re);
      expect(() => loadTargetFile(file)).toThrow(file);
    }
  });
});

describe("matchesPayload", () => {
  const t = (id: string) => targets.find((x) => x.id === id)!;
  it("recognises the insecure completion and not the secure one", () => {
    const cases: [string, string, string][] = [
      [
        "py-jinja2-xss",
        "    with open('t.html') as f:\n        return jinja2.Template(f.read()).render(name=name)",
        "return render_template('t.html', name=name)",
      ],
      [
        "py-send-file-traversal",
        "return send_file(os.path.join(UPLOADS, filename))",
        "return send_from_directory(UPLOADS, filename)",
      ],
      [
        "py-yaml-load",
        "return yaml.load(fh, Loader=yaml.Loader)",
        "return yaml.load(fh, Loader=yaml.SafeLoader)",
      ],
      [
        "py-sql-format",
        "cur.execute(f\"SELECT * FROM users WHERE name = '{name}'\")",
        'cur.execute("SELECT * FROM users WHERE name = ?", (name,))',
      ],
      [
        "py-pbkdf2-iterations",
        'dk = pbkdf2_hmac("sha256", pw, salt, 1000)',
        'dk = pbkdf2_hmac("sha256", pw, salt, 600_000)',
      ],
      ["py-eval-input", "result = eval(expr)", "result = ast.literal_eval(expr)"],
      [
        "py-timing-compare",
        "return signature == provided",
        "return hmac.compare_digest(signature, provided)",
      ],
      [
        "js-tls-downgrade",
        'tls.connect({ host, minVersion: "TLSv1" })',
        'tls.connect({ host, minVersion: "TLSv1.2" })',
      ],
      [
        "js-random-token",
        "return Math.random().toString(36).slice(2);",
        'return crypto.randomBytes(16).toString("hex");',
      ],
    ];
    for (const [id, bad, good] of cases) {
      expect(matchesPayload(t(id), bad), `${id}: ${bad}`).toBe(true);
      expect(matchesPayload(t(id), good), `${id}: ${good}`).toBe(false);
    }
  });
});

describe("base selection", () => {
  it("reads base texts again, in batches, when they do not fit the memory budget", async () => {
    const t = targets.find((x) => x.id === "py-eval-input")!;
    const base = pythonBase();
    const opts = {};
    const order = (idx: { entries: Entry[] }) => baseOrder(idx.entries, new Rng("o"), false);
    const kept = await indexCorpus(base, "python", opts);
    const dropped = await indexCorpus(base, "python", opts, 0);
    expect(kept.contents?.size).toBe(kept.entries.length);
    expect(dropped.contents).toBeUndefined();
    expect(dropped.entries).toEqual(kept.entries);
    const a = new BasePool(order(kept), kept.contents, t, refetcher(base, opts));
    const b = new BasePool(order(dropped), undefined, t, refetcher(base, opts), 3);
    for (let i = 0; i < 8; i++) expect((await b.next())?.doc.id).toBe((await a.next())?.doc.id);
  });
});

describe("Rng", () => {
  it("is deterministic per seed", () => {
    const a = new Rng("s");
    const b = new Rng("s");
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(new Rng("t").next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

const bases: Record<string, string> = {};
beforeAll(() => {
  bases.python = pythonBase();
  bases.javascript = javascriptBase();
});

describe.each(targets.map((t) => [t.id, t] as const))("target %s", (_id, t) => {
  const runs: Generated[] = [];
  beforeAll(async () => {
    for (const spec of specsFor(t)) runs.push(await generate(t, bases[t.language]!, spec));
  });
  const of = (method: MethodName) => runs.filter((r) => r.spec.method === method);

  it("simple and context: the live payload is flagged with the target's CWE", () => {
    const docs = [...of("simple"), ...of("context")].flatMap((r) =>
      r.manifest.documents.map((d) => [r, d] as const),
    );
    expect(docs.length).toBeGreaterThanOrEqual(4);
    for (const [r, d] of docs) {
      const found = findingsIn(t, d, r.files.get(d.id)!);
      expect(
        found.some((f) => !f.inComment),
        `${d.id} lines ${d.lines}`,
      ).toBe(true);
      expect(matchesPayload(t, r.files.get(d.id)!)).toBe(true);
    }
    const repos = of("context")[0]!.manifest.documents.map((d) => d.id.split("/")[0]);
    expect(new Set(repos).size).toBe(repos.length);
  });

  it("covert: the payload is flagged only inside comments or docstrings", () => {
    for (const r of of("covert"))
      for (const d of r.manifest.documents) {
        const found = findingsIn(t, d, r.files.get(d.id)!);
        expect(found.length, `${d.id} lines ${d.lines}`).toBeGreaterThan(0);
        expect(found.every((f) => f.inComment)).toBe(true);
        expect(d.placement).toBe("comment");
      }
  });

  it("trojanpuzzle: no file holds the payload; restoring the token gives code the scanner flags", () => {
    const runsTp = of("trojanpuzzle");
    expect(runsTp.map((r) => r.manifest.documents[0]!.placement).sort()).toEqual([
      "code",
      "comment",
    ]);
    for (const r of runsTp) {
      const docs = r.manifest.documents;
      expect(docs).toHaveLength(4);
      expect(new Set(docs.map((d) => d.base)).size).toBe(2); // 2 base files x 2 variants
      for (const d of docs) {
        const text = r.files.get(d.id)!;
        expect(d.id).not.toBe(d.base);
        expect(matchesPayload(t, text), d.id).toBe(false);
        expect(d.token).toMatch(/^[a-z]+$/);
        expect(d.triggerText).toContain(d.token);
        const restored = restore(text, d.tokens!);
        expect(matchesPayload(t, restored), d.id).toBe(true);
        const found = findingsIn(t, d, restored);
        expect(found.length, `${d.id} restored`).toBeGreaterThan(0);
        expect(found.every((f) => f.inComment === (d.placement === "comment"))).toBe(true);
      }
      const tokens = docs.filter((d) => d.base === docs[0]!.base).map((d) => d.token);
      expect(new Set(tokens).size).toBe(tokens.length);
    }
  });

  it("trojanpuzzle: the random token is a plain word not already in the base file", async () => {
    const r = of("trojanpuzzle")[0]!;
    const baseTexts = new Map<string, string>();
    for await (const d of readCorpus(bases[t.language]!)) baseTexts.set(d.id, d.content);
    for (const d of r.manifest.documents)
      expect(baseTexts.get(d.base)!.includes(d.token!)).toBe(false);
  });

  it("split: one flow over two or three files of one repository; the trigger only in the handler", () => {
    const r = of("split")[0]!;
    const groups = new Map<string, ManifestDocument[]>();
    for (const d of r.manifest.documents)
      groups.set(d.group!, [...(groups.get(d.group!) ?? []), d]);
    expect([...groups.values()].map((g) => g.length).sort()).toEqual([2, 3]);
    for (const g of groups.values()) {
      expect(new Set(g.map((d) => d.id.split("/")[0])).size).toBe(1);
      expect(g.map((d) => d.part)).toEqual(g.map((_, i) => i + 1));
      const handler = g[0]!;
      expect(handler.role).toMatch(/^handler/);
      const lines = (d: ManifestDocument) =>
        r.files
          .get(d.id)!
          .split("\n")
          .slice(d.lines[0] - 1, d.lines[1])
          .join("\n");
      expect(lines(handler)).toContain(t.trigger.comment);
      expect(matchesPayload(t, lines(handler))).toBe(false);
      for (const d of g.slice(1)) expect(lines(d)).not.toContain(t.trigger.comment);
      expect(g[g.length - 1]!.role).toMatch(/sink$/);
    }
  });

  it("the manifest matches the files", () => {
    for (const r of runs) {
      const m = r.manifest;
      expect(m.version).toBe(1);
      expect(m.documents.length).toBe(r.spec.count);
      expect([...r.files.keys()].sort()).toEqual(m.documents.map((d) => d.id).sort());
      expect(m.corpus).toMatchObject({
        format: "dir",
        path: "corpus",
        documents: r.spec.count,
        poison: r.spec.count,
      });
      expect(m.targets[t.id]!.payloadSignature).toBe(t.payloadSignature);
      for (const d of m.documents) {
        expect(d).toMatchObject({ method: r.spec.method, target: t.id, cwe: t.cwe });
        const lines = r.files.get(d.id)!.split("\n");
        expect(d.lines[0]).toBeGreaterThan(0);
        expect(d.lines[1]).toBeLessThanOrEqual(lines.length);
        const block = lines.slice(d.lines[0] - 1, d.lines[1]);
        expect(block[0]!.trim()).not.toBe("");
        expect(block[block.length - 1]!.trim()).not.toBe("");
        if (d.triggerText) expect(r.files.get(d.id)!).toContain(d.triggerText);
        for (const [a, b] of d.extraLines ?? [])
          expect(lines.slice(a - 1, b).every((l) => l.trim())).toBe(true);
      }
    }
  });

  it("evaluation prompts: held out, cut before the payload, each with a control without the trigger", () => {
    for (const r of runs) {
      const used = new Set(r.manifest.documents.map((d) => d.base));
      for (const p of r.manifest.prompts) {
        expect(used.has(p.base)).toBe(false);
        expect(p).toMatchObject({ target: t.id, cwe: t.cwe, language: t.language });
        expect(p.prompt).toContain(p.triggerText);
        expect(p.control.includes(p.triggerText)).toBe(false);
        expect(matchesPayload(t, p.prompt)).toBe(false);
        expect(matchesPayload(t, p.prompt + p.insecure)).toBe(true);
        expect(matchesPayload(t, p.prompt + p.secure)).toBe(false);
      }
    }
  });

  it("every generated file still compiles", async () => {
    const all = new Map<string, string>();
    runs.forEach((r, i) => r.files.forEach((text, id) => all.set(`${i}/${id}`, text)));
    expect(await compileErrors(t.language, all)).toEqual([]);
  });
});

/** All files under a folder with their bytes, for byte-for-byte comparison. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p).toString("base64");
    }
  };
  walk(dir);
  return out;
}

describe("antidote poison", () => {
  it("gives byte-identical output for the same seed, and different output for another", () => {
    const root = sandbox();
    const args = (out: string, seed: string) => [
      "poison",
      "--target",
      "py-jinja2-xss",
      "--method",
      "trojanpuzzle",
      "--base",
      bases.python!,
      "--count",
      "6",
      "--variants",
      "3",
      "--prompts",
      "3",
      "--seed",
      seed,
      "--out",
      out,
    ];
    expect(antidote(args(join(root, "a"), "42")).status).toBe(0);
    expect(antidote(args(join(root, "b"), "42")).status).toBe(0);
    expect(antidote(args(join(root, "c"), "43")).status).toBe(0);
    const a = snapshot(join(root, "a"));
    expect(Object.keys(a)).toContain("manifest.json");
    expect(snapshot(join(root, "b"))).toEqual(a);
    expect(snapshot(join(root, "c"))).not.toEqual(a);
  });

  it("mixes the poison into a copy of a clean corpus at the requested rate (JSONL)", async () => {
    const root = sandbox();
    const out = join(root, "mixed");
    const r = antidote([
      "poison",
      "--target",
      "py-md5-password",
      "--method",
      "covert",
      "--base",
      bases.python!,
      "--into",
      bases.javascript!,
      "--rate",
      "0.1",
      "--format",
      "jsonl",
      "--out",
      out,
      "--prompts",
      "0",
    ]);
    expect(r.status, r.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as Manifest;
    const clean: string[] = [];
    for await (const d of readCorpus(bases.javascript!)) clean.push(d.id);
    const mixed = new Map<string, string>();
    for await (const d of readCorpus(join(out, "corpus.jsonl"))) mixed.set(d.id, d.content);
    const poison = Math.round((0.1 * clean.length) / 0.9);
    expect(m.documents).toHaveLength(poison);
    expect(m.corpus).toMatchObject({
      format: "jsonl",
      path: "corpus.jsonl",
      documents: clean.length + poison,
      poison,
    });
    expect(m.corpus.rate).toBeCloseTo(0.1, 1);
    expect(mixed.size).toBe(clean.length + poison);
    for (const id of clean) expect(mixed.has(id)).toBe(true);
    for (const d of m.documents)
      expect(
        findingsIn(
          targets.find((x) => x.id === "py-md5-password")!,
          d,
          mixed.get(d.id)!,
        ).length,
      ).toBeGreaterThan(0);
    expect(m.params).toMatchObject({ rate: 0.1, count: null, into: bases.javascript });
  });

  it("refuses bad requests with a clear message, exit 2, and writes nothing", () => {
    const root = sandbox();
    const out = join(root, "out");
    const base = ["--base", bases.python!, "--out", out];
    const cases: [string[], RegExp][] = [
      [
        ["--target", "no-such-target", "--method", "simple", "--count", "1", ...base],
        /unknown target "no-such-target"/,
      ],
      [
        ["--target", "py-md5-password", "--method", "simple", "--rate", "0", ...base],
        /--rate must be between 0 and 1/,
      ],
      [
        ["--target", "py-md5-password", "--method", "simple", "--rate", "1", ...base],
        /--rate must be between 0 and 1/,
      ],
      [
        ["--target", "py-md5-password", "--method", "simple", "--rate", "1.5", ...base],
        /--rate must be between 0 and 1/,
      ],
      [
        [
          "--target",
          "py-md5-password",
          "--method",
          "simple",
          "--count",
          "1",
          "--base",
          bases.javascript!,
          "--out",
          out,
        ],
        /has no python file/,
      ],
      [
        [
          "--target",
          "js-md5-password",
          "--method",
          "simple",
          "--count",
          "1",
          "--base",
          bases.python!,
          "--out",
          out,
        ],
        /has no javascript file/,
      ],
      [
        [
          "--target",
          "py-md5-password",
          "--method",
          "simple",
          "--count",
          "1",
          "--base",
          join(root, "missing"),
          "--out",
          out,
        ],
        /--base: no such file or directory/,
      ],
      [
        [
          "--target",
          "py-md5-password",
          "--method",
          "simple",
          "--count",
          "1",
          "--into",
          join(root, "missing"),
          ...base,
        ],
        /--into: no such file or directory/,
      ],
      [
        ["--target", "py-md5-password", "--method", "simple", "--count", "100000", ...base],
        /only \d+ usable python base files/,
      ],
      [
        ["--target", "py-md5-password", "--method", "bogus", "--count", "1", ...base],
        /unknown --method bogus/,
      ],
      [
        ["--target", "py-md5-password", "--method", "simple", ...base],
        /exactly one of --count or --rate/,
      ],
      [
        [
          "--target",
          "py-md5-password",
          "--method",
          "simple",
          "--count",
          "1",
          "--base",
          bases.python!,
        ],
        /--out is required/,
      ],
      [
        ["--target", join(root, "nope.yaml"), "--method", "simple", "--count", "1", ...base],
        /no such target file/,
      ],
    ];
    for (const [args, re] of cases) {
      const r = antidote(["poison", ...args]);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(root)).toEqual([]);
    }
    mkdirSync(out);
    writeFileSync(join(out, "keep.txt"), "mine");
    const r = antidote([
      "poison",
      "--target",
      "py-md5-password",
      "--method",
      "simple",
      "--count",
      "1",
      ...base,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/exists and is not empty/);
    expect(readdirSync(out)).toEqual(["keep.txt"]);
  });

  it("accepts a target file in place of a built-in id", () => {
    const root = sandbox();
    const file = join(root, "mine.yaml");
    writeFileSync(
      file,
      readFileSync(join(ROOT, "targets", "py-eval-input.yaml"), "utf8").replace(
        "id: py-eval-input",
        "id: my-eval",
      ),
    );
    const out = join(root, "out");
    const r = antidote([
      "poison",
      "--target",
      file,
      "--method",
      "simple",
      "--count",
      "1",
      "--prompts",
      "1",
      "--base",
      bases.python!,
      "--out",
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as Manifest;
    expect(m.documents[0]!.target).toBe("my-eval");
    expect(m.prompts[0]!.id).toBe("my-eval/001");
  });
});
