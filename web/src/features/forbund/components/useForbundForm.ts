import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedForm } from '../../../lib/useCheckedForm.ts';
import { fieldProblems, type Problem } from '../forms.ts';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * A förbund form: its own check, and the server's last answer put under the form's fields (amounts are typed as kronor
 * text), each problem in words (`forbund.problems.`); `bind(field)` gives a text field or select its value, change
 * and problem.
 */
export function useForbundForm<F extends object>(initial: () => F, check: (form: F) => Partial<Record<keyof F, Problem>>, error: unknown) {
  const { t } = useTranslation();
  const checked = useCheckedForm<F, Problem>(initial, check, fieldProblems<F>({}, error) as Partial<Record<string, Problem>>, (p) =>
    t(`forbund.problems.${p}`),
  );
  return {
    ...checked,
    bind: <K extends keyof F & string>(field: K) => ({
      value: checked.form[field] as string,
      onChange: (e: ChangeEvent<Field>) => checked.set({ [field]: e.currentTarget.value } as Partial<F>),
      error: checked.message(field),
    }),
  };
}
