// A strict Content Security Policy: scripts only from our own origin (no inline script, no
// eval), nothing framed, no plug-ins, forms post only to us. Styles allow 'unsafe-inline'
// because the UI library (Mantine) injects its theme variables in a <style> element; styles
// cannot run code, and script-src stays strict.
export function contentSecurityPolicy(): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
  };
}
