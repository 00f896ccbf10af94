import { cleanOptionalText, cleanParagraphs, cleanText, foldForLookup } from '../../../ingest/normalize';

describe('cleanText', () => {
  it.each([
    ['  Tran  ', 'Tran'],
    ['United\u00A0States v.\tTran', 'United States v. Tran'],
    ['line one\r\nline two\nline three', 'line one line two line three'],
    ['a\u2003b\u202Fc\u3000d\u2009e', 'a b c d e'],
    ['a \u2028 b \u2029 c \u0085 d', 'a b c d'],
    ['bell\u0007 and\u0000 nul\u001B', 'bell and nul'],
    ['DEL\u007F and C1\u0090 gone', 'DEL and C1 gone'],
    ['\uFEFFBOM at start', 'BOM at start'],
    ['zero\u200Bwidth, soft\u00ADhyphen', 'zerowidth, softhyphen'],
    ['', ''],
    [' \t\n ', ''],
  ])('%j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('composes to NFC', () => {
    const decomposed = 'Co\u0302te d\u2019Ivoire'; // o + COMBINING CIRCUMFLEX
    expect(cleanText(decomposed)).toBe('Côte d\u2019Ivoire');
    expect(cleanText(decomposed)).toBe('C\u00F4te d\u2019Ivoire');
  });

  it('keeps ZWJ and ZWNJ, which some scripts need', () => {
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanText('क्\u200Dष')).toBe('क्\u200Dष');
  });
});

describe('cleanParagraphs', () => {
  it('keeps single line breaks and one blank line between paragraphs', () => {
    expect(cleanParagraphs('First line\nsecond line\n\n\n\nNext paragraph')).toBe(
      'First line\nsecond line\n\nNext paragraph',
    );
  });

  it('normalizes CRLF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR', () => {
    expect(cleanParagraphs('a\r\nb\rc\u0085d\u2028e\u2029f')).toBe('a\nb\nc\nd\ne\n\nf');
    expect(cleanParagraphs('a\r\n\r\n\r\n\r\nb')).toBe('a\n\nb');
  });

  it('collapses whitespace within lines and trims each line', () => {
    expect(cleanParagraphs('  The  defendant\u00A0was\t\tconvicted.  \n   On appeal …  ')).toBe(
      'The defendant was convicted.\nOn appeal …',
    );
  });

  it('treats lines holding only whitespace as blank', () => {
    expect(cleanParagraphs('a\n \t \n\u00A0\n \nb')).toBe('a\n\nb');
  });

  it('strips control characters but not newlines, and trims the whole', () => {
    expect(cleanParagraphs('\n\n\u0007Facts\u0000\n\nHeld\n\n')).toBe('Facts\n\nHeld');
  });

  it('composes to NFC', () => {
    expect(cleanParagraphs('Cafe\u0301\n\nS\u0327')).toBe('Café\n\nŞ');
  });

  it('gives the empty string for blank text', () => {
    expect(cleanParagraphs('\r\n \n\t')).toBe('');
  });
});

describe('cleanOptionalText', () => {
  it('gives undefined for null, undefined and blank text', () => {
    expect(cleanOptionalText(null)).toBeUndefined();
    expect(cleanOptionalText(undefined)).toBeUndefined();
    expect(cleanOptionalText(' \u00A0 ')).toBeUndefined();
  });

  it('cleans other text', () => {
    expect(cleanOptionalText('  Minneapolis ')).toBe('Minneapolis');
  });
});

describe('foldForLookup', () => {
  it.each([
    ["Côte d'Ivoire", 'cote d ivoire'],
    ['Côte d\u2019Ivoire', 'cote d ivoire'],
    ['CÔTE D’IVOIRE', 'cote d ivoire'],
    ['money_laundering', 'money laundering'],
    ['money-laundering', 'money laundering'],
    ['  TRAFFICKING   IN  PERSONS ', 'trafficking in persons'],
    ['Bosnia & Herzegovina', 'bosnia and herzegovina'],
    ['U.S.A.', 'u s a'],
    ['Türkiye', 'turkiye'],
    ['São Tomé and Príncipe', 'sao tome and principe'],
    ['Straße', 'strasse'],
    ['Ærø, Øresund, Łódź, Đakovo', 'aero oresund lodz dakovo'],
    ['ﬁrearms', 'firearms'], // ligature
    ['ＩＴＡ', 'ita'], // full-width
    ['Art. 18(15)', 'art 18 15'],
    ['Русский', 'русскии'], // Cyrillic kept; the breve of й is a combining mark
    ['', ''],
    ['—', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldForLookup(input)).toBe(expected);
  });
});
