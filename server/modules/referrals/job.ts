import type { Job } from '../../jobs.ts';
import { expireReferrals } from './service.ts';

/** Expiry, every hour: a sent referral nobody answered by its last working day becomes expired the day after. */
export const referralExpiryJob: Job = {
  name: 'referral-expiry',
  everyMs: 60 * 60 * 1000,
  run: async (database) => {
    await expireReferrals(database.db);
  },
};
