/**
 * `claw-control --help` and every command's `--help` follow the system locale: under
 * LANG=zh_CN.UTF-8 no English sentence is left (commander's own titles and texts included),
 * and the English help still reads as it did.
 */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { buildProgram } from './main';
import { commanderErrorMessages } from './commander-errors';
import { columns } from './columns';

const ZH = { LANG: 'zh_CN.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };
const quiet = { out: () => {}, err: () => {}, env: EN, signal: AbortSignal.abort() };

/** Names that stay as they are in any language: products, protocols, tools. */
const NAMES = [
  'Claw Control',
  'OpenClaw',
  'LM Studio',
  'OpenAI',
  'Ollama',
  'LiteLLM',
  'LaunchAgent',
  'Homebrew',
  'GGUF',
  'SSH',
  'API',
  'URL',
  'JSON',
];

/**
 * The English sentences in a help text: runs of three or more English words, once the usage
 * line, the command and option column, placeholders (`<model>`, `[refs...]`), flags, quoted
 * values, code in backticks, URLs, config keys and product names are taken out.
 */
export function englishSentences(help: string): string[] {
  const prose = help
    .split('\n')
    .filter((line) => !line.startsWith('用法：'))
    .map((line) => line.replace(/^ {2}\S(?:\S| (?! ))*/, '')) // an item's term: flags or a command with its arguments
    .join('\n')
    .replace(/<[^>]*>|\[[^\]]*\]|"[^"]*"|`[^`]*`|\bhttps?:\/\/\S+/g, ' ')
    .replace(/(^|\s)--?[\w-]+/g, ' ')
    .replace(/\b[\w-]+(?:[./][\w-]+)+/g, ' ') // config keys, refs and file names: models.providers, provider/model
    .replace(new RegExp(NAMES.join('|'), 'g'), ' ');
  return prose.match(/\b[A-Za-z]+(?: [A-Za-z]+){2,}\b/g) ?? [];
}

/** Every command path (`['models', 'fallbacks', 'add']`), from the program --help builds. */
async function commandPaths(): Promise<string[][]> {
  const program = await buildProgram(quiet, ['--help']);
  const walk = (command: Command, path: string[]): string[][] =>
    command.commands.flatMap((sub) => [[...path, sub.name()], ...walk(sub, [...path, sub.name()])]);
  return walk(program, []);
}

describe('help in Simplified Chinese', () => {
  it('finds an English sentence where there is one, and none in names, flags and placeholders', () => {
    expect(englishSentences('  --json  print the result')).toEqual(['print the result']);
    expect(englishSentences('Usage: claw-control [options]\n  -h, --help  display help for command')).toEqual([
      'display help for command',
    ]);
    expect(
      englishSentences('用法：claw-control models fallbacks add [选项] <ref>\n  add [选项] <ref>  在 LM Studio 中加载'),
    ).toEqual([]);
  });

  it('would catch every command’s help left in English', async () => {
    for (const path of [[], ['models', 'fallbacks', 'add'], ['serve']])
      expect(englishSentences((await cli([...path, '--help'], EN)).stdout).length, path.join(' ')).toBeGreaterThan(2);
  });

  it('the top-level help and every command’s help have no English sentence and no untranslated code', async () => {
    const paths = await commandPaths();
    expect(paths.length).toBeGreaterThan(40);
    for (const path of [[], ...paths]) {
      const { code, stdout } = await cli([...path, '--help'], ZH);
      const name = path.join(' ') || '(top)';
      expect(code, name).toBe(0);
      expect(stdout, name).toMatch(/^用法：claw-control/);
      expect(stdout, name).toContain('-h, --help  ');
      expect(stdout, name).toContain('显示帮助');
      expect(stdout, name).not.toMatch(
        /\b(Usage|Options|Commands|Arguments|choices|default)\b|\[options\]|\[command\]/,
      );
      expect(stdout, name).not.toMatch(/cliHelp\.|cliUsage\./);
      expect(englishSentences(stdout), name).toEqual([]);
      // Wrapped to commander's 80 columns, Chinese counted as two (a default path is as long as the checkout's).
      expect(
        stdout.split('\n').filter((line) => columns(line) > 80 && !line.includes('"/')),
        name,
      ).toEqual([]);
    }
  });

  it('lists the commands under 命令 with their Chinese descriptions, aligned though Chinese is two columns wide', async () => {
    const { stdout } = await cli([], ZH);
    expect(stdout).toContain('选项：\n  -V, --version');
    expect(stdout).toMatch(/命令：\n {2}serve \[选项\] +在浏览器中运行控制面板/);
    expect(stdout).toMatch(/\n {2}help \[命令\] +显示某个命令的帮助\n/);
    const starts = stdout
      .split('\n')
      .filter((line) => /^ {2}\S/.test(line) && stdout.indexOf(line) > stdout.indexOf('命令：'))
      .map((line) => columns(line.replace(/^( {2}\S(?:\S| (?! ))* +).*/, '$1')));
    expect(new Set(starts).size).toBe(1);
    expect(columns('服务器 ab')).toBe(9);
  });

  it('says choices and defaults in Chinese', async () => {
    const layout = (await cli(['models', 'layout', '--help'], ZH)).stdout;
    expect(layout).toContain('参数：\n  layout      要应用的布局（可选值："hosted-primary", "local-first",');
    expect((await cli(['serve', '--help'], ZH)).stdout).toMatch(
      /--port <n> +监听端口（0 表示自动选一个空闲端口）（默认：7420）/,
    );
  });
});

