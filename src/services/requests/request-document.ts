import {
  type Authority, type CooperationRequest, LegalBasisKind, ProceedingsNature, RequestKind, RequestPersonRole, type Treaty,
} from '../../entities';
import { type Completeness, formLabel, formProvision } from './completeness';

/**
 * The request laid out as a formal document, once, for every format (src/services/requests/request-docx.ts,
 * request-pdf.ts): a title, prominent banners (draft, urgent, confidential), then numbered sections of
 * paragraphs and labelled fields, and a place for signature.
 */
export interface DocumentBlock {
  kind: 'paragraph' | 'field' | 'subheading';
  label?: string;
  text: string;
}

export interface DocumentSection {
  heading: string;
  blocks: DocumentBlock[];
}

export interface RequestDocument {
  title: string;
  /** "From Italy to Nigeria — reference …". */
  subtitle: string;
  banners: string[];
  sections: DocumentSection[];
  closing: string[];
  footer: string;
}

export interface DocumentContext {
  request: CooperationRequest;
  completeness: Completeness;
  countryName: (code: string) => string;
  crimeTypeLabel: (code: string) => string;
  addressee: Authority | null;
  treaty: Treaty | null;
  caseReference: string | null;
  today: string;
}

const NATURE: Record<ProceedingsNature, string> = {
  [ProceedingsNature.INVESTIGATION]: 'Criminal investigation',
  [ProceedingsNature.PROSECUTION]: 'Prosecution',
  [ProceedingsNature.JUDICIAL_PROCEEDINGS]: 'Judicial proceedings',
  [ProceedingsNature.ENFORCEMENT]: 'Enforcement of a sentence or order',
};

const ROLE: Record<RequestPersonRole, string> = {
  [RequestPersonRole.SUSPECT]: 'suspect',
  [RequestPersonRole.ACCUSED]: 'accused',
  [RequestPersonRole.CONVICTED]: 'convicted',
  [RequestPersonRole.WITNESS]: 'witness',
  [RequestPersonRole.VICTIM]: 'victim',
  [RequestPersonRole.EXPERT]: 'expert',
  [RequestPersonRole.OTHER]: 'other',
};

