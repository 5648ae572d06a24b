import { Alert, Stack, Title } from '@mantine/core';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Verb } from '../../../../../common/verbs.ts';
import { useCurrentUser } from '../hooks.ts';
import { allows } from '../roles.ts';
import { usePageTitle } from '../../../ui/usePageTitle.ts';

/** Shows the nested routes only to users the server lets attempt `verb`. The server decides again on every request. */
export function RequireVerb({ verb }: { verb: Verb }) {
  const me = useCurrentUser();
  if (allows(me, verb)) return <Outlet />;
  return <NotForYourRole />;
}

function NotForYourRole() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Stack>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Alert color="yellow" variant="light">
        {t('forbidden.text')}
      </Alert>
    </Stack>
  );
}
