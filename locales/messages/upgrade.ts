/** Messages about moving between OpenClaw releases: keys a release renamed (shared/config/openclaw-migrations-renamed.ts) and the pre-upgrade check (`claw-control check-upgrade`). */
import type { DomainCatalog } from '../catalog';

export const upgrade = {
  en: {
    memorySearch:
      '{{path}} moved to {{to}}: OpenClaw refuses the old key and will not load this file until it is moved.',
    providerApiOpenai:
      'api "openai" is now "openai-completions": OpenClaw refuses the old name and will not load this file until it is renamed.',
    agentsLlm:
      'agents.defaults.llm was retired: a slow server’s timeout is now its provider’s timeoutSeconds. OpenClaw refuses the old key and will not load this file until it is removed.',
    media:
      'The top-level media section moved to attachments: OpenClaw refuses the old key and will not load this file until it is moved.',
    audit:
      'The top-level audit section moved to logging.audit: OpenClaw refuses the old key and will not load this file until it is moved.',
    fix: 'Migrate the renamed keys (one edit, as openclaw doctor --fix does)',
    applied_one: 'Moved {{count}} renamed key to where OpenClaw reads it now.',
    applied_other: 'Moved {{count}} renamed keys to where OpenClaw reads them now.',
    wouldBreak:
      'OpenClaw {{version}} still reads the old keys: moving them would break it. Upgrade OpenClaw to {{since}} or later first.',
    loads: 'This config loads in OpenClaw {{version}} (schema: {{schema}}).',
    wontLoad_one: 'This config will not load in OpenClaw {{version}}: {{count}} problem (schema: {{schema}}).',
    wontLoad_other: 'This config will not load in OpenClaw {{version}}: {{count}} problems (schema: {{schema}}).',
    renamedThere:
      'Renamed in OpenClaw {{version}}: {{path}}. The panel’s fix moves them all in one reviewed edit, as openclaw doctor --fix does.',
    schemaUnreadable: 'Cannot read the schema file {{path}}: {{reason}}',
    schemaNotJson:
      'The schema file {{path}} is not an OpenClaw config schema (expected a JSON Schema object with properties).',
    noVersion:
      'The schema file {{path}} does not say which OpenClaw release it is from; name it with --release (e.g. --release 2026.9.7).',
  },
  'zh-CN': {
    memorySearch: '{{path}} 已移到 {{to}}：OpenClaw 不再认旧键名，不迁移的话这个文件加载不了。',
    providerApiOpenai: 'api "openai" 已改名为 "openai-completions"：OpenClaw 不再认旧名称，不改的话这个文件加载不了。',
    agentsLlm:
      'agents.defaults.llm 已废弃：响应慢的服务器，超时改由对应提供方的 timeoutSeconds 决定。OpenClaw 不再认这个键，不删掉的话这个文件加载不了。',
    media: '顶层的 media 已移到 attachments：OpenClaw 不再认旧键名，不迁移的话这个文件加载不了。',
    audit: '顶层的 audit 已移到 logging.audit：OpenClaw 不再认旧键名，不迁移的话这个文件加载不了。',
    fix: '迁移已改名的键（一次编辑完成，与 openclaw doctor --fix 的做法相同）',
    applied_one: '已把 {{count}} 个改名的键移到 OpenClaw 现在读取的位置。',
    applied_other: '已把 {{count}} 个改名的键移到 OpenClaw 现在读取的位置。',
    wouldBreak:
      'OpenClaw {{version}} 仍然读取旧键名，现在迁移会让它无法加载。请先把 OpenClaw 升级到 {{since}} 或更高版本。',
    loads: '这个配置能在 OpenClaw {{version}} 中加载（结构定义：{{schema}}）。',
    wontLoad_one: '这个配置无法在 OpenClaw {{version}} 中加载：有 {{count}} 个问题（结构定义：{{schema}}）。',
    wontLoad_other: '这个配置无法在 OpenClaw {{version}} 中加载：有 {{count}} 个问题（结构定义：{{schema}}）。',
    renamedThere: '{{path}}：OpenClaw {{version}} 改用新键名读取它；用 “claw-control edit” 或面板可以一次迁移完成。',
    schemaUnreadable: '无法读取结构定义文件 {{path}}：{{reason}}',
    schemaNotJson: '结构定义文件 {{path}} 不是 OpenClaw 的配置结构定义（应为带 properties 的 JSON Schema 对象）。',
    noVersion: '结构定义文件 {{path}} 没有注明来自哪个 OpenClaw 版本；请用 --release 指定（例如 --release 2026.9.7）。',
  },
} satisfies DomainCatalog;
