import { Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { statusColors } from '../../../app/theme.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { Organisation } from '../../organisations/types.ts';
import type { AdminUser } from '../types.ts';

interface UserTableProps {
  users: AdminUser[];
  organisations: Organisation[];
  onEdit: (user: AdminUser) => void;
  onToggleActive: (user: AdminUser) => void;
  busyId: string | null;
  /** The administrator's own account, which they cannot deactivate. */
  currentUserId: string;
}

export function UserTable({ users, organisations, onEdit, onToggleActive, busyId, currentUserId }: UserTableProps) {
  const { t, i18n } = useTranslation();
  const wide = useWideScreen('sm');
  const organisationName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction', style: 'short' });
  return (
    <Table.ScrollContainer minWidth={wide ? 860 : 0}>
      <Table verticalSpacing="sm" highlightOnHover className="stacked-table">
        <Table.Caption className="visually-hidden">{t('users.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.displayName')}</Table.Th>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.organisation')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td data-label={t('users.displayName')}>{user.displayName}</Table.Td>
              <Table.Td data-label={t('users.email')}>
                <Ltr>{user.email}</Ltr>
              </Table.Td>
              <Table.Td data-label={t('users.roles')}>{list.format(user.roles.map((role) => t(`roles.${role}`)))}</Table.Td>
              <Table.Td data-label={t('users.organisation')}>
                {user.organisationId ? (organisationName.get(user.organisationId) ?? '') : t('common.none')}
              </Table.Td>
              <Table.Td data-label={t('users.status')}>
                <StatusBadge tone={user.active ? 'success' : 'neutral'}>
                  {user.active ? t('common.active') : t('common.inactive')}
                </StatusBadge>
              </Table.Td>
              <Table.Td data-label={t('common.actions')}>
                <Group gap="xs" wrap="nowrap">
                  {/* A participant's account follows their record; its roles are not the administrator's to edit. */}
                  {user.participantId === null && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onEdit(user)}
                      aria-label={t('users.editNamed', { name: user.displayName })}
                    >
                      {t('common.edit')}
                    </Button>
                  )}
                  {user.id !== currentUserId && (
                    <Button
                      size="xs"
                      variant="outline"
                      color={user.active ? 'red' : statusColors.success}
                      loading={busyId === user.id}
                      onClick={() => onToggleActive(user)}
                      aria-label={t(user.active ? 'users.deactivateNamed' : 'users.activateNamed', { name: user.displayName })}
                    >
                      {user.active ? t('users.deactivate') : t('users.activate')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
