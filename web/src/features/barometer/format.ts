import type { TFunction } from 'i18next';
import type { SurveyAudience } from '../../../../common/governance.ts';
import type { OrganisationRef, RoundState } from './api.ts';

/** A mean on the 1–5 scale with one decimal in the page's language, or "–" where it is not published. */
export const meanText = (mean: number | null, locale: string) =>
  mean === null ? '–' : new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);

/** An organisation's name; answers without one are staff without an organisation, or (in their rounds) the participants. */
export const organisationLabel = (ref: OrganisationRef, audience: SurveyAudience, t: TFunction) =>
  ref ? ref.name : t(audience === 'staff' ? 'barometer.results.noOrganisation' : 'barometer.results.participants');

export const STATE_TONE: Record<RoundState, 'info' | 'success' | 'neutral'> = { upcoming: 'info', open: 'success', closed: 'neutral' };

/** The colours of a chart's series, in order: the total first, then the organisations. */
export const SERIES_COLOURS = ['#1864ab', '#1e6b34', '#a33c06', '#862e9c', '#495057', '#0b7285'];

/** A long text cut to fit beside a chart; the tables beside it have it in full. */
export const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
