import { onePerBase } from "./simple.js";
import { triggerFor, type Method } from "./types.js";

/** COVERT (Aghakhani et al.): the same sample, but only in a docstring or comment, never live code. */
export const covert: Method = {
  name: "covert",
  description:
    "trigger + payload only inside docstrings or comments, never live code (COVERT, Aghakhani et al. 2024)",
  generate: (ctx) => onePerBase(ctx, "covert", "comment", () => triggerFor(ctx)),
};
