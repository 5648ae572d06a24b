import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTenant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { agendaDocuments } from './tables.ts';
import { PDF_BASE64 } from './scenario-records.ts';

let ctx: TestContext;
let coordinator: Session;
let board: Session;
let initiativeId: string;
let prepItem: string;

const DAY = 86_400_000;
/** A meeting this many days from now at 13:00 UTC. */
const inDays = (days: number) => new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + 13 * 3_600_000).toISOString();
const meeting = (body: 'board' | 'preparation_group', title: string, startsAt: string) => ({
  body,
  title,
  startsAt,
  place: 'Stadshuset',
  materialDaysBefore: 7,
  attendees: ['Anna Ek (ordförande)', 'Bo Lind', 'Cecilia Holm'],
});
const item = (title: string, extra: object = {}) => ({
  kind: 'decision',
  title,
  proposal: 'Att bevilja medel.',
  initiativeId,
  preparedByItemId: null,
  ...extra,
});
const pdf = (fileName = 'Tjänsteskrivelse.pdf') => ({ fileName, mediaType: 'application/pdf', contentBase64: PDF_BASE64 });

function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kitt-minutes-')), 'minutes.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');
}

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  const forbund = await buildOrganisation(db, tenantId, 'samordningsforbund', 'Förbundet');
  coordinator = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['coordinator'], organisationId: forbund })).email,
    TEST_PASSWORD,
  );
  board = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['board_member'], organisationId: null })).email, TEST_PASSWORD);
  for (const [name, kind] of [
    ['Försäkringskassan', 'forsakringskassan'],
    ['Arbetsförmedlingen', 'arbetsformedlingen'],
    ['Regionen', 'region'],
    ['Kommunen', 'municipality'],
  ])
    await coordinator.send('POST', '/api/forbund/parties', { name, kind, keyWeight: 1, organisationIds: [] });
  const year = Number(new Date().toISOString().slice(0, 4));
  await coordinator.send('PUT', '/api/forbund/budget', { year, totalOre: 800_000_000, openingEquityOre: null, note: null, version: null });
  const created = await coordinator.send('POST', '/api/initiatives', {
    name: 'Jobbspåret',
    kind: 'project',
    description: 'Stegvis väg till arbete',
    targetGroup: 'Nyanlända',
    origin: 'Arbetsmarknadsenheten',
    inspiredById: null,
    ownerPartyId: null,
    fundingSources: ['samordningsforbund'],
    municipality: 'Sjöstad',
    municipalityRoles: [],
    startDate: null,
    endDate: null,
    public: false,
    interventionIds: [],
  });
  initiativeId = created.body.id;
  await coordinator.send('POST', `/api/initiatives/${initiativeId}/transition`, { to: 'proposed', note: null, version: 1 });
});

