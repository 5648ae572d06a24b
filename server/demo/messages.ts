import { and, eq } from 'drizzle-orm';
import { currentTime } from '../lib/dates.ts';
import { messageReads, messages, messageThreads, threadOrganisations } from '../modules/messages/tables.ts';
import { consents } from '../modules/participants/tables.ts';
import { organisations } from '../modules/tenants/tables.ts';
import { addDays, type DemoContext } from './context.ts';

/** Who writes for each organisation in the demo threads. */
const WRITER: Record<string, string> = {
  sfi: 'sfi.larare@sjostad.example',
  amf: 'amf.handlaggare@sjostad.example',
  af: 'af.handlaggare@sjostad.example',
};

interface DemoMessage {
  /** Organisation key, or `person` for the participant. */
  from: string;
  /** Days and hours before now. */
  ago: [number, number];
  body: string;
  language: string;
  questionTo?: string;
  /** Index of the question in this thread that this message answers. */
  answers?: number;
  /** Who has read it besides its writer: organisation keys or `person`. */
  readBy?: string[];
}

interface DemoThread {
  person: number;
  kind: 'agencies' | 'with_participant';
  subject: string;
  organisations: string[];
  messages: DemoMessage[];
  doneBy?: string;
}

const THREADS: DemoThread[] = [
  {
    person: 0,
    kind: 'with_participant',
    subject: 'Ditt schema i december',
    organisations: ['sfi', 'amf'],
    messages: [
      {
        from: 'sfi',
        ago: [4, 3],
        body: 'Hej Hamid! Från 1 december har du SFI på förmiddagen. Passar det med praktik på eftermiddagen?',
        language: 'sv',
        readBy: ['person', 'amf'],
      },
      { from: 'person', ago: [3, 20], body: 'سلام، بله. بعد از ظهر برای کارآموزی خوب است.', language: 'fa', readBy: ['sfi', 'amf'] },
      {
        from: 'sfi',
        ago: [0, 2],
        body: 'Bra! Kom ihåg att ta med dina papper till mötet på tisdag klockan 10.',
        language: 'sv',
        readBy: ['amf'],
      },
    ],
  },
  {
    person: 0,
    kind: 'agencies',
    subject: 'Praktikplats efter SFI',
    organisations: ['sfi', 'amf', 'af'],
    messages: [
      {
        from: 'sfi',
        ago: [10, 2],
        body: 'Hamid klarar kurs B snart. Finns det en praktikplats på eftermiddagar i januari?',
        language: 'sv',
        questionTo: 'amf',
        readBy: ['af'],
      },
    ],
  },
  {
    person: 2,
    kind: 'agencies',
    subject: 'Närvaro i november',
    organisations: ['sfi', 'amf'],
    messages: [
      {
        from: 'sfi',
        ago: [0, 1],
        body: 'Vet ni varför närvaron har sjunkit de senaste veckorna? Vi vill planera stöd.',
        language: 'sv',
        questionTo: 'amf',
      },
    ],
  },
  {
    person: 4,
    kind: 'agencies',
    subject: 'Studiemotiverande kurs',
    organisations: ['af', 'amf'],
    messages: [
      { from: 'af', ago: [6, 4], body: 'Har ni plats i studiemotiverande kurs i vår?', language: 'sv', questionTo: 'amf', readBy: ['amf'] },
      {
        from: 'amf',
        ago: [5, 1],
        body: 'Ja, kursen startar 12 januari. Vi har anmält en plats.',
        language: 'sv',
        answers: 0,
        readBy: ['af'],
      },
    ],
  },
  {
    person: 6,
    kind: 'agencies',
    subject: 'Intyg till Försäkringskassan',
    organisations: ['amf', 'af'],
    doneBy: 'amf',
    messages: [
      { from: 'af', ago: [14, 3], body: 'Kan ni skicka närvarointyget för oktober?', language: 'sv', questionTo: 'amf', readBy: ['amf'] },
      { from: 'amf', ago: [13, 5], body: 'Intyget är skickat i dag.', language: 'sv', answers: 0, readBy: ['af'] },
    ],
  },
];

