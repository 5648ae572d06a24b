import type { InvitationAnswer, SectionContent, SectionKind } from '../../common/intake.ts';
import { consents } from '../modules/participants/tables.ts';
import { intakeInvitations, intakeMeetings, intakeSections, intakeSectionVersions, jointIntakes } from '../modules/intake/tables.ts';
import { addDays, intakeWindow, isWorkingDay, proposedDays } from '../modules/intake/window.ts';
import type { DemoContext, DemoPerson } from './context.ts';

const PLACE = 'Medborgarhuset Sjöstad, mötesrum Ekan';

/**
 * Joint intakes for every person, counted from their housing date. Among the newly housed: a window that has just
 * opened, one about to open, one closing within days with nothing booked, booked meetings whose invitations were
 * answered differently; among the earlier arrivals, meetings held and intake records written by several
 * organisations and by the person, one with a health section shared under the person's consent for health.
 */
export async function seedIntake(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, today } = ctx;
  const coordinator = ctx.user('samordnare@sjostad.example');
  for (const p of ctx.participants)
    await tx.insert(jointIntakes).values({ tenantId, participantId: p.id, housingDate: p.arrived, updatedByUserId: coordinator });

  const byName = (index: number) => ctx.participants[index];
  const firstWorkingDayFrom = (date: string) => {
    let d = date;
    while (!isWorkingDay(d)) d = addDays(d, 1);
    return d;
  };

  const meeting = async (p: DemoPerson, date: string, status: 'booked' | 'held', answers: Partial<Record<string, InvitationAnswer>>) => {
    const [m] = await tx
      .insert(intakeMeetings)
      .values({
        tenantId,
        participantId: p.id,
        date,
        startTime: '09:30',
        endTime: '11:00',
        place: PLACE,
        interpreterLanguage: p.interpreterNeeded ? p.preferredLanguage : null,
        interpreterBooked: p.interpreterNeeded && status === 'held',
        status,
        bookedByUserId: coordinator,
        bookedByOrganisationId: ctx.org('amf'),
      })
      .returning();
    const answeredBy: Record<string, string> = {
      af: ctx.user('af.handlaggare@sjostad.example'),
      amf: coordinator,
      sfi: ctx.user('sfi.larare@sjostad.example'),
    };
    for (const key of ['af', 'amf', 'sfi']) {
      const answer = answers[key] ?? 'pending';
      await tx.insert(intakeInvitations).values({
        tenantId,
        meetingId: m!.id,
        organisationId: ctx.org(key),
        participantId: p.id,
        answer,
        answeredByUserId: answer === 'pending' ? null : answeredBy[key]!,
        answeredAt: answer === 'pending' ? null : `${addDays(today, -1)}T10:15:00Z`,
      });
    }
  };

  // Within the window: the nearest proposed day, or a working day shortly ahead.
  const nearestDay = (p: DemoPerson, after = 2) =>
    proposedDays(p.arrived, addDays(today, after - 1))[0] ?? firstWorkingDayFrom(addDays(today, after));

  // Samira: window closing within days, booked; AMF and SFI have accepted, Arbetsförmedlingen not yet answered.
  const samira = byName(14);
  if (samira) await meeting(samira, nearestDay(samira), 'booked', { amf: 'accepted', sfi: 'declined' });
  // Abdi: the window opens within a week; booked inside it, Arbetsförmedlingen accepted, SFI pending.
  const abdi = byName(9);
  if (abdi) await meeting(abdi, proposedDays(abdi.arrived, today)[2] ?? nearestDay(abdi, 8), 'booked', { amf: 'accepted', af: 'accepted' });
  // Amal (window opened days ago), Saida (just opened) and Jamal (closing within days) have nothing booked yet.

  // Earlier arrivals: the meeting was held in their window.
  for (const p of ctx.participants) {
    const window = intakeWindow(p.arrived, today);
    if (window.state !== 'closed' || p.index % 3 === 2 || [28, 32].includes(p.index)) continue;
    const held = proposedDays(p.arrived, addDays(p.arrived, 30))[0]!;
    await meeting(p, held, 'held', { amf: 'accepted', af: 'accepted', sfi: p.index % 2 === 0 ? 'accepted' : 'declined' });
  }

  await seedRecords(ctx);
}

type Author = { org: string; email: string } | 'self';

