/** Messages of the safety layer: HTTP answers that fail or cost too much, safe saves, the writer lock, secrets, the panel session. */
import type { DomainCatalog } from '../catalog';

export const safety = {
  en: {
    httpBadUrl: 'Not an http:// or https:// URL: {{url}}',
    httpRefused: 'Connection refused at {{host}}',
    httpDns: 'Cannot resolve {{host}}',
    httpNetwork: 'Network error talking to {{host}}: {{detail}}',
    httpAborted: 'The request was cancelled',
    httpCutOff: '{{host}} closed the connection in the middle of its answer',
    httpCutOffAdvice: 'The server stopped in the middle of its answer (a crash or a restart?). Look at its own log.',
    maskedSecret: '{{path}}: this is a masked secret; type the real value instead',
    httpTooLarge: 'The answer is larger than {{mb}} MB',
    httpTooDeep: 'The answer nests JSON deeper than {{depth}} levels; this is not a model server',
    httpTooManyModels_one: 'The answer lists {{count}} entry (more than {{max}}); this is not a model server',
    httpTooManyModels_other: 'The answer lists {{count}} entries (more than {{max}}); this is not a model server',
    saveFailed: 'Could not write {{path}}: {{detail}}. The config and its backups were left as they were.',
    fileReadOnly:
      '{{path}} is read-only (mode {{mode}}). Claw Control does not change permissions; make it writable yourself (chmod u+w) if you want to save.',
    lockBusy: 'Another program ({{holder}}) is saving {{path}}; try again in a moment.',
    lockHolderUnknown: 'unknown',
    needsConfirmDropsMode:
      'This save removes gateway.mode, without which the OpenClaw Gateway refuses to start. Confirm to save anyway.',
    needsConfirmShrinks:
      'This save shrinks the file from {{before}} to {{after}} characters (by more than half). Confirm to save anyway.',
    secretNotFound: 'There is no secret at {{path}}',
    sessionBadRequest: 'Bad request: {{detail}}',
  },
  'zh-CN': {
    httpBadUrl: '不是 http:// 或 https:// 地址：{{url}}',
    httpRefused: '{{host}} 拒绝连接',
    httpDns: '无法解析 {{host}}',
    httpNetwork: '与 {{host}} 通信时出现网络错误：{{detail}}',
    httpAborted: '请求已取消',
    httpCutOff: '{{host}} 在响应中途关闭了连接',
    httpCutOffAdvice: '服务器在响应中途停止了（崩溃或重启？）。请查看它自己的日志。',
    maskedSecret: '{{path}}：这是被遮盖的密钥，请输入真实的值',
    httpTooLarge: '响应大于 {{mb}} MB',
    httpTooDeep: '响应的 JSON 嵌套超过 {{depth}} 层，这不是模型服务器',
    httpTooManyModels_one: '响应列出了 {{count}} 项（超过 {{max}}），这不是模型服务器',
    httpTooManyModels_other: '响应列出了 {{count}} 项（超过 {{max}}），这不是模型服务器',
    saveFailed: '无法写入 {{path}}：{{detail}}。配置文件及其备份均未改动。',
    fileReadOnly:
      '{{path}} 是只读的（权限 {{mode}}）。Claw Control 不会修改权限；如需保存，请自行设为可写（chmod u+w）。',
    lockBusy: '另一个程序（{{holder}}）正在保存 {{path}}，请稍后再试。',
    lockHolderUnknown: '未知',
    needsConfirmDropsMode: '此次保存会删除 gateway.mode，缺少它 OpenClaw Gateway 将无法启动。确认后才会保存。',
    needsConfirmShrinks:
      '此次保存会把文件从 {{before}} 个字符缩小到 {{after}} 个字符（缩小超过一半）。确认后才会保存。',
    secretNotFound: '{{path}} 处没有密钥',
    sessionBadRequest: '请求无效：{{detail}}',
  },
} satisfies DomainCatalog;
