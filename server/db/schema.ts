/** Every table, for Drizzle's typed queries and for drizzle-kit's migration generator. */
export * from '../modules/tenants/tables.ts';
export * from '../modules/users/tables.ts';
export * from '../modules/auth/tables.ts';
export * from '../modules/participants/tables.ts';
export * from '../lib/audit/tables.ts';
export * from '../modules/plan/tables.ts';
export * from '../modules/calendar/tables.ts';
export * from '../modules/progression/tables.ts';
export * from '../modules/intake/tables.ts';
export * from '../modules/messages/tables.ts';
export * from '../modules/gdpr/tables.ts';
export * from '../modules/notifications/tables.ts';
export * from '../modules/procurement/tables.ts';
export * from '../modules/catalogue/tables.ts';
export * from '../modules/circumstances/tables.ts';
export * from '../modules/referrals/tables.ts';
export * from '../modules/participations/tables.ts';
