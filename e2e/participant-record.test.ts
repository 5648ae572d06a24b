import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { texts } from './support/texts.ts';
import { demoSuite } from './support/suite.ts';
import { todayInSweden } from '../server/lib/dates.ts';

const sv = texts.sv;
const suite = demoSuite();

const as = suite.as;

// Days as Kitt counts them: Swedish calendar days.
const isoDate = (days: number) => todayInSweden(new Date(Date.now() + days * 86_400_000));

/** The page does not scroll sideways: everything fits the viewport's width. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** A demo person with a personal number whom the social services caseworker may not see. */
async function personHiddenFromSocialServices(amf: Page, soc: Page) {
  const list = (await (await amf.request.get(`${suite.kitt.url}/api/participants?limit=200`)).json()) as {
    items: { id: string; idKind: string; protectedIdentity: boolean }[];
  };
  for (const p of list.items.filter((x) => x.idKind === 'personnummer' && !x.protectedIdentity)) {
    if ((await soc.request.get(`${suite.kitt.url}/api/participants/${p.id}`)).status() !== 404) continue;
    const detail = (await (await amf.request.get(`${suite.kitt.url}/api/participants/${p.id}`)).json()) as {
      name: string;
      personalNumber: string;
    };
    return { id: p.id, ...detail };
  }
  throw new Error('the demo data has no person hidden from social services');
}

