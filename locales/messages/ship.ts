/** Messages of the shipped CLI: `claw-control service`, the panel's token file, installing the command line tool. */
import type { DomainCatalog } from '../catalog';

export const ship = {
  en: {
    tokenFileUnwritable: 'Cannot write the token file {{file}}: {{detail}}',
    tokenFileTooOpen: '{{file}} can be read by other users (mode {{mode}}); run: chmod 600 {{file}}',
    tokenFileInvalid: '{{file}} holds no valid token; delete it and a new one is made',
    tokenFileMissing: 'The token file {{file}} is missing; run claw-control service install again',
    unitWriteFailed: 'Could not write {{file}} (the copy read back differs); nothing was replaced',
    unitValueRefused:
      '{{name}} holds a control character (a newline, a tab, an escape); a service unit cannot hold it safely, so nothing was written',
    unitEnvNameRefused:
      'The environment variable {{name}} is not a plain name (letters, digits, _); a service unit cannot hold it, so nothing was written',
    serviceUnsupported:
      'claw-control service supports Linux (systemd) and macOS (launchd), not {{platform}}; run claw-control serve under your own service manager',
    remoteRefused:
      'Refusing to listen on {{host}}: anyone who reaches that port with the token could edit your config. Keep the loopback default and use ssh -L, or add --allow-remote',
    npxPath:
      'The service runs {{cli}} from npx’s cache, which npm may clean; for a stable path run npm i -g claw-control and install the service again',
    systemctlMissing:
      'systemctl was not found: the unit is written but not enabled; enable it with: systemctl --user enable --now claw-control.service',
    launchctlMissing: 'launchctl was not found: the LaunchAgent is written but not loaded',
    stepFailed: '{{command}} failed: {{detail}}',
    lingerHint: 'To start it at boot, before anyone logs in, run once: loginctl enable-linger {{user}}',
    launchdLog: 'Log: {{file}}',
    installed: 'Installed {{file}}: it runs claw-control serve at boot and restarts it if it stops.',
    installedNotEnabled: 'Wrote {{file}}, but it is not running yet.',
    tokenFile: 'Token file: {{file}} (readable only by you; the URL stays the same across restarts)',
    panelUrl: 'Panel: {{url}}',
    sshHint: 'From your laptop: ssh -N -L {{port}}:127.0.0.1:{{port}} {{user}}@{{host}}, then open the URL above.',
    remoteWarning:
      'Listening on {{host}}: anyone who can reach this port and has the token can edit your config. Prefer ssh -L.',
    uninstalled: 'Removed {{file}}; the service is stopped and will not start at boot.',
    unitRemoved: 'Removed {{file}}.',
    notInstalled: 'No service is installed ({{file}} does not exist).',
    status: 'Service {{file}}: {{state}}',
    stateUnknown: 'state unknown',
    cliInstalled: 'Linked {{link}} → {{target}}; open a new terminal and run: claw-control --help',
    cliNotOnPath: '{{dir}} is not on your PATH; add it to your shell profile: export PATH="{{dir}}:$PATH"',
    cliLinkTaken: '{{link}} exists and is not Claw Control’s link; remove it first',
    cliNoWritableDir: 'No folder on your PATH is writable ({{dirs}}); create ~/.local/bin and add it to PATH',
    cliMkdirFailed: 'Could not create {{detail}}',
    cliMissing: 'This build of the app carries no command line tool ({{target}} is missing)',
    cliUnsupported: 'On Windows, install the command line tool with npm i -g claw-control',
  },
  'zh-CN': {
    tokenFileUnwritable: '无法写入令牌文件 {{file}}：{{detail}}',
    tokenFileTooOpen: '{{file}} 可被其他用户读取（权限 {{mode}}）；请运行：chmod 600 {{file}}',
    tokenFileInvalid: '{{file}} 中没有有效的令牌；删除它后会重新生成',
    tokenFileMissing: '令牌文件 {{file}} 不存在；请重新运行 claw-control service install',
    unitWriteFailed: '无法写入 {{file}}（读回的内容不一致）；原文件未被替换',
    unitValueRefused: '{{name}} 含有控制字符（换行、制表符或转义符），服务单元文件无法安全写入，因此什么都没写',
    unitEnvNameRefused:
      '环境变量名 {{name}} 不是普通名称（只能用字母、数字和 _），服务单元文件无法写入，因此什么都没写',
    serviceUnsupported:
      'claw-control service 支持 Linux（systemd）和 macOS（launchd），不支持 {{platform}}；请用你自己的服务管理器运行 claw-control serve',
    remoteRefused:
      '拒绝监听 {{host}}：任何能访问该端口并持有令牌的人都能修改你的配置。请保留默认的本机地址并使用 ssh -L，或加上 --allow-remote',
    npxPath:
      '服务运行的是 npx 缓存中的 {{cli}}，npm 可能会清理它；如需稳定路径，请运行 npm i -g claw-control 后重新安装服务',
    systemctlMissing:
      '未找到 systemctl：unit 文件已写入但未启用；请运行：systemctl --user enable --now claw-control.service',
    launchctlMissing: '未找到 launchctl：LaunchAgent 已写入但未加载',
    stepFailed: '{{command}} 失败：{{detail}}',
    lingerHint: '如需在开机时（无人登录前）启动，请运行一次：loginctl enable-linger {{user}}',
    launchdLog: '日志：{{file}}',
    installed: '已安装 {{file}}：开机时运行 claw-control serve，停止后会自动重启。',
    installedNotEnabled: '已写入 {{file}}，但服务尚未运行。',
    tokenFile: '令牌文件：{{file}}（仅你可读；重启后 URL 不变）',
    panelUrl: '面板：{{url}}',
    sshHint: '在你的笔记本上运行：ssh -N -L {{port}}:127.0.0.1:{{port}} {{user}}@{{host}}，然后打开上面的 URL。',
    remoteWarning: '正在监听 {{host}}：任何能访问该端口并持有令牌的人都能修改你的配置。建议使用 ssh -L。',
    uninstalled: '已删除 {{file}}；服务已停止，开机时不再启动。',
    unitRemoved: '已删除 {{file}}。',
    notInstalled: '未安装服务（{{file}} 不存在）。',
    status: '服务 {{file}}：{{state}}',
    stateUnknown: '状态未知',
    cliInstalled: '已创建链接 {{link}} → {{target}}；打开新的终端并运行：claw-control --help',
    cliNotOnPath: '{{dir}} 不在 PATH 中；请在 shell 配置文件中加入：export PATH="{{dir}}:$PATH"',
    cliLinkTaken: '{{link}} 已存在且不是 Claw Control 的链接；请先删除它',
    cliNoWritableDir: 'PATH 中没有可写的文件夹（{{dirs}}）；请创建 ~/.local/bin 并把它加入 PATH',
    cliMkdirFailed: '无法创建 {{detail}}',
    cliMissing: '此版本的应用没有附带命令行工具（缺少 {{target}}）',
    cliUnsupported: '在 Windows 上，请用 npm i -g claw-control 安装命令行工具',
  },
} satisfies DomainCatalog;
