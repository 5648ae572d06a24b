import { Anchor, Table } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, languageName } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import type { ParticipantListItem } from '../types.ts';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { IdentityNumber } from './IdentityNumber.tsx';
import { ParticipantName } from './ParticipantName.tsx';

/** Participants as a table; the name is a link for keyboards, the whole row a target for the mouse. */
export function ParticipantTable({ items }: { items: ParticipantListItem[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table highlightOnHover verticalSpacing="sm">
      <Table.Caption className="visually-hidden">{t('participants.tableCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('participants.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('participants.columns.identity')}</Table.Th>
          <Table.Th scope="col">{t('participants.columns.birthDate')}</Table.Th>
          <Table.Th scope="col">{t('participants.columns.language')}</Table.Th>
          <Table.Th scope="col">{t('participants.columns.grant')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((participant) => (
          <Table.Tr key={participant.id} className="clickable-row" onClick={() => void navigate(`/participants/${participant.id}`)}>
            <Table.Td>
              <Anchor component={Link} to={`/participants/${participant.id}`} onClick={(event) => event.stopPropagation()}>
                <ParticipantName name={participant.name} protectedIdentity={participant.protectedIdentity} />
              </Anchor>
            </Table.Td>
            <Table.Td>
              <IdentityNumber idKind={participant.idKind} personalNumber={participant.personalNumber} />
            </Table.Td>
            <Table.Td>
              <Ltr>{formatDate(participant.birthDate)}</Ltr>
            </Table.Td>
            <Table.Td>{languageName(participant.preferredLanguage, i18n.language)}</Table.Td>
            <Table.Td>
              {t(`grants.${participant.grant}`)}
              {participant.ownConsentExpiresSoon && (
                <div>
                  <StatusBadge tone="warning">{t('participants.consentEndsSoon')}</StatusBadge>
                </div>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
