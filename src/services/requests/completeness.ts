import { RequestKind } from '../../entities/enums';
import { EXTRADITION_FORMS, RequestForm } from '../../entities/request.enums';
import { type CooperationRequest } from '../../entities/cooperation-request.entity';

/**
 * What a request must (essential) or should (recommended) contain before it is sent, item by item from
 * UNTOC article 18(15) (and 18(14), 13(3), 18(18)) and the checklists of Tool 6 §6.8 (mutual legal assistance)
 * and §6.6 (extradition, person accused or convicted). Pure: it reads the draft and nothing else.
 */
export interface MissingItem {
  /** The field or set of fields to fill, as the input names it (`facts`, `measures[0].description`). */
  field: string;
  /** The rule it comes from: "art. 18(15)(c)", "Tool 6 §6.6". */
  requirement: string;
  /** What is missing, in a practitioner's words, ending with the requirement. */
  message: string;
  /** Essential items stop the request from being sent; recommended ones do not. */
  essential: boolean;
}

export interface Completeness {
  /** True when no essential item is missing. */
  complete: boolean;
  missing: MissingItem[];
}

export type RequestContent = Pick<
  CooperationRequest,
  | 'kind' | 'measures' | 'requestingAuthority' | 'requestingAuthorityContact' | 'conductingAuthority' | 'subject'
  | 'proceedingsNature' | 'facts' | 'offences' | 'persons' | 'purpose' | 'legalBasis' | 'urgent' | 'urgencyReason'
  | 'confidential' | 'confidentialityReason' | 'language' | 'priorContact' | 'otherChannels' | 'officialsPresence'
  | 'personSought' | 'arrestWarrant' | 'conviction' | 'sentenceServed' | 'trialPresence' | 'limitation' | 'evidence'
>;

const MLA = 'art. 18(15)';
const TOOL_MLA = 'Tool 6 §6.8';
const TOOL_EXT = 'Tool 6 §6.6';

const blank = (value: string | null | undefined): boolean => value === null || value === undefined || value.trim() === '';

class Checklist {
  readonly missing: MissingItem[] = [];
  need(field: string, requirement: string, text: string, essential = true): void {
    this.missing.push({ field, requirement, message: `${text} — ${requirement}`, essential });
  }
  whenBlank(value: string | null | undefined, field: string, requirement: string, text: string, essential = true): void {
    if (blank(value)) this.need(field, requirement, text, essential);
  }
}

/** The checklist of the request's kind; kinds the writer does not draft have no checklist. */
export function completeness(request: RequestContent): Completeness {
  const list = new Checklist();
  if (request.kind === RequestKind.MUTUAL_LEGAL_ASSISTANCE) mutualLegalAssistance(request, list);
  else if (request.kind === RequestKind.EXTRADITION) extradition(request, list);
  common(request, list);
  return { complete: !list.missing.some((m) => m.essential), missing: list.missing };
}

