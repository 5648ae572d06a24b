import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../../common/roles.ts';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useCreateReferral, useReferralOptions } from '../hooks.ts';
import type { WarningCode } from './ReferralActions.tsx';

/**
 * Refers one person to this intervention: the categories that go along (only those the person consented to for the
 * provider can be chosen; identity always goes), a note, then a draft or sent. Warnings are shown and confirmed.
 */
export function ReferForm({ participantId, interventionId }: { participantId: string; interventionId: string }) {
  const { t } = useTranslation();
  const options = useReferralOptions(participantId, interventionId);
  const create = useCreateReferral(participantId);
  const [chosen, setChosen] = useState<DataCategory[]>(['identity']);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<'sent' | 'draft' | null>(null);
  if (options.isPending) return <Loading />;
  if (!options.data) return <QueryError error={options.error} topic="plan" />;
  if (options.data.ownIntervention) return <Text size="sm">{t('referralsStaff.form.ownIntervention')}</Text>;
  const warnings = isApiError(create.error, 'conflict')
    ? ((create.error.details as { warnings?: { code: WarningCode }[] } | undefined)?.warnings ?? null)
    : null;
  const missing = isApiError(create.error, 'consent_required')
    ? ((create.error.details as { missingCategories?: DataCategory[] } | undefined)?.missingCategories ?? [])
    : [];
  const submit = (send: boolean, confirmWarnings = false) =>
    create.mutate(
      { interventionId, sharedCategories: chosen, note: note.trim() || null, send, confirmWarnings },
      { onSuccess: (r) => setDone(r.state === 'sent' ? 'sent' : 'draft') },
    );
  if (done) return <Alert color="green">{t(done === 'sent' ? 'referralsStaff.form.sent' : 'referralsStaff.form.saved')}</Alert>;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="refer-heading">
      <Title order={2} size="h4" id="refer-heading" mb="xs">
        {t('referralsStaff.form.title')}
      </Title>
      <Stack gap="sm">
        <Checkbox.Group
          label={t('referralsStaff.form.categories')}
          description={t('referralsStaff.form.identityRequired')}
          value={chosen}
          onChange={(v) => setChosen(v as DataCategory[])}
        >
          <Stack gap={6} mt="xs">
            {options.data.categories.map(({ category, consented }) => (
              <Checkbox
                key={category}
                value={category}
                disabled={!consented || category === 'identity'}
                label={consented ? t(`categories.${category}`) : `${t(`categories.${category}`)} (${t('referralsStaff.form.noConsent')})`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('referralsStaff.form.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          dir="auto"
        />
        {missing.length > 0 && (
          <Alert color="red">
            {t('referralsStaff.form.missingConsent', { categories: missing.map((c) => t(`categories.${c}`)).join(', ') })}
          </Alert>
        )}
        {warnings && (
          <Alert color="yellow" title={t('referralsStaff.warningsTitle')}>
            <List size="sm">
              {warnings.map((w) => (
                <List.Item key={w.code}>{t(`referralsStaff.warnings.${w.code}`)}</List.Item>
              ))}
            </List>
            <Button mt="xs" size="xs" onClick={() => submit(true, true)}>
              {t('referralsStaff.sendAnyway')}
            </Button>
          </Alert>
        )}
        {!warnings && missing.length === 0 && <ErrorNotice error={create.error} />}
        <Group>
          <Button onClick={() => submit(true)} loading={create.isPending && create.variables?.send}>
            {t('referralsStaff.form.send')}
          </Button>
          <Button variant="default" onClick={() => submit(false)} loading={create.isPending && !create.variables?.send}>
            {t('referralsStaff.form.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
