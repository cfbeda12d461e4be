/** The check-up's section on the memory search's local embedding servers (printed after the chain; nothing when none). */
import type { Translator } from '@locales/translate';
import { msg } from '@shared/i18n/message';
import type { EmbeddingServer } from '@shared/rules/checkup/embeddings';
import type { CliContext } from '../context';

const MARK = { pass: '✓', warn: '!', fail: '✗', skip: '-' } as const;

export function printEmbeddings(ctx: CliContext, t: Translator, servers: EmbeddingServer[]): void {
  if (servers.length === 0) return;
  ctx.io.out(`\n${t.message(msg('embeddings.title'))}\n`);
  for (const server of servers) {
    ctx.io.out(
      `  ${MARK[server.status]} ${server.baseUrl ?? server.provider}${server.model ? ` (${server.model})` : ''}\n`,
    );
    ctx.io.out(`      ${t.message(server.summary)}\n`);
    for (const line of server.evidence) ctx.io.out(`      ${t.message(line)}\n`);
  }
}
