/** `npm run bench`: every benchmark, printed as ratios against a baseline measured in the same run. */
import { runCliStartBench } from './cli-start.bench';
import { runConfigSaveBench, runLargeEditBench } from './config-save.bench';
import { runFitBench } from './fit.bench';
import { runKeepWarmBench } from './keep-warm.bench';
import { runParseBench } from './parse.bench';
import { runUiBench } from './ui.bench';

async function main() {
  runConfigSaveBench();
  runFitBench();
  runLargeEditBench();
  runParseBench();
  await runKeepWarmBench();
  await runUiBench();
  runCliStartBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
