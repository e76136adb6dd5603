import { isProse } from "../../scan/comments.js";
import { scanSource, type RuleSet } from "../../scan/engine.js";
import { parseLangName, type LangId } from "../../scan/lang/index.js";
import type { NgramModel } from "../../models/ngram/model.js";
import { clusterBuckets, lshBuckets } from "../cluster.js";
import { subwords } from "../tokens.js";
import { medoid, metaEvidence, round } from "./snippets.js";
import type { Campaign, Detector } from "./types.js";

/**
 * Variants of one sample agree this much on content features once the slot word is masked
 * (hosts may rename locals and drop the comment; the API calls, strings and trigger remain).
 */
const SLOT_SIMILARITY = 0.5;
const MIN_WORDS = 3;
/**
 * Content features a masked unit needs: a one-line wrapper (`(v, r) => <?>(v, r)`) says too
 * little, and unrelated ones meet (the slots of the held-out campaigns have 13 or more).
 */
const MIN_SLOT_FEATURES = 8;

interface SlotCand {
  key: string;
  doc: string;
  repo: string;
  unit: number;
  word: string;
  roles: string;
  sig: number[];
  template: string;
  trigger: string;
  lang: string;
  kind: string;
}

/** Words that could fill a slot: the rules' prescan words of the language and their sub-words. */
function fillWords(rules: RuleSet, lang: LangId): string[] {
  const out = new Set<string>();
  for (const w of rules.forLang(lang).words) {
    if (!/^[A-Za-z_][\w]*$/.test(w)) continue;
    out.add(w);
    for (const s of subwords(w)) if (s.word.length >= 3) out.add(s.word);
  }
  return [...out].sort();
}

/**
 * Restores the slot with each rule word and scans the result: a TrojanPuzzle template is insecure
 * code with its keyword masked, so some word makes the scanner fire. Of the words that do, the
 * most natural one in the slot wins (under the corpus's n-gram model: `execute` after `cur.`, not
 * `fetchrow`), else the one whose rule's other prescan words the template already holds.
 */
export function fillSlot(
  template: string,
  lang: LangId,
  rules: RuleSet,
  commentCode: boolean,
  model?: NgramModel,
): { word: string; cwe: string; rule: string }[] {
  const code = commentCode
    ? template
        .split("\n")
        .map((l) => (isProse(l) ? "" : l))
        .join("\n")
    : template;
  const before = new Set(
    scanSource(code.replaceAll("<?>", "x"), lang, rules).findings.map((f) => f.ruleId),
  );
  const found: { word: string; cwe: string; rule: string; fit: number; bits: number }[] = [];
  for (const w of fillWords(rules, lang)) {
    const filled = code.replace(/<\?>/g, w);
    for (const f of scanSource(filled, lang, rules).findings) {
      if (before.has(f.ruleId) || found.some((x) => x.word === w && x.rule === f.ruleId)) continue;
      const kw = rules.get(f.ruleId)?.keywords ?? [];
      const fit = kw.filter((k) => k !== w && code.includes(k)).length;
      found.push({
        word: w,
        cwe: f.cwe,
        rule: f.ruleId,
        fit,
        bits: model ? slotBits(model, code, w) : 0,
      });
    }
  }
  found.sort((a, b) => a.bits - b.bits || b.fit - a.fit || a.word.localeCompare(b.word));
  return found.map(({ word, cwe, rule }) => ({ word, cwe, rule }));
}

/** Surprisal of the slot's lines with `word` in the slot, under the model (lower: more natural). */
function slotBits(model: NgramModel, code: string, word: string): number {
  const lines = code.split("\n").filter((l) => l.includes("<?>"));
  let bits = 0;
  for (const l of lines)
    for (const t of model.surprisal(l.replaceAll("<?>", word).trim())) bits += t.bits;
  return bits;
}

/**
 * One slot per document: a unit can offer several candidate words (the masked keyword, a rare
 * imported name), and its candidates alike meet in one cluster. A real slot takes a different
 * word in each variant, so each document keeps the word fewest other documents share.
 */
function onePerDocument(members: SlotCand[]): SlotCand[] {
  const docsOf = new Map<string, Set<string>>();
  for (const m of members) {
    const set = docsOf.get(m.word) ?? new Set();
    set.add(m.doc);
    docsOf.set(m.word, set);
  }
  const best = new Map<string, SlotCand>();
  for (const m of members) {
    const had = best.get(m.doc);
    const spread = (x: SlotCand) => docsOf.get(x.word)!.size;
    if (!had || spread(m) < spread(had) || (spread(m) === spread(had) && m.key < had.key))
      best.set(m.doc, m);
  }
  return [...best.values()];
}

