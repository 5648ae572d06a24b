import { Checkbox, Fieldset, NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PREREQUISITES, SFI_LEVELS, type SfiLevel } from '../../../../../common/plan.ts';
import type { ActivityFormValues } from './activityForm.ts';
import { describePrerequisites } from './prerequisiteText.ts';

interface PrerequisiteFieldsProps {
  values: ActivityFormValues;
  set: <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => void;
}

/**
 * What must be in place before the activity: the kind's default (shown in words, so the user sees what applies)
 * or the activity's own SFI level and civic orientation. The calendar warns when they are unmet; it never blocks.
 */
export function PrerequisiteFields({ values, set }: PrerequisiteFieldsProps) {
  const { t } = useTranslation();
  const kindDefault = values.kind ? (DEFAULT_PREREQUISITES[values.kind] ?? {}) : {};
  const defaultText = describePrerequisites(kindDefault, t) ?? t('plan.prerequisites.none');
  function chooseDefault(checked: boolean) {
    set('defaultPrerequisites', checked);
    // Switching to own requirements starts from the default, so the user changes it rather than retypes it.
    if (!checked) {
      set('sfiLevelAtLeast', kindDefault.sfiLevelAtLeast ?? '');
      set('civicOrientationDone', kindDefault.civicOrientationDone ?? false);
    }
  }
  return (
    <Fieldset legend={t('plan.prerequisites.legend')} p="sm">
      <Stack gap="sm">
        <Checkbox
          label={t('plan.prerequisites.useDefault', { rule: defaultText })}
          checked={values.defaultPrerequisites}
          onChange={(e) => chooseDefault(e.currentTarget.checked)}
        />
        {!values.defaultPrerequisites && (
          <>
            <NativeSelect
              label={t('plan.prerequisites.sfiLevel')}
              value={values.sfiLevelAtLeast}
              onChange={(e) => set('sfiLevelAtLeast', e.currentTarget.value as SfiLevel | '')}
              maw={320}
            >
              <option value="">{t('plan.prerequisites.noSfiLevel')}</option>
              {SFI_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t('plan.prerequisites.sfi', { level })}
                </option>
              ))}
            </NativeSelect>
            <Checkbox
              label={t('plan.prerequisites.civicRequired')}
              checked={values.civicOrientationDone}
              onChange={(e) => set('civicOrientationDone', e.currentTarget.checked)}
            />
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
