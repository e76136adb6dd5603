/** An audit or curation that cannot run as asked (a bad option, a missing features folder). */
export class AuditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuditError";
  }
}
