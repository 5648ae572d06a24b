import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdKind } from '../../../../../common/roles.ts';
import { Ltr } from '../../../ui/Ltr.tsx';

/** The kind of identity number and the number itself (masked by the server when the user may not see it whole). */
export function IdentityNumber({ idKind, personalNumber }: { idKind: IdKind; personalNumber: string | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {t(`idKinds.${idKind}`)}
      </Text>
      {personalNumber && (
        <Text size="sm" ff="monospace">
          <Ltr>{personalNumber}</Ltr>
        </Text>
      )}
    </Stack>
  );
}
