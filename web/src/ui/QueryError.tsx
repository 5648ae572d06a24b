import { isApiError } from '../lib/http.ts';
import { ConsentRequiredNotice, type ConsentRequiredTopic } from './ConsentRequiredNotice.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

/** A failed read: a consent notice when consent is what is missing, otherwise the translated error. */
export function QueryError({ error, topic }: { error: unknown; topic: ConsentRequiredTopic }) {
  if (!error) return null;
  if (isApiError(error, 'consent_required')) return <ConsentRequiredNotice topic={topic} />;
  return <ErrorNotice error={error} />;
}
