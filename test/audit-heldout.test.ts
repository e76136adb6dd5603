import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { audit, type AuditReport } from "../dist/audit/audit.js";
// @ts-expect-error: a plain JavaScript module shared with the benchmarks
import { buildRealCorpus, pythonPaths } from "../bench/corpora.mjs";
import { ROOT, tree } from "./helpers.js";

/**
 * Campaigns written by hand, blind (each set's README says how), among real code of this
 * machine. Not made by `antidote poison`: they test the detectors on the attacks' structure,
 * not on the generator's habits. The figures are printed; the floors guard what was reached.
 */

interface Labels {
  files: Record<
    string,
    { label: "poison" | "clean"; kind: string | null; language: string; campaign: string | null }
  >;
}

/** Each set, the overall recall it keeps, and the kinds/languages that keep 0.9. */
const SETS: [string, number, string[]][] = [
  [
    "audit-heldout",
    0.85,
    [
      "direct/python",
      "direct/javascript",
      "covert/python",
      "covert/javascript",
      "trojanpuzzle/javascript",
      "split/python",
    ],
  ],
  [
    "audit-heldout2",
    0.85,
    [
      "context/python",
      "context/javascript",
      "context/typescript",
      "split/python",
      "split/javascript",
    ],
  ],
  ["audit-heldout3", 0.6, ["split/javascript", "split/typescript", "covert/typescript"]],
];

const present = SETS.filter(([name]) => existsSync(join(ROOT, "test", name, "repos")));

describe.runIf(pythonPaths() !== undefined && present.length > 0).each(present)(
  "the audit on hand-written campaigns (test/%s)",
  (name, overall, strong) => {
    const held = join(ROOT, "test", name);
    const labels: Labels = JSON.parse(readFileSync(join(held, "labels.json"), "utf8"));
    let report: AuditReport;
    beforeAll(async () => {
      const corpus = join(tree({}), "corpus");
      mkdirSync(corpus);
      buildRealCorpus(corpus, { python: 1200, js: 600 });
      cpSync(join(held, "repos"), corpus, { recursive: true });
      report = await audit(corpus, { jobs: 2 });
    }, 600_000);

    it("finds the campaigns, and flags no clean file", () => {
      const flagged = new Set(report.flagged.map((f) => f.id));
      const per = new Map<string, { n: number; hit: number }>();
      let clean = 0;
      let cleanFlagged = 0;
      for (const [id, l] of Object.entries(labels.files)) {
        if (l.label === "clean") {
          clean++;
          if (flagged.has(id)) cleanFlagged++;
          continue;
        }
        const k = `${l.kind}/${l.language}`;
        const e = per.get(k) ?? { n: 0, hit: 0 };
        e.n++;
        if (flagged.has(id)) e.hit++;
        per.set(k, e);
      }
      const background = report.documents - Object.keys(labels.files).length;
      const backgroundFlagged = report.flagged.filter((f) => !labels.files[f.id]).length;
      const poison = [...per.values()].reduce((a, e) => a + e.n, 0);
      const found = [...per.values()].reduce((a, e) => a + e.hit, 0);
      const rows = [...per]
        .sort()
        .map(([k, e]) => `${k.padEnd(24)} ${(e.hit / e.n).toFixed(2)} (${e.hit}/${e.n})`);
      const fpr = (cleanFlagged + backgroundFlagged) / (clean + background);
      console.log(
        `audit on hand-written campaigns, test/${name} (recall by kind):\n  ${rows.join("\n  ")}\n` +
          `  overall recall ${(found / poison).toFixed(3)} (${found}/${poison}); ` +
          `false positives ${cleanFlagged} of ${clean} hand-written clean files, ${backgroundFlagged} of ${background} real files: FPR ${fpr.toFixed(4)}`,
      );
      expect(fpr).toBeLessThanOrEqual(0.001);
      // Floors below what each set reached (see the README): a regression guard.
      expect(found / poison).toBeGreaterThanOrEqual(overall);
      for (const k of strong)
        expect(per.get(k)!.hit / per.get(k)!.n, k).toBeGreaterThanOrEqual(0.9);
    });
  },
);
