import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OPEN_QUESTIONS, type RoleGroup } from '../../../../../common/governance.ts';
import { limits } from '../../../../../common/limits.ts';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { formatDate } from '../../../lib/format.ts';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import type { OpenSurvey } from '../api.ts';
import { answerBody, answerForm, answerProblems } from '../forms.ts';
import { useAnswerSurvey } from '../hooks.ts';

const SCALE = [1, 2, 3, 4, 5] as const;

/** Whether the server refused the answer because the round is no longer (or not yet) open. */
const closedNow = (error: unknown) =>
  isApiError(error, 'validation_failed') &&
  Array.isArray(error.details) &&
  error.details.some((d) => (d as { keyword?: unknown } | null)?.keyword === 'survey_closed');

/**
 * One anonymous answer: what anonymous means here first, then the role group (staff choose theirs), every statement
 * rated on a 1–5 scale of radio buttons named by the statement, and the four open questions, each optional.
 */
export function AnswerForm({ round, onDone }: { round: OpenSurvey; onDone: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswerSurvey(round.id);
  const [form, setForm] = useState(() => answerForm(round));
  const [tried, setTried] = useState(false);
  const problems = tried ? answerProblems(form) : {};
  const say = (field: string) => (problems[field] ? t(`barometer.answer.problems.${problems[field]}`) : undefined);
  const staff = round.audience === 'staff';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    setTried(true);
    if (Object.keys(answerProblems(form)).length > 0) return focusFirstInvalid(element);
    answer.mutate(answerBody(form), { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Alert color="blue" variant="light" title={t('barometer.answer.anonymousTitle')}>
          {t(staff ? 'barometer.answer.anonymousStaff' : 'barometer.answer.anonymousParticipants')}
        </Alert>
        <Text size="sm">{t('barometer.answer.until', { date: isolateLtr(formatDate(round.closesOn)) })}</Text>
        {staff && (
          <NativeSelect
            label={t('barometer.answer.roleGroup')}
            description={t('barometer.answer.roleGroupHint')}
            required
            data={[
              { value: '', label: t('barometer.answer.chooseRoleGroup') },
              ...round.roleGroups.map((g) => ({ value: g, label: t(`barometer.roleGroups.${g}`) })),
            ]}
            value={form.roleGroup}
            onChange={(e) => {
              const roleGroup = e.currentTarget.value as RoleGroup | '';
              setForm((f) => ({ ...f, roleGroup }));
            }}
            error={say('roleGroup')}
          />
        )}
        <Paper withBorder p="md" component="section" aria-labelledby="barometer-answer-statements">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4" id="barometer-answer-statements">
                {t('barometer.answer.statementsTitle')}
              </Title>
              <Text size="sm">{t('barometer.answer.scaleHint')}</Text>
            </div>
            {round.statements.map((s) => (
              <Radio.Group
                key={s.key}
                name={`rating-${s.key}`}
                label={<span dir="auto">{s.text}</span>}
                required
                value={form.ratings[s.key] === null ? null : String(form.ratings[s.key])}
                onChange={(v) => setForm((f) => ({ ...f, ratings: { ...f.ratings, [s.key]: Number(v) } }))}
                error={say(`rating.${s.key}`)}
              >
                <Group gap="md" mt={6}>
                  {SCALE.map((v) => (
                    <Radio
                      key={v}
                      value={String(v)}
                      label={t(`barometer.answer.scale.${v}`)}
                      aria-invalid={!!say(`rating.${s.key}`) || undefined}
                    />
                  ))}
                </Group>
              </Radio.Group>
            ))}
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="barometer-answer-questions">
          <Stack gap="sm">
            <div>
              <Title order={2} size="h4" id="barometer-answer-questions">
                {t('barometer.answer.questionsTitle')}
              </Title>
              <Text size="sm">{t('barometer.answer.openHint')}</Text>
            </div>
            {OPEN_QUESTIONS.map((q) => (
              <Textarea
                key={q}
                label={t(`barometer.questions.${q}`)}
                autosize
                minRows={2}
                maxLength={limits.textMax}
                dir="auto"
                value={form.openAnswers[q]}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setForm((f) => ({ ...f, openAnswers: { ...f.openAnswers, [q]: text } }));
                }}
                error={say(`open.${q}`)}
              />
            ))}
          </Stack>
        </Paper>
        {isApiError(answer.error, 'conflict') ? (
          <Alert color="red" role="alert">
            {t('barometer.answer.already')}
          </Alert>
        ) : closedNow(answer.error) ? (
          <Alert color="red" role="alert">
            {t('barometer.answer.closed')}
          </Alert>
        ) : (
          <ErrorNotice error={answer.error} />
        )}
        <Group>
          <Button type="submit" loading={answer.isPending}>
            {t('barometer.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
