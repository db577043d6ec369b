import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DatePrecisionEnum } from './enums';
import type { DatePrecision } from '../../domain/facts';

@ObjectType({ description: 'A date as the text gives it ("Thursday", "last month") and the range it resolves to.' })
export class DateReference {
  @Field({ description: 'The words of the text.' }) text!: string;
  @Field(() => DatePrecisionEnum) precision!: DatePrecision;
  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the range; null when unresolved.' }) start!: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the range (inclusive); null when unresolved.' }) end!: string | null;
}
