import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InitiativeState } from '../../../../../common/governance.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import type { Initiative } from '../api.ts';
import { nextSteps } from '../forms.ts';
import { useInitiative } from '../hooks.ts';
import { HistorySection } from './HistorySection.tsx';
import { InitiativeFacts } from './InitiativeFacts.tsx';
import { InitiativeFormModal } from './InitiativeFormModal.tsx';
import { OutcomesSection } from './OutcomesSection.tsx';
import { riskText, StateBadge } from './StateBadge.tsx';
import { StepFormModal } from './StepFormModal.tsx';

/**
 * One initiative: what it is and who owns and funds it, how far it has come (its evaluation, its implementation or
 * why it ended), what its linked interventions' participations show, and its history; for the preparation group the
 * change form and the steps its state may take next.
 */
export function InitiativePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const initiative = useInitiative(id);
  const item = initiative.data;
  usePageTitle(item?.name ?? t('initiatives.title'));
  const [editing, setEditing] = useState(false);
  const [step, setStep] = useState<InitiativeState | null>(null);
  if (initiative.isPending) return <Loading />;
  if (!item) return <ErrorNotice error={initiative.error} />;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/initiatives" size="sm">
        {t('initiatives.back')}
      </Anchor>
      <Stack gap={6}>
        {/* A long Swedish compound must not widen a phone's page. */}
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          <bdi>{item.name}</bdi>
        </Title>
        <Group gap="xs">
          <StateBadge state={item.state} />
          <Text size="sm">{t(`initiatives.kinds.${item.kind}`)}</Text>
        </Group>
      </Stack>
      {item.atRisk.length > 0 && (
        <Alert color="orange" variant="light" title={t('initiatives.risk.one')}>
          {riskText(item, t)}
        </Alert>
      )}
      {item.mayChange && <Actions initiative={item} onEdit={() => setEditing(true)} onStep={setStep} />}
      <InitiativeFacts initiative={item} />
      <OutcomesSection outcomes={item.outcomes} />
      <HistorySection events={item.events} />
      {editing && <InitiativeFormModal initiative={item} onClose={() => setEditing(false)} />}
      {step && <StepFormModal initiative={item} to={step} onClose={() => setStep(null)} />}
    </Stack>
  );
}

/** Change, and the steps the lifecycle allows from here: on towards regular operations first, ending last. */
function Actions({ initiative, onEdit, onStep }: { initiative: Initiative; onEdit: () => void; onStep: (to: InitiativeState) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('initiatives.actions')}>
      {nextSteps(initiative.state).map((to) => (
        <Button key={to} variant={to === 'ended' ? 'default' : 'filled'} onClick={() => onStep(to)}>
          {t(`initiatives.steps.${to}`)}
        </Button>
      ))}
      <Button variant="default" onClick={onEdit}>
        {t('initiatives.change')}
      </Button>
    </Group>
  );
}
