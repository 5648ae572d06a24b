import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, INTERVENTION_KINDS, INTERVENTION_STATUSES, TARGET_GROUPS } from '../../../../../common/offer.ts';
import { LANGUAGES } from '../../../i18n/languages.ts';
import { serverFieldProblems } from '../../../lib/fieldErrors.ts';
import { languageName } from '../../../lib/format.ts';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { EligibilityRulesEditor } from '../../eligibility/components/EligibilityRulesEditor.tsx';
import { useOrganisations } from '../../organisations/hooks.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { blankToNull, emptyForm, formOf, type FormState } from '../form.ts';
import { useContractOptions, useIntervention, useSaveIntervention } from '../hooks.ts';
import { parseKronor } from '../money.ts';

const LANGUAGE_CODES = [...new Set([...LANGUAGES.map((l) => l.split('-')[0]!), 'de', 'fr', 'es', 'ru', 'tr', 'bs'])];

/** Publishes a new intervention or changes one of the own organisation's; an administrator picks the organisation. */
export function InterventionEditPage() {
  const { t, i18n } = useTranslation();
  const { interventionId } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const existing = useIntervention(interventionId);
  const isAdministrator = me.user.roles.includes('administrator');
  const [form, setForm] = useState<FormState | null>(interventionId ? null : emptyForm(me.organisation?.id ?? null));
  const [costError, setCostError] = useState(false);
  useEffect(() => {
    if (existing.data && form === null) setForm(formOf(existing.data));
  }, [existing.data, form]);
  const organisations = useOrganisations();
  const contracts = useContractOptions(form?.organisationId ?? null, form !== null && form.organisationId !== null);
  const save = useSaveIntervention(interventionId);
  usePageTitle(t(interventionId ? 'catalogue.form.titleEdit' : 'catalogue.form.titleNew'));
  if (interventionId && existing.isPending) return <Loading />;
  if (interventionId && !existing.data) return <ErrorNotice error={existing.error} />;
  if (!form) return <Loading />;
  const problems = serverFieldProblems(save.error);
  const problem = (field: string) =>
    problems[field] ? t(`validation.server.${problems[field]}`, { defaultValue: t('validation.invalid') }) : undefined;
  const set = (patch: Partial<FormState>) => setForm({ ...form, ...patch });
  const text = (field: keyof FormState) => ({
    value: (form[field] as string | null) ?? '',
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set({ [field]: event.currentTarget.value } as Partial<FormState>),
    error: problem(field),
  });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const cost = form!.costKronor.trim() === '' ? null : parseKronor(form!.costKronor);
    setCostError(cost === null && form!.costKronor.trim() !== '');
    if (cost === null && form!.costKronor.trim() !== '') return;
    const { costKronor: _c, organisationId, ...fields } = form!;
    const body = {
      ...fields,
      locationName: blankToNull(fields.locationName),
      address: blankToNull(fields.address),
      postalCode: blankToNull(fields.postalCode),
      city: blankToNull(fields.city),
      workplace: blankToNull(fields.workplace),
      scheduleDescription: blankToNull(fields.scheduleDescription),
      startDate: blankToNull(fields.startDate),
      endDate: blankToNull(fields.endDate),
      applicationProcess: blankToNull(fields.applicationProcess),
      contactEmail: blankToNull(fields.contactEmail),
      contactPhone: blankToNull(fields.contactPhone),
      url: blankToNull(fields.url),
      costPerPlaceOre: cost,
      ...(interventionId ? { version: existing.data!.version } : isAdministrator && organisationId ? { organisationId } : {}),
    };
    save.mutate(body, { onSuccess: (saved) => navigate(`/catalogue/${saved.id}`) });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Anchor component={Link} to={interventionId ? `/catalogue/${interventionId}` : '/catalogue'} size="sm">
          {t('catalogue.back')}
        </Anchor>
        <Title order={1}>{t(interventionId ? 'catalogue.form.titleEdit' : 'catalogue.form.titleNew')}</Title>
        {isApiError(save.error, 'conflict') ? (
          <Alert color="red">{t('catalogue.form.conflict')}</Alert>
        ) : (
          <ErrorNotice error={save.error} />
        )}
        <Paper withBorder p="md">
          <Stack gap="sm">
            {isAdministrator && !interventionId && (
              <Select
                label={t('catalogue.form.organisation')}
                data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                value={form.organisationId}
                onChange={(organisationId) => set({ organisationId, contractId: null })}
                searchable
                required
              />
            )}
            <TextInput label={t('catalogue.form.name')} required maxLength={200} dir="auto" {...text('name')} />
            <Textarea
              label={t('catalogue.form.description')}
              required
              autosize
              minRows={3}
              maxLength={2000}
              dir="auto"
              {...text('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('catalogue.form.kind')}
                data={INTERVENTION_KINDS.map((k) => ({ value: k, label: t(`offer.interventionKinds.${k}`) }))}
                value={form.kind}
                allowDeselect={false}
                onChange={(kind) => kind && set({ kind: kind as FormState['kind'] })}
              />
              <Select
                label={t('catalogue.form.status')}
                data={INTERVENTION_STATUSES.map((s) => ({ value: s, label: t(`catalogue.statuses.${s}`) }))}
                value={form.status}
                allowDeselect={false}
                onChange={(status) => status && set({ status: status as FormState['status'] })}
              />
              <NumberInput
                label={t('catalogue.form.places')}
                min={0}
                max={10000}
                allowDecimal={false}
                value={form.places}
                onChange={(v) => set({ places: typeof v === 'number' ? v : 0 })}
                error={problem('places')}
              />
              <TextInput
                label={t('catalogue.form.costKronor')}
                inputMode="decimal"
                dir="ltr"
                value={form.costKronor}
                onChange={(event) => set({ costKronor: event.currentTarget.value })}
                error={costError ? t('catalogue.form.invalidCost') : problem('costPerPlaceOre')}
              />
              <Select
                label={t('catalogue.form.funding')}
                data={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`catalogue.funding.${f}`) }))}
                value={form.funding}
                allowDeselect={false}
                onChange={(funding) => funding && set({ funding: funding as FormState['funding'] })}
              />
              <Select
                label={t('catalogue.form.contract')}
                data={[
                  { value: '', label: t('catalogue.form.noContract') },
                  ...(contracts.data ?? []).map((c) => ({ value: c.id, label: c.name })),
                ]}
                value={form.contractId ?? ''}
                onChange={(contractId) => set({ contractId: contractId || null })}
                error={problem('contractId')}
              />
            </SimpleGrid>
            <MultiSelect
              label={t('catalogue.form.languages')}
              data={LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
              value={form.languages}
              onChange={(languages) => set({ languages })}
              searchable
            />
            <MultiSelect
              label={t('catalogue.form.targetGroups')}
              data={TARGET_GROUPS.map((g) => ({ value: g, label: t(`catalogue.targetGroups.${g}`) }))}
              value={form.targetGroups}
              onChange={(targetGroups) => set({ targetGroups: targetGroups as FormState['targetGroups'] })}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="fieldset">
          <Title order={2} size="h4" component="legend">
            {t('eligibility.title')}
          </Title>
          <EligibilityRulesEditor value={form.eligibility} onChange={(eligibility) => set({ eligibility })} />
        </Paper>
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('catalogue.form.locationName')} maxLength={200} dir="auto" {...text('locationName')} />
            <TextInput label={t('catalogue.form.workplace')} maxLength={200} dir="auto" {...text('workplace')} />
            <TextInput label={t('catalogue.form.address')} maxLength={200} dir="auto" {...text('address')} />
            <Group grow>
              <TextInput label={t('catalogue.form.postalCode')} maxLength={6} dir="ltr" {...text('postalCode')} />
              <TextInput label={t('catalogue.form.city')} maxLength={200} dir="auto" {...text('city')} />
            </Group>
            <TextInput label={t('catalogue.form.scheduleDescription')} maxLength={200} dir="auto" {...text('scheduleDescription')} />
            <Group grow>
              <TextInput type="date" label={t('catalogue.form.startDate')} {...text('startDate')} />
              <TextInput type="date" label={t('catalogue.form.endDate')} {...text('endDate')} />
            </Group>
            <TextInput type="email" label={t('catalogue.form.contactEmail')} dir="ltr" {...text('contactEmail')} />
            <TextInput type="tel" label={t('catalogue.form.contactPhone')} dir="ltr" {...text('contactPhone')} />
            <TextInput type="url" label={t('catalogue.form.url')} dir="ltr" {...text('url')} />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('catalogue.form.applicationProcess')}
            autosize
            minRows={2}
            maxLength={2000}
            dir="auto"
            {...text('applicationProcess')}
          />
        </Paper>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('catalogue.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
