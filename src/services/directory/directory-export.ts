import { stringify } from 'csv-stringify/sync';
import { registerEnumType } from 'type-graphql';

export enum ExportFormat {
  JSON = 'JSON',
  CSV = 'CSV',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

/** One authority with everything the printed handbook shows. */
export interface DirectoryEntry {
  id: string;
  countryCode: string;
  countryName: string;
  name: string;
  kinds: string[];
  designations: string[];
  contactEmail: string | null;
  contactPhone: string | null;
  contactFax: string | null;
  contactAddress: string | null;
  contactWebsite: string | null;
  officeHours: string | null;
  timeZone: string | null;
  languages: string[];
  documentsRequired: string | null;
  formats: string[];
  channels: string[];
  interpolAccepted: boolean | null;
  urgentProcedure: string | null;
  comments: string | null;
  regionalNetworks: string[];
  conventionAsExtraditionBasis: boolean | null;
  persons: { name: string; title: string | null; email: string | null; phone: string | null; languages: string[] }[];
  updatedAt: Date;
}

/** The directory as JSON (one object per authority) or CSV (one row per authority, lists joined with "; "). */
export function renderDirectory(entries: DirectoryEntry[], format: ExportFormat): string {
  if (format === ExportFormat.JSON) {
    return JSON.stringify(
      entries.map((e) => ({
        id: e.id,
        country: { code: e.countryCode, name: e.countryName },
        name: e.name,
        kinds: e.kinds,
        designations: e.designations,
        contact: { email: e.contactEmail, phone: e.contactPhone, fax: e.contactFax, address: e.contactAddress, website: e.contactWebsite },
        persons: e.persons,
        officeHours: e.officeHours,
        timeZone: e.timeZone,
        languages: e.languages,
        documentsRequired: e.documentsRequired,
        formats: e.formats,
        channels: e.channels,
        interpolAccepted: e.interpolAccepted,
        urgentProcedure: e.urgentProcedure,
        comments: e.comments,
        regionalNetworks: e.regionalNetworks,
        conventionAsExtraditionBasis: e.conventionAsExtraditionBasis,
        updatedAt: new Date(e.updatedAt).toISOString(),
      })),
      null,
      2,
    );
  }
  const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
  const list = (values: string[]) => values.join('; ');
  const person = (p: DirectoryEntry['persons'][number]) =>
    [p.name, p.title && `(${p.title})`, p.email && `<${p.email}>`, p.phone, p.languages.length ? `[${p.languages.join(', ')}]` : null]
      .filter(Boolean)
      .join(' ');
  return stringify(
    entries.map((e) => ({
      country_code: e.countryCode, country: e.countryName, authority: e.name, kinds: list(e.kinds), designations: list(e.designations),
      email: e.contactEmail, phone: e.contactPhone, fax: e.contactFax, address: e.contactAddress, website: e.contactWebsite,
      persons: list(e.persons.map(person)), office_hours: e.officeHours, time_zone: e.timeZone, languages: list(e.languages),
      documents_required: e.documentsRequired, formats: list(e.formats), channels: list(e.channels),
      interpol_accepted: yesNo(e.interpolAccepted), urgent_procedure: e.urgentProcedure, comments: e.comments,
      regional_networks: list(e.regionalNetworks), convention_as_extradition_basis: yesNo(e.conventionAsExtraditionBasis),
      updated_at: new Date(e.updatedAt).toISOString(), id: e.id,
    })),
    // Cells a spreadsheet would run as formulas (=, +, -, @) are quoted.
    { header: true, escape_formulas: true },
  );
}
