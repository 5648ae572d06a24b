import { Button, Group, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-export-heading">
      <Title order={2} size="h3" id="data-export-heading" mb="xs">
        {self ? t('dataExport.title') : t('dataExport.staffTitle')}
      </Title>
      <Text size="sm" mb="md">
        {self ? t('dataExport.intro') : t('dataExport.staffIntro')}
      </Text>
      <Group gap="sm">
        <Button component="a" href={dataExportUrl(participantId, 'json', language)} download variant="light">
          {t('dataExport.downloadJson')}
        </Button>
        <Button component="a" href={dataExportUrl(participantId, 'html', language)} target="_blank" rel="noopener" variant="light">
          {t('dataExport.openHtml')}
          <VisuallyHidden> ({t('dataExport.opensNewTab')})</VisuallyHidden>
        </Button>
      </Group>
    </Paper>
  );
}
