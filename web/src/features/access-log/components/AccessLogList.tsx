import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolateText } from '../../../ui/Ltr.tsx';
import { describeAccess, type Who } from '../describe.ts';
import type { AccessLogEntry } from '../types.ts';
import { accessTimeFormatter } from '../when.ts';

/** The log as a list of plain sentences, newest first: who did what, then when and on which grant. */
export function AccessLogList({ entries, viewer }: { entries: AccessLogEntry[]; viewer: 'self' | 'staff' }) {
  const { t, i18n } = useTranslation();
  // Keys are built from the row (describe.ts); its table test checks that every one exists in the catalogues.
  const tx = t as unknown as (key: string, values?: Record<string, string>) => string;
  const when = accessTimeFormatter(i18n.language);
  const whoText = (who: Who) => {
    if (who.key !== 'accessLog.who.staff') return tx(who.key);
    const organisation = who.organisation ?? tx('accessLog.who.unknownOrganisation');
    if (who.role === null) return isolateText(organisation);
    // Roles are titles in the catalogue ("Handläggare"); inside a sentence they read in lower case.
    return tx(who.key, { organisation: isolateText(organisation), role: tx(who.role).toLocaleLowerCase(i18n.language) });
  };

  return (
    <Stack gap="xs" component="ol" aria-label={t('accessLog.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map((entry) => {
        const d = describeAccess(entry, viewer);
        return (
          <Paper
            key={entry.seq}
            component="li"
            withBorder
            p="sm"
            data-kind={entry.kind}
            data-resource={entry.resourceType}
            data-at={entry.at}
          >
            <Text fw={500}>{tx(d.sentenceKey, { who: whoText(d.who), what: tx(d.whatKey) })}</Text>
            <Text size="sm" c="dimmed">
              <bdi>{when(entry.at)}</bdi>
              {d.grantKey && <> · {tx(d.grantKey)}</>}
            </Text>
          </Paper>
        );
      })}
    </Stack>
  );
}
