import type { OrganisationKind, Role } from '../../../../common/roles.ts';
import type { Verb } from '../../../../common/verbs.ts';
import { http, isApiError, setCsrfToken } from '../../lib/http.ts';

export interface Me {
  user: { id: string; email: string; displayName: string; roles: Role[] };
  organisation: { id: string; name: string; kind: OrganisationKind } | null;
  tenant: { id: string; name: string };
  participantId: string | null;
  /** The verbs the server lets this user attempt; the UI offers only those. */
  allowedVerbs: Verb[];
  csrfToken: string;
}

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when there is no session. Keeps the CSRF token for later writes. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await http.get<Me>('/api/me', 'read session');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function login(email: string, password: string): Promise<{ ok: true }> {
  return http.post('/api/auth/login', { email, password }, 'log in');
}

export async function logout(): Promise<void> {
  await http.post<void>('/api/auth/logout', {}, 'log out');
  setCsrfToken(null);
}
