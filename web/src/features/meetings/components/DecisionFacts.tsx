import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatKronor } from '../../catalogue/money.ts';
import { isolateLtr, isolateText } from '../../../ui/Ltr.tsx';
import type { Decision } from '../api.ts';
import { OutcomeBadge } from './Badges.tsx';

/**
 * A decision as the minutes have it: the outcome and its wording, the vote (or that there was none), each
 * reservation with the member who made it, and what it changed — the initiative's new state and the money allocated.
 */
export function DecisionFacts({ decision: d }: { decision: Decision }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={4} p="sm" bg="var(--mantine-color-gray-0)" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('meetings.decision.title')}
        </Text>
        <OutcomeBadge outcome={d.outcome} />
      </Group>
      <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
        {d.wording}
      </Text>
      <Text size="sm">
        {d.votes
          ? t('meetings.decision.votes', {
              for: isolateLtr(String(d.votes.for)),
              against: isolateLtr(String(d.votes.against)),
              abstentions: isolateLtr(String(d.votes.abstentions)),
            })
          : t('meetings.decision.noVote')}
      </Text>
      {d.reservations.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('meetings.decision.reservations')}
          </Text>
          <List size="sm">
            {d.reservations.map((r, n) => (
              <List.Item key={`${r.member}-${n}`}>
                <bdi>{r.member}</bdi>
                {r.reason && (
                  <>
                    {': '}
                    <bdi>{r.reason}</bdi>
                  </>
                )}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {d.initiativeState && d.initiativeId && (
        <Text size="sm">
          {t('meetings.decision.moved', { state: t(`initiatives.states.${d.initiativeState}`) })}{' '}
          <Anchor component={Link} to={`/initiatives/${d.initiativeId}`} inherit>
            <bdi>{d.initiativeName}</bdi>
          </Anchor>
        </Text>
      )}
      {d.allocationAmountOre !== null && d.allocationYear !== null && (
        <Text size="sm">
          {t('meetings.decision.allocated', {
            amount: isolateLtr(formatKronor(d.allocationAmountOre, i18n.language)),
            year: isolateLtr(String(d.allocationYear)),
            name: isolateText(d.initiativeName ?? t('meetings.decision.ownOperation')),
          })}
        </Text>
      )}
    </Stack>
  );
}
