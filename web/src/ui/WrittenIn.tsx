import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageName } from '../lib/format.ts';

/** The label under text a person wrote (a goal, a message): shown as written, named with its language. */
export function WrittenIn({ language }: { language: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!language) return null;
  return (
    <Text size="xs" c="dimmed">
      {t('common.writtenIn', { language: languageName(language, i18n.language) })}
    </Text>
  );
}
