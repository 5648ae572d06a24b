import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../lib/http.ts';
import { meQueryKey } from '../features/session/api.ts';

/** An expired session anywhere signs the user out: the session query turns null and the guard redirects. */
function onError(error: unknown): void {
  if (isApiError(error, 'unauthenticated')) queryClient.setQueryData(meQueryKey, null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A client error will not change on retry; a network or server error might.
      retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});
