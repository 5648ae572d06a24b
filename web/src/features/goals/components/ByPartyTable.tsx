import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/Ltr.tsx';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import type { IndicatorView } from '../api.ts';
import { countText, quarterLabel } from '../indicators.ts';

/**
 * People in the förbund's interventions per party and quarter, each quarter's total beside them; the table is
 * suppressed as one, so a small cell is "< 5" and the cells that would give it away "–". One card per quarter on a phone.
 */
export function ByPartyTable({ indicator, label }: { indicator: IndicatorView; label: string }) {
  const { t, i18n } = useTranslation();
  const byParty = indicator.byParty;
  if (!byParty) return null;
  const partyName = (p: { id: string; name: string }) => (p.id === 'none' ? t('goals.byParty.none') : p.name);
  const total = t('goals.byParty.total');
  return (
    <ScrollTable label={label} minWidth={160 + 130 * (byParty.parties.length + 1)}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('goals.quarters.quarter')}</Table.Th>
          {byParty.parties.map((p) => (
            <Table.Th key={p.id} scope="col">
              <bdi>{partyName(p)}</bdi>
            </Table.Th>
          ))}
          <Table.Th scope="col">{total}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {byParty.quarters.map((q) => {
          const point = indicator.points.find((p) => p.quarter === q.quarter);
          return (
            <Table.Tr key={q.quarter}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                {quarterLabel(q.quarter, t)}
              </Table.Th>
              {byParty.parties.map((p) => (
                <Table.Td key={p.id} data-label={partyName(p)}>
                  <Ltr>{countText(q.cells[p.id] ?? { kind: 'hidden' }, i18n.language, t)}</Ltr>
                </Table.Td>
              ))}
              <Table.Td data-label={total} fw={700}>
                <Ltr>{point ? countText(point.base, i18n.language, t) : ''}</Ltr>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}
