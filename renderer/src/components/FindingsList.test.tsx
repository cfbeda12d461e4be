/** Findings grouped by rule with their count, collapsed; a rule found once shows as itself (issue #24). */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import type { Finding } from '@shared/rules/finding';
import '@renderer/i18n';
import { useEditor } from '@renderer/stores';
import { FindingsList } from './FindingsList';

const unreachable = (n: number): Finding => ({
  code: 'server-unreachable',
  severity: 'error',
  path: `models.providers.p${n}.baseUrl`,
  message: msg('cluster.unreachable', { url: `http://192.168.1.${n}:1234/v1` }),
});
const single: Finding = {
  code: 'local-no-timeout',
  severity: 'warning',
  path: 'models.providers.p0.timeoutSeconds',
  message: msg('checks.localNoTimeout', { provider: 'p0' }),
};

beforeEach(async () => {
  await useEditor.getState().load();
});

describe('the findings list', () => {
  it('shows 50 findings of one rule as one collapsed group with its count, and a lone finding as itself', async () => {
    const findings = [...Array.from({ length: 50 }, (_, n) => unreachable(n)), single];
    const { container } = render(<FindingsList findings={findings} disabled={false} />);
    const list = screen.getByRole('list', { name: 'Checks' });
    const top = [...list.children];
    expect(top).toHaveLength(2);
    const group = container.querySelector('[data-group="server-unreachable"]')!;
    expect(within(group as HTMLElement).getByText('50 findings')).toBeTruthy();
    expect(group.querySelector('details')!.open).toBe(false);
    expect(group.querySelectorAll('li[data-code="server-unreachable"]')).toHaveLength(50);
    expect(container.querySelector('li[data-code="local-no-timeout"]')!.parentElement).toBe(list);
    await userEvent.click(within(group as HTMLElement).getByText('and 49 more like it'));
    expect(group.querySelector('details')!.open).toBe(true);
  });
});
