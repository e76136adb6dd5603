import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import {
  CorpusError,
  createCorpusWriter,
  detectCorpus,
  guessLanguage,
  langFromTag,
  readCorpus,
  safeRelPath,
  writeCorpus,
  type CorpusSkip,
  type Document,
  type ReadCorpusOptions,
} from "../dist/corpus/index.js";
import { tree } from "./helpers.js";

async function readAll(
  source: string,
  opts: ReadCorpusOptions = {},
): Promise<{ docs: Document[]; skips: CorpusSkip[] }> {
  const skips: CorpusSkip[] = [];
  const docs: Document[] = [];
  for await (const d of readCorpus(source, { ...opts, onSkip: (s) => skips.push(s) })) docs.push(d);
  return { docs, skips };
}

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

async function duckdb(sql: string): Promise<void> {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  try {
    await c.run(sql);
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

describe("folder corpora", () => {
  it("reads each top-level folder as a repository and skips what is not source text", async () => {
    const dir = tree({
      "alpha/pkg/mod.py": "def f():\n    return 1\n",
      "alpha/app.js": "module.exports = 1;\n",
      "alpha/README.md": "# not source\n",
      "alpha/.gitignore": "generated/\n",
      "alpha/generated/out.py": "x = 1\n",
      "alpha/node_modules/dep/index.js": "module.exports = 2;\n",
      "alpha/.git/hooks/pre-commit.py": "x = 1\n",
      "beta/bin.py": Buffer.from([0x78, 0x00, 0x79]),
      "beta/latin1.py": Buffer.from([0x23, 0x20, 0xe9, 0x0a]),
      "beta/big.py": `x = "${"a".repeat(5000)}"\n`,
      "beta/ok.py": "\ufeffy = 2\n",
      "beta/back\\slash.py": "w = 4\n",
      "loose.py": "z = 3\n",
    });
    const { docs, skips } = await readAll(dir, { maxFileSize: 1000 });
    expect(docs.map((d) => d.id).sort()).toEqual([
      "alpha/app.js",
      "alpha/pkg/mod.py",
      "beta/ok.py",
    ]);
    const mod = docs.find((d) => d.id === "alpha/pkg/mod.py")!;
    expect(mod).toMatchObject({ repo: "alpha", path: "pkg/mod.py", lang: "python" });
    expect(docs.find((d) => d.id === "beta/ok.py")!.content).toBe("y = 2\n"); // BOM dropped
    expect(skips.map((s) => s.reason).sort()).toEqual([
      "binary",
      "no-repository",
      "not-utf8",
      "too-large",
      "unsafe-path",
    ]);
  });

  it("writes documents under the output folder, two levels for owner/name repositories", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "antidote-corpus-")), "out");
    await writeCorpus(out, "dir", [
      { repo: "octo/cat", path: "src/a.py", content: "a = 1\n" },
      { repo: "solo", path: "b.js", content: "var b;\n" },
    ]);
    expect(filesUnder(out)).toEqual(["octo/cat/src/a.py", "solo/b.js"]);
    const { docs } = await readAll(out);
    expect(docs.map((d) => d.id).sort()).toEqual(["octo/cat/src/a.py", "solo/b.js"]);
  });

  it("refuses a duplicate document and a folder that is not empty", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "antidote-corpus-")), "out");
    const w = createCorpusWriter(out, "dir");
    await w.add({ repo: "r", path: "a.py", content: "" });
    await expect(w.add({ repo: "r", path: "a.py", content: "" })).rejects.toThrow(
      /duplicate document r\/a.py/,
    );
    expect(() => createCorpusWriter(out, "dir")).toThrow(CorpusError);
  });
});

