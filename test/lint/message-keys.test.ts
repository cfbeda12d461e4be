// The message-key lint rule (lint/message-keys.mjs): its verdicts on snippets, and that the lint config runs it.
import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';

const ROOT = path.resolve(__dirname, '../..');
const RULE = 'message-keys/known-keys';

type Plugin = ESLint.Plugin;
interface Catalogs {
  domains: Record<string, Record<string, object>>;
  ui: Record<string, object>;
  inputs?: string[];
}
interface RuleModule {
  createMessageKeysPlugin(read?: () => Catalogs): Plugin;
  readCatalogs(root?: string): Catalogs;
}
let rules: RuleModule;
beforeAll(async () => {
  // A path the type checker does not follow: the plugin is plain JavaScript beside the lint config.
  const file = path.join(ROOT, 'lint', 'message-keys.mjs');
  rules = (await import(file)) as RuleModule;
});

/** Small catalogs: one key English has and Chinese lacks, a plural, a surface variant. */
const FAKE: Catalogs = {
  domains: {
    demo: {
      en: {
        hello: 'Hello',
        onlyEnglish: 'Only here',
        files_one: '{{count}} file',
        files_other: '{{count}} files',
        hint_cli: 'run it',
        kind: { a: 'A', b: 'B' },
      },
      'zh-CN': { hello: '你好', files_other: '{{count}} 个文件', hint_cli: '运行它', kind: { a: '甲', b: '乙' } },
    },
  },
  ui: {
    en: { page: { title: 'Title', items_one: '{{count}} item', items_other: '{{count}} items', onlyEn: 'x' } },
    'zh-CN': { page: { title: '标题', items_other: '{{count}} 项' } },
  },
};

/** A one-file TypeScript program holding `code` at `file`, for a typed lint run. */
function programOf(code: string, file: string): ts.Program {
  const options: ts.CompilerOptions = { strict: true, noEmit: true, noLib: true, types: [] };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, code, version) : getSourceFile.call(host, name, version, ...rest);
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? code : readFile.call(host, name));
  return ts.createProgram([file], options, host);
}

function lint(plugin: Plugin, code: string, file: string, typed = false): Linter.LintMessage[] {
  const linter = new Linter({ cwd: ROOT });
  const filename = path.join(ROOT, file);
  const programs = typed ? { programs: [programOf(code, filename)] } : {};
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: {
          parser: tseslint.parser as Linter.Parser,
          parserOptions: { ecmaFeatures: { jsx: true }, ...programs },
        },
        plugins: { 'message-keys': plugin },
        rules: { [RULE]: 'error' },
      },
    ],
    { filename },
  );
}

