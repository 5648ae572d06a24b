import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ELIGIBILITY_FACTS, type EligibilityFact, type EligibilityRule } from '../../../../../common/offer.ts';
import { SFI_LEVELS } from '../../../../../common/plan.ts';

const fresh = (fact: EligibilityFact): EligibilityRule =>
  fact === 'age' ? { fact, min: 18 } : fact === 'sfi_level' ? { fact, atLeast: 'B' } : { fact, equals: true };

/** Edits an intervention's eligibility rules: one row per fact, each with its own value; a fact at most once. */
export function EligibilityRulesEditor({ value, onChange }: { value: EligibilityRule[]; onChange: (rules: EligibilityRule[]) => void }) {
  const { t } = useTranslation();
  const used = new Set(value.map((r) => r.fact));
  const free = ELIGIBILITY_FACTS.filter((f) => !used.has(f));
  const factOptions = (own: EligibilityFact) =>
    ELIGIBILITY_FACTS.filter((f) => f === own || !used.has(f)).map((f) => ({ value: f, label: t(`eligibility.facts.${f}`) }));
  const set = (index: number, rule: EligibilityRule) => onChange(value.map((r, i) => (i === index ? rule : r)));
  return (
    <Stack gap="xs">
      {value.length === 0 && <Text size="sm">{t('eligibility.editor.none')}</Text>}
      {value.map((rule, index) => (
        <Paper key={rule.fact} withBorder p="xs">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('eligibility.editor.fact')}
              data={factOptions(rule.fact)}
              value={rule.fact}
              allowDeselect={false}
              onChange={(fact) => fact && set(index, fresh(fact as EligibilityFact))}
              w={260}
            />
            {rule.fact === 'age' && (
              <>
                <NumberInput
                  label={t('eligibility.editor.min')}
                  value={rule.min ?? ''}
                  min={0}
                  max={120}
                  allowDecimal={false}
                  onChange={(v) => set(index, { ...rule, min: typeof v === 'number' ? v : undefined })}
                  w={130}
                />
                <NumberInput
                  label={t('eligibility.editor.max')}
                  value={rule.max ?? ''}
                  min={0}
                  max={120}
                  allowDecimal={false}
                  onChange={(v) => set(index, { ...rule, max: typeof v === 'number' ? v : undefined })}
                  w={130}
                />
              </>
            )}
            {rule.fact === 'sfi_level' && (
              <Select
                label={t('eligibility.editor.level')}
                data={SFI_LEVELS.map((l) => ({ value: l, label: l }))}
                value={rule.atLeast}
                allowDeselect={false}
                onChange={(level) => level && set(index, { ...rule, atLeast: level as 'A' | 'B' | 'C' | 'D' })}
                w={140}
              />
            )}
            {'equals' in rule && (
              <Select
                label={t('eligibility.editor.value')}
                data={[
                  { value: 'yes', label: t('eligibility.editor.yes') },
                  { value: 'no', label: t('eligibility.editor.no') },
                ]}
                value={rule.equals ? 'yes' : 'no'}
                allowDeselect={false}
                onChange={(v) => set(index, { ...rule, equals: v === 'yes' })}
                w={120}
              />
            )}
            <ActionIcon
              variant="subtle"
              color="red.9"
              size="lg"
              aria-label={`${t('eligibility.editor.remove')}: ${t(`eligibility.facts.${rule.fact}`)}`}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ✕
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {free.length > 0 && (
        <Button variant="light" onClick={() => onChange([...value, fresh(free[0]!)])} style={{ alignSelf: 'flex-start' }}>
          {t('eligibility.editor.add')}
        </Button>
      )}
    </Stack>
  );
}
