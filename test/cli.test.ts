import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { antidote, tree } from "./helpers.js";

const SQLI =
  'import sqlite3\ndef f(name):\n    cur = sqlite3.connect("x").cursor()\n    cur.execute(f"SELECT * FROM t WHERE n = \'{name}\'")\n';
const CLEAN = "def add(a, b):\n    return a + b\n";
const MEDIUM_ONLY = "import tempfile\np = tempfile.mktemp()\n";
/** A user's own rule, as someone adding a rule folder would write it. */
const rule = [
  "id: acme.no-pprint",
  "language: python",
  "cwe: CWE-489",
  "severity: low",
  "message: debug output left in",
  "secure: use logging",
  "references: [https://cwe.mitre.org/data/definitions/489.html]",
  "rule: { pattern: 'pprint($$$)' }",
].join("\n");

interface JsonReport {
  version: number;
  findings: {
    ruleId: string;
    cwe: string;
    severity: string;
    message: string;
    file: string;
    line: number;
    endLine: number;
    column: number;
    inComment: boolean;
    snippet: string;
  }[];
  stats: { files: number; skipped: number; parseErrors: number; bytes: number; durationMs: number };
  problems: { file: string; kind: string; message: string }[];
}

function json(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

describe("antidote scan", () => {
  it("exits 1 on a finding and 0 on clean code, with the JSON contract", () => {
    const dir = tree({ "app/db.py": SQLI, "app/util.py": CLEAN });
    const bad = antidote(["scan", "app", "--format", "json"], { cwd: dir });
    expect(bad.status).toBe(1);
    const r = json(bad.stdout);
    expect(r.version).toBe(1);
    expect(r.stats).toMatchObject({ files: 2, skipped: 0, parseErrors: 0 });
    expect(r.stats.bytes).toBe(Buffer.byteLength(SQLI) + Buffer.byteLength(CLEAN));
    expect(typeof r.stats.durationMs).toBe("number");
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(Object.keys(f)).toEqual([
      "ruleId",
      "cwe",
      "severity",
      "message",
      "file",
      "line",
      "endLine",
      "column",
      "inComment",
      "snippet",
    ]);
    expect(f).toMatchObject({
      cwe: "CWE-89",
      severity: "high",
      file: join("app", "db.py"),
      line: 4,
      endLine: 4,
      column: 5,
      inComment: false,
    });
    expect(f.snippet).toContain("cur.execute(");

    const ok = antidote(["scan", "app/util.py", "--format", "json"], { cwd: dir });
    expect(ok.status).toBe(0);
    expect(json(ok.stdout).findings).toEqual([]);
  });

  it("keeps absolute paths absolute and reports files as given", () => {
    const dir = tree({ "a.py": SQLI });
    const r = json(antidote(["scan", join(dir, "a.py"), "--format", "json"]).stdout);
    expect(r.findings[0]!.file).toBe(join(dir, "a.py"));
  });

  it("honours --fail-on", () => {
    const dir = tree({ "m.py": MEDIUM_ONLY });
    expect(antidote(["scan", "m.py"], { cwd: dir }).status).toBe(1);
    expect(antidote(["scan", "m.py", "--fail-on", "medium"], { cwd: dir }).status).toBe(1);
    expect(antidote(["scan", "m.py", "--fail-on", "high"], { cwd: dir }).status).toBe(0);
    expect(antidote(["scan", "m.py", "--fail-on", "none"], { cwd: dir }).status).toBe(0);
  });

  it("scans stdin with --lang and refuses stdin without it", () => {
    const r = antidote(["scan", "-", "--lang", "python", "--format", "json"], { input: SQLI });
    expect(r.status).toBe(1);
    expect(json(r.stdout).findings[0]).toMatchObject({ file: "-", line: 4, cwe: "CWE-89" });
    const missing = antidote(["scan", "-"], { input: SQLI });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toMatch(/--lang is required/);
  });

  it("exits 2 with a one-line reason on a missing path, unknown language or bad flag", () => {
    const r = antidote(["scan", "does/not/exist.py"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("antidote: no such file or directory: does/not/exist.py\n");
    const lang = antidote(["scan", "-", "--lang", "cobol"], { input: "x" });
    expect(lang.status).toBe(2);
    expect(lang.stderr).toMatch(/unknown language: cobol/);
    expect(antidote(["scan", ".", "--format", "xml"]).status).toBe(2);
    expect(antidote(["scan", ".", "--jobs", "zero"]).status).toBe(2);
  });

  it("skips and counts binary, undecodable and oversized files, reports syntax errors, and goes on", () => {
    const big = "x = 1\n".repeat(Math.ceil((50 * 1024 * 1024) / 6));
    const dir = tree({
      "bin.py": Buffer.from([0x70, 0x00, 0x01, 0x02, 0x03]),
      "latin1.py": Buffer.from("s = '\xe9t\xe9'\n", "latin1"),
      "huge.py": big,
      "broken.py": "def f(:\n    cur.execute(f'SELECT {x}')\n",
      "good.py": SQLI,
    });
    const r = antidote(["scan", ".", "--format", "json"], { cwd: dir });
    expect(r.status).toBe(1);
    const rep = json(r.stdout);
    expect(rep.stats.skipped).toBe(3);
    expect(rep.stats.files).toBe(2);
    expect(rep.stats.parseErrors).toBe(1);
    const kinds = Object.fromEntries(rep.problems.map((p) => [p.file, p.kind]));
    expect(kinds).toEqual({
      "bin.py": "binary",
      "latin1.py": "not-utf8",
      "huge.py": "too-large",
      "broken.py": "parse-error",
    });
    expect(rep.findings.map((f) => f.file).sort()).toEqual(["broken.py", "good.py"]);
    expect(r.stderr).toMatch(/skipped huge\.py: \d+ bytes is over the --max-file-size limit/);
    expect(r.stderr).toMatch(/skipped bin\.py: binary file/);
  });

  it("--max-file-size accepts units", () => {
    const dir = tree({ "a.py": SQLI });
    const r = json(
      antidote(["scan", ".", "--format", "json", "--max-file-size", "10b"], { cwd: dir }).stdout,
    );
    expect(r.stats).toMatchObject({ files: 0, skipped: 1 });
    expect(antidote(["scan", ".", "--max-file-size", "lots"], { cwd: dir }).status).toBe(2);
  });

  it("skips .git, node_modules and .gitignored paths", () => {
    const dir = tree({
      ".gitignore": "build/\n*.gen.py\n",
      "src/a.py": SQLI,
      "src/b.gen.py": SQLI,
      "build/c.py": SQLI,
      "node_modules/pkg/d.js": "eval(process.argv[2])\n",
      ".git/hooks/e.py": SQLI,
      "sub/.gitignore": "local.py\n",
      "sub/local.py": SQLI,
      "sub/kept.py": SQLI,
    });
    const r = json(antidote(["scan", ".", "--format", "json"], { cwd: dir }).stdout);
    expect(r.findings.map((f) => f.file).sort()).toEqual([
      join("src", "a.py"),
      join("sub", "kept.py"),
    ]);
  });

  it("under a directory, --lang selects that language instead of relabelling other files", () => {
    const dir = tree({
      "a.py": "eval(input())\n",
      "README.md": "eval(input())\n",
      "b.js": "eval(process.argv[2])\n",
    });
    const r = json(
      antidote(["scan", ".", "--lang", "python", "--format", "json"], { cwd: dir }).stdout,
    );
    expect(r.stats.files).toBe(1);
    expect(r.findings.map((f) => f.file)).toEqual(["a.py"]);
  });

  it("--exclude leaves out paths in .gitignore syntax", () => {
    const dir = tree({ "src/a.py": SQLI, "src/data/gen.py": SQLI, "vendor/b.py": SQLI });
    const r = json(
      antidote(["scan", ".", "--format", "json", "--exclude", "data/", "vendor"], { cwd: dir })
        .stdout,
    );
    expect(r.findings.map((f) => f.file)).toEqual([join("src", "a.py")]);
  });

  it("gives the same findings on worker threads as in one thread", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`pkg/m${i}.py`] = i % 3 === 0 ? SQLI : CLEAN;
    const dir = tree(files);
    const one = json(
      antidote(["scan", "pkg", "--format", "json", "--jobs", "1"], { cwd: dir }).stdout,
    );
    const two = json(
      antidote(["scan", "pkg", "--format", "json", "--jobs", "2"], { cwd: dir }).stdout,
    );
    expect(one.findings).toHaveLength(40);
    expect(two.findings).toEqual(one.findings);
    expect(two.stats.files).toBe(120);
  });

  it("writes --output and keeps stdout for nothing else", () => {
    const dir = tree({ "a.py": SQLI });
    const r = antidote(["scan", "a.py", "--format", "json", "--output", "out.json"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(json(readFileSync(join(dir, "out.json"), "utf8")).findings).toHaveLength(1);
    const bad = antidote(["scan", "a.py", "--output", join(dir, "no", "such", "dir", "o.json")], {
      cwd: dir,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot write/);
  });

  it("adds user rule folders and fails clearly on a malformed rule file", () => {
    const dir = tree({
      "rules/acme.yml": rule,
      "bad/broken.yml": rule.replace("severity: low", "severity: lowish"),
      "a.py": "pprint(x)\n",
    });
    const r = json(
      antidote(["scan", "a.py", "--rules", "rules", "--format", "json"], { cwd: dir }).stdout,
    );
    expect(r.findings.map((f) => f.ruleId)).toEqual(["acme.no-pprint"]);
    const bad = antidote(["scan", "a.py", "--rules", "bad"], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^antidote: bad\/broken\.yml: rule acme\.no-pprint: severity/);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints a readable text report", () => {
    const dir = tree({ "a.py": SQLI });
    const r = antidote(["scan", "a.py"], { cwd: dir });
    expect(r.stdout).toMatch(/^a\.py:4:5 {2}HIGH {2}CWE-89 {2}python\.sql-injection\.execute/);
    expect(r.stdout).toMatch(/1 finding\(s\) \(high 1, medium 0, low 0\) in 1 file\(s\)/);
  });

  it("never executes the code it scans", () => {
    const dir = tree({
      "evil.py": `import os\nos.system("touch ${"PWNED"}")\nopen("PWNED2", "w").write("x")\n`,
    });
    antidote(["scan", "."], { cwd: dir });
    expect(existsSync(join(dir, "PWNED"))).toBe(false);
    expect(existsSync(join(dir, "PWNED2"))).toBe(false);
  });
});

describe("antidote rules", () => {
  it("lists rules as JSON", () => {
    const r = antidote(["rules", "list", "--format", "json"]);
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; cwe: string }[];
    expect(list.some((x) => x.id === "python.sql-injection.execute" && x.cwe === "CWE-89")).toBe(
      true,
    );
  });

  it("tests a user's rule folder and fails when a case is missed", () => {
    const good = "# expect: CWE-489\npprint(x)\n# ok: CWE-489\nlogging.info(x)\n";
    const dir = tree({ "acme/p.yml": rule, "acme/tests/p.py": good });
    expect(antidote(["rules", "test", "acme"], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, "acme/tests/p.py"), good + "# expect: CWE-489\nprint(x)\n");
    const bad = antidote(["rules", "test", "acme"], { cwd: dir });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/MISSED .*p\.py:6 expect: CWE-489/);
  });
});
