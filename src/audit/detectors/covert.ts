import { snippetCampaigns } from "./snippets.js";
import type { Detector } from "./types.js";

export const covert: Detector = {
  name: "covert",
  attack:
    "COVERT: the insecure sample placed only in docstrings or comments, out of reach of code " +
    "analysis (Aghakhani et al., IEEE S&P 2024)",
  evidence:
    "near-duplicate comment blocks whose code the scanner flags, recurring in several independent " +
    "repositories, with the template and trigger",
  detect: (ctx) => snippetCampaigns(ctx, "covert"),
};
