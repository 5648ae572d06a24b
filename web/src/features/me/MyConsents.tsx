import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConsentSection } from '../consents/components/ConsentSection.tsx';
import type { PersonSectionProps } from '../person/types.ts';

/**
 * The person's own consents: give, withdraw (after a question that says what it means), and the history of each.
 * Withdrawal takes effect at once; what the organisation read before stays in the access log.
 */
export function MyConsents({ participantId }: PersonSectionProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text>{t('me.consents.intro')}</Text>
      <ConsentSection participantId={participantId} method="digital" canChange />
    </Stack>
  );
}
