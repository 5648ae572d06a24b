import { useTranslation } from 'react-i18next';
import { limits } from '../../../common/limits.ts';
import { serverFieldProblems } from './fieldErrors.ts';

/** What the form itself checks before sending; each has a sentence under `validation.`. */
export type ClientProblem =
  | 'required'
  | 'email'
  | 'personalNumberFormat'
  | 'orgNumberFormat'
  | 'passwordTooShort'
  | 'chooseRole'
  | 'endBeforeStart'
  | 'documentInFuture';

/**
 * The message to show under a field: the form's own check first, then what the server said about that field
 * in its last answer (`serverError`), both translated.
 */
export function useFieldMessage<F extends string>(clientErrors: Partial<Record<F, ClientProblem>>, serverError: unknown) {
  const { t } = useTranslation();
  const server = serverFieldProblems(serverError);
  return (field: F): string | undefined => {
    const client: ClientProblem | undefined = clientErrors[field];
    if (client) return t(`validation.${client}`, { min: limits.passwordMin });
    const problem = server[field];
    if (!problem) return undefined;
    return problem === 'invalid' ? t('validation.invalid') : t(`validation.server.${problem}`);
  };
}
