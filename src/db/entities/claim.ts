import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ClaimModality, ClaimStanding, Evidence, QuantityMeasure, RelationKind } from '../../domain/facts';
import { DateColumns, evidenceColumn } from './columns';

@Entity('claim')
export class ClaimRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'event_id' }) eventId!: number;
  @Column('integer', { name: 'article_id' }) articleId!: number;
  @Column('integer', { name: 'speaker_id', nullable: true }) speakerId!: number | null;
  @Column('integer', { name: 'via_id', nullable: true }) viaId!: number | null;
  @Column('text') paraphrase!: string;
  @Column('text', { nullable: true }) quote!: string | null;
  @Column('varchar', { length: 24 }) standing!: ClaimStanding;
  @Column('varchar', { length: 16 }) modality!: ClaimModality;
  @Column(() => DateColumns, { prefix: 'date' }) date!: DateColumns;
  @Column('integer', { name: 'place_id', nullable: true }) placeId!: number | null;
  @Column('integer', { name: 'responds_to_id', nullable: true }) respondsToId!: number | null;
  @Column({ type: 'simple-json', name: 'evidence' }) evidence!: Evidence[];
}

@Entity('claim_subject')
export class ClaimSubjectRecord {
  @PrimaryColumn('integer', { name: 'claim_id' }) claimId!: number;
  @PrimaryColumn('integer', { name: 'entity_id' }) entityId!: number;
  /** Keeps subjects in the order the curator or extractor gave them. */
  @Column('integer') position!: number;
}

@Entity('quantity')
export class QuantityRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'event_id' }) eventId!: number;
  @Column('integer', { name: 'article_id' }) articleId!: number;
  @Column('integer', { name: 'claim_id', nullable: true }) claimId!: number | null;
  @Column('double precision') value!: number;
  @Column('double precision', { name: 'value_max', nullable: true }) valueMax!: number | null;
  @Column('boolean') approximate!: boolean;
  @Column('text') unit!: string;
  @Column('varchar', { length: 16 }) measure!: QuantityMeasure;
  @Column('text') counts!: string;
  @Column('integer', { name: 'source_id', nullable: true }) sourceId!: number | null;
  @Column(evidenceColumn) evidence!: Evidence;
}

@Entity('relation')
export class RelationRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'event_id' }) eventId!: number;
  @Column('integer', { name: 'article_id' }) articleId!: number;
  @Column('varchar', { length: 16 }) kind!: RelationKind;
  @Column('integer', { name: 'subject_id' }) subjectId!: number;
  @Column('integer', { name: 'object_id' }) objectId!: number;
  @Column('text') description!: string;
  @Column(() => DateColumns, { prefix: 'date' }) date!: DateColumns;
  @Column(evidenceColumn) evidence!: Evidence;
}

@Entity('timeline_entry')
export class TimelineEntryRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('integer', { name: 'event_id' }) eventId!: number;
  @Column('integer', { name: 'article_id' }) articleId!: number;
  @Column('text') label!: string;
  @Column(() => DateColumns, { prefix: 'date' }) date!: DateColumns;
  @Column('integer') sequence!: number;
  @Column('simple-json', { name: 'actor_ids' }) actorIds!: number[];
  @Column(evidenceColumn) evidence!: Evidence;
}
