import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';
import { APP_VERSION } from '@node/platform/app-root';
import { hardwareSnapshotFile, probeKey, writeHardwareSnapshot } from '@node/platform/hardware-snapshot';
import { createHardwareService } from '@node/services/hardware/hardware-service';
import { quickAnswer } from './quick';

describe('the quick start', () => {
  it('answers --version and the help the build wrote, in the locale’s language', async () => {
    const dir = await tempDir('claw-quick-');
    expect(quickAnswer(['--version'], {}, dir)).toEqual({ out: `${APP_VERSION}\n`, code: 0 });
    expect(quickAnswer(['-V'], {}, dir)).toEqual({ out: `${APP_VERSION}\n`, code: 0 });
    expect(quickAnswer(['--help'], {}, dir)).toBeNull(); // not built: the full CLI prints it
    await writeFile(path.join(dir, 'help.en.txt'), 'Usage: claw-control\n');
    await writeFile(path.join(dir, 'help.zh-CN.txt'), '用法：claw-control\n');
    expect(quickAnswer(['--help'], { LANG: 'en_US.UTF-8' }, dir)?.out).toBe('Usage: claw-control\n');
    expect(quickAnswer([], { LANG: 'zh_CN.UTF-8' }, dir)?.out).toBe('用法：claw-control\n');
    expect(quickAnswer(['-h'], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US' }, dir)?.out).toBe('用法：claw-control\n');
    for (const argv of [['models', '--help'], ['--version', 'x'], ['hardware'], ['hardware', '--json', '--refresh']])
      expect(quickAnswer(argv, {}, dir), argv.join(' ')).toBeNull();
  });

  it('hardware --json from the kept snapshot prints exactly what the full CLI prints', async () => {
    const stateDir = await tempDir('claw-quick-state-');
    const env = { PATH: process.env.PATH, HOME: stateDir, CLAW_CONTROL_STATE_DIR: stateDir };
    expect(quickAnswer(['hardware', '--json'], env, stateDir)).toBeNull(); // nothing kept yet
    await createHardwareService({ env, stateDir }).get();
    const quick = quickAnswer(['hardware', '--json'], env, stateDir);
    const full = await cli(['hardware', '--json'], env);
    expect(full.code).toBe(0);
    expect(quick).toEqual({ out: full.stdout, code: 0 });
    // Another PATH sees the machine through other tools: probed again, by the full CLI.
    expect(quickAnswer(['hardware', '--json'], { ...env, PATH: '/elsewhere' }, stateDir)).toBeNull();
  });

  it('leaves hardware --json to the full CLI when added machines count, or the settings do not parse', async () => {
    const stateDir = await tempDir('claw-quick-state-');
    const env = { PATH: process.env.PATH, CLAW_CONTROL_STATE_DIR: stateDir };
    await createHardwareService({ env, stateDir }).get();
    expect(quickAnswer(['hardware', '--json'], env, stateDir)).not.toBeNull();
    await mkdir(stateDir, { recursive: true });
    const settings = path.join(stateDir, 'settings.json');
    await writeFile(settings, JSON.stringify({ extraMachines: [{ label: 'b', memoryBytes: 1 }] }));
    expect(quickAnswer(['hardware', '--json'], env, stateDir)).toBeNull();
    await writeFile(settings, JSON.stringify({ machines: [{ url: 'http://x' }] }));
    expect(quickAnswer(['hardware', '--json'], env, stateDir)).toBeNull();
    await writeFile(settings, '{ not json');
    expect(quickAnswer(['hardware', '--json'], env, stateDir)).toBeNull();
    await writeFile(settings, JSON.stringify({ extraMachines: [], machines: [] }));
    expect(quickAnswer(['hardware', '--json'], env, stateDir)).not.toBeNull();
    const recorded = { ...env, CLAW_CONTROL_HARDWARE_SNAPSHOT: '/x.json' };
    expect(quickAnswer(['hardware', '--json'], recorded, stateDir)).toBeNull();
  });

  it('hardware (for people) says how old a kept report is, in the user’s language', async () => {
    const stateDir = await tempDir('claw-quick-state-');
    const env = { PATH: process.env.PATH, CLAW_CONTROL_STATE_DIR: stateDir };
    const report = await createHardwareService({ env, stateDir }).get();
    const probedAt = new Date(Date.now() - 5 * 60_000 - 5_000).toISOString();
    await writeHardwareSnapshot(hardwareSnapshotFile(stateDir), probeKey(process.platform, env.PATH), {
      ...report,
      probedAt,
    });
    const en = await cli(['hardware'], { ...env, LANG: 'en_US.UTF-8' });
    expect(en.stdout).toContain('Probed 5 minutes ago; claw-control hardware --refresh probes again.\n');
    const zh = await cli(['hardware'], { ...env, LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('5 分钟前检测');
    const fresh = await cli(['hardware', '--refresh'], { ...env, LANG: 'en_US.UTF-8' });
    expect(fresh.stdout).not.toContain('Probed');
  });
});
