import { isSafeSnippet } from '../../../web/src/components/snippet-html';
import { caseCitation } from '../../../web/src/pages/citation';

describe('case citation', () => {
  const tran = {
    reference: 'USA-2014-0314',
    title: 'United States v. Tran',
    decisionDate: '2014-03-26',
    court: { name: 'United States District Court for the District of Minnesota' },
    jurisdiction: { name: 'United States of America' },
  };

  it('cites title, court and State, date, reference, address and day of access', () => {
    expect(caseCitation(tran, 'https://portal.example/cases/USA-2014-0314', new Date('2026-11-23T10:00:00Z'))).toBe(
      'United States v. Tran, United States District Court for the District of Minnesota (United States of America), 26 March 2014, ' +
        'USA-2014-0314. Organized crime law portal, https://portal.example/cases/USA-2014-0314 (accessed 23 November 2026).',
    );
  });

  it('leaves out what the record does not hold', () => {
    const bare = { ...tran, decisionDate: null, court: null };
    expect(caseCitation(bare, 'u', new Date('2026-01-02T00:00:00Z'))).toBe(
      'United States v. Tran, United States of America, USA-2014-0314. Organized crime law portal, u (accessed 2 January 2026).',
    );
  });
});

describe('highlight snippets', () => {
  it('accepts escaped text with <mark> around matches', () => {
    expect(isSafeSnippet('<mark>Trafficking</mark> in persons &amp; &lt;b&gt; smuggling')).toBe(true);
    expect(isSafeSnippet('no match at all')).toBe(true);
  });

  it('refuses any other markup, so it is shown as text and never run', () => {
    expect(isSafeSnippet('<mark>x</mark><img src=x onerror=alert(1)>')).toBe(false);
    expect(isSafeSnippet('<mark onclick="x">y</mark>')).toBe(false);
    expect(isSafeSnippet('<script>alert(1)</script>')).toBe(false);
  });
});
