// The worker keeps this page's HTML and scripts on the phone, so the page opens without a
// network (public/nhap-lieu/sw.js). It is scoped to /nhap-lieu/: the staff app and the portal
// are never served from it.
export const SERVICE_WORKER_URL = '/nhap-lieu/sw.js';
export const SERVICE_WORKER_SCOPE = '/nhap-lieu/';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE })
    .catch((error: unknown) => {
      // Offline start-up is lost, the page still works online: say so in the console for support.
      console.warn('service worker not registered', error);
    });
}
