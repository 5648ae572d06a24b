import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useOrganisations, useUpdateOrganisation } from '../hooks.ts';
import type { Organisation } from '../types.ts';
import { CreateOrganisationForm } from './CreateOrganisationForm.tsx';
import { OrganisationTable } from './OrganisationTable.tsx';
import { FollowUpDaysCard } from '../../participations/components/FollowUpDaysCard.tsx';

/** The organisations in the collaboration area, for the administrator. */
export function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('organisations.title'));
  const organisations = useOrganisations();
  const update = useUpdateOrganisation();
  const items = [...(organisations.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const toggleActive = (organisation: Organisation) => update.mutate({ id: organisation.id, changes: { active: !organisation.active } });

  return (
    <Stack gap="md">
      <Title order={1}>{t('organisations.title')}</Title>
      {organisations.isPending && <Loading />}
      <ErrorNotice error={organisations.error} />
      <ErrorNotice error={update.error} />
      {organisations.data && items.length === 0 && <Text>{t('organisations.empty')}</Text>}
      {items.length > 0 && (
        <OrganisationTable
          organisations={items}
          onToggleActive={toggleActive}
          onChangeReplyWorkingDays={(organisation, days) => update.mutate({ id: organisation.id, changes: { replyWorkingDays: days } })}
          busyId={update.isPending ? (update.variables?.id ?? null) : null}
        />
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="create-organisation-heading">
        <Title order={2} size="h3" id="create-organisation-heading" mb="md">
          {t('organisations.createTitle')}
        </Title>
        <CreateOrganisationForm />
      </Paper>
      <FollowUpDaysCard />
    </Stack>
  );
}