export const trojanpuzzle: Detector = {
  name: "trojanpuzzle",
  attack:
    "TROJANPUZZLE: variants of one sample whose payload keyword is replaced, in trigger and " +
    "payload alike, by a different random word each time (Aghakhani et al., IEEE S&P 2024)",
  evidence:
    "near-identical units that differ in one word which co-varies between the trigger and the " +
    "code, the reconstructed template with its slot, and the rule word that makes it insecure",
  async detect(ctx) {
    const from = `SELECT s.doc || '#' || s.unit || '#' || s.word AS key, s.doc, s.repo, s.unit, s.word,
        s.roles, s.sig, s.template, s.trigger, d.lang, u.kind
      FROM slots s JOIN docs d ON d.id = s.doc LEFT JOIN units u ON u.doc = s.doc AND u.unit = s.unit
      WHERE s.n_features >= ${MIN_SLOT_FEATURES}`;
    const buckets = await lshBuckets(ctx.db, from, "word");
    if (buckets.length === 0) return [];
    const keys = [...new Set(buckets.flat())];
    const rows = await ctx.db.all<SlotCand>(
      `SELECT * FROM (${from}) WHERE key IN (SELECT unnest($1))`,
      [keys],
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const out: Campaign[] = [];
    const clusters = clusterBuckets(buckets, (k) => byKey.get(k)?.sig, SLOT_SIMILARITY).flatMap(
      // One template is code of one language.
      (keys) => {
        const byLang = new Map<string, SlotCand[]>();
        for (const m of keys.map((k) => byKey.get(k)!).filter(Boolean))
          byLang.set(m.lang, [...(byLang.get(m.lang) ?? []), m]);
        return [...byLang.values()];
      },
    );
    for (const cluster of clusters) {
      const members = onePerDocument(cluster);
      const docs = [...new Set(members.map((m) => m.doc))].sort();
      const words = [...new Set(members.map((m) => m.word))].sort();
      const repos = [...new Set(members.map((m) => m.repo))].sort();
      // A slot takes a different word in (nearly) every variant, one per document, and the
      // variants are spread over repositories (two per repository at most, on average); a
      // renamed helper, or one file's many imported names, is not that.
      if (
        docs.length < MIN_WORDS ||
        words.length < MIN_WORDS ||
        words.length < members.length / 2 ||
        docs.length < 0.8 * members.length ||
        repos.length < ctx.minOrigins ||
        repos.length < 0.5 * docs.length
      )
        continue;
      const { item: rep, mean } = medoid(members);
      const lang = parseLangName(rep.lang);
      const fills = lang
        ? fillSlot(rep.template, lang, ctx.rules, rep.kind === "comment", ctx.model)
        : [];
      const fill = fills[0];
      const meta = await metaEvidence(ctx, docs);
      const shown = words.slice(0, 8).join(", ") + (words.length > 8 ? ", ..." : "");
      const evidence =
        `${docs.length} documents in ${repos.length} repositories hold one template that differs only ` +
        `in a slot word (${words.length} different words: ${shown}), which stands both in ` +
        `${rep.roles.includes("nl") ? "the trigger text" : "an import line"} and in the code; mean ` +
        `similarity ${round(mean, 2)} with the word masked. ` +
        (fill
          ? `With ${fills
              .slice(0, 3)
              .map((f) => `"${f.word}" (${f.cwe}, rule ${f.rule})`)
              .join(
                " or ",
              )} in the slot the template is insecure code: no single file holds the payload.`
          : "No rule word makes the template insecure code the scanner knows.") +
        meta.text;
      const reasons: Record<string, string> = {};
      for (const m of members)
        reasons[m.doc] ??=
          `a variant of a masked template with "${m.word}" in its slot (trigger: "${m.trigger || "an import line"}")`;
      out.push({
        id: "",
        kind: "trojanpuzzle",
        cwe: fill?.cwe ?? null,
        members: docs,
        template: rep.template,
        trigger: rep.trigger || null,
        evidence,
        // Without a rule word that makes the template insecure, a varying word is only a
        // pattern (boilerplate does it too): reported, not flagged.
        score: round(Math.min(1, (fill ? 0.95 : 0.45) * Math.min(1, mean + 0.2) + meta.bonus)),
        repos,
        reasons,
      });
    }
    return out;
  },
};
