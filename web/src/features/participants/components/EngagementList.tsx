import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { Period } from '../../../ui/Period.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useCurrentUser } from '../../session/hooks.ts';
import { allows } from '../../session/roles.ts';
import { useEngagements, useStartEngagement } from '../hooks.ts';
import type { Engagement } from '../types.ts';
import { EngagementActions } from './EngagementActions.tsx';
import { runningOwnEngagement } from './engagementForm.ts';

/**
 * Which organisations work with the person, since when, and who their caseworker is. Staff who may manage
 * engagements end their own organisation's, name another caseworker, or start their work when none runs.
 */
export function EngagementList({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const engagements = useEngagements(participantId);
  const start = useStartEngagement();
  const [done, setDone] = useState<string | null>(null);
  const wide = useWideScreen('sm');
  const items = engagements.data ?? [];
  const manage = allows(me, 'engagement.manage') && me.organisation !== null;
  const own = runningOwnEngagement(items, me.organisation?.id, today());
  const actionsFor = (e: Engagement) =>
    manage && own?.id === e.id ? <EngagementActions engagement={e} onDone={(message) => setDone(message)} /> : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="engagements-heading">
      <Title order={2} size="h3" id="engagements-heading" mb="sm">
        {t('engagements.title')}
      </Title>
      <Stack>
        {engagements.isPending && <Loading />}
        <QueryError error={engagements.error} topic="engagements" />
        <div role="status">
          {done && (
            <Alert color="green" variant="light" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setDone(null)}>
              {done}
            </Alert>
          )}
        </div>
        {engagements.data && items.length === 0 && <Text>{t('engagements.empty')}</Text>}
        {items.length > 0 &&
          (wide ? (
            <EngagementTable items={items} actionsFor={manage ? actionsFor : null} />
          ) : (
            <EngagementStack items={items} actionsFor={actionsFor} />
          ))}
        {manage && engagements.data && !own && (
          <Group>
            <Button
              size="sm"
              loading={start.isPending}
              onClick={() => start.mutate({ participantId }, { onSuccess: () => setDone(t('engagements.started')) })}
            >
              {t('engagements.start')}
            </Button>
          </Group>
        )}
        <ErrorNotice error={start.error} />
      </Stack>
    </Paper>
  );
}

type ActionsFor = ((e: Engagement) => React.ReactNode) | null;

function EngagementTable({ items, actionsFor }: { items: Engagement[]; actionsFor: ActionsFor }) {
  const { t } = useTranslation();
  return (
    <Table aria-labelledby="engagements-heading">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('engagements.organisation')}</Table.Th>
          <Table.Th scope="col">{t('engagements.caseworker')}</Table.Th>
          <Table.Th scope="col">{t('engagements.period')}</Table.Th>
          {actionsFor && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((engagement) => (
          <Table.Tr key={engagement.id}>
            <Table.Td>{engagement.organisationName}</Table.Td>
            <Table.Td>{engagement.caseworkerName ?? t('common.none')}</Table.Td>
            <Table.Td>
              <Period from={engagement.startDate} to={engagement.endDate} />
            </Table.Td>
            {actionsFor && <Table.Td>{actionsFor(engagement)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** On a phone: one short block per organisation instead of a table that does not fit. */
function EngagementStack({ items, actionsFor }: { items: Engagement[]; actionsFor: (e: Engagement) => React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((engagement) => (
        <li key={engagement.id}>
          <Text fw={600}>{engagement.organisationName}</Text>
          <Text size="sm">{t('engagements.caseworkerIs', { name: engagement.caseworkerName ?? t('common.none') })}</Text>
          <Text size="sm" c="dimmed">
            <Period from={engagement.startDate} to={engagement.endDate} />
          </Text>
          {actionsFor(engagement)}
        </li>
      ))}
    </Stack>
  );
}
