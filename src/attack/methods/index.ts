import type { MethodName } from "../targets.js";
import { context } from "./context.js";
import { covert } from "./covert.js";
import { simple } from "./simple.js";
import { split } from "./split.js";
import { trojanpuzzle } from "./trojanpuzzle.js";
import type { Method } from "./types.js";

/** The poisoning methods, by `--method` name. */
export const METHODS: Record<MethodName, Method> = { simple, context, covert, trojanpuzzle, split };

export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

export function getMethod(name: string): Method | undefined {
  return (METHODS as Record<string, Method>)[name];
}

export type { Method, MethodContext, PoisonDoc } from "./types.js";
