import type { App, Deps } from '../../lib/http/app-type.ts';

export function progressionRoutes(_app: App, _deps: Deps) {}
