import { Button, Group, NumberInput, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import type { RetentionRule } from '../types.ts';

interface RetentionRuleRowProps {
  rule: RetentionRule;
  busy: boolean;
  onSave: (months: number) => void;
}

/** One category's period, editable in place; saved on its own so one refused value does not hold back the others. */
export function RetentionRuleRow({ rule, busy, onSave }: RetentionRuleRowProps) {
  const { t } = useTranslation();
  const [months, setMonths] = useState<number | string>(rule.months);
  const name = t(`retention.categories.${rule.category}`);
  const valid = typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= 600;
  return (
    <Table.Tr>
      <Table.Td data-label={t('retention.category')}>{name}</Table.Td>
      <Table.Td data-label={t('retention.months')}>
        <Group gap="xs" wrap="nowrap">
          <NumberInput
            aria-label={t('retention.monthsFor', { category: name })}
            value={months}
            onChange={setMonths}
            min={1}
            max={600}
            allowDecimal={false}
            allowNegative={false}
            w={110}
          />
          <Button
            variant="light"
            loading={busy}
            disabled={!valid || months === rule.months}
            onClick={() => valid && onSave(months)}
            aria-label={t('retention.saveFor', { category: name })}
          >
            {t('retention.save')}
          </Button>
        </Group>
      </Table.Td>
      <Table.Td data-label={t('retention.defaultMonths')}>
        <Ltr>{rule.defaultMonths}</Ltr>
      </Table.Td>
      <Table.Td data-label={t('retention.updatedAt')}>
        {rule.updatedAt ? <Ltr>{formatDateTime(rule.updatedAt)}</Ltr> : t('retention.neverChanged')}
      </Table.Td>
    </Table.Tr>
  );
}
