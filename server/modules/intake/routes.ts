import type { App, Deps } from '../../lib/http/app-type.ts';

export function intakeRoutes(_app: App, _deps: Deps) {}
