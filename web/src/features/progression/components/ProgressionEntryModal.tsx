import type { FormEvent } from 'react';
import { useState } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { SFI_LEVELS, SFI_STUDY_PATHS } from '../../../../../common/plan.ts';
import { PROGRESSION_KINDS, RESULTS_BY_KIND, TITLE_REQUIRED, type ProgressionKind } from '../../../../../common/progression.ts';
import { isApiError } from '../../../lib/http.ts';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { today } from '../../../lib/format.ts';
import { serverFieldProblems } from '../../../lib/fieldErrors.ts';
import { useFields } from '../../../lib/useFields.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import { useChangeEntry, useRecordEntry } from '../hooks.ts';
import type { ProgressionEntry } from '../types.ts';
import { resultText } from './entryText.ts';
import {
  emptyProgressionForm,
  progressionFormOf,
  toProgressionInput,
  validateProgressionForm,
  withKind,
  type ProgressionFormErrors,
  type ProgressionFormValues,
} from './progressionForm.ts';

interface Props {
  participantId: string;
  /** The entry to change; a new one is recorded when absent. */
  entry?: ProgressionEntry;
  /** The user's organisation, named as the source of a new entry. */
  organisationName: string | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Records a step on the timeline, or changes one the user's organisation recorded. Rendered only while open. */
export function ProgressionEntryModal({ participantId, entry, organisationName, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const record = useRecordEntry(participantId);
  const change = useChangeEntry(participantId);
  const mutation = entry ? change : record;
  const { values, set, setValues } = useFields<ProgressionFormValues>(entry ? progressionFormOf(entry) : emptyProgressionForm(today()));
  const [errors, setErrors] = useState<ProgressionFormErrors>({});
  const server = serverFieldProblems(mutation.error);
  const message = (field: keyof ProgressionFormValues) => {
    const problem = errors[field];
    if (problem) return t(`progression.problems.${problem}`);
    return server[field] ? t('validation.invalid') : undefined;
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validateProgressionForm(values, today());
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    const input = toProgressionInput(values);
    const done = { onSuccess: onSaved, onError: () => focusFirstInvalid(form) };
    if (entry) change.mutate({ entryId: entry.id, input: { ...input, version: entry.version } }, done);
    else record.mutate(input, done);
  }

  const kind = values.kind;
  const results = kind ? RESULTS_BY_KIND[kind] : [];
  const sfi = kind === 'sfi_course';
  return (
    <Modal
      opened
      onClose={onClose}
      title={entry ? t('progression.editTitle') : t('progression.recordTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {!entry && organisationName && <Text size="sm">{t('progression.sourceIs', { organisation: organisationName })}</Text>}
          <NativeSelect
            label={t('progression.fields.kind')}
            value={values.kind}
            required
            error={message('kind')}
            onChange={(event) => setValues(withKind(values, event.currentTarget.value as ProgressionKind | ''))}
          >
            <option value="">{t('common.choose')}</option>
            {PROGRESSION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`progression.kinds.${k}`)}
              </option>
            ))}
          </NativeSelect>
          {sfi && (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NativeSelect
                label={t('progression.fields.sfiLevel')}
                value={values.sfiLevel}
                required
                error={message('sfiLevel')}
                onChange={(event) => set('sfiLevel', event.currentTarget.value as ProgressionFormValues['sfiLevel'])}
              >
                <option value="">{t('common.choose')}</option>
                {SFI_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t('progression.courseLevel', { level })}
                  </option>
                ))}
              </NativeSelect>
              <NativeSelect
                label={t('progression.fields.studyPath')}
                // Word joiners keep a course range such as B–D on one line.
                description={t('progression.fields.studyPathHint', {
                  first: isolateLtr('A\u2060–\u2060D'),
                  second: isolateLtr('B\u2060–\u2060D'),
                  third: isolateLtr('C\u2060–\u2060D'),
                })}
                value={values.studyPath}
                error={message('studyPath')}
                onChange={(event) => set('studyPath', event.currentTarget.value as ProgressionFormValues['studyPath'])}
              >
                <option value="">{t('common.notStated')}</option>
                {SFI_STUDY_PATHS.map((path) => (
                  <option key={path} value={String(path)}>
                    {t('progression.studyPath', { path })}
                  </option>
                ))}
              </NativeSelect>
            </SimpleGrid>
          )}
          {kind && results.length > 0 && (
            <NativeSelect
              label={t('progression.fields.result')}
              value={values.result}
              required={kind === 'sfi_course' || kind === 'civic_orientation' || kind === 'validation'}
              error={message('result')}
              onChange={(event) => set('result', event.currentTarget.value as ProgressionFormValues['result'])}
            >
              <option value="">{t('common.choose')}</option>
              {results.map((result) => (
                <option key={result} value={result}>
                  {resultText(t, kind, result)}
                </option>
              ))}
            </NativeSelect>
          )}
          {kind && (
            <TextInput
              label={t(`progression.fields.title.${kind}`)}
              value={values.title}
              required={TITLE_REQUIRED.includes(kind)}
              maxLength={limits.nameMax}
              error={message('title')}
              onChange={(event) => set('title', event.currentTarget.value)}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('progression.fields.startDate')}
              value={values.startDate}
              required
              error={message('startDate')}
              onChange={(event) => set('startDate', event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('progression.fields.endDate')}
              description={t('progression.fields.endDateHint')}
              value={values.endDate}
              error={message('endDate')}
              onChange={(event) => set('endDate', event.currentTarget.value)}
            />
          </SimpleGrid>
          <Textarea
            label={t('progression.fields.note')}
            description={t('progression.fields.noteHint')}
            value={values.note}
            maxLength={limits.textMax}
            autosize
            minRows={2}
            onChange={(event) => set('note', event.currentTarget.value)}
          />
          {isApiError(mutation.error, 'conflict') ? (
            <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
              {t('progression.conflict')}
            </Alert>
          ) : (
            <ErrorNotice error={mutation.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
