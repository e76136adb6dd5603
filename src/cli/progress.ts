import cliProgress from "cli-progress";

/** A progress bar on an interactive stderr only; undefined elsewhere (CI logs, pipes). */
export function progressBar(
  unit: string,
): { update: (done: number, total: number) => void; stop: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `{bar} {value}/{total} ${unit} | {eta_formatted} left`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** The audit's bar (interactive stderr only): input read, documents, MB, rate and ETA. */
export function auditProgressBar():
  | {
      update: (p: {
        documents: number;
        bytes: number;
        totalBytes: number;
        inputBytes: number;
      }) => void;
      stop: () => void;
    }
  | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        "{bar} {percentage}% | {docs} documents | {mb} MB | {rate} docs/s | {eta_formatted} left",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let on = false;
  let last = 0;
  return {
    update(p) {
      const now = performance.now();
      if (on && now - last < 100) return; // redraws cost more than they tell
      last = now;
      const payload = {
        docs: p.documents.toLocaleString("en-US"),
        mb: (p.bytes / 1024 / 1024).toFixed(1),
        rate: Math.round(p.documents / Math.max(0.001, (now - started) / 1000)),
      };
      if (!on) {
        bar.start(Math.max(1, p.totalBytes), 0, payload);
        on = true;
      }
      bar.update(Math.min(p.inputBytes, p.totalBytes), payload);
    },
    stop() {
      if (on) bar.stop();
    },
  };
}
