import type { Resource } from 'i18next';
import enAccount from './en/account.json';
import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enCampaigns from './en/campaigns.json';
import enCommon from './en/common.json';
import enDashboard from './en/dashboard.json';
import enDatasets from './en/datasets.json';
import enHolidays from './en/holidays.json';
import enHome from './en/home.json';
import enIncidents from './en/incidents.json';
import enIncidentCatalogue from './en/incidentCatalogue.json';
import enPoliceUnits from './en/policeUnits.json';
import enReports from './en/reports.json';
import enShell from './en/shell.json';
import enTargets from './en/targets.json';
import enTips from './en/tips.json';
import enUnits from './en/units.json';
import enUsers from './en/users.json';
import viAccount from './vi/account.json';
import viAudit from './vi/audit.json';
import viAuth from './vi/auth.json';
import viCampaigns from './vi/campaigns.json';
import viCommon from './vi/common.json';
import viDashboard from './vi/dashboard.json';
import viDatasets from './vi/datasets.json';
import viHolidays from './vi/holidays.json';
import viHome from './vi/home.json';
import viIncidents from './vi/incidents.json';
import viIncidentCatalogue from './vi/incidentCatalogue.json';
import viPoliceUnits from './vi/policeUnits.json';
import viReports from './vi/reports.json';
import viShell from './vi/shell.json';
import viTargets from './vi/targets.json';
import viTips from './vi/tips.json';
import viUnits from './vi/units.json';
import viUsers from './vi/users.json';

// The staff app's texts, one namespace per screen or module (the portal has its own set).
export const STAFF_NAMESPACES = [
  'common',
  'shell',
  'auth',
  'home',
  'dashboard',
  'tips',
  'incidents',
  'units',
  'policeUnits',
  'users',
  'audit',
  'account',
  'holidays',
  'incidentCatalogue',
  'datasets',
  'campaigns',
  'targets',
  'reports',
];

export const staffResources: Resource = {
  vi: {
    common: viCommon,
    shell: viShell,
    auth: viAuth,
    home: viHome,
    dashboard: viDashboard,
    tips: viTips,
    incidents: viIncidents,
    units: viUnits,
    policeUnits: viPoliceUnits,
    users: viUsers,
    audit: viAudit,
    account: viAccount,
    holidays: viHolidays,
    incidentCatalogue: viIncidentCatalogue,
    datasets: viDatasets,
    campaigns: viCampaigns,
    targets: viTargets,
    reports: viReports,
  },
  en: {
    common: enCommon,
    shell: enShell,
    auth: enAuth,
    home: enHome,
    dashboard: enDashboard,
    tips: enTips,
    incidents: enIncidents,
    units: enUnits,
    policeUnits: enPoliceUnits,
    users: enUsers,
    audit: enAudit,
    account: enAccount,
    holidays: enHolidays,
    incidentCatalogue: enIncidentCatalogue,
    datasets: enDatasets,
    campaigns: enCampaigns,
    targets: enTargets,
    reports: enReports,
  },
};
