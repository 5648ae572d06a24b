import { List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n/languages.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import type { Completeness } from '../api.ts';
import { missingInWords } from '../labels.ts';

/**
 * What the report lacks, by the organisation that records it: how many of its participations lack something, and
 * what in words. Counts of records, no one named; the provider completes them on the participation, at the source.
 */
export function CompletenessSection({ data, error }: { data: Completeness | undefined; error: unknown }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby="sus-completeness" className="sus-section">
      <Title order={2} size="h3" id="sus-completeness">
        {t('sus.completeness.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="sm">
        {t('sus.completeness.explain')}
      </Text>
      <ErrorNotice error={error} />
      {!data && !error && <Loading />}
      {data && data.organisations.length === 0 && <Text>{t('sus.completeness.none')}</Text>}
      {data && data.organisations.length > 0 && (
        <List spacing="sm" listStyleType="none" withPadding={false}>
          {data.organisations.map((o) => (
            <List.Item key={o.organisationId}>
              <Text fw={600}>
                <bdi>{o.organisationName}</bdi>
              </Text>
              <Text size="sm">
                {t('sus.completeness.incomplete', { n: o.incomplete.toLocaleString(locale) })}{' '}
                {t('sus.completeness.missing', { list: missingInWords(t, locale, o.missing) })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
