import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import type { Consent } from '../types.ts';

/** How the consent was given: digitally, or on paper with the form's date and who recorded it. */
export function ConsentMethodText({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t(`consentMethods.${consent.method}`)}</Text>
      {consent.documentDate && (
        <Text size="xs" c="dimmed">
          {t('consents.documentDated', { date: isolateLtr(formatDate(consent.documentDate)) })}
        </Text>
      )}
      {consent.recordedByName && (
        <Text size="xs" c="dimmed">
          {t('consents.recordedByName', { name: consent.recordedByName })}
        </Text>
      )}
    </>
  );
}
