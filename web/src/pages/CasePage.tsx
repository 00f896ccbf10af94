import { Fragment, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { CopyText } from '../components/CopyText';
import { CaseSummary } from '../components/summaries';
import { RecordState } from '../components/RecordState';
import { DraftRequestLink } from '../requests/DraftRequestLink';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { type CasePageQuery } from '../gql/graphql';
import { courtAndPlace, courtLevelLabel, formatDate, humanize, plural, sentenceLine } from '../labels';
import { articleHref, caseHref, crimeTypeHref, jurisdictionHref, lawHref } from '../links';
import { searchHref } from '../search/search-state';
import { caseCitation } from './citation';

const CasePageDocument = graphql(`
  query CasePage($reference: String!) {
    case(reference: $reference) {
      reference
      title
      decisionDate
      sentenceDate
      courtLevel
      language
      summary
      legalReasoning
      commentary
      court {
        name
      }
      jurisdiction {
        code
        name
      }
      proceedings {
        seq
        stage
        courtName
        place
        decisionDate
        outcome
      }
      defendants {
        id
        name
        legalPerson
        gender
        age
        nationalityCode
        nationality {
          code
          name
        }
        charges {
          lawReference
          law {
            reference
            title
          }
          verdict
          sentence
          prisonMonths
        }
      }
      victims {
        count
        gender
        child
        nationalityCode
      }
      cooperation {
        type
        description
        counterpart {
          code
          name
        }
        legalBasis {
          id
          title
        }
      }
      articles {
        id
        title
        instrument {
          code
          shortTitle
        }
      }
      laws {
        reference
        title
      }
      lawReferences
      crimeTypes {
        code
        label
      }
      keywords {
        category
        label
      }
      sources {
        label
        url
      }
      similar(first: 5) {
        ...CaseSummary
      }
      cites(first: 100) {
        totalCount
        edges {
          node {
            reference
            case {
              reference
              title
              decisionDate
              courtLevel
              jurisdiction {
                name
              }
            }
          }
        }
      }
      citedByCount
      citedBy(first: 100) {
        edges {
          node {
            reference
            title
            decisionDate
            courtLevel
            jurisdiction {
              name
            }
          }
        }
      }
    }
  }
`);

type CaseRecord = NonNullable<CasePageQuery['case']>;

/** A case: everything the record holds, every linked record a link, and a citation to copy. */
export function CasePage() {
  const reference = useParams().reference ?? '';
  const { data, isPending, error } = useGraphQL(CasePageDocument, { reference });
  const record = data?.case;
  useDocumentTitle(record?.title);
  if (!record) return <RecordState isPending={isPending} error={error} what="Case" />;

  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-case">Case</span> <span className="reference">{record.reference}</span>
      </p>
      <h1 id="record-title">{record.title}</h1>
      <DraftRequestLink caseReference={record.reference} />

      <dl className="facts">
        <Fact term="State">
          <Link to={jurisdictionHref(record.jurisdiction.code)}>{record.jurisdiction.name}</Link>
        </Fact>
        <Fact term="Court">{record.court?.name}</Fact>
        <Fact term="Court level">{courtLevelLabel(record.courtLevel)}</Fact>
        <Fact term="Decision">{formatDate(record.decisionDate)}</Fact>
        <Fact term="Sentence">{formatDate(record.sentenceDate)}</Fact>
        <Fact term="Language">{record.language ? languageName(record.language) : null}</Fact>
        <Fact term="Crime types">
          {record.crimeTypes.length > 0 && (
            <ul className="inline-list">
              {record.crimeTypes.map((c) => (
                <li key={c.code}>
                  <Link to={crimeTypeHref(c.code)}>{c.label}</Link>
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>

      <TextSection title="Facts" text={record.summary} />
      <Proceedings record={record} />
      <Defendants record={record} />
      <Victims record={record} />
      <Cooperation record={record} />
      <TextSection title="Legal reasoning" text={record.legalReasoning} />
      <TextSection title="Commentary and significant features" text={record.commentary} />
      <Articles record={record} />
      <Laws record={record} />
      <Cites record={record} />
      <CitedBy record={record} />
      <Keywords record={record} />
      <Sources record={record} />
      <Similar record={record} />

      <section className="record-section" aria-labelledby="cite">
        <h2 id="cite">Cite this case</h2>
        <CopyText label="Citation" text={caseCitation(record, window.location.href.split(/[?#]/)[0], new Date())} />
      </section>
    </article>
  );
}

/** "More like this": published cases sharing articles, crime types, keywords and words of the facts. */
function Similar({ record }: { record: CaseRecord }) {
  if (record.similar.length === 0) return null;
  return (
    <Section id="similar" title="Similar cases">
      <ol className="record-list similar-cases">
        {record.similar.map((c) => (
          <li key={c.reference}>
            <CaseSummary record={c} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="record-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function TextSection({ title, text }: { title: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <Section id={title.toLowerCase().replace(/\W+/g, '-')} title={title}>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="prose">
          {paragraph}
        </p>
      ))}
    </Section>
  );
}

function Proceedings({ record }: { record: CaseRecord }) {
  if (record.proceedings.length === 0) return null;
  return (
    <Section id="proceedings" title="Procedural history">
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Court</th>
              <th scope="col">Date</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {record.proceedings.map((p) => (
              <tr key={p.seq}>
                <td>{p.stage ? humanize(p.stage) : '—'}</td>
                <td>{courtAndPlace(p.courtName, p.place) ?? '—'}</td>
                <td>{formatDate(p.decisionDate) ?? '—'}</td>
                <td>{p.outcome ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function Defendants({ record }: { record: CaseRecord }) {
  if (record.defendants.length === 0) return null;
  return (
    <Section id="defendants" title={`Defendants (${record.defendants.length})`}>
      <ul className="defendants">
        {record.defendants.map((d, i) => {
          const profile = [
            d.legalPerson ? 'Legal person' : null,
            d.gender ? humanize(d.gender) : null,
            d.age != null ? `${d.age} years old` : null,
          ].filter(Boolean);
          return (
            <li key={d.id}>
              <h3>{d.name ?? `Defendant ${i + 1}`}</h3>
              <p className="list-facts">
                {profile.join(' · ')}
                {d.nationality ? (
                  <>
                    {profile.length > 0 && ' · '}
                    National of <Link to={jurisdictionHref(d.nationality.code)}>{d.nationality.name}</Link>
                  </>
                ) : d.nationalityCode ? (
                  `${profile.length > 0 ? ' · ' : ''}National of ${d.nationalityCode}`
                ) : null}
              </p>
              {d.charges.length > 0 && (
                <div className="table-scroll">
                  <table>
                    <caption className="sr-only">Charges against {d.name ?? `defendant ${i + 1}`}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Charge</th>
                        <th scope="col">Verdict</th>
                        <th scope="col">Sentence</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.charges.map((c, j) => (
                        <tr key={j}>
                          <td>{c.law ? <Link to={lawHref(c.law.reference)}>{c.law.title}</Link> : (c.lawReference ?? '—')}</td>
                          <td>{c.verdict ? humanize(c.verdict) : '—'}</td>
                          <td>{sentenceLine(c.sentence, c.prisonMonths) ?? '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function Victims({ record }: { record: CaseRecord }) {
  if (record.victims.length === 0) return null;
  return (
    <Section id="victims" title="Victims">
      <ul>
        {record.victims.map((v, i) => (
          <li key={i}>
            {[
              v.count != null ? plural(v.count, 'victim') : 'Victims',
              v.gender ? v.gender.toLowerCase() : null,
              v.child === true ? 'children' : v.child === false ? 'adults' : null,
            ]
              .filter(Boolean)
              .join(', ')}
            {v.nationalityCode && (
              <>
                , nationality <Link to={jurisdictionHref(v.nationalityCode)}>{v.nationalityCode}</Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Cooperation({ record }: { record: CaseRecord }) {
  if (record.cooperation.length === 0) return null;
  return (
    <Section id="cooperation" title="International cooperation">
      <ul>
        {record.cooperation.map((c, i) => (
          <li key={i}>
            <strong>{humanize(c.type)}</strong>
            {c.counterpart && (
              <>
                {' '}
                with <Link to={jurisdictionHref(c.counterpart.code)}>{c.counterpart.name}</Link>
              </>
            )}
            {c.legalBasis && (
              <>
                , on the basis of <Link to={articleHref(c.legalBasis.id)}>{c.legalBasis.id}</Link> ({c.legalBasis.title})
              </>
            )}
            {c.description && <p className="prose">{c.description}</p>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Articles({ record }: { record: CaseRecord }) {
  if (record.articles.length === 0) return null;
  return (
    <Section id="articles" title="Convention and Protocol articles applied">
      <ul className="record-list">
        {record.articles.map((a) => (
          <li key={a.id}>
            <Link to={articleHref(a.id)}>
              {a.id}: {a.title}
            </Link>
            <span className="list-facts">{a.instrument.shortTitle}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Laws({ record }: { record: CaseRecord }) {
  if (record.lawReferences.length === 0) return null;
  const loaded = new Map(record.laws.map((l) => [l.reference, l]));
  return (
    <Section id="laws" title="Laws applied">
      <ul className="record-list">
        {record.lawReferences.map((reference) => {
          const law = loaded.get(reference);
          return (
            <li key={reference}>
              {law ? <Link to={lawHref(reference)}>{law.title}</Link> : <span>{reference}</span>}
              <span className="list-facts">{law ? reference : 'not in the portal yet'}</span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** "ITA-2011-0330 · Italy · Appellate · 30 March 2011": what tells decisions apart in a list of citations. */
function decisionLine(c: { reference: string; jurisdiction: { name: string }; courtLevel?: string | null; decisionDate?: string | null }): string {
  return [c.reference, c.jurisdiction.name, courtLevelLabel(c.courtLevel), formatDate(c.decisionDate)].filter(Boolean).join(' · ');
}

/** More than a page of citations is rare; the count says when some are not listed. */
function Remainder({ shown, total }: { shown: number; total: number }) {
  return shown < total ? <p className="list-facts">The first {shown} of {total} are listed.</p> : null;
}

/** The decisions this case relies on; a reference not in the portal (or not published) stands alone. */
function Cites({ record }: { record: CaseRecord }) {
  const edges = record.cites.edges;
  if (edges.length === 0) return null;
  return (
    <Section id="cites" title="Cites">
      <ul className="record-list citations">
        {edges.map(({ node }) => (
          <li key={node.reference}>
            {node.case ? <Link to={caseHref(node.case.reference)}>{node.case.title}</Link> : <span>{node.reference}</span>}
            <span className="list-facts">
              {node.case ? decisionLine(node.case) : 'not in the portal yet'}
            </span>
          </li>
        ))}
      </ul>
      <Remainder shown={edges.length} total={record.cites.totalCount} />
    </Section>
  );
}

/** The published decisions relying on this case, newest first. */
function CitedBy({ record }: { record: CaseRecord }) {
  const edges = record.citedBy.edges;
  if (record.citedByCount === 0) return null;
  return (
    <Section id="cited-by" title={`Cited by (${record.citedByCount})`}>
      <ul className="record-list citations">
        {edges.map(({ node }) => (
          <li key={node.reference}>
            <Link to={caseHref(node.reference)}>{node.title}</Link>
            <span className="list-facts">{decisionLine(node)}</span>
          </li>
        ))}
      </ul>
      <Remainder shown={edges.length} total={record.citedByCount} />
    </Section>
  );
}

function Keywords({ record }: { record: CaseRecord }) {
  if (record.keywords.length === 0) return null;
  const byCategory = new Map<string, string[]>();
  for (const k of record.keywords) byCategory.set(k.category, [...(byCategory.get(k.category) ?? []), k.label]);
  return (
    <Section id="keywords" title="Keywords">
      <dl className="facts">
        {[...byCategory].map(([category, labels]) => (
          <Fragment key={category}>
            <div>
              <dt>{category}</dt>
              <dd>
                <ul className="inline-list">
                  {labels.map((label) => (
                    <li key={label}>
                      <Link to={searchHref({ type: 'CASE', filters: { keyword: [label] } })}>{label}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </Fragment>
        ))}
      </dl>
    </Section>
  );
}

function Sources({ record }: { record: CaseRecord }) {
  if (record.sources.length === 0) return null;
  return (
    <Section id="sources" title="Sources">
      <ul>
        {record.sources.map((s, i) => (
          <li key={i}>{s.url ? <a href={s.url} rel="noopener noreferrer">{s.label}</a> : s.label}</li>
        ))}
      </ul>
    </Section>
  );
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
