import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolateLtr, Ltr } from '../../../ui/Ltr.tsx';
import { shownText } from '../../evaluation/format.ts';
import type { InitiativeDetail } from '../api.ts';

const FIGURES = ['participants', 'started', 'ended', 'inWorkOrStudies'] as const;

/** What the linked interventions' participations show, counted only, small counts "< 5" and what would reveal them "–". */
export function OutcomesSection({ outcomes }: { outcomes: InitiativeDetail['outcomes'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="initiative-outcomes">
      <Title order={2} size="h3" id="initiative-outcomes">
        {t('initiatives.outcomes.title')}
      </Title>
      <Text size="sm">
        {t('initiatives.outcomes.intro', { small: isolateLtr(t('evaluationExport.small')), hidden: t('evaluationExport.hidden') })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" style={{ margin: 0 }}>
        {FIGURES.map((f) => (
          <Paper key={f} withBorder p="sm">
            <Text component="dt" size="sm">
              {t(`initiatives.outcomes.${f}`)}
            </Text>
            <Text component="dd" fw={700} fz="xl" m={0}>
              <Ltr>{shownText(outcomes[f], t, i18n.language)}</Ltr>
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