describe('the participant record: search before create, engagements, consents about to expire', () => {
  it('a caseworker finds an existing person by number, seeing only what they may, and starts their work', async () => {
    const amf = await as('amf.handlaggare@sjostad.example');
    const soc = await as('soc.handlaggare@sjostad.example');
    const hidden = await personHiddenFromSocialServices(amf, soc);

    // The labour-market unit may see the person: the match shows name and number.
    await amf.goto(`${suite.kitt.url}/participants/new`);
    await amf.getByLabel(sv.participantForm.number).fill(hidden.personalNumber);
    await amf.getByRole('button', { name: sv.participantForm.searchSubmit }).click();
    await expect.poll(() => amf.getByRole('link', { name: hidden.name }).count()).toBe(1);
    await expect.poll(() => amf.getByText(sv.participantForm.alreadyOurs).count()).toBe(1);
    expect(await amf.getByRole('button', { name: sv.participantForm.createNew }).count()).toBe(0);
    expect(await seriousViolations(amf)).toEqual([]);

    // Social services may not: it is told the number is registered, never who it is, and no id reaches the page.
    await soc.goto(`${suite.kitt.url}/participants/new`);
    await soc.getByLabel(sv.participantForm.number).fill(hidden.personalNumber);
    const searched = soc.waitForResponse((r) => r.url().endsWith('/api/participants/search'));
    await soc.getByRole('button', { name: sv.participantForm.searchSubmit }).click();
    const answer = await (await searched).text();
    expect(answer).not.toContain(hidden.id);
    expect(answer).not.toContain(hidden.name.split(' ')[0]);
    // The number travelled in the body, not in any address.
    expect((await searched).request().url()).not.toContain(hidden.personalNumber.slice(0, 8));
    await expect.poll(() => soc.getByText(sv.participantForm.registeredInArea).count()).toBe(1);
    expect(await soc.getByText(hidden.name).count()).toBe(0);
    expect(await soc.getByRole('button', { name: sv.participantForm.createNew }).count()).toBe(0);
    expect(await seriousViolations(soc)).toEqual([]);

    // "Start our work with this person": now social services knows the person, and is told consent is needed.
    await soc.getByRole('button', { name: sv.participantForm.startOurWork }).click();
    await soc.waitForURL(new RegExp(`/participants/${hidden.id}$`));
    await expect.poll(() => soc.getByText(sv.consentRequired.participant).count()).toBeGreaterThan(0);
    expect(await seriousViolations(soc)).toEqual([]);
  });

  it('registers a new person after a search without match, ends the engagement, and shows a consent about to expire', async () => {
    const amf = await as('amf.handlaggare@sjostad.example');
    await amf.getByRole('link', { name: sv.nav.participants }).first().click();
    // The labour-market unit calls the person "sökande".
    await expect.poll(() => amf.getByRole('heading', { level: 1, name: sv.participants.word.sokande.many }).count()).toBe(1);
    await amf.getByRole('link', { name: sv.participantForm.titleFor.replace('{{word}}', 'sökande') }).click();

    await amf.getByText(sv.participantForm.byName, { exact: true }).click();
    await amf.getByLabel(sv.participantForm.givenName).fill('Testa');
    await amf.getByLabel(sv.participantForm.familyName).fill('Registrerad');
    await amf.getByLabel(new RegExp(`^${sv.participantForm.birthDate}`)).fill('1992-02-29');
    await amf.getByRole('button', { name: sv.participantForm.searchSubmit }).click();
    await expect.poll(() => amf.getByText(sv.participantForm.noMatch).count()).toBe(1);
    await amf.getByRole('button', { name: sv.participantForm.createNew }).click();
    // The form starts from the search: name and birth date are filled in.
    expect(await amf.getByLabel(sv.participantForm.givenName).last().inputValue()).toBe('Testa');
    await amf.getByRole('button', { name: sv.participantForm.submit }).click();
    await amf.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
    await expect.poll(() => amf.getByRole('heading', { level: 1, name: 'Testa Registrerad' }).count()).toBe(1);

    // End the own organisation's engagement today, after trying a date before its start.
    await amf
      .getByRole('button', { name: sv.engagements.endNamed.replace('{{organisation}}', 'Arbetsmarknadsenheten, Sjöstads kommun') })
      .click();
    const dialog = amf.getByRole('dialog');
    await dialog.getByLabel(sv.engagements.endDate).fill(isoDate(-30));
    await dialog.getByRole('button', { name: sv.engagements.endSubmit }).click();
    await expect.poll(() => dialog.getByText(sv.validation.endBeforeStart).count()).toBe(1);
    await dialog.getByLabel(sv.engagements.endDate).fill(isoDate(0));
    await dialog.getByRole('button', { name: sv.engagements.endSubmit }).click();
    await expect.poll(() => amf.getByText(sv.engagements.ended).count()).toBe(1);
    expect(await seriousViolations(amf)).toEqual([]);

    // A paper consent that ends in ten days is marked and listed as ending soon, and the history says who recorded it.
    const form = amf.locator('form', { has: amf.getByRole('button', { name: sv.consents.recordSubmit }) });
    await form.getByLabel(sv.consents.organisation).selectOption({ label: 'Arbetsmarknadsenheten, Sjöstads kommun' });
    await form.getByLabel(sv.consents.category).selectOption('plan');
    await form.getByLabel(sv.consents.validTo).fill(isoDate(10));
    await form.getByLabel(sv.consents.documentDate).fill(isoDate(0));
    await form.getByRole('button', { name: sv.consents.recordSubmit }).click();
    await expect.poll(() => amf.getByText(sv.consents.expiresSoon, { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => amf.getByText(sv.consents.expiringTitle.replace('{{days}}', '30')).count()).toBe(1);
    await expect.poll(() => amf.getByText(new RegExp(sv.consents.event.recorded_from_paper)).count()).toBeGreaterThan(0);
    expect(await seriousViolations(amf)).toEqual([]);

    // The engagement ended today still counts today; from tomorrow the record is the organisation's own only.
    expect(await amf.getByRole('button', { name: sv.engagements.start }).count()).toBe(0);
  });

  it('on a 390×844 phone, the lists and the overview fit the width, with cards instead of tables', async () => {
    const amf = await as('amf.handlaggare@sjostad.example', { phone: true });
    await amf.goto(`${suite.kitt.url}/participants?scope=mine`);
    await expect
      .poll(() => amf.getByRole('radio', { name: sv.participants.scopeMine.replace('{{word}}', 'sökande') }).isChecked())
      .toBe(true);
    await expect.poll(() => amf.locator('li a[href^="/participants/"]').count()).toBeGreaterThan(0);
    expect(await amf.locator('table').count()).toBe(0);
    expect(await fitsWidth(amf)).toBe(true);
    expect(await seriousViolations(amf)).toEqual([]);

    // A person with a consent ending soon in the demo data (the social enterprise's, 20 days left).
    const ids = ((await (await amf.request.get(`${suite.kitt.url}/api/participants?limit=200`)).json()) as { items: { id: string }[] })
      .items;
    let withExpiring: string | null = null;
    for (const { id } of ids) {
      const consents = (await (await amf.request.get(`${suite.kitt.url}/api/participants/${id}/consents`)).json()) as {
        items?: { expiresSoon: boolean }[];
      };
      if (consents.items?.some((c) => c.expiresSoon)) {
        withExpiring = id;
        break;
      }
    }
    expect(withExpiring).not.toBeNull();
    await amf.goto(`${suite.kitt.url}/participants/${withExpiring}`);
    await expect.poll(() => amf.getByText(sv.consents.expiresSoon, { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => amf.getByRole('heading', { name: sv.consents.historyTitle }).count()).toBe(1);
    expect(await amf.locator('table').count()).toBe(0);
    expect(await fitsWidth(amf)).toBe(true);
    expect(await seriousViolations(amf)).toEqual([]);
  });
});
