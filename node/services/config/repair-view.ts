/** What the panel's repair page shows of the config: its state, the parser's position with the lines around it and the one wording of the problem, and the backup ring. */
import { parseExcerpt } from '@shared/config/parse-excerpt';
import { parseProblem, unreadableProblem } from '@shared/config/parse-problem';
import { listBackups } from './backup-list';
import { hashText } from './config-document';
import { readConfigFile } from './config-file';

export async function repairView(configPath: string) {
  const [read, backups] = await Promise.all([readConfigFile(configPath), listBackups(configPath)]);
  const base = { path: configPath, backups, parseError: null, excerpt: [], problem: null };
  switch (read.state) {
    case 'missing':
      return { ...base, state: read.state, baseHash: null };
    case 'unreadable':
      return { ...base, state: read.state, baseHash: null, problem: unreadableProblem(configPath, read.ioError) };
    case 'ok':
      return { ...base, state: read.state, baseHash: hashText(read.text) };
    case 'malformed':
      return {
        ...base,
        state: read.state,
        baseHash: hashText(read.text),
        parseError: read.parseError,
        problem: parseProblem(configPath, read.parseError),
        excerpt: parseExcerpt(read.text, read.parseError.line),
      };
  }
}
