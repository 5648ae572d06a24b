import { Alert, Stack, Text, Title } from '@mantine/core';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { PersonSectionNav } from '../person/components/PersonSectionNav.tsx';
import { useCurrentUser } from '../session/hooks.ts';

/** The person's own view: their record in sections, the same sections staff see, in the person's language. */
export function MyPage() {
  const { t } = useTranslation();
  usePageTitle(t('me.title'));
  const me = useCurrentUser();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('me.title')}</Title>
      <Text>{t('me.intro')}</Text>
      {me.participantId ? (
        <>
          <PersonSectionNav base="/me" viewer="self" />
          <Outlet />
        </>
      ) : (
        <Alert color="yellow" variant="light">
          {t('me.noRecord')}
        </Alert>
      )}
    </Stack>
  );
}
