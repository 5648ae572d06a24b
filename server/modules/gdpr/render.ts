import { directionOf, intlLocale, translator } from '../../lib/i18n.ts';
import type { DataExportData } from './schema.ts';

/** Escapes text for HTML element content and double-quoted attributes. Every value on the page goes through it. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** Text a person wrote is labelled with its own language. */
const langOf = (language: string | null) => (language ? ` lang="${escapeHtml(language)}"` : '');

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The page in `language`: a self-contained, printable document with no script, every value escaped. */
export function renderDataExport(data: DataExportData, language: string): string {
  const { language: lang, t } = translator(language);
  const tt = t as unknown as T;
  const locale = intlLocale(lang);
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const languageName = (code: string | null) => {
    if (code === null) return null;
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  /** One value as escaped text: dates in the page's language, yes/no, a dash for nothing, objects as lists. */
  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '–';
    if (typeof v === 'boolean') return escapeHtml(tt(v ? 'dataExport.yes' : 'dataExport.no'));
    if (typeof v === 'number') return escapeHtml(String(v));
    if (typeof v === 'string') {
      if (DAY.test(v)) return `<bdi>${escapeHtml(dayFormat.format(new Date(`${v}T00:00:00Z`)))}</bdi>`;
      if (TIME.test(v)) return `<bdi>${escapeHtml(timeFormat.format(new Date(v)))}</bdi>`;
      return escapeHtml(v);
    }
    if (Array.isArray(v)) return v.length === 0 ? '–' : `<ul>${v.map((item) => `<li>${value(item)}</li>`).join('')}</ul>`;
    return `<ul>${Object.entries(v as Record<string, unknown>)
      .map(([k, item]) => `<li>${escapeHtml(k)}: ${value(item)}</li>`)
      .join('')}</ul>`;
  };
  const word = (group: string, key: string | null) => (key === null ? '–' : escapeHtml(tt(`${group}.${key}`, { defaultValue: key })));
  const who = (b: { participant: boolean; organisation: string | null }) =>
    b.participant ? escapeHtml(tt('dataExport.you')) : value(b.organisation);

  /** A list of records as a table; `columns` are field keys (dataExport.field.*) and cell renderers. */
  const table = <R>(items: R[], columns: [string, (r: R) => string][]) =>
    items.length === 0
      ? `<p>${escapeHtml(tt('dataExport.nothing'))}</p>`
      : `<div class="scroll" tabindex="0"><table><thead><tr>${columns.map(([k]) => `<th scope="col">${escapeHtml(tt(`dataExport.field.${k}`))}</th>`).join('')}</tr></thead>
<tbody>${items.map((r) => `<tr>${columns.map(([, cell]) => `<td>${cell(r)}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`;
  /** One record as a list of label and value. */
  const facts = (pairs: [string, string][]) =>
    `<dl>${pairs.map(([k, v]) => `<dt>${escapeHtml(tt(`dataExport.field.${k}`))}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const section = (id: string, body: string) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(tt(`dataExport.section.${id}`))}</h2>${body}</section>`;

  const d = data;
  const body = [
    section(
      'identity',
      facts([
        ['givenName', value(d.identity.givenName)],
        ['familyName', value(d.identity.familyName)],
        ['idKind', word('idKinds', d.identity.idKind)],
        ['personalNumber', d.identity.personalNumber ? `<span dir="ltr">${value(d.identity.personalNumber)}</span>` : '–'],
        ['birthDate', value(d.identity.birthDate)],
        ['protectedIdentity', value(d.identity.protectedIdentity)],
        ['preferredLanguage', value(languageName(d.identity.preferredLanguage))],
        ['interpreterNeeded', value(d.identity.interpreterNeeded)],
        ['registeredBy', value(d.identity.registeredBy)],
        ['registeredAt', value(d.identity.registeredAt)],
        ['phone', d.contact.phone ? `<span dir="ltr">${value(d.contact.phone)}</span>` : '–'],
        ['email', value(d.contact.email)],
        ['address', value(d.contact.address)],
      ]) +
        table(d.accounts, [
          ['account', (a) => value(a.email)],
          ['active', (a) => value(a.active)],
          ['createdAt', (a) => value(a.createdAt)],
        ]),
    ),
    section(
      'engagements',
      table(d.engagements, [
        ['organisation', (e) => value(e.organisation)],
        ['startDate', (e) => value(e.startDate)],
        ['endDate', (e) => value(e.endDate)],
      ]),
    ),
    section(
      'consents',
      table(d.consents, [
        ['organisation', (c) => value(c.organisation)],
        ['category', (c) => word('categories', c.category)],
        ['validFrom', (c) => value(c.validFrom)],
        ['validTo', (c) => value(c.validTo)],
        ['method', (c) => word('consentMethods', c.method)],
        ['givenAt', (c) => value(c.givenAt)],
        ['withdrawnAt', (c) => value(c.withdrawnAt)],
      ]),
    ),
    section(
      'intake',
      facts([['housingDate', value(d.intake.housingDate)]]) +
        table(d.intake.meetings, [
          ['date', (m) => value(m.date)],
          ['time', (m) => `<span dir="ltr">${value(m.startTime)}–${value(m.endTime)}</span>`],
          ['place', (m) => value(m.place)],
          ['status', (m) => word('intake.meeting.statuses', m.status)],
          [
            'organisations',
            (m) => value(m.invitations.map((i) => `${i.organisation}: ${tt(`intake.answers.${i.answer}`, { defaultValue: i.answer })}`)),
          ],
        ]) +
        table(d.intake.circumstances, [
          ['kind', (c) => word('circumstances.kinds', c.kind)],
          ['startDate', (c) => value(c.fromDate)],
          ['endDate', (c) => value(c.toDate)],
          ['organisation', (c) => value(c.recordedBy)],
        ]) +
        table(d.intake.sections, [
          ['kind', (s) => word('intake.record.kinds', s.kind)],
          ['content', (s) => value(s.content)],
          ['writtenBy', (s) => who(s.writtenBy)],
          ['writtenAt', (s) => value(s.writtenAt)],
          ['versions', (s) => value(s.versions.length)],
        ]),
    ),
    section(
      'plan',
      facts([['fullTimeHours', value(d.plan.fullTimeHours)]]) +
        `<h3>${escapeHtml(tt('dataExport.section.goals'))}</h3>` +
        table(d.plan.goals, [
          ['text', (g) => `<span${langOf(g.language)}>${value(g.text)}</span>`],
          ['status', (g) => word('plan.goals.statuses', g.status)],
          ['writtenBy', (g) => who(g.writtenBy)],
          ['updatedAt', (g) => value(g.updatedAt)],
          ['versions', (g) => value(g.versions.map((v) => v.text))],
        ]) +
        `<h3>${escapeHtml(tt('dataExport.section.activities'))}</h3>` +
        table(d.plan.activities, [
          ['kind', (a) => word('plan.kinds', a.kind)],
          ['title', (a) => value(a.title)],
          ['description', (a) => value(a.description)],
          ['organisation', (a) => value(a.owner)],
          ['status', (a) => word('plan.statuses', a.status)],
          ['startDate', (a) => value(a.startDate)],
          ['endDate', (a) => value(a.endDate)],
          ['place', (a) => value(a.place)],
        ]) +
        `<h3>${escapeHtml(tt('dataExport.section.acknowledgements'))}</h3>` +
        table(d.acknowledgements, [
          ['reason', (w) => value(w.reason)],
          ['writtenBy', (w) => who(w.by)],
          ['at', (w) => value(w.at)],
        ]),
    ),
    section(
      'referrals',
      table(d.referrals, [
        ['organisation', (r) => value(`${r.from ?? '–'} → ${r.to ?? '–'}`)],
        ['status', (r) => word('offer.referralStates', r.state)],
        ['category', (r) => value(r.sharedCategories.map((c) => tt(`categories.${c}`)).join(', '))],
        ['note', (r) => value(r.note)],
        ['at', (r) => value(r.sentAt)],
      ]) +
        // The participations that followed, with the situation in the national follow-up's words.
        `<h3>${escapeHtml(tt('referrals.participations.title'))}</h3>` +
        table(d.participations, [
          ['title', (p) => value(p.intervention)],
          ['organisation', (p) => value(p.organisation)],
          ['startDate', (p) => value(p.startDate)],
          ['endDate', (p) => value(p.endDate)],
          ['reason', (p) => word('finsam.endReason', p.endReason)],
          ['content', (p) => [p.start, p.end].map((s) => (s ? word('finsam.occupation', s.occupation) : '–')).join(' → ')],
          ['result', (p) => value(p.followUps.map((f) => (f.situation ? tt(`finsam.occupation.${f.situation.occupation}`) : f.dueDate)))],
        ]),
    ),
    section(
      'progression',
      table(d.progression, [
        ['kind', (e) => word('progression.kinds', e.kind)],
        ['title', (e) => value(e.title ?? e.sfiLevel)],
        ['result', (e) => (e.result === null ? '–' : word(`progression.results.${e.kind}`, e.result))],
        ['note', (e) => value(e.note)],
        ['startDate', (e) => value(e.startDate)],
        ['endDate', (e) => value(e.endDate)],
        ['organisation', (e) => value(e.organisation)],
      ]),
    ),
    section(
      'messages',
      d.messages.threads
        .map(
          (th) =>
            `<h3>${value(th.subject)}</h3><p>${escapeHtml(tt('dataExport.field.organisations'))}: ${value(th.organisations.join(', '))}</p>` +
            table(th.messages, [
              ['writtenBy', (m) => who(m.writtenBy)],
              ['createdAt', (m) => value(m.createdAt)],
              ['text', (m) => `<span${langOf(m.language)}>${value(m.body)}</span>`],
            ]),
        )
        .join('') +
        (d.messages.threads.length === 0 ? `<p>${escapeHtml(tt('dataExport.nothing'))}</p>` : '') +
        `<p>${escapeHtml(tt('dataExport.threadsBetweenOrganisations', { count: d.messages.threadsBetweenOrganisations }))}</p>`,
    ),
    section('notifications', table(d.notifications, [['content', (n) => value(n)]])),
    section(
      'accessLog',
      table(d.accessLog, [
        ['at', (a) => value(a.at)],
        ['organisation', (a) => value(a.organisation)],
        ['role', (a) => word('roles', a.role)],
        ['category', (a) => word('categories', a.category)],
        ['action', (a) => word('dataExport.action', a.action)],
        ['grant', (a) => word('dataExport.grant', a.grant)],
      ]),
    ),
    section(
      'removals',
      table(d.removals, [
        ['at', (r) => value(r.at)],
        ['category', (r) => word('categories', r.category)],
        ['rows', (r) => value(r.rows)],
      ]),
    ),
  ].join('\n');

  const title = escapeHtml(tt('dataExport.pageTitle'));
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${directionOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Ethiopic', system-ui, sans-serif; line-height: 1.5; margin: 1.5rem; color: #1a1a1a; max-inline-size: 70rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-block-start: 2rem; border-block-end: 1px solid #999; } h3 { font-size: 1.1rem; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem 1rem; } th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
th { background: #eee; } dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; } dt { font-weight: bold; } dd { margin: 0; }
ul { margin: 0; padding-inline-start: 1.2rem; }
.scroll { overflow-x: auto; } td { overflow-wrap: anywhere; min-inline-size: 6rem; }
@media (max-width: 40rem) { body { margin: 0.75rem; } dl { grid-template-columns: 1fr; } dd { margin-block-end: 0.5rem; } }
@media print { body { margin: 0; } .scroll { overflow: visible; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escapeHtml(tt('dataExport.pageIntro'))}</p>
<p>${escapeHtml(tt('dataExport.generatedAt'))}: ${value(d.generatedAt)}</p>
${body}
</main>
</body>
</html>
`;
}
