import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, languageName } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import type { ParticipantListItem } from '../types.ts';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { IdentityNumber } from './IdentityNumber.tsx';
import { ParticipantName } from './ParticipantName.tsx';

/** Participants as a list of cards, for narrow screens where a five-column table does not fit. */
export function ParticipantCards({ items }: { items: ParticipantListItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((participant) => (
        <Card key={participant.id} withBorder padding="sm" component="li">
          <Anchor component={Link} to={`/participants/${participant.id}`} fw={600}>
            <ParticipantName name={participant.name} protectedIdentity={participant.protectedIdentity} />
          </Anchor>
          <Group justify="space-between" mt="xs" align="flex-start">
            <IdentityNumber idKind={participant.idKind} personalNumber={participant.personalNumber} />
            <Text size="sm">
              <Ltr>{formatDate(participant.birthDate)}</Ltr>
            </Text>
          </Group>
          <Group justify="space-between" mt="xs">
            <Text size="sm">{languageName(participant.preferredLanguage, i18n.language)}</Text>
            <Text size="sm" c="dimmed">
              {t(`grants.${participant.grant}`)}
            </Text>
          </Group>
          {participant.ownConsentExpiresSoon && (
            <Group mt="xs">
              <StatusBadge tone="warning">{t('participants.consentEndsSoon')}</StatusBadge>
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
