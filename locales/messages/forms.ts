/** What the panel's form fields say of a typed value they refuse (shared/forms/): URLs, numbers with units, ranges. */
import type { DomainCatalog } from '../catalog';

export const forms = {
  en: {
    url: {
      empty: 'Enter the server’s base URL, e.g. http://127.0.0.1:1234/v1.',
      spaces: '“{{url}}” has a space in it: a URL cannot.',
      schemeColon: '“{{url}}” is missing the colon after the scheme. Did you mean {{fixed}}?',
      noScheme: '“{{url}}” has no http:// or https://. Did you mean {{fixed}}?',
      protocol: 'Only http:// and https:// base URLs work here (got {{protocol}}://).',
      notUrl: '“{{url}}” is not a URL. Write it as http://host:port/v1.',
      noHost: '“{{url}}” names no host. Write it as http://host:port/v1.',
      query: '“{{url}}” has a ?query or #fragment: a base URL ends at its path.',
    },
    number: {
      tokens: '“{{text}}” is not a token count. Write a number such as 32768, 32,768 or 128k (k = 1,024).',
      whole: '“{{text}}” is not a whole number of tokens.',
      duration: '“{{text}}” is not a duration. Write seconds (600) or with a unit: 90s, 10m, 1h.',
      wholeSeconds: '“{{text}}” is not a whole number of seconds.',
      amount: '“{{text}}” is not a number. Write it with digits, e.g. 0.15.',
    },
    limit: {
      positiveWhole: 'Must be a whole number above 0.',
      positiveSeconds: 'Must be a whole number of seconds above 0.',
      contextBelowMin:
        '{{tokens}} tokens is below OpenClaw’s minimum context window of {{min}}: OpenClaw would refuse to run this model.',
      maxTokensAboveContext:
        'An output limit of {{tokens}} does not fit in a context window of {{context}}: leave room for the prompt.',
    },
    blocked: '{{field}}: {{detail}}',
    use: 'Use {{value}}',
    model: { idNeeded: 'Enter the model id the server uses.' },
    aliases: {
      policyLegend: 'Which models /model may pick',
      policy_every: 'Every model (aliases are only names)',
      policy_only: 'Only the models named here (an allow-list)',
      policyUnset: 'Not chosen: OpenClaw treats the models named here as an allow-list until a modelPolicy is set.',
    },
    api: { useCompletions: 'Use chat completions (openai-completions)' },
    import: {
      contextLegend: 'Context window to write',
      context_loaded: 'As the server loaded each model (what it runs now; the doctor checks against it)',
      context_max: 'Each model’s maximum (reload the model at that size in the server too)',
    },
  },
  'zh-CN': {
    url: {
      empty: '请填写服务器的基础 URL，例如 http://127.0.0.1:1234/v1。',
      spaces: '“{{url}}”里有空格，URL 里不能有空格。',
      schemeColon: '“{{url}}”的协议后面少了冒号。是不是想写 {{fixed}}？',
      noScheme: '“{{url}}”没有写 http:// 或 https://。是不是想写 {{fixed}}？',
      protocol: '这里只支持 http:// 和 https:// 开头的地址（填的是 {{protocol}}://）。',
      notUrl: '“{{url}}”不是有效的 URL，请按 http://主机:端口/v1 的格式填写。',
      noHost: '“{{url}}”里没有主机名，请按 http://主机:端口/v1 的格式填写。',
      query: '“{{url}}”带了 ?查询参数或 #片段，基础 URL 只写到路径为止。',
    },
    number: {
      tokens: '“{{text}}”不是有效的 token 数。请填数字，比如 32768、32,768 或 128k（k = 1024）。',
      whole: '“{{text}}”不是整数，token 数必须是整数。',
      duration: '“{{text}}”不是有效的时长。请填秒数（600），或带单位：90s、10m、1h。',
      wholeSeconds: '“{{text}}”不是整秒数。',
      amount: '“{{text}}”不是数字，请用阿拉伯数字填写，比如 0.15。',
    },
    limit: {
      positiveWhole: '必须是大于 0 的整数。',
      positiveSeconds: '必须是大于 0 的整秒数。',
      contextBelowMin: '{{tokens}} 个 token 低于 OpenClaw 要求的最小上下文窗口 {{min}}，OpenClaw 会拒绝运行这个模型。',
      maxTokensAboveContext: '输出上限 {{tokens}} 放不进 {{context}} 的上下文窗口，要给提示词留出空间。',
    },
    blocked: '{{field}}：{{detail}}',
    use: '改用 {{value}}',
    model: { idNeeded: '请填写服务器使用的模型 id。' },
    aliases: {
      policyLegend: '/model 可以选哪些模型',
      policy_every: '所有模型（别名只是起个名字）',
      policy_only: '只允许这里列出的模型（白名单）',
      policyUnset: '还没选：在设置 modelPolicy 之前，OpenClaw 会把这里列出的模型当作白名单。',
    },
    api: { useCompletions: '改用 Chat Completions（openai-completions）' },
    import: {
      contextLegend: '写入的上下文窗口',
      context_loaded: '按服务器当前加载的大小（正在运行的值，体检会以它为准）',
      context_max: '按模型支持的最大值（服务器那边也要按这个大小重新加载模型）',
    },
  },
} as const satisfies DomainCatalog;
