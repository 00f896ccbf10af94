import { PassThrough, Writable } from 'node:stream';
import {
  type CaseRecord,
  type GeneratorVocabulary,
  type LawRecord,
  generateCases,
  generateLaws,
  LAWS_PER_COUNTRY,
  LEGAL_BASIS,
  SYNTHETIC_SENTENCE,
  VocabularyError,
  writeNdjson,
} from '../../ingest/generate';
import { classifySentence } from '../../ingest/normalize/sentence';
import { CITATION_WINDOW } from '../../ingest/generate/citations';

const article = (instrument: string, number: number, title: string) => ({
  id: `${instrument}-${number}`,
  instrument,
  number,
  title,
});

const vocabulary: GeneratorVocabulary = {
  countries: [
    { code: 'USA', name: 'United States of America' },
    { code: 'ITA', name: 'Italy' },
    { code: 'NGA', name: 'Nigeria' },
    { code: 'MEX', name: 'Mexico' },
    { code: 'CIV', name: "Côte d'Ivoire" },
    { code: 'PHL', name: 'Philippines' },
    { code: 'DEU', name: 'Germany' },
    { code: 'THA', name: 'Thailand' },
    { code: 'FRA', name: 'France' },
    { code: 'ROU', name: 'Romania' },
  ],
  articles: [
    article('UNTOC', 2, 'Use of terms'),
    article('UNTOC', 3, 'Scope of application'),
    article('UNTOC', 5, 'Criminalization of participation in an organized criminal group'),
    article('UNTOC', 6, 'Criminalization of the laundering of proceeds of crime'),
    article('UNTOC', 7, 'Measures to combat money-laundering'),
    article('UNTOC', 8, 'Criminalization of corruption'),
    article('UNTOC', 10, 'Liability of legal persons'),
    article('UNTOC', 12, 'Confiscation and seizure'),
    article('UNTOC', 13, 'International cooperation for purposes of confiscation'),
    article('UNTOC', 15, 'Jurisdiction'),
    article('UNTOC', 16, 'Extradition'),
    article('UNTOC', 17, 'Transfer of sentenced persons'),
    article('UNTOC', 18, 'Mutual legal assistance'),
    article('UNTOC', 19, 'Joint investigations'),
    article('UNTOC', 20, 'Special investigative techniques'),
    article('UNTOC', 21, 'Transfer of criminal proceedings'),
    article('UNTOC', 23, 'Criminalization of obstruction of justice'),
    article('UNTOC', 24, 'Protection of witnesses'),
    article('UNTOC', 26, 'Measures to enhance cooperation with law enforcement authorities'),
    article('UNTOC', 27, 'Law enforcement cooperation'),
    article('TIP', 3, 'Use of terms'),
    article('TIP', 5, 'Criminalization'),
    article('TIP', 6, 'Assistance to and protection of victims of trafficking in persons'),
    article('TIP', 7, 'Status of victims of trafficking in persons in receiving States'),
    article('SOM', 3, 'Use of terms'),
    article('SOM', 6, 'Criminalization'),
    article('FIREARMS', 3, 'Definitions'),
    article('FIREARMS', 5, 'Criminalization'),
    article('FIREARMS', 8, 'Marking of firearms'),
  ],
  crimeTypes: [
    { code: 'trafficking-in-persons', label: 'Trafficking in persons', articles: ['TIP-5'] },
    { code: 'smuggling-of-migrants', label: 'Smuggling of migrants', articles: ['SOM-6'] },
    { code: 'money-laundering', label: 'Money laundering', articles: ['UNTOC-6'] },
    { code: 'organized-criminal-group', label: 'Participation in an organized criminal group', articles: ['UNTOC-5'] },
    { code: 'firearms-trafficking', label: 'Firearms trafficking', articles: ['FIREARMS-5'] },
    { code: 'corruption', label: 'Corruption', articles: ['UNTOC-8'] },
    { code: 'obstruction-of-justice', label: 'Obstruction of justice', articles: ['UNTOC-23'] },
    // No articles listed: the generator's defaults apply (restricted to the vocabulary).
    { code: 'drug-offences', label: 'Drug offences' },
    { code: 'cybercrime', label: 'Cybercrime' },
    { code: 'kidnapping', label: 'Kidnapping', articles: ['UNTOC-2', 'NOT-IN-VOCABULARY'] },
  ],
  keywords: [
    { category: 'Acts', terms: ['Recruitment', 'Transportation', 'Transfer', 'Harbouring', 'Receipt'] },
    {
      category: 'Means',
      terms: ['Deception', 'Coercion', 'Abuse of a position of vulnerability', 'Withholding of identity documents'],
    },
    {
      category: 'Purposes',
      terms: ['Sexual exploitation', 'Forced labour or services', 'Domestic servitude', 'Debt bondage'],
    },
    {
      category: 'Smuggling conduct',
      terms: ['Procuring illegal entry', 'Enabling illegal stay', 'Smuggling by sea', 'Smuggling by land'],
    },
    { category: 'Firearms', terms: ['Illicit trafficking', 'Falsifying or removing markings', 'Parts and components'] },
    {
      category: 'Cross-cutting issues',
      terms: [
        'Organized criminal group',
        'Transnational nature of the offence',
        'Liability of legal persons',
        'Children',
        'Serious crime',
      ],
    },
    {
      category: 'Procedural',
      terms: [
        'Extradition',
        'Mutual legal assistance',
        'Joint investigations',
        'Controlled delivery',
        'Financial investigation',
        'Sentencing',
        'Jurisdiction',
      ],
    },
  ],
};

