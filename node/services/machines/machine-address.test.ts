// Where an added machine may be (issue 25, item 9): never link-local, an http(s) URL at its root.
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/problem';
import { checkMachineAddress, isLinkLocal } from './machine-address';

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof AppError ? `${error.problem.code} ${error.problem.message.code}` : 'other'),
  );

describe('isLinkLocal', () => {
  it('knows 169.254.0.0/16 and fe80::/10 in every spelling', () => {
    for (const a of [
      '169.254.169.254',
      '169.254.0.1',
      'fe80::1',
      '[fe80::1]',
      'febf::1',
      '::ffff:169.254.169.254',
      '::ffff:a9fe:a9fe',
      'FE80::abcd',
    ])
      expect(isLinkLocal(a), a).toBe(true);
    for (const a of [
      '127.0.0.1',
      '10.0.0.2',
      '192.168.1.5',
      '169.255.0.1',
      '::1',
      'fec0::1',
      'fe7f::1',
      '::ffff:127.0.0.1',
      'gpu-box',
    ])
      expect(isLinkLocal(a), a).toBe(false);
  });
});

describe('checkMachineAddress', () => {
  const never = () => Promise.reject(new Error('no DNS in this test'));
  const at = (url: string) => ({ url, host: new URL(url).hostname, httpRoot: new URL(url) });

  it('refuses a link-local address, written or resolved, and a URL with a path', async () => {
    expect(await codeOf(checkMachineAddress(at('http://169.254.169.254'), { lookup: never }))).toBe(
      'INVALID_INPUT cluster.linkLocal',
    );
    expect(await codeOf(checkMachineAddress(at('http://[fe80::1]:7420'), { lookup: never }))).toBe(
      'INVALID_INPUT cluster.linkLocal',
    );
    // The metadata service's decimal spelling is the same address once parsed.
    expect(await codeOf(checkMachineAddress(at('http://2852039166/'), { lookup: never }))).toBe(
      'INVALID_INPUT cluster.linkLocal',
    );
    const metadata = () => Promise.resolve([{ address: '10.1.1.1' }, { address: '169.254.169.254' }]);
    expect(await codeOf(checkMachineAddress(at('http://metadata.internal'), { lookup: metadata }))).toBe(
      'INVALID_INPUT cluster.linkLocal',
    );
    expect(await codeOf(checkMachineAddress({ url: 'rpc://169.254.1.1:50052', host: '169.254.1.1' }))).toBe(
      'INVALID_INPUT cluster.linkLocal',
    );
    for (const url of ['http://gpu-box:7420/admin', 'http://gpu-box:7420/?x=1', 'file:///etc/passwd'])
      expect(await codeOf(checkMachineAddress(at(url), { lookup: never })), url).toBe(
        'INVALID_INPUT cluster.urlNotRoot',
      );
  });

  it('accepts a LAN or loopback machine, and a name that does not resolve (reading it says so), within its deadline', async () => {
    const lan = () => Promise.resolve([{ address: '192.168.1.20' }]);
    expect(await codeOf(checkMachineAddress(at('http://gpu-box:7420'), { lookup: lan }))).toBe('accepted');
    expect(await codeOf(checkMachineAddress(at('https://127.0.0.1:7420/'), { lookup: never }))).toBe('accepted');
    const hangs = () => new Promise<{ address: string }[]>(() => {});
    const started = Date.now();
    expect(await codeOf(checkMachineAddress(at('http://slow-dns:7420'), { lookup: hangs, timeoutMs: 50 }))).toBe(
      'accepted',
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
