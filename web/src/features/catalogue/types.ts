import type { EligibilityResult } from '../../../../common/eligibility.ts';
import type { EligibilityRule, FundingSource, InterventionKind, InterventionStatus, TargetGroup } from '../../../../common/offer.ts';

export interface InterventionFields {
  name: string;
  description: string;
  kind: InterventionKind;
  status: InterventionStatus;
  locationName: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  workplace: string | null;
  scheduleDescription: string | null;
  startDate: string | null;
  endDate: string | null;
  languages: string[];
  places: number;
  costPerPlaceOre: number | null;
  funding: FundingSource;
  contractId: string | null;
  targetGroups: TargetGroup[];
  eligibility: EligibilityRule[];
  applicationProcess: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  url: string | null;
}

export interface Intervention extends InterventionFields {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  contractName: string | null;
  /** Places taken now (running participations), free now, and the waiting list. */
  placesTaken: number;
  freePlaces: number;
  waitingList: number;
  version: number;
  updatedAt: string;
  mayChange: boolean;
  eligibilityResult?: EligibilityResult;
}

export interface CataloguePage {
  items: Intervention[];
  total: number;
  mayCreate: boolean;
}

export interface CatalogueFilters {
  q?: string;
  kind?: InterventionKind;
  language?: string;
  organisationId?: string;
  targetGroup?: TargetGroup;
  eligibleFor?: string;
  eligibility?: 'eligible';
  /** 'true': only interventions with a place free now. */
  freePlaces?: 'true';
  offset?: number;
  limit?: number;
}
