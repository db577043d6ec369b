// `orderBy: { field, direction }` on the lists a screen sorts (GitHub's convention). Ties in the
// field are broken by the stored id, the same direction, so every order is total and pages of it
// never repeat or skip a row.
import { Field, InputType, registerEnumType } from 'type-graphql';

export const OrderDirection = { ASC: 'ASC', DESC: 'DESC' } as const;
export type OrderDirectionValue = keyof typeof OrderDirection;
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Ascending (A to Z, low to high, oldest first) or descending.' });

export const QuizOrderField = { CREATED_AT: 'CREATED_AT', TITLE: 'TITLE' } as const;
registerEnumType(QuizOrderField, { name: 'QuizOrderField', description: 'What quizzes can be sorted by (titles ignoring case).' });
export const AttemptOrderField = { SCORE: 'SCORE', SUBMITTED_AT: 'SUBMITTED_AT' } as const;
registerEnumType(AttemptOrderField, { name: 'AttemptOrderField', description: 'What attempts can be sorted by: points scored, or submission time.' });
export const EventOrderField = { DATE: 'DATE' } as const;
registerEnumType(EventOrderField, { name: 'EventOrderField', description: 'What events can be sorted by: the start of their date range (undated events last).' });
export const EntityOrderField = { NAME: 'NAME', MENTION_COUNT: 'MENTION_COUNT' } as const;
registerEnumType(EntityOrderField, { name: 'EntityOrderField', description: 'What entities can be sorted by: name (ignoring case), or how often the news mentions them.' });

@InputType({ description: 'The order of a quiz list.' })
export class QuizOrder {
  @Field(() => QuizOrderField) field!: keyof typeof QuizOrderField;
  @Field(() => OrderDirection, { defaultValue: 'ASC' }) direction!: OrderDirectionValue;
}

@InputType({ description: 'The order of an attempt list.' })
export class AttemptOrder {
  @Field(() => AttemptOrderField) field!: keyof typeof AttemptOrderField;
  @Field(() => OrderDirection, { defaultValue: 'ASC' }) direction!: OrderDirectionValue;
}

@InputType({ description: 'The order of an event list.' })
export class EventOrder {
  @Field(() => EventOrderField) field!: keyof typeof EventOrderField;
  @Field(() => OrderDirection, { defaultValue: 'ASC' }) direction!: OrderDirectionValue;
}

@InputType({ description: 'The order of an entity list.' })
export class EntityOrder {
  @Field(() => EntityOrderField) field!: keyof typeof EntityOrderField;
  @Field(() => OrderDirection, { defaultValue: 'ASC' }) direction!: OrderDirectionValue;
}
