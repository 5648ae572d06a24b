import { useState } from 'react';
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useMeetings } from '../hooks.ts';
import { DecisionLog } from './DecisionLog.tsx';
import { MeetingFormModal } from './MeetingFormModal.tsx';
import { MeetingList } from './MeetingList.tsx';

const VIEWS = ['meetings', 'decisions'] as const;
type View = (typeof VIEWS)[number];

/**
 * The board's and the preparation group's meetings, coming and past, with the material that came late; and the log
 * of every decision the board took (one tab each, kept in the address, `?view=`). Coordinators and managers plan
 * meetings; the board and analysts read.
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('view') as View | null;
  const view: View = asked && VIEWS.includes(asked) ? asked : 'meetings';
  const list = useMeetings();
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={1}>{t('meetings.title')}</Title>
        {list.data?.mayManage && <Button onClick={() => setCreating(true)}>{t('meetings.new')}</Button>}
      </Group>
      <Text>{t('meetings.intro')}</Text>
      <Tabs value={view} onChange={(v) => v && setParams({ view: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {VIEWS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`meetings.tabs.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="meetings" pt="md">
          {list.isPending && <Loading />}
          <ErrorNotice error={list.error} />
          {list.data && <MeetingList meetings={list.data.items} />}
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md">
          <DecisionLog />
        </Tabs.Panel>
      </Tabs>
      {creating && <MeetingFormModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
