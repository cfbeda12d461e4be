/** Messages of `claw-control service` where systemd cannot run a unit: why, and the commands that make it run. */
import type { DomainCatalog } from '../catalog';

export const ship2 = {
  en: {
    noUserManager:
      'There is no systemd user instance for {{user}} here (systemctl --user: {{detail}}), so a user unit could not start. Nothing was written.',
    noSystemManager:
      'systemd is not running on this machine (systemctl: {{detail}}; a container?), so no unit can start here. Nothing was written.',
    noSystemctl: 'systemctl was not found, so no unit can start here. Nothing was written.',
    enableLinger:
      'To run it as your user unit, start your systemd instance (it then also starts at boot), then install again:\n  sudo loginctl enable-linger {{user}}\n  export XDG_RUNTIME_DIR=/run/user/{{uid}}\n  claw-control service install',
    useSystemUnit:
      'You are root: install a system unit instead (/etc/systemd/system, User=root):\n  claw-control service install --system',
    foreground:
      'Or run the panel in the foreground (under tmux, screen or your container’s supervisor):\n  {{serveCommand}}',
    systemNeedsRoot: 'A system unit needs root: run sudo claw-control service install --system',
    systemUnsupported: '--system is for systemd on Linux; on {{platform}} run claw-control service install',
    installedSystem:
      'Installed the system unit {{file}}: it runs claw-control serve as {{user}} at boot and restarts it if it stops.',
    running: 'It is running now.',
    notRunningYet: 'The unit is enabled but not running ({{state}}); its log: {{logs}}',
    statusNotRunning: 'Service {{file}}: not running, because {{reason}}',
    becauseState: 'systemd reports it {{state}}; its log: {{logs}}',
    becauseNoManager: 'no systemd manager answers here (systemctl: {{detail}})',
    becauseLaunchd: 'launchd reports it {{state}}',
    removedNothingRan: 'Removed {{file}}; nothing was running it (no systemd instance answers here).',
    stillRunning: 'Removed {{file}}, but the service still runs: {{detail}}',
    snapshotUnwritable: 'Could not keep the hardware report in {{file}} ({{detail}}): the next command probes again',
    snapshotAge_one: 'Probed {{count}} minute ago; claw-control hardware --refresh probes again.',
    snapshotAge_other: 'Probed {{count}} minutes ago; claw-control hardware --refresh probes again.',
  },
  'zh-CN': {
    noUserManager:
      '这里没有 {{user}} 的 systemd 用户实例（systemctl --user：{{detail}}），用户级 unit 无法启动。没有写入任何文件。',
    noSystemManager:
      '这台机器没有运行 systemd（systemctl：{{detail}}；可能是容器），这里无法启动任何 unit。没有写入任何文件。',
    noSystemctl: '未找到 systemctl，这里无法启动任何 unit。没有写入任何文件。',
    enableLinger:
      '如需作为你的用户级 unit 运行，先启动你的 systemd 实例（之后开机也会自动启动），再重新安装：\n  sudo loginctl enable-linger {{user}}\n  export XDG_RUNTIME_DIR=/run/user/{{uid}}\n  claw-control service install',
    useSystemUnit:
      '你是 root：请改为安装系统级 unit（/etc/systemd/system，User=root）：\n  claw-control service install --system',
    foreground: '或者在前台运行面板（放在 tmux、screen 或容器自己的进程管理器里）：\n  {{serveCommand}}',
    systemNeedsRoot: '系统级 unit 需要 root 权限：请运行 sudo claw-control service install --system',
    systemUnsupported: '--system 只用于 Linux 上的 systemd；在 {{platform}} 上请运行 claw-control service install',
    installedSystem: '已安装系统级 unit {{file}}：开机时以 {{user}} 身份运行 claw-control serve，停止后会自动重启。',
    running: '现在已在运行。',
    notRunningYet: 'unit 已启用，但没有运行（{{state}}）；查看日志：{{logs}}',
    statusNotRunning: '服务 {{file}}：没有运行，原因是{{reason}}',
    becauseState: 'systemd 报告其状态为 {{state}}；查看日志：{{logs}}',
    becauseNoManager: '这里没有可连接的 systemd（systemctl：{{detail}}）',
    becauseLaunchd: 'launchd 报告其状态为 {{state}}',
    removedNothingRan: '已删除 {{file}}；没有进程在运行它（这里没有可连接的 systemd 实例）。',
    stillRunning: '已删除 {{file}}，但服务仍在运行：{{detail}}',
    snapshotUnwritable: '无法把硬件信息保存到 {{file}}（{{detail}}）：下一条命令会重新检测',
    snapshotAge_one: '{{count}} 分钟前检测；运行 claw-control hardware --refresh 可重新检测。',
    snapshotAge_other: '{{count}} 分钟前检测；运行 claw-control hardware --refresh 可重新检测。',
  },
} satisfies DomainCatalog;
