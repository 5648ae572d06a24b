import { ActionIcon, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EDUCATION_LEVELS,
  LANGUAGE_LEVELS,
  limitsIntake,
  VALIDATION_STATES,
  type EducationEntry,
  type LanguageEntry,
  type SectionContent,
  type SectionKind,
  type WorkEntry,
} from '../../../../../common/intake.ts';
import { languageName } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { PREFERRED_LANGUAGES } from '../../participants/languages.ts';
import { useWriteSection } from '../hooks.ts';
import { emptyContent, newEducation, newLanguage, newWork, parseYear } from './sectionForm.ts';

interface SectionEditorProps {
  participantId: string;
  kind: SectionKind;
  content: Record<string, unknown> | null;
  version: number | null;
  onDone: () => void;
}

/** Edits one section of the intake record; a stale version is refused by the server (409) and shown. */
export function SectionEditor({ participantId, kind, content, version, onDone }: SectionEditorProps) {
  const { t } = useTranslation();
  const write = useWriteSection(participantId);
  const [value, setValue] = useState<SectionContent[SectionKind]>(
    () => (content as SectionContent[SectionKind] | null) ?? emptyContent(kind),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate({ kind, content: value, version } as never, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Fields kind={kind} value={value} onChange={setValue} />
        <ErrorNotice error={write.error} />
        <Group>
          <Button type="submit" loading={write.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Fields({
  kind,
  value,
  onChange,
}: {
  kind: SectionKind;
  value: SectionContent[SectionKind];
  onChange: (v: SectionContent[SectionKind]) => void;
}) {
  const { t } = useTranslation();
  if (kind === 'family' || kind === 'health' || kind === 'goals') {
    const v = value as { text: string };
    return (
      <Textarea
        label={t(`intake.record.kinds.${kind}`)}
        description={t(`intake.record.hints.${kind}`)}
        autosize
        minRows={3}
        maxLength={limitsIntake.storyMax}
        value={v.text}
        onChange={(e) => onChange({ text: e.currentTarget.value })}
      />
    );
  }
  if (kind === 'driving_licence') {
    const v = value as SectionContent['driving_licence'];
    return (
      <Stack gap="xs">
        <Checkbox
          label={t('intake.record.hasLicence')}
          checked={v.hasLicence}
          onChange={(e) => onChange({ ...v, hasLicence: e.currentTarget.checked })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ShortText label={t('intake.record.licenceClasses')} entry={v} field="classes" onChange={onChange} />
          <ShortText label={t('intake.record.country')} entry={v} field="country" onChange={onChange} />
        </SimpleGrid>
      </Stack>
    );
  }
  return (
    <EntryList kind={kind} entries={(value as { entries: unknown[] }).entries} onChange={(entries) => onChange({ entries } as never)} />
  );
}

type EntryKind = 'education' | 'work_experience' | 'languages';

function EntryList({ kind, entries, onChange }: { kind: EntryKind; entries: unknown[]; onChange: (entries: unknown[]) => void }) {
  const { t } = useTranslation();
  const add = () => onChange([...entries, kind === 'education' ? newEducation() : kind === 'languages' ? newLanguage() : newWork()]);
  const update = (index: number, entry: unknown) => onChange(entries.map((e, i) => (i === index ? entry : e)));
  return (
    <Stack gap="sm">
      {entries.map((entry, index) => (
        <Paper key={index} withBorder p="sm" component="fieldset" aria-label={t('intake.record.entry', { n: index + 1 })}>
          <Group align="start" wrap="nowrap">
            <div style={{ flex: 1 }}>
              {kind === 'education' && <EducationFields entry={entry as EducationEntry} onChange={(e) => update(index, e)} />}
              {kind === 'work_experience' && <WorkFields entry={entry as WorkEntry} onChange={(e) => update(index, e)} />}
              {kind === 'languages' && <LanguageFields entry={entry as LanguageEntry} onChange={(e) => update(index, e)} />}
            </div>
            <ActionIcon
              variant="subtle"
              color="red.8"
              aria-label={t('intake.record.removeEntry', { n: index + 1 })}
              onClick={() => onChange(entries.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {entries.length < limitsIntake.entriesMax && (
        <div>
          <Button variant="light" size="compact-sm" onClick={add}>
            {t('intake.record.addEntry')}
          </Button>
        </div>
      )}
    </Stack>
  );
}

function YearInput({ label, value, onChange }: { label: string; value: number | null; onChange: (v: number | null) => void }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  return (
    <TextInput
      label={label}
      inputMode="numeric"
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        onChange(parseYear(e.currentTarget.value));
      }}
    />
  );
}

type TextKey<E> = { [K in keyof E]: E[K] extends string ? K : never }[keyof E];

/** One short text of an entry (or of the driving licence): every such field has the same limit. */
function ShortText<E>({ label, entry, field, onChange }: { label: string; entry: E; field: TextKey<E>; onChange: (e: E) => void }) {
  return (
    <TextInput
      label={label}
      value={entry[field] as string}
      maxLength={limitsIntake.shortTextMax}
      onChange={(e) => onChange({ ...entry, [field]: e.currentTarget.value })}
    />
  );
}

/** A choice among fixed values, each shown by its own label. */
function Choice<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <NativeSelect label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
      {options.map((option) => (
        <option key={option} value={option}>
          {optionLabel(option)}
        </option>
      ))}
    </NativeSelect>
  );
}

/** Where and when: the same three fields for an education and a job. */
function CountryAndYears<E extends { country: string; fromYear: number | null; toYear: number | null }>({
  entry,
  onChange,
}: {
  entry: E;
  onChange: (e: E) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ShortText label={t('intake.record.country')} entry={entry} field={'country' as TextKey<E>} onChange={onChange} />
      <YearInput label={t('intake.record.fromYear')} value={entry.fromYear} onChange={(v) => onChange({ ...entry, fromYear: v })} />
      <YearInput label={t('intake.record.toYear')} value={entry.toYear} onChange={(v) => onChange({ ...entry, toYear: v })} />
    </>
  );
}

function EducationFields({ entry, onChange }: { entry: EducationEntry; onChange: (e: EducationEntry) => void }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Choice
        label={t('intake.record.level')}
        value={entry.level}
        options={EDUCATION_LEVELS}
        optionLabel={(l) => t(`intake.record.levels.${l}`)}
        onChange={(level) => onChange({ ...entry, level })}
      />
      <ShortText label={t('intake.record.field')} entry={entry} field="field" onChange={onChange} />
      <CountryAndYears entry={entry} onChange={onChange} />
      <Choice
        label={t('intake.record.validation')}
        value={entry.validation}
        options={VALIDATION_STATES}
        optionLabel={(v) => t(`intake.record.validations.${v}`)}
        onChange={(validation) => onChange({ ...entry, validation })}
      />
    </SimpleGrid>
  );
}

function WorkFields({ entry, onChange }: { entry: WorkEntry; onChange: (e: WorkEntry) => void }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <ShortText label={t('intake.record.occupation')} entry={entry} field="occupation" onChange={onChange} />
      <CountryAndYears entry={entry} onChange={onChange} />
    </SimpleGrid>
  );
}

function LanguageFields({ entry, onChange }: { entry: LanguageEntry; onChange: (e: LanguageEntry) => void }) {
  const { t, i18n } = useTranslation();
  // A language written by someone else may be outside the usual list: keep it selectable rather than lose it.
  const codes: readonly string[] = PREFERRED_LANGUAGES.includes(entry.language as never)
    ? PREFERRED_LANGUAGES
    : [entry.language, ...PREFERRED_LANGUAGES];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Choice
        label={t('intake.record.language')}
        value={entry.language}
        options={codes}
        optionLabel={(code) => languageName(code, i18n.language)}
        onChange={(language) => onChange({ ...entry, language })}
      />
      <Choice
        label={t('intake.record.languageLevel')}
        value={entry.level}
        options={LANGUAGE_LEVELS}
        optionLabel={(l) => t(`intake.record.languageLevels.${l}`)}
        onChange={(level) => onChange({ ...entry, level })}
      />
    </SimpleGrid>
  );
}
