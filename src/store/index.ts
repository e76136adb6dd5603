export { Store, StoreError, defaultDbPath } from "./store.js";
export type { Classification, RunRecord, RunStatus, RunSummary, SampleRecord } from "./store.js";
