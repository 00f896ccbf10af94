import { fieldId, type Problem } from '../forms/paths';
import { type EditLawQuery, type LawInput } from '../gql/graphql';

export interface LawForm {
  reference: string;
  title: string;
  country: string;
  enactedOn: string;
  status: string;
  crimeTypes: string[];
  provisions: { number: string; heading: string; text: string; articles: string[] }[];
  sources: { label: string; url: string }[];
}

export const emptyLaw = (): LawForm => ({ reference: '', title: '', country: '', enactedOn: '', status: '', crimeTypes: [], provisions: [], sources: [] });
export const blankProvision = () => ({ number: '', heading: '', text: '', articles: [] as string[] });

const s = (v: string | null | undefined) => v ?? '';
const text = (v: string) => (v.trim() === '' ? undefined : v.trim());

export function lawToForm(l: NonNullable<EditLawQuery['law']>): LawForm {
  return {
    reference: l.reference,
    title: l.title,
    country: l.jurisdiction.code,
    enactedOn: s(l.enactedOn),
    status: s(l.legalStatus),
    crimeTypes: l.crimeTypes.map((c) => c.code),
    provisions: l.provisions.map((p) => ({ number: p.number, heading: s(p.heading), text: s(p.text), articles: p.articles.map((a) => a.id) })),
    sources: l.sources.map((x) => ({ label: x.label, url: s(x.url) })),
  };
}

export function lawToInput(form: LawForm): { input: LawInput; problems: Problem[] } {
  return {
    input: {
      reference: text(form.reference),
      title: text(form.title),
      country: text(form.country),
      enactedOn: text(form.enactedOn),
      status: text(form.status),
      crimeTypes: form.crimeTypes,
      provisions: form.provisions.map((p) => ({ number: text(p.number), heading: text(p.heading), text: text(p.text), articles: p.articles })),
      sources: form.sources.map((x) => ({ label: text(x.label), url: text(x.url) })),
    },
    problems: [],
  };
}

export function lawControlOf(field: string): string | null {
  const list = /^(crimeTypes)\[\d+\]$/.exec(field) ?? /^(provisions\[\d+\]\.articles)\[\d+\]$/.exec(field);
  return list ? fieldId(list[1]) : null;
}
