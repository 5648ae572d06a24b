import { Button, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { useWorklist } from '../hooks.ts';
import { GROUP_ORDER, type GroupName, type Worklist as WorklistData, type WorklistScope } from '../types.ts';
import { allows } from '../../session/roles.ts';
import { ActivityCard, ConsentCard, FollowUpCard, MeetingCard, QuestionCard, WarningCard, WindowCard } from './WorklistItems.tsx';

/**
 * The user's worklist on the start page: what waits for them (their own participants) or for their organisation, in
 * groups with counts, each item a link to its place. A caseworker starts with their own, a coordinator with the
 * organisation's and may choose (in the URL, ?worklist=mine); other roles see the organisation's.
 */
export function Worklist() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const ownByDefault = me.user.roles.includes('caseworker');
  // Only caseworkers and coordinators can be a person's responsible caseworker: others have no "mine" to choose.
  const mayChoose = ownByDefault || me.user.roles.includes('coordinator');
  const chosen = params.get('worklist');
  const scope: WorklistScope =
    mayChoose && (chosen === 'mine' || chosen === 'organisation') ? chosen : ownByDefault ? 'mine' : 'organisation';
  const worklist = useWorklist(scope);
  const narrow = !useWideScreen('sm');

  return (
    <section aria-labelledby="worklist-title">
      <Stack gap="md">
        <Title order={2} id="worklist-title">
          {t('worklist.title')}
        </Title>
        <Text>{t('worklist.intro')}</Text>
        {mayChoose && (
          <SegmentedControl
            aria-label={t('worklist.scopeLabel')}
            value={scope}
            onChange={(next) => setParams({ worklist: next }, { replace: true })}
            data={[
              { value: 'mine', label: t('worklist.scopeMine') },
              { value: 'organisation', label: t('worklist.scopeOrganisation') },
            ]}
            orientation={narrow ? 'vertical' : 'horizontal'}
            fullWidth={narrow}
            style={narrow ? undefined : { alignSelf: 'flex-start' }}
          />
        )}
        {worklist.isPending && <Loading />}
        <ErrorNotice error={worklist.error} />
        {worklist.data &&
          GROUP_ORDER.filter((name) => name !== 'followUps' || allows(me, 'participation.write')).map((name) => (
            <WorklistGroup key={name} name={name} data={worklist.data} />
          ))}
      </Stack>
    </section>
  );
}

/** A group shows its first few items; the rest open with one button, so the page stays short on a phone. */
const FIRST_SHOWN = 5;

function WorklistGroup({ name, data }: { name: GroupName; data: WorklistData }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const group = data.groups[name];
  const id = `worklist-${name}`;
  const all = items(name, data);
  const hidden = open ? 0 : Math.max(0, all.length - FIRST_SHOWN);
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="xs">
        {t(`worklist.groups.${name}`)} <Ltr>({group.count})</Ltr>
      </Title>
      {group.count === 0 ? (
        <Text c="dimmed">{t(`worklist.empty.${name}`)}</Text>
      ) : (
        <>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {all.slice(0, all.length - hidden)}
          </Stack>
          {hidden > 0 && (
            <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setOpen(true)}>
              {t('worklist.showAll', { count: all.length, group: t(`worklist.groups.${name}`) })}
            </Button>
          )}
          {open && group.count > group.items.length && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('worklist.more', { shown: group.items.length, count: group.count })}
            </Text>
          )}
        </>
      )}
    </section>
  );
}

function items(name: GroupName, { groups }: WorklistData): ReactNode[] {
  switch (name) {
    case 'questionsWaiting':
    case 'repliesOverdue':
      return groups[name].items.map((item) => <QuestionCard key={item.key} item={item} />);
    case 'meetingsToday':
    case 'meetingsThisWeek':
      return groups[name].items.map((item) => <MeetingCard key={item.key} item={item} showDate={name === 'meetingsThisWeek'} />);
    case 'windowsClosing':
      return groups.windowsClosing.items.map((item) => <WindowCard key={item.key} item={item} />);
    case 'consentsExpiring':
      return groups.consentsExpiring.items.map((item) => <ConsentCard key={item.key} item={item} />);
    case 'activitiesEnding':
      return groups.activitiesEnding.items.map((item) => <ActivityCard key={item.key} item={item} />);
    case 'warnings':
      return groups.warnings.items.map((item) => <WarningCard key={item.key} item={item} />);
    case 'followUps':
      return groups.followUps.items.map((item) => <FollowUpCard key={item.key} item={item} />);
  }
}
