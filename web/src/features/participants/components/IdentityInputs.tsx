import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';

interface NameValues {
  givenName: string;
  familyName: string;
}

interface ParticipantNameInputsProps {
  values: NameValues;
  /** A method, so that a form's setter for a larger set of values fits. */
  set<K extends keyof NameValues>(key: K, value: NameValues[K]): void;
  message: (field: keyof NameValues) => string | undefined;
}

/** Given and family name, required, as searched for and as registered. */
export function ParticipantNameInputs({ values, set, message }: ParticipantNameInputsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('participantForm.givenName')}
        required
        autoComplete="off"
        maxLength={limits.nameMax}
        value={values.givenName}
        error={message('givenName')}
        onChange={(event) => set('givenName', event.currentTarget.value)}
      />
      <TextInput
        label={t('participantForm.familyName')}
        required
        autoComplete="off"
        maxLength={limits.nameMax}
        value={values.familyName}
        error={message('familyName')}
        onChange={(event) => set('familyName', event.currentTarget.value)}
      />
    </>
  );
}

interface IdentityInputProps {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** The birth date, which identifies a person who has no Swedish number. */
export function BirthDateInput({ value, error, onChange }: IdentityInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="date"
      label={t('participantForm.birthDate')}
      required
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** A personal or coordination number: digits typed left to right, whatever the page's direction. */
export function PersonalNumberInput({
  label,
  value,
  error,
  onChange,
  maw,
}: IdentityInputProps & { label: string; maw?: TextInputProps['maw'] }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={label}
      description={t('participantForm.personalNumberHint')}
      required
      inputMode="numeric"
      autoComplete="off"
      dir="ltr"
      maw={maw}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
