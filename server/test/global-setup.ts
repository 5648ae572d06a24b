import { dropTemplate, prepareTemplate, type Backend } from './backends.ts';

/** Vitest global setup: one migrated template per run and backend, which every test file copies. */
export const templateSetup = (which: Backend) => async () => {
  await prepareTemplate(which);
  return async () => dropTemplate(which);
};
