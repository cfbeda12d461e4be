/**
 * Several machines, one budget: the machines the user added (other headless panels by URL +
 * token, exo clusters by their API URL) with their status and memory, and how a model would
 * split across them, machine by machine.
 */
import { gbNumber } from '@shared/units/memory';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterNode } from '@shared/cluster/cluster';
import { modelChain } from '@shared/config/config-access';
import { Card } from '@renderer/components/Card';
import { useFailure, useMessage } from '@renderer/i18n/useMessage';
import { useEditor, useMachines } from '@renderer/stores';

const PLACEHOLDERS = {
  panel: 'http://127.0.0.1:7421/?token=…',
  exo: 'http://studio-a.local:52415',
  rpc: '192.168.1.20:50052',
};

const GB = gbNumber;

function NodeLine({ node }: { node: ClusterNode }) {
  const { t } = useTranslation();
  return (
    <span className="machine-node">
      <strong>{node.label}</strong> {node.chip ?? ''} · {t('machines.usable', { gb: GB(node.usableBytes) })}
      {node.usableIsEstimate ? ` ${t('machines.estimate')}` : ''}
    </span>
  );
}

function AddMachine() {
  const { t } = useTranslation();
  const { add, busy } = useMachines();
  const [kind, setKind] = useState<'panel' | 'exo' | 'rpc'>('panel');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [label, setLabel] = useState('');
  return (
    <form
      className="machine-add"
      onSubmit={(event) => {
        event.preventDefault();
        void add({
          kind,
          url: url.trim(),
          ...(token.trim() ? { token: token.trim() } : {}),
          ...(label.trim() ? { label: label.trim() } : {}),
        }).then((ok) => {
          if (ok) {
            setUrl('');
            setToken('');
            setLabel('');
          }
        });
      }}
    >
      <label>
        {t('machines.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as 'panel' | 'exo' | 'rpc')}>
          <option value="panel">{t('machines.kinds.panel')}</option>
          <option value="exo">{t('machines.kinds.exo')}</option>
          <option value="rpc">{t('machines.kinds.rpc')}</option>
        </select>
      </label>
      <label>
        {t('machines.url')}
        <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder={PLACEHOLDERS[kind]} required />
      </label>
      {kind === 'panel' && (
        <label>
          {t('machines.token')}
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
        </label>
      )}
      <label>
        {t('machines.label')}
        <input value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || !url.trim()}>
        {t('machines.add')}
      </button>
    </form>
  );
}

function ClusterFitView() {
  const { t } = useTranslation();
  const { fit, checkFit, busy } = useMachines();
  const draft = useEditor((s) => s.draft);
  const primary = draft ? modelChain(draft).primary : null;
  const [model, setModel] = useState('');
  const [quant, setQuant] = useState('');
  const chosen = model.trim() || primary || 'minimax-m2.1';
  return (
    <div className="cluster-fit">
      <form
        className="machine-add"
        onSubmit={(event) => {
          event.preventDefault();
          void checkFit({ model: chosen, ...(quant.trim() ? { quant: quant.trim() } : {}) });
        }}
      >
        <label>
          {t('machines.model')}
          <input value={model} onChange={(e) => setModel(e.target.value)} placeholder={primary ?? 'minimax-m2.1'} />
        </label>
        <label>
          {t('machines.quant')}
          <input value={quant} onChange={(e) => setQuant(e.target.value)} placeholder="Q4_K_M" />
        </label>
        <button type="submit" disabled={busy}>
          {t('machines.check')}
        </button>
      </form>
      {fit && (
        <div data-testid="cluster-fit">
          <p>
            <span className={`badge badge-fit-${fit.fit.verdict}`}>{t(`machines.verdict.${fit.fit.verdict}`)}</span>{' '}
            {t('machines.fitSummary', {
              context: fit.fit.total.context.toLocaleString(),
              weights: GB(fit.fit.total.weightBytes),
              kv: GB(fit.fit.total.kvBytes),
              layers: fit.fit.nLayers ?? '?',
            })}
          </p>
          {fit.fit.nodes.length > 0 && (
            <table className="warm-table" aria-label={t('machines.split')}>
              <thead>
                <tr>
                  <th>{t('machines.machine')}</th>
                  <th>{t('machines.layers')}</th>
                  <th>{t('machines.needs')}</th>
                </tr>
              </thead>
              <tbody>
                {fit.fit.nodes.map((node) => (
                  <tr key={node.id} data-testid="cluster-node">
                    <td>{node.label}</td>
                    <td>{node.layers}</td>
                    <td className={node.fits ? '' : 'error'}>
                      {t('machines.need', { need: GB(node.needBytes), usable: GB(node.usableBytes) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}

export function MachinesCard() {
  const { t } = useTranslation();
  const translate = useMessage();
  const { report, error, load, remove, busy } = useMachines();
  const shown = useFailure();
  useEffect(() => void load(), [load]);
  const total = report?.clusterNodes.reduce((sum, n) => sum + (n.usableBytes ?? 0), 0) ?? 0;
  return (
    <Card
      title={t('machines.title')}
      actions={
        <button type="button" onClick={() => void load()} disabled={busy}>
          {t('common.refresh')}
        </button>
      }
    >
      {error && (
        <p className="error" role="alert">
          {shown(error)}
        </p>
      )}
      <p className="hint">{t('machines.hint')}</p>
      {report && (
        <>
          <ul className="plain-list" aria-label={t('machines.title')}>
            {report.machines.map((machine) => (
              <li key={machine.id} data-testid="machine">
                <strong>{machine.label}</strong> <code>{machine.url}</code>{' '}
                <span className={`badge badge-${machine.state === 'ok' ? 'ok' : 'warning'}`}>
                  {t(`machines.state.${machine.state}`)}
                </span>{' '}
                <button type="button" disabled={busy} onClick={() => void remove(machine.id)}>
                  {t('common.remove')}
                </button>
                {machine.problem && <div className="hint">{translate(machine.problem)}</div>}
                {machine.servers.map((server) => (
                  <div key={server.providerId} className="hint" data-testid="machine-server">
                    {t('machines.server', {
                      provider: server.providerId,
                      kind: server.kind ?? '?',
                      state: t(server.reachable ? 'machines.serverUp' : 'machines.serverDown'),
                    })}
                    {server.loaded.length > 0 && ` · ${t('machines.loaded', { models: server.loaded.join(', ') })}`}
                  </div>
                ))}
                {machine.keptWarm.length > 0 && (
                  <div className="hint">
                    {t('machines.kept', { refs: machine.keptWarm.map((k) => k.ref).join(', ') })}
                  </div>
                )}
                {machine.kind !== 'panel' &&
                  machine.nodes.map((node) => (
                    <div key={node.id}>
                      <NodeLine node={node} />
                    </div>
                  ))}
              </li>
            ))}
          </ul>
          <p data-testid="cluster-total">
            {t('machines.total', {
              count: report.clusterNodes.length,
              gb: GB(total),
              source: t(`machines.source.${report.clusterSource}`),
            })}
          </p>
          <ClusterFitView />
        </>
      )}
      <AddMachine />
    </Card>
  );
}
