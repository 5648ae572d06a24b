import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../i18n/index.ts';

/** Each language is named in itself, so a person who cannot read the current one still finds theirs. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      size="sm"
      aria-label={t('language.label')}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      w={120}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t('meta.name', { lng: language })}
        </option>
      ))}
    </NativeSelect>
  );
}
