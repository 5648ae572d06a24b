import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { texts } from './support/texts.ts';
import { demoSuite } from './support/suite.ts';
import { todayInSweden } from '../server/lib/dates.ts';

const sv = texts.sv;
const suite = demoSuite();

const as = suite.as;

/** The participants the signed-in user may see, as the API lists them (the browser's own session). */
async function visibleIds(page: Page): Promise<string[]> {
  const res = await page.request.get(`${suite.kitt.url}/api/participants?limit=200`);
  return ((await res.json()) as { items: { id: string }[] }).items.map((p) => p.id);
}

describe('consent decides what each organisation sees, in the browser', () => {
  it('social services sees a person only while the person’s consent lasts', async () => {
    const amf = await as('amf.handlaggare@sjostad.example');
    const soc = await as('soc.handlaggare@sjostad.example');

    // Hamid Rahimi works with social services but has given it no consent: not in its list, and his page says why.
    await amf.getByRole('link', { name: sv.nav.participants }).first().click();
    await amf.getByLabel(sv.participants.search).fill('Hamid');
    await amf
      .getByRole('link', { name: /Hamid Rahimi/ })
      .first()
      .click();
    await amf.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
    const participantUrl = amf.url();
    const participantId = participantUrl.split('/').pop()!;
    expect(await visibleIds(soc)).not.toContain(participantId);
    await soc.goto(participantUrl);
    await expect.poll(() => soc.getByText(sv.consentRequired.participant).count()).toBeGreaterThan(0);

    // The labour-market unit's caseworker records Hamid's paper consent for social services.
    const form = amf.locator('form', { has: amf.getByRole('button', { name: sv.consents.recordSubmit }) });
    await form.getByLabel(sv.consents.organisation).selectOption({ label: 'Socialtjänsten, Sjöstads kommun' });
    await form.getByLabel(sv.consents.category).selectOption('identity');
    await form.getByLabel(sv.consents.documentDate).fill(todayInSweden());
    await form.getByRole('button', { name: sv.consents.recordSubmit }).click();
    await expect.poll(() => amf.getByText(sv.consents.recorded).count()).toBe(1);
    expect(await seriousViolations(amf)).toEqual([]);

    // Social services now sees him, with consent as the grant.
    expect(await visibleIds(soc)).toContain(participantId);
    await soc.reload();
    await expect.poll(() => soc.getByRole('heading', { name: /Hamid Rahimi/ }).count()).toBeGreaterThan(0);

    // Withdrawn: at once, social services is told consent is needed again.
    const withdrawName = sv.consents.withdrawNamed
      .replace('{{category}}', sv.categories.identity)
      .replace('{{organisation}}', 'Socialtjänsten, Sjöstads kommun');
    await amf.getByRole('button', { name: withdrawName }).first().click();
    await amf.getByRole('button', { name: sv.consents.withdrawConfirm }).click();
    await expect.poll(async () => (await visibleIds(soc)).includes(participantId)).toBe(false);
    await soc.reload();
    await expect.poll(() => soc.getByText(sv.consentRequired.participant).count()).toBeGreaterThan(0);
  });

  it('every staff member sees a different set of people, and the list shows exactly what the API allows', async () => {
    const seen = new Map<string, number>();
    for (const email of [
      'af.handlaggare@sjostad.example',
      'sfi.larare@sjostad.example',
      'soc.handlaggare@sjostad.example',
      'handledare@sjostad.example',
    ]) {
      const page = await as(email);
      const ids = await visibleIds(page);
      seen.set(email, ids.length);
      await page.goto(`${suite.kitt.url}/participants`);
      await expect.poll(() => page.getByText(new RegExp(`${ids.length}$`)).count()).toBeGreaterThan(0);
      await page.context().close();
    }
    expect(new Set(seen.values()).size).toBe(seen.size);
  });

  it('the administrator manages accounts but has no way to participants', async () => {
    const admin = await as('admin@sjostad.example');
    expect(await admin.getByRole('link', { name: sv.nav.participants }).count()).toBe(0);
    expect((await admin.request.get(`${suite.kitt.url}/api/participants`)).status()).toBe(403);
    await admin.getByRole('link', { name: sv.nav.users }).first().click();
    await admin.getByRole('button', { name: sv.users.create }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel(sv.users.email).fill('ny.handlaggare@sjostad.example');
    await dialog.getByLabel(sv.users.displayName).fill('Nora Ny');
    await dialog.locator('input[type=password]').fill('ett-langt-losenord');
    await dialog.getByLabel(sv.roles.caseworker).check();
    await dialog.getByLabel(sv.users.organisation).selectOption({ label: 'Arbetsförmedlingen Sjöstad' });
    await dialog.getByRole('button', { name: sv.users.createSubmit }).click();
    await expect.poll(() => admin.getByRole('cell', { name: 'Nora Ny', exact: true }).count()).toBe(1);
    expect(await seriousViolations(admin)).toEqual([]);

    const newcomer = await suite.browser.newPage();
    await newcomer.goto(`${suite.kitt.url}/login`);
    await newcomer.locator('input[type=email]').fill('ny.handlaggare@sjostad.example');
    await newcomer.locator('input[type=password]').fill('ett-langt-losenord');
    await newcomer.locator('form button[type=submit]').click();
    await newcomer.waitForURL((u) => !u.pathname.startsWith('/login'));

    await admin.getByRole('button', { name: sv.users.deactivateNamed.replace('{{name}}', 'Nora Ny') }).click();
    const confirm = admin.getByRole('dialog').getByRole('button', { name: sv.users.deactivate });
    if (await confirm.count()) await confirm.click();
    await expect.poll(async () => (await newcomer.request.get(`${suite.kitt.url}/api/me`)).status()).toBe(401);
  });
});
