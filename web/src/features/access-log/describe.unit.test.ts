import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sv from '../../i18n/sv.json';
import en from '../../i18n/en.json';
import ar from '../../i18n/ar.json';
import { describeAccess, NAMED_RECORDS } from './describe.ts';
import type { AccessLogEntry } from './types.ts';

const entry = (over: Partial<AccessLogEntry>): AccessLogEntry => ({
  seq: 1,
  at: '2026-11-23T09:12:00.000Z',
  organisationId: 'af',
  organisationName: 'Arbetsförmedlingen',
  role: 'caseworker',
  category: 'plan',
  kind: 'read',
  action: 'read',
  grant: 'consent',
  resourceType: 'plan',
  own: false,
  ...over,
});

const staffWho = (organisation: string | null, role: string | null) => ({ key: 'accessLog.who.staff', organisation, role });

describe('an access-log row in plain language', () => {
  it.each([
    [
      'a caseworker reads the plan with consent',
      entry({}),
      'self',
      'read',
      staffWho('Arbetsförmedlingen', 'roles.caseworker'),
      'plan',
      'consent',
    ],
    [
      'a coordinator changes a goal on their own record',
      entry({ role: 'coordinator', kind: 'change', action: 'update', resourceType: 'goal', grant: 'own_organisation' }),
      'self',
      'update',
      staffWho('Arbetsförmedlingen', 'roles.coordinator'),
      'goal',
      'own_organisation',
    ],
    [
      'an organisation reads what it did itself, through its engagement',
      entry({ grant: 'engagement', resourceType: 'engagement' }),
      'self',
      'read',
      staffWho('Arbetsförmedlingen', 'roles.caseworker'),
      'engagement',
      'engagement',
    ],
    [
      'the person gives a consent',
      entry({
        own: true,
        organisationId: null,
        organisationName: null,
        role: 'participant',
        grant: 'self',
        kind: 'change',
        action: 'create',
        resourceType: 'consent',
      }),
      'self',
      'create',
      { key: 'accessLog.who.you' },
      'consent',
      null,
    ],
    [
      'staff see the person’s own change as the participant’s',
      entry({
        own: true,
        organisationName: null,
        role: 'participant',
        grant: 'self',
        kind: 'change',
        action: 'update',
        resourceType: 'goal',
      }),
      'staff',
      'update',
      { key: 'roles.participant' },
      'goal',
      null,
    ],
    [
      'a scheduled job removes a record',
      entry({
        organisationId: null,
        organisationName: null,
        role: null,
        kind: 'change',
        action: 'delete',
        grant: 'retention',
        resourceType: 'message',
      }),
      'self',
      'delete',
      { key: 'accessLog.who.system' },
      'message',
      null,
    ],
    [
      'a record kind the log does not name, and an unknown action that changed something',
      entry({ kind: 'change', action: 'anonymise', resourceType: 'something_new' }),
      'self',
      'update',
      staffWho('Arbetsförmedlingen', 'roles.caseworker'),
      'other',
      'consent',
    ],
  ] as const)('%s', (_name, row, viewer, action, who, what, grant) => {
    expect(describeAccess(row, viewer)).toEqual({
      sentenceKey: `accessLog.action.${action}`,
      who,
      whatKey: `accessLog.what.${what}`,
      grantKey: grant === null ? null : `accessLog.grant.${grant}`,
    });
  });
});

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string) =>
  key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);

describe('the words the log uses', () => {
  const keys = [
    ...NAMED_RECORDS.map((r) => `accessLog.what.${r}`),
    'accessLog.what.other',
    ...['read', 'create', 'update', 'delete'].map((a) => `accessLog.action.${a}`),
    ...['consent', 'own_organisation', 'engagement'].map((g) => `accessLog.grant.${g}`),
  ];
  it.each([
    ['sv', sv],
    ['en', en],
    ['ar', ar],
  ] as const)('exist in %s', (_lang, catalogue) => {
    expect(keys.filter((k) => typeof lookup(catalogue as Tree, k) !== 'string')).toEqual([]);
  });

  it('name every kind of record the server audits about a participant', () => {
    const root = join(__dirname, '../../../../server/modules');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.includes('.test.') ? [path] : [];
      });
    const audited = new Set(files(root).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/resourceType: '(\w+)'/g)].map((m) => m[1]!)));
    // Staff administration, procurement and governance rows name no participant, so the person never sees them.
    for (const adminOnly of [
      'user',
      'organisation',
      'retention_rule',
      'contract',
      'purchase',
      'forbund_party',
      'initiative',
      'survey',
      'survey_submission',
    ])
      audited.delete(adminOnly);
    expect([...audited].filter((r) => !(NAMED_RECORDS as readonly string[]).includes(r))).toEqual([]);
  });
});
