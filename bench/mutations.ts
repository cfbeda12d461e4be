/**
 * The planted-bug check for the security-critical modules (issue #16): each mutant
 * plants one known bug by string replacement in the module, runs the few test files
 * that guard it, expects them to go red, and puts the module back (also on Ctrl-C).
 * `node bin/run-ts.cjs bench/mutations.ts [name…]`; exit 1 when a mutant survives. With `--check`
 * it only checks that every planted line is still in its module (run by npm test, so a refactor
 * cannot quietly disarm this check).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface Mutant {
  name: string;
  file: string;
  /** Each `from` must occur in the file; all are replaced. */
  edits: [from: string, to: string][];
  /** The same bug needing a second module changed too (the protection exists twice). */
  also?: { file: string; edits: [from: string, to: string][] };
  tests: string[];
}

const ROOT = path.resolve(__dirname, '..');

export const MUTANTS: Mutant[] = [
  {
    name: 'http client hangs when the server closes mid-answer',
    file: 'node/services/servers/http-client.ts',
    edits: [
      ["res.on('error', cutOff);", ''],
      ["res.on('aborted', cutOff);", ''],
      ['if (!res.complete) cutOff();', ''],
    ],
    tests: ['node/services/servers/http-client.test.ts'],
  },
  {
    name: 'http client parses arbitrarily deep JSON',
    file: 'node/services/servers/http-client.ts',
    edits: [['if (text && jsonDepth(text, maxDepth) > maxDepth) {', 'if (false) {']],
    tests: ['node/services/servers/http-client.test.ts'],
  },
  {
    name: 'token check accepts a prefix',
    file: 'node/serve/request-guard.ts',
    edits: [['return a.length === b.length && timingSafeEqual(a, b);', 'return b.subarray(0, a.length).equals(a);']],
    tests: ['node/serve/request-guard.test.ts'],
  },
  {
    name: 'the panel accepts a cookie-borne credential',
    file: 'node/serve/panel-server.ts',
    edits: [
      [
        'tokenHeader: req.headers[TOKEN_HEADER] as string | undefined,',
        'tokenHeader: (req.headers[TOKEN_HEADER] as string | undefined) ?? req.headers.cookie?.match(/=([^;]+)/)?.[1],',
      ],
    ],
    tests: ['node/serve/panel-server.test.ts'],
  },
  {
    name: 'the panel sets a host-wide cookie with the session',
    file: 'node/serve/panel-server.ts',
    edits: [
      [
        'sendJson(res, 200, { ok: true, data: { session: sessions.open() } });',
        "res.setHeader('Set-Cookie', `claw_token=${token}; HttpOnly; Path=/`);\n          sendJson(res, 200, { ok: true, data: { session: sessions.open() } });",
      ],
    ],
    tests: ['node/serve/panel-server.test.ts'],
  },
  {
    name: 'URL token accepted for API calls',
    file: 'node/serve/panel-server.ts',
    edits: [
      [
        'const isToken = tokenMatches(credential, token);',
        "const isToken = tokenMatches(credential ?? url.searchParams.get('token'), token);",
      ],
    ],
    tests: ['node/serve/panel-server.test.ts'],
  },
  {
    name: 'any bearer string is a session',
    file: 'node/serve/sessions.ts',
    edits: [['return !!candidate && live.has(keyOf(candidate));', 'return !!candidate;']],
    tests: ['node/serve/request-guard.test.ts'],
  },
  {
    name: 'X-Frame-Options and nosniff removed',
    file: 'node/serve/panel-server.ts',
    edits: [
      ["res.setHeader('X-Content-Type-Options', 'nosniff');", ''],
      ["res.setHeader('X-Frame-Options', 'DENY');", ''],
    ],
    tests: ['node/serve/panel-server.test.ts'],
  },
  {
    name: 'the panel page sends cookies with its calls',
    file: 'renderer/src/api/http-transport.ts',
    edits: [["credentials: 'omit',", "credentials: 'include',"]],
    tests: ['renderer/src/api/http-transport.test.ts'],
  },
  {
    name: 'the panel page leaves the token in the address bar',
    file: 'renderer/src/api/panel-session.ts',
    edits: [["deps.replaceUrl(`${deps.location.pathname}${query ? `?${query}` : ''}${deps.location.hash}`);", '']],
    tests: ['renderer/src/api/http-transport.test.ts'],
  },
  {
    name: 'terminal escapes from remote strings printed raw',
    file: 'node/cli/terminal-safe.ts',
    edits: [['return text.replace(UNSAFE,', 'return text || text.replace(UNSAFE,']],
    tests: ['node/cli/terminal-safe.test.ts'],
  },
  {
    name: 'the CLI writes around its terminal-safe output',
    file: 'node/cli/main.ts',
    edits: [['const io = terminalSafeIo(rawIo);', 'const io = rawIo;']],
    tests: ['node/cli/terminal-safe.test.ts'],
  },
  {
    name: 'API input of any depth reaches the handlers',
    file: 'node/api/dispatcher.ts',
    edits: [['if (nestsTooDeep(payload))', 'if (!nestsTooDeep)']],
    tests: ['node/api/dispatcher.test.ts'],
  },
  {
    name: 'addMachine reaches a link-local address written as one',
    file: 'node/services/machines/machine-address.ts',
    edits: [['if (isLinkLocal(host)) refuseLinkLocal(target.url);', '']],
    tests: ['node/services/machines/machine-address.test.ts', 'node/services/machines/machines-service.test.ts'],
  },
  {
    name: 'addMachine reaches a name that resolves to a link-local address',
    file: 'node/services/machines/machine-address.ts',
    edits: [['if (addresses.some(isLinkLocal)) refuseLinkLocal(target.url);', '']],
    tests: ['node/services/machines/machine-address.test.ts'],
  },
  {
    name: 'addMachine fetches any path through a machine URL',
    file: 'node/services/machines/machine-address.ts',
    edits: [["if (httpRoot.pathname !== '/' || httpRoot.search", 'if (httpRoot.search']],
    tests: ['node/services/machines/machine-address.test.ts', 'node/services/machines/machines-service.test.ts'],
  },
  {
    name: 'a remote machine naming itself past 80 characters is a 500',
    file: 'node/services/machines/machines-service.ts',
    edits: [['entry.label = clipLabel(status.label);', 'entry.label = status.label;']],
    tests: ['node/services/machines/machines-service.test.ts'],
  },
  {
    name: 'undecodable API path is not a 400',
    file: 'node/serve/request-guard.ts',
    edits: [["throw new BadRequestError(msg('panel.pathUndecodable'));", 'return segment;']],
    tests: ['node/serve/request-guard.test.ts', 'node/serve/panel-server.test.ts'],
  },
  {
    name: 'the fast JSON5 reader drops the sign of a hex or +/. number',
    file: 'shared/json5/fast-parse.ts',
    edits: [["return `${negative ? '-' : ''}${String(magnitude)}`;", 'return String(magnitude);']],
    tests: ['shared/json5/fast-parse.test.ts'],
  },
  {
    name: 'static files: traversal guard removed',
    file: 'node/serve/static-files.ts',
    edits: [
      ["path.resolve(root, '.' + path.posix.normalize('/' + decoded))", "path.resolve(root, '.' + decoded)"],
      ['return resolved === root || resolved.startsWith(rootWithSep) ? resolved : null;', 'return resolved;'],
    ],
    tests: ['node/serve/static-files.test.ts'],
  },
  {
    name: 'maskSecrets is a no-op',
    file: 'shared/config/secrets.ts',
    edits: [['if (isPlainText(value) && path.length > 0 && isSecretPath(path)) return maskSecret(value);', '']],
    tests: ['shared/config/secrets.test.ts', 'node/api/secrets-leak.test.ts'],
  },
  {
    name: 'diffs are not masked',
    file: 'shared/config/secrets.ts',
    edits: [
      [
        'export function maskSecretsInText(text: string, ...configs: unknown[]): string {',
        'export function maskSecretsInText(text: string, ...configs: unknown[]): string {\n  if (text !== null) return text;',
      ],
    ],
    tests: ['node/api/secrets-leak.test.ts'],
  },
  {
    name: 'backups rotate before the write',
    file: 'node/services/config/safe-write.ts',
    edits: [
      [
        'prepared = await prepareBackup(file, expected.text, st, fs);',
        'prepared = await prepareBackup(file, expected.text, st, fs);\n      await prepared.commit();',
      ],
    ],
    tests: ['node/services/config/safe-save.test.ts'],
  },
  {
    name: 'a backup copy that does not read back is accepted',
    file: 'node/services/config/atomic-write.ts',
    edits: [['if (back !== data) throw', 'if (back === null) throw']],
    tests: ['node/services/config/atomic-write.test.ts', 'node/services/config/backups.test.ts'],
  },
  {
    name: 'read-only files are overwritten',
    file: 'node/services/config/safe-write.ts',
    edits: [['if (ownerCannotWrite(st.mode)) throw new ReadOnlyFileError(target, st.mode & 0o7777);', '']],
    also: {
      file: 'node/services/config/atomic-write.ts',
      edits: [['if (existing && ownerCannotWrite(mode)) throw new ReadOnlyFileError(target, mode);', '']],
    },
    tests: ['node/services/config/safe-save.test.ts'],
  },
  {
    name: 'crash leftovers are never cleaned',
    file: 'node/services/config/atomic-write.ts',
    edits: [['if (owner !== base || processAlive(pid)) continue;', 'continue;']],
    tests: ['node/services/config/atomic-write.test.ts'],
  },
  {
    name: 'a crashed save leaves its prepared backup copy unrecovered (recovery removed)',
    file: 'node/services/config/backups.ts',
    edits: [
      [
        'export async function recoverBackups(configPath: string, fs: WriteFs = realFs): Promise<string[]> {',
        'export async function recoverBackups(configPath: string, fs: WriteFs = realFs): Promise<string[]> {\n  if (configPath) return [];',
      ],
    ],
    tests: ['node/services/config/crash-save.test.ts'],
  },
  {
    name: "a crashed save's leftover copy is deleted, not recovered into the ring",
    file: 'node/services/config/backups.ts',
    edits: [['if (!hash.startsWith(leftover.hash8) || hash === current) {', 'if (hash) {']],
    tests: ['node/services/config/crash-save.test.ts', 'node/services/config/backups.test.ts'],
  },
  {
    name: 'crash-leftover cleanup deletes prepared backup copies',
    file: 'node/services/config/atomic-write.ts',
    edits: [
      [
        'const ORPHAN = /^\\.(.+?)\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$|',
        'const ORPHAN = /^\\.(.+?)\\.(?:bak\\.)?(\\d+)\\.[0-9a-f]{8}\\.tmp$|',
      ],
    ],
    tests: ['node/services/config/atomic-write.test.ts'],
  },
  {
    name: 'a backup ring left with a gap by a crash is not closed',
    file: 'node/services/config/backups.ts',
    edits: [['  await settleRing(configPath, null, fs);\n  return recovered;', '  return recovered;']],
    tests: ['node/services/config/backups.test.ts'],
  },
  {
    name: 'undo gives up when the last save crashed before its rename',
    file: 'node/services/config/undo-record.ts',
    edits: [['&& record.before) return record.before;', '&& record.before) return record;']],
    tests: ['node/services/config/crash-save.test.ts'],
  },
  {
    name: 'no writer lock',
    file: 'node/services/config/write-lock.ts',
    edits: [
      ['  const deadline = now() + waitMs;', '  if (waitMs >= 0) return task();\n  const deadline = now() + waitMs;'],
    ],
    tests: ['node/services/config/write-lock.test.ts'],
  },
  {
    name: 'no compare-and-swap before the rename',
    file: 'node/services/config/safe-write.ts',
    edits: [['if (hashNowSync(file, fs) !== expected.hash) throw changedOnDisk(file);', 'void expected;']],
    tests: ['node/services/config/write-race.test.ts'],
  },
  {
    name: 'writes through an $include OpenClaw refuses (a list, keys beside it)',
    file: 'node/services/config/include-writes.ts',
    edits: [
      [
        "const isSoleOwner = (inc: IncludeProvenance) => inc.kind === 'single' && !inc.hasSiblingOverrides;",
        'const isSoleOwner = (inc: IncludeProvenance) => inc.kind !== null;',
      ],
    ],
    tests: ['node/services/config/include-writes.test.ts'],
  },
  {
    name: 'an included file is written over an outside edit',
    file: 'node/services/config/config-document.ts',
    edits: [['hash: combinedHash(textHash, texts),', 'hash: textHash,']],
    tests: ['node/services/config/include-writes.test.ts'],
  },
  // Issue 25 (items 2, 6, 7, 8): masking by OpenClaw's schema, writers that take turns, service units, --fix bounds.
  {
    name: 'fields the schema marks sensitive are shown in clear',
    file: 'shared/config/secrets.ts',
    edits: [['  if (isSchemaSensitive(path)) return true;', '']],
    tests: ['node/services/config/schema-sensitive.test.ts', 'node/cli/schema-secrets.test.ts'],
  },
  {
    name: 'a sensitive field in text that does not parse is shown in clear',
    file: 'shared/config/secrets.ts',
    edits: [['(isSecretName(key) || isSensitiveFieldName(key))', 'isSecretName(key)']],
    tests: ['node/services/config/schema-sensitive.test.ts'],
  },
  {
    name: 'settings writes do not take turns (concurrent addMachine loses entries)',
    file: 'node/services/settings.ts',
    edits: [['return inTurn(async () => {', 'return ((task: () => Promise<Settings>) => task())(async () => {']],
    tests: ['node/services/settings.test.ts'],
  },
  {
    name: 'a 0644 settings file with remote tokens stays 0644',
    file: 'node/services/settings.ts',
    edits: [['await ownerOnly(file);', '']],
    tests: ['node/services/settings.test.ts'],
  },
  {
    name: 'the CLI gives up at the first compare-and-swap miss',
    file: 'node/cli/edit.ts',
    edits: [['if (!(error instanceof CliError) || !LOST_RACE.has(error.problem.code)) throw error;', 'throw error;']],
    tests: ['node/cli/edit.test.ts'],
  },
  {
    name: 'a service unit takes a newline (an injected directive)',
    file: 'node/host/autostart/unit-files.ts',
    edits: [['  assertUnitSafe(command);\n', '']],
    tests: ['node/host/autostart/unit-files.test.ts'],
  },
  {
    name: 'the token URL is printed into the journal under systemd',
    file: 'node/host/autostart/unit-files.ts',
    edits: [['if (env.INVOCATION_ID || env.JOURNAL_STREAM) return true;', '']],
    tests: ['node/host/autostart/unit-files.test.ts'],
  },
  {
    name: 'check --fix writes whatever context a server claims',
    file: 'node/cli/commands/check.ts',
    edits: [['reason: implausibleFix(f.fix, openclawVersion)', 'reason: null']],
    tests: ['node/cli/check-fix-bounds.test.ts'],
  },
  {
    name: "a tool call's arguments are kept whole (megabytes printed)",
    file: 'node/services/checkup/tool-call.ts',
    edits: [['facts.arguments = shownArguments(args);', 'facts.arguments = args;']],
    tests: ['node/services/checkup/tool-call.test.ts'],
  },
  {
    name: 'the token is compared in non-constant time',
    file: 'node/serve/request-guard.ts',
    edits: [
      [
        'return a.length === b.length && timingSafeEqual(a, b);',
        'return a.length === b.length && candidate === token;',
      ],
    ],
    tests: ['node/serve/token-compare.test.ts'],
  },
  {
    name: 'a redirect is followed with the remote token',
    file: 'node/services/servers/http-client.ts',
    edits: [
      [
        "req.on('response', (res) => {",
        "req.on('response', (res) => {\n      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {\n        res.resume();\n        return void httpRequest(new URL(res.headers.location, url).toString(), options).then(succeed, fail);\n      }",
      ],
    ],
    tests: ['node/services/machines/read-machine.test.ts'],
  },
  {
    name: "the remote panel's token is sent in the URL",
    file: 'node/services/machines/read-machine.ts',
    edits: [
      [
        'await httpRequest(`${entry.url}/api/getHardware`, {',
        "await httpRequest(`${entry.url}/api/getHardware?token=${entry.token ?? ''}`, {",
      ],
    ],
    tests: ['node/services/machines/read-machine.test.ts'],
  },
  {
    name: 'the settings folder is created 0755',
    file: 'node/services/settings.ts',
    edits: [
      [
        'await mkdir(stateDir, { recursive: true, mode: 0o700 });',
        'await mkdir(stateDir, { recursive: true, mode: 0o755 });',
      ],
    ],
    tests: ['node/services/settings.test.ts'],
  },
  {
    name: "the remote (exo) answer's size cap is removed",
    file: 'node/services/machines/read-machine.ts',
    edits: [['maxBytes: MAX_STATE_BYTES', 'maxBytes: Number.MAX_SAFE_INTEGER']],
    tests: ['node/services/machines/read-machine.test.ts'],
  },
  {
    name: 'the new copy is not fsynced before the rename',
    file: 'node/services/config/atomic-write.ts',
    edits: [
      [
        'await handle.writeFile(encodeConfigText(data));\n    await handle.sync();',
        'await handle.writeFile(encodeConfigText(data));',
      ],
    ],
    tests: ['node/services/config/atomic-write.test.ts'],
  },
  {
    name: "undo's backup-hash check is removed",
    file: 'node/services/config/undo-plan.ts',
    edits: [['if (previous === null || hashText(previous) !== record.backupHash)', 'if (previous === null)']],
    tests: ['node/services/config/config-store.test.ts'],
  },
  {
    name: 'an Environment= value has its $ doubled (systemd reads $$ there as two dollars)',
    file: 'node/host/autostart/unit-files.ts',
    edits: [['  return quoted(assignment);', "  return quoted(assignment.replace(/\\$/g, '$$$$'));"]],
    tests: ['node/host/autostart/unit-files.test.ts'],
  },
  {
    name: 'an ExecStart= word keeps a bare $ (systemd would expand it as a variable)',
    file: 'node/host/autostart/unit-files.ts',
    edits: [["  return quoted(word.replace(/\\$/g, '$$$$'));", '  return quoted(word);']],
    tests: ['node/host/autostart/unit-files.test.ts'],
  },
  {
    name: 'a hanging load waits 10 minutes a model',
    file: 'shared/checkup/step-deadlines.ts',
    edits: [['export const LOAD_DEADLINE_DEFAULT_SECONDS = 180;', 'export const LOAD_DEADLINE_DEFAULT_SECONDS = 600;']],
    tests: ['node/services/checkup/step-deadlines.test.ts'],
  },
  {
    name: 'the check-up ignores the load deadline it was given',
    file: 'node/services/checkup/gather.ts',
    edits: [['const deadlines = target.deadlines ?? stepDeadlines({});', 'const deadlines = stepDeadlines({});']],
    tests: ['node/services/checkup/step-deadlines.test.ts'],
  },
  {
    name: 'a load abandoned at its deadline is not said',
    file: 'shared/rules/checkup/cold-load.ts',
    edits: [['...(load.deadlineSeconds', '...(false && load.deadlineSeconds']],
    tests: ['node/services/checkup/step-deadlines.test.ts'],
  },
  {
    name: 'a named pipe is opened blocking (O_NONBLOCK removed): a GGUF or token path that is a FIFO hangs',
    file: 'node/platform/regular-file.ts',
    edits: [['const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);', 'const FLAGS = constants.O_RDONLY;']],
    tests: ['test/integration/unsafe-files.test.ts'],
  },
  {
    name: 'a pipe or a device is read (the regular-file check removed)',
    file: 'node/platform/regular-file.ts',
    edits: [["if (!st.isFile()) throw new FileRefusedError(file, 'ENOTREG', maxBytes);", '']],
    tests: ['test/integration/unsafe-files.test.ts'],
  },
  {
    name: 'a file over the limit is read up to the limit before it is refused',
    file: 'node/platform/regular-file.ts',
    edits: [["if (st.size > maxBytes) throw new FileRefusedError(file, 'EFBIG', maxBytes);", '']],
    tests: ['test/integration/unsafe-files.test.ts'],
  },
  {
    name: "the panel's start does not recover what a crashed save left",
    file: 'node/host/services.ts',
    edits: [['await configStore.recover().then(', 'await Promise.resolve([] as string[]).then(']],
    tests: ['node/services/config/crash-save.test.ts'],
  },
  {
    name: 'renamed keys are moved for a release that still reads the old ones (it would stop loading the file)',
    file: 'shared/config/migration-operation.ts',
    edits: [['if (early) throw', 'if (early && false) throw']],
    tests: ['shared/config/openclaw-migrations-renamed.test.ts'],
  },
  {
    name: 'a web-search provider no installed plugin serves is accepted (OpenClaw refuses the file)',
    file: 'node/services/openclaw/schema-validator.ts',
    edits: [['if (webSearchRule) issues.push', 'if (false) issues.push']],
    tests: ['test/integration/web-search-providers.test.ts'],
  },
  {
    name: 'a backup restored over a file that changed since its diff was shown',
    file: 'node/services/config/config-store.ts',
    edits: [
      [
        'const planned = await previewRestore(index);\n      if (planned.baseHash !== baseHash) throw changedOnDisk(planned.path);',
        'const planned = await previewRestore(index);',
      ],
    ],
    tests: ['node/services/config/backup-restore.test.ts'],
  },
  {
    name: 'unsaved edits kept over a reload are put back onto a file changed meanwhile',
    file: 'renderer/src/stores/draft-keeper.ts',
    edits: [['kept.baseHash !== document.hash', 'false']],
    tests: ['renderer/src/stores/draft-keeper.test.ts'],
  },
  {
    name: 'the drill lets a timeout hand over on releases where it ends the turn (openclaw#122922)',
    file: 'shared/rules/drill/reached.ts',
    edits: [['if (terminal === true) {', 'if (terminal === false) {']],
    tests: ['shared/rules/drill/drill.test.ts'],
  },
  {
    name: 'keep-warm trusts /health on a server that answers 500 (llama.cpp#27309)',
    file: 'node/services/servers/warm-methods.ts',
    edits: [['if (failing) throw', 'if (failing && false) throw']],
    tests: ['node/services/servers/answer-check.test.ts'],
  },
  {
    name: 'an embeddings server at 32K × 4 slots is not named (openclaw#125792)',
    file: 'shared/rules/checkup/embeddings.ts',
    edits: [['if (facts.contextPerSlot > EMBEDDING_CONTEXT_CAP) {', 'if (false) {']],
    tests: ['node/services/embeddings/embeddings.test.ts'],
  },
  {
    name: 'a fit answer sized before another machine was added is kept (the panel shows the old budget)',
    file: 'renderer/src/stores/fits.ts',
    edits: [['        if (stale()) return;\n        const at = now();', '        const at = now();']],
    tests: ['renderer/src/stores/fits.test.ts'],
  },
  {
    name: "the doctor leaves out the primary's fit (fitModel's answer)",
    file: 'node/services/doctor.ts',
    edits: [['const primaryFit = hardware ? await primaryFitOf(services, value) : null;', 'const primaryFit = null;']],
    tests: ['node/cli/doctor-command.test.ts'],
  },
];
function vitest(files: string[]): { ok: boolean; ms: number } {
  const started = Date.now();
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { ok: run.status === 0, ms: Date.now() - started };
}

