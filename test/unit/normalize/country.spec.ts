import worldCountries from 'world-countries';
import { createCountryNormalizer, type Normalized } from '../../../ingest/normalize';

const known = new Set([...worldCountries.filter((c) => c.unMember).map((c) => c.cca3), 'VAT', 'PSE', 'EUE']);
const normalizeCountry = createCountryNormalizer(known);

function errorOf(result: Normalized<unknown>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('createCountryNormalizer', () => {
  it('has the jurisdictions of the test set (UN Member States, the Holy See, Palestine, the EU)', () => {
    expect(known.size).toBeGreaterThanOrEqual(196);
    expect(known.has('ITA') && known.has('VAT') && known.has('PSE') && known.has('EUE')).toBe(true);
  });

  describe('codes', () => {
    it.each([
      ['ITA', 'ITA'],
      ['ita', 'ITA'],
      [' Ita ', 'ITA'],
      ['USA', 'USA'],
      ['EUE', 'EUE'],
      ['eue', 'EUE'],
      ['IT', 'ITA'],
      ['it', 'ITA'],
      ['US', 'USA'],
      ['GB', 'GBR'],
      ['UK', 'GBR'],
      ['uk', 'GBR'],
      ['EU', 'EUE'],
      ['EL', 'GRC'],
      ['VA', 'VAT'],
      ['PS', 'PSE'],
      ['380', 'ITA'],
      ['840', 'USA'],
      ['36', 'AUS'],
      ['036', 'AUS'],
      ['ＩＴＡ', 'ITA'],
    ])('%j → %s', (input, expected) => {
      expect(normalizeCountry(input)).toEqual({ ok: true, value: expected });
    });
  });

  describe('names', () => {
    it.each([
      ['Italy', 'ITA'],
      ['ITALY', 'ITA'],
      ["Côte d'Ivoire", 'CIV'],
      ["Cote d'Ivoire", 'CIV'],
      ['Côte d’Ivoire', 'CIV'],
      ['Ivory Coast', 'CIV'],
      ['United States of America', 'USA'],
      ['USA', 'USA'],
      ['U.S.A.', 'USA'],
      ['U.S.', 'USA'],
      ['United States', 'USA'],
      ['Viet Nam', 'VNM'],
      ['Vietnam', 'VNM'],
      ['Republic of Korea', 'KOR'],
      ['South Korea', 'KOR'],
      ['Korea, Republic of', 'KOR'],
      ["Democratic People's Republic of Korea", 'PRK'],
      ['Russian Federation', 'RUS'],
      ['Russia', 'RUS'],
      ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
      ['United Kingdom', 'GBR'],
      ['U.K.', 'GBR'],
      ['Great Britain', 'GBR'],
      ['Bolivia (Plurinational State of)', 'BOL'],
      ['Bolivia', 'BOL'],
      ['Iran (Islamic Republic of)', 'IRN'],
      ['Iran', 'IRN'],
      ['Venezuela (Bolivarian Republic of)', 'VEN'],
      ['Micronesia (Federated States of)', 'FSM'],
      ['Türkiye', 'TUR'],
      ['Turkiye', 'TUR'],
      ['Turkey', 'TUR'],
      ['Czechia', 'CZE'],
      ['Czech Republic', 'CZE'],
      ['Holy See', 'VAT'],
      ['Holy See (Vatican City State)', 'VAT'],
      ['Vatican', 'VAT'],
      ['State of Palestine', 'PSE'],
      ['Palestine', 'PSE'],
      ['Occupied Palestinian Territory', 'PSE'],
      ['Democratic Republic of the Congo', 'COD'],
      ['Congo (Democratic Republic of the)', 'COD'],
      ['DR Congo', 'COD'],
      ['DRC', 'COD'],
      ['Republic of the Congo', 'COG'],
      ['Republic of Congo', 'COG'],
      ['Congo-Brazzaville', 'COG'],
      ['Republic of Moldova', 'MDA'],
      ['Moldova', 'MDA'],
      ["Lao People's Democratic Republic", 'LAO'],
      ['Lao PDR', 'LAO'],
      ['Laos', 'LAO'],
      ['Eswatini', 'SWZ'],
      ['Swaziland', 'SWZ'],
      ['North Macedonia', 'MKD'],
      ['The former Yugoslav Republic of Macedonia', 'MKD'],
      ['Cabo Verde', 'CPV'],
      ['Cape Verde', 'CPV'],
      ['Timor-Leste', 'TLS'],
      ['Timor Leste', 'TLS'],
      ['East Timor', 'TLS'],
      ['European Union', 'EUE'],
      ['EU', 'EUE'],
      ['E.U.', 'EUE'],
      ['European Community', 'EUE'],
      ['European Communities', 'EUE'],
      ['Saint Christopher and Nevis', 'KNA'],
      ['United Republic of Tanzania', 'TZA'],
      ['Syrian Arab Republic', 'SYR'],
      ['Libyan Arab Jamahiriya', 'LBY'],
      ['Brunei Darussalam', 'BRN'],
      ['Myanmar', 'MMR'],
      ['Burma', 'MMR'],
      ['Netherlands (Kingdom of the)', 'NLD'],
      ['The Netherlands', 'NLD'],
      ['Gambia', 'GMB'],
      ['The Gambia', 'GMB'],
      ['Bahamas, The', 'BHS'],
      ['Trinidad & Tobago', 'TTO'],
      ['Bosnia and Herzegovina', 'BIH'],
      ['St Kitts and Nevis', 'KNA'],
      ['St. Lucia', 'LCA'],
      ['Saint Vincent & the Grenadines', 'VCT'],
      ['Sao Tome and Principe', 'STP'],
      ['UAE', 'ARE'],
      ['RSA', 'ZAF'],
      ['Italy (ITA)', 'ITA'],
      ['  united   states  ', 'USA'],
    ])('%j → %s', (input, expected) => {
      expect(normalizeCountry(input)).toEqual({ ok: true, value: expected });
    });
  });

  describe('rejections', () => {
    it('rejects an unknown name, naming it and saying what is accepted', () => {
      expect(errorOf(normalizeCountry('Atlantis'))).toBe(
        '"Atlantis" is not a known country: use an ISO 3166-1 code (ITA, IT) or an English name',
      );
    });

    it('suggests a close name', () => {
      expect(errorOf(normalizeCountry('Itally'))).toBe(
        '"Itally" is not a known country: use an ISO 3166-1 code (ITA, IT) or an English name. Did you mean "Italy"?',
      );
    });

    it('rejects unknown codes', () => {
      expect(errorOf(normalizeCountry('XYZ'))).toMatch(/^"XYZ" is not a known country: use an ISO 3166-1 code/);
      expect(errorOf(normalizeCountry('QQ'))).toMatch(/^"QQ" is not a known country/);
      expect(errorOf(normalizeCountry('999'))).toMatch(/^"999" is not a known country/);
    });

    it('rejects an ambiguous name, listing the candidates', () => {
      expect(errorOf(normalizeCountry('Congo'))).toBe(
        '"Congo" is ambiguous: it may be COD (Democratic Republic of the Congo) or COG (Republic of the Congo); ' +
          'use the ISO 3166-1 code',
      );
    });

    it('rejects countries and territories that are not jurisdictions of the portal', () => {
      expect(errorOf(normalizeCountry('Puerto Rico'))).toBe(
        `"Puerto Rico" is PRI (Puerto Rico), which is not one of the portal's ${known.size} jurisdictions`,
      );
      expect(errorOf(normalizeCountry('PRI'))).toMatch(/^"PRI" is PRI \(Puerto Rico\), which is not one of/);
      expect(errorOf(normalizeCountry('HK'))).toMatch(/^"HK" is HKG \(Hong Kong\), which is not one of/);
      expect(errorOf(normalizeCountry('Kosovo'))).toMatch(/^"Kosovo" is XKK \(Kosovo\), which is not one of/);
    });

    it('follows `known`: a code outside it is rejected even if valid elsewhere', () => {
      const onlyItaly = createCountryNormalizer(new Set(['ITA']));
      expect(onlyItaly('Italy')).toEqual({ ok: true, value: 'ITA' });
      expect(errorOf(onlyItaly('France'))).toBe(
        '"France" is FRA (France), which is not one of the portal\'s 1 jurisdictions',
      );
      expect(errorOf(onlyItaly('EU'))).toMatch(/^"EU" is EUE \(European Union\), which is not one of/);
    });

    it('does not read the constituent countries of the United Kingdom as the State', () => {
      expect(errorOf(normalizeCountry('England'))).toMatch(/^"England" is not a known country/);
    });

    it('rejects a list of countries rather than keeping the first', () => {
      expect(errorOf(normalizeCountry('Italy, France'))).toMatch(/^"Italy, France" is not a known country/);
      expect(errorOf(normalizeCountry('Italy; France'))).toMatch(/^"Italy; France" is not a known country/);
      expect(errorOf(normalizeCountry('Italy and France'))).toMatch(/^"Italy and France" is not a known country/);
    });

    it('rejects a bare "Korea"', () => {
      expect(normalizeCountry('Korea').ok).toBe(false);
    });

    it('rejects empty input', () => {
      expect(errorOf(normalizeCountry(''))).toBe(
        'The country is empty: use an ISO 3166-1 code (ITA, IT) or an English name',
      );
      expect(errorOf(normalizeCountry(' \u00A0'))).toMatch(/^The country is empty/);
    });
  });

  it('resolves every jurisdiction of the set by code and by its English name', () => {
    const problems: string[] = [];
    for (const country of worldCountries.filter((c) => known.has(c.cca3))) {
      for (const form of [country.cca3, country.cca2, country.name.common, country.name.official]) {
        const result = normalizeCountry(form);
        if (!result.ok || result.value !== country.cca3) problems.push(`${form}: ${JSON.stringify(result)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
