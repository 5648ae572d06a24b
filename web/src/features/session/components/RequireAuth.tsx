import type { ReactNode } from 'react';
import { Button, Container, Stack } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CurrentUserContext } from '../currentUser.ts';
import { useMe } from '../hooks.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';

/** Renders its children only with a session; otherwise sends the user to /login and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <Loading />;
  if (me.isError) {
    return (
      <Container size="xs" py="xl" component="main">
        <Stack>
          <ErrorNotice error={me.error} />
          <Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Container>
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}
