import { useState } from 'react';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n/languages.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import type { Party } from '../api.ts';
import { formatShare, lawProblems } from '../figures.ts';
import { useParties } from '../hooks.ts';
import { LawProblemsNotice } from './LawProblemsNotice.tsx';
import { PartyFormModal } from './PartyFormModal.tsx';

/**
 * The förbund's parties with their kind, split key, organisations in Kitt and share of a year's total under the law; a
 * warning in words while the parties do not satisfy the law, and for managers the forms to add and change a party.
 */
export function PartiesSection() {
  const { t, i18n } = useTranslation();
  const parties = useParties();
  const [editing, setEditing] = useState<Party | 'new' | null>(null);
  const data = parties.data;
  const title = t('forbund.parties.title');
  const column = (key: 'kind' | 'keyWeight' | 'organisations' | 'share') => t(`forbund.parties.${key}`);
  const weight = new Intl.NumberFormat(intlLocale(i18n.language));
  return (
    <Stack gap="md" component="section" aria-labelledby="parties-heading">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={2} size="h3" id="parties-heading">
          {title}
        </Title>
        {data?.mayManage && <Button onClick={() => setEditing('new')}>{t('forbund.parties.add')}</Button>}
      </Group>
      <Text size="sm">{t('forbund.parties.intro')}</Text>
      {parties.isPending && <Loading />}
      <ErrorNotice error={parties.error} />
      {data && (
        <LawProblemsNotice
          problems={lawProblems(data.problems)}
          title={t('forbund.parties.problemsTitle')}
          after={t('forbund.parties.problemsAfter')}
          partyName={(id) => data.items.find((p) => p.id === id)?.name ?? ''}
        />
      )}
      {data && data.items.length === 0 && <Text c="dimmed">{t('forbund.parties.none')}</Text>}
      {data && data.items.length > 0 && (
        <ScrollTable label={title} minWidth={data.mayManage ? 820 : 720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('forbund.parties.name')}</Table.Th>
              {(['kind', 'keyWeight', 'organisations', 'share'] as const).map((key) => (
                <Table.Th key={key} scope="col">
                  {column(key)}
                </Table.Th>
              ))}
              {data.mayManage && (
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('forbund.parties.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row">
                  <bdi>{p.name}</bdi>
                </Table.Th>
                <Table.Td data-label={column('kind')}>{t(`forbund.kinds.${p.kind}`)}</Table.Td>
                <Table.Td data-label={column('keyWeight')}>
                  <Ltr>{weight.format(p.keyWeight)}</Ltr>
                </Table.Td>
                <Table.Td data-label={column('organisations')}>
                  {p.organisations.length === 0 ? (
                    t('forbund.parties.noOrganisations')
                  ) : (
                    // One a line: the organisations' names have commas of their own.
                    <Stack component="ul" gap={2} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                      {p.organisations.map((o) => (
                        <li key={o.id}>
                          <bdi>{o.name}</bdi>
                        </li>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td data-label={column('share')}>
                  {p.sharePpm === null ? t('forbund.parties.noShare') : <Ltr>{formatShare(p.sharePpm, i18n.language)}</Ltr>}
                </Table.Td>
                {data.mayManage && (
                  <Table.Td>
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => setEditing(p)}
                      aria-label={t('forbund.parties.editLabel', { name: p.name })}
                    >
                      {t('forbund.parties.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {editing && data && <PartyFormModal party={editing === 'new' ? null : editing} list={data} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
