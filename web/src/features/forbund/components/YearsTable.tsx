import { Anchor, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/Ltr.tsx';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import { formatKronor } from '../../catalogue/money.ts';
import type { YearSummary } from '../api.ts';
import { FIGURE_LABEL, type Figure } from '../figures.ts';

const COLUMNS = ['totalOre', 'carriedInOre', 'availableOre', 'allocatedOre', 'spentOre', 'carriedOutOre'] as const satisfies Figure[];

/** Every year's outcome, newest first, each year a link to show it in detail; the equity carried out is the next year's in. */
export function YearsTable({ years, shown, onShow }: { years: YearSummary[]; shown: number | null; onShow: (year: number) => void }) {
  const { t, i18n } = useTranslation();
  const title = t('forbund.years.title');
  const label = (c: (typeof COLUMNS)[number]) => t(`forbund.figures.${FIGURE_LABEL[c]}`);
  return (
    <Stack gap="sm" component="section" aria-labelledby="years-heading">
      <Title order={3} size="h4" id="years-heading">
        {title}
      </Title>
      <ScrollTable label={title} minWidth={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('forbund.years.year')}</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c} scope="col">
                {label(c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...years].reverse().map((y) => (
            <Table.Tr key={y.year}>
              <Table.Th scope="row">
                {y.year === shown ? (
                  <span aria-current="true">
                    <Ltr>{y.year}</Ltr>
                  </span>
                ) : (
                  <Anchor
                    component="button"
                    type="button"
                    onClick={() => onShow(y.year)}
                    aria-label={t('forbund.years.show', { year: y.year })}
                  >
                    <Ltr>{y.year}</Ltr>
                  </Anchor>
                )}
              </Table.Th>
              {COLUMNS.map((c) => (
                <Table.Td key={c} data-label={label(c)} c={c === 'carriedOutOre' && y[c] < 0 ? 'red.8' : undefined}>
                  <Ltr>{formatKronor(y[c], i18n.language)}</Ltr>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}
