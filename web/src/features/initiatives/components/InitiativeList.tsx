import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { Initiative } from '../api.ts';
import { InitiativePeriod, StateBadge } from './StateBadge.tsx';

/** The initiatives the filters select, one card each: name, state, kind, owner and period. */
export function InitiativeList({ items }: { items: Initiative[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="initiative-list-heading">
      <Title order={2} size="h3" id="initiative-list-heading">
        {t('initiatives.list.title', { count: items.length })}
      </Title>
      {items.length === 0 && <Text c="dimmed">{t('initiatives.list.none')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((i) => (
          <Paper key={i.id} component="li" withBorder p="md" aria-label={i.name}>
            <Group justify="space-between" align="flex-start" gap="xs">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Title order={3} size="h4">
                  <Anchor component={Link} to={`/initiatives/${i.id}`} inherit>
                    <bdi>{i.name}</bdi>
                  </Anchor>
                </Title>
                <Text size="sm">
                  {t(`initiatives.kinds.${i.kind}`)} · {t('initiatives.owner')}:{' '}
                  {i.ownerPartyName ? <bdi>{i.ownerPartyName}</bdi> : t('initiatives.noOwner')}
                </Text>
                <Text size="sm">
                  {t('initiatives.period')}: <InitiativePeriod initiative={i} />
                </Text>
              </Stack>
              <Group gap={6}>
                <StateBadge state={i.state} />
                {i.atRisk.length > 0 && <StatusBadge tone="warning">{t('initiatives.atRiskBadge')}</StatusBadge>}
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
