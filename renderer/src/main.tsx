/** Renderer entry: languages, styles, and the React root. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App, startFirstPaint } from './App';
import { api } from './api';
import { followLanguageSetting } from './i18n/language-setting';

startFirstPaint();
followLanguageSetting(api);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
