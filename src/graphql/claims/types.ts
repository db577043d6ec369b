import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type {
  ClaimModality as ClaimModalityValue,
  ClaimStanding as ClaimStandingValue,
  QuantityMeasure as QuantityMeasureValue,
  RelationKind as RelationKindValue,
} from '../../domain/facts';
import { connectionType } from '../common/connection';
import { DateReference } from '../common/dateReference';
import { ClaimModality, ClaimStanding, QuantityMeasure, RelationKind } from '../common/enums';
import { Node } from '../common/node';

@ObjectType('Claim', { implements: Node, description: 'Who claimed what, in whose words, and how sure the words make it.' })
export class ClaimType extends Node {
  @Field({ description: 'A neutral, self-contained restatement.' }) paraphrase!: string;
  @Field(() => String, { nullable: true, description: "The speaker's verbatim words; null for reported speech." }) quote!: string | null;
  @Field(() => ClaimStanding) standing!: ClaimStandingValue;
  @Field(() => ClaimModality) modality!: ClaimModalityValue;
  @Field(() => DateReference, { nullable: true, description: 'When it was said.' }) date!: DateReference | null;
}

export const ClaimConnection = connectionType('Claim', ClaimType);

@InputType({ description: 'Narrows a list of claims. All given conditions must hold.' })
export class ClaimFilter {
  @Field(() => ID, { nullable: true, description: 'Claims made by this entity.' }) speaker?: string | null;
  @Field(() => ID, { nullable: true, description: 'Claims about this entity.' }) subject?: string | null;
  @Field(() => ID, { nullable: true, description: 'Claims in this event.' }) event?: string | null;
  @Field(() => [ClaimStanding], { nullable: true, description: 'Claims with any of these standings.' })
  standings?: ClaimStandingValue[] | null;
}

@ObjectType('Quantity', { implements: Node, description: 'A number the text gives, what it counts and whose figure it is.' })
export class QuantityType extends Node {
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true, description: 'Upper bound when the text gives a range.' }) valueMax!: number | null;
  @Field({ description: 'True when the text hedges it ("around", "about").' }) approximate!: boolean;
  @Field({ description: 'Singular unit: "troop", "brigade", "mile".' }) unit!: string;
  @Field(() => QuantityMeasure) measure!: QuantityMeasureValue;
  @Field({ description: 'What it counts.' }) counts!: string;
}

@ObjectType('Relation', { implements: Node, description: 'A link between two entities: an agreement, support, a supply, a conflict…' })
export class RelationType extends Node {
  @Field(() => RelationKind) kind!: RelationKindValue;
  @Field() description!: string;
  @Field(() => DateReference, { nullable: true }) date!: DateReference | null;
}

@ObjectType('TimelineEntry', { implements: Node, description: 'One step of an event, in time order.' })
export class TimelineEntryType extends Node {
  @Field() label!: string;
  @Field(() => DateReference) date!: DateReference;
  @Field(() => Int, { description: 'Order in time; entries the text cannot order share a number.' }) sequence!: number;
}
