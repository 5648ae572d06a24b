import type { Role } from '../../common/roles.ts';
import { audit, type AuditEntry } from '../lib/audit/audit.ts';
import type { DemoContext } from './context.ts';

/**
 * The demo participant's access log on first start: a few looks by the organisations that work with Hamid, written as
 * real, hash-chained audit rows (the log has no other source). All fictional, all at seeding time.
 */
export async function seedAccessLog(ctx: DemoContext): Promise<void> {
  const hamid = ctx.participants[0];
  if (!hamid) return;
  const look = (email: string, org: string, role: Role, entries: Omit<AuditEntry, 'participantId'>[]) =>
    audit(
      ctx.tx,
      { tenantId: ctx.tenantId, userId: ctx.user(email), organisationId: ctx.org(org), roles: [role], requestId: 'demo' },
      entries.map((e) => ({ ...e, participantId: hamid.id })),
    );
  const read = (category: string, resourceType: string) =>
    ({ category, action: 'read', grant: 'consent', resourceType, resourceId: hamid.id }) as const;
  await look('af.handlaggare@sjostad.example', 'af', 'caseworker', [read('identity', 'participant'), read('plan', 'plan')]);
  await look('sfi.larare@sjostad.example', 'sfi', 'caseworker', [read('plan', 'calendar_week'), read('progression', 'progression')]);
  await look('amf.handlaggare@sjostad.example', 'amf', 'caseworker', [
    read('plan', 'plan'),
    { category: 'plan', action: 'update', grant: 'consent', resourceType: 'activity', resourceId: hamid.id },
  ]);
}
