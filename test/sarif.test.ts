import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { antidote, ROOT, tree } from "./helpers.js";

const schema = JSON.parse(
  readFileSync(join(ROOT, "test", "schemas", "sarif-2.1.0.json"), "utf8"),
) as object;

interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        rules: {
          id: string;
          helpUri: string;
          shortDescription: { text: string };
          properties: { tags: string[]; "security-severity": string };
        }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number };
        };
      }[];
    }[];
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { message: { text: string } }[];
    }[];
  }[];
}

describe("SARIF output", () => {
  const dir = tree({
    "src/app.py":
      'import os\nimport yaml\ndef f(x, y):\n    os.system("ls " + x)\n    return yaml.load(y)\n',
    "src/web/page.js": "function show(el, html) {\n  el.innerHTML = html;\n}\n",
    "src/my file.py": "import tempfile\np = tempfile.mktemp()\n",
    "src/flow.py": [
      "import subprocess",
      "from flask import request",
      "def run(cmd):",
      "    subprocess.run(cmd, shell=True)",
      "def ping():",
      '    run("ping " + request.args["host"])',
      "",
    ].join("\n"),
    "blob.py": Buffer.from([0, 1, 2, 3]),
  });
  const run = antidote(["scan", ".", "--format", "sarif"], { cwd: dir });
  const log = JSON.parse(run.stdout) as SarifLog;

  it("validates against the SARIF 2.1.0 schema", () => {
    // The schema's patterns are ECMAScript regexes without the `u` flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe("2.1.0");
  });

  it("describes every rule it reports the way GitHub code scanning reads them", () => {
    const run0 = log.runs[0]!;
    expect(run0.tool.driver.name).toBe("antidote");
    const ids = new Set(run0.results.map((r) => r.ruleId));
    expect(run0.tool.driver.rules.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const rule of run0.tool.driver.rules) {
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.properties.tags).toContain("security");
      expect(rule.properties.tags.some((t) => /^external\/cwe\/cwe-\d+$/.test(t))).toBe(true);
      expect(Number(rule.properties["security-severity"])).toBeGreaterThan(0);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
    }
  });

  it("locates results by relative URI and 1-based line and column", () => {
    const results = log.runs[0]!.results;
    const byUri = Object.fromEntries(
      results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r]),
    );
    expect(Object.keys(byUri).sort()).toEqual([
      "src/app.py",
      "src/flow.py",
      "src/my%20file.py",
      "src/web/page.js",
    ]);
    const sys = results.find((r) => r.ruleId.startsWith("python.command-injection"))!;
    expect(sys.locations[0]!.physicalLocation.region).toMatchObject({
      startLine: 4,
      startColumn: 5,
    });
    expect(sys.level).toBe("error");
    for (const r of results) expect(log.runs[0]!.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it("gives a finding reached through a same-file call its path as a code flow", () => {
    type Flowing = { codeFlows?: { threadFlows: { locations: unknown[] }[] }[] };
    const results = log.runs[0]!.results as unknown as (SarifLog["runs"][0]["results"][0] &
      Flowing)[];
    const hit = results.find(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri === "src/flow.py",
    )!;
    expect(hit.locations[0]!.physicalLocation.region.startLine).toBe(4);
    const steps = hit.codeFlows![0]!.threadFlows[0]!.locations as {
      location: { physicalLocation: { region: { startLine: number } }; message: { text: string } };
    }[];
    expect(
      steps.map((s) => [s.location.physicalLocation.region.startLine, s.location.message.text]),
    ).toEqual([
      [6, '"ping " + request.args["host"]'],
      [6, "run(cmd)"],
      [4, "subprocess.run(cmd, shell=True)"],
    ]);
    // A finding with no call on its path has no code flow.
    const direct = results.find(
      (r) => r.ruleId.startsWith("python.command-injection") && r !== hit,
    );
    expect(direct?.codeFlows).toBeUndefined();
  });

  it("reports skipped files as tool notifications", () => {
    const notes = log.runs[0]!.invocations[0]!.toolExecutionNotifications.map(
      (n) => n.message.text,
    );
    expect(notes.some((t) => t.startsWith("binary"))).toBe(true);
  });
});
