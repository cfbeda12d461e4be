// The message-key rule: every literal message code (msg, { code }) and renderer UI key (t, <Trans i18nKey>) has a text in English and Chinese.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LANGUAGES = ['en', 'zh-CN'];
/** The same shape as CODE in shared/i18n/message.ts: a `{ code }` with this value is a message. */
const MESSAGE_CODE = /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9_]+)+$/;
/** i18next plural forms, then the surface variants of locales/format.ts: `<key>_cli_other` counts as `<key>`. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const SURFACE = /_(cli|panel|tray)$/;

/** Every leaf key of a nested string table, as `prefix.a.b`. */
function leaves(strings, prefix, out = []) {
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') out.push(`${prefix}${key}`);
    else if (value && typeof value === 'object') leaves(value, `${prefix}${key}.`, out);
  }
  return out;
}

/** The keys a lookup may name: each leaf, and the leaf without its plural and surface suffixes. */
function keySet(keys, suffixes) {
  const set = new Set(keys);
  for (const key of keys) {
    let base = key;
    for (const suffix of suffixes) base = base.replace(suffix, '');
    set.add(base);
  }
  return set;
}

/**
 * The catalogs as they are now: locales/messages (through its index) and renderer/src/i18n/{en,zh-CN}.ts,
 * bundled by esbuild and evaluated as plain data. Returns `{ domains, ui, inputs }`: the message domains
 * (`{ <domain>: { en, 'zh-CN' } }`), the renderer's own strings by language, and the files they came from.
 */
export function readCatalogs(root = ROOT) {
  const entry = [
    "export { MESSAGE_DOMAINS } from './locales/messages/index.ts';",
    "export { en } from './renderer/src/i18n/en.ts';",
    "export { zhCN } from './renderer/src/i18n/zh-CN.ts';",
  ].join('\n');
  const fail = (why) => new Error(`message-keys: cannot read the message catalogs: ${why}`);
  let result;
  try {
    result = buildSync({
      stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'message-catalogs.ts' },
      absWorkingDir: root,
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      metafile: true,
      logLevel: 'silent',
      tsconfig: path.join(root, 'tsconfig.base.json'),
    });
  } catch (error) {
    throw fail(error.errors?.map((e) => e.text).join('; ') || error.message);
  }
  const module = { exports: {} };
  vm.runInNewContext(result.outputFiles[0].text, { module, exports: module.exports }, { timeout: 2000 });
  const { MESSAGE_DOMAINS: domains, en, zhCN } = module.exports;
  if (!domains || !en || !zhCN) throw fail('MESSAGE_DOMAINS, en or zhCN is not exported any more');
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.startsWith('<'))
    .map((file) => path.resolve(root, file));
  return { domains, ui: { en, 'zh-CN': zhCN }, inputs };
}

/** Per language, the message codes (`<domain>.<key>`) and the renderer's keys (its own, and `msg.` + each code). */
function indexCatalogs({ domains, ui }) {
  const messages = {};
  const keys = {};
  for (const language of LANGUAGES) {
    const codes = Object.entries(domains).flatMap(([domain, catalog]) => leaves(catalog[language] ?? {}, `${domain}.`));
    messages[language] = keySet(codes, [PLURAL, SURFACE]);
    const own = keySet(leaves(ui[language] ?? {}, ''), [PLURAL]);
    keys[language] = new Set([...own, ...[...messages[language]].map((code) => `msg.${code}`)]);
  }
  return { messages, ui: keys };
}

