import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ConsentRequiredTopic = 'participant' | 'engagements' | 'consents' | 'progression' | 'intake' | 'plan' | 'messages';

/** Says plainly that the person's consent is missing, rather than showing nothing. */
export function ConsentRequiredNotice({ topic }: { topic: ConsentRequiredTopic }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('consentRequired.title')}>
      {/* The messages sentence lives in the feature's own namespace. */}
      {topic === 'messages' ? t('messages.consentRequired') : t(`consentRequired.${topic}`)}
    </Alert>
  );
}
