import { type MigrationInterface, type QueryRunner } from 'typeorm';

const KINDS = `'EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE', 'TRANSFER_OF_SENTENCED_PERSONS', 'DRUG_TRAFFICKING_BY_SEA', 'SMUGGLING_OF_MIGRANTS_BY_SEA', 'FIREARMS'`;
const STATUSES = `'DRAFT', 'SENT', 'RECEIVED', 'IN_EXECUTION', 'EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN'`;

/**
 * Requests for mutual legal assistance and extradition:
 * - `cooperation_requests`: one row per request from draft to closure. What casework counts (kind, direction,
 *   status, States, forms, crime types, legal basis, dates, outcome, refusal grounds) are plain columns; the
 *   writer's content (measures, offences, persons) is JSON beside them, its forms and crime types copied into
 *   arrays for counting. Checks keep the two States apart and the dates in order.
 * - `request_events`: what happened to a request, append-only (a trigger refuses UPDATE and DELETE).
 */
export class CooperationRequests1795900000000 implements MigrationInterface {
  name = 'CooperationRequests1795900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cooperation_requests (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      kind varchar(40) NOT NULL CHECK (kind IN (${KINDS})),
      direction varchar(16) NOT NULL CHECK (direction IN ('OUTGOING', 'INCOMING')),
      status varchar(24) NOT NULL DEFAULT 'DRAFT' CHECK (status IN (${STATUSES})),
      requesting_state char(3) NOT NULL REFERENCES jurisdictions (code) ON DELETE RESTRICT,
      requested_state char(3) NOT NULL REFERENCES jurisdictions (code) ON DELETE RESTRICT,
      case_id uuid REFERENCES cases (id) ON DELETE SET NULL,
      reference text,
      forms varchar(40)[] NOT NULL DEFAULT '{}',
      measures jsonb NOT NULL DEFAULT '[]',
      requesting_authority text,
      requesting_authority_contact text,
      conducting_authority text,
      subject text,
      proceedings_nature varchar(24) CHECK (proceedings_nature IN ('INVESTIGATION', 'PROSECUTION', 'JUDICIAL_PROCEEDINGS', 'ENFORCEMENT')),
      facts text,
      offences jsonb NOT NULL DEFAULT '[]',
      crime_type_codes text[] NOT NULL DEFAULT '{}',
      persons jsonb NOT NULL DEFAULT '[]',
      purpose text,
      legal_basis varchar(16) CHECK (legal_basis IN ('TREATY', 'CONVENTION', 'RECIPROCITY', 'DOMESTIC_LAW')),
      legal_basis_treaty_id uuid REFERENCES treaties (id) ON DELETE SET NULL,
      legal_basis_detail text,
      urgent boolean NOT NULL DEFAULT false,
      urgency_reason text,
      confidential boolean NOT NULL DEFAULT false,
      confidentiality_reason text,
      language varchar(8),
      prior_contact text,
      other_channels text,
      officials_presence text,
      person_sought jsonb,
      arrest_warrant text,
      conviction text,
      sentence_served text,
      trial_presence text,
      limitation text,
      evidence text,
      sent_on date,
      received_on date,
      due_on date,
      completed_on date,
      outcome varchar(24) CHECK (outcome IN ('EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN')),
      refusal_grounds varchar(40)[] NOT NULL DEFAULT '{}',
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      authority_id uuid REFERENCES authorities (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "CHK_cooperation_requests_states" CHECK (requesting_state <> requested_state),
      CONSTRAINT "CHK_cooperation_requests_received" CHECK (received_on IS NULL OR sent_on IS NULL OR received_on >= sent_on),
      CONSTRAINT "CHK_cooperation_requests_due" CHECK (due_on IS NULL OR sent_on IS NULL OR due_on >= sent_on),
      CONSTRAINT "CHK_cooperation_requests_completed" CHECK (completed_on IS NULL OR completed_on >= COALESCE(received_on, sent_on, completed_on))
    )`);
    await q.query(`CREATE INDEX "IDX_cooperation_requests_requesting" ON cooperation_requests (requesting_state, created_at)`);
    await q.query(`CREATE INDEX "IDX_cooperation_requests_requested" ON cooperation_requests (requested_state, created_at)`);
    await q.query(`CREATE INDEX "IDX_cooperation_requests_status" ON cooperation_requests (status)`);
    await q.query(`CREATE INDEX "IDX_cooperation_requests_case" ON cooperation_requests (case_id)`);
    await q.query(`CREATE INDEX "IDX_cooperation_requests_forms" ON cooperation_requests USING gin (forms)`);
    await q.query(`CREATE INDEX "IDX_cooperation_requests_crime_types" ON cooperation_requests USING gin (crime_type_codes)`);

    await q.query(`CREATE TABLE request_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      request_id uuid NOT NULL REFERENCES cooperation_requests (id) ON DELETE RESTRICT,
      occurred_on date NOT NULL,
      type varchar(40) NOT NULL,
      author text NOT NULL,
      author_id uuid,
      note text,
      refusal_grounds varchar(40)[] NOT NULL DEFAULT '{}',
      status_after varchar(24) NOT NULL CHECK (status_after IN (${STATUSES})),
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "IDX_request_events_request" ON request_events (request_id, id)`);
    await q.query(
      `CREATE TRIGGER request_events_append_only BEFORE UPDATE OR DELETE ON request_events FOR EACH ROW EXECUTE FUNCTION reject_history_rewrite()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE request_events`);
    await q.query(`DROP TABLE cooperation_requests`);
  }
}
