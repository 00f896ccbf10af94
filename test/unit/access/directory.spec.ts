import { parse } from 'csv-parse/sync';
import { createCountryNormalizer } from '../../../ingest/normalize';
import { type Vocabulary } from '../../../ingest/vocabulary';
import { validateAuthority } from '../../../src/services/directory/authority-record';
import { type DirectoryEntry, ExportFormat, renderDirectory } from '../../../src/services/directory/directory-export';

const vocab = { country: createCountryNormalizer(new Set(['ITA', 'FRA'])) } as unknown as Vocabulary;

describe('a directory record', () => {
  it('needs a State, a name and kinds of request on creation', () => {
    const result = validateAuthority({}, vocab, 'create');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field).sort()).toEqual(['country', 'kinds', 'name']);
  });

  it('normalizes what it accepts', () => {
    const result = validateAuthority(
      { country: 'Italy', name: ' Ministero  della Giustizia ', kinds: ['extradition', 'EXTRADITION'], languages: ['Italian', 'en'], interpolAccepted: 'yes' },
      vocab,
      'create',
    );
    expect(result).toMatchObject({ ok: true, value: { country: 'ITA', name: 'Ministero della Giustizia', kinds: ['EXTRADITION'], languages: ['it', 'en'], interpolAccepted: true } });
  });

  it('changes only the fields given; null clears one', () => {
    expect(validateAuthority({ officeHours: null, comments: 'New' }, vocab, 'change')).toEqual({ ok: true, value: { officeHours: null, comments: 'New' } });
    const empty = validateAuthority({}, vocab, 'change');
    expect(empty.ok).toBe(false);
  });

  it('names each bad contact detail', () => {
    const result = validateAuthority(
      { contact: { email: 'nobody', phone: 'call me', website: 'ftp://x' }, persons: [{ title: 'Director' }], kinds: ['TELEPATHY'] },
      vocab,
      'change',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.field).sort()).toEqual(['contact.email', 'contact.phone', 'contact.website', 'kinds[0]', 'persons[0].name']);
    }
  });
});

describe('the directory export', () => {
  const entry: DirectoryEntry = {
    id: 'a1', countryCode: 'ITA', countryName: 'Italy', name: '=HYPERLINK("http://evil")', kinds: ['EXTRADITION'], designations: [],
    contactEmail: 'mla@x.example', contactPhone: '+39 06 1', contactFax: null, contactAddress: 'Via Arenula 70, Roma', contactWebsite: null,
    officeHours: null, timeZone: 'Europe/Rome', languages: ['it'], documentsRequired: null, formats: [], channels: ['diplomatic', 'e-mail'],
    interpolAccepted: false, urgentProcedure: null, comments: 'Line one\nline two', regionalNetworks: ['EJN'], conventionAsExtraditionBasis: null,
    persons: [{ name: 'Anna Verdi', title: null, email: null, phone: '+39 06 2', languages: [] }], updatedAt: new Date('2030-01-01T00:00:00Z'),
  };

  it('writes CSV a spreadsheet cannot run as formulas', () => {
    const csv = renderDirectory([entry], ExportFormat.CSV);
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row.authority).toBe(`'=HYPERLINK("http://evil")`);
    expect(row).toMatchObject({ channels: 'diplomatic; e-mail', interpol_accepted: 'no', persons: 'Anna Verdi +39 06 2', comments: 'Line one\nline two' });
  });

  it('writes JSON grouped as the API shows it', () => {
    const [json] = JSON.parse(renderDirectory([entry], ExportFormat.JSON));
    expect(json).toMatchObject({ country: { code: 'ITA', name: 'Italy' }, contact: { email: 'mla@x.example', fax: null }, updatedAt: '2030-01-01T00:00:00.000Z' });
  });
});
