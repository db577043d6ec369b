import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateColumns } from './columns';

@Entity('event')
export class EventRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('text') title!: string;
  @Column('text') summary!: string;
  @Column(() => DateColumns, { prefix: 'date' }) date!: DateColumns;
  @Column('integer', { name: 'place_id', nullable: true }) placeId!: number | null;
  @Column('varchar', { name: 'created_at', length: 24 }) createdAt!: string;
}

@Entity('event_article')
export class EventArticleRecord {
  @PrimaryColumn('integer', { name: 'event_id' }) eventId!: number;
  @PrimaryColumn('integer', { name: 'article_id' }) articleId!: number;
}
