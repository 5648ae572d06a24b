import type { Static } from 'typebox';
import { directionOf, intlLocale, translator } from '../../lib/i18n.ts';
import { PdfWriter } from '../../lib/pdf/writer.ts';
import type { Meeting } from './schema.ts';

/** Left-to-right isolate: a date or a count keeps its order inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/**
 * The minutes (protokoll) of a meeting as a PDF in the chosen language: who was there, then each item as a paragraph
 * (§) with the proposal, the decision in its wording, the vote and reservations, and a note where the material came
 * late. Kronor and dates are formatted for the language; the förbund's texts are printed as written.
 */
export async function renderMinutes(meeting: Static<typeof Meeting>, language: string): Promise<Buffer> {
  const { t, language: lang } = translator(language);
  const tr = (key: string, options?: Record<string, unknown>) => t(key as never, options as never) as unknown as string;
  const locale = intlLocale(lang);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(
    new Date(meeting.startsAt),
  );
  const day = (d: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));
  const kronor = (ore: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(ore / 100);
  const writer = new PdfWriter({
    title: tr('minutesPdf.title', { title: meeting.title }),
    language: lang,
    direction: directionOf(lang),
    preferredFaces: lang === 'ar' ? ['arabic'] : [],
  });
  const muted = { color: '#4a5562', size: 9 };
  writer.heading(tr('minutesPdf.title', { title: meeting.title }), 1);
  writer.paragraph(`${tr(`minutesPdf.bodies.${meeting.body}`)} · ${when}${meeting.place ? ` · ${meeting.place}` : ''}`, muted);
  writer.rule();
  writer.heading(tr('minutesPdf.present'), 3);
  writer.paragraph(meeting.attendees.length > 0 ? meeting.attendees.join(', ') : tr('minutesPdf.nobodyListed'), { direction: 'auto' });

  for (const item of meeting.agenda) {
    writer.keepTogether(80);
    writer.heading(`§ ${ltr(String(item.position))} ${item.title}`, 2);
    if (item.proposal) writer.paragraph(`${tr('minutesPdf.proposal')}: ${item.proposal}`, { direction: 'auto' });
    if (item.preparedBy) writer.paragraph(tr('minutesPdf.preparedBy', { meeting: item.preparedBy.meetingTitle }), muted);
    if (item.material === 'late' || item.material === 'missing')
      writer.paragraph(tr(`minutesPdf.material.${item.material}`, { date: day(meeting.materialDeadline) }), { ...muted, color: '#8a3b00' });
    const d = item.decision;
    if (!d) {
      if (item.kind === 'decision') writer.paragraph(tr('minutesPdf.noDecision'), muted);
      continue;
    }
    writer.paragraph(`${tr(`minutesPdf.outcomes.${d.outcome}`)}: ${d.wording}`, { weight: 700, direction: 'auto' });
    if (d.votes)
      writer.paragraph(
        tr('minutesPdf.votes', {
          for: ltr(String(d.votes.for)),
          against: ltr(String(d.votes.against)),
          abstentions: ltr(String(d.votes.abstentions)),
        }),
      );
    for (const r of d.reservations)
      writer.paragraph(tr('minutesPdf.reservation', { member: r.member, reason: r.reason }), { direction: 'auto' });
    if (d.initiativeName && d.initiativeState)
      writer.paragraph(
        tr('minutesPdf.initiativeMoved', { initiative: d.initiativeName, state: tr(`minutesPdf.states.${d.initiativeState}`) }),
        muted,
      );
    if (d.allocationAmountOre !== null && d.allocationYear !== null)
      writer.paragraph(tr('minutesPdf.allocated', { amount: kronor(d.allocationAmountOre), year: ltr(String(d.allocationYear)) }), muted);
  }
  return writer.finish((page, pages) =>
    tr('minutesPdf.footer', { title: meeting.title, page: ltr(String(page)), pages: ltr(String(pages)) }),
  );
}
