import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentMethod } from '../../../../../common/roles.ts';
import { ConsentForm } from './ConsentForm.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useConsents } from '../hooks.ts';
import { ConsentHistory } from './ConsentHistory.tsx';
import { ConsentList } from './ConsentList.tsx';

interface ConsentSectionProps {
  participantId: string;
  /** paper: staff record a signed form; digital: the person gives consent themself. */
  method: ConsentMethod;
  /** Whether this user may add and withdraw consents (the server decides again). */
  canChange: boolean;
}

/** The history, read from the same answer as the list (the query is shared, so it is fetched once). */
function ConsentHistorySection({ participantId }: { participantId: string }) {
  const consents = useConsents(participantId);
  if (!consents.data) return <QueryError error={consents.error} topic="consents" />;
  return <ConsentHistory events={consents.data.history} consents={consents.data.items} />;
}

/** The person's consents with those about to end, their history, and for those who may, the form to add one. */
export function ConsentSection({ participantId, method, canChange }: ConsentSectionProps) {
  const { t } = useTranslation();
  const formTitle = method === 'paper' ? t('consents.recordTitle') : t('consents.giveTitle');
  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="consents-heading">
        <Title order={2} size="h3" id="consents-heading" mb="sm">
          {t('consents.title')}
        </Title>
        <ConsentList participantId={participantId} canWithdraw={canChange} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="consent-history-heading">
        <Title order={2} size="h3" id="consent-history-heading" mb="xs">
          {t('consents.historyTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('consents.historyIntro')}
        </Text>
        <ConsentHistorySection participantId={participantId} />
      </Paper>
      {canChange && (
        <Paper withBorder p="md" component="section" aria-labelledby="consent-form-heading">
          <Title order={2} size="h3" id="consent-form-heading" mb="xs">
            {formTitle}
          </Title>
          <Text size="sm" mb="md">
            {method === 'paper' ? t('consents.recordIntro') : t('consents.giveIntro')}
          </Text>
          <ConsentForm participantId={participantId} method={method} />
        </Paper>
      )}
    </Stack>
  );
}
