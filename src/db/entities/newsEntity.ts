import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EntityKind } from '../../domain/facts';
import { evidenceColumn } from './columns';
import type { Evidence } from '../../domain/facts';

@Entity('news_entity')
export class NewsEntityRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('varchar', { length: 16 }) kind!: EntityKind;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('varchar', { name: 'created_at', length: 24 }) createdAt!: string;
}

/** Every name an entity goes by, its canonical name included, normalised for matching. */
@Entity('entity_alias')
export class EntityAliasRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'entity_id' }) entityId!: number;
  @Column('text') alias!: string;
  @Column('text') normalized!: string;
  /** False for the canonical name: it is listed as `name`, not among `aliases`. */
  @Column('boolean', { name: 'is_alias' }) isAlias!: boolean;
}

@Entity('mention')
export class MentionRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'entity_id' }) entityId!: number;
  @Column('integer', { name: 'article_id' }) articleId!: number;
  @Column(evidenceColumn) evidence!: Evidence;
}
