import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedForm } from '../../../lib/useCheckedForm.ts';
import { serverProblems, type Problem, type Problems } from '../forms.ts';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What `bind(field)` gives a text field or select. */
export interface BoundField {
  value: string;
  onChange: (e: ChangeEvent<Field>) => void;
  error: string | undefined;
}

/**
 * A meeting form: its own check, and the server's last answer put under the form's fields, each problem in words
 * (`meetings.problems.`); `bind(field)` gives a text field or select its value, change and problem.
 */
export function useMeetingForm<F extends object>(initial: () => F, check: (form: F) => Problems<F>, error: unknown) {
  const { t } = useTranslation();
  const checked = useCheckedForm<F, Problem>(initial, check, serverProblems(error), (p) => t(`meetings.problems.${p}`));
  return {
    ...checked,
    bind: <K extends keyof F & string>(field: K): BoundField => ({
      value: checked.form[field] as string,
      onChange: (e: ChangeEvent<Field>) => checked.set({ [field]: e.currentTarget.value } as Partial<F>),
      error: checked.message(field),
    }),
  };
}