async function seedRecords(ctx: DemoContext) {
  const { tx, tenantId, today } = ctx;
  const by = (author: Author, daysAgo: number) => ({
    writtenByParticipant: author === 'self',
    writtenByUserId: author === 'self' ? ctx.user('deltagare@sjostad.example') : ctx.user(author.email),
    writtenByOrganisationId: author === 'self' ? null : ctx.org(author.org),
    writtenAt: `${addDays(today, -daysAgo)}T13:20:00Z`,
  });
  /** Writes a section; `earlier` are the authors of its previous versions, oldest first, kept in its history. */
  const write = async <K extends SectionKind>(
    p: DemoPerson,
    kind: K,
    author: Author,
    content: SectionContent[K],
    daysAgo: number,
    earlier: { author: Author; daysAgo: number }[] = [],
  ) => {
    const versions = [...earlier, { author, daysAgo }].map((v, i) => ({ version: i + 1, ...by(v.author, v.daysAgo) }));
    await tx.insert(intakeSections).values({
      tenantId,
      participantId: p.id,
      kind,
      content: content as unknown as Record<string, unknown>,
      ...versions.at(-1)!,
    });
    await tx.insert(intakeSectionVersions).values(versions.map((v) => ({ tenantId, participantId: p.id, kind, ...v })));
  };
  const af = { org: 'af', email: 'af.handlaggare@sjostad.example' };
  const amf = { org: 'amf', email: 'amf.handlaggare@sjostad.example' };
  const sfi = { org: 'sfi', email: 'sfi.larare@sjostad.example' };

  // Hamid, the demo participant account: a full record from three organisations and himself, health shared.
  const hamid = ctx.participants[0];
  if (hamid) {
    const consentFrom = hamid.arrived;
    // At the joint intake Hamid let SFI read the intake record and the labour-market unit his health needs.
    for (const [org, category] of [
      ['sfi', 'intake'],
      ['amf', 'health'],
    ] as const)
      await tx.insert(consents).values({
        tenantId,
        participantId: hamid.id,
        organisationId: ctx.org(org),
        category,
        validFrom: consentFrom,
        validTo: addDays(consentFrom, 365),
        method: 'paper',
        documentDate: consentFrom,
        recordedByUserId: ctx.user('amf.handlaggare@sjostad.example'),
        recordedByOrganisationId: ctx.org('amf'),
      });
    const ago = 160;
    await write(
      hamid,
      'education',
      af,
      {
        entries: [
          {
            level: 'upper_secondary',
            field: 'Naturvetenskap',
            country: 'Afghanistan',
            fromYear: 2006,
            toYear: 2009,
            validation: 'validated',
          },
          { level: 'post_secondary', field: 'Elinstallation', country: 'Iran', fromYear: 2012, toYear: 2014, validation: 'in_progress' },
        ],
      },
      ago,
    );
    await write(
      hamid,
      'work_experience',
      amf,
      {
        entries: [
          { occupation: 'Elektriker', country: 'Iran', fromYear: 2014, toYear: 2021 },
          { occupation: 'Lagerarbetare', country: 'Turkiet', fromYear: 2022, toYear: 2023 },
        ],
      },
      ago,
    );
    await write(
      hamid,
      'languages',
      sfi,
      {
        entries: [
          { language: 'fa', level: 'native' },
          { language: 'en', level: 'basic' },
          { language: 'sv', level: 'beginner' },
        ],
      },
      ago,
    );
    await write(hamid, 'driving_licence', amf, { hasLicence: true, classes: 'B', country: 'Iran' }, ago);
    await write(hamid, 'family', amf, { text: 'Gift, två barn (4 och 7 år). Barnomsorg ordnad från januari.' }, ago);
    await write(hamid, 'health', 'self', { text: 'Ryggbesvär efter en arbetsskada; tunga lyft bör undvikas.' }, ago - 2);
    // The labour-market unit noted his goals at the joint intake; Hamid rewrote them in his own words.
    await write(hamid, 'goals', 'self', { text: 'Jag vill arbeta som elektriker igen och ta svensk behörighet.' }, ago - 2, [
      { author: amf, daysAgo: ago },
    ]);
  }

  // Others whose meeting was held: part of the record, by different organisations.
  for (const p of ctx.participants.slice(1)) {
    if (intakeWindow(p.arrived, today).state !== 'closed' || p.index % 3 === 2 || p.index % 4 === 3) continue;
    const ago = Math.max(1, Math.round((Date.parse(today) - Date.parse(p.arrived)) / 86_400_000) - 40);
    await write(
      p,
      'education',
      p.engaged.includes('af') ? af : amf,
      {
        entries: [
          {
            level: p.index % 2 ? 'university' : 'upper_secondary',
            field: p.index % 2 ? 'Ekonomi' : 'Allmän linje',
            country: 'Syrien',
            fromYear: 2005,
            toYear: 2009,
            validation: 'not_validated',
          },
        ],
      },
      ago,
    );
    await write(
      p,
      'languages',
      amf,
      {
        entries: [
          { language: p.preferredLanguage ?? 'ar', level: 'native' },
          { language: 'sv', level: 'beginner' },
        ],
      },
      ago,
    );
    if (p.index % 2 === 0) await write(p, 'goals', amf, { text: 'Vill arbeta inom vården; börjar med SFI och praktik.' }, ago);
  }
}
