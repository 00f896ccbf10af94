/** Court names and case titles in national styles. */
import { type CourtLevel } from '../record-types';
import { type Country } from './vocabulary';
import { US_DISTRICTS } from './places';
import { type Random } from './random';

const VOWEL_START = /^[AEIOUYÀ-ÖØ-Ýaeiouy]/;

/** French `de` with elision: `de Lyon`, `d'Orléans`. */
function de(city: string): string {
  return VOWEL_START.test(city) ? "d'" + city : 'de ' + city;
}

/** The seat of the highest courts (the first city), or the country name when no city is known. */
export function capitalOf(country: Country): string {
  return country.profile.cities[0] ?? country.name;
}

/** The name of a court of the given level sitting in `city`. */
export function courtName(r: Random, country: Country, level: CourtLevel, city: string): string {
  const the = country.nameIn;
  switch (country.profile.court) {
    case 'us': {
      const [district, circuit] = US_DISTRICTS[city] ?? ['District of Columbia', 'District of Columbia'];
      if (level === 'FIRST_INSTANCE') return 'United States District Court for the ' + district;
      if (level === 'APPELLATE') return 'United States Court of Appeals for the ' + circuit + ' Circuit';
      return 'Supreme Court of the United States';
    }
    case 'uk':
      if (level === 'FIRST_INSTANCE') return city === 'Southwark' ? 'Southwark Crown Court' : 'Crown Court at ' + city;
      if (level === 'APPELLATE') return 'Court of Appeal (Criminal Division)';
      return 'Supreme Court of the United Kingdom';
    case 'common':
      if (level === 'FIRST_INSTANCE')
        return r.chance(0.5) ? 'High Court of ' + the + ' at ' + city : city + ' District Court';
      if (level === 'APPELLATE') return 'Court of Appeal of ' + the;
      return 'Supreme Court of ' + the;
    case 'in':
      if (level === 'FIRST_INSTANCE')
        return r.chance(0.5) ? 'Court of the Sessions Judge, ' + city : 'Additional Sessions Court, ' + city;
      if (level === 'APPELLATE') return 'High Court at ' + city;
      return 'Supreme Court of India';
    case 'ph':
      if (level === 'FIRST_INSTANCE') return 'Regional Trial Court of ' + city + ', Branch ' + r.int(1, 120);
      if (level === 'APPELLATE') return 'Court of Appeals of the Philippines';
      return 'Supreme Court of the Philippines';
    case 'it':
      if (level === 'FIRST_INSTANCE') return r.chance(0.3) ? "Corte d'Assise di " + city : 'Tribunale di ' + city;
      if (level === 'APPELLATE') return "Corte d'Appello di " + city;
      return 'Corte Suprema di Cassazione';
    case 'fr':
      if (level === 'FIRST_INSTANCE')
        return r.chance(0.7) ? 'Tribunal correctionnel ' + de(city) : 'Tribunal judiciaire ' + de(city);
      if (level === 'APPELLATE') return "Cour d'appel " + de(city);
      return 'Cour de cassation';
    case 'fr-africa':
      if (level === 'FIRST_INSTANCE') return 'Tribunal de grande instance ' + de(city);
      if (level === 'APPELLATE') return "Cour d'appel " + de(city);
      return 'Cour suprême';
    case 'es':
      if (level === 'FIRST_INSTANCE')
        return r.chance(0.6)
          ? 'Audiencia Provincial de ' + city
          : 'Juzgado de lo Penal n.º ' + r.int(1, 30) + ' de ' + city;
      if (level === 'APPELLATE')
        return r.chance(0.5)
          ? 'Audiencia Nacional, Sala de Apelación'
          : 'Tribunal Superior de Justicia, Sala de lo Civil y Penal';
      return 'Tribunal Supremo, Sala de lo Penal';
    case 'latam':
      if (level === 'FIRST_INSTANCE')
        return r.chance(0.5) ? 'Juzgado Penal de ' + city : 'Tribunal de Sentencia Penal de ' + city;
      if (level === 'APPELLATE')
        return r.chance(0.5) ? 'Sala de Apelaciones de ' + city : 'Corte Superior de Justicia de ' + city;
      return 'Corte Suprema de Justicia de ' + country.name;
    case 'br':
      if (level === 'FIRST_INSTANCE') return r.int(1, 12) + 'ª Vara Federal Criminal de ' + city;
      if (level === 'APPELLATE') return 'Tribunal Regional Federal da ' + r.int(1, 5) + 'ª Região';
      return 'Superior Tribunal de Justiça';
    case 'de':
      if (level === 'FIRST_INSTANCE') return 'Landgericht ' + city;
      if (level === 'APPELLATE') return 'Oberlandesgericht ' + city;
      return 'Bundesgerichtshof';
    case 'at':
      if (level === 'FIRST_INSTANCE') return 'Landesgericht für Strafsachen ' + city;
      if (level === 'APPELLATE') return 'Oberlandesgericht ' + city;
      return 'Oberster Gerichtshof';
    case 'nl':
      if (level === 'FIRST_INSTANCE') return 'Rechtbank ' + city;
      if (level === 'APPELLATE') return 'Gerechtshof ' + city;
      return 'Hoge Raad der Nederlanden';
    case 'se':
      if (level === 'FIRST_INSTANCE') return city + ' tingsrätt';
      if (level === 'APPELLATE') return city === 'Stockholm' ? 'Svea hovrätt' : 'Hovrätten för Västra Sverige';
      return 'Högsta domstolen';
    case 'post-soviet':
      if (level === 'FIRST_INSTANCE')
        return r.chance(0.5)
          ? city + ' City Court'
          : r.pick(['Central', 'Leninsky', 'Sovetsky', 'Oktyabrsky']) + ' District Court of ' + city;
      if (level === 'APPELLATE') return city + ' Regional Court';
      return 'Supreme Court of ' + the;
    case 'arab':
      if (level === 'FIRST_INSTANCE')
        return r.chance(0.5) ? city + ' Criminal Court' : city + ' Court of First Instance';
      if (level === 'APPELLATE') return city + ' Court of Appeal';
      return 'Court of Cassation of ' + the;
    case 'cn':
      if (level === 'FIRST_INSTANCE') return city + " Intermediate People's Court";
      if (level === 'APPELLATE') return city + " Higher People's Court";
      return "Supreme People's Court";
    case 'civil':
      if (level === 'FIRST_INSTANCE')
        return r.pick([city + ' District Court', 'Court of First Instance of ' + city, city + ' Regional Court']);
      if (level === 'APPELLATE') return r.chance(0.5) ? city + ' Court of Appeal' : 'Court of Appeal of ' + city;
      return 'Supreme Court of ' + the;
  }
}