const at = (ago: [number, number]) => new Date(currentTime().getTime() - (ago[0] * 24 + ago[1]) * 3_600_000).toISOString();

/** Message threads between organisations and with the people: questions waiting, overdue, answered, and one done. */
export async function seedMessages(ctx: DemoContext): Promise<void> {
  const { tx, tenantId } = ctx;
  const author = (from: string) => ctx.user(WRITER[from] ?? WRITER.amf!);
  const personUser = ctx.user('deltagare@sjostad.example');
  // The labour-market unit answers within 3 working days (the default), Arbetsförmedlingen within 2.
  await tx
    .update(organisations)
    .set({ replyWorkingDays: 2 })
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, ctx.org('af'))));
  for (const thread of THREADS) {
    const person = ctx.participants[thread.person]!;
    // The demo's consents for messages: every organisation in a thread has one from the person.
    for (const key of thread.organisations) {
      const [has] = await tx
        .select({ id: consents.id })
        .from(consents)
        .where(
          and(
            eq(consents.tenantId, tenantId),
            eq(consents.participantId, person.id),
            eq(consents.organisationId, ctx.org(key)),
            eq(consents.category, 'messages'),
          ),
        );
      if (!has)
        await tx.insert(consents).values({
          tenantId,
          participantId: person.id,
          organisationId: ctx.org(key),
          category: 'messages',
          validFrom: person.arrived,
          validTo: addDays(person.arrived, 365),
          method: 'paper',
          documentDate: person.arrived,
          recordedByUserId: ctx.user('amf.handlaggare@sjostad.example'),
          recordedByOrganisationId: ctx.org('amf'),
        });
    }
    const first = thread.messages[0]!;
    const [row] = await tx
      .insert(messageThreads)
      .values({
        tenantId,
        participantId: person.id,
        kind: thread.kind,
        subject: thread.subject,
        createdByUserId: author(first.from),
        createdByOrganisationId: ctx.org(first.from),
        createdAt: at(first.ago),
        doneAt: thread.doneBy ? at([12, 0]) : null,
        doneByUserId: thread.doneBy ? author(thread.doneBy) : null,
      })
      .returning({ id: messageThreads.id });
    const threadId = row!.id;
    await tx
      .insert(threadOrganisations)
      .values(thread.organisations.map((key) => ({ tenantId, threadId, organisationId: ctx.org(key), addedAt: at(first.ago) })));
    const ids: string[] = [];
    for (const m of thread.messages) {
      const byPerson = m.from === 'person';
      const createdAt = at(m.ago);
      const [message] = await tx
        .insert(messages)
        .values({
          tenantId,
          threadId,
          participantId: person.id,
          authorUserId: byPerson ? personUser : author(m.from),
          authorOrganisationId: byPerson ? null : ctx.org(m.from),
          body: m.body,
          language: m.language,
          isQuestion: Boolean(m.questionTo),
          askedOrganisationId: m.questionTo ? ctx.org(m.questionTo) : null,
          createdAt,
        })
        .returning({ id: messages.id });
      ids.push(message!.id);
      if (m.answers !== undefined)
        await tx
          .update(messages)
          .set({ answeredAt: createdAt, answeredByMessageId: message!.id })
          .where(and(eq(messages.tenantId, tenantId), eq(messages.id, ids[m.answers]!)));
      const readers = [m.from, ...(m.readBy ?? [])];
      // Readers open a message a little over an hour after it was written.
      await tx.insert(messageReads).values(
        readers.map((r, i) => ({
          tenantId,
          messageId: message!.id,
          readerKey: r === 'person' ? 'participant' : ctx.org(r),
          readByUserId: r === 'person' ? personUser : author(r),
          readAt: i === 0 ? createdAt : at([m.ago[0], Math.max(0, m.ago[1] - 1)]),
        })),
      );
    }
  }
}
