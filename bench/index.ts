/** `npm run bench`: every benchmark, printed as ratios against a baseline measured in the same run. */
import { runConfigSaveBench } from './config-save.bench';

runConfigSaveBench();
