import { Field, InputType, ObjectType } from 'type-graphql';
import type { EntityKind as EntityKindValue } from '../../domain/facts';
import { connectionType } from '../common/connection';
import { EntityKind } from '../common/enums';
import { Node } from '../common/node';

@ObjectType('NewsEntity', {
  implements: Node,
  description: 'A person, organisation, country, place, outlet, agency, group or government the news names.',
})
export class NewsEntityType extends Node {
  @Field(() => EntityKind) kind!: EntityKindValue;
  @Field({ description: 'Canonical name.' }) name!: string;
  @Field(() => [String], { description: 'Other names the articles use ("Kyiv" for the Government of Ukraine).' }) aliases!: string[];
  @Field(() => String, { nullable: true, description: 'Role or title as the articles state it.' }) description!: string | null;
}

export const NewsEntityConnection = connectionType('NewsEntity', NewsEntityType);

@InputType({ description: 'Narrows `entities`. All given conditions must hold.' })
export class EntityFilter {
  @Field(() => [EntityKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: EntityKindValue[] | null;
  @Field(() => String, { nullable: true, description: 'Part of the name or of any alias, ignoring case and punctuation.' })
  name?: string | null;
}
