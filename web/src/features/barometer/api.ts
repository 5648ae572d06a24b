import type { OpenQuestion, RoleGroup, SurveyAudience } from '../../../../common/governance.ts';
import { http } from '../../lib/http.ts';
import type { Shown } from '../evaluation/api.ts';

export interface Statement {
  key: string;
  text: string;
}

export type RoundState = 'upcoming' | 'open' | 'closed';

export interface Survey {
  id: string;
  title: string;
  audience: SurveyAudience;
  opensOn: string;
  closesOn: string;
  statements: Statement[];
  state: RoundState;
  /** Answers so far, "< 5" when 1–4. */
  answers: Shown;
  version: number;
  mayChange: boolean;
}

export interface SurveyList {
  today: string;
  items: Survey[];
  mayCreate: boolean;
  defaultStatements: Record<SurveyAudience, Statement[]>;
}

/** A round the signed-in user may answer today. */
export interface OpenSurvey {
  id: string;
  title: string;
  audience: SurveyAudience;
  closesOn: string;
  statements: Statement[];
  roleGroups: RoleGroup[];
}

export interface StatementFigures {
  key: string;
  mean: number | null;
  /** How many rated it 1, 2, 3, 4 and 5. */
  distribution: number[] | null;
}

export type OrganisationRef = { id: string; name: string } | null;

export interface RoundFigures {
  answers: Shown;
  organisations: { organisation: OrganisationRef; answers: Shown; statements: StatementFigures[] }[];
  roleGroups: { roleGroup: RoleGroup; answers: Shown }[];
  total: StatementFigures[];
  texts: { question: OpenQuestion; answers: { text: string; organisation: OrganisationRef }[] }[];
}

export interface TrendRound {
  surveyId: string;
  title: string;
  opensOn: string;
  closesOn: string;
  answers: Shown;
  total: { key: string; text: string; mean: number | null }[];
  organisations: { organisation: OrganisationRef; answers: Shown; means: { key: string; mean: number | null }[] }[];
}

export interface SurveyResults {
  survey: Survey;
  smallCell: number;
  /** False until the round has closed: until then only the number of answers. */
  published: boolean;
  figures: RoundFigures;
  /** The closed rounds of the same audience up to this one, oldest first. */
  trend: TrendRound[];
}

export interface SurveyBody {
  title: string;
  audience: SurveyAudience;
  opensOn: string;
  closesOn: string;
  statements: Statement[];
}

export interface AnswerBody {
  roleGroup: RoleGroup;
  openAnswers: Partial<Record<OpenQuestion, string>>;
  ratings: Record<string, number>;
}

export const barometerKeys = {
  all: ['barometer'] as const,
  surveys: ['barometer', 'surveys'] as const,
  open: ['barometer', 'open'] as const,
  results: (id: string) => ['barometer', 'results', id] as const,
};

export const listSurveys = (): Promise<SurveyList> => http.get('/api/barometer/surveys', 'list barometer rounds');

export const saveSurvey = (id: string | null, body: SurveyBody & { version?: number }): Promise<Survey> =>
  id
    ? http.put(`/api/barometer/surveys/${id}`, body, 'change a barometer round')
    : http.post('/api/barometer/surveys', body, 'open a barometer round');

export const listOpenSurveys = (): Promise<{ items: OpenSurvey[] }> => http.get('/api/barometer/open', 'list rounds to answer');

export const answerSurvey = (id: string, body: AnswerBody): Promise<{ surveyId: string }> =>
  http.post(`/api/barometer/surveys/${id}/responses`, body, 'answer a barometer round');

export const getResults = (id: string): Promise<SurveyResults> =>
  http.get(`/api/barometer/surveys/${id}/results`, 'read barometer results');
