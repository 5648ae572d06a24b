import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The buttons under an inline plan form: save (the form's submit) and cancel, which leaves without saving. */
export function SaveOrCancel({ label, saving, onCancel }: { label: string; saving: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button type="submit" loading={saving}>
        {label}
      </Button>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}
