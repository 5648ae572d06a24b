import type { TFunction } from 'i18next';
import type { Schedule } from '../../../common/plan.ts';
import { directionOf, intlLocale, type Language } from '../../lib/i18n.ts';
import { todayInSweden } from '../../lib/dates.ts';
import type { Face } from '../../lib/pdf/fonts.ts';
import { PdfWriter, type Cell } from '../../lib/pdf/writer.ts';
import type { getWeek } from '../calendar/service.ts';
import type { getPlan } from '../plan/service.ts';

type PlanView = Awaited<ReturnType<typeof getPlan>>;
type WeekView = Awaited<ReturnType<typeof getWeek>>;

export interface PlanDocument {
  plan: PlanView;
  week: WeekView;
  translation: { language: Language; t: TFunction };
  viewer: 'staff' | 'self';
}

/** Left-to-right isolates: "08:30–12:00" and "2026-11-23" keep their order inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;
/** A first-strong isolate: a localised date ("23 نوامبر 2026") takes its own direction without turning its neighbours. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The faces tried first for characters without context (digits, punctuation), by the document's script. */
function preferredFaces(language: Language): Face[] {
  if (language === 'ar' || language === 'fa' || language === 'ps') return ['arabic'];
  if (language === 'ti') return ['ethiopic'];
  if (language === 'uk') return ['cyrillic'];
  return [];
}

