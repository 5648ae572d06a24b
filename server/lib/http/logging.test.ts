import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { readConfig } from '../../config.ts';
import { testPersonalNumber } from '../../demo/numbers.ts';
import { freshDatabase } from '../../test/backends.ts';
import { buildOrganisation, buildTenant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn } from '../../test/harness.ts';
import type { App } from './app-type.ts';
import { loggerOptions } from './logging.ts';

let app: App;
let dispose: () => Promise<void>;
let logged = '';

beforeAll(async () => {
  const fresh = await freshDatabase();
  dispose = fresh.dispose;
  const stream = new Writable({
    write(chunk, _enc, done) {
      logged += chunk.toString();
      done();
    },
  });
  app = await buildApp({ database: fresh.database, config: readConfig({}), logger: { ...(loggerOptions('info') as object), stream } });
  const tenantId = await buildTenant(fresh.database.db);
  const org = await buildOrganisation(fresh.database.db, tenantId);
  const user = await buildUser(fresh.database.db, tenantId, { roles: ['caseworker'], organisationId: org });
  const s = await signIn(app, user.email, TEST_PASSWORD);
  const pnr = testPersonalNumber('1984-02-29', 7);
  await s.send('POST', '/api/participants', {
    givenName: 'Zainabtestname',
    familyName: 'Loggsson',
    idKind: 'personnummer',
    personalNumber: pnr,
    phone: '070-5550123',
  });
  await s.send('POST', '/api/participants', {
    givenName: 'Zainabtestname',
    familyName: 'Loggsson',
    idKind: 'personnummer',
    personalNumber: pnr,
  });
  await s.get('/api/participants?q=Zainabtestname');
  await s.send('POST', '/api/participants', {
    givenName: 'Zainabtestname',
    familyName: 'Loggsson',
    idKind: 'personnummer',
    personalNumber: '19840229-0000',
  });
  await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'wrong-secret-password' } });
});

afterAll(async () => {
  await app.close();
  await dispose();
});

describe('logs hold no personal data', () => {
  it('logs requests by path and id, without query strings, names, numbers, e-mail addresses, passwords or cookies', () => {
    expect(logged).toContain('"path":"/api/participants"');
    for (const secret of [
      'Zainabtestname',
      'Loggsson',
      '19840229',
      '840229',
      '070-5550123',
      'wrong-secret-password',
      'kitt_session=',
      TEST_PASSWORD,
      '@test.example',
    ]) {
      expect(logged, secret).not.toContain(secret);
    }
  });
});
