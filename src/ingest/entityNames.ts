// One entity per name. Two readings of a text can give one name to two entities: a capital read as
// its country ("Lima said") and as a city ("in Lima"); a surname kept as an entity of its own and
// also taken as an alias of the full name; a place name inside an organisation's ("Sheffield City
// Council" → "Sheffield"). The store looks entities up by name, so every name and alias must point
// at one entity (validateFacts checks it); this pass settles each clash instead of failing.
//
// - An alias that is another entity's name, of a compatible kind (two people, two organisations):
//   they are one entity, kept under the longer name.
// - Otherwise the entity whose own name it is keeps it, and the mentions that used it move there:
//   "Lima" in "the Lima police" is the city, whatever the capital lexicon said.
// - An alias two entities share, neither as its name: the one named that way more often keeps it.

import type { EntityKind } from '../domain/facts';
import type { EntityDraft, EntityTable } from './entityTable';

const BODIES: ReadonlySet<EntityKind> = new Set(['ORGANIZATION', 'AGENCY', 'OUTLET', 'GOVERNMENT']);
const key = (name: string): string => name.trim().toLowerCase();

function compatible(a: EntityKind, b: EntityKind): boolean {
  return a === b || (BODIES.has(a) && BODIES.has(b));
}

/**
 * Settles every name clash in the table; returns the ids merged away (old id → kept id) so facts
 * built from the table before can be pointed at the kept entities.
 */
export function settleNames(table: EntityTable, body: string): Map<string, string> {
  const merged = new Map<string, string>();
  const owners = new Map<string, EntityDraft>();
  for (const entity of table.entities.values()) owners.set(key(entity.name), entity);

  const moves: Array<{ from: EntityDraft; to: EntityDraft; name: string }> = [];
  for (const entity of [...table.entities.values()]) {
    for (const alias of [...entity.aliases]) {
      const owner = owners.get(key(alias));
      if (!owner || owner === entity || merged.has(owner.id) || merged.has(entity.id)) continue;
      if (compatible(owner.kind, entity.kind)) {
        const [keep, drop] = owner.name.length > entity.name.length ? [owner, entity] : [entity, owner];
        mergeInto(table, drop, keep, merged);
      } else {
        entity.aliases.delete(alias);
        moves.push({ from: entity, to: owner, name: key(alias) });
      }
    }
  }

  // Aliases shared by two entities: the one with more mentions under that name keeps it.
  const uses = new Map<string, number>();
  const surfaceKey = (entityId: string, start: number, end: number): string => `${entityId}|${key(body.slice(start, end))}`;
  for (const m of table.mentions) uses.set(surfaceKey(m.entityId, m.start, m.end), (uses.get(surfaceKey(m.entityId, m.start, m.end)) ?? 0) + 1);
  const aliasOwners = new Map<string, EntityDraft>();
  for (const entity of table.entities.values()) {
    for (const alias of [...entity.aliases]) {
      const name = key(alias);
      if (owners.get(name) === entity) continue;
      const other = aliasOwners.get(name);
      if (!other) {
        aliasOwners.set(name, entity);
        continue;
      }
      const mine = uses.get(`${entity.id}|${name}`) ?? 0;
      const theirs = uses.get(`${other.id}|${name}`) ?? 0;
      const [keep, lose] = mine > theirs ? [entity, other] : [other, entity];
      lose.aliases.delete([...lose.aliases].find((a) => key(a) === name) ?? alias);
      aliasOwners.set(name, keep);
      moves.push({ from: lose, to: keep, name });
    }
  }

  if (moves.length > 0) {
    const byFrom = new Map<string, Map<string, EntityDraft>>();
    for (const { from, to, name } of moves) {
      const names = byFrom.get(from.id) ?? new Map<string, EntityDraft>();
      byFrom.set(from.id, names);
      names.set(name, to);
    }
    table.mentions.forEach((m, k) => {
      const to = byFrom.get(m.entityId)?.get(key(body.slice(m.start, m.end)));
      if (to) table.mentions[k] = { ...m, entityId: to.id };
    });
  }
  return merged;
}

/**
 * `drop` is the same entity as `keep`: its names become aliases of `keep`, and its mentions and
 * leaderships point at `keep`. Records the step in `merged` (chains end at the last kept entity).
 */
export function mergeInto(table: EntityTable, drop: EntityDraft, keep: EntityDraft, merged: Map<string, string>): void {
  keep.aliases.add(drop.name);
  for (const alias of drop.aliases) if (key(alias) !== key(keep.name)) keep.aliases.add(alias);
  for (const noun of drop.nouns) keep.nouns.add(noun);
  keep.description ??= drop.description;
  table.entities.delete(drop.id);
  for (const [from, to] of merged) if (to === drop.id) merged.set(from, keep.id);
  merged.set(drop.id, keep.id);
  table.mentions.forEach((m, k) => {
    if (m.entityId === drop.id) table.mentions[k] = { ...m, entityId: keep.id };
  });
  table.leaderships.forEach((l, k) => {
    const personId = l.personId === drop.id ? keep.id : l.personId;
    const ofId = l.ofId === drop.id ? keep.id : l.ofId;
    if (personId !== l.personId || ofId !== l.ofId) table.leaderships[k] = { ...l, personId, ofId };
  });
}
