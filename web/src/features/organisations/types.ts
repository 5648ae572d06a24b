import type { OrganisationKind } from '../../../../common/roles.ts';

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  orgNumber: string | null;
  active: boolean;
  /** Working days the organisation has to answer a question in a message thread (1–30). */
  replyWorkingDays: number;
}

export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  orgNumber?: string;
}

export type OrganisationChanges = Partial<Pick<Organisation, 'name' | 'kind' | 'orgNumber' | 'active' | 'replyWorkingDays'>>;
