import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { BudgetOverview } from './BudgetOverview.tsx';
import { IndicatorsOverview } from './IndicatorsOverview.tsx';
import { MeetingsOverview } from './MeetingsOverview.tsx';
import { RisksOverview } from './RisksOverview.tsx';

/**
 * The board's overview (styrelsens översikt) on one page: where the joint goals' indicators stand against their
 * targets, the budget year against its outcome, the initiatives that need a decision, and the coming meetings with
 * late material, each part linking to its full page.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('overview.title'));
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('overview.title')}</Title>
        <Text>{t('overview.intro')}</Text>
      </Stack>
      <IndicatorsOverview />
      <BudgetOverview />
      <RisksOverview />
      <MeetingsOverview />
    </Stack>
  );
}
