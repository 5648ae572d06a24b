import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { ContractsSection } from './ContractsSection.tsx';
import { PurchasesSection } from './PurchasesSection.tsx';
import { WorkplacesSection } from './WorkplacesSection.tsx';

const VIEWS = ['contracts', 'employer', 'purchases'] as const;
type View = (typeof VIEWS)[number];

/**
 * The municipality's three roles on one page, one tab each (kept in the address, `?view=`): procurer (contracts with
 * employment requirements and their fulfilment), employer (its own places by workplace) and customer of social
 * enterprises (purchases per year).
 */
export function ProcurementPage() {
  const { t } = useTranslation();
  usePageTitle(t('procurement.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('view') as View | null;
  const view: View = asked && VIEWS.includes(asked) ? asked : 'contracts';
  return (
    <Stack gap="md">
      <Title order={1}>{t('procurement.title')}</Title>
      <Text>{t('procurement.intro')}</Text>
      <Tabs value={view} onChange={(v) => v && setParams({ view: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {VIEWS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`procurement.tabs.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="contracts" pt="md">
          <ContractsSection />
        </Tabs.Panel>
        <Tabs.Panel value="employer" pt="md">
          <WorkplacesSection />
        </Tabs.Panel>
        <Tabs.Panel value="purchases" pt="md">
          <PurchasesSection />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
