import { createBrowserRouter } from 'react-router';
import { RequireRole } from './layout/RequireRole.tsx';
import { RequireSession } from './layout/RequireSession.tsx';
import { StaffLayout } from './layout/StaffLayout.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';

// Screens other than sign-in and home load on first visit, so the first page stays small.
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <StaffLayout />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'tips',
            lazy: async () => ({ Component: (await import('./pages/TipsPage.tsx')).TipsPage }),
          },
          {
            path: 'tips/new',
            lazy: async () => {
              const { TipIntakePage } = await import('./pages/TipIntakePage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={['officer', 'leader']}>
                    <TipIntakePage />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: 'tips/:id',
            lazy: async () => ({ Component: (await import('./pages/TipDetailPage.tsx')).TipDetailPage }),
          },
          {
            path: 'units',
            lazy: async () => ({ Component: (await import('./pages/UnitsPage.tsx')).UnitsPage }),
          },
          {
            path: 'police-units',
            lazy: async () => ({ Component: (await import('./pages/PoliceUnitsPage.tsx')).PoliceUnitsPage }),
          },
          {
            path: 'users',
            lazy: async () => {
              const { UsersPage } = await import('./pages/UsersPage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={['admin', 'leader']}>
                    <UsersPage />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: 'audit',
            lazy: async () => {
              const { AuditPage } = await import('./pages/AuditPage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={['admin', 'leader']}>
                    <AuditPage />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: 'holidays',
            lazy: async () => {
              const { HolidaysPage } = await import('./pages/HolidaysPage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={['admin', 'leader']}>
                    <HolidaysPage />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: 'account',
            lazy: async () => ({ Component: (await import('./pages/AccountPage.tsx')).AccountPage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
