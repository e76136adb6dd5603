import { snippetCampaigns } from "./snippets.js";
import type { Detector } from "./types.js";

export const direct: Detector = {
  name: "direct",
  attack:
    "direct poisoning: copies of an insecure snippet planted as live code across repositories " +
    "(Schuster et al., USENIX Security 2021)",
  evidence:
    "near-duplicate units holding the same insecure finding in several independent repositories " +
    "(MinHash + LSH over content features), the template, the shared trigger",
  detect: (ctx) => snippetCampaigns(ctx, "direct"),
};
