import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

const { sv, ar } = texts;
const suite = demoSuite();
const HAMID = 'deltagare@sjostad.example';

/** The bell's count, read from its accessible name (what a screen reader says). */
async function unreadOf(page: Page, t = sv): Promise<number> {
  const label = await page.locator('header a[href="/notifications"]').getAttribute('aria-label');
  if (label === t.notifications.bellNone) return 0;
  const count = /(\d+)/.exec(label ?? '');
  if (!count || label !== t.notifications.bell.replace('{{count}}', count[1]!)) throw new Error(`unexpected bell label ${label}`);
  return Number(count[1]);
}

/** The labour-market unit's caseworker opens Hamid's plan; returns the page and Hamid's id. */
async function hamidsPlanAsCaseworker(): Promise<{ page: Page; participantId: string }> {
  const amf = await suite.as('amf.handlaggare@sjostad.example');
  await amf.getByRole('link', { name: sv.nav.participants }).first().click();
  await amf.getByLabel(sv.participants.search).fill('Hamid');
  await amf
    .getByRole('link', { name: /Hamid Rahimi/ })
    .first()
    .click();
  await amf.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
  const participantId = /participants\/([0-9a-f-]{36})/.exec(amf.url())![1]!;
  await amf.getByRole('link', { name: sv.person.sections.plan, exact: true }).click();
  await amf.waitForURL(/\/plan$/);
  return { page: amf, participantId };
}

/** A message to Hamid in a thread with him, through the API with the caseworker's session. */
async function messageHamid(page: Page, participantId: string, body: string): Promise<number> {
  return page.evaluate(
    async ({ participantId, body }) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/participants/${participantId}/messages/threads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ kind: 'with_participant', subject: 'Schema', organisationIds: [], body, language: 'sv' }),
      });
      return res.status;
    },
    { participantId, body },
  );
}

/** The administrator's outbox rows addressed to Hamid. */
async function outboxRowsToHamid(admin: Page): Promise<number> {
  await admin.goto(`${suite.kitt.url}/admin/outbox`);
  await admin.getByRole('heading', { level: 1, name: sv.outbox.title }).waitFor();
  await admin.getByText(sv.outbox.notSending).waitFor();
  return admin.getByRole('row').filter({ hasText: HAMID }).count();
}

