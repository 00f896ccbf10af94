import { LegalBasisKind, ProceedingsNature, RequestForm, RequestKind } from '../../../src/entities';
import { completeness, type RequestContent } from '../../../src/services/requests/completeness';

const measure = (form: RequestForm, extra: Record<string, string | null> = {}) => ({
  form, description: 'Statement of the witness on the recruitment', relevance: 'The witness saw the recruitment', procedure: null, confiscationOrder: null, ...extra,
});
const offence = (extra: Record<string, string | null> = {}) => ({
  description: 'Trafficking in persons', lawReference: null, provision: 'Art. 601 c.p.', excerpt: 'Whoever recruits…', penalty: 'Eight to twenty years',
  crimeType: 'trafficking-in-persons', time: 'March–June 2021', place: 'Palermo', participation: 'Organizer', ...extra,
});

/** A complete MLA request: every item of art. 18(15) and Tool 6 §6.8 given. */
const MLA: RequestContent = {
  kind: RequestKind.MUTUAL_LEGAL_ASSISTANCE, measures: [measure(RequestForm.TAKING_EVIDENCE)],
  requestingAuthority: 'Ministry of Justice', requestingAuthorityContact: 'mla@justice.example', conductingAuthority: 'Public prosecutor of Palermo',
  subject: 'Trafficking ring', proceedingsNature: ProceedingsNature.PROSECUTION, facts: 'Synthetic facts.', offences: [offence()],
  persons: [{ name: 'A. B.', role: null, nationality: 'NGA', dateOfBirth: null, location: 'Benin City', description: null }],
  purpose: 'Evidence at trial', legalBasis: LegalBasisKind.CONVENTION, urgent: false, urgencyReason: null, confidential: false,
  confidentialityReason: null, language: 'en', priorContact: 'None', otherChannels: 'None', officialsPresence: 'Not requested',
  personSought: null, arrestWarrant: null, conviction: null, sentenceServed: null, trialPresence: null, limitation: null, evidence: null,
};

/** A complete extradition request of a person accused (Tool 6 §6.6). */
const EXTRADITION: RequestContent = {
  ...MLA, kind: RequestKind.EXTRADITION, measures: [measure(RequestForm.EXTRADITION_OF_ACCUSED)],
  personSought: { name: 'Paolo Ferri', role: null, nationality: 'ITA', dateOfBirth: '1978-01-02', location: 'Lyon', description: 'Male, 1.80 m; passport YA1234567' },
  arrestWarrant: 'Warrant of the GIP of Palermo, 3 May 2023', limitation: 'Twenty years from the offence (art. 157 c.p.)', evidence: 'Statements of three victims',
};

const missingOf = (r: RequestContent) => completeness(r).missing;
const item = (r: RequestContent, field: string) => missingOf(r).find((m) => m.field === field);

describe('completeness of a mutual legal assistance request', () => {
  it('is complete with every item, and nothing is listed', () => {
    expect(completeness(MLA)).toEqual({ complete: true, missing: [] });
  });

  it.each([
    ['requestingAuthority', { requestingAuthority: null }, 'art. 18(15)(a)', true],
    ['subject', { subject: ' ' }, 'art. 18(15)(b)', true],
    ['proceedingsNature', { proceedingsNature: null }, 'art. 18(15)(b)', true],
    ['conductingAuthority', { conductingAuthority: null }, 'art. 18(15)(b)', true],
    ['facts', { facts: null }, 'art. 18(15)(c)', true],
    ['measures', { measures: [] }, 'art. 18(15)(d)', true],
    ['measures[0].description', { measures: [measure(RequestForm.TAKING_EVIDENCE, { description: null })] }, 'art. 18(15)(d)', true],
    ['measures[0].relevance', { measures: [measure(RequestForm.TAKING_EVIDENCE, { relevance: null })] }, 'Tool 6 §6.8', false],
    ['persons', { persons: [] }, 'art. 18(15)(e)', false],
    ['persons[0].name', { persons: [{ ...MLA.persons[0], name: null }] }, 'art. 18(15)(e)', false],
    ['persons[0].location', { persons: [{ ...MLA.persons[0], nationality: null, location: null }] }, 'art. 18(15)(e)', false],
    ['purpose', { purpose: null }, 'art. 18(15)(f)', true],
    ['language', { language: null }, 'art. 18(14)', true],
    ['legalBasis', { legalBasis: null }, 'Tool 6 §6.8', false],
    ['offences', { offences: [] }, 'Tool 6 §6.8', false],
    ['offences[0].excerpt', { offences: [offence({ excerpt: null })] }, 'Tool 6 §6.8', false],
    ['offences[0].penalty', { offences: [offence({ penalty: null })] }, 'Tool 6 §6.8', false],
    ['requestingAuthorityContact', { requestingAuthorityContact: null }, 'Tool 6 §6.8', false],
    ['priorContact', { priorContact: null }, 'Tool 6 §6.8', false],
    ['otherChannels', { otherChannels: null }, 'Tool 6 §6.8', false],
    ['officialsPresence', { officialsPresence: null }, 'Tool 6 §6.8', false],
    ['urgencyReason', { urgent: true }, 'Tool 6 §6.8', false],
    ['confidentialityReason', { confidential: true }, 'art. 18(20)', false],
    ['measures[0].confiscationOrder', { measures: [measure(RequestForm.CONFISCATION)] }, 'art. 13(3)(b)', true],
    ['measures[0].procedure', { measures: [measure(RequestForm.VIDEOCONFERENCE)] }, 'art. 18(18)', false],
  ])('%s', (field, change, requirement, essential) => {
    const request = { ...MLA, ...change } as RequestContent;
    const found = item(request, field);
    expect(found).toMatchObject({ field, requirement, essential });
    expect(found!.message).toMatch(new RegExp(` — ${requirement.replace(/[()§]/g, '\\$&')}$`));
    expect(completeness(request).complete).toBe(!essential);
    expect(missingOf(request)).toHaveLength(1);
  });

  it('says the facts in a practitioner\'s words, and does not ask for them for service of documents alone', () => {
    expect(item({ ...MLA, facts: null }, 'facts')!.message).toBe(
      'a summary of the relevant facts is required, except for service of documents — art. 18(15)(c)',
    );
    const service = { ...MLA, facts: null, measures: [measure(RequestForm.SERVICE_OF_DOCUMENTS)] };
    expect(completeness(service)).toEqual({ complete: true, missing: [] });
    const mixed = { ...service, measures: [measure(RequestForm.SERVICE_OF_DOCUMENTS), measure(RequestForm.DOCUMENTS_AND_RECORDS)] };
    expect(item(mixed, 'facts')?.essential).toBe(true);
  });

  it('keeps the reasons given for urgency and confidentiality', () => {
    expect(completeness({ ...MLA, urgent: true, urgencyReason: 'Trial on 3 June', confidential: true, confidentialityReason: 'Suspects at large' }).missing).toEqual([]);
  });
});