export function buildRequestDocument(ctx: DocumentContext): RequestDocument {
  const r = ctx.request;
  const A = ctx.countryName(r.requestingState);
  const B = ctx.countryName(r.requestedState);
  const extradition = r.kind === RequestKind.EXTRADITION;
  const sections: DocumentSection[] = [];
  const section = (heading: string, blocks: (DocumentBlock | null)[]) => {
    const kept = blocks.filter((b): b is DocumentBlock => b !== null && b.text.trim() !== '');
    if (kept.length) sections.push({ heading: `${sections.length + 1}. ${heading}`, blocks: kept });
  };
  const field = (label: string, text: string | null | undefined): DocumentBlock | null => (text ? { kind: 'field', label, text } : null);
  const paragraph = (text: string | null | undefined): DocumentBlock | null => (text ? { kind: 'paragraph', text } : null);
  const sub = (text: string): DocumentBlock => ({ kind: 'subheading', text });

  const banners: string[] = [];
  const essential = ctx.completeness.missing.filter((m) => m.essential);
  if (essential.length) banners.push(`DRAFT — essential items missing: ${essential.map((m) => m.field).join(', ')}`);
  if (r.urgent) banners.push(`URGENT${r.urgencyReason ? ` — ${r.urgencyReason}` : ''}${r.dueOn ? ` (reply requested by ${r.dueOn})` : ''}`);
  if (r.confidential) banners.push(`CONFIDENTIAL${r.confidentialityReason ? ` — ${r.confidentialityReason}` : ''}`);

  const a = ctx.addressee;
  section('Addressee', [
    paragraph(a ? a.name : `The competent authority of ${B}`),
    paragraph(a?.contactAddress),
    field('State', B),
    field('Channel of transmission', a?.channels.length ? a.channels.join('; ') : null),
  ]);
  section('Requesting authority', [
    paragraph(r.requestingAuthority),
    field('State', A),
    field('Contact', r.requestingAuthorityContact),
    field('Our reference', r.reference),
  ]);
  if (r.urgent || r.confidential) {
    section('Urgency and confidentiality', [
      r.urgent ? field('Urgency', `${r.urgencyReason ?? 'This request is urgent.'}${r.dueOn ? ` A reply is requested by ${r.dueOn}.` : ''}`) : null,
      r.confidential
        ? field('Confidentiality', `${r.confidentialityReason ?? 'This request and its contents are confidential.'} If confidentiality cannot be maintained, the requesting authority asks to be consulted before the request is executed (art. 18(20)).`)
        : null,
    ]);
  }
  section('Legal basis', [paragraph(legalBasisText(r, ctx.treaty, A, B)), paragraph(r.legalBasisDetail)]);
  section(extradition ? 'Proceedings' : 'Subject and nature of the proceedings', [
    field('Subject', r.subject),
    field('Nature', r.proceedingsNature ? NATURE[r.proceedingsNature] : null),
    field('Authority conducting the proceedings', r.conductingAuthority),
    field('Case', ctx.caseReference),
  ]);
  section(extradition ? 'Facts and procedural history' : 'Summary of the relevant facts', [paragraph(r.facts)]);
  section(extradition ? 'Offences for which extradition is requested' : 'Offences and applicable law', r.offences.flatMap((o, i) => [
    sub(`Offence ${i + 1}${o.crimeType ? ` — ${ctx.crimeTypeLabel(o.crimeType)}` : ''}`),
    paragraph(o.description),
    field('Provision', o.provision ?? o.lawReference),
    field('Time of commission', o.time),
    field('Place of commission', o.place),
    field('Participation of the person sought', o.participation),
    field('Text of the law', o.excerpt),
    field('Penalty', o.penalty),
  ]));
  if (extradition) {
    const p = r.personSought;
    section('Person sought', p ? [
      field('Name', p.name), field('Nationality', p.nationality ? ctx.countryName(p.nationality) : null), field('Date of birth', p.dateOfBirth),
      field('Believed to be at', p.location), field('Description and identity', p.description),
    ] : []);
    section('Documents in support', [
      field('Warrant for arrest', r.arrestWarrant),
      field('Conviction and enforceability', r.conviction),
      field('Sentence served', r.sentenceServed),
      field('Presence at trial', r.trialPresence),
      field('Limitation periods', r.limitation),
      field('Evidence', r.evidence),
    ]);
  } else {
    section('Persons concerned', r.persons.map((p) => paragraph([
      p.name ?? 'Name unknown', p.role ? `(${ROLE[p.role]})` : null,
      p.nationality ? `national of ${ctx.countryName(p.nationality)}` : null, p.dateOfBirth ? `born ${p.dateOfBirth}` : null,
      p.location ? `believed to be at ${p.location}` : null, p.description,
    ].filter(Boolean).join(', '))));
  }
  section(extradition ? 'Extradition requested' : 'Assistance sought', r.measures.flatMap((m, i) => [
    sub(`${extradition ? '' : `${String.fromCharCode(97 + i)}) `}${capitalize(formLabel(m.form))} (${formProvision(m.form)})`),
    paragraph(m.description),
    field('Relevance to the proceedings', m.relevance),
    field('Procedure to be followed', m.procedure),
    field('Order of confiscation', m.confiscationOrder),
  ]));
  if (!extradition) section('Purpose', [paragraph(r.purpose)]);
  section('Execution of the request', [
    field('Prior contact', r.priorContact),
    field('Other channels', r.otherChannels),
    field('Presence of officials', r.officialsPresence),
    field('Language', r.language ? `This request is made in ${languageName(r.language)}.` : null),
  ]);
  section('Contact', [
    paragraph(`For any question on this request, and for the acknowledgement of its receipt, please contact ${r.requestingAuthority ?? 'the requesting authority'}.`),
    field('Contact', r.requestingAuthorityContact),
  ]);

  return {
    title: extradition ? 'Request for extradition' : 'Request for mutual legal assistance in criminal matters',
    subtitle: `From ${A} to ${B}${r.reference ? ` — reference ${r.reference}` : ''}`,
    banners,
    sections,
    closing: [`Done at ____________________, on ____________________`, 'Signature and seal of the requesting authority: ____________________'],
    footer: `Prepared with the request writer of the organized crime law portal on ${ctx.today}. Check every item before signature.`,
  };
}

function legalBasisText(r: CooperationRequest, treaty: Treaty | null, A: string, B: string): string | null {
  const kind = r.kind === RequestKind.EXTRADITION ? 'extradition' : 'mutual legal assistance';
  switch (r.legalBasis) {
    case LegalBasisKind.TREATY:
      return `This request is made under ${treaty ? treaty.title : 'the treaty in force between the two States'}.`;
    case LegalBasisKind.CONVENTION:
      return r.kind === RequestKind.EXTRADITION
        ? `This request is made under article 16 of the United Nations Convention against Transnational Organized Crime, to which ${A} and ${B} are parties.`
        : `This request is made under article 18 of the United Nations Convention against Transnational Organized Crime, to which ${A} and ${B} are parties.`;
    case LegalBasisKind.RECIPROCITY:
      return `This request is made on the basis of reciprocity: ${A} assures ${B} that it would grant a similar request for ${kind}.`;
    case LegalBasisKind.DOMESTIC_LAW:
      return `This request is made under the law of ${B} on international cooperation in criminal matters.`;
    default:
      return null;
  }
}

const LANGUAGES: Record<string, string> = { en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic', ru: 'Russian', zh: 'Chinese', it: 'Italian', de: 'German', pt: 'Portuguese' };
const languageName = (code: string) => LANGUAGES[code] ?? code;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