function mutualLegalAssistance(r: RequestContent, list: Checklist): void {
  list.whenBlank(r.requestingAuthority, 'requestingAuthority', `${MLA}(a)`, 'the identity of the authority making the request is required');
  list.whenBlank(r.requestingAuthorityContact, 'requestingAuthorityContact', TOOL_MLA,
    'contact particulars of the office presenting the request and, unless inappropriate, of the officer in charge are recommended', false);
  list.whenBlank(r.subject, 'subject', `${MLA}(b)`, 'the subject matter of the investigation, prosecution or judicial proceedings is required');
  if (!r.proceedingsNature) {
    list.need('proceedingsNature', `${MLA}(b)`, 'the nature of the proceedings (investigation, prosecution, judicial proceedings or enforcement) is required');
  }
  list.whenBlank(r.conductingAuthority, 'conductingAuthority', `${MLA}(b)`,
    'the name and functions of the authority conducting the investigation, prosecution or proceedings are required');
  const onlyService = r.measures.length > 0 && r.measures.every((m) => m.form === RequestForm.SERVICE_OF_DOCUMENTS);
  if (!onlyService) {
    list.whenBlank(r.facts, 'facts', `${MLA}(c)`, 'a summary of the relevant facts is required, except for service of documents');
  }
  if (r.measures.length === 0) {
    list.need('measures', `${MLA}(d)`, 'at least one form of assistance must be asked for, described in specific terms');
  }
  r.measures.forEach((m, i) => {
    list.whenBlank(m.description, `measures[${i}].description`, `${MLA}(d)`, `a description in specific terms of the assistance sought (${formLabel(m.form)}) is required`);
    if (m.form !== RequestForm.SERVICE_OF_DOCUMENTS) {
      list.whenBlank(m.relevance, `measures[${i}].relevance`, TOOL_MLA,
        `how the assistance sought (${formLabel(m.form)}) is relevant to the proceedings should be explained`, false);
    }
    if (m.form === RequestForm.CONFISCATION) {
      list.whenBlank(m.confiscationOrder, `measures[${i}].confiscationOrder`, 'art. 13(3)(b)',
        'a legally admissible copy of the order of confiscation, and the extent to which its execution is requested, is required for confiscation');
    }
    if (m.form === RequestForm.VIDEOCONFERENCE) {
      list.whenBlank(m.procedure, `measures[${i}].procedure`, 'art. 18(18)',
        'for a hearing by videoconference, say who will conduct it, who is to be heard and why the person cannot appear in person', false);
    }
  });
  if (r.persons.length === 0) {
    list.need('persons', `${MLA}(e)`, 'where possible, the identity, location and nationality of any person concerned should be given', false);
  }
  r.persons.forEach((p, i) => {
    list.whenBlank(p.name, `persons[${i}].name`, `${MLA}(e)`, 'the identity of each person concerned should be given where possible', false);
    if (blank(p.nationality) && blank(p.location)) {
      list.need(`persons[${i}].location`, `${MLA}(e)`, 'where possible, the location and nationality of each person concerned should be given', false);
    }
  });
  list.whenBlank(r.purpose, 'purpose', `${MLA}(f)`, 'the purpose for which the evidence, information or action is sought is required');
  if (!r.legalBasis) {
    list.need('legalBasis', TOOL_MLA, 'the basis on which the request is made (treaty, the Convention, reciprocity) should be stated', false);
  }
  if (r.offences.length === 0) {
    list.need('offences', TOOL_MLA, 'a description of the offence and the applicable penalty, with an excerpt of the law, is recommended', false);
  }
  r.offences.forEach((o, i) => {
    list.whenBlank(o.description, `offences[${i}].description`, TOOL_MLA, 'each offence should be described', false);
    list.whenBlank(o.excerpt, `offences[${i}].excerpt`, TOOL_MLA, 'an excerpt or copy of the relevant law of the requesting State is recommended', false);
    list.whenBlank(o.penalty, `offences[${i}].penalty`, TOOL_MLA, 'the applicable penalty should be stated', false);
  });
  list.whenBlank(r.language, 'language', 'art. 18(14)', 'the request must be in a language acceptable to the requested State: choose its language');
  list.whenBlank(r.officialsPresence, 'officialsPresence', TOOL_MLA,
    'say whether officials of the requesting State wish to be present at or take part in the execution, and why', false);
}

