import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../../../common/plan.ts';
import { limits } from '../../../../../common/limits.ts';
import { today } from '../../../lib/format.ts';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { useFields } from '../../../lib/useFields.ts';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { OrganisationSelect } from '../../organisations/components/OrganisationSelect.tsx';
import { useCurrentUser } from '../../session/hooks.ts';
import { useCreateActivity, useUpdateActivity } from '../hooks.ts';
import type { Activity, Goal, SavedActivity } from '../types.ts';
import {
  activityFormOf,
  emptyActivityForm,
  toActivityChange,
  toNewActivity,
  validateActivityForm,
  type ActivityFormErrors,
} from './activityForm.ts';
import { PlanErrorNotice } from './PlanErrorNotice.tsx';
import { PrerequisiteFields } from './PrerequisiteFields.tsx';
import { ScheduleFields } from './ScheduleFields.tsx';

interface ActivityFormModalProps {
  participantId: string;
  viewer: 'staff' | 'self';
  goals: Goal[];
  /** The activity to edit; a new one when absent. */
  activity?: Activity;
  onClose: () => void;
  onSaved: (saved: SavedActivity) => void;
  onReload: () => void;
}

const AGENCY_KINDS = ACTIVITY_KINDS.filter((k) => k !== 'own_activity');

/**
 * Adds or edits an activity: kind, owner, period, schedule, place, goal and prerequisites; a new one starts as
 * proposed or planned. The person's own has no owner and no prerequisites.
 */
export function ActivityFormModal({ participantId, viewer, goals, activity, onClose, onSaved, onReload }: ActivityFormModalProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const wide = useWideScreen('sm');
  const own = activity ? activity.kind === 'own_activity' : viewer === 'self';
  const coordinator = me.user.roles.includes('coordinator');
  const { values, set } = useFields(activity ? activityFormOf(activity) : emptyActivityForm(today(), me.organisation?.id ?? '', own));
  const [errors, setErrors] = useState<ActivityFormErrors>({});
  const create = useCreateActivity(participantId);
  const update = useUpdateActivity(participantId, activity?.id ?? '');
  const mutation = activity ? update : create;
  // Only the owner organisation's staff say an activity is agreed; the person's own is agreed by being theirs.
  const mayAgree = !own && (activity ? activity.allowed.agree : values.ownerOrganisationId === me.organisation?.id);
  const message = (key: string) => (errors[key] ? t(`plan.form.${errors[key]}`) : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validateActivityForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    const done = { onSuccess: (saved: SavedActivity) => onSaved(saved), onError: () => focusFirstInvalid(form) };
    if (activity) update.mutate(toActivityChange(values, activity), done);
    else create.mutate({ ...toNewActivity(values), ...(mayAgree ? {} : { agreed: undefined }) }, done);
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={activity ? t('plan.form.editTitle') : t('plan.form.createTitle')}
      size="xl"
      fullScreen={!wide}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {!own && (
            <NativeSelect
              label={t('plan.form.kind')}
              value={values.kind}
              required
              error={message('kind')}
              onChange={(e) => set('kind', e.currentTarget.value as ActivityKind)}
            >
              <option value="">{t('common.choose')}</option>
              {AGENCY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`plan.kinds.${kind}`)}
                </option>
              ))}
            </NativeSelect>
          )}
          <TextInput
            label={t('plan.form.title')}
            value={values.title}
            required
            maxLength={limits.nameMax}
            error={message('title')}
            onChange={(e) => set('title', e.currentTarget.value)}
          />
          {!own &&
            (coordinator ? (
              <OrganisationSelect
                label={t('plan.form.owner')}
                value={values.ownerOrganisationId}
                onChange={(id) => set('ownerOrganisationId', id)}
                error={message('ownerOrganisationId')}
                required
              />
            ) : (
              <Text size="sm">
                {t('plan.form.owner')}: <bdi>{activity?.ownerOrganisationName ?? me.organisation?.name}</bdi>
              </Text>
            ))}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('plan.form.startDate')}
              value={values.startDate}
              required
              error={message('startDate')}
              onChange={(e) => set('startDate', e.currentTarget.value)}
              dir="ltr"
            />
            <TextInput
              type="date"
              label={t('plan.form.endDate')}
              description={t('plan.form.endDateHint')}
              value={values.endDate}
              error={message('endDate')}
              onChange={(e) => set('endDate', e.currentTarget.value)}
              dir="ltr"
            />
          </SimpleGrid>
          <ScheduleFields values={values} errors={errors} set={set} />
          <TextInput
            label={t('plan.form.place')}
            value={values.place}
            maxLength={limits.nameMax}
            onChange={(e) => set('place', e.currentTarget.value)}
          />
          <NativeSelect label={t('plan.form.goal')} value={values.goalId} onChange={(e) => set('goalId', e.currentTarget.value)}>
            <option value="">{t('plan.form.noGoal')}</option>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.text.length > 80 ? `${goal.text.slice(0, 80)}…` : goal.text}
              </option>
            ))}
          </NativeSelect>
          <Textarea
            label={t('plan.form.description')}
            value={values.description}
            autosize
            minRows={2}
            maxLength={limits.textMax}
            onChange={(e) => set('description', e.currentTarget.value)}
          />
          {!own && <PrerequisiteFields values={values} set={set} />}
          {!activity && (
            <Radio.Group
              label={t('plan.initialStatus')}
              value={values.status}
              onChange={(value) => set('status', value as 'proposed' | 'planned')}
            >
              <Group gap="md" mt={4}>
                {(['proposed', 'planned'] as const).map((status) => (
                  <Radio key={status} value={status} label={t(`plan.statuses.${status}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
          {mayAgree && (
            <Checkbox label={t('plan.form.agreed')} checked={values.agreed} onChange={(e) => set('agreed', e.currentTarget.checked)} />
          )}
          <PlanErrorNotice error={mutation.error} subject="activity" onReload={onReload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {activity ? t('plan.form.submitEdit') : t('plan.form.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
