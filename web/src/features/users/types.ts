import type { Role } from '../../../../common/roles.ts';

export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisationId: string | null;
  active: boolean;
  participantId: string | null;
}

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
  organisationId: string | null;
}

export type UserChanges = Partial<Pick<AdminUser, 'displayName' | 'roles' | 'organisationId' | 'active'>>;
