import { fieldId, type Problem } from '../forms/paths';
import { type CaseInput, type EditCaseQuery } from '../gql/graphql';

/** A case as the editor holds it: every field as typed (strings), lists of structured items. */
export interface CaseForm {
  reference: string;
  title: string;
  country: string;
  court: string;
  courtLevel: string;
  decisionDate: string;
  sentenceDate: string;
  language: string;
  summary: string;
  legalReasoning: string;
  commentary: string;
  crimeTypes: string[];
  articles: string[];
  keywords: string[];
  /** One law reference per line. */
  laws: string;
  /** One case reference per line. */
  citedCases: string;
  proceedings: { stage: string; date: string; court: string; place: string; outcome: string }[];
  defendants: DefendantForm[];
  victims: { count: string; gender: string; child: string; name: string; nationality: string }[];
  cooperation: { type: string; counterpart: string; legalBasis: string; description: string }[];
  sources: { label: string; url: string }[];
}

export interface DefendantForm {
  name: string;
  legalPerson: boolean;
  gender: string;
  nationality: string;
  age: string;
  charges: { law: string; verdict: string; sentence: string; prisonMonths: string }[];
}

export const emptyCase = (): CaseForm => ({
  reference: '', title: '', country: '', court: '', courtLevel: '', decisionDate: '', sentenceDate: '', language: '',
  summary: '', legalReasoning: '', commentary: '', crimeTypes: [], articles: [], keywords: [], laws: '', citedCases: '',
  proceedings: [], defendants: [], victims: [], cooperation: [], sources: [],
});

export const blankProceeding = () => ({ stage: '', date: '', court: '', place: '', outcome: '' });
export const blankDefendant = (): DefendantForm => ({ name: '', legalPerson: false, gender: '', nationality: '', age: '', charges: [] });
export const blankCharge = () => ({ law: '', verdict: '', sentence: '', prisonMonths: '' });
export const blankVictim = () => ({ count: '', gender: '', child: '', name: '', nationality: '' });
export const blankCooperation = () => ({ type: '', counterpart: '', legalBasis: '', description: '' });
export const blankSource = () => ({ label: '', url: '' });

const s = (v: string | number | null | undefined) => (v == null ? '' : String(v));

export function caseToForm(c: NonNullable<EditCaseQuery['case']>): CaseForm {
  return {
    reference: c.reference,
    title: c.title,
    country: c.jurisdiction.code,
    court: s(c.court?.name),
    courtLevel: s(c.courtLevel),
    decisionDate: s(c.decisionDate),
    sentenceDate: s(c.sentenceDate),
    language: s(c.language),
    summary: s(c.summary),
    legalReasoning: s(c.legalReasoning),
    commentary: s(c.commentary),
    crimeTypes: c.crimeTypes.map((x) => x.code),
    articles: c.articles.map((x) => x.id),
    keywords: c.keywords.map((x) => x.label),
    laws: c.lawReferences.join('\n'),
    citedCases: c.citedCaseReferences.join('\n'),
    proceedings: c.proceedings.map((p) => ({ stage: s(p.stage), date: s(p.decisionDate), court: s(p.courtName), place: s(p.place), outcome: s(p.outcome) })),
    defendants: c.defendants.map((d) => ({
      name: s(d.name),
      legalPerson: d.legalPerson,
      gender: s(d.gender),
      nationality: s(d.nationalityCode),
      age: s(d.age),
      charges: d.charges.map((ch) => ({ law: s(ch.lawReference), verdict: s(ch.verdict), sentence: s(ch.sentence), prisonMonths: s(ch.prisonMonths) })),
    })),
    victims: c.victims.map((v) => ({ count: s(v.count), gender: s(v.gender), child: v.child == null ? '' : v.child ? 'yes' : 'no', name: s(v.name), nationality: s(v.nationalityCode) })),
    cooperation: c.cooperation.map((x) => ({ type: x.type, counterpart: s(x.counterpart?.code), legalBasis: s(x.legalBasis?.id), description: s(x.description) })),
    sources: c.sources.map((x) => ({ label: x.label, url: s(x.url) })),
  };
}

/** Text as the API takes it: trimmed, and absent when empty. */
const text = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** A whole number typed in a field, or a problem naming the field and what it accepts. */
export function wholeNumber(value: string, path: string, label: string, problems: Problem[]): number | undefined {
  const t = value.trim();
  if (t === '') return undefined;
  if (!/^\d+$/.test(t) || Number(t) > 2_147_483_647) {
    problems.push({ id: fieldId(path), message: `${label}: "${t}" is not a whole number (give digits only, e.g. 24)` });
    return undefined;
  }
  return Number(t);
}

/** The form as `CaseInput` (the catalogue record): the API normalizes and validates it, naming each refused field. */
export function caseToInput(form: CaseForm): { input: CaseInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const input: CaseInput = {
    reference: text(form.reference),
    title: text(form.title),
    country: text(form.country),
    court: text(form.court),
    courtLevel: text(form.courtLevel),
    decisionDate: text(form.decisionDate),
    sentenceDate: text(form.sentenceDate),
    language: text(form.language),
    summary: text(form.summary),
    legalReasoning: text(form.legalReasoning),
    commentary: text(form.commentary),
    crimeTypes: form.crimeTypes,
    articles: form.articles,
    keywords: form.keywords,
    laws: form.laws.split('\n').map((l) => l.trim()).filter(Boolean),
    citedCases: form.citedCases.split('\n').map((l) => l.trim()).filter(Boolean),
    proceedings: form.proceedings.map((p) => ({ stage: text(p.stage), date: text(p.date), court: text(p.court), place: text(p.place), outcome: text(p.outcome) })),
    defendants: form.defendants.map((d, i) => ({
      name: text(d.name),
      legalPerson: d.legalPerson,
      gender: text(d.gender),
      nationality: text(d.nationality),
      age: wholeNumber(d.age, `defendants[${i}].age`, `Defendant ${i + 1}, age`, problems),
      charges: d.charges.map((ch, j) => ({
        law: text(ch.law),
        verdict: text(ch.verdict),
        sentence: text(ch.sentence),
        prisonMonths: wholeNumber(ch.prisonMonths, `defendants[${i}].charges[${j}].prisonMonths`, `Defendant ${i + 1}, charge ${j + 1}, months in prison`, problems),
      })),
    })),
    victims: form.victims.map((v, i) => ({
      count: wholeNumber(v.count, `victims[${i}].count`, `Victims ${i + 1}, number`, problems),
      gender: text(v.gender),
      child: v.child === '' ? undefined : v.child === 'yes',
      name: text(v.name),
      nationality: text(v.nationality),
    })),
    cooperation: form.cooperation.map((x) => ({ type: text(x.type), counterpart: text(x.counterpart), legalBasis: text(x.legalBasis), description: text(x.description) })),
    sources: form.sources.map((x) => ({ label: text(x.label), url: text(x.url) })),
  };
  return { input, problems };
}

/** Lists edited as one control: an error on `laws[2]` is shown at the laws box. */
export function caseControlOf(field: string): string | null {
  const list = /^(crimeTypes|articles|keywords|laws|citedCases)\[\d+\]$/.exec(field);
  return list ? fieldId(list[1]) : null;
}

/** A reference for a new record: the State's code, the year, a number (`ITA-2026-0417`); it can be changed. */
export function proposeReference(country: string, date: string): string {
  const year = /^\d{4}/.exec(date)?.[0] ?? String(new Date().getFullYear());
  const serial = String(Math.floor(Math.random() * 10_000)).padStart(4, '0');
  return `${country}-${year}-${serial}`;
}
