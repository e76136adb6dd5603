// Corpora of real code from this machine, for the audit's tests and benchmarks (the library's
// src/corpus/machine.ts; build first: npm run build).
export {
  pythonPaths,
  machinePackages as packages,
  copyRoundRobin,
  buildMachineCorpus as buildRealCorpus,
} from "../dist/corpus/machine.js";
