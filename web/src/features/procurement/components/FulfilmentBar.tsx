import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FulfilmentStatus } from '../../../../../common/procurement.ts';
import { statusColors } from '../../../app/theme.ts';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { RequirementFulfilment } from '../api.ts';

export const STATUS_TONE: Record<FulfilmentStatus, keyof typeof statusColors> = {
  met: 'success',
  on_track: 'info',
  behind: 'warning',
  not_started: 'neutral',
  ended_unmet: 'warning',
};

export function FulfilmentBadge({ status }: { status: FulfilmentStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATUS_TONE[status]}>{t(`procurement.status.${status}`)}</StatusBadge>;
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.min(100, (100 * part) / whole));

/**
 * One requirement's fulfilment: what was achieved of what is required, in words and as a bar. Where the count is
 * short of the share due by today, the shortfall is drawn striped up to that share. The bar only repeats the words,
 * so it is hidden from screen readers.
 */
export function FulfilmentBar({ requirement: r }: { requirement: RequirementFulfilment }) {
  const { t } = useTranslation();
  const achieved = percent(r.achieved, r.required);
  const shortfall = r.expectedByToday > r.achieved ? percent(r.expectedByToday, r.required) - achieved : 0;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t(`procurement.requirementKinds.${r.kind}`)}
        </Text>
        <FulfilmentBadge status={r.status} />
      </Group>
      <Progress.Root size="lg" aria-hidden="true">
        <Progress.Section value={achieved} color={statusColors[STATUS_TONE[r.status]]} withAria={false} />
        {shortfall > 0 && <Progress.Section value={shortfall} color={statusColors.warning} striped withAria={false} opacity={0.45} />}
      </Progress.Root>
      <Text size="sm">
        {t('procurement.contracts.figures', { achieved: r.achieved, required: r.required, expected: r.expectedByToday })}
      </Text>
    </Stack>
  );
}