describe('the preparation group prepares, the board decides', () => {
  let boardMeeting: string;
  let boardItem: string;

  it('plans a preparation-group meeting whose item prepares the initiative, its material sent in time', async () => {
    const res = await coordinator.send('POST', '/api/meetings', meeting('preparation_group', 'Beredningsgruppen', inDays(10)));
    expect(res.status).toBe(201);
    const withItem = await coordinator.send('POST', `/api/meetings/${res.body.id}/items`, item('Förslag: Jobbspåret'));
    prepItem = withItem.body.agenda[0].id;
    expect(withItem.body.agenda[0]).toMatchObject({ position: 1, initiativeName: 'Jobbspåret', material: 'pending' });
    const sent = await coordinator.send('POST', `/api/agenda-items/${prepItem}/documents`, pdf());
    expect(sent.status).toBe(201);
    expect(sent.body.agenda[0]).toMatchObject({ material: 'on_time', documents: [{ fileName: 'Tjänsteskrivelse.pdf', late: false }] });
  });

  it('shows the board meeting’s material as late when it is sent within the seven days', async () => {
    const res = await coordinator.send('POST', '/api/meetings', meeting('board', 'Styrelsemöte', inDays(3)));
    boardMeeting = res.body.id;
    const withItem = await coordinator.send(
      'POST',
      `/api/meetings/${boardMeeting}/items`,
      item('Beslut: Jobbspåret', { preparedByItemId: prepItem }),
    );
    boardItem = withItem.body.agenda[0].id;
    expect(withItem.body.agenda[0]).toMatchObject({
      material: 'missing',
      preparedBy: { meetingTitle: 'Beredningsgruppen', itemTitle: 'Förslag: Jobbspåret' },
    });
    const sent = await coordinator.send('POST', `/api/agenda-items/${boardItem}/documents`, pdf('Beslutsunderlag.pdf'));
    expect(sent.body.agenda[0]).toMatchObject({ material: 'late', documents: [{ late: true }] });
    const list = await board.get('/api/meetings');
    expect(list.body.items.find((m: { id: string }) => m.id === boardMeeting)).toMatchObject({ items: 1, lateItems: 1, decisions: 0 });
  });

  it('refuses a decision where it cannot be taken, and documents that are not what they claim', async () => {
    const onPrep = await coordinator.send('POST', `/api/agenda-items/${prepItem}/decision`, {
      outcome: 'adopted',
      wording: 'X',
      votes: null,
      reservations: [],
      initiativeState: null,
      allocation: null,
    });
    expect([onPrep.status, onPrep.body.error.details[0].keyword]).toEqual([400, 'not_a_board_item']);
    const tabledWithEffect = await coordinator.send('POST', `/api/agenda-items/${boardItem}/decision`, {
      outcome: 'tabled',
      wording: 'Bordläggs',
      votes: null,
      reservations: [],
      initiativeState: 'decided',
      allocation: null,
    });
    expect([tabledWithEffect.status, tabledWithEffect.body.error.details[0].keyword]).toEqual([400, 'tabled_changes_nothing']);
    const fake = await coordinator.send('POST', `/api/agenda-items/${boardItem}/documents`, {
      fileName: 'x.pdf',
      mediaType: 'application/pdf',
      contentBase64: Buffer.from('<html>').toString('base64'),
    });
    expect([fake.status, fake.body.error.details[0].keyword]).toEqual([400, 'content_mismatch']);
    expect((await board.send('POST', `/api/agenda-items/${boardItem}/decision`, {})).status).toBe(403);
  });

  it('records the decision with votes and a reservation, moves the initiative and allocates in one step', async () => {
    const year = Number(new Date().toISOString().slice(0, 4));
    const res = await coordinator.send('POST', `/api/agenda-items/${boardItem}/decision`, {
      outcome: 'adopted',
      wording: 'Styrelsen beviljar Jobbspåret 1 200 000 kronor.',
      votes: { for: 5, against: 1, abstentions: 1 },
      reservations: [{ member: 'Bo Lind', reason: 'Projektet borde finansieras av kommunen.' }],
      initiativeState: 'decided',
      allocation: { year, name: 'Jobbspåret', initiativeId, amountOre: 120_000_000 },
    });
    expect(res.status).toBe(201);
    expect(res.body.agenda[0].decision).toMatchObject({
      outcome: 'adopted',
      votes: { for: 5, against: 1, abstentions: 1 },
      initiativeName: 'Jobbspåret',
      initiativeState: 'decided',
      allocationYear: year,
      allocationAmountOre: 120_000_000,
    });
    const initiative = await board.get(`/api/initiatives/${initiativeId}`);
    expect(initiative.body.state).toBe('decided');
    expect(initiative.body.events.at(-1)).toMatchObject({ toState: 'decided', note: 'Styrelsen beviljar Jobbspåret 1 200 000 kronor.' });
    const budget = await board.get('/api/forbund/budget');
    expect(budget.body.year.allocations).toEqual([expect.objectContaining({ initiativeId, allocatedOre: 120_000_000 })]);
    const again = await coordinator.send('POST', `/api/agenda-items/${boardItem}/decision`, {
      outcome: 'rejected',
      wording: 'X',
      votes: null,
      reservations: [],
      initiativeState: null,
      allocation: null,
    });
    expect(again.status).toBe(409);
  });

  it('rolls everything back when the initiative may not take the step', async () => {
    const other = await coordinator.send('POST', `/api/meetings/${boardMeeting}/items`, item('Beslut igen'));
    const itemId = other.body.agenda[1].id;
    const res = await coordinator.send('POST', `/api/agenda-items/${itemId}/decision`, {
      outcome: 'adopted',
      wording: 'Införs',
      votes: null,
      reservations: [],
      initiativeState: 'idea',
      allocation: { year: Number(new Date().toISOString().slice(0, 4)), name: 'Mer', initiativeId, amountOre: 1 },
    });
    expect(res.status).toBe(400);
    const after = await board.get(`/api/meetings/${boardMeeting}`);
    expect(after.body.agenda[1].decision).toBeNull();
    expect((await board.get('/api/forbund/budget')).body.year.allocations).toHaveLength(1);
  });

  it('keeps the decision log by initiative, and writes the minutes as a PDF', async () => {
    const log = await board.get(`/api/decisions?initiativeId=${initiativeId}`);
    expect(log.body.items).toEqual([
      expect.objectContaining({ meetingTitle: 'Styrelsemöte', itemTitle: 'Beslut: Jobbspåret', initiativeState: 'decided' }),
    ]);
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/meetings/${boardMeeting}/minutes.pdf?language=sv`,
      headers: { cookie: board.cookie },
    });
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'application/pdf']);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Protokoll: Styrelsemöte');
    expect(text).toContain('Anna Ek (ordförande), Bo Lind, Cecilia Holm');
    expect(text).toContain('§ 1 Beslut: Jobbspåret');
    expect(text).toContain('Beslut (bifall): Styrelsen beviljar Jobbspåret 1 200 000 kronor.');
    expect(text).toContain('Omröstning: 5 ja, 1 nej, 1 avstår.');
    expect(text).toContain('Reservation: Bo Lind – Projektet borde finansieras av kommunen.');
    expect(text).toContain('Handlingarna skickades efter sista dag');
    const ar = await ctx.app.inject({
      method: 'GET',
      url: `/api/meetings/${boardMeeting}/minutes.pdf?language=ar`,
      headers: { cookie: board.cookie },
    });
    expect(pdfText(ar.rawPayload)).toContain('التصويت');
  });

  it('hands out a document as it was sent, to readers only of this area', async () => {
    const [doc] = await ctx.database.db
      .select({ id: agendaDocuments.id })
      .from(agendaDocuments)
      .where(eq(agendaDocuments.itemId, prepItem));
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/agenda-items/${prepItem}/documents/${doc!.id}`,
      headers: { cookie: board.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''Tj%C3%A4nsteskrivelse.pdf");
  });
});
