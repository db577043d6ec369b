import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Sentence } from '../../domain/facts';

@Entity('article')
export class ArticleRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('text', { nullable: true }) outlet!: string | null;
  @Column('text', { nullable: true }) url!: string | null;
  @Column('varchar', { name: 'published_at', length: 10, nullable: true }) publishedAt!: string | null;
  @Column('text') body!: string;
  /** Sentences never change after ingestion and are always read whole: JSON, not a table. */
  @Column('simple-json') sentences!: Sentence[];
  /** sha256 of the normalised body: the same article is never stored twice. */
  @Column('varchar', { name: 'content_hash', length: 64 }) contentHash!: string;
  @Column('varchar', { name: 'created_at', length: 24 }) createdAt!: string;
}
