import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';

/**
 * The person's name; with protected identity also a badge, so nobody passes the name on by mistake. When the
 * name is withheld from this user, the badge stands alone.
 */
export function ParticipantName({ name, protectedIdentity }: { name: string | null; protectedIdentity: boolean }) {
  const { t } = useTranslation();
  const badge = <StatusBadge tone="protected">{t('participants.protectedIdentity')}</StatusBadge>;
  if (name === null) return badge;
  if (!protectedIdentity) return <>{name}</>;
  return (
    <Group gap="xs" component="span" wrap="wrap">
      <span>{name}</span>
      {badge}
    </Group>
  );
}
