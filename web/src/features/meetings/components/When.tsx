import { useTranslation } from 'react-i18next';
import { isoWeekday, weekdayName } from '../../../lib/weekday.ts';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import { swedishClock } from '../time.ts';

/** When a meeting starts, in Swedish time: "torsdag 2026-12-10 kl. 13:00". */
export function When({ startsAt }: { startsAt: string }) {
  const { t } = useTranslation();
  const { date, time } = swedishClock(startsAt);
  return <>{t('meetings.when', { weekday: weekdayName(t, isoWeekday(date)), date: isolateLtr(date), time: isolateLtr(time) })}</>;
}

/** When a meeting starts and, if given, where: "torsdag 2026-12-10 kl. 13:00 · Stadshuset". */
export function WhenAndWhere({ meeting }: { meeting: { startsAt: string; place: string } }) {
  return (
    <>
      <When startsAt={meeting.startsAt} />
      {meeting.place && (
        <>
          {' · '}
          <bdi>{meeting.place}</bdi>
        </>
      )}
    </>
  );
}
