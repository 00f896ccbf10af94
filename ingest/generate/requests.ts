/**
 * The demo's register of requests: synthetic, deterministic requests for mutual legal assistance, extradition and
 * the transfer of sentenced persons that fit the demo catalogue. Each comes from a demo case whose cooperation
 * names extradition, mutual legal assistance, a joint investigation, confiscation or a transfer of a sentenced
 * person with a counterpart State: the case's State asks (an outgoing request in its register) and, for about
 * half, the counterpart keeps its own copy (an incoming request in its register). Offences are the case's crime
 * types; the legal basis is the treaty in force between the two States for the kind when the demo library has
 * one, else the Convention when both had ratified it (art. 16 not for a State that declared under art. 16(5) it
 * does not take it as a basis), else reciprocity; times to completion are log-normal (median about four months for
 * assistance, seven for extradition, a long tail); most requests are executed, some partly, a few refused on
 * art. 18(21) or extradition grounds, some withdrawn; the most recent are still open, many past their due date.
 * Every reference starts with `SYN-` and every request's note says it is synthetic.
 */
import { type RequestEventRecord, type RequestRecord } from '../record-types';
import { Random, seed32, WeightedTable } from './random';

export const SYNTHETIC_REQUEST_NOTE = 'Synthetic request of the demo register: not a real case file.';

export interface RegisterCase {
  reference: string;
  title: string;
  country: string;
  decisionDate: string | null;
  crimeTypes: string[];
  /** `extradition` or `mutual-legal-assistance`. */
  type: string;
  counterpart: string;
}

export interface RegisterTreaty {
  reference: string;
  kinds: string[];
  inForceOn: string | null;
  parties: { country: string; inForceOn: string | null }[];
}

export interface RegisterRatification {
  country: string;
  ratifiedOn: string | null;
  /** Art. 16(5): whether the State takes the Convention as the legal basis for extradition. */
  conventionAsExtraditionBasis: boolean | null;
}

export interface RegisterInput {
  cases: RegisterCase[];
  treaties: RegisterTreaty[];
  /** UNTOC ratifications. */
  ratifications: RegisterRatification[];
  seed: number;
  /** The day the register stands at: later dates are not yet reached (requests still open). */
  asOf: string;
}

const DAY = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const later = (a: string, b: string) => (a > b ? a : b);

const ARTICLE_OF_KIND: Record<string, string> = {
  EXTRADITION: 'UNTOC art. 16(4)', MUTUAL_LEGAL_ASSISTANCE: 'UNTOC art. 18', TRANSFER_OF_SENTENCED_PERSONS: 'UNTOC art. 17',
};
const SUBJECT_OF_KIND: Record<string, string> = {
  EXTRADITION: 'Extradition', MUTUAL_LEGAL_ASSISTANCE: 'Assistance', TRANSFER_OF_SENTENCED_PERSONS: 'Transfer of a sentenced person',
};
const MLA_FORMS = new WeightedTable<string>([
  ['TAKING_EVIDENCE', 30], ['DOCUMENTS_AND_RECORDS', 25], ['SEARCH_AND_SEIZURE', 12], ['IDENTIFYING_PROCEEDS', 10],
  ['INFORMATION_AND_EXPERT_EVALUATIONS', 8], ['SERVICE_OF_DOCUMENTS', 6], ['VIDEOCONFERENCE', 5], ['STORED_COMPUTER_DATA', 4],
]);
const OUTCOMES = new WeightedTable<string>([['EXECUTED', 70], ['PARTIALLY_EXECUTED', 14], ['REFUSED', 9], ['WITHDRAWN', 7]]);
const MLA_GROUNDS = new WeightedTable<string>([
  ['DUAL_CRIMINALITY', 35], ['INSUFFICIENT_INFORMATION', 30], ['SOVEREIGNTY_SECURITY_PUBLIC_ORDER', 15], ['DOMESTIC_LAW_PROHIBITS', 10],
  ['NOT_IN_CONFORMITY', 10],
]);
const EXTRADITION_GROUNDS = new WeightedTable<string>([
  ['DUAL_CRIMINALITY', 30], ['NATIONALITY', 25], ['INSUFFICIENT_INFORMATION', 20], ['LAPSE_OF_TIME', 10], ['NE_BIS_IN_IDEM', 8],
  ['SOVEREIGNTY_SECURITY_PUBLIC_ORDER', 7],
]);
const REFUSAL_NOTES: Record<string, string> = {
  DUAL_CRIMINALITY: 'The conduct described is not an offence under the law of the requested State.',
  INSUFFICIENT_INFORMATION: 'The information supplied was not sufficient to act on the request, after a request for more.',
  SOVEREIGNTY_SECURITY_PUBLIC_ORDER: 'Execution would prejudice the essential interests of the requested State (art. 18(21)(b)).',
  DOMESTIC_LAW_PROHIBITS: 'The measure sought is not available under the law of the requested State for a similar offence (art. 18(21)(c)).',
  NOT_IN_CONFORMITY: 'The request was not made in conformity with article 18 (art. 18(21)(a)).',
  NATIONALITY: 'The person sought is a national of the requested State, which does not extradite its nationals; the case was referred for prosecution (art. 16(10)).',
  LAPSE_OF_TIME: 'Prosecution is time-barred under the law of the requested State.',
  NE_BIS_IN_IDEM: 'The person was finally judged for the same conduct in the requested State.',
  OTHER: 'The sentenced person did not consent to the transfer.',
};

