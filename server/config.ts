import path from 'node:path';

/** Everything Kitt reads from the environment, read once. Each variable is documented in the README. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database and its lock file; unused when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl: string | null;
  /** Load demo data: always on first start with the embedded database, only with KITT_DEMO=1 on PostgreSQL. */
  demo: boolean;
  demoPassword: string;
  logLevel: string;
  secureCookies: boolean;
  sessionMaxAgeMs: number;
  sessionIdleMs: number;
  loginAttemptsPerWindow: number;
  loginWindowMs: number;
  /** Reads of the public register one address may make per minute (the register needs no sign-in). */
  publicReadsPerMinute: number;
  trustProxy: boolean;
  /** Days Kitt's clock runs ahead, for browser tests of what becomes overdue; never in production. */
  clockOffsetDays: number;
  /** SMTP server for notification e-mail (smtp:// or smtps://); null keeps e-mail in the outbox (development). */
  smtpUrl: string | null;
  mailFrom: string;
  /** Kitt's address as users reach it, for the links in e-mails. */
  publicUrl: string;
}

export const DEFAULT_DEMO_PASSWORD = 'kitt-demo-2026';

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

function clockOffset(env: NodeJS.ProcessEnv): number {
  const days = int(env.KITT_CLOCK_OFFSET_DAYS, 0, 'KITT_CLOCK_OFFSET_DAYS');
  if (days !== 0 && env.NODE_ENV === 'production') throw new Error('KITT_CLOCK_OFFSET_DAYS is for tests and cannot be set in production');
  return days;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL ? env.DATABASE_URL : null;
  return {
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.KITT_DATA_DIR || './data'),
    databaseUrl,
    demo: databaseUrl ? env.KITT_DEMO === '1' : env.KITT_DEMO !== '0',
    demoPassword: env.KITT_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    logLevel: env.KITT_LOG_LEVEL || 'info',
    secureCookies: env.KITT_SECURE_COOKIES ? env.KITT_SECURE_COOKIES === '1' : env.NODE_ENV === 'production',
    sessionMaxAgeMs: int(env.KITT_SESSION_MAX_AGE_MINUTES, 12 * 60, 'KITT_SESSION_MAX_AGE_MINUTES') * 60_000,
    sessionIdleMs: int(env.KITT_SESSION_IDLE_MINUTES, 30, 'KITT_SESSION_IDLE_MINUTES') * 60_000,
    loginAttemptsPerWindow: int(env.KITT_LOGIN_ATTEMPTS, 10, 'KITT_LOGIN_ATTEMPTS'),
    loginWindowMs: int(env.KITT_LOGIN_WINDOW_MINUTES, 15, 'KITT_LOGIN_WINDOW_MINUTES') * 60_000,
    publicReadsPerMinute: int(env.KITT_PUBLIC_READS_PER_MINUTE, 120, 'KITT_PUBLIC_READS_PER_MINUTE'),
    trustProxy: env.KITT_TRUST_PROXY === '1',
    clockOffsetDays: clockOffset(env),
    smtpUrl: env.KITT_SMTP_URL || null,
    mailFrom: env.KITT_MAIL_FROM || 'Kitt <kitt@localhost>',
    publicUrl: (env.KITT_PUBLIC_URL || `http://localhost:${int(env.PORT, 3000, 'PORT')}`).replace(/\/+$/, ''),
  };
}