/** Reads and indexes once per lint run; again only when a catalog file changed (an editor's long-lived ESLint). */
function cachedLoader(read) {
  let cached = null;
  let inputs = [];
  let stamp = '';
  const stampOf = (files) => files.map((file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0).join(',');
  return () => {
    if (cached && stampOf(inputs) === stamp) return cached;
    const raw = read();
    cached = indexCatalogs(raw);
    inputs = raw.inputs ?? [];
    stamp = stampOf(inputs);
    return cached;
  };
}

/** A value's checkable forms: `{ exact }` for a literal (a const, both arms of `a ? b : c`), `{ prefix }` for `` `a.${x}` ``. */
function forms(node, sourceCode) {
  if (!node) return [];
  if (node.type === 'Literal' && typeof node.value === 'string') return [{ exact: node.value, node }];
  if (node.type === 'TemplateLiteral') {
    const head = node.quasis[0].value.cooked ?? '';
    if (node.expressions.length === 0) return [{ exact: head, node }];
    const expanded = expandTemplate(node, sourceCode);
    if (expanded) return expanded.map((exact) => ({ exact, node }));
    return head ? [{ prefix: head, node }] : [];
  }
  if (node.type === 'ConditionalExpression')
    return [...forms(node.consequent, sourceCode), ...forms(node.alternate, sourceCode)];
  if (node.type === 'Identifier') {
    const variable = findVariable(sourceCode.getScope(node), node.name);
    const def = variable?.defs.length === 1 ? variable.defs[0] : null;
    if (def?.type === 'Variable' && def.parent.kind === 'const' && def.node.id.type === 'Identifier')
      return forms(def.node.init, sourceCode).map((form) => ({ ...form, node }));
  }
  return [];
}

/** At most this many codes from one template; a wider one is checked by its prefix. */
const MAX_EXPANSION = 200;

/**
 * With type information (a typed lint run): each code a template can spell when every `${…}` has a
 * finite set of string or number literal types, e.g. `checkup.check.${check.id}` with `id: CheckId`.
 */
function expandTemplate(node, sourceCode) {
  const services = sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return null;
  const checker = services.program.getTypeChecker();
  let codes = [node.quasis[0].value.cooked ?? ''];
  for (const [i, expression] of node.expressions.entries()) {
    const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(expression));
    const parts = type.isUnion() ? type.types : [type];
    if (!parts.every((part) => part.isStringLiteral() || part.isNumberLiteral())) return null;
    const tail = node.quasis[i + 1].value.cooked ?? '';
    codes = codes.flatMap((code) => parts.map((part) => `${code}${part.value}${tail}`));
    if (codes.length > MAX_EXPANSION) return null;
  }
  return codes;
}

function findVariable(scope, name) {
  for (let s = scope; s; s = s.upper) {
    const found = s.set.get(name);
    if (found) return found;
  }
  return null;
}

/** `msg(...)` → message codes; `t(...)`, `i18n.t(...)`, `i18next.t(...)` → UI keys (renderer only). */
function sinkOf(callee, renderer) {
  if (callee.type === 'Identifier' && callee.name === 'msg') return 'message';
  if (!renderer) return null;
  if (callee.type === 'Identifier' && callee.name === 't') return 'ui';
  if (
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.property.name === 't' &&
    callee.object.type === 'Identifier' &&
    /^i18n(ext)?$/.test(callee.object.name)
  )
    return 'ui';
  return null;
}

/**
 * A local helper that prefixes its argument, e.g. `const l = (key) => text(msg(`listing.${key}`))`:
 * the variable it is bound to, the argument's position and the prefix. Calls `l('info.config')` are checked as
 * `listing.info.config`.
 */
function wrapperOf(call, arg, sink, sourceCode) {
  if (arg?.type !== 'TemplateLiteral' || arg.expressions.length !== 1 || arg.quasis[1].value.cooked !== '') return null;
  const expression = arg.expressions[0];
  if (expression.type !== 'Identifier') return null;
  let fn = call.parent;
  while (fn && !/Function/.test(fn.type)) fn = fn.parent;
  if (!fn) return null;
  const index = fn.params.findIndex((param) => param.type === 'Identifier' && param.name === expression.name);
  if (index < 0) return null;
  const binding = fn.type === 'FunctionDeclaration' ? fn : fn.parent?.type === 'VariableDeclarator' ? fn.parent : null;
  const variable = binding && sourceCode.getDeclaredVariables(binding)[0];
  return variable ? { variable, index, prefix: arg.quasis[0].value.cooked ?? '', sink } : null;
}

