import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCheckedForm } from '../../../lib/useCheckedForm.ts';
import { serverProblems, type Problem } from '../forms.ts';

/** A goals form: its own check, and the server's last answer under the fields, each problem in words (`goals.problems.`). */
export function useGoalForm<F extends object>(initial: () => F, check: (form: F) => Partial<Record<keyof F, Problem>>, error: unknown) {
  const { t } = useTranslation();
  return useCheckedForm<F, Problem>(initial, check, serverProblems(error), (p) => t(`goals.problems.${p}`));
}

/** What every goals dialog passes to FormModal about its save: the error, whether it is under way, and the words. */
export const saveProps = (t: TFunction, save: { error: unknown; isPending: boolean }) => ({
  error: save.error,
  pending: save.isPending,
  staleText: t('goals.stale'),
  cancelLabel: t('goals.cancel'),
  saveLabel: t('goals.save'),
});
