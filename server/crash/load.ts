import { testPersonalNumber } from '../demo/numbers.ts';
import { todayInSweden } from '../lib/dates.ts';

/** A signed-in API user. The session lives in the database, so it outlives every restart of the server. */
export interface ApiUser {
  email: string;
  cookie: string;
  csrfToken: string;
  organisationId: string;
}

export interface Response {
  status: number;
  body: any;
}

const TIMEOUT_MS = 15_000;

export async function call(baseUrl: string, user: ApiUser | null, method: string, url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (user) headers.cookie = user.cookie;
  if (user && method !== 'GET') headers['x-csrf-token'] = user.csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: keep the text for the failure message.
  }
  return { status: res.status, body: parsed };
}

/** Signs in through the API and reads the CSRF token and organisation from /api/me. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<ApiUser> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('kitt_session='));
  if (!session) throw new Error(`login for ${email} set no session cookie`);
  const user: ApiUser = { email, cookie: session.split(';')[0]!, csrfToken: '', organisationId: '' };
  const me = await call(baseUrl, user, 'GET', '/api/me');
  if (me.status !== 200) throw new Error(`/api/me failed for ${email}: ${me.status}`);
  return { ...user, csrfToken: me.body.csrfToken, organisationId: me.body.organisation.id };
}

export interface AckedParticipant {
  id: string;
  user: ApiUser;
  organisationId: string;
  familyName: string;
  personalNumber: string | null;
  birthDate: string;
  trial: number;
}

export interface AckedConsent {
  id: string;
  participantId: string;
  user: ApiUser;
  trial: number;
}

/** Every write the server acknowledged with a 2xx, and every answer that was neither a 2xx nor a lost connection. */
export interface Ledger {
  participants: AckedParticipant[];
  consents: AckedConsent[];
  /** Requests that got no answer: the server died with them in flight; they may or may not have committed. */
  unanswered: number;
  unexpected: string[];
}

export const newLedger = (): Ledger => ({ participants: [], consents: [], unanswered: 0, unexpected: [] });

/** Marks every participant the load creates, so the checks find the unacknowledged ones too. */
export const LOAD_GIVEN_NAME = 'Krasch';

const BASE_DAY = Date.parse('1930-01-01T00:00:00Z');

/**
 * The k-th participant of a run: unique personal numbers from Skatteverket's test series (born before the demo's
 * people, 20 per birth date), every third one a reserve id with only a birth date, every seventh a samordningsnummer.
 */
export function participantInput(k: number) {
  const birthDate = new Date(BASE_DAY + Math.floor(k / 20) * 86_400_000).toISOString().slice(0, 10);
  const familyName = `Test-${k}`;
  const common = { givenName: LOAD_GIVEN_NAME, familyName, preferredLanguage: 'sv', interpreterNeeded: k % 2 === 0, phone: '070-1234567' };
  if (k % 3 === 0) return { ...common, idKind: 'reserve' as const, birthDate, personalNumber: null };
  const coordination = k % 7 === 0;
  const personalNumber = testPersonalNumber(birthDate, k, coordination);
  return { ...common, idKind: coordination ? ('samordningsnummer' as const) : ('personnummer' as const), personalNumber, birthDate };
}

/** Write load: `clients` loops per user, each creating a participant and, for most, recording a paper consent. */
export class WriteLoad {
  private stopped = false;
  private loops: Promise<void>[] = [];
  private static counter = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly users: ApiUser[],
    private readonly ledger: Ledger,
    private readonly trial: number,
  ) {}

  start(clientsPerUser: number): void {
    for (const user of this.users) for (let i = 0; i < clientsPerUser; i++) this.loops.push(this.loop(user));
  }

  /** Stops issuing requests and waits until every request in flight has settled. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  private async send(user: ApiUser, url: string, body: unknown): Promise<Response | null> {
    try {
      const res = await call(this.baseUrl, user, 'POST', url, body);
      if (res.status < 200 || res.status > 299) {
        this.ledger.unexpected.push(`trial ${this.trial}: POST ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
        return null;
      }
      return res;
    } catch {
      this.ledger.unanswered++;
      return null;
    }
  }

  private async loop(user: ApiUser): Promise<void> {
    while (!this.stopped) {
      const k = WriteLoad.counter++;
      const input = participantInput(k);
      const { personalNumber, ...rest } = input;
      const created = await this.send(user, '/api/participants', personalNumber ? { ...rest, personalNumber } : rest);
      if (!created) {
        if (!this.stopped) await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      const p = created.body.participant as { id: string };
      this.ledger.participants.push({
        id: p.id,
        user,
        organisationId: user.organisationId,
        familyName: input.familyName,
        personalNumber: personalNumber,
        birthDate: input.birthDate,
        trial: this.trial,
      });
      if (k % 4 === 3 || this.stopped) continue;
      const today = todayInSweden();
      const consent = await this.send(user, `/api/participants/${p.id}/consents`, {
        organisationId: user.organisationId,
        category: 'identity',
        validFrom: today,
        validTo: null,
        method: 'paper',
        documentDate: today,
      });
      if (consent) this.ledger.consents.push({ id: consent.body.consent.id, participantId: p.id, user, trial: this.trial });
    }
  }
}

/**
 * Reads acknowledged writes back through the API as the user who made them: the participant, and its consents.
 * Returns a list of problems (empty when everything is there).
 */
export async function readBack(baseUrl: string, participants: AckedParticipant[], consents: AckedConsent[]): Promise<string[]> {
  const problems: string[] = [];
  for (const p of participants) {
    const res = await call(baseUrl, p.user, 'GET', `/api/participants/${p.id}`);
    if (res.status !== 200) problems.push(`participant ${p.id} (trial ${p.trial}): GET → ${res.status}`);
    else if (res.body.name !== `${LOAD_GIVEN_NAME} ${p.familyName}` || res.body.birthDate !== p.birthDate) {
      problems.push(`participant ${p.id} (trial ${p.trial}): read back ${JSON.stringify(res.body)}`);
    }
  }
  const byParticipant = new Map<string, AckedConsent[]>();
  for (const c of consents) byParticipant.set(c.participantId, [...(byParticipant.get(c.participantId) ?? []), c]);
  for (const [participantId, list] of byParticipant) {
    const res = await call(baseUrl, list[0]!.user, 'GET', `/api/participants/${participantId}/consents`);
    const ids = new Set(res.status === 200 ? (res.body.items as { id: string }[]).map((c) => c.id) : []);
    for (const c of list)
      if (!ids.has(c.id)) problems.push(`consent ${c.id} of ${participantId} (trial ${c.trial}): not listed (GET → ${res.status})`);
  }
  return problems;
}
