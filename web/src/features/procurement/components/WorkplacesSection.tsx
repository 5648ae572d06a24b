import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import type { Capacity } from '../api.ts';
import { useWorkplaces } from '../hooks.ts';

/** Places, places taken, free places and the waiting list, as one line of labelled figures. */
function CapacityLine({ capacity: c }: { capacity: Capacity }) {
  const { t } = useTranslation();
  const figures = [
    ['places', c.places],
    ['taken', c.placesTaken],
    ['free', c.freePlaces],
    ['waiting', c.waitingList],
  ] as const;
  return (
    <Group gap="md" wrap="wrap">
      {figures.map(([key, value]) => (
        <Text size="sm" key={key}>
          {t(`procurement.employer.${key}`)}: <Ltr>{value}</Ltr>
        </Text>
      ))}
    </Group>
  );
}

/** The municipality as employer: its own places by workplace, with what is free today. */
export function WorkplacesSection() {
  const { t } = useTranslation();
  const workplaces = useWorkplaces();
  return (
    <Stack gap="md" component="section" aria-labelledby="employer-heading">
      <Title order={2} size="h3" id="employer-heading">
        {t('procurement.employer.title')}
      </Title>
      <Text size="sm">{t('procurement.employer.intro')}</Text>
      {workplaces.isPending && <Loading />}
      <ErrorNotice error={workplaces.error} />
      {workplaces.data && workplaces.data.workplaces.length === 0 && <Text c="dimmed">{t('procurement.employer.none')}</Text>}
      {workplaces.data && workplaces.data.workplaces.length > 0 && (
        <>
          <Paper withBorder p="sm">
            <Text fw={600} size="sm">
              {t('procurement.employer.total')}
            </Text>
            <CapacityLine capacity={workplaces.data.total} />
          </Paper>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {workplaces.data.workplaces.map((w) => (
              <Paper component="li" withBorder p="md" key={w.workplace} aria-label={w.workplace}>
                <Stack gap={6}>
                  <Title order={3} size="h4">
                    <bdi>{w.workplace}</bdi>
                  </Title>
                  <CapacityLine capacity={w} />
                  <Stack gap={4} component="ul" style={{ paddingInlineStart: 18, margin: 0 }}>
                    {w.interventions.map((i) => (
                      <li key={i.id}>
                        <Anchor component={Link} to={`/catalogue/${i.id}`} size="sm">
                          <bdi>{i.name}</bdi>
                        </Anchor>
                        <Text size="xs">
                          {t(`offer.interventionKinds.${i.kind}`)} · <bdi>{i.organisationName}</bdi> · {t('procurement.employer.free')}:{' '}
                          <Ltr>
                            {i.freePlaces}/{i.places}
                          </Ltr>
                        </Text>
                      </li>
                    ))}
                  </Stack>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
