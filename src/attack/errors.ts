/** A poison run that cannot be done as asked (the CLI reports it and exits 2, writing nothing). */
export class PoisonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PoisonError";
  }
}