describe("JSONL corpora", () => {
  const rows = [
    { repo: "acme/web", path: "app/views.py", content: "def v():\n    pass\n" },
    { max_stars_repo_name: "octo/tool", max_stars_repo_path: "lib/x.js", content: "var x;\n" },
  ];

  it("reads content/path/repo rows and The Stack's max_stars_* fallbacks", async () => {
    const dir = tree({ "c.jsonl": rows.map((r) => JSON.stringify(r)).join("\n") + "\n\n" });
    const { docs, skips } = await readAll(join(dir, "c.jsonl"));
    expect(skips).toEqual([]);
    expect(docs.map((d) => [d.id, d.repo, d.path, d.lang])).toEqual([
      ["acme/web/app/views.py", "acme/web", "app/views.py", "python"],
      ["octo/tool/lib/x.js", "octo/tool", "lib/x.js", "javascript"],
    ]);
  });

  it("skips a malformed line and names file and line; strict mode stops there", async () => {
    const text = [
      JSON.stringify(rows[0]),
      "{not json",
      "[1, 2]",
      JSON.stringify({ repo: "r", path: "p.py" }),
      JSON.stringify(rows[1]),
    ].join("\n");
    const dir = tree({ "c.jsonl": text });
    const file = join(dir, "c.jsonl");
    const { docs, skips } = await readAll(file);
    expect(docs).toHaveLength(2);
    expect(skips.map((s) => [s.where, s.reason])).toEqual([
      [`${file}:2`, "malformed"],
      [`${file}:3`, "malformed"],
      [`${file}:4`, "missing-field"],
    ]);
    await expect(readAll(file, { strict: true })).rejects.toThrow(`${file}:2: not JSON`);
  });

  it("never lets a hostile path or repository write outside the output folder", async () => {
    const hostile = [
      { repo: "..", path: "escape.py" },
      { repo: "evil", path: "../../../../tmp/escape.py" },
      { repo: "evil", path: "a/../../escape.py" },
      { repo: "evil", path: "a\\..\\..\\escape.py" },
      { repo: "evil", path: "nul\u0000byte.py" },
      { repo: "evil", path: "line\nbreak.py" },
      { repo: "/abs", path: "/etc/passwd.py" },
      { repo: "C:\\Users", path: "C:\\Windows\\win.py" },
      { repo: "evil", path: "./ok/./fine.py" },
      { repo: "evil", path: "" },
    ].map((r) => JSON.stringify({ ...r, content: "x = 1\n" }));
    const sandbox = mkdtempSync(join(tmpdir(), "antidote-hostile-"));
    writeFileSync(join(sandbox, "c.jsonl"), hostile.join("\n"));
    const { docs, skips } = await readAll(join(sandbox, "c.jsonl"));
    expect(docs.map((d) => d.id)).toEqual([
      "abs/etc/passwd.py",
      "Users/Windows/win.py",
      "evil/ok/fine.py",
    ]);
    expect(skips.map((s) => s.reason)).toEqual([
      "unsafe-path",
      "unsafe-path",
      "unsafe-path",
      "unsafe-path",
      "unsafe-path",
      "unsafe-path",
      "missing-field",
    ]);
    const out = join(sandbox, "out");
    await writeCorpus(out, "dir", docs);
    expect(readdirSync(sandbox).sort()).toEqual(["c.jsonl", "out"]);
    expect(filesUnder(out)).toEqual([
      "Users/Windows/win.py",
      "abs/etc/passwd.py",
      "evil/ok/fine.py",
    ]);
    // The writers check again, whatever a caller hands them.
    const w = createCorpusWriter(join(sandbox, "out2"), "dir");
    for (const bad of [
      { repo: "..", path: "x.py" },
      { repo: "r", path: "../x.py" },
      { repo: "r", path: "/x.py" },
      { repo: "r", path: "a\\b.py" },
    ])
      await expect(w.add({ ...bad, content: "" })).rejects.toThrow(/unsafe document id/);
    expect(readdirSync(join(sandbox, "out2"))).toEqual([]);
  });

  it("normalises paths as documented", () => {
    expect(safeRelPath("a//b/./c.py")).toBe("a/b/c.py");
    expect(safeRelPath("\\\\server\\share\\x.py")).toBe("server/share/x.py");
    expect(safeRelPath("D:")).toBeUndefined();
    expect(safeRelPath("a/..")).toBeUndefined();
    expect(safeRelPath("...")).toBe("...");
  });

  it("round-trips through the JSONL writer, and reads a folder of JSONL shards", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antidote-jsonl-"));
    const docs = [
      { repo: "a/b", path: "x.py", content: 'print("é\\n")\n' },
      { repo: "c", path: "d/e.js", content: "const s = `\u2028`;\n" },
    ];
    await writeCorpus(join(dir, "shards", "1.jsonl"), "jsonl", docs.slice(0, 1));
    await writeCorpus(join(dir, "shards", "2.jsonl"), "jsonl", docs.slice(1));
    expect(detectCorpus(join(dir, "shards"))).toEqual({
      format: "jsonl",
      files: [join(dir, "shards", "1.jsonl"), join(dir, "shards", "2.jsonl")],
    });
    const back = (await readAll(join(dir, "shards"))).docs;
    expect(back.map((d) => ({ repo: d.repo, path: d.path, content: d.content }))).toEqual(docs);
  });
});

