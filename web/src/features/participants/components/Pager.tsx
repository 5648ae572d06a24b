import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  shown: number;
  onChange: (offset: number) => void;
}

/** Previous / next paging with "showing 1–25 of 130"; the count is announced when it changes. */
export function Pager({ offset, limit, total, shown, onChange }: PagerProps) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : offset + 1;
  const to = offset + shown;
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" role="status" aria-live="polite">
        {t('common.showing', { from, to, total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
          {t('common.previous')}
        </Button>
        <Button variant="default" disabled={to >= total} onClick={() => onChange(offset + limit)}>
          {t('common.next')}
        </Button>
      </Group>
    </Group>
  );
}
