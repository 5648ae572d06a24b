import { Alert, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolateLtr, isolateText, Ltr } from '../../../ui/Ltr.tsx';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { formatKronor } from '../../catalogue/money.ts';
import type { Allocation, BudgetYear } from '../api.ts';
import { monthName } from '../figures.ts';

/**
 * The year's allocations — to an initiative or to the förbund's own operation — with allocated, spent and remaining,
 * a warning naming those overspent, and the spending recorded; for managers the buttons to allocate, change and record.
 */
export function AllocationsSection({
  year,
  mayManage,
  onAdd,
  onEdit,
  onSpend,
}: {
  year: BudgetYear;
  mayManage: boolean;
  onAdd: () => void;
  onEdit: (a: Allocation) => void;
  onSpend: (a: Allocation) => void;
}) {
  const { t, i18n } = useTranslation();
  const kronor = (ore: number) => <Ltr>{formatKronor(ore, i18n.language)}</Ltr>;
  const overspent = year.allocations.filter((a) => a.overspent);
  const title = t('forbund.allocations.title', { year: year.year });
  const column = (key: 'target' | 'allocated' | 'spent' | 'remaining') => t(`forbund.allocations.${key}`);
  return (
    <Stack gap="sm" component="section" aria-labelledby="allocations-heading">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={3} size="h4" id="allocations-heading">
          {title}
        </Title>
        {mayManage && <Button onClick={onAdd}>{t('forbund.allocations.add')}</Button>}
      </Group>
      {overspent.length > 0 && (
        <Alert color="orange" variant="light" role="alert" title={t('forbund.allocations.overspentTitle')}>
          <List size="sm">
            {overspent.map((a) => (
              <List.Item key={a.id}>
                {t('forbund.allocations.overspentBy', {
                  name: isolateText(a.name),
                  amount: isolateLtr(formatKronor(-a.remainingOre, i18n.language)),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {year.allocations.length === 0 ? (
        <Text c="dimmed">{t('forbund.allocations.none')}</Text>
      ) : (
        <ScrollTable label={title} minWidth={mayManage ? 860 : 640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('forbund.allocations.name')}</Table.Th>
              {(['target', 'allocated', 'spent', 'remaining'] as const).map((key) => (
                <Table.Th key={key} scope="col">
                  {column(key)}
                </Table.Th>
              ))}
              {mayManage && (
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('forbund.allocations.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {year.allocations.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row">
                  <bdi>{a.name}</bdi>
                </Table.Th>
                <Table.Td data-label={column('target')}>
                  {a.initiativeName === null
                    ? t('forbund.allocations.ownOperation')
                    : a.initiativeName === a.name
                      ? t('forbund.allocations.initiative')
                      : t('forbund.allocations.initiativeNamed', { name: isolateText(a.initiativeName) })}
                </Table.Td>
                <Table.Td data-label={column('allocated')}>{kronor(a.allocatedOre)}</Table.Td>
                <Table.Td data-label={column('spent')}>{kronor(a.spentOre)}</Table.Td>
                <Table.Td data-label={column('remaining')}>
                  <Group gap={4} wrap="wrap">
                    {kronor(a.remainingOre)}
                    {a.overspent && <StatusBadge tone="warning">{t('forbund.allocations.overspent')}</StatusBadge>}
                  </Group>
                </Table.Td>
                {mayManage && (
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button
                        variant="default"
                        size="xs"
                        onClick={() => onEdit(a)}
                        aria-label={t('forbund.allocations.editLabel', { name: a.name })}
                      >
                        {t('forbund.allocations.edit')}
                      </Button>
                      <Button
                        variant="default"
                        size="xs"
                        onClick={() => onSpend(a)}
                        aria-label={t('forbund.allocations.spendLabel', { name: a.name })}
                      >
                        {t('forbund.allocations.spend')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('forbund.allocations.total')}</Table.Th>
              <Table.Td />
              <Table.Td data-label={column('allocated')} fw={700}>
                {kronor(year.allocatedOre)}
              </Table.Td>
              <Table.Td data-label={column('spent')} fw={700}>
                {kronor(year.spentOre)}
              </Table.Td>
              <Table.Td data-label={column('remaining')} fw={700}>
                {kronor(year.allocatedOre - year.spentOre)}
              </Table.Td>
              {mayManage && <Table.Td />}
            </Table.Tr>
          </Table.Tbody>
        </ScrollTable>
      )}
      <SpendingList year={year} />
    </Stack>
  );
}

/** Every amount recorded in the year, month by month, corrections included. */
function SpendingList({ year }: { year: BudgetYear }) {
  const { t, i18n } = useTranslation();
  const rows = year.allocations
    .flatMap((a) => a.spending.map((s) => ({ ...s, allocation: a.name })))
    .sort((a, b) => a.month - b.month || a.createdAt.localeCompare(b.createdAt));
  if (rows.length === 0) return null;
  const title = t('forbund.spending.title', { year: year.year });
  return (
    <details>
      <summary>{title}</summary>
      <ScrollTable label={title} minWidth={560}>
        <Table.Thead>
          <Table.Tr>
            {(['month', 'allocation', 'amount', 'note'] as const).map((key) => (
              <Table.Th key={key} scope="col">
                {t(`forbund.spending.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td data-label={t('forbund.spending.month')}>{monthName(s.month, i18n.language)}</Table.Td>
              <Table.Td data-label={t('forbund.spending.allocation')}>
                <bdi>{s.allocation}</bdi>
              </Table.Td>
              <Table.Td data-label={t('forbund.spending.amount')}>
                <Ltr>{formatKronor(s.amountOre, i18n.language)}</Ltr>
              </Table.Td>
              <Table.Td data-label={t('forbund.spending.note')} dir="auto">
                {s.note ?? ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </details>
  );
}