describe("Parquet corpora", () => {
  it("reads a shard written by DuckDB with The Stack's column names, in chunks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antidote-parquet-"));
    const file = join(dir, "train-00000.parquet");
    // 5,000 rows: more than one DuckDB chunk (2,048 rows), so the reader must stream.
    await duckdb(
      `COPY (SELECT 'def f' || range || '():\n    return ' || range AS content, ` +
        `'pkg/m' || range || '.py' AS max_stars_repo_path, 'owner/repo' || (range % 7) AS max_stars_repo_name, ` +
        `'Python' AS lang, range AS size FROM range(5000)) TO ${q(file)} (FORMAT PARQUET)`,
    );
    const { docs, skips } = await readAll(file);
    expect(skips).toEqual([]);
    expect(docs).toHaveLength(5000);
    expect(docs[4999]).toMatchObject({
      id: "owner/repo1/pkg/m4999.py",
      repo: "owner/repo1",
      lang: "python",
      content: "def f4999():\n    return 4999",
    });
  });

  it("prefers path/repo over the fallbacks, skips unsafe rows, and reads a folder of shards in order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antidote-parquet-"));
    mkdirSync(join(dir, "shards"));
    await duckdb(
      `COPY (SELECT * FROM (VALUES ('a = 1', 'x.py', 'r1', 'ignored.py'), ('b = 2', '../up.py', 'r1', 'y.py'), ` +
        `(NULL, 'z.py', 'r2', 'z.py')) t(content, path, repo, max_stars_repo_path)) TO ${q(join(dir, "shards", "b.parquet"))} (FORMAT PARQUET)`,
    );
    await duckdb(
      `COPY (SELECT 'c = 3' AS content, 'w.py' AS path, 'r0' AS repo) TO ${q(join(dir, "shards", "a.parquet"))} (FORMAT PARQUET)`,
    );
    const { docs, skips } = await readAll(join(dir, "shards"));
    expect(docs.map((d) => d.id)).toEqual(["r0/w.py", "r1/x.py"]);
    expect(skips.map((s) => [s.where.replace(dir, ""), s.reason])).toEqual([
      ["/shards/b.parquet#2", "unsafe-path"],
      ["/shards/b.parquet#3", "missing-field"],
    ]);
  });

  it("round-trips through the Parquet writer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antidote-parquet-"));
    const docs = [
      { repo: "a/b", path: "x.py", content: "x = 'quote\\'s'\n" },
      { repo: "c", path: "y.js", content: 'let y = "\\u0000 escaped in source";\n' },
    ];
    await writeCorpus(join(dir, "out.parquet"), "parquet", docs);
    expect(readdirSync(dir)).toEqual(["out.parquet"]);
    expect(statSync(join(dir, "out.parquet")).size).toBeGreaterThan(0);
    const back = (await readAll(join(dir, "out.parquet"))).docs;
    expect(back.map((d) => ({ repo: d.repo, path: d.path, content: d.content }))).toEqual(docs);
  });

  it("names the file of a shard without a content column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antidote-parquet-"));
    const file = join(dir, "bad.parquet");
    await duckdb(`COPY (SELECT 1 AS n) TO ${q(file)} (FORMAT PARQUET)`);
    await expect(readAll(file)).rejects.toThrow(`${file}: no \`content\` column`);
  });
});

describe("corpus detection", () => {
  it("rejects what is not a corpus, with the path", () => {
    const dir = tree({ "notes.txt": "hi" });
    expect(() => detectCorpus(join(dir, "notes.txt"))).toThrow(/notes.txt: not a corpus/);
    expect(() => detectCorpus(join(dir, "missing"))).toThrow(/no such file or directory/);
    expect(detectCorpus(dir).format).toBe("dir");
  });
});

