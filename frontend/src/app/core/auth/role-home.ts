import { type Role } from '../api/types';

/** Where each role lands after signing in. */
export const ROLE_HOME: Readonly<Record<Role, string>> = {
  admin: '/admin',
  instructor: '/instructor',
  student: '/student',
};

export function homeFor(role: Role): string {
  return ROLE_HOME[role];
}

/**
 * Keeps a `returnUrl` only when it is a path inside this app (no other origin, no
 * protocol-relative `//host`, not the sign-in page itself); otherwise null.
 */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return null;
  if (url === '/sign-in' || url.startsWith('/sign-in?') || url.startsWith('/sign-in/')) return null;
  return url;
}
