import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n/languages.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import type { ShownCount, ShownShare } from '../api.ts';
import { useQuality } from '../hooks.ts';

/** The quality of the education for utbildningsplikt per provider: aggregates only, small groups shown as "< 5". */
export function QualityTable() {
  const { t, i18n } = useTranslation();
  const wide = useWideScreen('sm');
  const quality = useQuality();
  const min = quality.data?.smallCell ?? 5;
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent', maximumFractionDigits: 0 });
  const count = (c: ShownCount) => <Ltr>{'value' in c ? c.value : t('utbildningsplikt.quality.small', { min })}</Ltr>;
  const share = (s: ShownShare) => (
    <Ltr>{'hidden' in s ? t('utbildningsplikt.quality.small', { min }) : s.share === null ? '–' : percent.format(s.share)}</Ltr>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quality-heading">
      <Title order={2} size="h3" id="quality-heading" mb="xs">
        {t('utbildningsplikt.quality.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('utbildningsplikt.quality.intro', { min })}
      </Text>
      {quality.isPending && <Loading />}
      <QueryError error={quality.error} topic="progression" />
      {quality.data && quality.data.providers.length === 0 && <Text c="dimmed">{t('utbildningsplikt.quality.empty')}</Text>}
      {quality.data && quality.data.providers.length > 0 && (
        <Table.ScrollContainer minWidth={wide ? 560 : 0}>
          <Table verticalSpacing="sm" className="stacked-table">
            <Table.Caption className="visually-hidden">{t('utbildningsplikt.quality.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('utbildningsplikt.quality.provider')}</Table.Th>
                <Table.Th scope="col">{t('utbildningsplikt.quality.participants')}</Table.Th>
                <Table.Th scope="col">{t('utbildningsplikt.quality.completed')}</Table.Th>
                <Table.Th scope="col">{t('utbildningsplikt.quality.sfiProgressed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quality.data.providers.map((p) => (
                <Table.Tr key={p.organisationId}>
                  <Table.Th scope="row" fw={600}>
                    {p.organisationName}
                  </Table.Th>
                  <Table.Td data-label={t('utbildningsplikt.quality.participants')}>{count(p.participants)}</Table.Td>
                  <Table.Td data-label={t('utbildningsplikt.quality.completed')}>{share(p.completed)}</Table.Td>
                  <Table.Td data-label={t('utbildningsplikt.quality.sfiProgressed')}>{share(p.sfiProgressed)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('utbildningsplikt.quality.definitions')}
      </Text>
    </Paper>
  );
}
