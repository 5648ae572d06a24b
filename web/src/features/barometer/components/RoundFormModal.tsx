import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SURVEY_AUDIENCES, type SurveyAudience } from '../../../../../common/governance.ts';
import { limits } from '../../../../../common/limits.ts';
import { useCheckedForm } from '../../../lib/useCheckedForm.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import type { Statement, Survey } from '../api.ts';
import { newStatementKey, serverProblems, STATEMENT_TEXT_MAX, STATEMENTS_MAX, surveyBody, surveyForm, surveyProblems } from '../forms.ts';
import { useSaveSurvey } from '../hooks.ts';

/**
 * Opens a round or changes one: its name, audience, open days and the statements rated 1–5. A round with answers
 * keeps its audience and statements, a closed one its days too (the server refuses it as well).
 */
export function RoundFormModal({
  survey,
  defaults,
  today,
  onClose,
}: {
  survey: Survey | null;
  defaults: Record<SurveyAudience, Statement[]>;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveSurvey(survey?.id ?? null);
  const { form, set, message, ready } = useCheckedForm(
    () => surveyForm(survey, defaults, today),
    surveyProblems,
    serverProblems(save.error),
    (problem) => t(`barometer.problems.${problem}`),
  );
  const closed = survey?.state === 'closed';
  const answered = !!survey && !(survey.answers.kind === 'value' && survey.answers.value === 0);
  const fixed = closed || answered;
  const setStatement = (i: number, text: string) => set({ statements: form.statements.map((s, n) => (n === i ? { ...s, text } : s)) });

  function submit() {
    if (!ready()) return;
    save.mutate({ ...surveyBody(form), ...(survey ? { version: survey.version } : {}) }, { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t(survey ? 'barometer.form.editTitle' : 'barometer.form.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      staleText={t('barometer.form.stale')}
      pending={save.isPending}
      cancelLabel={t('barometer.cancel')}
      saveLabel={t('barometer.save')}
    >
      {fixed && (
        <Alert color="blue" variant="light">
          {t(closed ? 'barometer.form.closedNote' : 'barometer.form.answeredNote')}
        </Alert>
      )}
      <TextInput
        label={t('barometer.form.title')}
        description={t('barometer.form.titleHint')}
        required
        maxLength={limits.nameMax}
        dir="auto"
        value={form.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        error={message('title')}
      />
      <NativeSelect
        label={t('barometer.form.audience')}
        data={SURVEY_AUDIENCES.map((a) => ({ value: a, label: t(`barometer.audiences.${a}`) }))}
        value={form.audience}
        disabled={fixed}
        onChange={(e) => {
          const audience = e.currentTarget.value as SurveyAudience;
          // A new round asks the new audience's statements; a round being changed keeps what it has.
          set(survey ? { audience } : { audience, statements: defaults[audience].map((s) => ({ ...s })) });
        }}
        error={message('audience')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {(['opensOn', 'closesOn'] as const).map((field) => (
          <TextInput
            key={field}
            type="date"
            label={t(`barometer.form.${field}`)}
            required
            disabled={closed}
            value={form[field]}
            onChange={(e) => set({ [field]: e.currentTarget.value })}
            error={message(field)}
          />
        ))}
      </SimpleGrid>
      <Fieldset legend={t('barometer.form.statements')} variant="unstyled">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('barometer.form.statementsHint')}
          </Text>
          {form.statements.map((s, i) => (
            <Group key={s.key} align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('barometer.form.statement', { n: i + 1 })}
                maxLength={STATEMENT_TEXT_MAX}
                dir="auto"
                disabled={fixed}
                value={s.text}
                onChange={(e) => setStatement(i, e.currentTarget.value)}
              />
              <Button
                variant="default"
                disabled={fixed || form.statements.length === 1}
                onClick={() => set({ statements: form.statements.filter((_, n) => n !== i) })}
                aria-label={t('barometer.form.removeStatement', { n: i + 1 })}
              >
                {t('barometer.form.remove')}
              </Button>
            </Group>
          ))}
          {message('statements') && (
            <Text c="red.8" size="sm" role="alert">
              {message('statements')}
            </Text>
          )}
          <Button
            variant="light"
            w="fit-content"
            disabled={fixed || form.statements.length >= STATEMENTS_MAX}
            onClick={() => set({ statements: [...form.statements, { key: newStatementKey(form.statements), text: '' }] })}
          >
            {t('barometer.form.addStatement')}
          </Button>
        </Stack>
      </Fieldset>
    </FormModal>
  );
}
