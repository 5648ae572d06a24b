import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { allows } from '../../session/roles.ts';
import { OpenRounds } from './OpenRounds.tsx';
import { RoundsSection } from './RoundsSection.tsx';

/**
 * The collaboration barometer (samverkansbarometern): for every signed-in user the rounds they may answer now; for the
 * governance level also every round, its results with small groups suppressed, the trend, and the form to open one.
 */
export function BarometerPage() {
  const { t } = useTranslation();
  usePageTitle(t('barometer.title'));
  const reader = allows(useCurrentUser(), 'governance.read');
  return (
    <Stack gap="lg">
      {/* "Samverkansbarometern" is one long word, and Chromium has no Swedish hyphenation: smaller on a phone, so it fits. */}
      <Title order={1} style={{ fontSize: 'clamp(1.375rem, 6.5vw, 2.125rem)', overflowWrap: 'break-word' }}>
        {t('barometer.title')}
      </Title>
      <Text>{t(reader ? 'barometer.intro' : 'barometer.introAnswer')}</Text>
      <OpenRounds />
      {reader && <RoundsSection />}
    </Stack>
  );
}
