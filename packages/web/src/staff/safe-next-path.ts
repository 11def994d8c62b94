/**
 * Where to go after signing in: only a path inside the staff app, so a crafted link
 * (?next=https://elsewhere or //elsewhere) cannot send a user off-site after sign-in.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in') || next.startsWith('/portal')) return '/';
  return next;
}

/**
 * The offline entry page (/nhap-lieu/) is a bundle of its own, not a screen of the staff router:
 * after sign-in the browser must load it rather than route to it.
 */
export function isOwnBundlePath(path: string): boolean {
  return path.startsWith('/nhap-lieu/');
}
