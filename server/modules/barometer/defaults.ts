import type { SurveyAudience } from '../../../common/governance.ts';

export interface Statement {
  key: string;
  text: string;
}

/**
 * The statements a new round asks when its creator gives none, in the style of the national indicators for
 * collaboration: the staff's about the shared picture, contacts, information, effect and leadership (the Trelleborg
 * workshop's "getting an answer when you call" among them); the participants' about being heard and one plan. The keys
 * stay the same from round to round, so that the trend compares like with like.
 */
export const DEFAULT_STATEMENTS: Record<SurveyAudience, readonly Statement[]> = {
  staff: [
    { key: 'shared_picture', text: 'Vi har en gemensam bild av deltagarens behov' },
    { key: 'know_whom_to_contact', text: 'Jag vet vem jag ska kontakta hos de andra organisationerna' },
    { key: 'get_an_answer', text: 'Jag får svar när jag kontaktar de andra organisationerna' },
    { key: 'information_flows', text: 'Informationen mellan organisationerna fungerar' },
    { key: 'makes_a_difference', text: 'Samverkan gör skillnad för deltagarna' },
    { key: 'management_support', text: 'Ledningen ger förutsättningar för samverkan' },
  ],
  participants: [
    { key: 'listened_to', text: 'Jag blir lyssnad på' },
    { key: 'know_whom_to_contact', text: 'Jag vet vem jag ska kontakta när jag behöver hjälp' },
    { key: 'plan_fits_together', text: 'Det jag gör hos de olika organisationerna hänger ihop' },
    { key: 'understand_next_step', text: 'Jag förstår min plan och vad som händer härnäst' },
    { key: 'support_helps', text: 'Stödet hjälper mig närmare arbete eller studier' },
  ],
};

/** The most statements a round asks, and their limits. */
export const STATEMENTS_MAX = 12;
export const STATEMENT_TEXT_MAX = 300;
export const STATEMENT_KEY_PATTERN = '^[a-z][a-z0-9_]{0,39}$';
/** Round dates lie in these years. */
export const SURVEY_YEARS = { min: 2000, max: 2099 } as const;
