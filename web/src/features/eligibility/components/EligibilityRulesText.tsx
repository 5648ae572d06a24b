import { List, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeRule, FACT_CATEGORY, type EligibilityResult, type Translate } from '../../../../../common/eligibility.ts';
import type { EligibilityRule } from '../../../../../common/offer.ts';

const MARK = { met: '✓', not_met: '✕', unknown: '?' } as const;
const COLOR = { met: 'green.9', not_met: 'red.9', unknown: 'gray.8' } as const;

/**
 * An intervention's eligibility rules in plain words; with a result for one person, each rule is marked met, not met
 * or unknown — and an unknown one says whose consent is missing.
 */
export function EligibilityRulesText({ rules, result }: { rules: readonly EligibilityRule[]; result?: EligibilityResult }) {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  if (rules.length === 0) return <Text size="sm">{t('eligibility.rules.everyone')}</Text>;
  return (
    <List spacing={4} size="sm" listStyleType={result ? 'none' : 'disc'}>
      {rules.map((rule, i) => {
        const outcome = result?.rules[i]?.result;
        const text = describeRule(rule, tr);
        if (!outcome) return <List.Item key={i}>{text}</List.Item>;
        const state =
          outcome === 'unknown'
            ? t('eligibility.unknownBecause', { category: t(`categories.${FACT_CATEGORY[rule.fact]}`) })
            : t(`eligibility.ruleResults.${outcome}`);
        return (
          <List.Item
            key={i}
            icon={
              <ThemeIcon size={18} radius="xl" variant="filled" color={COLOR[outcome]} c="white" fz={12} fw={700} aria-hidden>
                {MARK[outcome]}
              </ThemeIcon>
            }
          >
            {text}{' '}
            <Text span size="sm" c="dimmed">
              ({state})
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
