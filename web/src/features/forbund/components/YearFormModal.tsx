import { Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { today } from '../../../lib/format.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import type { BudgetYear } from '../api.ts';
import { lawProblems, lawProblemsOf } from '../figures.ts';
import { yearBody, yearForm, yearProblems } from '../forms.ts';
import { useParties, useSetBudgetYear } from '../hooks.ts';
import { LawProblemsNotice } from './LawProblemsNotice.tsx';
import { useForbundForm } from './useForbundForm.ts';

/**
 * Opens a budget year, or changes the year shown: the parties' contributions together (split by the law and today's
 * keys when saved) and, for the first year Kitt holds, the equity brought in. Says first what keeps the parties from
 * the law's split, as the server will refuse the year until it is put right.
 */
export function YearFormModal({
  year,
  openYears,
  onClose,
  onSaved,
}: {
  year: BudgetYear | null;
  openYears: number[];
  onClose: () => void;
  onSaved: (year: number) => void;
}) {
  const { t } = useTranslation();
  const save = useSetBudgetYear();
  const parties = useParties();
  const isNew = year === null;
  const { form, bind, ready } = useForbundForm(
    () => yearForm(year, openYears, Number(today().slice(0, 4))),
    (f) => yearProblems(f, openYears, isNew),
    save.error,
  );
  const fromError = lawProblemsOf(save.error);
  const law = fromError.length > 0 ? fromError : lawProblems(parties.data?.problems ?? []);
  const partyName = (id: string) => parties.data?.items.find((p) => p.id === id)?.name ?? '';

  function submit() {
    if (!ready()) return;
    const body = yearBody(form, year?.version ?? null);
    save.mutate(body, { onSuccess: () => onSaved(body.year) });
  }

  return (
    <FormModal
      title={year ? t('forbund.yearForm.editTitle', { year: year.year }) : t('forbund.yearForm.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={fromError.length > 0 ? null : save.error}
      staleText={t('forbund.yearForm.stale')}
      pending={save.isPending}
      cancelLabel={t('forbund.cancel')}
      saveLabel={t('forbund.save')}
    >
      <LawProblemsNotice problems={law} title={t('forbund.yearForm.lawTitle')} partyName={partyName} />
      {year && <Text size="sm">{t('forbund.yearForm.changeNote')}</Text>}
      <TextInput
        label={t('forbund.yearForm.year')}
        required
        inputMode="numeric"
        maxLength={4}
        dir="ltr"
        readOnly={!isNew}
        {...bind('year')}
        w={{ base: '100%', xs: 160 }}
      />
      <TextInput
        label={t('forbund.yearForm.total')}
        description={t('forbund.yearForm.totalHint')}
        required
        inputMode="decimal"
        dir="ltr"
        {...bind('total')}
      />
      {/* No numeric keyboard: a phone's decimal pad has no minus for a deficit. */}
      <TextInput
        label={t('forbund.yearForm.openingEquity')}
        description={t('forbund.yearForm.openingEquityHint')}
        dir="ltr"
        {...bind('openingEquity')}
      />
      <Textarea label={t('forbund.yearForm.note')} autosize minRows={2} maxLength={limits.textMax} dir="auto" {...bind('note')} />
    </FormModal>
  );
}
