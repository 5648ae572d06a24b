import { readConfig } from '../server/config.ts';
import { openConfiguredDatabase } from '../server/db/open.ts';
import { verifyAuditChains } from '../server/lib/audit/verify.ts';

/**
 * `npm run audit:verify`: recomputes every audit hash chain and reports where one breaks (ids and sequence numbers
 * only). Exits 1 when the log was tampered with. With the embedded database, stop Kitt first (one process per folder).
 */
const { database, release } = await openConfiguredDatabase(readConfig());
try {
  const report = await verifyAuditChains(database.db);
  console.log(`${report.chains} chains, ${report.events} audit rows: ${report.ok ? 'intact' : 'BROKEN'}`);
  for (const p of report.problems.slice(0, 50)) console.log(`  tenant ${p.tenantId} chain ${p.chainKey} row ${p.seq ?? '-'}: ${p.problem}`);
  process.exitCode = report.ok ? 0 : 1;
} finally {
  await database.close();
  release();
}