describe("corpora the audit reads: documentation, fine-tuning data, compressed JSONL, checkouts", () => {
  it("reads Markdown and reST examples as code blocks of their language, skipping shell and prose", async () => {
    const dir = tree({
      "docs-repo/README.md":
        "# Demo\n\n```python\nimport yaml\nyaml.load(open('f'))\n```\n\n```bash\nrm -rf /\n```\n\n" +
        "~~~\nconst x = require('fs');\nconsole.log(x);\n~~~\n\nSome prose.\n",
      "docs-repo/guide.rst":
        "Guide\n=====\n\n.. code-block:: javascript\n   :linenos:\n\n   eval(req.query.q);\n\nA literal block::\n\n" +
        "    def f(x):\n        return x\n\nEnd.\n",
      "docs-repo/app.py": "x = 1\n",
    });
    const { docs } = await readAll(dir, { expand: true });
    expect(docs.map((d) => [d.id, d.lang, d.kind ?? "file", d.parent ?? ""])).toEqual([
      ["docs-repo/README.md#block:1", "python", "markdown", "docs-repo/README.md"],
      ["docs-repo/README.md#block:2", "javascript", "markdown", "docs-repo/README.md"],
      ["docs-repo/app.py", "python", "file", ""],
      ["docs-repo/guide.rst#block:1", "javascript", "markdown", "docs-repo/guide.rst"],
      ["docs-repo/guide.rst#block:2", "python", "markdown", "docs-repo/guide.rst"],
    ]);
    expect(docs[0]!.content).toBe("import yaml\nyaml.load(open('f'))");
    expect(docs[3]!.content).toBe("eval(req.query.q);");
    // Without `expand` (poison, train), documentation is not read at all.
    expect((await readAll(dir)).docs.map((d) => d.id)).toEqual(["docs-repo/app.py"]);
  });

  it("reads fine-tuning rows (chat messages, instruction/output) as row:N#block:K documents", async () => {
    const dir = tree({});
    const file = join(dir, "sft.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({
          messages: [
            { role: "user", content: "How do I run a command?" },
            { role: "assistant", content: "Like this:\n```py\nimport os\nos.system(cmd)\n```" },
          ],
        }),
        JSON.stringify({
          instruction: "Hash a password",
          output: "import hashlib\n\ndef h(p):\n    return hashlib.md5(p).hexdigest()\n",
        }),
        JSON.stringify({ instruction: "Say hi", output: "Hello there, friend." }),
      ].join("\n"),
    );
    const { docs, skips } = await readAll(file, { expand: true });
    expect(skips).toEqual([]);
    expect(docs.map((d) => [d.id, d.lang, d.repo, d.kind])).toEqual([
      ["row:1#block:1", "python", "row:1", "instruction"],
      ["row:2#block:1", "python", "row:2", "instruction"],
    ]);
    // Without `expand`, a row without `content` is a missing field, as before.
    expect((await readAll(file)).skips.map((s) => s.reason)).toEqual([
      "missing-field",
      "missing-field",
      "missing-field",
    ]);
  });

  it("reads JSONL.gz, and a git checkout as one repository named after its folder", async () => {
    const dir = tree({
      "proj/.git/HEAD": "ref: refs/heads/main\n",
      "proj/src/a.py": "x = 1\n",
      "proj/b.js": "let y;\n",
    });
    expect((await readAll(join(dir, "proj"))).docs.map((d) => d.id)).toEqual([
      "proj/b.js",
      "proj/src/a.py",
    ]);
    const gz = join(dir, "rows.jsonl.gz");
    writeFileSync(
      gz,
      gzipSync(`${JSON.stringify({ code: "z = 2\n", repo_name: "o/r", path: "z.py" })}\n`),
    );
    expect(detectCorpus(gz).format).toBe("jsonl");
    expect((await readAll(gz)).docs.map((d) => [d.id, d.content])).toEqual([
      ["o/r/z.py", "z = 2\n"],
    ]);
  });

  it("guesses the language of untagged blocks, and leaves prose and data alone", () => {
    expect(guessLanguage("def f(x):\n    return x\n")).toBe("python");
    expect(guessLanguage("const fs = require('fs');\nmodule.exports = fs;\n")).toBe("javascript");
    expect(guessLanguage("package main\nfunc main() {\n  fmt.Println(1)\n}\n")).toBe("go");
    expect(guessLanguage("This is a sentence about code.")).toBeUndefined();
    expect(guessLanguage('{"a": 1}')).toBeUndefined();
    expect(langFromTag("js title=app.js")).toBe("javascript");
    expect(langFromTag("console")).toBeNull();
    expect(langFromTag("")).toBeUndefined();
  });
});
