import { type DataSource, In } from 'typeorm';
import { Article, CrimeType, Instrument, type InstrumentCode, Jurisdiction, Keyword } from '../entities';
import { loadVocabulary, type Vocabulary } from '../../ingest/vocabulary';
import { badInput } from './errors';

/** Most values one filter list takes: guards the planner against pathological inputs. */
export const MAX_FILTER_VALUES = 100;

interface Vocabularies {
  /** code → name */
  jurisdictions: Map<string, string>;
  /** UN M49 regions, as stored */
  regions: Set<string>;
  /** id → title */
  articles: Map<string, string>;
  /** code → label */
  crimeTypes: Map<string, string>;
  /** folded label → canonical label */
  keywords: Map<string, string>;
}

/**
 * Reference data: instruments, articles, jurisdictions, crime types, keywords. Holds the rules that turn
 * user-supplied codes into canonical ones; the vocabularies are small and cached per process.
 */
export class ReferenceService {
  private vocabularies: Promise<Vocabularies> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Forget cached vocabularies (after a seed or an edit of reference data). */
  invalidate(): void {
    this.vocabularies = null;
    this.normalizerSet = null;
  }

  private normalizerSet: Promise<Vocabulary> | null = null;

  /** The normalizers of ingest bound to the reference data (labels → codes), for the mutations. Cached. */
  normalizers(): Promise<Vocabulary> {
    return (this.normalizerSet ??= loadVocabulary(this.dataSource).catch((error) => {
      this.normalizerSet = null;
      throw error;
    }));
  }

  private load(): Promise<Vocabularies> {
    return (this.vocabularies ??= (async () => {
      const [jurisdictions, articles, crimeTypes, keywords] = await Promise.all([
        this.dataSource.query(`SELECT code, name, region FROM jurisdictions`),
        this.dataSource.query(`SELECT id, title FROM articles`),
        this.dataSource.query(`SELECT code, label FROM crime_types`),
        this.dataSource.query(`SELECT label FROM keywords`),
      ]);
      return {
        jurisdictions: new Map<string, string>(jurisdictions.map((r: { code: string; name: string }) => [r.code, r.name])),
        regions: new Set<string>(jurisdictions.map((r: { region: string }) => r.region)),
        articles: new Map<string, string>(articles.map((r: { id: string; title: string }) => [r.id, r.title])),
        crimeTypes: new Map<string, string>(crimeTypes.map((r: { code: string; label: string }) => [r.code, r.label])),
        keywords: new Map<string, string>(keywords.map((r: { label: string }) => [r.label.toLowerCase(), r.label])),
      };
    })().catch((error) => {
      this.vocabularies = null;
      throw error;
    }));
  }

  private checkList(field: string, values: readonly string[] | null | undefined): readonly string[] | undefined {
    if (!values) return undefined;
    if (values.length > MAX_FILTER_VALUES) {
      throw badInput(field, `${values.length} values`, `give at most ${MAX_FILTER_VALUES} values`);
    }
    return values;
  }

  async countryCodes(field: string, values: readonly string[] | null | undefined): Promise<string[] | undefined> {
    const list = this.checkList(field, values);
    if (!list) return undefined;
    const { jurisdictions } = await this.load();
    return list.map((value) => {
      const code = value.trim().toUpperCase();
      if (!jurisdictions.has(code)) {
        throw badInput(field, value, 'use ISO 3166-1 alpha-3 codes of jurisdictions the portal knows (e.g. ITA, USA, EUE)');
      }
      return code;
    });
  }

  async articleIds(field: string, values: readonly string[] | null | undefined): Promise<string[] | undefined> {
    const list = this.checkList(field, values);
    if (!list) return undefined;
    const { articles } = await this.load();
    return list.map((value) => {
      const id = value.trim().toUpperCase().replace(/\s+/g, '');
      if (!articles.has(id)) {
        throw badInput(field, value, 'use article ids <INSTRUMENT>-<number> that exist (e.g. UNTOC-18, TIP-5, SOM-6, FIREARMS-5)');
      }
      return id;
    });
  }

