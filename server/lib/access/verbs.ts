/** The verb vocabulary lives in common/ so the web app can show what the server allows without copying the rules. */
export { isVerb, mayAttempt, VERBS, type Audience, type Verb } from '../../../common/verbs.ts';
