import type { CircumstanceKind } from '../../../../common/offer.ts';
import { http } from '../../lib/http.ts';

export interface Circumstance {
  id: string;
  kind: CircumstanceKind;
  fromDate: string;
  toDate: string | null;
  active: boolean;
  recordedByOrganisationName: string;
  recordedAt: string;
}
export interface CircumstanceList {
  items: Circumstance[];
  mayRecord: boolean;
}

export const circumstanceKeys = { of: (participantId: string) => ['circumstances', participantId] as const };

export const listCircumstances = (participantId: string): Promise<CircumstanceList> =>
  http.get(`/api/participants/${participantId}/circumstances`, 'read circumstances');

export const recordCircumstance = (participantId: string, body: { kind: CircumstanceKind; fromDate: string; toDate: string | null }) =>
  http.post<CircumstanceList>(`/api/participants/${participantId}/circumstances`, body, 'record a circumstance');

export const endCircumstance = (participantId: string, id: string, toDate: string) =>
  http.post<CircumstanceList>(`/api/participants/${participantId}/circumstances/${id}/end`, { toDate }, 'end a circumstance');