  async crimeTypeCodes(field: string, values: readonly string[] | null | undefined): Promise<string[] | undefined> {
    const list = this.checkList(field, values);
    if (!list) return undefined;
    const { crimeTypes } = await this.load();
    return list.map((value) => {
      const code = value.trim().toLowerCase();
      if (!crimeTypes.has(code)) {
        throw badInput(field, value, `use crime type codes (e.g. trafficking-in-persons, money-laundering); see the crimeTypes query`);
      }
      return code;
    });
  }

  async keywordLabels(field: string, values: readonly string[] | null | undefined): Promise<string[] | undefined> {
    const list = this.checkList(field, values);
    if (!list) return undefined;
    const { keywords } = await this.load();
    return list.map((value) => {
      const label = keywords.get(value.trim().toLowerCase());
      if (!label) throw badInput(field, value, 'use keyword labels of the vocabulary (e.g. Deception, Forced labour or services)');
      return label;
    });
  }

  async regionNames(field: string, values: readonly string[] | null | undefined): Promise<string[] | undefined> {
    const list = this.checkList(field, values);
    if (!list) return undefined;
    const { regions } = await this.load();
    const byFolded = new Map([...regions].map((r) => [r.toLowerCase(), r]));
    return list.map((value) => {
      const region = byFolded.get(value.trim().toLowerCase());
      if (!region) throw badInput(field, value, `use a UN M49 region: ${[...regions].sort().join(', ')}`);
      return region;
    });
  }

  /** Human labels of vocabulary codes, for facets: names of countries, titles of articles, labels of crime types. */
  async labels(): Promise<{ countries: ReadonlyMap<string, string>; articles: ReadonlyMap<string, string>; crimeTypes: ReadonlyMap<string, string> }> {
    const { jurisdictions, articles, crimeTypes } = await this.load();
    return { countries: jurisdictions, articles, crimeTypes };
  }

  instruments(): Promise<Instrument[]> {
    return this.dataSource.getRepository(Instrument).find({ order: { code: 'ASC' } });
  }

  instrument(code: InstrumentCode): Promise<Instrument | null> {
    return this.dataSource.getRepository(Instrument).findOneBy({ code });
  }

  article(id: string): Promise<Article | null> {
    return this.dataSource.getRepository(Article).findOneBy({ id: id.trim().toUpperCase() });
  }

  jurisdiction(code: string): Promise<Jurisdiction | null> {
    return this.dataSource.getRepository(Jurisdiction).findOneBy({ code: code.trim().toUpperCase() });
  }

  async jurisdictions(region?: string | null): Promise<Jurisdiction[]> {
    const repo = this.dataSource.getRepository(Jurisdiction);
    if (region === undefined || region === null) return repo.find({ order: { name: 'ASC' } });
    const rows = await repo
      .createQueryBuilder('j')
      .where('lower(j.region) = lower(:region) OR lower(j.subregion) = lower(:region)', { region: region.trim() })
      .orderBy('j.name', 'ASC')
      .getMany();
    if (rows.length === 0) {
      const regions: { region: string }[] = await this.dataSource.query(`SELECT DISTINCT region FROM jurisdictions ORDER BY 1`);
      throw badInput('region', region, `use a UN M49 region or subregion: ${regions.map((r) => r.region).join(', ')}, or a subregion such as Western Europe`);
    }
    return rows;
  }

  crimeType(code: string): Promise<CrimeType | null> {
    return this.dataSource.getRepository(CrimeType).findOneBy({ code: code.trim().toLowerCase() });
  }

  crimeTypes(): Promise<CrimeType[]> {
    return this.dataSource.getRepository(CrimeType).find({ order: { label: 'ASC' } });
  }

  keywords(): Promise<Keyword[]> {
    return this.dataSource.getRepository(Keyword).find({ order: { category: 'ASC', label: 'ASC' } });
  }

  articlesByIds(ids: string[]): Promise<Article[]> {
    return this.dataSource.getRepository(Article).findBy({ id: In(ids) });
  }
}
