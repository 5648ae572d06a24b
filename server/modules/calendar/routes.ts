import type { App, Deps } from '../../lib/http/app-type.ts';

export function calendarRoutes(_app: App, _deps: Deps) {}
