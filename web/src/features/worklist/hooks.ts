import { useQuery } from '@tanstack/react-query';
import { getWorklist, worklistKeys } from './api.ts';
import type { WorklistScope } from './types.ts';

/** The worklist is read again when the user comes back to the start page, so what was done there is gone. */
export function useWorklist(scope: WorklistScope) {
  return useQuery({ queryKey: worklistKeys.scope(scope), queryFn: () => getWorklist(scope), refetchOnMount: 'always' });
}
