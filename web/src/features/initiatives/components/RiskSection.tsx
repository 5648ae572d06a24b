import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInitiatives } from '../hooks.ts';
import { riskText } from './StateBadge.tsx';

/**
 * The warning on top of the list: every initiative of the area that runs past its end with no decision to take it
 * into regular operations or end it, or that nobody has evaluated, whatever the filters below, with the reason.
 */
export function RiskSection() {
  const { t } = useTranslation();
  const atRisk = useInitiatives({ atRisk: true });
  const items = atRisk.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('initiatives.risk.title')}>
      <Text size="sm">{t('initiatives.risk.intro', { count: items.length })}</Text>
      <List size="sm" mt={4} spacing={4}>
        {items.map((i) => (
          <List.Item key={i.id}>
            <Anchor component={Link} to={`/initiatives/${i.id}`} size="sm" fw={600} c="inherit" underline="always">
              <bdi>{i.name}</bdi>
            </Anchor>
            : {riskText(i, t)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
