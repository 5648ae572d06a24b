import type { InterventionKind, ReferralState } from '../../../../common/offer.ts';
import type { SfiLevel } from '../../../../common/plan.ts';
import { http, query } from '../../lib/http.ts';

export interface CoveredPerson {
  participantId: string;
  /** Null when the reader may not see the name. */
  name: string | null;
  since: string;
  shortEducation: boolean;
  /** Null without consent for progression; `level` null means no SFI level yet. */
  sfi: { level: SfiLevel | null } | null;
  enrolledIn: { interventionId: string; name: string }[] | null;
  offered: { interventionId: string; name: string; state: ReferralState }[] | null;
  notEnrolled: boolean | null;
}

export interface Education {
  id: string;
  name: string;
  kind: InterventionKind;
  organisationName: string;
  places: number;
  languages: string[];
}

export interface CoveredList {
  people: CoveredPerson[];
  education: Education[];
}

export type ShownCount = { value: number } | { hidden: 'small' };
export type ShownShare = { share: number | null } | { hidden: 'small' };

export interface Quality {
  smallCell: number;
  providers: {
    organisationId: string;
    organisationName: string;
    participants: ShownCount;
    completed: ShownShare;
    sfiProgressed: ShownShare;
  }[];
}

export const utbildningspliktKeys = {
  all: ['utbildningsplikt'] as const,
  covered: (notEnrolled: boolean) => ['utbildningsplikt', 'covered', notEnrolled] as const,
  quality: ['utbildningsplikt', 'quality'] as const,
};

export const listCovered = (notEnrolled: boolean): Promise<CoveredList> =>
  http.get(`/api/utbildningsplikt${query({ notEnrolled: notEnrolled ? 'true' : undefined })}`, 'read utbildningsplikt');

export const readQuality = (): Promise<Quality> => http.get('/api/utbildningsplikt/quality', 'read utbildningsplikt quality');