/** A case title in the national style, from the lead defendant's family (or company) name. */
export function caseTitle(r: Random, country: Country, lead: string, defendants: number): string {
  const many = defendants > 1;
  switch (country.profile.title) {
    case 'us':
      return 'United States v. ' + lead + (many && r.chance(0.5) ? ', et al.' : '');
    case 'r':
      return 'R v ' + lead + (many && r.chance(0.5) ? ' and others' : '');
    case 'state':
      return (r.chance(0.5) ? 'The State v. ' : 'State v. ') + lead + (many && r.chance(0.4) ? ' and others' : '');
    case 'republic':
      return 'Republic v. ' + lead + (many && r.chance(0.4) ? ' and others' : '');
    case 'country':
      return country.name + ' v. ' + lead + (many && r.chance(0.4) ? ' and others' : '');
    case 'dpp':
      return (r.chance(0.5) ? 'The People (DPP) v. ' : 'Director of Public Prosecutions v. ') + lead;
    case 'pp':
      return 'Public Prosecutor v. ' + lead + (many && r.chance(0.4) ? ' and another' : '');
    case 'people':
      return (country.code === 'PHL' ? 'People of the Philippines v. ' : 'The People v. ') + lead;
    case 'civil':
      switch (r.int(0, 5)) {
        case 0:
          return 'Prosecutor v. ' + lead + (many ? ' and others' : '');
        case 1:
          return country.name + ' Public Prosecutor v. ' + lead;
        case 2:
          return 'Case of ' + lead + (many ? ' et al.' : '');
        case 3:
          return 'Public Prosecutor v. ' + lead + (many ? ' and others' : '');
        case 4:
          return 'Criminal proceedings against ' + lead + (many ? ' and others' : '');
        default:
          return 'Public Prosecution Service v. ' + lead;
      }
  }
}
