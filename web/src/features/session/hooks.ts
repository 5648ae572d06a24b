import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMe, login, logout, meQueryKey } from './api.ts';

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

export { useCurrentUser } from './currentUser.ts';

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => login(email, password),
    onSuccess: async () => {
      client.removeQueries();
      await client.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe });
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      // Nothing of the last user's data may stay in memory for the next one.
      client.clear();
      client.setQueryData(meQueryKey, null);
    },
  });
}
