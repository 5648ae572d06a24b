import { Alert, Anchor, Button, Checkbox, Fieldset, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { usePreferences, useSavePreferences } from '../hooks.ts';
import type { KindChannels } from '../types.ts';

/** Each user chooses, per kind, whether they are told in Kitt and by e-mail. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.settings.title'));
  const preferences = usePreferences();
  const save = useSavePreferences();
  const [kinds, setKinds] = useState<KindChannels[] | null>(null);
  useEffect(() => {
    if (preferences.data && kinds === null) setKinds(preferences.data.kinds);
  }, [preferences.data, kinds]);

  function toggle(kind: KindChannels['kind'], channel: 'inApp' | 'email', value: boolean) {
    save.reset();
    setKinds((current) => current?.map((k) => (k.kind === kind ? { ...k, [channel]: value } : k)) ?? null);
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t('notifications.settings.title')}</Title>
      <Text>{t('notifications.settings.intro')}</Text>
      <Alert variant="light" color="blue">
        {t('notifications.settings.privacy')}
      </Alert>
      {preferences.isPending && <Loading />}
      <ErrorNotice error={preferences.error} />
      {kinds && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(kinds);
          }}
        >
          <Stack gap="sm">
            {kinds.map((k) => {
              const kindLabel = t(`notifications.kinds.${k.kind}`);
              return (
                <Fieldset key={k.kind} legend={kindLabel} variant="default">
                  <Group gap="lg" wrap="wrap">
                    <Checkbox
                      label={t('notifications.settings.inApp')}
                      aria-label={t('notifications.settings.inAppFor', { kind: kindLabel })}
                      checked={k.inApp}
                      onChange={(event) => toggle(k.kind, 'inApp', event.currentTarget.checked)}
                    />
                    <Checkbox
                      label={t('notifications.settings.email')}
                      aria-label={t('notifications.settings.emailFor', { kind: kindLabel })}
                      checked={k.email}
                      onChange={(event) => toggle(k.kind, 'email', event.currentTarget.checked)}
                    />
                  </Group>
                </Fieldset>
              );
            })}
            <Group gap="md" wrap="wrap">
              <Button type="submit" loading={save.isPending}>
                {t('notifications.settings.save')}
              </Button>
              <Anchor component={Link} to="/notifications">
                {t('notifications.backToList')}
              </Anchor>
            </Group>
            <ErrorNotice error={save.error} />
            {save.isSuccess && (
              <Text role="status" size="sm">
                {t('notifications.settings.saved')}
              </Text>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
