import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../access/viewer';

/** An API key: who holds it and what it may do. The secret itself is never stored, only its sha256. */
@Entity('api_key')
export class ApiKeyRecord {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('varchar', { length: 100 }) name!: string;
  @Column('varchar', { length: 16 }) role!: Role;
  @Column('varchar', { name: 'key_hash', length: 64 }) keyHash!: string;
  @Column('varchar', { name: 'created_at', length: 24 }) createdAt!: string;
  @Column('varchar', { name: 'revoked_at', length: 24, nullable: true }) revokedAt!: string | null;
}
