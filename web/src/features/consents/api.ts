import { http } from '../../lib/http.ts';
import type { Consent, ConsentOverview, NewConsent } from './types.ts';

export const consentKeys = {
  list: (participantId: string) => ['participants', 'detail', participantId, 'consents'] as const,
};

const base = (participantId: string) => `/api/participants/${encodeURIComponent(participantId)}/consents`;

/** The consents and the history of every change to them. */
export function listConsents(participantId: string): Promise<ConsentOverview> {
  return http.get<ConsentOverview>(base(participantId), 'list consents');
}

export async function recordConsent(participantId: string, input: NewConsent): Promise<Consent> {
  const { consent } = await http.post<{ consent: Consent }>(base(participantId), input, 'record consent');
  return consent;
}

export async function withdrawConsent(participantId: string, consentId: string): Promise<Consent> {
  const { consent } = await http.post<{ consent: Consent }>(
    `${base(participantId)}/${encodeURIComponent(consentId)}/withdraw`,
    {},
    'withdraw consent',
  );
  return consent;
}
