import type { ReactNode } from 'react';
import { Checkbox, NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { languageName } from '../../../lib/format.ts';
import { PREFERRED_LANGUAGES } from '../languages.ts';

export interface ContactValues {
  preferredLanguage: string;
  phone: string;
  email: string;
  address: string;
  interpreterNeeded: boolean;
}

interface ParticipantContactFieldsProps {
  values: ContactValues;
  /** A method, so that a form's setter for a larger set of values fits. */
  set<K extends keyof ContactValues>(key: K, value: ContactValues[K]): void;
  message: (field: keyof ContactValues) => string | undefined;
  /** Fields laid out in the same grid ahead of the contact fields (the identity, when registering). */
  leading?: ReactNode;
}

/** Language, phone, e-mail, address and interpreter need: the same fields when registering and when editing. */
export function ParticipantContactFields({ values, set, message, leading }: ParticipantContactFieldsProps) {
  const { t, i18n } = useTranslation();
  const languages = PREFERRED_LANGUAGES.map((code) => ({ code, name: languageName(code, i18n.language) })).sort((a, b) =>
    a.name.localeCompare(b.name, i18n.language),
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {leading}
        <NativeSelect
          label={t('participant.preferredLanguage')}
          value={values.preferredLanguage}
          error={message('preferredLanguage')}
          onChange={(event) => set('preferredLanguage', event.currentTarget.value)}
        >
          <option value="">{t('common.notStated')}</option>
          {languages.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </NativeSelect>
        <TextInput
          type="tel"
          label={t('participant.phone')}
          autoComplete="off"
          dir="ltr"
          maxLength={40}
          value={values.phone}
          error={message('phone')}
          onChange={(event) => set('phone', event.currentTarget.value)}
        />
        <TextInput
          type="email"
          label={t('participant.email')}
          autoComplete="off"
          dir="ltr"
          maxLength={limits.emailMax}
          value={values.email}
          error={message('email')}
          onChange={(event) => set('email', event.currentTarget.value)}
        />
        <Textarea
          label={t('participant.address')}
          autoComplete="off"
          autosize
          minRows={2}
          maxLength={limits.textMax}
          value={values.address}
          error={message('address')}
          onChange={(event) => set('address', event.currentTarget.value)}
        />
      </SimpleGrid>
      <Checkbox
        label={t('participant.interpreterNeeded')}
        checked={values.interpreterNeeded}
        onChange={(event) => set('interpreterNeeded', event.currentTarget.checked)}
      />
    </>
  );
}
