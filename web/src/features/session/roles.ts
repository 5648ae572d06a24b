import type { Verb } from '../../../../common/verbs.ts';
import type { Me } from './api.ts';

/** Whether the server lets this user attempt `verb` at all (from GET /api/me); record rules are the server's alone. */
export function allows(me: Pick<Me, 'allowedVerbs'>, verb: Verb): boolean {
  return me.allowedVerbs.includes(verb);
}
