import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import {
  type CooperationRequest, LegalBasisKind, ProceedingsNature, RequestDirection, RequestForm, RequestKind, RequestPersonRole, RequestStatus,
} from '../src/entities';
import { completeness } from '../src/services/requests/completeness';
import { buildRequestDocument } from '../src/services/requests/request-document';
import { renderDocx } from '../src/services/requests/request-docx';
import { renderPdf } from '../src/services/requests/request-pdf';
import { round, summarize } from './support';

/**
 * Rendering a full request (synthetic): the layout model, then .docx and .pdf, in process (no database, no HTTP).
 * The floor is building the layout model alone, which both renderers start from.
 */
const N = Number(process.env.BENCH_REQUESTS ?? 200);
const text = (words: number) => Array.from({ length: words }, (_, i) => ['synthetic', 'request', 'evidence', 'account', 'witness'][i % 5]).join(' ') + '.';

const request = {
  id: '00000000-0000-4000-8000-000000000001', kind: RequestKind.MUTUAL_LEGAL_ASSISTANCE, direction: RequestDirection.OUTGOING,
  status: RequestStatus.DRAFT, requestingState: 'ITA', requestedState: 'NGA', reference: 'PA-2026/1 (synthetic)',
  measures: [RequestForm.TAKING_EVIDENCE, RequestForm.DOCUMENTS_AND_RECORDS, RequestForm.VIDEOCONFERENCE].map((form) => ({
    form, description: text(80), relevance: text(40), procedure: text(40), confiscationOrder: null,
  })),
  requestingAuthority: 'Ministry of Justice (synthetic)', requestingAuthorityContact: 'mla@justice.example', conductingAuthority: 'Public prosecutor (synthetic)',
  subject: text(12), proceedingsNature: ProceedingsNature.PROSECUTION, facts: text(600),
  offences: Array.from({ length: 3 }, () => ({ description: text(40), lawReference: null, provision: 'Art. 601', excerpt: text(200), penalty: text(15), crimeType: 'trafficking-in-persons', time: '2021', place: 'Palermo', participation: null })),
  persons: Array.from({ length: 5 }, (_, i) => ({ name: `Person ${i + 1} (synthetic)`, role: RequestPersonRole.WITNESS, nationality: 'NGA', dateOfBirth: null, location: 'Lagos', description: text(20) })),
  purpose: text(30), legalBasis: LegalBasisKind.CONVENTION, legalBasisDetail: null, urgent: true, urgencyReason: text(10), confidential: true,
  confidentialityReason: text(10), language: 'en', priorContact: 'None', otherChannels: 'None', officialsPresence: 'Not requested', personSought: null,
  arrestWarrant: null, conviction: null, sentenceServed: null, trialPresence: null, limitation: null, evidence: null, dueOn: null,
} as unknown as CooperationRequest;

async function main() {
  const model = () => buildRequestDocument({
    request, completeness: completeness(request), addressee: null, treaty: null, caseReference: null, today: '2026-11-29',
    countryName: (c) => c, crimeTypeLabel: (c) => c,
  });
  const time = async (f: () => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < N; i++) {
      const start = performance.now();
      await f();
      samples.push(performance.now() - start);
    }
    return summarize(samples.sort((a, b) => a - b));
  };
  const sizes = { docx: (await renderDocx(model())).length, pdf: (await renderPdf(model())).length };
  const result = {
    requests: N, bytes: sizes,
    floor_model: await time(model),
    docx: await time(() => renderDocx(model())),
    pdf: await time(() => renderPdf(model())),
  };
  console.log(JSON.stringify(result, (_k, v) => (typeof v === 'number' ? round(v) : v), 2));
}

void main();