/** Every line each mutant plants over, missing from its module (a refactor moved it). */
function staleEdits(): string[] {
  return MUTANTS.flatMap((mutant) =>
    [{ file: mutant.file, edits: mutant.edits }, ...(mutant.also ? [mutant.also] : [])].flatMap((p) => {
      const text = readFileSync(path.join(ROOT, p.file), 'utf8');
      return p.edits
        .filter(([from]) => !text.includes(from))
        .map(([from]) => `${mutant.name}: "${from}" is not in ${p.file}`);
    }),
  );
}

function main(): void {
  if (process.argv.includes('--check')) {
    const stale = staleEdits();
    for (const line of stale) console.error(line);
    console.log(
      `${MUTANTS.length - new Set(stale.map((l) => l.split(':')[0])).size} of ${MUTANTS.length} planted bugs still apply`,
    );
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  const only = process.argv.slice(2);
  const chosen = only.length ? MUTANTS.filter((m) => only.some((o) => m.name.includes(o))) : MUTANTS;
  const files = [...new Set(chosen.flatMap((m) => m.tests))];
  console.log('\nPlanted-bug check (issue #16): each planted bug must turn its tests red');
  const baseline = vitest(files);
  if (!baseline.ok) {
    console.error('  the guarding tests are not green without any planted bug; fix them first');
    process.exitCode = 1;
    return;
  }
  let survivors = 0;
  for (const mutant of chosen) {
    const patches = [{ file: mutant.file, edits: mutant.edits }, ...(mutant.also ? [mutant.also] : [])];
    const originals = patches.map((p) => {
      const file = path.join(ROOT, p.file);
      const original = readFileSync(file, 'utf8');
      let planted = original;
      for (const [from, to] of p.edits) {
        if (!planted.includes(from)) throw new Error(`${mutant.name}: "${from}" is not in ${p.file} any more`);
        planted = planted.split(from).join(to);
      }
      return { file, original, planted };
    });
    const restore = () => originals.forEach((o) => writeFileSync(o.file, o.original));
    process.once('SIGINT', restore);
    try {
      originals.forEach((o) => writeFileSync(o.file, o.planted));
      const result = vitest(mutant.tests);
      if (result.ok) survivors++;
      console.log(`  ${result.ok ? 'SURVIVED' : 'caught  '}  ${mutant.name}  (${(result.ms / 1000).toFixed(1)} s)`);
    } finally {
      restore();
      process.removeListener('SIGINT', restore);
    }
  }
  console.log(`  ${chosen.length - survivors} of ${chosen.length} planted bugs caught`);
  if (survivors) process.exitCode = 1;
}

main();
