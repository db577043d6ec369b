import { Field, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { connectionType } from '../common/connection';
import { DateReference } from '../common/dateReference';
import { Node } from '../common/node';

@ObjectType('Event', { implements: Node, description: 'Something that happened, as one or more articles report it.' })
export class EventType extends Node {
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => DateReference, { nullable: true }) date!: DateReference | null;
}

export const EventConnection = connectionType('Event', EventType);

@InputType({ description: 'Narrows `events`. All given conditions must hold.' })
export class EventFilter {
  @Field(() => String, { nullable: true, description: 'Words in the title or summary, ignoring case.' })
  text?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Events whose dates reach this day or later.' })
  from?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Events whose dates start on this day or earlier.' })
  to?: string | null;
}
