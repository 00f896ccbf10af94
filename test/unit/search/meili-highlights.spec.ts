import { toSnippet } from '../../../src/search/highlight';
import { highlightParams, SUMMARY_CROP_WORDS, toHighlights } from '../../../src/search/meili/highlights';

const { highlightPreTag: START, highlightPostTag: END } = highlightParams();
const marked = (text: string) => `${START}${text}${END}`;

describe('highlightParams', () => {
  it('asks for control-character markers, the highlighted attributes and a cropped summary', () => {
    expect(highlightParams()).toEqual({
      attributesToHighlight: ['title', 'summary', 'crimeTypeLabels', 'articleLabels', 'keywordLabels'],
      highlightPreTag: '\u0001',
      highlightPostTag: '\u0002',
      attributesToCrop: ['summary'],
      cropLength: SUMMARY_CROP_WORDS,
      cropMarker: '…',
    });
    expect(SUMMARY_CROP_WORDS).toBe(30);
  });
});

describe('toSnippet', () => {
  it('escapes the text and marks the matches', () => {
    expect(toSnippet(`<script>alert("x")</script> ${marked('trafficking')} & 'more'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>trafficking</mark> &amp; &#39;more&#39;',
    );
  });

  it('escapes markup inside a match too', () => {
    expect(toSnippet(marked('<b onmouseover="x">'))).toBe('<mark>&lt;b onmouseover=&quot;x&quot;&gt;</mark>');
  });

  it('does not let stored text close or open a mark', () => {
    expect(toSnippet(`</mark><mark>${marked('a')}`)).toBe('&lt;/mark&gt;&lt;mark&gt;<mark>a</mark>');
  });

  it('removes other control characters and keeps line breaks', () => {
    expect(toSnippet(`a\u0000b\u0007c\nd ${marked('e\u001b')}`)).toBe('abc\nd <mark>e</mark>');
  });

  it('always yields balanced marks', () => {
    expect(toSnippet(`${END}a ${START}b`)).toBe('a <mark>b</mark>');
    expect(toSnippet(`${START}${START}a${END}${END}`)).toBe('<mark>a</mark>');
  });

  it('keeps the crop marker', () => {
    expect(toSnippet(`…was ${marked('recruited')} by…`)).toBe('…was <mark>recruited</mark> by…');
  });
});

describe('toHighlights', () => {
  it('returns nothing without formatted values', () => {
    expect(toHighlights(undefined)).toEqual([]);
    expect(toHighlights({})).toEqual([]);
  });

  it('returns only the attributes where a term matched, in display order', () => {
    expect(
      toHighlights({
        type: 'CASE',
        id: 'x',
        keywordLabels: ['Recruitment', marked('Deception')],
        title: `United States v. ${marked('Tran')}`,
        summary: 'No match in this summary',
        crimeTypeLabels: ['Smuggling of migrants'],
        articleLabels: [`${marked('TIP')}-5 Criminalization`, `${marked('TIP')}-3 Use of terms`],
      }),
    ).toEqual([
      { field: 'title', snippet: 'United States v. <mark>Tran</mark>' },
      { field: 'articleLabels', snippet: '<mark>TIP</mark>-5 Criminalization; <mark>TIP</mark>-3 Use of terms' },
      { field: 'keywordLabels', snippet: '<mark>Deception</mark>' },
    ]);
  });

  it('escapes a hostile title and summary', () => {
    expect(
      toHighlights({
        title: `<script>document.cookie</script> ${marked('smuggling')}`,
        summary: `…<img src=x onerror=alert(1)> ${marked('smuggling')} of migrants…`,
      }),
    ).toEqual([
      { field: 'title', snippet: '&lt;script&gt;document.cookie&lt;/script&gt; <mark>smuggling</mark>' },
      { field: 'summary', snippet: '…&lt;img src=x onerror=alert(1)&gt; <mark>smuggling</mark> of migrants…' },
    ]);
  });

  it('ignores attributes that are not highlighted and values that are not text', () => {
    expect(toHighlights({ body: marked('court'), reference: marked('USA'), title: null, summary: 42 })).toEqual([]);
  });
});
