import { useState } from 'react';
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { useSearchParticipants, useStartEngagement } from '../hooks.ts';
import type { EngagementStart, ParticipantSearch } from '../types.ts';
import { participantWordKey } from '../word.ts';
import { NewParticipantForm } from './NewParticipantForm.tsx';
import { ParticipantSearchForm } from './ParticipantSearchForm.tsx';
import { emptySearch, formFromSearch, mayRegister, type SearchValues } from './participantSearch.ts';
import { SearchResults } from './SearchResults.tsx';

/**
 * Registering a person starts with a search, so that nobody is registered twice: the matches the user may see, a
 * plain word about those they may not, then "start our work with this person" or the registration form.
 */
export function CreateParticipantPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const title = t('participantForm.titleFor', {
    word: t(participantWordKey(me.organisation?.kind, 'one')).toLocaleLowerCase(i18n.language),
  });
  usePageTitle(title);
  const navigate = useNavigate();
  const search = useSearchParticipants();
  const start = useStartEngagement();
  const [values, setValues] = useState<SearchValues>(emptySearch);
  // The values the shown result belongs to: editing the search box hides the result and the form again.
  const [searched, setSearched] = useState<{ values: SearchValues; input: ParticipantSearch } | null>(null);
  const [registering, setRegistering] = useState(false);
  const current = searched && searched.values === values && search.data ? search.data : null;

  function runSearch(input: ParticipantSearch) {
    setRegistering(false);
    start.reset();
    search.mutate(input, { onSuccess: () => setSearched({ values, input }) });
  }

  function startWork(input: EngagementStart) {
    start.mutate(input, { onSuccess: ({ participantId }) => void navigate(`/participants/${participantId}`) });
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/participants">
        {t('participant.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="search-heading">
        <Title order={2} size="h3" id="search-heading" mb="xs">
          {t('participantForm.searchTitle')}
        </Title>
        <Text size="sm" mb="md">
          {t('participantForm.searchIntro')}
        </Text>
        <ParticipantSearchForm
          values={values}
          onChange={setValues}
          onSearch={runSearch}
          searching={search.isPending}
          serverError={search.error}
        />
      </Paper>
      {current && (
        <SearchResults
          result={current}
          personalNumber={searched?.input.personalNumber ?? null}
          onStart={startWork}
          starting={start.isPending}
          startError={start.error}
        />
      )}
      {current &&
        mayRegister(current) &&
        (registering ? (
          <NewParticipantForm initial={formFromSearch(values)} />
        ) : (
          <Button variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => setRegistering(true)}>
            {t('participantForm.createNew')}
          </Button>
        ))}
      {!current && <Text c="dimmed">{t('participantForm.searchFirst')}</Text>}
    </Stack>
  );
}
