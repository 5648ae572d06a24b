import { useEffect, useRef, useState } from 'react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { useParticipants } from '../hooks.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { allows } from '../../session/roles.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { ParticipantCards } from './ParticipantCards.tsx';
import { ParticipantTable } from './ParticipantTable.tsx';
import { Pager } from './Pager.tsx';

const PAGE_SIZE = 25;

/** The participants the user may see, searchable by name; search and page live in the URL. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  usePageTitle(t('participants.title'));
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);
  const narrow = !useWideScreen('sm');
  const participants = useParticipants({ q, limit: PAGE_SIZE, offset });

  // The box writes the URL after a pause; back and forward change the URL, and then the box follows.
  const written = useRef(q);
  useEffect(() => {
    if (q !== written.current) setSearch(q);
    written.current = q;
  }, [q]);

  useEffect(() => {
    const wanted = debounced.trim();
    if (wanted === written.current) return;
    written.current = wanted;
    setParams(wanted ? { q: wanted } : {}, { replace: true });
  }, [debounced, setParams]);

  function goTo(nextOffset: number) {
    setParams({ ...(q ? { q } : {}), ...(nextOffset ? { offset: String(nextOffset) } : {}) });
  }

  const items = participants.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('participants.title')}</Title>
        {allows(me, 'participant.create') && (
          <Button component={Link} to="/participants/new">
            {t('participants.new')}
          </Button>
        )}
      </Group>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <TextInput
          type="search"
          label={t('participants.search')}
          description={t('participants.searchHint')}
          value={search}
          maxLength={limits.searchMax}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={420}
        />
      </form>
      {participants.isPending && <Loading />}
      <ErrorNotice error={participants.error} />
      {participants.data && items.length === 0 && (
        <Text role="status">{q ? t('participants.noMatches', { q }) : t('participants.empty')}</Text>
      )}
      {items.length > 0 && (narrow ? <ParticipantCards items={items} /> : <ParticipantTable items={items} />)}
      {participants.data && participants.data.total > 0 && (
        <Pager offset={participants.data.offset} limit={PAGE_SIZE} total={participants.data.total} shown={items.length} onChange={goTo} />
      )}
    </Stack>
  );
}
