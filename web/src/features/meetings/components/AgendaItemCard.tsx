import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n/languages.ts';
import { Fact } from '../../../ui/Fact.tsx';
import { isolateLtr, isolateText } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { documentUrl, type AgendaDocument, type AgendaItem, type Meeting } from '../api.ts';
import { fileSize } from '../document.ts';
import { swedishDateTime } from '../time.ts';
import { MaterialBadge } from './Badges.tsx';
import { DecisionFacts } from './DecisionFacts.tsx';

/**
 * One item of the agenda: its paragraph number and title, what it asks of the meeting, whether its material came by
 * the deadline, the proposal, the initiative it concerns and the preparation group's item that prepared it, the
 * documents sent (each late one marked), and the board's decision once taken.
 */
export function AgendaItemCard({
  meeting,
  item,
  onAttach,
  onDecide,
}: {
  meeting: Meeting;
  item: AgendaItem;
  onAttach: () => void;
  onDecide: () => void;
}) {
  const { t } = useTranslation();
  const heading = t('meetings.agenda.heading', { position: item.position, title: isolateText(item.title) });
  const decides = meeting.body === 'board' && item.kind === 'decision' && item.decision === null;
  return (
    <Paper component="li" withBorder p="md" aria-label={t('meetings.agenda.heading', { position: item.position, title: item.title })}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
              {heading}
            </Title>
            <Text size="sm">{t(`meetings.kinds.${item.kind}`)}</Text>
          </Stack>
          <MaterialBadge status={item.material} />
        </Group>
        {item.material !== 'none' && <Text size="sm">{t('meetings.deadline', { date: isolateLtr(meeting.materialDeadline) })}</Text>}
        <Fact label={t('meetings.agenda.proposal')}>
          {item.proposal && <span style={{ whiteSpace: 'pre-wrap' }}>{item.proposal}</span>}
        </Fact>
        {item.initiativeId && (
          <Fact label={t('meetings.agenda.initiative')}>
            <Anchor component={Link} to={`/initiatives/${item.initiativeId}`} size="sm">
              <bdi>{item.initiativeName}</bdi>
            </Anchor>
          </Fact>
        )}
        {item.preparedBy && (
          <Fact label={t('meetings.agenda.preparedBy')}>
            <Anchor component={Link} to={`/meetings/${item.preparedBy.meetingId}`} size="sm">
              {t('meetings.agenda.preparedAt', {
                item: isolateText(item.preparedBy.itemTitle),
                meeting: isolateText(item.preparedBy.meetingTitle),
              })}
            </Anchor>
          </Fact>
        )}
        <Documents item={item} />
        {item.decision && <DecisionFacts decision={item.decision} />}
        {meeting.mayManage && (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={onAttach} aria-label={t('meetings.agenda.attachLabel', { title: item.title })}>
              {t('meetings.agenda.attach')}
            </Button>
            {decides && (
              <Button size="xs" onClick={onDecide} aria-label={t('meetings.agenda.decideLabel', { title: item.title })}>
                {t('meetings.agenda.decide')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The documents sent with the item, each to download, with its size, when it was sent and whether that was late. */
function Documents({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  if (item.documents.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('meetings.agenda.documents')}
      </Text>
      <Stack gap={4} component="ul" style={{ margin: 0, paddingInlineStart: '1.2em' }}>
        {item.documents.map((d) => (
          <DocumentRow key={d.id} itemId={item.id} document={d} />
        ))}
      </Stack>
    </div>
  );
}

function DocumentRow({ itemId, document: d }: { itemId: string; document: AgendaDocument }) {
  const { t, i18n } = useTranslation();
  const size = fileSize(d.size, intlLocale(i18n.language));
  return (
    <li>
      <Group gap={6} wrap="wrap">
        <Anchor href={documentUrl(itemId, d.id)} download size="sm" style={{ overflowWrap: 'anywhere' }}>
          <bdi>{d.fileName}</bdi>
        </Anchor>
        <Text size="sm" component="span">
          ({t(`meetings.size.${size.unit}`, { value: isolateLtr(size.value) })}) ·{' '}
          {t('meetings.agenda.sentAt', { at: isolateLtr(swedishDateTime(d.sentAt)) })}
        </Text>
        {d.late && <StatusBadge tone="warning">{t('meetings.agenda.sentLate')}</StatusBadge>}
      </Group>
    </li>
  );
}
