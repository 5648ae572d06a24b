import type { Role } from '../../../../../common/roles.ts';
import { limits } from '../../../../../common/limits.ts';
import type { ClientProblem } from '../../../lib/useFieldMessage.ts';
import type { NewUser } from '../types.ts';

export interface UserFormValues {
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
  organisationId: string;
}

export type UserFormErrors = Partial<
  Record<keyof UserFormValues, Extract<ClientProblem, 'required' | 'email' | 'passwordTooShort' | 'chooseRole'>>
>;

export const emptyUserForm: UserFormValues = { email: '', displayName: '', password: '', roles: [], organisationId: '' };

/** Checks a new user (with password) or changes to one (without). */
export function validateUserForm(values: UserFormValues, isNew: boolean): UserFormErrors {
  const errors: UserFormErrors = {};
  if (isNew) {
    if (!values.email.trim()) errors.email = 'required';
    else if (!/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) errors.email = 'email';
    if (values.password.length < limits.passwordMin) errors.password = 'passwordTooShort';
  }
  if (!values.displayName.trim()) errors.displayName = 'required';
  if (values.roles.length === 0) errors.roles = 'chooseRole';
  return errors;
}

export function toNewUser(values: UserFormValues): NewUser {
  return {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    password: values.password,
    roles: values.roles,
    organisationId: values.organisationId || null,
  };
}
