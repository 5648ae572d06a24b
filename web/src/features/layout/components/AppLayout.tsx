import { AppShell, Box, Burger, Button, Divider, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useLogout } from '../../session/hooks.ts';
import { navigationFor } from '../navigation.ts';
import { NotificationBell } from '../../notifications/components/NotificationBell.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { NavMenu } from './NavMenu.tsx';
import { UserSummary } from './UserSummary.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = navigationFor(me);

  function signOut() {
    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
  }

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <UnstyledButton component={Link} to="/" onClick={close}>
              <Text fw={700} size="xl">
                {t('app.name')}
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Box visibleFrom="sm">
              <UserSummary />
            </Box>
            <NotificationBell onNavigate={close} />
            <LanguageSwitcher />
            <Button variant="default" size="sm" onClick={signOut} loading={logout.isPending} visibleFrom="sm">
              {t('auth.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" id="main-navigation" aria-label={t('nav.label')}>
        <NavMenu items={items} onNavigate={close} />
        <Box hiddenFrom="sm" mt="auto">
          <Divider my="md" />
          <UserSummary align="start" />
          <Button variant="default" mt="sm" fullWidth onClick={signOut} loading={logout.isPending}>
            {t('auth.logout')}
          </Button>
        </Box>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Box maw={1100}>
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
