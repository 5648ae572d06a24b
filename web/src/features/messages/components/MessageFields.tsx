import { NativeSelect, Switch, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { languageName } from '../../../lib/format.ts';
import { PREFERRED_LANGUAGES } from '../../participants/languages.ts';
import type { OrganisationRef } from '../types.ts';

/** The language a writer most likely writes in: the interface language (easy Swedish is Swedish). */
export function defaultWritingLanguage(uiLanguage: string): string {
  return uiLanguage === 'sv-lattlast' ? 'sv' : uiLanguage;
}

export function BodyField(props: { id: string; value: string; onChange: (v: string) => void; language: string; missing: boolean }) {
  const { t } = useTranslation();
  return (
    <Textarea
      id={props.id}
      label={t('messages.body')}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      autosize
      minRows={3}
      maxLength={limits.textMax}
      required
      lang={props.language}
      dir="auto"
      error={props.missing ? t('messages.bodyRequired') : undefined}
    />
  );
}

/** Which language the text is written in: shown with the message so every reader knows. */
export function WritingLanguageSelect({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const { t, i18n } = useTranslation();
  const codes = PREFERRED_LANGUAGES.includes(value as (typeof PREFERRED_LANGUAGES)[number])
    ? PREFERRED_LANGUAGES
    : [value, ...PREFERRED_LANGUAGES];
  return (
    <NativeSelect id={id} label={t('messages.language')} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {codes.map((code) => (
        <option key={code} value={code}>
          {languageName(code, i18n.language)}
        </option>
      ))}
    </NativeSelect>
  );
}

/** Ask one of the organisations a question: it then waits for their answer, and shows when it is late. */
export function QuestionFields(props: {
  idPrefix: string;
  asking: boolean;
  onAsking: (asking: boolean) => void;
  to: string;
  onTo: (organisationId: string) => void;
  organisations: OrganisationRef[];
}) {
  const { t } = useTranslation();
  if (props.organisations.length === 0) return null;
  return (
    <>
      <Switch
        id={`${props.idPrefix}-asking`}
        label={t('messages.isQuestion')}
        description={t('messages.isQuestionHint')}
        checked={props.asking}
        onChange={(e) => props.onAsking(e.currentTarget.checked)}
      />
      {props.asking && (
        <NativeSelect
          id={`${props.idPrefix}-to`}
          label={t('messages.questionToLabel')}
          value={props.to}
          onChange={(e) => props.onTo(e.currentTarget.value)}
        >
          {props.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </NativeSelect>
      )}
    </>
  );
}