/** Log-normal days (median `median`, spread `sigma`), from two uniforms (Box–Muller). */
function logNormalDays(r: Random, median: number, sigma: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
  return Math.max(10, Math.min(1800, Math.round(median * Math.exp(sigma * z))));
}

export function* generateRequestRegister(input: RegisterInput): Generator<RequestRecord> {
  const base = seed32(input.seed) ^ 0x4e61;
  const untoc = new Map(input.ratifications.map((x) => [x.country, x]));
  const counters = new Map<string, number>();
  const referenceFor = (owner: string, kind: string, date: string) => {
    const key = `${owner}-${kind === 'EXTRADITION' ? 'EXT' : kind === 'TRANSFER_OF_SENTENCED_PERSONS' ? 'TSP' : 'MLA'}-${date.slice(0, 4)}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return `SYN-${key}-${String(n).padStart(4, '0')}`;
  };
  /** The basis a request sent on `date` rests on, as `legalBasis` would advise it then. */
  const basis = (requesting: string, requested: string, kind: string, date: string, r: Random) => {
    const kindCode = kind;
    const treaty = input.treaties.find((t) => {
      if (!t.kinds.includes(kindCode) || !t.inForceOn) return false;
      const a = t.parties.find((p) => p.country === requesting);
      const b = t.parties.find((p) => p.country === requested);
      return a && b && later(later(t.inForceOn, a.inForceOn ?? t.inForceOn), b.inForceOn ?? t.inForceOn) <= date;
    });
    if (treaty && r.chance(0.9)) return { legalBasis: 'TREATY', legalBasisTreaty: treaty.reference };
    const a = untoc.get(requesting);
    const b = untoc.get(requested);
    const parties = a?.ratifiedOn && b?.ratifiedOn && a.ratifiedOn <= date && b.ratifiedOn <= date;
    const usable = kind !== 'EXTRADITION' || b?.conventionAsExtraditionBasis !== false;
    if (parties && usable && r.chance(0.95)) {
      return { legalBasis: 'CONVENTION', legalBasisDetail: ARTICLE_OF_KIND[kind] };
    }
    if (r.chance(0.08)) return { legalBasis: 'DOMESTIC_LAW', legalBasisDetail: 'Law on international cooperation in criminal matters of the requested State' };
    if (r.chance(0.05)) return {};
    return { legalBasis: 'RECIPROCITY', legalBasisDetail: 'Assurance of reciprocity given by the requesting State' };
  };

  const acts = [...input.cases].sort((x, y) => `${x.reference}|${x.type}|${x.counterpart}`.localeCompare(`${y.reference}|${y.type}|${y.counterpart}`));
  for (const [i, act] of acts.entries()) {
    const r = Random.forRecord(base, i, 4);
    const kind = act.type === 'extradition' ? 'EXTRADITION'
      : act.type === 'transfer-of-sentenced-persons' ? 'TRANSFER_OF_SENTENCED_PERSONS' : 'MUTUAL_LEGAL_ASSISTANCE';
    const anchor = act.decisionDate ?? `${2012 + r.int(0, 12)}-06-30`;
    // The register covers the years since the Convention has been in force for most States.
    if (anchor < '2005-01-01') continue;
    // Assistance is asked during the investigation, often a second or third time; extradition before trial, or
    // after a conviction to enforce the sentence; in recent cases, the proceeds are traced and confiscated after
    // the judgment, and those requests are often still open.
    const plans: ('investigation' | 'judgment' | 'recovery')[] =
      act.type === 'transfer-of-sentenced-persons' ? ['judgment']
        : act.type === 'confiscation' ? [anchor >= '2020-01-01' && r.chance(0.5) ? 'recovery' : 'judgment']
          : [r.chance(kind === 'EXTRADITION' ? 0.25 : 0.1) ? 'judgment' : 'investigation'];
    if (act.type === 'mutual-legal-assistance') {
      if (r.chance(0.6)) plans.push('investigation');
      if (r.chance(0.25)) plans.push('investigation');
      if (anchor >= '2020-01-01' && r.chance(0.7)) plans.push('recovery');
    }
    for (const plan of plans) {
      const afterJudgment = plan !== 'investigation';
      let sentOn = plan === 'recovery' ? addDays(input.asOf, -r.int(45, 520))
        : afterJudgment ? addDays(anchor, r.int(20, 420)) : addDays(anchor, -r.int(60, 900));
      if (sentOn > addDays(input.asOf, -45)) sentOn = addDays(input.asOf, -r.int(45, 400));
      if (sentOn < '2005-01-01') sentOn = addDays('2005-01-01', r.int(0, 500));
      const forms = kind === 'EXTRADITION' ? [afterJudgment ? 'EXTRADITION_OF_CONVICTED' : 'EXTRADITION_OF_ACCUSED']
        : kind === 'TRANSFER_OF_SENTENCED_PERSONS' ? []
          : act.type === 'confiscation' ? ['IDENTIFYING_PROCEEDS', 'CONFISCATION']
            : act.type === 'joint-investigation' ? ['TAKING_EVIDENCE', 'INFORMATION_AND_EXPERT_EVALUATIONS']
              : [...new Set(afterJudgment ? ['IDENTIFYING_PROCEEDS', plan === 'recovery' ? 'CONFISCATION' : 'SEARCH_AND_SEIZURE'].slice(0, r.int(1, 2)) : [MLA_FORMS.sample(r), MLA_FORMS.sample(r), MLA_FORMS.sample(r)].slice(0, r.int(1, 3)))];
      const offences = act.crimeTypes.slice(0, 3);
      const received = addDays(sentOn, r.int(4, 35));
      const days = logNormalDays(r, kind === 'EXTRADITION' ? 210 : kind === 'TRANSFER_OF_SENTENCED_PERSONS' ? 240 : plan === 'recovery' ? 360 : 120, 0.75);
      const closesOn = addDays(sentOn, days);
      const open = closesOn > input.asOf;
      const drawn = open ? null : OUTCOMES.sample(r);
      // A transfer is made or not: never in part.
      const outcome = drawn === 'PARTIALLY_EXECUTED' && kind === 'TRANSFER_OF_SENTENCED_PERSONS' ? 'EXECUTED' : drawn;
      const grounds = outcome !== 'REFUSED' ? []
        : kind === 'TRANSFER_OF_SENTENCED_PERSONS' ? ['OTHER'] : [(kind === 'EXTRADITION' ? EXTRADITION_GROUNDS : MLA_GROUNDS).sample(r)];
      const dueOn = addDays(sentOn, kind === 'EXTRADITION' ? 180 : r.pick([60, 90, 90, 120]));
      const legal = basis(act.country, act.counterpart, kind, sentOn, r);

      // What happened, in the requested State's words; the requesting State's register sees the same steps.
      const steps: RequestEventRecord[] = [];
      const acknowledged = addDays(received, r.int(3, 20));
      if (acknowledged < closesOn && acknowledged <= input.asOf && r.chance(0.75)) {
        steps.push({ date: acknowledged, type: 'ACKNOWLEDGED', note: 'Receipt acknowledged by the central authority.' });
      }
      let status = 'RECEIVED';
      const moreInfo = r.chance(outcome === 'REFUSED' && grounds[0] === 'INSUFFICIENT_INFORMATION' ? 1 : 0.2);
      if (moreInfo) {
        const asked = addDays(received, Math.max(5, Math.round(days * 0.25)));
        if (asked < closesOn && asked <= input.asOf) {
          steps.push({ date: asked, type: 'ADDITIONAL_INFORMATION_REQUESTED', note: 'Further particulars asked for: the link between the measures sought and the offences.' });
          const supplied = addDays(asked, r.int(10, 60));
          if (supplied < closesOn && supplied <= input.asOf && outcome !== 'REFUSED') steps.push({ date: supplied, type: 'ADDITIONAL_INFORMATION_PROVIDED' });
        }
      }
      const started = addDays(received, Math.max(4, Math.round(days * 0.4)));
      if (outcome !== 'WITHDRAWN' && outcome !== 'REFUSED' && started < closesOn && started <= input.asOf && r.chance(0.7)) {
        steps.push({ date: started, type: 'EXECUTION_STARTED' });
        status = 'IN_EXECUTION';
      }
      steps.sort((a, b) => a.date.localeCompare(b.date));
      const completedOn = open ? null : later(closesOn, addDays(received, 1));
      if (outcome) {
        const note = outcome === 'REFUSED' ? REFUSAL_NOTES[grounds[0]]
          : outcome === 'WITHDRAWN' ? 'Withdrawn by the requesting State: the proceedings were discontinued.'
            : outcome === 'PARTIALLY_EXECUTED'
              ? (kind === 'EXTRADITION' ? 'Extradition granted for some of the offences only.' : 'Executed in part: some of the records sought no longer exist.')
              : null;
        steps.push({ date: completedOn!, type: outcome, note, ...(grounds.length ? { refusalGrounds: grounds } : {}) });
        status = outcome;
      }

      const subject = `${plan === 'recovery' ? 'Tracing and confiscation of proceeds' : act.type === 'joint-investigation' ? 'Evidence for the joint investigation' : SUBJECT_OF_KIND[kind]} in the proceedings of ${act.title} (${act.reference})`;
      const outRef = referenceFor(act.country, kind, sentOn);
      const mirrored = r.chance(0.6);
      const inRef = mirrored ? referenceFor(act.counterpart, kind, received) : null;
      const common = {
        kind, requestingState: act.country, requestedState: act.counterpart, forms, offences, subject, case: act.reference,
        ...legal, note: SYNTHETIC_REQUEST_NOTE,
      };
      const outgoingStatus = status === 'RECEIVED' || status === 'IN_EXECUTION' ? (status === 'RECEIVED' ? 'SENT' : 'IN_EXECUTION') : status;
      yield {
        owningState: act.country, reference: outRef, counterpartReference: inRef, direction: 'OUTGOING', ...common,
        sentOn, dueOn, completedOn, status: outgoingStatus, refusalGrounds: grounds,
        events: [{ date: sentOn, type: 'SENT' }, ...steps],
      };
      if (mirrored) {
        yield {
          owningState: act.counterpart, reference: inRef!, counterpartReference: outRef, direction: 'INCOMING', ...common,
          sentOn, receivedOn: received, dueOn, completedOn, status, refusalGrounds: grounds,
          events: [{ date: received, type: 'RECEIVED' }, ...steps],
        };
      }
    }
  }
}
