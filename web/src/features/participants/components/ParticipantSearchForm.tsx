import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Group, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { useFieldMessage } from '../../../lib/useFieldMessage.ts';
import type { ParticipantSearch } from '../types.ts';
import { BirthDateInput, ParticipantNameInputs, PersonalNumberInput } from './IdentityInputs.tsx';
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
          <PersonalNumberInput
            label={t('participantForm.number')}
            maw={320}
            value={values.personalNumber}
            error={message('personalNumber')}
            onChange={(personalNumber) => set('personalNumber', personalNumber)}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ParticipantNameInputs values={values} set={set} message={message} />
            <BirthDateInput value={values.birthDate} error={message('birthDate')} onChange={(birthDate) => set('birthDate', birthDate)} />
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
