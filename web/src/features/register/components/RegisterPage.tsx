import { Button, Container, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { LanguageSwitcher } from '../../layout/components/LanguageSwitcher.tsx';
import { readAddress, writeAddress, type AddressChange } from '../address.ts';
import { NetworkView } from './NetworkView.tsx';
import { RegisterListView } from './RegisterListView.tsx';

/**
 * The public register of local initiatives across municipalities, read without signing in: a list to search, and
 * the network of who borrowed from whom over the years. Filters, view and year live in the address, so a search can
 * be shared as a link. Nothing on it is personal.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.title'));
  const [params, setParams] = useSearchParams();
  const address = readAddress(params);
  // Built from the address as it is when applied, so that a late search text does not undo a filter set meanwhile.
  const update = (change: AddressChange) => setParams((current) => writeAddress(current, change), { replace: true });

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header>
        <Group justify="space-between" p="md" wrap="nowrap">
          <Text fw={700} size="xl">
            {t('app.name')}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            <Button component={Link} to="/login" variant="default" size="sm">
              {t('register.signIn')}
            </Button>
          </Group>
        </Group>
      </header>
      <Container size="lg" component="main" id="main-content" tabIndex={-1} pb="xl">
        <Stack gap="md">
          <Title order={1}>{t('register.title')}</Title>
          <Text>{t('register.intro')}</Text>
          <Tabs value={address.view} onChange={(view) => view && update({ view })} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="list">{t('register.tabs.list')}</Tabs.Tab>
              <Tabs.Tab value="network">{t('register.tabs.network')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="list" pt="md">
              <RegisterListView filters={address.filters} onChange={update} />
            </Tabs.Panel>
            <Tabs.Panel value="network" pt="md">
              <NetworkView
                year={address.year}
                onYear={(year) => update({ year: year === null ? null : String(year) })}
                onShow={(show) =>
                  update({ view: 'list', q: show.q ?? null, municipality: show.municipality ?? null, role: null, state: null })
                }
              />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      </Container>
    </>
  );
}
