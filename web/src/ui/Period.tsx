import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format.ts';
import { isolateLtr, Ltr } from './Ltr.tsx';

/** A date range; an open end reads "from <date>". */
export function Period({ from, to }: { from: string; to: string | null }) {
  const { t } = useTranslation();
  if (!to) return <>{t('common.since', { date: isolateLtr(formatDate(from)) })}</>;
  return <Ltr>{t('common.range', { from: formatDate(from), to: formatDate(to) })}</Ltr>;
}
