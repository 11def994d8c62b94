import './zod-setup.ts';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { initI18n } from '@/i18n/setup.ts';
import { STAFF_NAMESPACES, staffResources } from '@/i18n/staff-resources.ts';
import { theme } from '@/ui/theme.ts';
import { createQueryClient } from './query-client.ts';
import { router } from './router.tsx';

const i18n = initI18n(staffResources, STAFF_NAMESPACES, 'shell:documentTitle');
const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
