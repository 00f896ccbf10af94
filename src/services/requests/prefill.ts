import { type DataSource } from 'typeorm';
import {
  type Authority, type Case, ProceedingsNature, RequestForm, RequestKind, type RequestMeasure, type RequestOffence,
  type RequestPerson, RequestPersonRole,
} from '../../entities';
import { canSeeFullNames, initials, wasMinor } from '../privacy';
import { type Viewer, visibleRecordsSql } from '../viewer';
import { type RequestPatch } from './request-content';

/** Longest excerpt of a law copied into a draft: the practitioner trims or attaches the rest. */
const MAX_EXCERPT = 2_000;
const PENALTY = /\b(imprisonment|prison|fine|penalt(y|ies)|punishable|liable|sentence)\b/i;

interface DefendantRow { name: string | null; legal_person: boolean; nationality_code: string | null; age: number | null; guilty: boolean }
interface LawRow { reference: string; title: string; crime_type: string | null; crime_label: string | null }
interface ProvisionRow { reference: string; number: string; heading: string | null; text: string | null }

/**
 * What a case gives a draft (fromCase): the summary as the facts, an offence for every law charged with the
 * text of its provisions and the penalties they state, the defendants as persons concerned (minors by their
 * initials unless the viewer may read full names, src/services/privacy.ts), the court as the authority
 * conducting the proceedings; for extradition, the first natural person as the person sought and the form
 * (accused, or convicted when found guilty).
 */
export async function draftFromCase(dataSource: DataSource, viewer: Viewer, record: Case, kind: RequestKind): Promise<RequestPatch> {
  const [defendants, laws, courts] = await Promise.all([
    dataSource.query(
      `SELECT d.name, d.legal_person, d.nationality_code, d.age,
              EXISTS (SELECT 1 FROM charges c WHERE c.defendant_id = d.id AND c.verdict = 'guilty') AS guilty
         FROM defendants d WHERE d.case_id = $1 ORDER BY d.seq`,
      [record.id],
    ) as Promise<DefendantRow[]>,
    dataSource.query(
      `SELECT l.reference, l.title, ct.code AS crime_type, ct.label AS crime_label
         FROM laws l
         LEFT JOIN LATERAL (SELECT t.code, t.label FROM law_crime_types lct JOIN crime_types t ON t.code = lct.crime_type_code
                             WHERE lct.law_id = l.id ORDER BY t.code LIMIT 1) ct ON TRUE
        WHERE ${visibleRecordsSql('l', viewer)}
          AND l.reference IN (SELECT ch.law_reference FROM charges ch JOIN defendants d ON d.id = ch.defendant_id WHERE d.case_id = $1
                              UNION SELECT cl.law_reference FROM case_laws cl WHERE cl.case_id = $1)
        ORDER BY l.reference`,
      [record.id],
    ) as Promise<LawRow[]>,
    dataSource.query(`SELECT name FROM courts WHERE id = $1`, [record.courtId]) as Promise<{ name: string }[]>,
  ]);
  const provisions: ProvisionRow[] = laws.length
    ? await dataSource.query(
        `SELECT l.reference, p.number, p.heading, p.text FROM law_provisions p JOIN laws l ON l.id = p.law_id
          WHERE l.reference = ANY($1) ORDER BY l.reference, p.seq`,
        [laws.map((l) => l.reference)],
      )
    : [];
  const fullNames = canSeeFullNames(viewer, record);
  const persons: RequestPerson[] = defendants.map((d) => ({
    name: d.name && !fullNames && wasMinor({ age: d.age, legalPerson: d.legal_person }) ? initials(d.name) : d.name,
    role: d.guilty ? RequestPersonRole.CONVICTED : RequestPersonRole.ACCUSED,
    nationality: d.nationality_code,
    dateOfBirth: null,
    location: null,
    description: d.legal_person ? 'Legal person.' : null,
  }));
  const offences = laws.map((law): RequestOffence => {
    const own = provisions.filter((p) => p.reference === law.reference);
    return {
      description: `${law.crime_label ?? law.title}, as charged in case ${record.reference}.`,
      lawReference: law.reference,
      provision: law.title,
      excerpt: excerpt(own),
      penalty: penalties(own),
      crimeType: law.crime_type,
      time: null,
      place: null,
      participation: null,
    };
  });
  const patch: RequestPatch = {
    caseId: record.id,
    subject: record.title,
    facts: record.summary,
    proceedingsNature: record.decisionDate ? ProceedingsNature.JUDICIAL_PROCEEDINGS : ProceedingsNature.PROSECUTION,
    conductingAuthority: courts[0]?.name ?? null,
    offences,
    persons,
  };
  if (kind === RequestKind.EXTRADITION) {
    const index = defendants.findIndex((d) => !d.legal_person);
    if (index >= 0) {
      const sought = persons[index];
      patch.personSought = { ...sought, role: sought.role };
      const measure: RequestMeasure = {
        form: defendants[index].guilty ? RequestForm.EXTRADITION_OF_CONVICTED : RequestForm.EXTRADITION_OF_ACCUSED,
        description: null, relevance: null, procedure: null, confiscationOrder: null,
      };
      patch.measures = [measure];
    }
  }
  return patch;
}

/** The requesting authority as the directory knows the viewer's record: name and contact particulars. */
export function requestingAuthorityOf(authority: Authority): RequestPatch {
  const contact = [authority.contactAddress, authority.contactEmail, authority.contactPhone].filter(Boolean).join('; ');
  return { requestingAuthority: authority.name, requestingAuthorityContact: contact || null };
}

function excerpt(provisions: ProvisionRow[]): string | null {
  const parts: string[] = [];
  let length = 0;
  for (const p of provisions) {
    if (!p.text) continue;
    const part = `${p.number}${p.heading ? ` (${p.heading})` : ''}: ${p.text}`;
    if (length + part.length > MAX_EXCERPT && parts.length > 0) break;
    parts.push(part.length > MAX_EXCERPT ? `${part.slice(0, MAX_EXCERPT - 1)}…` : part);
    length += part.length;
  }
  return parts.length ? parts.join('\n') : null;
}

/** The sentences of the provisions that state a penalty, each with its provision; null when none does. */
function penalties(provisions: ProvisionRow[]): string | null {
  const found: string[] = [];
  for (const p of provisions) {
    for (const sentence of (p.text ?? '').split(/(?<=[.;])\s+/)) {
      if (PENALTY.test(sentence)) found.push(`${p.number}: ${sentence.trim()}`);
    }
  }
  return found.length ? found.slice(0, 4).join('\n') : null;
}