const isTest = (file) => /\.(test|spec)\.tsx?$/.test(file);

/** The plugin; `read` gives the catalogs as readCatalogs does (tests pass their own). */
export function createMessageKeysPlugin(read = () => readCatalogs()) {
  const catalogs = cachedLoader(read);
  const rule = {
    meta: {
      type: 'problem',
      schema: [],
      messages: {
        missingMessage:
          "Message code '{{key}}' has no text in {{languages}}: add it to locales/messages/{{domain}}.ts.",
        missingMessagePrefix:
          "No message code starts with '{{key}}' in {{languages}} (locales/messages/{{domain}}.ts).",
        missingUi: "UI key '{{key}}' is missing from {{files}}.",
        missingUiPrefix: "No UI key starts with '{{key}}' in {{files}}.",
      },
    },
    create(context) {
      const file = path
        .relative(context.cwd ?? ROOT, context.filename)
        .split(path.sep)
        .join('/');
      if (isTest(file)) return {};
      const renderer = file.startsWith('renderer/');
      const sourceCode = context.sourceCode;
      const wrappers = new Map();
      const pending = [];

      function check(form, sink, prefix = '') {
        const sets = catalogs()[sink === 'message' ? 'messages' : 'ui'];
        const key = prefix + (form.exact ?? form.prefix);
        const missing = LANGUAGES.filter((language) => {
          const set = sets[language];
          if (form.exact !== undefined) return !set.has(key);
          for (const known of set) if (known.startsWith(key)) return false;
          return true;
        });
        if (!missing.length) return;
        const exact = form.exact !== undefined;
        const data =
          sink === 'message'
            ? {
                key,
                domain: key.split('.')[0],
                languages: missing.map((l) => (l === 'en' ? 'English' : 'Chinese (zh-CN)')).join(' or '),
              }
            : { key, files: missing.map((l) => `renderer/src/i18n/${l}.ts`).join(' and ') };
        const messageId = `${sink === 'message' ? 'missingMessage' : 'missingUi'}${exact ? '' : 'Prefix'}`;
        context.report({ node: form.node, messageId, data });
      }

      return {
        CallExpression(node) {
          const sink = sinkOf(node.callee, renderer);
          if (sink) {
            const wrapper = wrapperOf(node, node.arguments[0], sink, sourceCode);
            if (wrapper) wrappers.set(wrapper.variable, wrapper);
            for (const form of forms(node.arguments[0], sourceCode)) check(form, sink);
          } else if (node.callee.type === 'Identifier') pending.push(node);
        },
        Property(node) {
          if (node.computed || node.parent.type !== 'ObjectExpression') return;
          const name = node.key.type === 'Identifier' ? node.key.name : node.key.value;
          if (name !== 'code' || node.value.type !== 'Literal' || !MESSAGE_CODE.test(String(node.value.value))) return;
          check({ exact: node.value.value, node: node.value }, 'message');
        },
        JSXAttribute(node) {
          if (!renderer || node.name.name !== 'i18nKey' || node.parent.name?.name !== 'Trans') return;
          const value = node.value?.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
          for (const form of forms(value, sourceCode)) check(form, 'ui');
        },
        'Program:exit'() {
          for (const call of pending) {
            const variable = findVariable(sourceCode.getScope(call), call.callee.name);
            const wrapper = variable && wrappers.get(variable);
            if (!wrapper) continue;
            for (const form of forms(call.arguments[wrapper.index], sourceCode))
              check(form, wrapper.sink, wrapper.prefix);
          }
        },
      };
    },
  };
  return { rules: { 'known-keys': rule } };
}

export const messageKeysPlugin = createMessageKeysPlugin();
