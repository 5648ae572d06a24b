import { Chip, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { INITIATIVE_STATES } from '../../../../../common/governance.ts';

const ALL = 'all';

/** The list's filters: one state (or all) as chips, only those at risk, and words in the text. */
export function InitiativeFilters({
  value,
  onState,
  onAtRisk,
  onSearch,
}: {
  value: { state: string | null; atRisk: boolean; q: string };
  onState: (state: string | null) => void;
  onAtRisk: (atRisk: boolean) => void;
  onSearch: (q: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <form role="search" aria-label={t('initiatives.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <Stack gap="sm">
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend>
            <Text size="sm" fw={600} mb={6}>
              {t('initiatives.filters.state')}
            </Text>
          </legend>
          <Chip.Group value={value.state ?? ALL} onChange={(state) => onState(state === ALL ? null : state)}>
            <Group gap={6}>
              <Chip value={ALL} size="sm" name="initiative-state">
                {t('initiatives.filters.allStates')}
              </Chip>
              {INITIATIVE_STATES.map((s) => (
                <Chip key={s} value={s} size="sm" name="initiative-state">
                  {t(`initiatives.states.${s}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </fieldset>
        <Group align="flex-end" gap="lg">
          <TextInput
            type="search"
            label={t('initiatives.filters.search')}
            placeholder={t('initiatives.filters.searchPlaceholder')}
            value={value.q}
            maxLength={limits.searchMax}
            onChange={(event) => onSearch(event.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          <Switch
            label={t('initiatives.filters.atRiskOnly')}
            checked={value.atRisk}
            onChange={(event) => onAtRisk(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
      </Stack>
    </form>
  );
}
