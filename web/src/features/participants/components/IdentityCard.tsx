import type { ReactNode } from 'react';
import { DataList, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, languageName } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import type { ParticipantDetail } from '../types.ts';
import { ParticipantName } from './ParticipantName.tsx';

/** The person's identity and contact details. */
export function IdentityCard({ participant, headingId }: { participant: ParticipantDetail; headingId: string }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const rows: [string, ReactNode][] = [
    [t('participant.name'), <ParticipantName name={participant.name} protectedIdentity={participant.protectedIdentity} />],
    [
      t(`idKinds.${participant.idKind}`),
      participant.personalNumber ? (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Ltr>{participant.personalNumber}</Ltr>
        </span>
      ) : (
        none
      ),
    ],
    [t('participant.birthDate'), participant.birthDate ? <Ltr>{formatDate(participant.birthDate)}</Ltr> : none],
    [t('participant.protectedIdentity'), participant.protectedIdentity ? t('common.yes') : t('common.no')],
    [t('participant.preferredLanguage'), languageName(participant.preferredLanguage, i18n.language) || none],
    [t('participant.interpreterNeeded'), participant.interpreterNeeded ? t('common.yes') : t('common.no')],
    [t('participant.phone'), participant.phone ? <Ltr>{participant.phone}</Ltr> : none],
    [t('participant.email'), participant.email ? <Ltr>{participant.email}</Ltr> : none],
    [t('participant.address'), participant.address ?? none],
  ];
  // The person reading their own page needs no reason why they may see themself.
  if (participant.grant !== 'self') rows.push([t('participant.grant'), t(`grants.${participant.grant}`)]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('participant.identityHeading')}
      </Title>
      <DataList labelWidth="11rem">
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}
