import type { Static } from 'typebox';
import type { OrganisationKind } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { allInterventions } from '../catalogue/service.ts';
import { MUNICIPAL_ORGANISATION_KINDS } from '../utbildningsplikt/policy.ts';
import type { Workplaces } from './schema.ts';

type Capacity = { places: number; placesTaken: number; freePlaces: number; waitingList: number };
const empty = (): Capacity => ({ places: 0, placesTaken: 0, freePlaces: 0, waitingList: 0 });
const add = (to: Capacity, from: Capacity) => {
  to.places += from.places;
  to.placesTaken += from.placesTaken;
  to.freePlaces += from.freePlaces;
  to.waitingList += from.waitingList;
};

/**
 * The municipality as employer: its own organisations' active interventions that name a workplace (placements,
 * work-training places, subsidised jobs), grouped by workplace with places, places taken (running participations),
 * free places and the waiting list — the catalogue's own capacity figures, summed.
 */
export async function employerWorkplaces(db: Db, actor: Actor): Promise<Static<typeof Workplaces>> {
  const own = (await allInterventions(db, actor)).filter(
    (i) =>
      i.status === 'active' &&
      i.workplace !== null &&
      i.workplace.trim() !== '' &&
      MUNICIPAL_ORGANISATION_KINDS.includes(i.organisationKind as OrganisationKind),
  );
  const byWorkplace = new Map<string, Static<typeof Workplaces>['workplaces'][number]>();
  const total = empty();
  for (const i of own) {
    const name = i.workplace!.trim();
    const group = byWorkplace.get(name) ?? { workplace: name, ...empty(), interventions: [] };
    byWorkplace.set(name, group);
    const capacity = { places: i.places, placesTaken: i.placesTaken, freePlaces: i.freePlaces, waitingList: i.waitingList };
    group.interventions.push({ id: i.id, name: i.name, kind: i.kind, organisationName: i.organisationName, ...capacity });
    add(group, capacity);
    add(total, capacity);
  }
  const workplaces = [...byWorkplace.values()].sort((a, b) => a.workplace.localeCompare(b.workplace, 'sv'));
  return { workplaces, total };
}