function formatters(language: Language) {
  const locale = intlLocale(language);
  const day = (date: string) => new Date(`${date}T12:00:00Z`);
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const weekdayName = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  let languageNames: Intl.DisplayNames | null = null;
  try {
    languageNames = new Intl.DisplayNames([locale, 'sv'], { type: 'language', fallback: 'code' });
  } catch {
    languageNames = null;
  }
  return {
    date: (date: string) => isolate(dateFormat.format(day(date))),
    weekdayAndDate: (date: string) => isolate(weekdayFormat.format(day(date))),
    // 1 January 2024 was a Monday, so ISO weekday n of that week is the n:th of January.
    weekday: (weekday: number) => weekdayName.format(new Date(Date.UTC(2024, 0, weekday))),
    number: (n: number) => numberFormat.format(n),
    languageName: (code: string) => {
      try {
        return languageNames?.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** A schedule in words, as the plan page says it: "15 tim. i veckan", "måndag 08:30–12:00, …", "2026-03-02 kl. 10:00–11:00". */
function describeSchedule(schedule: Schedule, t: TFunction, f: ReturnType<typeof formatters>): string {
  if (schedule.kind === 'weekly_hours') return t('plan.schedule.weeklyHours', { hours: f.number(schedule.hours) });
  const times = (start: string, end: string) => ltr(`${start}–${end}`);
  if (schedule.kind === 'once') return t('plan.schedule.once', { date: ltr(schedule.date), times: times(schedule.start, schedule.end) });
  return schedule.slots
    .map((slot) => t('plan.schedule.slot', { day: f.weekday(slot.weekday), times: times(slot.start, slot.end) }))
    .join(', ');
}

/** The plan as a PDF in the chosen language: goals in the person's own words, the activities, and one week. */
export function renderPlanPdf({ plan, week, translation, viewer }: PlanDocument): Promise<Buffer> {
  const { language, t } = translation;
  const f = formatters(language);
  const writer = new PdfWriter({
    title: t('documents.pdf.title'),
    language,
    direction: directionOf(language),
    preferredFaces: preferredFaces(language),
  });
  const muted = { color: '#4a5562', size: 9 };

  writer.heading(t('documents.pdf.title'), 1);
  writer.paragraph(t('documents.pdf.generated', { date: f.date(todayInSweden()) }), muted);
  writer.rule();

  writer.heading(t('documents.pdf.goals'));
  if (plan.goals.length === 0) writer.paragraph(t('documents.pdf.noGoals'));
  for (const goal of plan.goals) {
    writer.keepTogether(40);
    // The goal is shown as the person wrote it, in its own direction, and labelled with its language.
    writer.paragraph(goal.text, { size: 11, direction: 'auto', after: 1 });
    const about = [
      goal.language ? t('documents.pdf.goalLanguage', { language: f.languageName(goal.language) }) : null,
      t('documents.pdf.goalStatus', { status: t(`plan.goals.statuses.${goal.status}`) }),
    ].filter((x): x is string => x !== null);
    writer.paragraph(about.join(' · '), { ...muted, after: 8 });
  }

  writer.heading(t('documents.pdf.activities'));
  if (plan.activities.length === 0) writer.paragraph(t('documents.pdf.noActivities'));
  else {
    const own = viewer === 'self' ? t('plan.activities.ownBySelf') : t('plan.activities.ownByPerson');
    const rows: Cell[][] = plan.activities.map((a) => [
      [{ text: a.title, style: { weight: 700, direction: 'auto' } }, { text: t(`plan.kinds.${a.kind}`) }],
      [{ text: a.ownerOrganisationName ?? own, style: { direction: 'auto' } }],
      [
        {
          text: a.endDate
            ? t('documents.pdf.periodBetween', { from: f.date(a.startDate), to: f.date(a.endDate) })
            : t('documents.pdf.periodFrom', { from: f.date(a.startDate) }),
        },
      ],
      [{ text: describeSchedule(a.schedule as Schedule, t, f) }],
      [{ text: a.place ?? '–', style: { direction: 'auto' } }],
      [{ text: t(`plan.statuses.${a.status}`) }],
    ]);
    writer.table(
      [
        { header: t('documents.pdf.activity'), width: 2.4 },
        { header: t('documents.pdf.owner'), width: 1.6 },
        { header: t('documents.pdf.period'), width: 1.6 },
        { header: t('documents.pdf.schedule'), width: 1.9 },
        { header: t('documents.pdf.place'), width: 1.3 },
        { header: t('documents.pdf.status'), width: 1.1 },
      ],
      rows,
    );
  }

  const [year, number] = week.week.split('-W');
  writer.heading(t('documents.pdf.week', { number: Number(number), year }));
  const dayRows: Cell[][] = week.days.map((day) => {
    const hours = day.occurrences.reduce((sum, o) => sum + o.hours, 0);
    return [
      [
        { text: f.weekdayAndDate(day.date), style: { weight: 700 } },
        ...(day.holiday ? [{ text: t('documents.pdf.holiday', { name: day.holiday }), style: { color: '#8a3b00' } }] : []),
      ],
      day.occurrences.length === 0
        ? [{ text: t('documents.pdf.nothingPlanned'), style: { color: '#4a5562' } }]
        : day.occurrences.map((o) => ({
            text: `${ltr(`${o.start}–${o.end}`)} ${isolate(o.title)}${o.ownerOrganisationName ? ` (${isolate(o.ownerOrganisationName)})` : ''}`,
          })),
      [{ text: hours > 0 ? f.number(hours) : '–' }],
    ];
  });
  writer.table(
    [
      { header: t('documents.pdf.day'), width: 2 },
      { header: t('documents.pdf.dayActivities'), width: 5 },
      { header: t('documents.pdf.hours'), width: 1 },
    ],
    dayRows,
  );
  if (week.unscheduled.length > 0) {
    writer.heading(t('documents.pdf.unscheduled'), 3);
    for (const u of week.unscheduled)
      writer.paragraph(`${isolate(u.title)}: ${t('documents.pdf.hoursThisWeek', { hours: f.number(u.hours) })}`);
  }
  writer.space(4);
  writer.paragraph(t('documents.pdf.total', { hours: f.number(week.totalHours), fullTime: f.number(week.fullTimeHours) }), { weight: 700 });
  if (week.totalHours > week.fullTimeHours) writer.paragraph(t('documents.pdf.overFullTime'), { color: '#8a3b00' });

  return writer.finish((page, pages) => t('documents.pdf.page', { page, pages }));
}
