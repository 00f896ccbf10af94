import { foldText, parseQueryText, termWords } from '../../../src/search/query-text';

describe('parseQueryText', () => {
  test('words, with the last one a prefix while the user is still typing', () => {
    expect(parseQueryText('cocoa plant')).toEqual([
      { kind: 'word', word: 'cocoa', prefix: false },
      { kind: 'word', word: 'plant', prefix: true },
    ]);
    expect(parseQueryText('cocoa plant ')).toEqual([
      { kind: 'word', word: 'cocoa', prefix: false },
      { kind: 'word', word: 'plant', prefix: false },
    ]);
  });

  test('explicit prefixes', () => {
    expect(parseQueryText('traff* children ')).toEqual([
      { kind: 'word', word: 'traff', prefix: true },
      { kind: 'word', word: 'children', prefix: false },
    ]);
  });

  test('quoted phrases; an unbalanced quote opens no phrase', () => {
    expect(parseQueryText('"forced marriage" France')[0]).toEqual({ kind: 'phrase', words: ['forced', 'marriage'] });
    expect(parseQueryText('"forced marriage')).toEqual([
      { kind: 'word', word: 'forced', prefix: false },
      { kind: 'word', word: 'marriage', prefix: true },
    ]);
  });

  test('accents and case are folded', () => {
    expect(foldText("Côte d'Ivoire FIANCÉ")).toBe("cote d'ivoire fiance");
    expect(termWords(parseQueryText('Müller Ñandú '))).toEqual(['muller', 'nandu']);
  });

  test('legal synonyms become alternatives, longest match first', () => {
    const [term] = parseQueryText('people smuggling ');
    expect(term.kind).toBe('any');
    const phrases = (term as { phrases: string[][] }).phrases.map((p) => p.join(' '));
    expect(phrases).toEqual(expect.arrayContaining(['smuggling of migrants', 'people smuggling', 'migrant smuggling']));
    expect(parseQueryText('labor ')[0]).toMatchObject({ kind: 'any', phrases: [['labour'], ['labor']] });
  });

  test('operators and punctuation are never syntax: only letters and digits survive', () => {
    const words = termWords(parseQueryText("'; DROP TABLE cases; -- a & b | !c <-> d:* (e)"));
    expect(words).toEqual(['drop', 'table', 'cases', 'a', 'b', 'c', 'd', 'e']);
    expect(parseQueryText('&&& ||| ')).toEqual([]);
  });
});
