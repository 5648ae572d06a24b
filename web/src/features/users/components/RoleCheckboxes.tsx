import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../../common/roles.ts';

interface RoleCheckboxesProps {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
}

/**
 * Participant accounts are opened from the participant's record by their caseworker, never by an administrator
 * (the server refuses it), so the role is not offered here.
 */
const STAFF_ROLES = ROLES.filter((role) => role !== 'participant');

/** Roles as a group of checkboxes: a multi-select every keyboard and screen reader handles. */
export function RoleCheckboxes({ value, onChange, error }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('users.roles')}
      description={t('users.rolesHint')}
      value={value}
      onChange={(roles) => onChange(STAFF_ROLES.filter((role) => roles.includes(role)))}
      error={error}
      withAsterisk
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
        {STAFF_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