function extradition(r: RequestContent, list: Checklist): void {
  const forms = r.measures.map((m) => m.form).filter((f) => EXTRADITION_FORMS.includes(f));
  const accused = forms.includes(RequestForm.EXTRADITION_OF_ACCUSED);
  const convicted = forms.includes(RequestForm.EXTRADITION_OF_CONVICTED);
  if (!accused && !convicted) {
    list.need('measures', TOOL_EXT, 'say whether extradition is sought of a person accused (for prosecution) or of a person convicted (to enforce a sentence)');
  }
  const person = r.personSought;
  list.whenBlank(person?.name, 'personSought.name', TOOL_EXT, 'the identity of the person sought is required');
  list.whenBlank(person?.description, 'personSought.description', TOOL_EXT,
    'a description of the person sought and information establishing his or her identity is required');
  list.whenBlank(person?.nationality, 'personSought.nationality', TOOL_EXT, 'the nationality of the person sought should be given', false);
  list.whenBlank(person?.location, 'personSought.location', TOOL_EXT, 'where the person sought is believed to be should be given', false);
  list.whenBlank(r.facts, 'facts', TOOL_EXT,
    'an overview of the facts and procedural history of the case, including the charge against the person sought, is required');
  if (r.offences.length === 0) {
    list.need('offences', TOOL_EXT, 'each offence for which extradition is requested must be described, with its penalty and an excerpt of the law');
  }
  r.offences.forEach((o, i) => {
    list.whenBlank(o.description, `offences[${i}].description`, TOOL_EXT, 'a description of the acts or omissions constituting the offence is required');
    list.whenBlank(o.excerpt, `offences[${i}].excerpt`, TOOL_EXT, 'an excerpt or copy of the relevant law of the requesting State is required');
    list.whenBlank(o.penalty, `offences[${i}].penalty`, TOOL_EXT, 'the applicable (maximum) penalty for the offence is required');
    if (accused) {
      list.whenBlank(o.time, `offences[${i}].time`, TOOL_EXT, 'for a person accused, the time of commission of each offence is required');
      list.whenBlank(o.place, `offences[${i}].place`, TOOL_EXT, 'for a person accused, the place of commission of each offence is required');
      list.whenBlank(o.participation, `offences[${i}].participation`, TOOL_EXT, 'the degree of participation of the person sought should be stated', false);
    }
  });
  list.whenBlank(r.limitation, 'limitation', TOOL_EXT, 'the relevant limitation periods, and that they have not run, are required');
  if (!r.legalBasis) {
    list.need('legalBasis', TOOL_EXT, 'the basis on which extradition is requested (treaty, the Convention under art. 16(4), domestic law or comity) is required');
  }
  if (accused) {
    list.whenBlank(r.arrestWarrant, 'arrestWarrant', TOOL_EXT,
      'for a person accused, the original or a certified copy of the warrant for arrest issued by a competent judicial authority is required');
    list.whenBlank(r.evidence, 'evidence', TOOL_EXT,
      'for a person accused, the evidence of identity and substantiating the charges, in the form the requested State requires, is required');
  }
  if (convicted) {
    list.whenBlank(r.conviction, 'conviction', TOOL_EXT,
      'for a person convicted, the conviction or detention order and a statement that the sentence is immediately enforceable are required');
    list.whenBlank(r.sentenceServed, 'sentenceServed', TOOL_EXT, 'for a person convicted, a statement of how much of the sentence has been carried out is required');
    list.whenBlank(r.trialPresence, 'trialPresence', TOOL_EXT,
      'for a person convicted, a statement that the person was summoned, informed or represented at the hearing, or of the means to have the case retried, is required');
  }
  list.whenBlank(r.requestingAuthority, 'requestingAuthority', TOOL_EXT, 'the office or authority requesting extradition should be identified', false);
  list.whenBlank(r.language, 'language', TOOL_EXT,
    'the request should be in, or translated into, a language specified by the requested State', false);
  list.whenBlank(r.officialsPresence, 'officialsPresence', TOOL_EXT,
    'say whether officials of the requesting State wish to be present at the execution, and why', false);
}