describe('completeness of an extradition request', () => {
  it('is complete for a person accused with every item', () => {
    expect(completeness(EXTRADITION)).toEqual({ complete: true, missing: [] });
  });

  it.each([
    ['measures', { measures: [] }, true],
    ['personSought.name', { personSought: { ...EXTRADITION.personSought!, name: null } }, true],
    ['personSought.description', { personSought: { ...EXTRADITION.personSought!, description: null } }, true],
    ['personSought.nationality', { personSought: { ...EXTRADITION.personSought!, nationality: null } }, false],
    ['personSought.location', { personSought: { ...EXTRADITION.personSought!, location: null } }, false],
    ['facts', { facts: null }, true],
    ['offences', { offences: [] }, true],
    ['offences[0].description', { offences: [offence({ description: null })] }, true],
    ['offences[0].excerpt', { offences: [offence({ excerpt: null })] }, true],
    ['offences[0].penalty', { offences: [offence({ penalty: null })] }, true],
    ['offences[0].time', { offences: [offence({ time: null })] }, true],
    ['offences[0].place', { offences: [offence({ place: null })] }, true],
    ['offences[0].participation', { offences: [offence({ participation: null })] }, false],
    ['limitation', { limitation: null }, true],
    ['legalBasis', { legalBasis: null }, true],
    ['arrestWarrant', { arrestWarrant: null }, true],
    ['evidence', { evidence: null }, true],
    ['requestingAuthority', { requestingAuthority: null }, false],
    ['language', { language: null }, false],
    ['priorContact', { priorContact: null }, false],
    ['otherChannels', { otherChannels: null }, false],
    ['officialsPresence', { officialsPresence: null }, false],
    ['urgencyReason', { urgent: true }, false],
  ])('%s (person accused)', (field, change, essential) => {
    const request = { ...EXTRADITION, ...change } as RequestContent;
    expect(item(request, field)).toMatchObject({ field, requirement: 'Tool 6 §6.6', essential });
    expect(missingOf(request)).toHaveLength(1);
    expect(completeness(request).complete).toBe(!essential);
  });

  const CONVICTED: RequestContent = {
    ...EXTRADITION, measures: [measure(RequestForm.EXTRADITION_OF_CONVICTED)], arrestWarrant: null, evidence: null,
    offences: [offence({ time: null, place: null, participation: null })],
    conviction: 'Judgment of the Tribunale di Palermo of 18 April 2023, final and enforceable', sentenceServed: 'None served',
    trialPresence: 'Present and represented at trial',
  };

  it('asks a person convicted for the judgment, the sentence served and presence at trial, not the warrant or the time and place', () => {
    expect(completeness(CONVICTED)).toEqual({ complete: true, missing: [] });
    for (const field of ['conviction', 'sentenceServed', 'trialPresence']) {
      const request = { ...CONVICTED, [field]: null };
      expect(item(request, field)).toMatchObject({ requirement: 'Tool 6 §6.6', essential: true });
      expect(item(request, field)!.message).toMatch(/^for a person convicted/);
      expect(completeness(request).complete).toBe(false);
    }
  });
});
