import { Paper, Table, Title } from '@mantine/core';
import { Ltr } from '../../../ui/Ltr.tsx';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import type { EvaluationRow, Figures } from '../api.ts';

export interface Column {
  key: string;
  label: string;
  cell: (f: Figures) => string;
}

/** One table of the report: a row per group and the total, a column per figure; stacked on a phone. */
export function FiguresTable({
  id,
  title,
  columns,
  rows,
  total,
  rowLabel,
  rowHeader,
  totalLabel,
}: {
  id: string;
  title: string;
  columns: Column[];
  rows: EvaluationRow[];
  total: Figures;
  rowLabel: (row: EvaluationRow) => string;
  rowHeader: string;
  totalLabel: string;
}) {
  const line = (key: string, label: string, f: Figures, strong = false) => (
    <Table.Tr key={key}>
      <Table.Th scope="row" fw={strong ? 700 : 600}>
        <span dir="auto">{label}</span>
      </Table.Th>
      {columns.map((c) => (
        <Table.Td key={c.key} data-label={c.label} fw={strong ? 700 : undefined}>
          <Ltr>{c.cell(f)}</Ltr>
        </Table.Td>
      ))}
    </Table.Tr>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      <ScrollTable label={title} minWidth={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => line(r.key ?? 'none', rowLabel(r), r.figures))}
          {line('total', totalLabel, total, true)}
        </Table.Tbody>
      </ScrollTable>
    </Paper>
  );
}
