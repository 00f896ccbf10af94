import { markedToHtml, MARK_END, MARK_START, toSnippet } from '../../../src/search/highlight';

test('matches are marked and everything else is escaped', () => {
  expect(toSnippet(`a <b>${MARK_START}cocoa${MARK_END}</b> & "x"`)).toBe('a &lt;b&gt;<mark>cocoa</mark>&lt;/b&gt; &amp; &quot;x&quot;');
});

test('unbalanced markers still give well-formed HTML', () => {
  expect(toSnippet(`${MARK_END}a ${MARK_START}b`)).toBe('a <mark>b</mark>');
  expect(toSnippet(`${MARK_START}${MARK_START}a${MARK_END}${MARK_END}`)).toBe('<mark>a</mark>');
});

test('a snippet without a match is null', () => {
  expect(markedToHtml('nothing matched <here>')).toBeNull();
  expect(markedToHtml(`${MARK_START}x${MARK_END}`)).toBe('<mark>x</mark>');
});
