import type { Role } from '@antt/shared';
import {
  IconBook2,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChecklist,
  IconClipboardList,
  IconDatabaseCog,
  IconFlag3,
  IconFileAlert,
  IconFileDescription,
  IconHistory,
  IconLayoutDashboard,
  IconMap2,
  IconTableShortcut,
  IconTargetArrow,
  IconUserCircle,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export type NavItem = {
  path: string;
  /** Key in the shell namespace. */
  labelKey: string;
  icon: Icon;
  /** Roles that may open the screen; undefined = every signed-in user. */
  roles?: readonly Role[];
};

// The screens that exist; the server enforces the same roles on the API behind each one.
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: IconLayoutDashboard },
  // Every role sees the tips of its jurisdiction; what each may do is decided per tip.
  { path: '/tips', labelKey: 'nav.tips', icon: IconFileAlert },
  // Every role reads the incidents of its jurisdiction; procurators only read (buttons per role).
  { path: '/incidents', labelKey: 'nav.incidents', icon: IconClipboardList },
  // Project 06 figures: commune police enter them, analysts and procurators read them, and the
  // province's leaders approve them (the approval list is read by analysts and procurators too).
  {
    path: '/datasets/entry',
    labelKey: 'nav.dataEntry',
    icon: IconTableShortcut,
    roles: ['officer', 'leader', 'analyst', 'procurator'],
  },
  {
    path: '/datasets/approvals',
    labelKey: 'nav.dataApprovals',
    icon: IconChecklist,
    roles: ['leader', 'analyst', 'procurator'],
  },
  // Administrators alone change the elements and data sets (the API refuses everyone else).
  { path: '/datasets/catalogue', labelKey: 'nav.dataCatalogue', icon: IconDatabaseCog, roles: ['admin'] },
  // Campaigns are read by everyone whose area holds them (the list says so when none does);
  // administrators and the province's leaders also set them up.
  { path: '/campaigns', labelKey: 'nav.campaigns', icon: IconTargetArrow },
  // Targets are read by everyone whose area holds them; analysts, leaders and administrators set
  // them (the page offers the buttons to those roles only, as the API allows).
  { path: '/targets', labelKey: 'nav.targets', icon: IconFlag3 },
  // Review reports are written by analysts, leaders and administrators (the API refuses others);
  // the pages also open for anyone else whose area a report is about, without a menu entry.
  {
    path: '/reports',
    labelKey: 'nav.reports',
    icon: IconFileDescription,
    roles: ['analyst', 'leader', 'admin'],
  },
  { path: '/units', labelKey: 'nav.units', icon: IconMap2 },
  { path: '/police-units', labelKey: 'nav.policeUnits', icon: IconBuildingCommunity },
  // Everyone reads the catalogues (forms, filters, legends); only administrators edit them.
  { path: '/incident-catalogue', labelKey: 'nav.incidentCatalogue', icon: IconBook2 },
  { path: '/users', labelKey: 'nav.users', icon: IconUsers, roles: ['admin', 'leader'] },
  { path: '/audit', labelKey: 'nav.audit', icon: IconHistory, roles: ['admin', 'leader'] },
  { path: '/holidays', labelKey: 'nav.holidays', icon: IconCalendarEvent, roles: ['admin', 'leader'] },
  { path: '/account', labelKey: 'nav.account', icon: IconUserCircle },
];

export function canOpen(roles: readonly Role[], allowed: readonly Role[] | undefined): boolean {
  return allowed === undefined || roles.some((role) => allowed.includes(role));
}

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canOpen(roles, item.roles));
}
