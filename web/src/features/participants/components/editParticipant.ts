import type { ParticipantChange, ParticipantDetail } from '../types.ts';

export interface EditValues {
  preferredLanguage: string;
  interpreterNeeded: boolean;
  phone: string;
  email: string;
  address: string;
  protectedIdentity: boolean;
}

export const editValuesOf = (p: ParticipantDetail): EditValues => ({
  preferredLanguage: p.preferredLanguage ?? '',
  interpreterNeeded: p.interpreterNeeded,
  phone: p.phone ?? '',
  email: p.email ?? '',
  address: p.address ?? '',
  protectedIdentity: p.protectedIdentity,
});

/** Only what changed is sent, with the version read; protected identity only by staff. */
export function toChange(before: ParticipantDetail, values: EditValues, viewer: 'staff' | 'self'): ParticipantChange {
  const was = editValuesOf(before);
  const change: ParticipantChange = { version: before.version };
  if (values.preferredLanguage !== was.preferredLanguage) change.preferredLanguage = values.preferredLanguage || null;
  if (values.interpreterNeeded !== was.interpreterNeeded) change.interpreterNeeded = values.interpreterNeeded;
  if (values.phone.trim() !== was.phone) change.phone = values.phone.trim();
  if (values.email.trim() !== was.email) change.email = values.email.trim();
  if (values.address.trim() !== was.address) change.address = values.address.trim();
  if (viewer === 'staff' && values.protectedIdentity !== was.protectedIdentity) change.protectedIdentity = values.protectedIdentity;
  return change;
}
