import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { ProgressionSummary } from '../types.ts';

/** Where the person stands: the SFI course they study or last passed, and whether civic orientation is done. */
export function ProgressionSummaryLine({ summary }: { summary: ProgressionSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" aria-label={t('progression.summaryLabel')} role="group">
      <Text fw={600}>
        {summary.sfiLevel ? (
          <>
            {t('progression.summarySfi')} <Ltr>{summary.sfiLevel}</Ltr>
          </>
        ) : (
          t('progression.summarySfiNone')
        )}
      </Text>
      {summary.sfiLevelPassed && (
        <Text c="dimmed">
          {t('progression.summarySfiPassed')} <Ltr>{summary.sfiLevelPassed}</Ltr>
        </Text>
      )}
      <StatusBadge tone={summary.civicOrientationDone ? 'success' : 'neutral'}>
        {summary.civicOrientationDone ? t('progression.summaryCivicDone') : t('progression.summaryCivicNotDone')}
      </StatusBadge>
    </Group>
  );
}
