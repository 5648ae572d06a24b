import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useConsents, useWithdrawConsent } from '../hooks.ts';
import type { Consent } from '../types.ts';
import { ConsentCard } from './ConsentCard.tsx';
import { ConsentTable } from './ConsentTable.tsx';
import { ExpiringConsents } from './ExpiringConsents.tsx';

const ORDER = { active: 0, future: 1, expired: 2, withdrawn: 3 } as const;

interface OrganisationConsents {
  organisationId: string;
  organisationName: string;
  consents: Consent[];
}

/** Consents per organisation (by name), within each those that still hold first. */
export function groupByOrganisation(consents: readonly Consent[], language: string): OrganisationConsents[] {
  const groups = new Map<string, OrganisationConsents>();
  for (const consent of consents) {
    const group = groups.get(consent.organisationId) ?? {
      organisationId: consent.organisationId,
      organisationName: consent.organisationName,
      consents: [],
    };
    group.consents.push(consent);
    groups.set(consent.organisationId, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.organisationName.localeCompare(b.organisationName, language));
  for (const group of sorted) group.consents.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return sorted;
}

/** The person's consents, one group per organisation; a table on wide screens, cards on narrow ones. */
export function ConsentList({ participantId, canWithdraw }: { participantId: string; canWithdraw: boolean }) {
  const { t, i18n } = useTranslation();
  const consents = useConsents(participantId);
  const withdraw = useWithdrawConsent(participantId);
  const wide = useWideScreen('md');
  const groups = groupByOrganisation(consents.data?.items ?? [], i18n.language);
  // A failed withdrawal is shown by withdraw.error below, so the dialog just closes.
  const onWithdraw = canWithdraw ? (id: string) => withdraw.mutateAsync(id).catch(() => undefined) : undefined;
  return (
    <Stack>
      {consents.isPending && <Loading />}
      <QueryError error={consents.error} topic="consents" />
      <ErrorNotice error={withdraw.error} />
      {consents.data && <ExpiringConsents consents={consents.data.items} />}
      {consents.data && groups.length === 0 && <Text>{t('consents.empty')}</Text>}
      {groups.map((group) => {
        const headingId = `consents-${group.organisationId}`;
        return (
          <section key={group.organisationId} aria-labelledby={headingId}>
            <Title order={3} size="h5" id={headingId} mb="xs">
              {group.organisationName}
            </Title>
            {wide ? (
              <ConsentTable consents={group.consents} onWithdraw={onWithdraw} labelledBy={headingId} />
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {group.consents.map((consent) => (
                  <ConsentCard key={consent.id} consent={consent} onWithdraw={onWithdraw} />
                ))}
              </Stack>
            )}
          </section>
        );
      })}
    </Stack>
  );
}
