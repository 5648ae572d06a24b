import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../i18n/languages.ts';
import type { PersonSectionProps } from '../../person/types.ts';

/**
 * The plan on paper: a PDF to download and the browser's print (print.css leaves only the plan). The person gets
 * the PDF in the language they read Kitt in; staff get it in the person's own language (Swedish when unknown).
 */
export function PlanDocumentButtons({ participantId, viewer }: PersonSectionProps) {
  const { t, i18n } = useTranslation();
  const query = viewer === 'self' && isLanguage(i18n.language) ? `?language=${encodeURIComponent(i18n.language)}` : '';
  return (
    <Group gap="xs" className="no-print" role="group" aria-label={t('documents.tools')}>
      <Button component="a" href={`/api/participants/${participantId}/plan.pdf${query}`} download variant="default">
        {viewer === 'self' ? t('documents.downloadPdf') : t('documents.downloadPdfStaff')}
      </Button>
      <Button variant="default" onClick={() => window.print()}>
        {t('documents.print')}
      </Button>
    </Group>
  );
}
