import { describe, expect, it } from 'vitest';
import { isAppNavigation, safeExternalUrl } from './external-links';
import { mainWindowOptions } from './window-options';

describe('main window options', () => {
  it('keep Electron’s security defaults on and Node out of the page', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.js').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('external links and navigation', () => {
  it('hands only http and https URLs to the system browser', () => {
    expect(safeExternalUrl('https://docs.openclaw.ai/local')).toBe('https://docs.openclaw.ai/local');
    expect(safeExternalUrl('http://127.0.0.1:1234/v1/models')).toBe('http://127.0.0.1:1234/v1/models');
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'x-apple.systempreferences:',
      'nonsense',
    ]) {
      expect(safeExternalUrl(bad)).toBeNull();
    }
  });

  it('allows navigation only within the app page', () => {
    const app = 'file:///app/out/renderer/index.html';
    expect(isAppNavigation('file:///app/out/renderer/index.html#models', app)).toBe(true);
    expect(isAppNavigation('file:///etc/passwd', app)).toBe(false);
    expect(isAppNavigation('https://evil.example/', app)).toBe(false);
    expect(isAppNavigation('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppNavigation('http://localhost:5174/x', 'http://localhost:5173/')).toBe(false);
  });
});
