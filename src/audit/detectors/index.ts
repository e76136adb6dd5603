import { context } from "./context.js";
import { covert } from "./covert.js";
import { direct } from "./direct.js";
import { naturalness } from "./naturalness.js";
import { split } from "./split.js";
import { trojanpuzzle } from "./trojanpuzzle.js";
import type { Detector } from "./types.js";

/** Every detector, in the order they run and are reported. */
export const DETECTORS: Detector[] = [direct, context, covert, trojanpuzzle, split, naturalness];

export function getDetector(name: string): Detector | undefined {
  return DETECTORS.find((d) => d.name === name);
}

export type { Campaign, CampaignKind, DetectContext, Detector } from "./types.js";
