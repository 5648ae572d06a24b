import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Container, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { useLogin, useMe } from '../hooks.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { LanguageSwitcher } from '../../layout/components/LanguageSwitcher.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.title'));
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (me.isPending) return <Loading />;
  if (me.data && !login.isPending) return <Navigate to={from} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(from, { replace: true }) });
  }

  return (
    <>
      <header>
        <Group justify="space-between" p="md">
          <Text fw={700} size="xl">
            {t('app.name')}
          </Text>
          <LanguageSwitcher />
        </Group>
      </header>
      <Container size={420} py="xl" component="main">
        <Title order={1} ta="center" mb="xs">
          {t('auth.title')}
        </Title>
        <Text ta="center" c="dimmed" mb="lg">
          {t('app.tagline')}
        </Text>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                maxLength={limits.emailMax}
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={missing && !email.trim() ? t('validation.required') : undefined}
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                required
                maxLength={limits.passwordMax}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={missing && !password ? t('validation.required') : undefined}
                visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
              />
              <ErrorNotice error={login.error} />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('auth.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Container>
    </>
  );
}
