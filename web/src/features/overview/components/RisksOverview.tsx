import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { riskText, StateBadge } from '../../initiatives/components/StateBadge.tsx';
import { useInitiatives } from '../../initiatives/hooks.ts';
import { OverviewSection } from './OverviewSection.tsx';

/** The initiatives that need a decision or an evaluation, each with why, and the link to the full list of them. */
export function RisksOverview() {
  const { t } = useTranslation();
  const atRisk = useInitiatives({ atRisk: true });
  const items = atRisk.data?.items ?? [];
  return (
    <OverviewSection id="overview-risks" title={t('overview.risks.title')} to="/initiatives?atRisk=1" linkLabel={t('overview.risks.link')}>
      {atRisk.isPending && <Loading />}
      <ErrorNotice error={atRisk.error} />
      {atRisk.data && items.length === 0 && <Text c="dimmed">{t('overview.risks.none')}</Text>}
      {items.length > 0 && (
        <List spacing="xs" size="sm">
          {items.map((i) => (
            <List.Item key={i.id}>
              <Anchor component={Link} to={`/initiatives/${i.id}`} fw={600} size="sm">
                <bdi>{i.name}</bdi>
              </Anchor>{' '}
              <StateBadge state={i.state} />
              <Text size="sm">{riskText(i, t)}</Text>
            </List.Item>
          ))}
        </List>
      )}
    </OverviewSection>
  );
}
