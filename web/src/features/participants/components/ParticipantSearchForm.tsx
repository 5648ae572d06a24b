import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Group, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { useFieldMessage } from '../../../lib/useFieldMessage.ts';
import type { ParticipantSearch } from '../types.ts';
import { validateSearch, type SearchErrors, type SearchValues } from './participantSearch.ts';

interface ParticipantSearchFormProps {
  values: SearchValues;
  onChange: (values: SearchValues) => void;
  onSearch: (input: ParticipantSearch) => void;
  searching: boolean;
  serverError: unknown;
}

/** Search before create: by number, or by name and birth date for a person without one. */
export function ParticipantSearchForm({ values, onChange, onSearch, searching, serverError }: ParticipantSearchFormProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<SearchErrors>({});
  const message = useFieldMessage<keyof SearchValues>(errors, serverError);
  const set = <K extends keyof SearchValues>(key: K, value: SearchValues[K]) => onChange({ ...values, [key]: value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { errors: found, input } = validateSearch(values);
    setErrors(found);
    if (!input) {
      focusFirstInvalid(form);
      return;
    }
    onSearch(input);
  }

  return (
    <form onSubmit={submit} noValidate role="search" aria-label={t('participantForm.searchTitle')}>
      <Stack>
        <SegmentedControl
          aria-label={t('participantForm.searchBy')}
          value={values.by}
          onChange={(by) => set('by', by as SearchValues['by'])}
          data={[
            { value: 'number', label: t('participantForm.byNumber') },
            { value: 'name', label: t('participantForm.byName') },
          ]}
          style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
        />
        {values.by === 'number' ? (
          <TextInput
            label={t('participantForm.number')}
            description={t('participantForm.personalNumberHint')}
            required
            inputMode="numeric"
            autoComplete="off"
            dir="ltr"
            maw={320}
            value={values.personalNumber}
            error={message('personalNumber')}
            onChange={(event) => set('personalNumber', event.currentTarget.value)}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('participantForm.givenName')}
              required
              autoComplete="off"
              maxLength={limits.nameMax}
              value={values.givenName}
              error={message('givenName')}
              onChange={(event) => set('givenName', event.currentTarget.value)}
            />
            <TextInput
              label={t('participantForm.familyName')}
              required
              autoComplete="off"
              maxLength={limits.nameMax}
              value={values.familyName}
              error={message('familyName')}
              onChange={(event) => set('familyName', event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('participantForm.birthDate')}
              required
              value={values.birthDate}
              error={message('birthDate')}
              onChange={(event) => set('birthDate', event.currentTarget.value)}
            />
          </SimpleGrid>
        )}
        <Group>
          <Button type="submit" loading={searching}>
            {t('participantForm.searchSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
