import { Button, NativeSelect, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { statusColors } from '../../../app/theme.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { Organisation } from '../types.ts';

interface OrganisationTableProps {
  organisations: Organisation[];
  onToggleActive: (organisation: Organisation) => void;
  onChangeReplyWorkingDays: (organisation: Organisation, days: number) => void;
  busyId: string | null;
}

const REPLY_DAYS = Array.from({ length: 30 }, (_, i) => i + 1);

export function OrganisationTable({ organisations, onToggleActive, onChangeReplyWorkingDays, busyId }: OrganisationTableProps) {
  const { t } = useTranslation();
  const wide = useWideScreen('sm');
  return (
    <Table.ScrollContainer minWidth={wide ? 720 : 0}>
      <Table verticalSpacing="sm" highlightOnHover className="stacked-table">
        <Table.Caption className="visually-hidden">{t('organisations.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organisations.name')}</Table.Th>
            <Table.Th scope="col">{t('organisations.kind')}</Table.Th>
            <Table.Th scope="col">{t('organisations.orgNumber')}</Table.Th>
            <Table.Th scope="col">{t('organisations.replyWorkingDays')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((organisation) => (
            <Table.Tr key={organisation.id}>
              <Table.Td data-label={t('organisations.name')}>{organisation.name}</Table.Td>
              <Table.Td data-label={t('organisations.kind')}>{t(`organisationKinds.${organisation.kind}`)}</Table.Td>
              <Table.Td data-label={t('organisations.orgNumber')}>
                {organisation.orgNumber ? <Ltr>{organisation.orgNumber}</Ltr> : t('common.none')}
              </Table.Td>
              <Table.Td data-label={t('organisations.replyWorkingDays')}>
                <NativeSelect
                  size="xs"
                  w={80}
                  aria-label={t('organisations.replyWorkingDaysNamed', { name: organisation.name })}
                  value={String(organisation.replyWorkingDays)}
                  disabled={busyId === organisation.id}
                  onChange={(event) => onChangeReplyWorkingDays(organisation, Number(event.currentTarget.value))}
                >
                  {REPLY_DAYS.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </NativeSelect>
              </Table.Td>
              <Table.Td data-label={t('users.status')}>
                <StatusBadge tone={organisation.active ? 'success' : 'neutral'}>
                  {organisation.active ? t('common.active') : t('common.inactive')}
                </StatusBadge>
              </Table.Td>
              <Table.Td data-label={t('common.actions')}>
                <Button
                  size="xs"
                  variant="outline"
                  color={organisation.active ? 'red' : statusColors.success}
                  loading={busyId === organisation.id}
                  onClick={() => onToggleActive(organisation)}
                  aria-label={t(organisation.active ? 'organisations.deactivateNamed' : 'organisations.activateNamed', {
                    name: organisation.name,
                  })}
                >
                  {organisation.active ? t('organisations.deactivate') : t('organisations.activate')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
