import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import type { EngagementStart, SearchResult } from '../types.ts';
import { IdentityNumber } from './IdentityNumber.tsx';
import { ParticipantName } from './ParticipantName.tsx';

interface SearchResultsProps {
  result: SearchResult;
  /** The number searched for, to start work with a person the user may not see. */
  personalNumber: string | null;
  onStart: (input: EngagementStart) => void;
  starting: boolean;
  startError: unknown;
}

/** What the search found, as far as the user may see it; each match offers the next step. */
export function SearchResults({ result, personalNumber, onStart, starting, startError }: SearchResultsProps) {
  const { t } = useTranslation();
  const nothing = !result.visible.length && !result.consentRequired.length && !result.registeredInArea && !result.possibleMatchHidden;
  return (
    <Stack gap="sm" component="section" aria-labelledby="search-results-heading">
      <Title order={2} size="h3" id="search-results-heading">
        {t('participantForm.resultsTitle')}
      </Title>
      <div role="status">{nothing && <Text>{t('participantForm.noMatch')}</Text>}</div>
      <ErrorNotice error={startError} />
      {result.visible.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {result.visible.map((p) => (
            <Card key={p.id} withBorder padding="sm" component="li">
              <Group justify="space-between" align="flex-start">
                <Anchor component={Link} to={`/participants/${p.id}`} fw={600}>
                  <ParticipantName name={p.name} protectedIdentity={p.protectedIdentity} />
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t(`participantForm.matchedOn.${p.matchedOn}`)}
                </Text>
              </Group>
              <Group justify="space-between" mt="xs">
                <IdentityNumber idKind={p.idKind} personalNumber={p.personalNumber} />
                <Text size="sm">
                  <Ltr>{formatDate(p.birthDate)}</Ltr>
                </Text>
              </Group>
              {p.engagedByOwnOrganisation ? (
                <Text size="sm" mt="xs">
                  {t('participantForm.alreadyOurs')}
                </Text>
              ) : (
                <Group mt="xs">
                  <Button size="xs" loading={starting} onClick={() => onStart({ participantId: p.id })}>
                    {t('participantForm.startOurWork')}
                  </Button>
                </Group>
              )}
            </Card>
          ))}
        </Stack>
      )}
      {result.consentRequired.map((m) => (
        <Alert key={m.id} color="yellow" variant="light" title={t(`participantForm.matchedOn.${m.matchedOn}`)}>
          <Text size="sm">{t('participantForm.consentRequiredMatch')}</Text>
          <Anchor component={Link} to={`/participants/${m.id}`} size="sm">
            {t('participantForm.openConsentRequired')}
          </Anchor>
        </Alert>
      ))}
      {result.registeredInArea && (
        <Alert color="blue" variant="light" title={t('participantForm.matchedOn.personal_number')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('participantForm.registeredInArea')}</Text>
            {personalNumber && (
              <Button size="xs" loading={starting} onClick={() => onStart({ personalNumber })}>
                {t('participantForm.startOurWork')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {result.possibleMatchHidden && (
        <Alert color="yellow" variant="light" title={t('participantForm.matchedOn.name_birth_date')}>
          {t('participantForm.possibleMatchHidden')}
        </Alert>
      )}
    </Stack>
  );
}