const N = 5000;
const SEED = 20240611;
const cases: CaseRecord[] = [...generateCases({ count: N, seed: SEED, vocabulary })];
const allLaws: LawRecord[] = [
  ...generateLaws({ count: vocabulary.countries.length * LAWS_PER_COUNTRY, seed: SEED, vocabulary }),
];

const countryCodes = new Set(vocabulary.countries.map((c) => c.code));
const articleIds = new Set(vocabulary.articles.map((a) => a.id));
const crimeCodes = new Set(vocabulary.crimeTypes.map((c) => c.code));
const terms = new Map(vocabulary.keywords.flatMap((k) => k.terms.map((t) => [t, k.category] as const)));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validIsoDate(s: unknown): boolean {
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const share = (n: number) => n / cases.length;

type Must = (ok: boolean, what: string) => void;

/** Checks every case, collecting the first failures with their references: one expect, fast, readable. */
function everyCase(check: (c: CaseRecord, must: Must) => void, list: Iterable<CaseRecord> = cases): void {
  const problems: string[] = [];
  for (const c of list) {
    check(c, (ok, what) => {
      if (!ok && problems.length < 10) problems.push(`${c.reference}: ${what}`);
    });
  }
  expect(problems).toEqual([]);
}

const between = (x: number | undefined, lo: number, hi: number): boolean => x !== undefined && x >= lo && x <= hi;

describe('generateCases', () => {
  it('is deterministic: same seed and count give byte-identical output, another seed differs', () => {
    const a = JSON.stringify([...generateCases({ count: 300, seed: 7, vocabulary })]);
    const b = JSON.stringify([...generateCases({ count: 300, seed: 7, vocabulary })]);
    const c = JSON.stringify([...generateCases({ count: 300, seed: 8, vocabulary })]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(JSON.stringify(cases.slice(0, 300))).toBe(
      JSON.stringify([...generateCases({ count: 300, seed: SEED, vocabulary })]),
    );
  });

  it('does not depend on the order of the vocabulary lists', () => {
    const shuffled: GeneratorVocabulary = { ...vocabulary, countries: [...vocabulary.countries].reverse() };
    expect(JSON.stringify([...generateCases({ count: 50, seed: SEED, vocabulary: shuffled })])).toBe(
      JSON.stringify(cases.slice(0, 50)),
    );
  });

  it('reproduces a slice of a run from startIndex', () => {
    const slice = [...generateCases({ count: 100, seed: SEED, vocabulary, startIndex: 1200 })];
    expect(slice).toEqual(cases.slice(1200, 1300));
  });

  it('is lazy: records are produced on demand', () => {
    const it = generateCases({ count: 1_000_000_000, seed: 1, vocabulary });
    const first = it.next();
    expect(first.done).toBe(false);
    expect(first.value.reference).toMatch(/^SYN-/);
  });

  it('gives unique references of the form SYN-<CC>-<year>-<index>', () => {
    expect(new Set(cases.map((c) => c.reference)).size).toBe(N);
    let i = 0;
    everyCase((c, must) => {
      const expected = `SYN-${c.country}-${c.decisionDate!.slice(0, 4)}-${String(++i).padStart(6, '0')}`;
      must(c.reference === expected, `reference should be ${expected}`);
    });
  });

  it('fills the required and the promised fields', () => {
    everyCase((c, must) => {
      must(typeof c.reference === 'string' && c.title.length > 5, 'reference and title');
      must(countryCodes.has(c.country), `country ${c.country}`);
      must(!!c.court, 'court');
      must(['FIRST_INSTANCE', 'APPELLATE', 'SUPREME'].includes(c.courtLevel!), `courtLevel ${c.courtLevel}`);
      must(['en', 'fr', 'es', 'ru', 'ar', 'zh', 'pt'].includes(c.language!), `language ${c.language}`);
      must(between(c.crimeTypes?.length, 1, 3), 'crimeTypes 1–3');
      must(between(c.keywords?.length, 2, 6), `keywords 2–6: ${c.keywords}`);
      must((c.articles?.length ?? 0) >= 1, 'articles');
      must(between(c.defendants?.length, 1, 5), 'defendants 1–5');
      must(between(c.victims?.length, 0, 2), 'victim groups 0–2');
      must(between(c.cooperation?.length, 0, 2), 'cooperation 0–2');
      must(between(c.proceedings?.length, 1, 2), 'proceedings 1–2');
      must((c.legalReasoning?.length ?? 0) > 50, 'legalReasoning');
      must(/^Significant features: .+\.$/.test(c.commentary ?? ''), 'commentary');
      must(!!c.sources?.[0].url.includes(c.reference), 'source url');
      must(new Set(c.crimeTypes).size === c.crimeTypes!.length, 'distinct crime types');
      must(new Set(c.articles).size === c.articles!.length, 'distinct articles');
      must(new Set(c.keywords).size === c.keywords!.length, 'distinct keywords');
    });
  });

  it('labels every summary as synthetic, at its end, after 3–5 sentences of facts', () => {
    everyCase((c, must) => {
      const s = c.summary!;
      must(s.endsWith(' ' + SYNTHETIC_SENTENCE), 'ends with the synthetic sentence');
      must(
        s.indexOf(SYNTHETIC_SENTENCE) === s.length - SYNTHETIC_SENTENCE.length,
        'synthetic sentence only at the end',
      );
      const sentences = s.split(/(?<!\b(?:Co|No|v)\.)(?<=\.)\s+(?=\p{Lu})/u).length; // `& Co. KG` is no sentence end
      must(between(sentences, 4, 6), `${sentences} sentences: ${s}`);
    });
  });

  it('dates are valid ISO dates between 1998 and 2025, proceedings in order ending at the decision', () => {
    everyCase((c, must) => {
      must(validIsoDate(c.decisionDate), `decisionDate ${c.decisionDate}`);
      must(
        c.decisionDate! >= '1998-01-01' && c.decisionDate! <= '2025-12-31',
        `decisionDate ${c.decisionDate} in range`,
      );
      if (c.sentenceDate !== null)
        must(validIsoDate(c.sentenceDate) && c.sentenceDate! > c.decisionDate!, 'sentenceDate');
      const p = c.proceedings!;
      must(p[0].stage === 'first-instance', 'first stage');
      for (const step of p)
        must(
          validIsoDate(step.date) && step.date! >= '1998-01-01' && !!step.court,
          `proceeding ${JSON.stringify(step)}`,
        );
      for (let i = 1; i < p.length; i++) must(p[i].date! > p[i - 1].date!, 'proceedings in date order');
      must(
        p[p.length - 1].date === c.decisionDate && p[p.length - 1].court === c.court,
        'last proceeding is the decision',
      );
      must(p.length === (c.courtLevel === 'FIRST_INSTANCE' ? 1 : 2), 'an appeal stage above first instance');
    });
  });

  it('uses only codes, articles and keywords from the vocabulary', () => {
    everyCase((c, must) => {
      for (const ct of c.crimeTypes!) must(crimeCodes.has(ct), `crime type ${ct}`);
      for (const a of c.articles!) must(articleIds.has(a), `article ${a}`);
      for (const k of c.keywords!) must(terms.has(k), `keyword ${k}`);
      for (const d of c.defendants!) must(countryCodes.has(d.nationality!), `nationality ${d.nationality}`);
      for (const v of c.victims!) must(countryCodes.has(v.nationality!), `victim nationality ${v.nationality}`);
      for (const co of c.cooperation!) {
        must(countryCodes.has(co.counterpart!), `counterpart ${co.counterpart}`);
        must(co.counterpart !== c.country, 'counterpart differs from the country');
        must(co.legalBasis === LEGAL_BASIS[co.type], `legal basis of ${co.type}`);
        must(c.articles!.includes(co.legalBasis!), 'legal basis among the articles');
      }
    });
  });

  it('keeps articles and keywords consistent with the crime types', () => {
    const category = (k: string) => terms.get(k)!;
    const tipCategories = ['Acts', 'Means', 'Purposes'];
    expect(cases.filter((c) => c.crimeTypes!.includes('trafficking-in-persons')).length).toBeGreaterThan(N / 10);
    everyCase((c, must) => {
      const has = (code: string) => c.crimeTypes!.includes(code);
      const categories = new Set(c.keywords!.map(category));
      if (has('trafficking-in-persons')) {
        must(c.articles!.includes('TIP-5'), 'TIP-5 for trafficking');
        must(
          tipCategories.some((x) => categories.has(x)),
          'trafficking keywords',
        );
      } else {
        must(!tipCategories.some((x) => categories.has(x)), 'no trafficking keywords without trafficking');
      }
      if (c.crimeTypes![0] === 'trafficking-in-persons')
        must(
          tipCategories.every((x) => categories.has(x)),
          'Acts, Means and Purposes',
        );
      if (!has('smuggling-of-migrants')) must(!categories.has('Smuggling conduct'), 'no smuggling keywords');
      if (!has('firearms-trafficking')) must(!categories.has('Firearms'), 'no firearms keywords');
      if (c.keywords!.includes('Liability of legal persons'))
        must(
          c.defendants!.some((d) => d.legalPerson),
          'a legal person',
        );
      if (c.keywords!.includes('Extradition'))
        must(
          c.cooperation!.some((co) => co.type === 'extradition'),
          'an extradition',
        );
      if (c.keywords!.includes('Children'))
        must(
          c.victims!.some((v) => v.child),
          'child victims',
        );
      if (has('smuggling-of-migrants')) must(c.articles!.includes('SOM-6'), 'SOM-6');
      if (has('money-laundering')) must(c.articles!.includes('UNTOC-6'), 'UNTOC-6');
      // A crime type listed without articles gets the defaults (here UNTOC-2/UNTOC-3 for drug offences).
      if (has('drug-offences'))
        must(
          c.articles!.some((a) => a === 'UNTOC-2' || a === 'UNTOC-3'),
          'default articles',
        );
    });
  });

  it('describes defendants, charges, verdicts and sentences plausibly', () => {
    let guilty = 0;
    let charges = 0;
    let legalPersons = 0;
    everyCase((c, must) => {
      must(c.defendants![0].legalPerson === false, 'the first defendant is a natural person');
      for (const d of c.defendants!) {
        must(d.name.length > 2, 'name');
        must(between(d.charges?.length, 1, 3), 'charges 1–3');
        must(new Set(d.charges!.map((ch) => ch.law)).size === d.charges!.length, 'distinct laws charged');
        if (d.legalPerson) {
          legalPersons++;
          must(d.age === undefined && d.gender === undefined, 'no age or gender for a legal person');
        } else {
          must(d.gender === 'female' || d.gender === 'male', 'gender');
          must(between(d.age, 18, 70), `age ${d.age}`);
        }
        for (const ch of d.charges!) {
          charges++;
          must(['guilty', 'acquitted', 'dismissed', 'pending'].includes(ch.verdict!), `verdict ${ch.verdict}`);
          if (ch.verdict === 'guilty') {
            guilty++;
            must(!!ch.sentence, 'sentence');
            must(d.legalPerson ? ch.prisonMonths === undefined : (ch.prisonMonths ?? 0) > 0, 'prisonMonths');
            // The text states the same term ("Imprisonment for 3 years" is 36 months), or none for a fine.
            must(classifySentence(ch.sentence, null).prisonMonths === (ch.prisonMonths ?? null), `term in "${ch.sentence}"`);
          } else {
            must(ch.sentence === undefined && ch.prisonMonths === undefined, 'no sentence without a conviction');
          }
        }
      }
      const charged = [...new Set(c.defendants!.flatMap((d) => d.charges!.map((ch) => ch.law)))];
      must(JSON.stringify(c.laws) === JSON.stringify(charged), 'laws lists the laws charged');
      for (const v of c.victims!) must(v.count! >= 1, 'victim count');
    });
    expect(guilty / charges).toBeGreaterThan(0.65);
    expect(guilty / charges).toBeLessThan(0.85);
    expect(legalPersons).toBeGreaterThan(0);
  });

  it('charges only laws that generateLaws yields for the case country', () => {
    const byRef = new Map(allLaws.map((l) => [l.reference, l]));
    expect(byRef.size).toBe(allLaws.length);
    const resolvable = (c: CaseRecord, must: Must) => {
      for (const ref of c.laws!) {
        const law = byRef.get(ref);
        must(law !== undefined, `law ${ref} exists`);
        must(law?.country === c.country, `law ${ref} belongs to ${c.country}`);
        must(!!law && law.enactedOn <= c.proceedings![0].date!, `law ${ref} enacted before the trial`);
      }
    };
    everyCase(resolvable);
    // Laws do not depend on the seed: the cases of another seed resolve too.
    everyCase(resolvable, generateCases({ count: 500, seed: 99, vocabulary }));
  });

  it('skews countries (Zipf-like): the top country has at least 3× the median', () => {
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
    const sorted = [...vocabulary.countries.map((c) => counts.get(c.code) ?? 0)].sort((a, b) => a - b);
    const median = (sorted[4] + sorted[5]) / 2;
    expect(sorted[sorted.length - 1]).toBeGreaterThanOrEqual(3 * median);
    expect(sorted[0]).toBeGreaterThan(0);
  });

  it('weights court levels, crime types and cooperation as specified', () => {
    const level = (l: string) => share(cases.filter((c) => c.courtLevel === l).length);
    expect(level('FIRST_INSTANCE')).toBeGreaterThan(0.55);
    expect(level('FIRST_INSTANCE')).toBeLessThan(0.65);
    expect(level('APPELLATE')).toBeGreaterThan(0.25);
    expect(level('APPELLATE')).toBeLessThan(0.35);
    expect(level('SUPREME')).toBeGreaterThan(0.07);
    expect(level('SUPREME')).toBeLessThan(0.13);
    const primary = new Map<string, number>();
    for (const c of cases) primary.set(c.crimeTypes![0], (primary.get(c.crimeTypes![0]) ?? 0) + 1);
    const ranking = [...primary.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    expect(ranking.slice(0, 2)).toEqual(['trafficking-in-persons', 'smuggling-of-migrants']);
    const english = share(cases.filter((c) => c.language === 'en').length);
    expect(english).toBeGreaterThan(0.5);
    expect(share(cases.filter((c) => c.cooperation!.length > 0).length)).toBeGreaterThan(0.3);
    const types = new Set(cases.flatMap((c) => c.cooperation!.map((co) => co.type)));
    expect(types.size).toBe(7);
  });

  it('writes national styles and accented text that search can be tested with', () => {
    const titles = cases.map((c) => c.title);
    expect(titles.some((t) => t.startsWith('United States v. '))).toBe(true);
    expect(titles.some((t) => t.startsWith('People of the Philippines v. '))).toBe(true);
    expect(titles.some((t) => / and others$/.test(t))).toBe(true);
    expect(titles.some((t) => / et al\.$/.test(t))).toBe(true);
    const courts = new Set(cases.map((c) => c.court));
    expect([...courts].some((c) => c!.startsWith('Tribunale di '))).toBe(true);
    expect([...courts].some((c) => c!.startsWith('United States District Court for the '))).toBe(true);
    const text = cases.map((c) => c.summary + ' ' + c.defendants!.map((d) => d.name).join(' ')).join('\n');
    expect(text).toContain('fiancé');
    expect(text).toContain("Côte d'Ivoire");
    expect(text).toMatch(/José|Müller|François|Hélène/);
    expect(new Set(cases.map((c) => c.summary)).size).toBeGreaterThan(N * 0.99);
  });

  it('rejects bad options and vocabularies with clear errors', () => {
    expect(() => generateCases({ count: -1, seed: 1, vocabulary })).toThrow(/count must be a non-negative integer/);
    expect(() => generateCases({ count: 1.5, seed: 1, vocabulary })).toThrow(RangeError);
    expect(() => generateCases({ count: 1, seed: 0.5, vocabulary })).toThrow(/seed/);
    expect(() => generateCases({ count: 1, seed: 1, vocabulary: { ...vocabulary, countries: [] } })).toThrow(
      VocabularyError,
    );
    expect(() => generateLaws({ count: -3, seed: 1, vocabulary })).toThrow(RangeError);
  });

  it('copes with a one-country vocabulary and unknown country codes', () => {
    const tiny: GeneratorVocabulary = { ...vocabulary, countries: [{ code: 'ZZZ', name: 'Ruritania' }] };
    const out = [...generateCases({ count: 200, seed: 3, vocabulary: tiny })];
    for (const c of out) {
      expect(c.country).toBe('ZZZ');
      expect(c.cooperation).toEqual([]);
      expect(c.summary!.endsWith(SYNTHETIC_SENTENCE)).toBe(true);
    }
    const laws = new Set([...generateLaws({ count: 100, seed: 3, vocabulary: tiny })].map((l) => l.reference));
    for (const c of out) for (const ref of c.laws!) expect(laws.has(ref)).toBe(true);
  });
});

describe('generateLaws', () => {
  it('yields every country’s laws, busiest countries first, and never more than exist', () => {
    expect(allLaws).toHaveLength(vocabulary.countries.length * LAWS_PER_COUNTRY);
    expect([...generateLaws({ count: 10_000, seed: SEED, vocabulary })]).toHaveLength(allLaws.length);
    expect(JSON.stringify([...generateLaws({ count: 9, seed: SEED, vocabulary })])).toBe(
      JSON.stringify(allLaws.slice(0, 9)),
    );
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
    const busiest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    expect(allLaws[0].country).toBe(busiest);
    expect(allLaws.slice(0, LAWS_PER_COUNTRY).every((l) => l.country === busiest)).toBe(true);
  });

  it('produces well-formed laws with provisions implementing vocabulary articles', () => {
    const refs = new Set<string>();
    for (const law of allLaws) {
      expect(law.reference).toMatch(new RegExp(`^SYN-${law.country}-[a-z-]+$`));
      refs.add(law.reference);
      expect(countryCodes.has(law.country)).toBe(true);
      expect(law.title.length).toBeGreaterThan(5);
      expect(validIsoDate(law.enactedOn)).toBe(true);
      expect(['in-force', 'amended', 'repealed']).toContain(law.status);
      for (const ct of law.crimeTypes) expect(crimeCodes.has(ct)).toBe(true);
      expect(law.provisions.length).toBeGreaterThanOrEqual(2);
      expect(law.provisions.length).toBeLessThanOrEqual(5);
      for (const p of law.provisions) {
        expect(p.number).toMatch(/^(Art\. |s\. |§ |\d+ U\.S\.C\. § )\S+/);
        expect(p.heading).toBeTruthy();
        expect(p.text.length).toBeGreaterThan(40);
        for (const a of p.articles) expect(articleIds.has(a)).toBe(true);
      }
    }
    expect(refs.size).toBe(allLaws.length);
    const italy = allLaws.filter((l) => l.country === 'ITA');
    expect(italy.map((l) => l.title)).toContain('Law No. 228/2003 on measures against trafficking in persons');
    const tipLaw = italy.find((l) => l.reference === 'SYN-ITA-anti-trafficking-law')!;
    expect(tipLaw.provisions[0].articles).toContain('TIP-5');
    expect(allLaws.find((l) => l.reference === 'SYN-USA-immigration-act')!.provisions[0].articles).toContain('SOM-6');
    expect(
      allLaws
        .find((l) => l.reference === 'SYN-DEU-international-cooperation-act')!
        .provisions.map((p) => p.articles[0]),
    ).toEqual(expect.arrayContaining(['UNTOC-16', 'UNTOC-18']));
  });
});

describe('writeNdjson', () => {
  it('writes one parseable record per line, waiting for drain on a slow stream', async () => {
    const chunks: string[] = [];
    let writes = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        writes++;
        chunks.push(chunk.toString('utf8'));
        setImmediate(done);
      },
    });
    let pulled = 0;
    function* counted() {
      for (const c of generateCases({ count: 1500, seed: 5, vocabulary })) {
        pulled++;
        yield c;
      }
    }
    const n = await writeNdjson(counted(), slow);
    expect(n).toBe(1500);
    expect(pulled).toBe(1500);
    expect(writes).toBeGreaterThan(1);
    const lines = chunks.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(1500);
    const parsed = lines.map((l) => JSON.parse(l) as CaseRecord);
    expect(parsed).toEqual([...generateCases({ count: 1500, seed: 5, vocabulary })]);
  });

  it('does not run ahead of a stream that is not draining', async () => {
    const stuck = new PassThrough({ highWaterMark: 16 }); // nobody reads: never drains
    let pulled = 0;
    function* counted() {
      for (const c of generateCases({ count: 100_000, seed: 5, vocabulary })) {
        pulled++;
        yield c;
      }
    }
    const pending = writeNdjson(counted(), stuck);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled).toBeLessThan(1000);
    stuck.destroy(new Error('consumer gone'));
    await expect(pending).rejects.toThrow('consumer gone');
  });

  it('writes laws too', async () => {
    const out = new PassThrough();
    const text: string[] = [];
    out.on('data', (c: Buffer) => text.push(c.toString('utf8')));
    const n = await writeNdjson(generateLaws({ count: 20, seed: SEED, vocabulary }), out);
    out.end();
    expect(n).toBe(20);
    const lines = text.join('').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as LawRecord).reference)).toEqual(
      allLaws.slice(0, 20).map((l) => l.reference),
    );
  });
});

