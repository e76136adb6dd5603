// serialize-to-js evaluates what it deserializes.
import { deserialize } from "serialize-to-js";
import type { Request, Response } from "express";

export function restoreState(req: Request, res: Response): void {
  // expect: CWE-502
  const state = deserialize(req.body.state as string);
  res.json(state);
}

export function restoreDefaults(): unknown {
  // ok: CWE-502
  return deserialize("{a: 1, b: [1, 2]}");
}
