/** Local model servers: probe failures and the guidance's advice for each, server words, keep-warm. */
import type { DomainCatalog } from '../catalog';

export const servers = {
  en: {
    at: '{{url}}: {{detail}}',
    failure: {
      notUrl: 'not a URL: {{url}}',
      protocol: 'only http and https URLs are probed (got {{protocol}})',
      tooLarge: 'the answer is larger than {{mb}} MB',
      timeout: 'no answer within {{seconds}} s',
      refused: 'connection refused at {{host}}',
      dns: 'cannot resolve {{host}}',
      network: '{{detail}}',
    },
    problem: {
      notOpenAi: '{{url}} did not answer with an OpenAI model list (HTTP {{status}})',
      refused: '{{url}} refused the request (HTTP {{status}})',
      status: '{{url}} answered HTTP {{status}}',
    },
    advice: {
      unreachable: 'Is the server started, and is the port right? Check with: curl {{modelsUrl}}',
      timeout:
        'The server accepted the connection but did not answer. A cold model load is the usual "hang": wait, or reload the model.',
      tooLarge: 'This does not look like a model server. Check the URL.',
      badUrl: "Use the server's http:// or https:// base URL, e.g. http://127.0.0.1:1234/v1.",
      serverLog: "Look at the server's own log.",
      notOpenAi: 'Is the /v1 in the URL right? OpenAI-compatible servers list their models at <baseUrl>/models.',
      keyRefused: "The API key was refused. Check the provider's apiKey (or the server's token).",
      keyWanted: "The server wants an API key. Set the provider's apiKey.",
      serverError: 'The server reported an internal error. Look at its log, or restart it.',
    },
    openaiCompatible: 'OpenAI-compatible server',
  },
  'zh-CN': {
    at: '{{url}}：{{detail}}',
    failure: {
      notUrl: '不是有效的 URL：{{url}}',
      protocol: '只检测 http 和 https URL（当前为 {{protocol}}）',
      tooLarge: '响应超过 {{mb}} MB',
      timeout: '{{seconds}} 秒内没有响应',
      refused: '{{host}} 拒绝连接',
      dns: '无法解析 {{host}}',
      network: '{{detail}}',
    },
    problem: {
      notOpenAi: '{{url}} 没有返回 OpenAI 格式的模型列表（HTTP {{status}}）',
      refused: '{{url}} 拒绝了请求（HTTP {{status}}）',
      status: '{{url}} 返回 HTTP {{status}}',
    },
    advice: {
      unreachable: '服务器启动了吗？端口对吗？可以用 curl {{modelsUrl}} 检查。',
      timeout: '服务器接受了连接但没有响应。通常是模型在冷加载（常见的“卡住”）：请等待，或重新加载模型。',
      tooLarge: '这看起来不是模型服务器。请检查 URL。',
      badUrl: '请使用服务器的 http:// 或 https:// base URL，例如 http://127.0.0.1:1234/v1。',
      serverLog: '请查看服务器自己的日志。',
      notOpenAi: 'URL 中的 /v1 对吗？OpenAI 兼容服务器在 <baseUrl>/models 列出模型。',
      keyRefused: 'API key 被拒绝。请检查 provider 的 apiKey（或服务器的 token）。',
      keyWanted: '服务器需要 API key。请设置 provider 的 apiKey。',
      serverError: '服务器报告了内部错误。请查看它的日志，或重启它。',
    },
    openaiCompatible: 'OpenAI 兼容服务器',
  },
} satisfies DomainCatalog;
