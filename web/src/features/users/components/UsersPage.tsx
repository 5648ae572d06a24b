import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useOrganisations } from '../../organisations/hooks.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { useUpdateUser, useUsers } from '../hooks.ts';
import type { AdminUser } from '../types.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { UserTable } from './UserTable.tsx';

/** The administrator's list of the tenant's user accounts. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const me = useCurrentUser();
  const users = useUsers();
  const organisations = useOrganisations();
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser | null>(null);

  const toggleActive = (user: AdminUser) => update.mutate({ id: user.id, changes: { active: !user.active } });
  const items = [...(users.data ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('users.title')}</Title>
        <Button onClick={() => setCreating(true)}>{t('users.create')}</Button>
      </Group>
      {users.isPending && <Loading />}
      <ErrorNotice error={users.error} />
      <ErrorNotice error={update.error} />
      {users.data && items.length === 0 && <Text>{t('users.empty')}</Text>}
      {items.length > 0 && (
        <UserTable
          users={items}
          organisations={organisations.data ?? []}
          onEdit={setEditing}
          onToggleActive={toggleActive}
          busyId={update.isPending ? (update.variables?.id ?? null) : null}
          currentUserId={me.user.id}
        />
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      {editing && <EditUserModal key={editing.id} user={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
