/** A save that the file system refused, said with what to do (issue #24: "EACCES EACCES: permission denied, open '…/.openclaw.json.lock'"). */
import type { DomainCatalog } from '../catalog';

export const writeFaults = {
  en: {
    permission:
      'Could not save: this user may not write in {{folder}} (permission denied on {{file}}). Give your user write access to that folder — e.g. `chmod u+w "{{folder}}"`, or change its owner with `chown` — then save again. The config and its backups were left as they were.',
    diskFull:
      'Could not save: the disk holding {{folder}} is full. Free some space, then save again. The config and its backups were left as they were.',
    readOnlyDisk:
      'Could not save: {{folder}} is on a read-only file system. Remount it writable (or point OPENCLAW_CONFIG_PATH at a writable place), then save again.',
    tooManyFiles:
      'Could not save: this system has too many files open right now. Close some programs, then save again. The config was left as it was.',
  },
  'zh-CN': {
    permission:
      '无法保存：当前用户没有 {{folder}} 的写入权限（访问 {{file}} 被拒绝）。请给当前用户这个文件夹的写入权限，例如运行 `chmod u+w "{{folder}}"`，或用 `chown` 修改其所有者，然后再保存。配置文件及其备份均未改动。',
    diskFull: '无法保存：{{folder}} 所在的磁盘已满。请清理出一些空间后再保存。配置文件及其备份均未改动。',
    readOnlyDisk:
      '无法保存：{{folder}} 位于只读文件系统上。请将其重新挂载为可写（或把 OPENCLAW_CONFIG_PATH 指向可写的位置），然后再保存。',
    tooManyFiles: '无法保存：系统当前打开的文件过多。请关闭一些程序后再保存。配置文件未改动。',
  },
} satisfies DomainCatalog;
