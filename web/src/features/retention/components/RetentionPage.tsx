import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { useRetentionRules, useUpdateRetentionRule } from '../hooks.ts';
import { RetentionLogTable } from './RetentionLogTable.tsx';
import { RetentionRuleRow } from './RetentionRuleRow.tsx';

/** Retention (gallring) for the administrator: how long each category is kept, and what the job has removed. */
export function RetentionPage() {
  const { t } = useTranslation();
  usePageTitle(t('retention.title'));
  const wide = useWideScreen('sm');
  const rules = useRetentionRules();
  const update = useUpdateRetentionRule();
  const auditShorter = isApiError(update.error, 'validation_failed');
  return (
    <Stack gap="md">
      <Title order={1}>{t('retention.title')}</Title>
      <Text>{t('retention.intro')}</Text>
      <Paper withBorder p="md" component="section" aria-labelledby="retention-rules-heading">
        <Title order={2} size="h3" id="retention-rules-heading" mb="xs">
          {t('retention.rulesTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('retention.auditRule')}
        </Text>
        {rules.isPending && <Loading />}
        <ErrorNotice error={rules.error} />
        {auditShorter ? (
          <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
            {t('retention.auditShorter')}
          </Alert>
        ) : (
          <ErrorNotice error={update.error} />
        )}
        {update.isSuccess && (
          <Text size="sm" role="status">
            {t('retention.saved')}
          </Text>
        )}
        {rules.data && (
          <Table.ScrollContainer minWidth={wide ? 640 : 0}>
            <Table verticalSpacing="sm" className="stacked-table">
              <Table.Caption className="visually-hidden">{t('retention.rulesCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('retention.category')}</Table.Th>
                  <Table.Th scope="col">{t('retention.months')}</Table.Th>
                  <Table.Th scope="col">{t('retention.defaultMonths')}</Table.Th>
                  <Table.Th scope="col">{t('retention.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rules.data.map((rule) => (
                  <RetentionRuleRow
                    key={`${rule.category}-${rule.months}`}
                    rule={rule}
                    busy={update.isPending && update.variables?.category === rule.category}
                    onSave={(months) => update.mutate({ category: rule.category, months })}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="retention-log-heading">
        <Title order={2} size="h3" id="retention-log-heading" mb="xs">
          {t('retention.logTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('retention.logIntro')}
        </Text>
        <RetentionLogTable />
      </Paper>
    </Stack>
  );
}
