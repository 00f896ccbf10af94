import {
  type ArticleEntry,
  createArticleNormalizer,
  createArticleReferenceParser,
  createInstrumentNormalizer,
  type Normalized,
  parseArticleReference,
} from '../../../ingest/normalize';

const counts = { UNTOC: 41, TIP: 20, SOM: 25, FIREARMS: 21 } as const;
const articles: ArticleEntry[] = Object.entries(counts).flatMap(([instrument, count]) =>
  Array.from({ length: count }, (_, i) => ({ id: `${instrument}-${i + 1}`, instrument, number: i + 1 })),
);
const normalizeArticle = createArticleNormalizer(articles);
const parseChecked = createArticleReferenceParser(articles);

function errorOf(result: Normalized<unknown>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('createArticleNormalizer', () => {
  describe('forms used by catalogues', () => {
    it.each([
      ['UNTOC-18', 'UNTOC-18'],
      ['untoc 18', 'UNTOC-18'],
      ['untoc18', 'UNTOC-18'],
      ['UNTOC 18', 'UNTOC-18'],
      ['18 UNTOC', 'UNTOC-18'],
      ['Art. 18 UNTOC', 'UNTOC-18'],
      ['art. 18 UNTOC', 'UNTOC-18'],
      ['Art.18 UNTOC', 'UNTOC-18'],
      ['Art18 UNTOC', 'UNTOC-18'],
      ['ARTICLE 18 UNTOC', 'UNTOC-18'],
      ['UNTOC art. 18', 'UNTOC-18'],
      ['UNTOC, Article 18', 'UNTOC-18'],
      ['Article 18, UNTOC', 'UNTOC-18'],
      ['Article 18, United Nations Convention against Transnational Organized Crime', 'UNTOC-18'],
      ['Article 18 of the United Nations Convention against Transnational Organized Crime', 'UNTOC-18'],
      ['Article 18 of the Organized Crime Convention', 'UNTOC-18'],
      ['Article 18 of the Organised Crime Convention', 'UNTOC-18'],
      ['Article 18, Convention against Transnational Organized Crime', 'UNTOC-18'],
      ['Article 18 of the Convention', 'UNTOC-18'],
      ['CTOC art. 18', 'UNTOC-18'],
      ['Palermo Convention art 18', 'UNTOC-18'],
      ['UN Convention against Transnational Organized Crime, art. 18', 'UNTOC-18'],
      ['UNTOC Convention art. 18', 'UNTOC-18'],
      ['Article 5, Trafficking in Persons Protocol', 'TIP-5'],
      ['TIP Protocol art. 5', 'TIP-5'],
      ['TIP-5', 'TIP-5'],
      ['tip 5', 'TIP-5'],
      ['Article 3(a) TIP', 'TIP-3'],
      ['Article 5 of the Trafficking Protocol', 'TIP-5'],
      ['Article 5, Human Trafficking Protocol', 'TIP-5'],
      ['Article 5, Trafficking in Persons', 'TIP-5'],
      ['Article 3 of the Palermo Protocol', 'TIP-3'],
      [
        'Article 5, Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
        'TIP-5',
      ],
      [
        'Article 5 of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and ' +
          'Children, supplementing the United Nations Convention against Transnational Organized Crime',
        'TIP-5',
      ],
      ['SOM Protocol art 6', 'SOM-6'],
      ['SOM-6', 'SOM-6'],
      ['Smuggling of Migrants Protocol, article 6', 'SOM-6'],
      ['Migrants Protocol art. 6', 'SOM-6'],
      ['Migrant Smuggling Protocol, art. 6', 'SOM-6'],
      ['Art. 6(1)(a) of the Smuggling Protocol', 'SOM-6'],
      ['Article 6 of the Protocol against the Smuggling of Migrants by Land, Sea and Air', 'SOM-6'],
      ['Firearms Protocol, Art. 5', 'FIREARMS-5'],
      ['FIREARMS-5', 'FIREARMS-5'],
      ['firearms 5', 'FIREARMS-5'],
      [
        'Article 5, Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and ' +
          'Components and Ammunition',
        'FIREARMS-5',
      ],
      ['UNTOC-018', 'UNTOC-18'],
      ['UNTOC art. 18, para. 15', 'UNTOC-18'],
      ['  Art.\u00A018   UNTOC ', 'UNTOC-18'],
    ])('%j → %s', (input, expected) => {
      expect(normalizeArticle(input)).toEqual({ ok: true, value: expected });
    });
  });

  describe('rejections', () => {
    it('rejects an article the instrument does not have, giving its range', () => {
      expect(errorOf(normalizeArticle('UNTOC-99'))).toBe('"UNTOC-99" is not an article: UNTOC has articles 1–41');
      expect(errorOf(normalizeArticle('Article 21, Trafficking in Persons Protocol'))).toBe(
        '"Article 21, Trafficking in Persons Protocol" is not an article: TIP has articles 1–20',
      );
      expect(errorOf(normalizeArticle('SOM-0'))).toBe('"SOM-0" is not an article: SOM has articles 1–25');
    });

    it("describes gaps in an instrument's numbering", () => {
      const gappy = createArticleNormalizer(
        [1, 2, 3, 5, 7, 8].map((n) => ({ id: `TIP-${n}`, instrument: 'TIP', number: n })),
      );
      expect(errorOf(gappy('TIP-4'))).toBe('"TIP-4" is not an article: TIP has articles 1–3, 5, 7–8');
    });

    it('rejects an unknown instrument, listing the accepted codes', () => {
      expect(errorOf(normalizeArticle('Art. 5 Kyoto Protocol'))).toBe(
        '"Art. 5 Kyoto Protocol" names no known instrument ("Kyoto Protocol"): use one of UNTOC, TIP, SOM or ' +
          'FIREARMS, or a name such as "Trafficking in Persons Protocol"',
      );
      expect(errorOf(normalizeArticle('UNCAC-15'))).toMatch(
        /^"UNCAC-15" names no known instrument \("UNCAC"\): use one of UNTOC, TIP, SOM or FIREARMS/,
      );
    });

    it('suggests a close instrument name', () => {
      expect(errorOf(normalizeArticle('Article 5, Trafficing in Persons Protocol'))).toMatch(
        /Did you mean "Trafficking in Persons Protocol"\?$/,
      );
    });

    it('rejects a reference without an instrument (a bare number is not read as the Convention)', () => {
      expect(errorOf(normalizeArticle('Article 18'))).toBe(
        '"Article 18" names no instrument: use one of UNTOC, TIP, SOM or FIREARMS, or a name such as ' +
          '"Trafficking in Persons Protocol"',
      );
      expect(errorOf(normalizeArticle('18'))).toMatch(/^"18" names no instrument/);
      expect(errorOf(normalizeArticle('Article 18 of the'))).toMatch(/^"Article 18 of the" names no instrument/);
    });

    it('rejects a bare "Protocol"', () => {
      expect(errorOf(normalizeArticle('Article 5 of the Protocol'))).toBe(
        '"Article 5 of the Protocol" does not say which Protocol: use TIP, SOM or FIREARMS',
      );
    });

    it('rejects a reference without a number', () => {
      expect(errorOf(normalizeArticle('UNTOC'))).toBe(
        '"UNTOC" names no article number: write e.g. "UNTOC-18" or "Article 5, Trafficking in Persons Protocol"',
      );
    });

    it('rejects a reference to several articles', () => {
      expect(errorOf(normalizeArticle('Articles 5 and 6 of the Trafficking in Persons Protocol'))).toBe(
        '"Articles 5 and 6 of the Trafficking in Persons Protocol" cites more than one article: give one ' +
          'reference per article, e.g. "UNTOC-18" or "Article 5, Trafficking in Persons Protocol"',
      );
      expect(errorOf(normalizeArticle('UNTOC 18-19'))).toMatch(/cites more than one article/);
      expect(errorOf(normalizeArticle('Art. 5 TIP, art. 6 SOM'))).toMatch(/cites more than one article/);
    });

    it('rejects empty input', () => {
      expect(errorOf(normalizeArticle(' '))).toMatch(/^The article reference is empty: write e.g. "UNTOC-18"/);
    });

    it('accepts only the instruments it has articles of', () => {
      const untocOnly = createArticleNormalizer(articles.filter((a) => a.instrument === 'UNTOC'));
      expect(untocOnly('Art. 18 UNTOC')).toEqual({ ok: true, value: 'UNTOC-18' });
      expect(errorOf(untocOnly('TIP-5'))).toMatch(
        /^"TIP-5" names no known instrument \("TIP"\): use one of UNTOC, or a name/,
      );
    });

    it('accepts other instruments present in the articles by their code', () => {
      const withUncac = createArticleNormalizer([...articles, { id: 'UNCAC-15', instrument: 'UNCAC', number: 15 }]);
      expect(withUncac('Article 15, UNCAC')).toEqual({ ok: true, value: 'UNCAC-15' });
      expect(errorOf(withUncac('Art. 5 Kyoto Protocol'))).toMatch(/use one of UNTOC, TIP, SOM, FIREARMS or UNCAC/);
    });
  });
});

describe('createArticleReferenceParser', () => {
  it.each([
    ['Article 3(a) TIP', { id: 'TIP-3', instrument: 'TIP', number: 3, paragraph: '(a)', pinpoint: '3(a)' }],
    ['UNTOC 18(15)', { id: 'UNTOC-18', instrument: 'UNTOC', number: 18, paragraph: '(15)', pinpoint: '18(15)' }],
    ['Art. 18 (15) UNTOC', { id: 'UNTOC-18', instrument: 'UNTOC', number: 18, paragraph: '(15)', pinpoint: '18(15)' }],
    [
      'UNTOC art. 18, para. 15',
      { id: 'UNTOC-18', instrument: 'UNTOC', number: 18, paragraph: '(15)', pinpoint: '18(15)' },
    ],
    [
      'Article 18, paragraph 9 (b), UNTOC',
      { id: 'UNTOC-18', instrument: 'UNTOC', number: 18, paragraph: '(9)(b)', pinpoint: '18(9)(b)' },
    ],
    [
      'Art. 6(1)(a) of the Smuggling Protocol',
      { id: 'SOM-6', instrument: 'SOM', number: 6, paragraph: '(1)(a)', pinpoint: '6(1)(a)' },
    ],
    [
      'Art. 6 (1) (A) (ii) SOM',
      { id: 'SOM-6', instrument: 'SOM', number: 6, paragraph: '(1)(a)(ii)', pinpoint: '6(1)(a)(ii)' },
    ],
    ['UNTOC-18', { id: 'UNTOC-18', instrument: 'UNTOC', number: 18, pinpoint: '18' }],
    ['Article 5 (TIP)', { id: 'TIP-5', instrument: 'TIP', number: 5, pinpoint: '5' }],
  ])('%j → %j', (input, expected) => {
    expect(parseChecked(input)).toEqual({ ok: true, value: expected });
  });

  it('checks the article exists', () => {
    expect(errorOf(parseChecked('Article 42(1) UNTOC'))).toBe(
      '"Article 42(1) UNTOC" is not an article: UNTOC has articles 1–41',
    );
  });
});

describe('parseArticleReference', () => {
  it('parses against the four instruments without checking the article exists', () => {
    expect(parseArticleReference('Art. 6(1)(a) of the Smuggling Protocol')).toEqual({
      ok: true,
      value: { id: 'SOM-6', instrument: 'SOM', number: 6, paragraph: '(1)(a)', pinpoint: '6(1)(a)' },
    });
    expect(parseArticleReference('UNTOC-99')).toEqual({
      ok: true,
      value: { id: 'UNTOC-99', instrument: 'UNTOC', number: 99, pinpoint: '99' },
    });
  });

  it('still rejects what is not a reference', () => {
    expect(errorOf(parseArticleReference('UNTOC-0'))).toBe('"UNTOC-0" is not an article: article numbers start at 1');
    expect(errorOf(parseArticleReference('Article 18'))).toMatch(/names no instrument/);
    expect(errorOf(parseArticleReference('UNCAC-15'))).toMatch(/names no known instrument \("UNCAC"\)/);
  });
});

describe('createInstrumentNormalizer', () => {
  const normalizeInstrument = createInstrumentNormalizer();

  it.each([
    ['UNTOC', 'UNTOC'],
    ['untoc', 'UNTOC'],
    ['Palermo Convention', 'UNTOC'],
    ['United Nations Convention against Transnational Organized Crime', 'UNTOC'],
    ['Organised Crime Convention', 'UNTOC'],
    ['TIP', 'TIP'],
    ['Trafficking in Persons Protocol', 'TIP'],
    ['Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children', 'TIP'],
    ['Smuggling of Migrants', 'SOM'],
    ['Protocol against the Smuggling of Migrants by Land, Sea and Air', 'SOM'],
    ['Firearms Protocol', 'FIREARMS'],
  ])('%s → %s', (input, code) => {
    expect(normalizeInstrument(input)).toEqual({ ok: true, value: code });
  });

  it('rejects a bare "Protocol", an unknown name and an empty value, saying what is accepted', () => {
    expect(errorOf(normalizeInstrument('Protocol'))).toMatch(/does not say which Protocol: use TIP, SOM or FIREARMS/);
    expect(errorOf(normalizeInstrument('Merida Convention'))).toMatch(/is not an instrument: use one of UNTOC, TIP, SOM or FIREARMS/);
    expect(errorOf(normalizeInstrument('  '))).toMatch(/empty/);
  });

  it('accepts only the instruments it is given', () => {
    expect(errorOf(createInstrumentNormalizer(['UNTOC'])('TIP'))).toMatch(/use one of UNTOC/);
  });
});
