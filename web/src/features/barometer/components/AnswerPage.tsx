import { useState } from 'react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useOpenSurveys } from '../hooks.ts';
import { AnswerForm } from './AnswerForm.tsx';

/**
 * Answering one round, for any signed-in user of its audience: the form while the round is open to them, thanks once
 * the answer is in, and a plain word when the round is closed, not theirs or already answered.
 */
export function AnswerPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const open = useOpenSurveys();
  const [done, setDone] = useState(false);
  const round = open.data?.items.find((r) => r.id === id);
  usePageTitle(round?.title ?? t('barometer.answer.title'));
  const back = (
    <Anchor component={Link} to="/barometer" w="fit-content">
      {t('barometer.answer.back')}
    </Anchor>
  );
  return (
    <Stack gap="md" maw={760}>
      <Title order={1} style={{ overflowWrap: 'break-word' }}>
        {done || !round ? t('barometer.answer.title') : <bdi>{round.title}</bdi>}
      </Title>
      {open.isPending && <Loading />}
      <ErrorNotice error={open.error} />
      {done ? (
        <>
          <Alert color="green" variant="light" role="status" title={t('barometer.answer.thanksTitle')}>
            {t('barometer.answer.thanks')}
          </Alert>
          {back}
        </>
      ) : round ? (
        <AnswerForm round={round} onDone={() => setDone(true)} />
      ) : (
        open.data && (
          <>
            <Text>{t('barometer.answer.notOpen')}</Text>
            {back}
          </>
        )
      )}
    </Stack>
  );
}
