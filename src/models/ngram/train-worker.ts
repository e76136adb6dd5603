/** The training helper thread (see parallel.ts): runs the tasks it is sent, one at a time. */
import { parentPort } from "node:worker_threads";
import { expectRange, smooth, type Request } from "./parallel.js";

parentPort!.on("message", (m: Request) => {
  try {
    if (m.kind === "smooth") parentPort!.postMessage({ id: m.id, result: smooth(m.task, true) });
    else {
      const r = expectRange(m.task, m.from, m.to);
      parentPort!.postMessage({ id: m.id, result: r }, [
        r.q.buffer as ArrayBuffer,
        r.seenAt.buffer as ArrayBuffer,
      ]);
    }
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
