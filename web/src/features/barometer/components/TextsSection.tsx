import { List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '../api.ts';

/**
 * The open answers to the four questions, sorted by their text (never in the order given), each named with its
 * organisation only where that organisation's group is large enough. Nothing when fewer than five have answered.
 */
export function TextsSection({ results: r }: { results: SurveyResults }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="barometer-texts">
      <Title order={3} size="h4" id="barometer-texts" mb="sm">
        {t('barometer.texts.title')}
      </Title>
      {r.figures.texts.length === 0 ? (
        <Text c="dimmed">{t('barometer.texts.none', { min: r.smallCell })}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {r.figures.texts.map((q) => (
            <div key={q.question}>
              <Title order={4} size="h5" mb={4}>
                {t(`barometer.questions.${q.question}`)}{' '}
                <Text span size="sm" c="dimmed" fw={400}>
                  ({t('barometer.texts.count', { n: q.answers.length })})
                </Text>
              </Title>
              {q.answers.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('barometer.texts.noAnswers')}
                </Text>
              ) : (
                <List size="sm" spacing={4}>
                  {q.answers.map((a, n) => (
                    <List.Item key={n}>
                      <span dir="auto">{a.text}</span>
                      {a.organisation && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          – <bdi>{a.organisation.name}</bdi>
                        </Text>
                      )}
                    </List.Item>
                  ))}
                </List>
              )}
            </div>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
