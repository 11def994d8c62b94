import { createBrowserRouter } from 'react-router';
import { APPROVER_ROLES, DATA_ENTRY_ROLES } from '@/modules/datasets/dataset-roles.ts';
import { INCIDENT_WRITER_ROLES } from '@/modules/incidents/incident-roles.ts';
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
          // The incident register; the map page alone loads the map drawing code.
          {
            path: 'incidents',
            lazy: async () => ({
              Component: (await import('@/modules/incidents/pages/IncidentsPage.tsx')).IncidentsPage,
            }),
          },
          {
            path: 'incidents/map',
            lazy: async () => ({
              Component: (await import('@/modules/incidents/pages/IncidentMapPage.tsx')).IncidentMapPage,
            }),
          },
          {
            path: 'incidents/new',
            lazy: async () => {
              const { IncidentNewPage } = await import('@/modules/incidents/pages/IncidentNewPage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={INCIDENT_WRITER_ROLES}>
                    <IncidentNewPage />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: 'incidents/import',
            lazy: async () => {
              const { IncidentImportPage } = await import('@/modules/incidents/pages/IncidentImportPage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={INCIDENT_WRITER_ROLES}>
                    <IncidentImportPage />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: 'incidents/:id',
            lazy: async () => ({
              Component: (await import('@/modules/incidents/pages/IncidentDetailPage.tsx'))
                .IncidentDetailPage,
            }),
          },
          {
            path: 'incidents/:id/edit',
            lazy: async () => {
              const { IncidentEditPage } = await import('@/modules/incidents/pages/IncidentEditPage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={INCIDENT_WRITER_ROLES}>
                    <IncidentEditPage />
                  </RequireRole>
                ),
              };
            },
          },
          // Project 06 figures: the entry grid and the province's approval list.
          {
            path: 'datasets/entry',
            lazy: async () => {
              const { DataEntryPage } = await import('@/modules/datasets/pages/DataEntryPage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={DATA_ENTRY_ROLES}>
                    <DataEntryPage />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: 'datasets/approvals',
            lazy: async () => {
              const { ApprovalsPage } = await import('@/modules/datasets/pages/ApprovalsPage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={APPROVER_ROLES}>
                    <ApprovalsPage />
                  </RequireRole>
                ),
              };
            },
          },
          // The elements and data sets behind them: administrators only, as the API's changes are.
          {
            path: 'datasets/catalogue',
            lazy: async () => {
              const { DataCataloguePage } = await import('@/modules/datasets/pages/DataCataloguePage.tsx');
              return {
                Component: () => (
                  <RequireRole roles={['admin']}>
                    <DataCataloguePage />
                  </RequireRole>
                ),
              };
            },
          },
          // Campaigns: the list, and each campaign's progress and leaderboard at their own addresses.
          {
            path: 'campaigns',
            lazy: async () => ({
              Component: (await import('@/modules/campaigns/pages/CampaignsPage.tsx')).CampaignsPage,
            }),
          },
          {
            path: 'campaigns/:id',
            lazy: async () => ({
              Component: (await import('@/modules/campaigns/pages/CampaignProgressPage.tsx'))
                .CampaignProgressPage,
            }),
          },
          {
            path: 'campaigns/:id/leaderboard',
            lazy: async () => ({
              Component: (await import('@/modules/campaigns/pages/CampaignLeaderboardPage.tsx'))
                .CampaignLeaderboardPage,
            }),
          },
          // Resolution targets: read by everyone whose area holds them, set by analysts, leaders and administrators.
          {
            path: 'targets',
            lazy: async () => ({
              Component: (await import('@/modules/targets/pages/TargetsPage.tsx')).TargetsPage,
            }),
          },
          {
            path: 'targets/new',
            lazy: async () => {
              const { TargetNewPage } = await import('@/modules/targets/pages/TargetNewPage.tsx');
              const { TARGET_MANAGER_ROLES } = await import('@/modules/targets/target-status.ts');
              return {
                Component: () => (
                  <RequireRole roles={TARGET_MANAGER_ROLES}>
                    <TargetNewPage />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: 'targets/:id',
            lazy: async () => ({
              Component: (await import('@/modules/targets/pages/TargetDetailPage.tsx')).TargetDetailPage,
            }),
          },
          {
            path: 'targets/:id/edit',
            lazy: async () => {
              const { TargetEditPage } = await import('@/modules/targets/pages/TargetEditPage.tsx');
              const { TARGET_MANAGER_ROLES } = await import('@/modules/targets/target-status.ts');
              return {
                Component: () => (
                  <RequireRole roles={TARGET_MANAGER_ROLES}>
                    <TargetEditPage />
                  </RequireRole>
                ),
              };
            },
          },
          // Review reports: read by everyone whose area they are about, written by analysts, leaders and administrators.
          {
            path: 'reports',
            lazy: async () => ({
              Component: (await import('@/modules/reports/pages/ReportsPage.tsx')).ReportsPage,
            }),
          },
          {
            path: 'reports/new',
            lazy: async () => {
              const { ReportNewPage } = await import('@/modules/reports/pages/ReportNewPage.tsx');
              const { REPORT_WRITER_ROLES } = await import('@/modules/reports/report-roles.ts');
              return {
                Component: () => (
                  <RequireRole roles={REPORT_WRITER_ROLES}>
                    <ReportNewPage />
                  </RequireRole>
                ),
              };
            },
          },
          {
            path: 'reports/:id',
            lazy: async () => ({
              Component: (await import('@/modules/reports/pages/ReportPage.tsx')).ReportPage,
            }),
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
            path: 'incident-catalogue',
            lazy: async () => ({
              Component: (await import('./pages/IncidentCataloguePage.tsx')).IncidentCataloguePage,
            }),
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
