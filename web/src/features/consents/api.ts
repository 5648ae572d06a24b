import { http } from '../../lib/http.ts';
import type { Consent, NewConsent } from './types.ts';

export const consentKeys = {
  list: (participantId: string) => ['participants', 'detail', participantId, 'consents'] as const,
};

const base = (participantId: string) => `/api/participants/${encodeURIComponent(participantId)}/consents`;

export async function listConsents(participantId: string): Promise<Consent[]> {
  const { items } = await http.get<{ items: Consent[] }>(base(participantId), 'list consents');
  return items;
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
