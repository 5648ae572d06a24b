import type { TFunction } from 'i18next';
import type { Prerequisites } from '../../../../../common/plan.ts';

/** Prerequisites in words, e.g. "SFI level C or higher, civic orientation done"; null when nothing is required. */
export function describePrerequisites(p: Prerequisites, t: TFunction): string | null {
  const parts = [
    ...(p.sfiLevelAtLeast ? [t('plan.prerequisites.sfi', { level: p.sfiLevelAtLeast })] : []),
    ...(p.civicOrientationDone ? [t('plan.prerequisites.civic')] : []),
  ];
  return parts.length > 0 ? parts.join(t('common.listSeparator')) : null;
}