/** Citations (ingest/generate/citations.ts). */
const byReference = new Map(cases.map((c, index) => [c.reference, { c, index }]));

describe('citations of generated cases', () => {
  it('cite only earlier decisions of the records before them, never themselves', () => {
    let citations = 0;
    cases.forEach((c, index) => {
      for (const reference of c.citedCases ?? []) {
        citations += 1;
        const cited = byReference.get(reference);
        expect(cited).toBeDefined();
        expect(cited!.index).toBeLessThan(index);
        expect(index - cited!.index).toBeLessThanOrEqual(CITATION_WINDOW);
        expect(cited!.c.decisionDate! < c.decisionDate!).toBe(true);
      }
      expect(new Set(c.citedCases).size).toBe(c.citedCases?.length ?? 0);
    });
    expect(citations).toBeGreaterThan(cases.length / 2);
  });

  it('cite cases of the same State or crime; trial courts only higher courts of their State', () => {
    for (const c of cases) {
      for (const reference of c.citedCases ?? []) {
        const cited = byReference.get(reference)!.c;
        if (c.courtLevel === 'FIRST_INSTANCE') {
          expect(cited.country).toBe(c.country);
          expect(cited.courtLevel).not.toBe('FIRST_INSTANCE');
        } else {
          expect(cited.country === c.country || cited.crimeTypes![0] === c.crimeTypes![0]).toBe(true);
        }
      }
    }
    const citing = (level: string) => cases.filter((c) => c.courtLevel === level);
    const mean = (list: CaseRecord[]) => list.reduce((n, c) => n + (c.citedCases?.length ?? 0), 0) / list.length;
    expect(mean(citing('SUPREME'))).toBeGreaterThan(mean(citing('APPELLATE')));
    expect(mean(citing('APPELLATE'))).toBeGreaterThan(mean(citing('FIRST_INSTANCE')));
  });

  it('are the same in a slice of a run as in the whole run', () => {
    const start = Math.min(700, N - 50);
    const slice = [...generateCases({ count: 50, seed: SEED, vocabulary, startIndex: start })];
    expect(slice.map((c) => c.citedCases)).toEqual(cases.slice(start, start + 50).map((c) => c.citedCases));
  });
});
