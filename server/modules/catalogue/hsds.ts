import { createHash } from 'node:crypto';
import { describeEligibility, describeRule } from '../../../common/eligibility.ts';
import { translator } from '../../lib/i18n.ts';
import type { CatalogueItem } from './service.ts';

/**
 * The catalogue as HSDS 3.0 (Open Referral) service records: each intervention is a `service` with its nested
 * `organization`, one `service_at_location` with its address, a schedule, languages, funding, a cost option, and
 * Kitt's own vocabulary (kind, target groups, each eligibility rule) as `attributes`. Records validate against the
 * official compiled schema (hsds-3.0/service.json). Nested records get stable ids derived from the intervention's.
 */

/** A stable UUID (version 5 layout) for a nested record, so that repeated exports name it the same. */
export function derivedId(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('/')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

const withoutNulls = <T extends Record<string, unknown>>(record: T): Partial<T> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;

export function hsdsService(item: CatalogueItem, language = 'sv') {
  const { t } = translator(language);
  const tr = (key: string, options?: Record<string, unknown>) => t(key as never, options as never) as unknown as string;
  const id = item.id;
  const age = item.eligibility.find((r) => r.fact === 'age') as { min?: number; max?: number } | undefined;
  const attribute = (linkType: string, code: string, name: string, value?: string) => ({
    id: derivedId(id, 'attribute', linkType, code),
    link_id: id,
    link_type: linkType,
    link_entity: 'service',
    ...(value === undefined ? {} : { value }),
    taxonomy_term: {
      id: derivedId('kitt-taxonomy', linkType, code),
      code,
      name,
      description: name,
      taxonomy: `kitt:${linkType}`,
    },
  });
  const address =
    item.address && item.city && item.postalCode
      ? [
          {
            id: derivedId(id, 'address'),
            address_1: item.address,
            city: item.city,
            state_province: '',
            postal_code: item.postalCode,
            country: 'SE',
            address_type: 'physical',
          },
        ]
      : [];
  return withoutNulls({
    id,
    organization_id: item.organisationId,
    name: item.name,
    description: item.description,
    url: item.url,
    email: item.contactEmail,
    status: item.status,
    application_process: item.applicationProcess,
    fees_description: item.costPerPlaceOre === null ? null : tr('catalogue.hsds.feesDescription'),
    eligibility_description: describeEligibility(item.eligibility, tr),
    minimum_age: age?.min ?? null,
    maximum_age: age?.max ?? null,
    last_modified: item.updatedAt,
    organization: { id: item.organisationId, name: item.organisationName, description: item.organisationName },
    phones: item.contactPhone ? [{ id: derivedId(id, 'phone'), service_id: id, number: item.contactPhone }] : [],
    languages: item.languages.map((code) => ({
      id: derivedId(id, 'language', code),
      service_id: id,
      code,
      name: languageNames.of(code) ?? code,
    })),
    schedules:
      item.scheduleDescription || item.startDate || item.endDate
        ? [
            withoutNulls({
              id: derivedId(id, 'schedule'),
              service_id: id,
              valid_from: item.startDate,
              valid_to: item.endDate,
              timezone: 1,
              description: item.scheduleDescription,
            }),
          ]
        : [],
    service_at_locations: [
      {
        id: derivedId(id, 'service_at_location'),
        service_id: id,
        location: withoutNulls({
          id: derivedId(id, 'location'),
          location_type: 'physical',
          organization_id: item.organisationId,
          name: item.locationName ?? item.workplace ?? item.organisationName,
          addresses: address,
        }),
      },
    ],
    funding: [{ id: derivedId(id, 'funding'), service_id: id, source: tr(`catalogue.funding.${item.funding}`) }],
    cost_options:
      item.costPerPlaceOre === null
        ? []
        : [
            {
              id: derivedId(id, 'cost_option'),
              service_id: id,
              option: tr('catalogue.hsds.costPerPlace'),
              currency: 'SEK',
              amount: item.costPerPlaceOre / 100,
            },
          ],
    attributes: [
      attribute('kind', item.kind, tr(`offer.interventionKinds.${item.kind}`)),
      ...item.targetGroups.map((g) => attribute('target_group', g, tr(`catalogue.targetGroups.${g}`))),
      ...item.eligibility.map((rule, i) => attribute('eligibility', `${rule.fact}#${i}`, describeRule(rule, tr), JSON.stringify(rule))),
      attribute('capacity', 'places', tr('catalogue.places'), String(item.places)),
    ],
  });
}
