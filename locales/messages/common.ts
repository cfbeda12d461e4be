/** Messages shared by every domain: generic failures and words used as parameters. */
import type { DomainCatalog } from '../catalog';

export const common = {
  en: {
    unexpected: 'Something went wrong: {{detail}}',
    internal: '{{call}} failed unexpectedly; the details are in the log.',
    invalidInput: 'Not accepted: {{path}} {{detail}}',
    /** A text already put together in the reader's language by the service that made it. */
    said: '{{text}}',
    timeout: '{{what}} did not answer within {{seconds}} s',
    /** A fault nobody put into words (a bug, a crash): the cause is in the log, never shown. */
    faultUnexpected: 'Something went wrong unexpectedly; the details are in the log.',
    desktopOnly: 'Login item and menu-bar settings exist only in the desktop app.',
    unknownCall: 'Unknown call: {{call}}',
    malformedResult: '{{call}} returned a malformed result; the details are in the log.',
    ipcForeignSender: 'Call refused: it did not come from the app’s own window.',
    tooDeep: 'is nested more than {{max}} levels deep',
  },
  'zh-CN': {
    unexpected: '出了点问题：{{detail}}',
    internal: '{{call}} 意外失败；详细信息见日志。',
    invalidInput: '未被接受：{{path}} {{detail}}',
    said: '{{text}}',
    timeout: '{{what}} 在 {{seconds}} 秒内没有响应',
    faultUnexpected: '出现了意外错误，详细信息见日志。',
    desktopOnly: '开机启动和仅菜单栏显示的设置只在桌面应用中可用。',
    unknownCall: '未知的调用：{{call}}',
    malformedResult: '{{call}} 返回的结果格式不对，详细信息见日志。',
    ipcForeignSender: '调用被拒绝：它不是来自本应用自己的窗口。',
    tooDeep: '嵌套超过了 {{max}} 层',
  },
} satisfies DomainCatalog;
