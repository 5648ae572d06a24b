import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolateText } from '../../../ui/Ltr.tsx';
import type { LawProblem } from '../figures.ts';

/** What keeps the parties from the law's split, in words ("Försäkringskassan saknas som part."), with what it blocks. */
export function LawProblemsNotice({
  problems,
  title,
  after,
  partyName,
}: {
  problems: LawProblem[];
  title: string;
  after?: string;
  partyName: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={title} role="alert">
      <List size="sm">
        {problems.map((p, i) => (
          <List.Item key={i}>
            {p.key === 'missing'
              ? t(`forbund.law.missing.${p.kind}`)
              : p.key === 'duplicate_region'
                ? t('forbund.law.duplicate_region')
                : t('forbund.law.weight_not_positive', { party: isolateText(partyName(p.partyId)) })}
          </List.Item>
        ))}
      </List>
      {after && (
        <Text size="sm" mt={4}>
          {after}
        </Text>
      )}
    </Alert>
  );
}
