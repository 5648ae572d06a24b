import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { PersonSectionProps } from '../../person/types.ts';
import { useAccessLog } from '../hooks.ts';
import type { AccessLogFilters as Filters } from '../types.ts';
import { AccessLogFilters } from './AccessLogFilters.tsx';
import { AccessLogList } from './AccessLogList.tsx';

/** Every look at and change of the person's data, from the audit log, in plain language. */
export function AccessLogSection({ participantId, viewer }: PersonSectionProps) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const log = useAccessLog(participantId, filters);
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  const organisations = log.data?.pages[0]?.organisations ?? [];
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="access-log-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="access-log-heading" mb="xs">
            {t('accessLog.title')}
          </Title>
          <Text size="sm">{viewer === 'self' ? t('accessLog.intro') : t('accessLog.staffIntro')}</Text>
        </div>
        <AccessLogFilters filters={filters} onChange={setFilters} organisations={organisations} />
        {log.isPending && <Loading />}
        <QueryError error={log.error} topic="participant" />
        {log.data &&
          (entries.length > 0 ? (
            <AccessLogList entries={entries} viewer={viewer} />
          ) : (
            <Text>{filtered ? t('accessLog.empty') : t('accessLog.none')}</Text>
          ))}
        {log.hasNextPage && (
          <Button
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            loading={log.isFetchingNextPage}
            onClick={() => void log.fetchNextPage()}
          >
            {t('accessLog.more')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
