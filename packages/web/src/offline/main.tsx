import './offline.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { OFFLINE_NAMESPACES, offlineResources } from '@/i18n/offline-resources.ts';
import { initI18n } from '@/i18n/setup.ts';
import { OfflineEntryApp } from './OfflineEntryApp.tsx';
import { registerServiceWorker } from './register-service-worker.ts';

// The third bundle (shared/DESIGN.md section 3), next to the staff app and the portal: plain
// React and its own small style sheet, no UI library, so a phone on a weak network loads it
// quickly once and then keeps it (see register-service-worker.ts).
const i18n = initI18n(offlineResources, OFFLINE_NAMESPACES, 'offline:documentTitle');
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <OfflineEntryApp />
    </I18nextProvider>
  </StrictMode>,
);
