import type { EducationEntry, LanguageEntry, SectionContent, SectionKind, WorkEntry } from '../../../../../common/intake.ts';

/** An empty section of each kind, for a section nobody has written yet. */
export function emptyContent<K extends SectionKind>(kind: K): SectionContent[K] {
  const empty: SectionContent = {
    education: { entries: [] },
    work_experience: { entries: [] },
    languages: { entries: [] },
    driving_licence: { hasLicence: false, classes: '', country: '' },
    family: { text: '' },
    health: { text: '' },
    goals: { text: '' },
  };
  return empty[kind];
}

export const newEducation = (): EducationEntry => ({
  level: 'upper_secondary',
  field: '',
  country: '',
  fromYear: null,
  toYear: null,
  validation: 'not_validated',
});
export const newWork = (): WorkEntry => ({ occupation: '', country: '', fromYear: null, toYear: null });
export const newLanguage = (): LanguageEntry => ({ language: 'sv', level: 'beginner' });

/** A year field's text as the API wants it: a whole number, or null when empty or not a year. */
export function parseYear(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : null;
}

/** True when a section has nothing written in it, so the UI can say "not filled in yet" instead of showing blanks. */
export function isEmptySection(kind: SectionKind, content: Record<string, unknown>): boolean {
  if ('entries' in content) return (content.entries as unknown[]).length === 0;
  if (kind === 'driving_licence') return false;
  return String(content.text ?? '').trim() === '';
}
