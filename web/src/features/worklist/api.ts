import { http, query } from '../../lib/http.ts';
import type { Worklist, WorklistScope } from './types.ts';

export const worklistKeys = {
  all: ['worklist'] as const,
  scope: (scope: WorklistScope) => ['worklist', scope] as const,
};

export function getWorklist(scope: WorklistScope): Promise<Worklist> {
  return http.get(`/api/worklist${query({ scope })}`, 'read worklist');
}
