import { createContext, useContext } from 'react';
import type { Me } from './api.ts';

/**
 * The signed-in user as RequireAuth last saw them. Read from context rather than the query, so that signing out
 * (the query turns null) unmounts the signed-in pages before any of them renders without a user.
 */
export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user; only for components rendered inside RequireAuth. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser used outside RequireAuth');
  return me;
}
