// Domain enums exposed to GraphQL. The domain keeps them as string unions with a const list;
// type-graphql wants an enum object, built here from the same list so the two cannot drift.
import { registerEnumType } from 'type-graphql';
import {
  CLAIM_MODALITIES,
  CLAIM_STANDINGS,
  ENTITY_KINDS,
  QUANTITY_MEASURES,
  RELATION_KINDS,
  type DatePrecision,
} from '../../domain/facts';
import { DIFFICULTY_LEVELS, QUESTION_KINDS, QUESTION_SKILLS } from '../../domain/question';
import { FACT_TYPES } from '../../domain/facts';

function enumOf<const T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const EntityKind = enumOf(ENTITY_KINDS);
registerEnumType(EntityKind, { name: 'EntityKind', description: 'What sort of actor, place or organisation an entity is.' });

export const ClaimStanding = enumOf(CLAIM_STANDINGS);
registerEnumType(ClaimStanding, {
  name: 'ClaimStanding',
  description: 'How sure the words make a claim: asserted, confirmed, denied, not confirmed, no evidence, under investigation.',
});

export const ClaimModality = enumOf(CLAIM_MODALITIES);
registerEnumType(ClaimModality, { name: 'ClaimModality', description: 'Whether a claim states a fact, a plan or an opinion.' });

export const QuantityMeasure = enumOf(QUANTITY_MEASURES);
registerEnumType(QuantityMeasure, { name: 'QuantityMeasure', description: 'What kind of thing a number measures.' });

export const RelationKind = enumOf(RELATION_KINDS);
registerEnumType(RelationKind, { name: 'RelationKind' });

const DATE_PRECISIONS: readonly DatePrecision[] = ['DAY', 'WEEK', 'MONTH', 'YEAR', 'UNRESOLVED'];
export const DatePrecisionEnum = enumOf(DATE_PRECISIONS);
registerEnumType(DatePrecisionEnum, { name: 'DatePrecision', description: 'How exactly the text dates something; UNRESOLVED keeps only its words.' });

export const QuestionKind = enumOf(QUESTION_KINDS);
registerEnumType(QuestionKind, { name: 'QuestionKind' });

export const QuestionSkill = enumOf(QUESTION_SKILLS);
registerEnumType(QuestionSkill, {
  name: 'QuestionSkill',
  description: 'What a question tests: recall of a stated fact, attribution, sequence, or understanding (main idea, cause and effect, what the article does not support, how sources differ).',
});

export const DifficultyLevel = enumOf(DIFFICULTY_LEVELS);
registerEnumType(DifficultyLevel, { name: 'DifficultyLevel' });

export const FactType = enumOf(FACT_TYPES);
registerEnumType(FactType, { name: 'FactType', description: 'The kind of fact a question tests.' });
