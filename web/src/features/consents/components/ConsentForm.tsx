import type { FormEvent } from 'react';
import { useState } from 'react';
import { Alert, Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES, type ConsentMethod, type DataCategory } from '../../../../../common/roles.ts';
import { today } from '../../../lib/format.ts';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { useFields } from '../../../lib/useFields.ts';
import { useFieldMessage } from '../../../lib/useFieldMessage.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { OrganisationSelect } from '../../organisations/components/OrganisationSelect.tsx';
import { useRecordConsent } from '../hooks.ts';
import { toNewConsent, validateConsentForm, type ConsentFormErrors, type ConsentFormValues } from './consentForm.ts';

interface ConsentFormProps {
  participantId: string;
  /** paper: staff register a signed form; digital: the person gives consent themself. */
  method: ConsentMethod;
}

export function ConsentForm({ participantId, method }: ConsentFormProps) {
  const { t } = useTranslation();
  const record = useRecordConsent(participantId);
  const initial: ConsentFormValues = { organisationId: '', category: '', validFrom: today(), validTo: '', documentDate: '' };
  const { values, set, setValues } = useFields(initial);
  const [errors, setErrors] = useState<ConsentFormErrors>({});
  const [saved, setSaved] = useState(false);
  const message = useFieldMessage<keyof ConsentFormValues>(errors, record.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSaved(false);
    const found = validateConsentForm(values, method, today());
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    record.mutate(toNewConsent(values, method), {
      onError: () => focusFirstInvalid(form),
      onSuccess: () => {
        setSaved(true);
        setValues({ ...initial });
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrganisationSelect
            label={t('consents.organisation')}
            value={values.organisationId}
            onChange={(id) => set('organisationId', id)}
            error={message('organisationId')}
            required
          />
          <NativeSelect
            label={t('consents.category')}
            value={values.category}
            required
            error={message('category')}
            onChange={(event) => set('category', event.currentTarget.value as DataCategory | '')}
          >
            <option value="">{t('common.choose')}</option>
            {DATA_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`categories.${category}`)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            type="date"
            label={t('consents.validFrom')}
            value={values.validFrom}
            required
            error={message('validFrom')}
            onChange={(event) => set('validFrom', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('consents.validTo')}
            description={t('consents.validToHint')}
            value={values.validTo}
            error={message('validTo')}
            onChange={(event) => set('validTo', event.currentTarget.value)}
          />
          {method === 'paper' && (
            <TextInput
              type="date"
              label={t('consents.documentDate')}
              description={t('consents.documentDateHint')}
              value={values.documentDate}
              required
              error={message('documentDate')}
              onChange={(event) => set('documentDate', event.currentTarget.value)}
            />
          )}
        </SimpleGrid>
        <ErrorNotice error={record.error} />
        {saved && (
          <Alert color="green" variant="light" role="status">
            {method === 'paper' ? t('consents.recorded') : t('consents.given')}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={record.isPending}>
            {method === 'paper' ? t('consents.recordSubmit') : t('consents.giveSubmit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
