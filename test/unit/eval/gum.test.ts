// The GUM cross-check (eval/gumCheck.ts) on hand-built entities, and the GUM entity files
// (eval/gum/*.json) against the corpus texts they describe.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NewsEntity } from '../../../src/domain/facts';
import type { GoldEntity } from '../../../eval/gold';
import { corpusDir, readCorpusText, readGold } from '../../../eval/gold';
import type { GumEntity } from '../../../eval/gumCheck';
import { compareGoldWithGum, gumFiles, kindFits, readGum, scoreAgainstGum } from '../../../eval/gumCheck';

const gum = (name: string, gumType: GumEntity['gumType'], forms: string[] = [name]): GumEntity => ({ name, gumType, forms });
const gold = (name: string, kind: GoldEntity['kind'], aliases: string[] = []): GoldEntity => ({ name, kind, aliases });
const extracted = (id: string, name: string, kind: NewsEntity['kind'], aliases: string[] = []): NewsEntity => ({ id, name, kind, aliases, description: null });

describe('gold against GUM', () => {
  it('matches through any name form, case-folded, without a leading "the" or a trailing possessive', () => {
    const a = compareGoldWithGum(
      [gold('The Guardian', 'OUTLET'), gold('Suella Braverman', 'PERSON', ['Braverman']), gold('Home Office', 'AGENCY')],
      [gum('Guardian', 'organization'), gum('Home Secretary Suella Braverman', 'person', ['Home Secretary Suella Braverman', 'braverman']), gum("the Home Office's", 'organization')],
    );
    expect(a.gumInGold).toEqual({ hits: 3, total: 3 });
    expect(a.goldInGum).toEqual({ hits: 3, total: 3 });
    expect(a.types).toEqual({ hits: 3, total: 3 });
  });

  it('counts each side’s unmatched entities, and does not match on a part of a name', () => {
    const a = compareGoldWithGum([gold('Texas A&M', 'ORGANIZATION'), gold('Texas', 'PLACE')], [gum('Aerospace Engineering Department', 'organization'), gum('Texas', 'place'), gum('Budweiser', 'organization')]);
    expect(a.gumInGold).toEqual({ hits: 1, total: 3 });
    expect(a.goldInGum).toEqual({ hits: 1, total: 2 });
    expect(a.gumOnly.map((e) => e.name)).toEqual(['Aerospace Engineering Department', 'Budweiser']);
    expect(a.goldOnly.map((e) => e.name)).toEqual(['Texas A&M']);
  });

  it('type agreement follows the mapping: a country under GUM place agrees, under GUM organization it does not', () => {
    const a = compareGoldWithGum(
      [gold('Sweden', 'COUNTRY'), gold('Mecca', 'PLACE'), gold('Muslims', 'GROUP'), gold('NASA', 'AGENCY'), gold('Kevin De Bruyne', 'PERSON')],
      [gum('Sweden', 'organization'), gum('Mecca', 'place'), gum('Muslims', 'person'), gum('NASA', 'organization'), gum('Kevin De Bruyne', 'place')],
    );
    expect(a.types).toEqual({ hits: 3, total: 5 });
    expect(a.typeDisagreements.map((d) => `${d.gum.name}:${d.gum.gumType}/${d.gold.kind}`)).toEqual(['Sweden:organization/COUNTRY', 'Kevin De Bruyne:place/PERSON']);
    expect(kindFits('place', 'COUNTRY')).toBe(true);
    expect(kindFits('organization', 'PERSON')).toBe(false);
  });

  it('counts a gold entity found once even when GUM splits it in two', () => {
    const a = compareGoldWithGum([gold('Church of Scientology', 'ORGANIZATION', ['Scientology', 'the Church'])], [gum('Church of Scientology', 'organization'), gum('Scientology', 'organization')]);
    expect(a.gumInGold).toEqual({ hits: 2, total: 2 });
    expect(a.goldInGum).toEqual({ hits: 1, total: 1 });
  });
});

describe('pipeline against GUM', () => {
  it('scores one-to-one by name, leaves out names with no capital letter, and prefers a fitting kind', () => {
    const s = scoreAgainstGum(
      {
        entities: [
          extracted('e1', 'Paris', 'PLACE'),
          extracted('e2', 'Valeska Paris', 'PERSON', ['Paris']),
          extracted('e3', 'officials', 'PERSON'),
          extracted('e4', 'Sea Org', 'PLACE'),
          extracted('e5', 'Florida', 'PLACE'),
        ],
      },
      [gum('Valeska Paris', 'person', ['Valeska Paris', 'Paris']), gum('Sea Org', 'organization'), gum('Sydney', 'place')],
    );
    expect(s.entities).toEqual({ right: 2, extracted: 4, found: 2, gold: 3 });
    expect(s.kinds).toEqual({ hits: 1, total: 2 });
    expect(s.kindErrors.map((k) => k.extracted.id)).toEqual(['e4']);
    expect(s.missed.map((e) => e.name)).toEqual(['Sydney']);
    expect(s.spurious.map((e) => e.id).sort()).toEqual(['e1', 'e5']);
  });

  it('does not let one extracted entity match two GUM entities', () => {
    const s = scoreAgainstGum({ entities: [extracted('e1', 'Church of Scientology', 'ORGANIZATION', ['Scientology'])] }, [gum('Church of Scientology', 'organization'), gum('Scientology', 'organization')]);
    expect(s.entities).toEqual({ right: 1, extracted: 1, found: 1, gold: 2 });
  });
});

describe('eval/gum files', () => {
  const index = JSON.parse(readFileSync(path.join(corpusDir, 'index.json'), 'utf8')) as Array<{ file: string; provenance?: string; origin?: string }>;
  const fromGum = index.filter((x) => x.provenance === 'GUM').map((x) => x.file).sort();

  it('there is one for each GUM-derived corpus text, naming its GUM document', () => {
    expect(gumFiles()).toEqual(fromGum);
    for (const file of fromGum) {
      const g = readGum(file);
      expect(g?.file).toBe(file);
      const origin = index.find((x) => x.file === file)?.origin ?? '';
      expect(origin).toContain(`dep/${g?.gumDocument}.conllu`);
      expect(g?.source).toContain('72ce5ac14978a324c2fd18d49484e65292cbe316');
    }
  });

  it('every name form occurs in its corpus body, and every entity is well-formed', () => {
    const problems: string[] = [];
    for (const file of gumFiles()) {
      const body = readCorpusText(file).body;
      for (const e of readGum(file)?.entities ?? []) {
        if (!['person', 'place', 'organization'].includes(e.gumType)) problems.push(`${file}: ${e.name}: type ${e.gumType}`);
        if (!e.forms.includes(e.name)) problems.push(`${file}: ${e.name}: name is not one of its forms`);
        for (const f of e.forms) if (!body.includes(f)) problems.push(`${file}: ${e.name}: form ${JSON.stringify(f)} is not in the body`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('each GUM-derived text has our gold to compare with', () => {
    for (const file of gumFiles()) expect(readGold(file)).not.toBeNull();
  });
});
