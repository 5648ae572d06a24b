import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n/languages.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import type { Shown } from '../../evaluation/api.ts';
import { shownText } from '../../evaluation/format.ts';

export interface CountRow {
  key: string;
  label: string;
  cells: Shown[];
}

/**
 * One table of the report under its heading and a sentence on what it counts: a row per category, a column per
 * count, and the total row when the counts add up to one. Counts as published: a number, "< 5" or "–", kept
 * left to right so that "< 5" does not turn into "5 >" in Arabic. A table of one or two counts fits a phone as it is;
 * a wider one becomes a card per row there.
 */
export function CountsTable({
  id,
  title,
  explain,
  rowHeader,
  columns,
  rows,
  total,
  minWidth = 0,
}: {
  id: string;
  title: string;
  explain: string;
  rowHeader: string;
  columns: string[];
  rows: CountRow[];
  total?: Shown[];
  minWidth?: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  // A table of one or two counts stays a table on a phone: its long category words may break to fit the screen.
  const wide = columns.length > 2;
  const line = (key: string, label: string, cells: Shown[], strong = false) => (
    <Table.Tr key={key}>
      <Table.Th scope="row" fw={strong ? 700 : 600} style={wide ? undefined : { overflowWrap: 'anywhere' }}>
        {label}
      </Table.Th>
      {cells.map((cell, c) => (
        <Table.Td key={c} data-label={columns[c]} fw={strong ? 700 : undefined} ta="end">
          <Ltr>{shownText(cell, t, locale)}</Ltr>
        </Table.Td>
      ))}
    </Table.Tr>
  );
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby={id} className="sus-section">
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="sm">
        {explain}
      </Text>
      <ScrollTable label={title} minWidth={minWidth} stacked={wide}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} scope="col" ta="end">
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => line(r.key, r.label, r.cells))}
          {total && line('total', t('evaluationExport.total'), total, true)}
        </Table.Tbody>
      </ScrollTable>
    </Paper>
  );
}
