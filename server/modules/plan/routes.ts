import type { App, Deps } from '../../lib/http/app-type.ts';

export function planRoutes(_app: App, _deps: Deps) {}