describe('message-keys lint rule', () => {
  const fake = () => rules.createMessageKeysPlugin(() => FAKE);
  const verdicts = (code: string, file = 'shared/sample.ts') =>
    lint(fake(), code, file).map((m) => `${m.line}: ${m.message}`);

  it('accepts codes both catalogs have, counting plural and surface forms as the key', () => {
    const code = [
      "msg('demo.hello');",
      "msg('demo.files', { count: 2 });",
      "msg('demo.hint');",
      "msg(flag ? 'demo.hello' : 'demo.kind.a');",
      'msg(`demo.kind.${k}`);',
      "const m = { code: 'demo.hello' };",
      "const problem = { code: 'ENOENT' };",
      'msg(somewhere);',
    ].join('\n');
    expect(verdicts(code)).toEqual([]);
  });

  it('refuses a code missing from either catalog, and says which', () => {
    const code = [
      "msg('demo.nope');",
      "msg('demo.onlyEnglish');",
      "const m = { code: 'demo.gone' };",
      "msg(flag ? 'demo.hello' : 'demo.missing');",
      'msg(`elsewhere.${k}`);',
      "const GONE = 'demo.vanished';",
      'msg(GONE);',
      "msg('demo.kind');",
    ].join('\n');
    expect(verdicts(code)).toEqual([
      "1: Message code 'demo.nope' has no text in English or Chinese (zh-CN): add it to locales/messages/demo.ts.",
      "2: Message code 'demo.onlyEnglish' has no text in Chinese (zh-CN): add it to locales/messages/demo.ts.",
      "3: Message code 'demo.gone' has no text in English or Chinese (zh-CN): add it to locales/messages/demo.ts.",
      "4: Message code 'demo.missing' has no text in English or Chinese (zh-CN): add it to locales/messages/demo.ts.",
      "5: No message code starts with 'elsewhere.' in English or Chinese (zh-CN) (locales/messages/elsewhere.ts).",
      "7: Message code 'demo.vanished' has no text in English or Chinese (zh-CN): add it to locales/messages/demo.ts.",
      "8: Message code 'demo.kind' has no text in English or Chinese (zh-CN): add it to locales/messages/demo.ts.",
    ]);
  });

  it('follows a local helper that prefixes its argument', () => {
    const code = [
      'const l = (key: string, params?: object) => text(msg(`demo.${key}`, params));',
      'function say(tr: unknown, key: string) { return msg(`demo.kind.${key}`); }',
      "l('hello');",
      "l('nope');",
      "say(tr, 'a');",
      "say(tr, 'c');",
    ].join('\n');
    expect(verdicts(code)).toEqual([
      "4: Message code 'demo.nope' has no text in English or Chinese (zh-CN): add it to locales/messages/demo.ts.",
      "6: Message code 'demo.kind.c' has no text in English or Chinese (zh-CN): add it to locales/messages/demo.ts.",
    ]);
  });

  it("checks the renderer's t() keys, i18n.t() and <Trans i18nKey> against en.ts and zh-CN.ts", () => {
    const code = [
      'export const A = () => <p title={t("page.title")}>{t("page.items", { count: 2 })}{t("msg.demo.hello")}</p>;',
      'export const B = () => <p>{t("page.nope")}{i18n.t("page.onlyEn")}</p>;',
      'export const C = () => <Trans i18nKey="page.gone" />;',
      'export const D = () => <p>{t(`page.${k}`)}{t(`other.${k}`)}</p>;',
    ].join('\n');
    expect(verdicts(code, 'renderer/src/Sample.tsx')).toEqual([
      "2: UI key 'page.nope' is missing from renderer/src/i18n/en.ts and renderer/src/i18n/zh-CN.ts.",
      "2: UI key 'page.onlyEn' is missing from renderer/src/i18n/zh-CN.ts.",
      "3: UI key 'page.gone' is missing from renderer/src/i18n/en.ts and renderer/src/i18n/zh-CN.ts.",
      "4: No UI key starts with 'other.' in renderer/src/i18n/en.ts and renderer/src/i18n/zh-CN.ts.",
    ]);
    // Outside the renderer, t is not react-i18next's.
    expect(verdicts('t("page.nope");', 'node/cli/sample.ts')).toEqual([]);
  });

  it('with type information, checks every code a template can spell', () => {
    const code = [
      'declare function msg(code: string): unknown;',
      "declare const kind: 'a' | 'b' | 'c';",
      'declare const name: string;',
      'msg(`demo.kind.${kind}`);',
      'msg(`demo.kind.${name}`);',
    ].join('\n');
    const messages = lint(fake(), code, 'shared/typed.ts', true).map((m) => `${m.line}: ${m.message}`);
    expect(messages).toEqual([
      "4: Message code 'demo.kind.c' has no text in English or Chinese (zh-CN): add it to locales/messages/demo.ts.",
    ]);
  });

  it('reads the catalogs once per run, and again only after a catalog file changed', async () => {
    const file = path.join(await tempDir(), 'catalog.ts');
    writeFileSync(file, 'export {};');
    let reads = 0;
    const plugin = rules.createMessageKeysPlugin(() => {
      reads += 1;
      return { ...FAKE, inputs: [file] };
    });
    for (let i = 0; i < 3; i++) lint(plugin, "msg('demo.hello');", `shared/f${i}.ts`);
    expect(reads).toBe(1);
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    lint(plugin, "msg('demo.hello');", 'shared/f3.ts');
    expect(reads).toBe(2);
  });

  it('leaves test files alone (they build unknown codes on purpose)', () => {
    expect(verdicts("msg('demo.nope');", 'shared/sample.test.ts')).toEqual([]);
  });

  it('reads the real catalogs: a known code passes, an unknown one does not', () => {
    const catalogs = rules.readCatalogs();
    expect(Object.keys(catalogs.domains)).toContain('common');
    const plugin = rules.createMessageKeysPlugin();
    const messages = lint(plugin, "msg('common.timeout');\nmsg('common.noSuchMessage');", 'node/services/x.ts');
    expect(messages.map((m) => [m.line, m.ruleId])).toEqual([[2, RULE]]);
    const ui = lint(plugin, 't("common.refresh");\nt("common.noSuchKey");', 'renderer/src/x.tsx');
    expect(ui.map((m) => [m.line, m.ruleId])).toEqual([[2, RULE]]);
  });

  it('stops the lint run with a clear error when the catalogs cannot be read', () => {
    expect(() => rules.readCatalogs(path.join(ROOT, 'test', 'lint'))).toThrow(/cannot read the message catalogs/);
  });

  it("is on in the project's lint config for every layer's code, not for tests", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const file of ['shared/a.ts', 'node/services/a.ts', 'electron/main/a.ts', 'renderer/src/a.tsx']) {
      const config = (await eslint.calculateConfigForFile(file)) as Linter.Config;
      expect(config.rules?.[RULE], file).toEqual([2]);
    }
    const test = (await eslint.calculateConfigForFile('shared/a.test.ts')) as Linter.Config;
    expect(test.rules?.[RULE]).toBeUndefined();
  });
});
