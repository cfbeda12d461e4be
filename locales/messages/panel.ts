/** Messages of the headless panel's HTTP door: what its server refuses and what its transport cannot reach. */
import type { DomainCatalog } from '../catalog';

export const panel = {
  en: {
    unreachable: 'The panel server is not answering. Is `claw-control serve` still running?',
    sessionExpired:
      'Session expired (the panel restarted, or this tab never opened its link): open the URL printed by `claw-control serve` again.',
    unexpectedAnswer: 'Unexpected answer from the panel server (HTTP {{status}})',
    needsJson: 'API calls must send Content-Type: application/json',
    bodyTooLarge: 'Request body too large',
    bodyNotJson: 'Request body is not valid JSON',
    hostRefused: 'Forbidden: this Host is not the panel’s own address',
    crossOrigin: 'Forbidden: cross-origin requests are not accepted',
    tokenMissing: 'Unauthorized: open the URL printed by `claw-control serve` (it carries the token)',
    eventsUseGet: 'Use GET for the event stream',
    callsUsePost: 'API calls use POST',
    methodNotAllowed: 'Method not allowed',
    notFound: 'Not found',
    badRequest: 'Bad request: {{detail}}',
    urlUnparsable: 'the request URL does not parse',
    pathUndecodable: 'the request path does not decode',
    requestFailed: 'Request failed; the details are in the server’s log.',
  },
  'zh-CN': {
    unreachable: '面板服务器没有响应。`claw-control serve` 还在运行吗？',
    sessionExpired:
      '会话已失效（面板重启过，或这个标签页没有通过链接打开）：请重新打开 `claw-control serve` 打印出的地址。',
    unexpectedAnswer: '面板服务器返回了意料之外的应答（HTTP {{status}}）',
    needsJson: 'API 调用必须带上 Content-Type: application/json',
    bodyTooLarge: '请求体太大',
    bodyNotJson: '请求体不是有效的 JSON',
    hostRefused: '拒绝访问：这个 Host 不是面板自己的地址',
    crossOrigin: '拒绝访问：不接受跨域请求',
    tokenMissing: '未授权：请打开 `claw-control serve` 打印出的地址（其中带有令牌）',
    eventsUseGet: '事件流请用 GET 请求',
    callsUsePost: 'API 调用请用 POST 请求',
    methodNotAllowed: '不支持该请求方法',
    notFound: '找不到该页面',
    badRequest: '请求有误：{{detail}}',
    urlUnparsable: '请求的 URL 无法解析',
    pathUndecodable: '请求路径无法解码',
    requestFailed: '请求失败，详细信息见服务器日志。',
  },
} satisfies DomainCatalog;
