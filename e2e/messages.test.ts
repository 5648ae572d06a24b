import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

const { sv, ar } = texts;
const suite = demoSuite();
const AMF = 'Arbetsmarknadsenheten, Sjöstads kommun';

async function hamidId(page: Page): Promise<string> {
  const res = await page.request.get(`${suite.kitt.url}/api/participants?q=Hamid&limit=5`);
  const items = ((await res.json()) as { items: { id: string; name: string | null }[] }).items;
  return items.find((p) => p.name?.includes('Rahimi'))!.id;
}

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/kitt-messages-${name}.png`, fullPage: true });

describe('messages about a person, in the browser', () => {
  it('an SFI teacher asks the labour-market unit, which sees it waiting and answers', async () => {
    const teacher = await suite.as('sfi.larare@sjostad.example');
    const id = await hamidId(teacher);
    await teacher.goto(`${suite.kitt.url}/participants/${id}/messages`);
    await teacher.getByRole('button', { name: sv.messages.newThread }).click();
    await teacher.getByRole('checkbox', { name: AMF }).check();
    await teacher.getByRole('textbox', { name: sv.messages.subject, exact: true }).fill('Praktik i januari');
    await teacher
      .getByRole('textbox', { name: sv.messages.body, exact: true })
      .fill('Kan Hamid börja praktik på eftermiddagarna i januari?');
    await teacher.getByRole('switch', { name: sv.messages.isQuestion }).check();
    await teacher.getByLabel(sv.messages.questionToLabel).selectOption({ label: AMF });
    await teacher.getByRole('button', { name: sv.messages.send }).click();
    await expect.poll(() => teacher.getByText(sv.messages.questionTo.replace('{{organisation}}', `\u2068${AMF}\u2069`)).count()).toBe(1);
    await expect.poll(() => teacher.getByText(/^Väntar på svar sedan/).count()).toBeGreaterThan(0);
    expect(await seriousViolations(teacher)).toEqual([]);
    await shot(teacher, 'staff-asked');

    // The unit sees it waiting in the list, opens it (leaving its read receipt) and answers that question.
    const unit = await suite.as('amf.handlaggare@sjostad.example');
    await unit.goto(`${suite.kitt.url}/participants/${id}/messages`);
    const item = unit.getByRole('button', { name: /Praktik i januari/ });
    await expect.poll(() => item.getByText(/Väntar på svar sedan/).count()).toBe(1);
    await item.click();
    await expect.poll(() => unit.getByText(sv.messages.questionToYou).count()).toBe(1);
    await unit.getByLabel(sv.messages.answersLabel).selectOption({ index: 1 });
    await unit.getByRole('textbox', { name: sv.messages.body, exact: true }).fill('Ja, Sjöstads bygg tar emot honom från 12 januari.');
    await unit.getByRole('button', { name: sv.messages.send }).click();
    await expect.poll(() => unit.getByText(/^Svar från \u2068Jonas Berg/).count()).toBe(1);
    expect(await seriousViolations(unit)).toEqual([]);
    await shot(unit, 'staff-answered');

    // Back at SFI: answered, and read by the unit.
    await teacher.reload();
    await expect.poll(() => teacher.getByText(/^Svar från \u2068Jonas Berg/).count()).toBe(1);
    await expect.poll(() => teacher.getByText(/Läst av \u2068Arbetsmarknadsenheten/).count()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        teacher
          .getByRole('button', { name: /Praktik i januari/ })
          .getByText(/Väntar på svar/)
          .count(),
      )
      .toBe(0);
  });

  it('Hamid reads the thread with SFI and replies in Arabic on a phone, and sees no thread between organisations', async () => {
    const hamid = await suite.as('deltagare@sjostad.example', { language: 'ar', phone: true });
    await hamid.goto(`${suite.kitt.url}/me/messages`);
    await expect.poll(() => hamid.getByRole('heading', { name: ar.messages.titleSelf }).count()).toBe(1);
    expect(await hamid.getByText('Praktikplats efter SFI').count()).toBe(0);
    expect(await hamid.getByText('Praktik i januari').count()).toBe(0);
    expect(await hamid.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await seriousViolations(hamid)).toEqual([]);
    await shot(hamid, 'self-list-ar');

    await hamid.getByRole('button', { name: /Ditt schema i december/ }).click();
    await expect.poll(() => hamid.getByText(/Kom ihåg att ta med dina papper/).count()).toBe(1);
    // Swedish text shown as written, labelled with its language in Arabic.
    await expect.poll(() => hamid.getByText(/مكتوبة باللغة/).count()).toBeGreaterThan(0);
    await hamid.getByRole('textbox', { name: ar.messages.body, exact: true }).fill('شكرًا، سأحضر الأوراق يوم الثلاثاء.');
    await hamid.getByRole('button', { name: ar.messages.send }).click();
    await expect.poll(() => hamid.getByText('شكرًا، سأحضر الأوراق يوم الثلاثاء.').count()).toBe(1);
    expect(await seriousViolations(hamid)).toEqual([]);
    const width = await hamid.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(hamid, 'self-thread-ar');

    // The form for a new message to the organisations that work with him.
    await hamid.getByRole('button', { name: ar.messages.newThread }).click();
    await expect.poll(() => hamid.getByRole('checkbox', { name: AMF }).count()).toBe(1);
    expect(await seriousViolations(hamid)).toEqual([]);
    await shot(hamid, 'self-new-ar');
    await hamid.getByRole('button', { name: ar.messages.cancel }).click();

    // SFI sees Hamid's reply labelled as Arabic, and that Hamid read its message.
    const teacher = await suite.as('sfi.larare@sjostad.example');
    const id = await hamidId(teacher);
    await teacher.goto(`${suite.kitt.url}/participants/${id}/messages`);
    await teacher.getByRole('button', { name: /Ditt schema i december/ }).click();
    await expect.poll(() => teacher.getByText('Skrivet på arabiska').count()).toBe(1);
    await expect.poll(() => teacher.getByText(/Läst av personen/).count()).toBeGreaterThan(0);
  });

  it('says plainly when the organisation lacks consent for messages', async () => {
    const soc = await suite.as('soc.handlaggare@sjostad.example');
    const amf = await suite.as('amf.handlaggare@sjostad.example');
    const id = await hamidId(amf);
    // Social services works with Hamid; the demo gives it no consent to see his messages.
    await soc.goto(`${suite.kitt.url}/participants/${id}/messages`);
    await expect.poll(() => soc.getByText(sv.messages.consentRequired).count()).toBe(1);
    expect(await seriousViolations(soc)).toEqual([]);

    // The unit's caseworker on a phone: the list, the overdue question from SFI, then the thread alone.
    const phone = await suite.as('amf.handlaggare@sjostad.example', { phone: true });
    await phone.goto(`${suite.kitt.url}/participants/${id}/messages`);
    const overdue = phone.getByRole('button', { name: /Praktikplats efter SFI/ });
    await expect.poll(() => overdue.getByText(sv.messages.overdue, { exact: true }).count()).toBe(1);
    await shot(phone, 'staff-list-phone');
    await overdue.click();
    await expect.poll(() => phone.getByRole('button', { name: sv.messages.markDone }).count()).toBe(1);
    expect(await seriousViolations(phone)).toEqual([]);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(phone, 'staff-thread-phone');
  });
});
