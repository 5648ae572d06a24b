import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DataCategory } from '../../../../../common/roles.ts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isolateLtr, isolateText, Ltr } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { ParticipantName } from '../../participants/components/ParticipantName.tsx';
import type {
  ActivityItem,
  ConsentItem,
  FollowUpItem,
  MeetingItem,
  QuestionItem,
  WarningItem,
  WindowItem,
  WorklistParticipant,
} from '../types.ts';

/** The date part of a timestamp in the browser's time zone (Sweden for Kitt's users). */
const dayOf = (timestamp: string) => {
  const d = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** One item: its main line is the link to its place, then what to know about it. */
function ItemCard({ link, title, children }: { link: string | null; title: ReactNode; children?: ReactNode }) {
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        {link ? (
          <Anchor component={Link} to={link} fw={600}>
            {title}
          </Anchor>
        ) : (
          <Text fw={600}>{title}</Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

/** The person as far as the user may see them: a name, a protected-identity badge, or only "a person". */
function Person({ participant, invited = false }: { participant: WorklistParticipant | null; invited?: boolean }) {
  const { t } = useTranslation();
  if (participant === null) return <>{t(invited ? 'worklist.person.invited' : 'worklist.person.noIdentity')}</>;
  if (!participant.identityReadable) return <>{t('worklist.person.noIdentity')}</>;
  return <ParticipantName name={participant.name} protectedIdentity={participant.protectedIdentity} />;
}

export function QuestionCard({ item }: { item: QuestionItem }) {
  const { t } = useTranslation();
  const asked = isolateLtr(dayOf(item.askedAt));
  return (
    <ItemCard link={item.link} title={<Person participant={item.participant} />}>
      <Text size="sm">
        {item.askedByOrganisationName
          ? t('worklist.question.from', { organisation: isolateText(item.askedByOrganisationName), date: asked })
          : t('worklist.question.asked', { date: asked })}
      </Text>
      <Group gap="xs">
        {item.overdue ? (
          <StatusBadge tone="warning">{t('worklist.question.overdue', { date: isolateLtr(item.dueDate) })}</StatusBadge>
        ) : (
          <Text size="sm">{t('worklist.question.due', { date: isolateLtr(item.dueDate) })}</Text>
        )}
      </Group>
    </ItemCard>
  );
}

export function MeetingCard({ item, showDate }: { item: MeetingItem; showDate: boolean }) {
  const { t } = useTranslation();
  const what = item.source === 'joint_intake' ? t('worklist.meeting.jointIntake') : (item.title ?? '');
  const when = `${showDate ? `${item.date} ` : ''}${item.start}–${item.end}`;
  return (
    <ItemCard
      link={item.link}
      title={
        <>
          <Ltr>{when}</Ltr> {what}
        </>
      }
    >
      <Text size="sm">
        <Person participant={item.participant} invited={item.source === 'joint_intake'} />
        {item.place && <> · {item.place}</>}
      </Text>
      {item.answer && (
        <Text size="sm">
          {t('worklist.meeting.ourAnswer')}: {t(`intake.answers.${item.answer}`)}
        </Text>
      )}
    </ItemCard>
  );
}

export function WindowCard({ item }: { item: WindowItem }) {
  const { t } = useTranslation();
  return (
    <ItemCard link={item.link} title={<Person participant={item.participant} />}>
      <Text size="sm">
        {item.state === 'closed'
          ? t('worklist.window.closed', { date: isolateLtr(item.closes) })
          : t('worklist.window.closes', { date: isolateLtr(item.closes), days: item.workingDaysLeft })}
      </Text>
    </ItemCard>
  );
}

export function ConsentCard({ item }: { item: ConsentItem }) {
  const { t } = useTranslation();
  const categories = item.categories.map((c) => t(`categories.${c as DataCategory}`)).join(t('common.listSeparator'));
  return (
    <ItemCard link={item.link} title={<Person participant={item.participant} />}>
      <Text size="sm">{t('worklist.consent.ends', { categories, date: isolateLtr(item.validTo) })}</Text>
    </ItemCard>
  );
}

export function ActivityCard({ item }: { item: ActivityItem }) {
  const { t } = useTranslation();
  return (
    <ItemCard link={item.link} title={item.title}>
      <Text size="sm">
        <Person participant={item.participant} /> · {t(`plan.kinds.${item.kind}`)}
      </Text>
      <Text size="sm">{t('worklist.activity.ends', { date: isolateLtr(item.endDate) })}</Text>
    </ItemCard>
  );
}

export function WarningCard({ item }: { item: WarningItem }) {
  const { t } = useTranslation();
  return (
    <ItemCard link={item.link} title={t(`worklist.warning.kinds.${item.kind}`)}>
      <Text size="sm">
        <Person participant={item.participant} /> · {t('worklist.warning.week', { week: isolateLtr(item.week) })}
      </Text>
      {item.titles.length > 0 && <Text size="sm">{item.titles.map(isolateText).join(t('common.listSeparator'))}</Text>}
    </ItemCard>
  );
}

export function FollowUpCard({ item }: { item: FollowUpItem }) {
  const { t } = useTranslation();
  return (
    <ItemCard link={item.link} title={<Person participant={item.participant} />}>
      <Text size="sm">
        {t('worklist.followUp.line', {
          intervention: isolateText(item.interventionName),
          days: item.daysAfterEnd,
          date: isolateLtr(item.dueDate),
        })}
      </Text>
      <Group gap="xs">
        <StatusBadge tone={item.state === 'missed' ? 'warning' : 'info'}>{t(`worklist.followUp.${item.state}`)}</StatusBadge>
      </Group>
    </ItemCard>
  );
}