describe('help in English', () => {
  it('reads as before: usage, description, options, commands and the help command', async () => {
    const { code, stdout } = await cli(['--help'], EN);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: claw-control \[options\] \[command\]\n\nRun OpenClaw on local LLMs without fear/);
    expect(stdout).toMatch(/\nOptions:\n {2}-V, --version +print the version\n/);
    expect(stdout).toMatch(/ {2}--config <path> +OpenClaw config file \(default: OpenClaw's own\n +resolution\)/);
    expect(stdout).toMatch(/ {2}-h, --help +show help\n/);
    expect(stdout).toMatch(/\nCommands:\n {2}serve \[options\] +run the panel in a browser/);
    expect(stdout).toMatch(/ {2}fit \[options\] <model> +will a model fit\?/);
    expect(stdout).toMatch(/ {2}help \[command\] +show help for a command\n/);
    expect(stdout).not.toMatch(/cliHelp\.|cliUsage\./);
  });

  it('shows a command’s options with their defaults and choices', async () => {
    const add = (await cli(['models', 'fallbacks', 'add', '--help'], EN)).stdout;
    expect(add).toMatch(
      /^Usage: claw-control models fallbacks add \[options\] <ref>\n\nadd a fallback \(at the end, or at --at N\)\n/,
    );
    expect(add).toMatch(/--at <n> +position, 1 = first fallback\n/);
    expect(add).toMatch(/--dry-run +print the diff and write nothing\n/);
    expect((await cli(['serve', '--help'], EN)).stdout).toMatch(
      /--port <n> +port to listen on \(0 picks a free one\) \(default: 7420\)/,
    );
    expect((await cli(['models', 'layout', '--help'], EN)).stdout).toContain(
      'Arguments:\n  layout      the layout to apply (choices: "hosted-primary", "local-first",',
    );
    expect((await cli(['providers', 'model', 'add', '--help'], EN)).stdout).toMatch(
      /--input <kinds> +what it reads, comma-separated \(text, image/,
    );
  });
});

describe('usage errors', () => {
  it('commander’s errors are said in Chinese, with exit 2 and the hint to --help', async () => {
    const cases: [string[], string][] = [
      [['info', '--jsn'], '错误：未知选项“--jsn”\n（你是不是想用 --json？）\n'],
      [['modles'], '错误：未知命令“modles”\n（你是不是想用 models？）\n'],
      [['probe'], '错误：缺少必需的参数“baseUrl”\n'],
      [['providers', 'add', 'x'], '错误：必须指定选项“--preset <preset>”\n'],
      [['providers', 'add', 'x', '--preset'], '错误：选项“--preset <preset>”缺少参数值\n'],
      [
        ['models', 'layout', 'all-local'],
        '错误：参数“layout”的值“all-local”无效。可选值为 hosted-primary, local-first, local-only。\n',
      ],
      [['info', 'extra'], '错误：“info”的参数太多。应为 0 个，实际给了 1 个。\n'],
    ];
    for (const [argv, said] of cases) {
      const { code, stderr } = await cli(argv, ZH);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toBe(`${said}（运行 claw-control --help 查看用法）\n`);
    }
    const port = await cli(['serve', '--port', '70000'], ZH);
    expect([port.code, port.stderr]).toEqual([2, 'claw-control: 端口必须是 0 到 65535 之间的整数，而不是“70000”\n']);
    expect((await cli(['--openclaw'], ZH)).stderr).toBe('claw-control: --openclaw 后面需要给出 openclaw 程序的路径\n');
  });

  it('in English, one argument and two arguments', async () => {
    expect((await cli(['probe', 'a', 'b'], EN)).stderr).toBe(
      "error: too many arguments for 'probe'. Expected 1 argument but got 2.\n(run claw-control --help for usage)\n",
    );
    expect((await cli(['models', 'alias', 'set', 'a', 'b', 'c'], EN)).stderr).toContain(
      "error: too many arguments for 'set'. Expected 2 arguments but got 3.\n",
    );
    expect((await cli(['models', 'layout', 'x'], EN)).stderr).toContain(
      "error: 'x' is invalid for argument 'layout'. Allowed choices are hosted-primary, local-first, local-only.\n",
    );
  });

  it('a text of a shape it does not know is printed as commander wrote it', () => {
    expect(commanderErrorMessages("error: option '--a' cannot be used with option '--b'\n")).toBeUndefined();
    expect(commanderErrorMessages("error: unknown option '--x'\n(something else)\n")).toBeUndefined();
    expect(commanderErrorMessages("error: unknown option '--x'\n")).toEqual([
      { code: 'cliUsage.error.unknownOption', params: { flag: '--x' } },
    ]);
  });
});
