import { loadSuiteFile, resolveSuitePath, type Suite } from "./suite.js";
import { suiteFromManifest } from "./triggers.js";

/** `--suite NAME|FILE`: a built-in suite, a suite file, or a poison manifest (the triggers suite). */
export function loadSuite(spec: string): Suite {
  return loadSuiteFile(resolveSuitePath(spec), suiteFromManifest);
}
