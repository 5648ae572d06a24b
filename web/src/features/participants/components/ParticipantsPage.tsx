import { useEffect, useRef, useState } from 'react';
import { Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
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
import { participantWordKey } from '../word.ts';

const PAGE_SIZE = 25;

/**
 * The participants the user may see, searchable by name, or only "my participants" (the user is the responsible
 * caseworker); search, scope and page live in the URL. The title uses the organisation's own word for the person.
 */
export function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const title = t(participantWordKey(me.organisation?.kind, 'many'));
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const scope = params.get('scope') === 'mine' ? 'mine' : 'all';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);
  const narrow = !useWideScreen('sm');
  const participants = useParticipants({ q, limit: PAGE_SIZE, offset, scope });

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
    setParams({ ...(wanted ? { q: wanted } : {}), ...(scope === 'mine' ? { scope } : {}) }, { replace: true });
  }, [debounced, setParams, scope]);

  function goTo(nextOffset: number) {
    setParams({ ...(q ? { q } : {}), ...(scope === 'mine' ? { scope } : {}), ...(nextOffset ? { offset: String(nextOffset) } : {}) });
  }

  function chooseScope(next: string) {
    setParams({ ...(q ? { q } : {}), ...(next === 'mine' ? { scope: 'mine' } : {}) });
  }

  const word = title.toLocaleLowerCase(i18n.language);

  const items = participants.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{title}</Title>
        {allows(me, 'participant.create') && (
          <Button component={Link} to="/participants/new">
            {t('participantForm.titleFor', { word: t(participantWordKey(me.organisation?.kind, 'one')).toLocaleLowerCase(i18n.language) })}
          </Button>
        )}
      </Group>
      {allows(me, 'engagement.manage') && (
        <SegmentedControl
          aria-label={t('participants.scopeLabel')}
          value={scope}
          onChange={chooseScope}
          data={[
            { value: 'all', label: t('participants.scopeAll') },
            { value: 'mine', label: t('participants.scopeMine', { word }) },
          ]}
          // On a phone the two long labels stack instead of being cut off.
          orientation={narrow ? 'vertical' : 'horizontal'}
          fullWidth={narrow}
          style={narrow ? undefined : { alignSelf: 'flex-start' }}
        />
      )}
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
        <Text role="status">
          {q ? t('participants.noMatches', { q }) : scope === 'mine' ? t('participants.emptyMine') : t('participants.empty')}
        </Text>
      )}
      {items.length > 0 && (narrow ? <ParticipantCards items={items} /> : <ParticipantTable items={items} />)}
      {participants.data && participants.data.total > 0 && (
        <Pager offset={participants.data.offset} limit={PAGE_SIZE} total={participants.data.total} shown={items.length} onChange={goTo} />
      )}
    </Stack>
  );
}
