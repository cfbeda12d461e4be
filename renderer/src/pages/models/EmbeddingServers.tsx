/** The check-up's list of the memory search's local embedding servers (after a whole-chain check; nothing when none). */
import { msg } from '@shared/i18n/message';
import { useMessage } from '@renderer/i18n/useMessage';
import { useCheckup } from '@renderer/stores';

const TONE = { pass: 'badge-ok', warn: 'badge-warning', fail: 'badge-error', skip: 'badge-info' } as const;

export function EmbeddingServers() {
  const m = useMessage();
  const servers = useCheckup((s) => s.embeddings);
  if (!servers || servers.length === 0) return null;
  return (
    <section className="embeddings" aria-label={m(msg('embeddings.title'))} data-testid="embeddings">
      <h3>{m(msg('embeddings.title'))}</h3>
      <ul className="plain-list">
        {servers.map((server) => (
          <li key={`${server.path} ${server.baseUrl ?? ''}`} data-status={server.status}>
            <p>
              <span className={`badge ${TONE[server.status]}`}>{m(msg(`checkup.status.${server.status}`))}</span>{' '}
              <code>{server.baseUrl ?? server.provider}</code> — {m(server.summary)}
            </p>
            <ul className="plain-list checkup-evidence">
              {server.evidence.map((line, i) => (
                <li key={i}>{m(line)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
