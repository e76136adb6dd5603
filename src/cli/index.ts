#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { RuleError } from "../scan/rules.js";
import { UsageError } from "./errors.js";
import { registerRules } from "./commands/rules.js";
import { registerScan } from "./commands/scan.js";
import { registerAudit } from "./commands/audit.js";
import { registerCurate } from "./commands/curate.js";
import { registerPoison } from "./commands/poison.js";
import { registerTrain } from "./commands/train.js";
import { registerBench } from "./commands/bench.js";
import { registerCompare } from "./commands/compare.js";
import { registerRuns } from "./commands/runs.js";
import { registerDemo } from "./commands/demo.js";
import { version } from "../version.js";

// `antidote ... | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command();
program
  .name("antidote")
  .description("Find, test and stop training-data poisoning in code-generation models")
  .version(version)
  .showHelpAfterError()
  .exitOverride();

registerDemo(program);
registerScan(program);
registerAudit(program);
registerCurate(program);
registerTrain(program);
registerRules(program);
registerPoison(program);
registerBench(program);
registerCompare(program);
registerRuns(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError || e instanceof RuleError) {
    process.stderr.write(`antidote: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`antidote: ${err.message ?? String(e)}\n`);
    if (process.env.ANTIDOTE_DEBUG) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  }
}
