import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import { CONSENT_EXPIRING_SOON_DAYS, type Consent } from '../types.ts';

/** The consents that end within 30 days, soonest first, so that a new consent can be asked for in time. */
export function ExpiringConsents({ consents }: { consents: readonly Consent[] }) {
  const { t } = useTranslation();
  const soon = consents.filter((c) => c.expiresSoon).sort((a, b) => (a.validTo ?? '').localeCompare(b.validTo ?? ''));
  if (soon.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={t('consents.expiringTitle', { days: CONSENT_EXPIRING_SOON_DAYS })}>
      <List size="sm" spacing={2}>
        {soon.map((c) => (
          <List.Item key={c.id}>
            {t('consents.expiringItem', { category: t(`categories.${c.category}`), organisation: c.organisationName })}{' '}
            <Ltr>{formatDate(c.validTo)}</Ltr>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
