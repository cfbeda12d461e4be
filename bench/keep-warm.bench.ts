/**
 * Keep warm against a fake LM Studio that cold-loads slowly (JIT) and evicts idle JIT
 * models: the first request after an idle period with keep-warm off vs on, and what
 * keep-warm costs — requests and CPU time per hour at its real schedule.
 */
import { performance } from 'node:perf_hooks';
import { startFakeServer } from '@test/fakes/fake-servers';
import { createKeepWarm } from '@node/services/servers/keep-warm';
import { httpRequest } from '@node/services/servers/http-client';
import { probeServer } from '@node/services/servers/probe';
import { warmOnce, warmPlan, type WarmTarget } from '@node/services/servers/warm-methods';
import { printSection } from './harness';

const LOAD_MS = 5000;
const TTL_MS = 400;
const MODEL = 'qwen/qwen3-4b-2507';

/** A fake LM Studio and the keep-warm target for MODEL on it. */
async function fakeTarget(options: Parameters<typeof startFakeServer>[0]) {
  const server = await startFakeServer(options);
  const probe = await probeServer(server.baseUrl);
  const target: WarmTarget = {
    ref: `lmstudio/${MODEL}`,
    model: MODEL,
    baseUrl: server.baseUrl,
    kind: probe.kind,
    lmstudioRest: probe.lmstudioRest,
  };
  return { server, target };
}

async function firstRequestAfterIdle(keepWarmOn: boolean): Promise<number> {
  const { server, target } = await fakeTarget({
    kind: 'lmstudio-0.4',
    jit: true,
    loadDelayMs: LOAD_MS,
    idleTtlMs: TTL_MS,
  });
  const keepWarm = createKeepWarm({ resolveTarget: async () => target, intervalMs: 200 });
  try {
    if (keepWarmOn) {
      keepWarm.setKept(target.ref, true);
      await keepWarm.warmNow(target.ref);
    } else {
      await httpRequest(`${server.baseUrl}/chat/completions`, {
        body: { model: MODEL, messages: [{ role: 'user', content: '.' }], max_tokens: 1 },
        timeoutMs: LOAD_MS * 3,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, TTL_MS * 3)); // idle: a JIT model is evicted by now
    const started = performance.now();
    await httpRequest(`${server.baseUrl}/chat/completions`, {
      body: { model: MODEL, messages: [{ role: 'user', content: 'hi' }], max_tokens: 1 },
      timeoutMs: LOAD_MS * 3,
    });
    return performance.now() - started;
  } finally {
    keepWarm.stop();
    await server.close();
  }
}

async function costPerCheck(): Promise<{ cpuMs: number; intervalMs: number }> {
  const { server, target } = await fakeTarget({ kind: 'lmstudio-0.4', loaded: [MODEL] });
  const runs = 200;
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) await warmOnce(target);
  const used = process.cpuUsage(before);
  await server.close();
  // The fake server runs in this process too: its share is included, so this is an upper bound.
  return { cpuMs: (used.user + used.system) / 1000 / runs, intervalMs: warmPlan(target).intervalMs };
}

export async function runKeepWarmBench(): Promise<void> {
  const off = await firstRequestAfterIdle(false);
  const on = await firstRequestAfterIdle(true);
  const { cpuMs, intervalMs } = await costPerCheck();
  const perHour = 3_600_000 / intervalMs;
  printSection(`Keep warm vs a fake LM Studio (${LOAD_MS / 1000} s cold load, idle eviction)`, [
    { name: 'first request after idle, keep-warm off', value: `${off.toFixed(0)} ms` },
    { name: 'first request after idle, keep-warm on', value: `${on.toFixed(0)} ms` },
    { name: 'ratio (off / on)', value: `${(off / on).toFixed(0)}×` },
    { name: 'requests per hour per model', value: `${perHour} (one GET /api/v1/models every ${intervalMs / 1000} s)` },
    { name: 'CPU per hour per model (upper bound)', value: `${(cpuMs * perHour).toFixed(0)} ms` },
  ]);
}
