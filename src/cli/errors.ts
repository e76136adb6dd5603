/** An error the CLI reports as one line and exit code 2 (usage, I/O, bad rule or config). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
