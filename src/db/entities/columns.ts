// Column helpers shared by the records. Types are chosen to mean the same on SQLite and PostgreSQL.
import { Column, ColumnOptions } from 'typeorm';
import type { DateRef, DatePrecision } from '../../domain/facts';


/** A DateRef stored as four columns, so events can be filtered by date range in SQL. */
export class DateColumns {
  @Column('text', { name: 'text', nullable: true }) text!: string | null;
  @Column('varchar', { name: 'precision', length: 16, nullable: true }) precision!: DatePrecision | null;
  @Column('varchar', { name: 'start', length: 10, nullable: true }) start!: string | null;
  @Column('varchar', { name: 'end', length: 10, nullable: true }) end!: string | null;
}

export function toDateColumns(date: DateRef | null): DateColumns {
  const columns = new DateColumns();
  columns.text = date?.text ?? null;
  columns.precision = date?.precision ?? null;
  columns.start = date?.start ?? null;
  columns.end = date?.end ?? null;
  return columns;
}

export function fromDateColumns(columns: DateColumns): DateRef | null {
  if (columns.text === null || columns.precision === null) return null;
  if (columns.precision === 'UNRESOLVED' || columns.start === null || columns.end === null) {
    return { text: columns.text, precision: 'UNRESOLVED', start: null, end: null };
  }
  return { text: columns.text, precision: columns.precision, start: columns.start, end: columns.end };
}

/** Evidence is immutable and always read with its fact, so it lives in the fact's row as JSON. */
export const evidenceColumn: ColumnOptions = { type: 'simple-json', name: 'evidence' };
