import { and, eq } from 'drizzle-orm';
import { budgetAllocations } from '../modules/forbund/tables.ts';
import { initiatives } from '../modules/initiatives/tables.ts';
import { agendaDocuments, agendaItems, decisions, meetings } from '../modules/meetings/tables.ts';
import { addDays, type DemoContext } from './context.ts';

const BOARD = [
  'Anna Ek (ordförande, Sjöstads kommun)',
  'Jonas Wik (Region Sjöland)',
  'Maria Al-Amin (Försäkringskassan)',
  'Peter Berg (Arbetsförmedlingen)',
];
const PREPARATION = [
  'Per Ström (Arbetsmarknadsenheten)',
  'Sara Holm (samordnare)',
  'Lena Ny (Försäkringskassan)',
  'Ali Haddad (Arbetsförmedlingen)',
];

/** A one-page PDF of board material (a fictional tjänsteskrivelse). */
const material = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n`);

/**
 * The förbund's meetings: the preparation group's meeting that prepared Jobbspåret and the board meeting that decided
 * it with a vote and a reservation (and allocated this year's money), and the coming board meeting whose material
 * for the proposal on women in social enterprises was sent late, while another item's material is still missing.
 */
export async function seedMeetings(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, today } = ctx;
  const coordinator = ctx.user('samordnare@sjostad.example');
  const initiative = async (name: string) =>
    (
      await tx
        .select({ id: initiatives.id })
        .from(initiatives)
        .where(and(eq(initiatives.tenantId, tenantId), eq(initiatives.name, name)))
    )[0]?.id ?? null;
  const jobb = await initiative('Jobbspåret Sjöstad');
  const women = await initiative('Kvinnor till arbete i sociala företag');
  const mentors = await initiative('Mentorer från föreningslivet');
  const at = (days: number, hour: number) => `${addDays(today, days)}T${String(hour - 1).padStart(2, '0')}:00:00Z`;

  const meeting = async (body: 'board' | 'preparation_group', title: string, startsAt: string, attendees: string[]) => {
    const [row] = await tx
      .insert(meetings)
      .values({ tenantId, body, title, startsAt, place: 'Stadshuset, sammanträdesrum Sjön', attendees, createdByUserId: coordinator })
      .returning({ id: meetings.id });
    return row!.id;
  };
  const item = async (
    meetingId: string,
    position: number,
    title: string,
    initiativeId: string | null,
    preparedByItemId: string | null = null,
  ) => {
    const [row] = await tx
      .insert(agendaItems)
      .values({
        tenantId,
        meetingId,
        position,
        kind: 'decision',
        title,
        proposal: `Att ${title.toLowerCase()}.`,
        initiativeId,
        preparedByItemId,
      })
      .returning({ id: agendaItems.id });
    return row!.id;
  };
  const send = async (itemId: string, fileName: string, sentAt: string) => {
    const content = material(fileName);
    await tx.insert(agendaDocuments).values({
      tenantId,
      itemId,
      fileName,
      mediaType: 'application/pdf',
      size: content.length,
      content,
      sentByUserId: coordinator,
      sentAt,
    });
  };

  const prep = await meeting('preparation_group', 'Beredningsgruppen, februari', at(-320, 9), PREPARATION);
  const prepared = await item(prep, 1, 'Föreslå styrelsen att bevilja Jobbspåret Sjöstad', jobb);
  await send(prepared, 'Projektplan Jobbspåret.pdf', at(-335, 10));
  const decided = await meeting('board', 'Styrelsemöte, mars', at(-300, 13), BOARD);
  const decision = await item(decided, 1, 'Bevilja Jobbspåret Sjöstad', jobb, prepared);
  await send(decision, 'Tjänsteskrivelse Jobbspåret.pdf', at(-310, 15));
  const [allocation] = jobb
    ? await tx
        .select({ id: budgetAllocations.id })
        .from(budgetAllocations)
        .where(and(eq(budgetAllocations.tenantId, tenantId), eq(budgetAllocations.initiativeId, jobb)))
        .limit(1)
    : [];
  await tx.insert(decisions).values({
    tenantId,
    itemId: decision,
    outcome: 'adopted',
    wording: 'Styrelsen beviljar Jobbspåret Sjöstad 2 400 000 kronor per år under projekttiden.',
    votesFor: 3,
    votesAgainst: 1,
    abstentions: 0,
    reservations: [{ member: 'Peter Berg (Arbetsförmedlingen)', reason: 'Insatsen överlappar Arbetsförmedlingens upphandlade tjänster.' }],
    initiativeId: jobb,
    initiativeState: 'decided',
    allocationId: allocation?.id ?? null,
    decidedByUserId: coordinator,
    decidedAt: at(-300, 15),
  });

  const coming = await meeting('board', 'Styrelsemöte, december', at(5, 13), BOARD);
  const late = await item(coming, 1, 'Besluta om Kvinnor till arbete i sociala företag', women);
  await send(late, 'Förslag Kvinnor till arbete.pdf', at(-1, 16));
  await item(coming, 2, 'Besluta om Mentorer från föreningslivet', mentors);
}