/** Items of both checklists: the reasons for urgency and confidentiality, prior contact, other channels. */
function common(r: RequestContent, list: Checklist): void {
  if (r.kind !== RequestKind.MUTUAL_LEGAL_ASSISTANCE && r.kind !== RequestKind.EXTRADITION) return;
  const tool = r.kind === RequestKind.EXTRADITION ? TOOL_EXT : TOOL_MLA;
  if (r.urgent) list.whenBlank(r.urgencyReason, 'urgencyReason', tool, 'the request is marked urgent: give the reason for the urgency or time limit', false);
  if (r.confidential) {
    list.whenBlank(r.confidentialityReason, 'confidentialityReason', r.kind === RequestKind.EXTRADITION ? TOOL_EXT : 'art. 18(20)',
      'the request is marked confidential: give the reason, and ask to be consulted before execution if confidentiality cannot be kept', false);
  }
  list.whenBlank(r.priorContact, 'priorContact', tool, 'details of any prior contact between officers of the two States should be given (or "none")', false);
  list.whenBlank(r.otherChannels, 'otherChannels', tool, 'say whether a copy has been or is being sent through other channels (or "none")', false);
}

const FORM_LABELS: Record<RequestForm, string> = {
  [RequestForm.TAKING_EVIDENCE]: 'taking evidence or statements',
  [RequestForm.SERVICE_OF_DOCUMENTS]: 'service of judicial documents',
  [RequestForm.SEARCH_AND_SEIZURE]: 'search and seizure, freezing',
  [RequestForm.EXAMINING_OBJECTS_AND_SITES]: 'examining objects and sites',
  [RequestForm.INFORMATION_AND_EXPERT_EVALUATIONS]: 'information, evidentiary items and expert evaluations',
  [RequestForm.DOCUMENTS_AND_RECORDS]: 'documents and records, including bank, financial, corporate or business records',
  [RequestForm.IDENTIFYING_PROCEEDS]: 'identifying or tracing proceeds of crime',
  [RequestForm.VOLUNTARY_APPEARANCE]: 'voluntary appearance of persons in the requesting State',
  [RequestForm.OTHER_ASSISTANCE]: 'other assistance',
  [RequestForm.VIDEOCONFERENCE]: 'hearing by videoconference',
  [RequestForm.STORED_COMPUTER_DATA]: 'preservation of and access to stored computer data',
  [RequestForm.CONFISCATION]: 'confiscation',
  [RequestForm.EXTRADITION_OF_ACCUSED]: 'extradition of a person accused',
  [RequestForm.EXTRADITION_OF_CONVICTED]: 'extradition of a person convicted',
};

/** The form in words, as the document and the messages say it. */
export function formLabel(form: RequestForm): string {
  return FORM_LABELS[form];
}

/** The provision each form rests on, as the document cites it. */
export function formProvision(form: RequestForm): string {
  switch (form) {
    case RequestForm.TAKING_EVIDENCE: return 'art. 18(3)(a)';
    case RequestForm.SERVICE_OF_DOCUMENTS: return 'art. 18(3)(b)';
    case RequestForm.SEARCH_AND_SEIZURE: return 'art. 18(3)(c)';
    case RequestForm.EXAMINING_OBJECTS_AND_SITES: return 'art. 18(3)(d)';
    case RequestForm.INFORMATION_AND_EXPERT_EVALUATIONS: return 'art. 18(3)(e)';
    case RequestForm.DOCUMENTS_AND_RECORDS: return 'art. 18(3)(f)';
    case RequestForm.IDENTIFYING_PROCEEDS: return 'art. 18(3)(g)';
    case RequestForm.VOLUNTARY_APPEARANCE: return 'art. 18(3)(h)';
    case RequestForm.OTHER_ASSISTANCE: return 'art. 18(3)(i)';
    case RequestForm.VIDEOCONFERENCE: return 'art. 18(18)';
    case RequestForm.STORED_COMPUTER_DATA: return 'art. 18(3)(i)';
    case RequestForm.CONFISCATION: return 'art. 13(3)';
    case RequestForm.EXTRADITION_OF_ACCUSED:
    case RequestForm.EXTRADITION_OF_CONVICTED: return 'art. 16';
  }
}
