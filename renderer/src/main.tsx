/** Renderer entry: languages, styles, and the React root. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App, startFirstPaint } from './App';
import { api } from './api';
import { followLanguageSetting } from './i18n/language-setting';
import { followAddress } from './navigation/follow-address';
import { guardUnload, keepDrafts } from './stores/draft-keeper';
import { useAppStore, useEditor } from './stores';

followAddress(useAppStore);
startFirstPaint();
// Unsaved edits outlive a reload: per tab in the browser panel, across restarts in the desktop app.
keepDrafts(useEditor, window.clawControl ? window.localStorage : window.sessionStorage);
guardUnload(useEditor);
followLanguageSetting(api);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
