import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BUDGET_YEARS } from '../../../../../common/governance.ts';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { BudgetSection } from './BudgetSection.tsx';
import { PartiesSection } from './PartiesSection.tsx';

const VIEWS = ['budget', 'parties'] as const;
type View = (typeof VIEWS)[number];

/** A year asked for in the address (`?year=`), or undefined to let the server show the current or latest one. */
function yearOf(text: string | null): number | undefined {
  const year = Number(text);
  return text && Number.isInteger(year) && year >= BUDGET_YEARS.min && year <= BUDGET_YEARS.max ? year : undefined;
}

/**
 * The samordningsförbund's parties and joint budget, one tab each (kept in the address, `?view=`, with the year shown
 * in `?year=`): the year's contributions split by the law, the allocations and their spending, the years' outcome;
 * and the parties with their split keys. Coordinators and managers change them; the board and analysts read.
 */
export function ForbundPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbund.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('view') as View | null;
  const view: View = asked && VIEWS.includes(asked) ? asked : 'budget';
  const change = (key: 'view' | 'year', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: key === 'view' },
    );
  return (
    <Stack gap="md">
      <Title order={1}>{t('forbund.title')}</Title>
      <Text>{t('forbund.intro')}</Text>
      <Tabs value={view} onChange={(v) => v && change('view', v)} keepMounted={false}>
        <Tabs.List>
          {VIEWS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`forbund.tabs.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="budget" pt="md">
          <BudgetSection year={yearOf(params.get('year'))} onYear={(year) => change('year', String(year))} />
        </Tabs.Panel>
        <Tabs.Panel value="parties" pt="md">
          <PartiesSection />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
