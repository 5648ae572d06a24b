import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../common/roles.ts';
import { useCurrentUser } from '../session/hooks.ts';
import { navigationFor } from '../layout/navigation.ts';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { allows } from '../session/roles.ts';
import { Worklist } from '../worklist/components/Worklist.tsx';

/** Greets the user, shows staff who work with people their worklist first, and says, per role, what Kitt gives them. */
export function StartPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  usePageTitle(t('nav.start'));
  // In the order of ROLES, so a user with several roles reads them the same way every time.
  const roles = ROLES.filter((role) => me.user.roles.includes(role));
  const links = navigationFor(me).filter((item) => item.key !== 'start');

  return (
    <Stack gap="lg">
      <Title order={1}>{t('start.welcome', { name: me.user.displayName })}</Title>
      {me.organisation && <Text>{t('start.organisation', { organisation: me.organisation.name })}</Text>}
      {me.tenant.name !== me.organisation?.name && <Text>{t('start.tenant', { tenant: me.tenant.name })}</Text>}
      {allows(me, 'worklist.read') && <Worklist />}
      <section aria-labelledby="start-roles">
        <Title order={2} size="h3" id="start-roles" mb="sm">
          {t('start.whatKittGives')}
        </Title>
        <Stack gap="md">
          {roles.map((role) => (
            <div key={role}>
              <Title order={3} size="h5">
                {t(`roles.${role}`)}
              </Title>
              <Text>{t(`start.roleIntro.${role}`)}</Text>
            </div>
          ))}
        </Stack>
      </section>
      {links.length > 0 && (
        <section aria-labelledby="start-links">
          <Title order={2} size="h3" id="start-links" mb="sm">
            {t('start.goTo')}
          </Title>
          <List>
            {links.map((item) => (
              <List.Item key={item.key}>
                <Anchor component={Link} to={item.to}>
                  {t(`nav.${item.key}`)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
