import { buildWebIfStale } from './build-web.ts';

/** `npm start`: builds the web app when its sources changed since the last build, then starts the server. */
await buildWebIfStale();
await import('../server/main.ts');
