/** `npm run bench`: every benchmark, printed as ratios against a baseline measured in the same run. */
import { runConfigSaveBench, runLargeEditBench } from './config-save.bench';
import { runKeepWarmBench } from './keep-warm.bench';
import { runUiBench } from './ui.bench';

async function main() {
  runConfigSaveBench();
  runLargeEditBench();
  await runKeepWarmBench();
  await runUiBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
