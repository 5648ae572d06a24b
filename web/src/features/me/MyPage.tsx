import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/Loading.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { ConsentSection } from '../consents/components/ConsentSection.tsx';
import { IdentityCard } from '../participants/components/IdentityCard.tsx';
import { useParticipant } from '../participants/hooks.ts';
import { useCurrentUser } from '../session/hooks.ts';

/** The person's own page: what is recorded about them, and who may see what. */
export function MyPage() {
  const { t } = useTranslation();
  usePageTitle(t('me.title'));
  const me = useCurrentUser();
  const participant = useParticipant(me.participantId);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('me.title')}</Title>
      <Text>{t('me.intro')}</Text>
      {!me.participantId && (
        <Alert color="yellow" variant="light">
          {t('me.noRecord')}
        </Alert>
      )}
      {me.participantId && participant.isPending && <Loading />}
      <QueryError error={participant.error} topic="participant" />
      {participant.data && <IdentityCard participant={participant.data} headingId="my-identity-heading" />}
      {me.participantId && <ConsentSection participantId={me.participantId} method="digital" canChange />}
    </Stack>
  );
}
