import {
  clearFilters,
  INITIAL_STATE,
  nextPage,
  parseSearch,
  previousPage,
  searchHref,
  serializeSearch,
  toggleFilter,
  toSearchInput,
  withText,
} from '../../../web/src/search/search-state';

const parse = (query: string) => parseSearch(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('round-trips every part of a search through the URL', () => {
    const query = 'q=human+trafficking&type=CASE&sort=DATE_DESC&country=ITA&country=NGA&region=Europe&crime=trafficking-in-persons&article=TIP-5&keyword=Deception&court=APPELLATE&from=2010&to=2020&after=c1&after=c2';
    const state = parse(query);
    expect(state).toEqual({
      text: 'human trafficking',
      type: 'CASE',
      sort: 'DATE_DESC',
      filters: {
        country: ['ITA', 'NGA'],
        region: ['Europe'],
        crimeType: ['trafficking-in-persons'],
        article: ['TIP-5'],
        keyword: ['Deception'],
        courtLevel: ['APPELLATE'],
      },
      yearFrom: 2010,
      yearTo: 2020,
      trail: ['c1', 'c2'],
    });
    expect(serializeSearch(state).toString()).toBe(query);
  });

  it('leaves defaults out of the URL and reads an empty URL as the initial search', () => {
    expect(serializeSearch(INITIAL_STATE).toString()).toBe('');
    expect(parse('')).toEqual(INITIAL_STATE);
  });

  it('ignores malformed values instead of failing', () => {
    const state = parse('type=PERSON&sort=RANDOM&court=HIGH&court=SUPREME&from=20x0&to=1999&country=&country=ITA&country=ITA');
    expect(state.type).toBeNull();
    expect(state.sort).toBe('RELEVANCE');
    expect(state.filters.courtLevel).toEqual(['SUPREME']);
    expect(state.yearFrom).toBeNull();
    expect(state.yearTo).toBe(1999);
    expect(state.filters.country).toEqual(['ITA']);
  });

  it('goes back to the first page whenever what is searched changes', () => {
    const onPageThree = nextPage(nextPage(parse('q=arms'), 'c1'), 'c2');
    expect(onPageThree.trail).toEqual(['c1', 'c2']);
    expect(previousPage(onPageThree).trail).toEqual(['c1']);
    expect(withText(onPageThree, 'firearms').trail).toEqual([]);
    expect(toggleFilter(onPageThree, 'country', 'ITA').trail).toEqual([]);
  });

  it('toggles a facet value on and off, and clears every filter but keeps the text', () => {
    const on = toggleFilter(parse('q=x&country=ITA'), 'country', 'NGA');
    expect(on.filters.country).toEqual(['ITA', 'NGA']);
    const off = toggleFilter(on, 'country', 'ITA');
    expect(off.filters.country).toEqual(['NGA']);
    const cleared = clearFilters(parse('q=x&country=ITA&from=2001&crime=fraud'));
    expect(serializeSearch(cleared).toString()).toBe('q=x');
  });

  it('builds the API input: empty lists and blank text left out, the last cursor as `after`', () => {
    expect(toSearchInput(nextPage(parse('q=+smuggling+&country=MEX&court=SUPREME&to=2019'), 'c9'))).toEqual({
      text: 'smuggling',
      types: undefined,
      sort: 'RELEVANCE',
      first: 20,
      after: 'c9',
      filters: {
        countries: ['MEX'],
        regions: undefined,
        crimeTypes: undefined,
        articles: undefined,
        keywords: undefined,
        courtLevels: ['SUPREME'],
        yearFrom: undefined,
        yearTo: 2019,
      },
    });
    expect(toSearchInput(parse('q=+')).text).toBeUndefined();
  });

  it('links to a search', () => {
    expect(searchHref({})).toBe('/');
    expect(searchHref({ type: 'LAW', filters: { article: ['UNTOC-18'] } })).toBe('/?type=LAW&article=UNTOC-18');
    expect(searchHref({ text: 'forced labour', filters: { keyword: ['Forced labour or services'] } })).toBe(
      '/?q=forced+labour&keyword=Forced+labour+or+services',
    );
  });
});
