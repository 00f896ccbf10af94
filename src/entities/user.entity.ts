import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../auth/roles';
import { Authority } from './authority.entity';

/** An account. Only the fields decorated with @Field reach the API: never the password hash. */
@ObjectType('User', { description: 'An account of the portal.' })
@Entity('users')
@Check('CHK_users_role', `"role" IN ('RESEARCHER', 'CONTRIBUTOR', 'AUTHORITY', 'SECRETARIAT', 'ADMIN')`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased: one account per address. */
  @Field()
  @Index('IDX_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  /** scrypt hash (src/auth/password.ts). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  /** The directory record an AUTHORITY account speaks for. */
  @Column({ name: 'authority_id', type: 'uuid', nullable: true })
  authorityId: string | null;

  @ManyToOne(() => Authority, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authority_id' })
  authority?: Authority | null;

  /** Carried by session tokens; bumped to end every session of the account at once. */
  @Column({ name: 'session_version', type: 'int', default: 0 })
  sessionVersion: number;

  @Field(() => Date, { nullable: true, description: 'Set when the account was disabled: it can no longer sign in.' })
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