describe('notifications in the browser', () => {
  let caseworker: { page: Page; participantId: string };

  it('a caseworker changes Hamid’s plan; Hamid’s bell counts it, and the notification takes him to his plan', async () => {
    const hamid = await suite.as(HAMID, { phone: true });
    const before = await unreadOf(hamid);

    caseworker = await hamidsPlanAsCaseworker();
    const amf = caseworker.page;
    // The demo's own history (referrals started and ended) has already told the unit a few things.
    await amf.waitForLoadState('networkidle');
    const amfBefore = await unreadOf(amf);
    await amf.getByRole('button', { name: sv.plan.activities.add }).click();
    const dialog = amf.getByRole('dialog');
    await dialog.getByLabel(sv.plan.form.kind).selectOption('work_training');
    await dialog.getByLabel(sv.plan.form.title).fill('Arbetsträning i caféet');
    await dialog.getByLabel(sv.plan.schedule.kinds.weekly_hours).check();
    await dialog.getByLabel(new RegExp(`^${sv.plan.schedule.hours}`)).fill('8');
    await dialog.getByRole('button', { name: sv.plan.form.submitCreate }).click();
    await expect.poll(() => amf.getByRole('dialog').count()).toBe(0);
    // The one who changed the plan is not told about it.
    await amf.reload();
    await amf.getByRole('button', { name: sv.plan.activities.add }).waitFor();
    await amf.waitForLoadState('networkidle');
    expect(await unreadOf(amf)).toBe(amfBefore);

    await hamid.reload();
    await expect.poll(() => unreadOf(hamid)).toBe(before + 1);
    expect(await seriousViolations(hamid)).toEqual([]);

    await hamid.locator('header a[href="/notifications"]').click();
    await hamid.waitForURL(/\/notifications$/);
    await hamid.getByRole('heading', { level: 1, name: sv.notifications.title }).waitFor();
    const list = hamid.getByRole('list', { name: sv.notifications.listLabel });
    const first = list.getByRole('listitem').first();
    expect(await first.textContent()).toContain(sv.notifications.unread);
    // Only the kind and the time: nothing about the activity or who changed it.
    expect(await first.innerText()).not.toContain('Arbetsträning');
    expect(await seriousViolations(hamid)).toEqual([]);

    await first.getByRole('link', { name: sv.notifications.kinds.activity_changed }).click();
    await hamid.waitForURL(/\/me\/plan$/);
    await expect.poll(() => hamid.getByText('Arbetsträning i caféet').count()).toBeGreaterThan(0);
    await expect.poll(() => unreadOf(hamid)).toBe(before);
  });

  it('Hamid turns e-mail for messages off: a message is still in his bell, but no e-mail is queued for him', async () => {
    const admin = await suite.as('admin@sjostad.example');
    const amf = caseworker.page;
    const hamid = await suite.as(HAMID, { phone: true });

    // E-mail for a message is on by default: the first message queues one to Hamid, seen in the outbox.
    const rowsBefore = await outboxRowsToHamid(admin);
    expect(await messageHamid(amf, caseworker.participantId, 'Hej! Kan du komma på tisdag?')).toBe(201);
    expect(await outboxRowsToHamid(admin)).toBe(rowsBefore + 1);
    expect(await seriousViolations(admin)).toEqual([]);
    const row = admin.getByRole('row').filter({ hasText: HAMID }).first();
    expect(await row.innerText()).toContain(sv.notifications.email.subject.message);
    expect(await row.innerText()).not.toContain('tisdag');

    await hamid.goto(`${suite.kitt.url}/notifications`);
    await hamid.getByRole('link', { name: sv.notifications.settingsLink }).click();
    await hamid.waitForURL(/\/notifications\/settings$/);
    const messageEmail = hamid.getByLabel(sv.notifications.settings.emailFor.replace('{{kind}}', sv.notifications.kinds.message));
    await expect.poll(() => messageEmail.isChecked()).toBe(true);
    expect(
      await hamid.getByLabel(sv.notifications.settings.emailFor.replace('{{kind}}', sv.notifications.kinds.activity_changed)).isChecked(),
    ).toBe(false);
    expect(await seriousViolations(hamid)).toEqual([]);
    await messageEmail.uncheck();
    await hamid.getByRole('button', { name: sv.notifications.settings.save }).click();
    await hamid.getByRole('status').filter({ hasText: sv.notifications.settings.saved }).waitFor();

    const unread = await unreadOf(hamid);
    expect(await messageHamid(amf, caseworker.participantId, 'En sak till.')).toBe(201);
    expect(await outboxRowsToHamid(admin)).toBe(rowsBefore + 1);
    await hamid.reload();
    await expect.poll(() => unreadOf(hamid)).toBe(unread + 1);
  });

  it('in Arabic on a phone the bell, the list, the settings and the outbox read right to left', async () => {
    const hamid = await suite.as(HAMID, { language: 'ar', phone: true });
    await hamid.goto(`${suite.kitt.url}/notifications`);
    await hamid.getByRole('heading', { level: 1, name: ar.notifications.title }).waitFor();
    expect(await hamid.locator('html').getAttribute('dir')).toBe('rtl');
    // The bell's count arrives after the page's heading: wait for it.
    await expect.poll(() => unreadOf(hamid, ar)).toBeGreaterThan(0);
    expect(await hamid.getByRole('list', { name: ar.notifications.listLabel }).getByRole('listitem').count()).toBeGreaterThan(1);
    expect(await seriousViolations(hamid)).toEqual([]);
    await hamid.getByRole('button', { name: ar.notifications.markAllRead }).click();
    await expect.poll(() => unreadOf(hamid, ar)).toBe(0);
    await hamid.goto(`${suite.kitt.url}/notifications/settings`);
    await hamid.getByRole('heading', { level: 1, name: ar.notifications.settings.title }).waitFor();
    expect(await seriousViolations(hamid)).toEqual([]);

    // The administrator's outbox, stacked on a phone, right to left.
    const admin = await suite.as('admin@sjostad.example', { language: 'ar', phone: true });
    await admin.goto(`${suite.kitt.url}/admin/outbox`);
    await admin.getByRole('heading', { level: 1, name: ar.outbox.title }).waitFor();
    await admin.getByText(ar.outbox.notSending).waitFor();
    expect(await admin.getByRole('row').filter({ hasText: HAMID }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(admin)).toEqual([]);
  });
});
