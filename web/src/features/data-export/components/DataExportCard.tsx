import { Button, Group, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES } from '../../../../../common/roles.ts';
import { useConsents } from '../../consents/hooks.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import type { PersonSectionProps } from '../../person/types.ts';
import { dataExportUrl } from '../api.ts';

interface DataExportCardProps {
  participantId: string;
  viewer: PersonSectionProps['viewer'];
}

/**
 * Everything Kitt holds about the person (GDPR art. 15): as a file and as a page to read and print. The person gets
 * the page in the language they use Kitt in; staff, producing it on the person's request, get the person's own.
 */
export function DataExportCard({ participantId, viewer }: DataExportCardProps) {
  const { t, i18n } = useTranslation();
  const self = viewer === 'self';
  const language = self ? i18n.language : undefined;
  const me = useCurrentUser();
  const consents = useConsents(participantId);
  // Staff export only what they may read: the person's consent to their organisation for every category.
  const consented = (consents.data?.items ?? []).filter((c) => c.organisationId === me.organisation?.id && c.status === 'active');
  const staffMay = DATA_CATEGORIES.every((category) => consented.some((c) => c.category === category));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-export-heading">
      <Title order={2} size="h3" id="data-export-heading" mb="xs">
        {self ? t('dataExport.title') : t('dataExport.staffTitle')}
      </Title>
      <Text size="sm" mb="md">
        {self ? t('dataExport.intro') : t('dataExport.staffIntro')}
      </Text>
      {!self && !staffMay && consents.data && <Text size="sm">{t('participants.dataExportNeedsConsent')}</Text>}
      {(self || staffMay) && (
        <Group gap="sm">
          <Button component="a" href={dataExportUrl(participantId, 'json', language)} download variant="light">
            {t('dataExport.downloadJson')}
          </Button>
          <Button component="a" href={dataExportUrl(participantId, 'html', language)} target="_blank" rel="noopener" variant="light">
            {t('dataExport.openHtml')}
            <VisuallyHidden> ({t('dataExport.opensNewTab')})</VisuallyHidden>
          </Button>
        </Group>
      )}
    </Paper>
  );
}
