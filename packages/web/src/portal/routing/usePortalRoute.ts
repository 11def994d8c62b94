import { useCallback, useSyncExternalStore } from 'react';
import { PORTAL_ROUTES, routeOfPath, type PortalRoute } from './portal-routes.ts';

// Three screens need no router library: the History API and one event keep the portal's bundle
// small for a citizen's phone.

const NAVIGATE_EVENT = 'portal:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** Goes to a portal screen without reloading, and scrolls to its top. */
export function navigateTo(route: PortalRoute): void {
  const path = PORTAL_ROUTES[route];
  if (window.location.pathname !== path) window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo({ top: 0 });
}

/** The current screen, re-rendered on back/forward and on navigateTo. */
export function usePortalRoute(): PortalRoute {
  return routeOfPath(useSyncExternalStore(subscribe, currentPath));
}

/** Props for an <a> that navigates inside the portal (a real link: it still opens in a new tab). */
export function usePortalLink(): (route: PortalRoute) => {
  href: string;
  onClick: (event: React.MouseEvent) => void;
} {
  return useCallback(
    (route) => ({
      href: PORTAL_ROUTES[route],
      onClick: (event) => {
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigateTo(route);
      },
    }),
    [],
  );
}
