import { buildWebIfStale } from '../../scripts/build-web.ts';

/** The browser tests run against the built web app, served by Kitt itself. */
export default async function setup() {
  await buildWebIfStale();
}
