// The portal's few screens, as paths under /portal/ (the server answers every /portal/* path
// with the portal's page). Vietnamese paths: they are what a citizen sees and shares.
export const PORTAL_ROUTES = {
  home: '/portal/',
  submit: '/portal/gui-tin',
  track: '/portal/tra-cuu',
} as const;

export type PortalRoute = keyof typeof PORTAL_ROUTES;

/** The screen a path shows; anything unknown under /portal/ shows the landing page. */
export function routeOfPath(pathname: string): PortalRoute {
  const path = pathname.replace(/\/+$/, '');
  if (path === PORTAL_ROUTES.submit) return 'submit';
  if (path === PORTAL_ROUTES.track) return 'track';
  return 'home';
}
