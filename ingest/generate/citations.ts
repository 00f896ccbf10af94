/**
 * Citations between synthetic cases: a decision relies on earlier decisions of the same State or on the same
 * crime, the higher courts' most often — supreme and appellate courts cite several, trial courts now and then
 * one ruling of a higher court of their State. Never a later decision, never itself.
 *
 * A record still depends only on (seed, index): its citations are drawn from their own stream among the
 * `CITATION_WINDOW` records before it, whose headers (country, crime, level, date) are cheap to recompute.
 */
import { type CourtLevel } from '../record-types';
import { Random, WeightedTable } from './random';

/** How many records before a case it may cite (all of them in a catalogue this size or smaller). */
export const CITATION_WINDOW = 400;

/** Salt of the citations' random stream, apart from the stream the rest of the record is drawn from. */
const CITATION_SALT = 0x0c17ed;

/** What citations are chosen by: the first draws of a record. */
export interface CaseHeader {
  index: number;
  reference: string;
  country: string;
  primaryCrime: string;
  courtLevel: CourtLevel;
  decisionDay: number;
}

/** A decision cites only what was decided at least a month before it. */
const MIN_DAYS_BEFORE = 30;

const LEVEL_WEIGHT: Record<CourtLevel, number> = { SUPREME: 4, APPELLATE: 2, FIRST_INSTANCE: 1, OTHER: 1 };

const COUNT_BY_LEVEL: Record<CourtLevel, WeightedTable<number>> = {
  SUPREME: new WeightedTable([
    [2, 30],
    [3, 35],
    [4, 20],
    [5, 15],
  ]),
  APPELLATE: new WeightedTable([
    [1, 40],
    [2, 35],
    [3, 25],
  ]),
  FIRST_INSTANCE: new WeightedTable([
    [0, 70],
    [1, 30],
  ]),
  OTHER: new WeightedTable([[0, 100]]),
};

/** The references a case cites, chosen among `earlier` (the headers of the records before it, any order). */
export function chooseCitations(seed: number, own: CaseHeader, earlier: readonly CaseHeader[]): string[] {
  const r = Random.forRecord(seed, own.index, CITATION_SALT);
  const wanted = COUNT_BY_LEVEL[own.courtLevel].sample(r);
  if (wanted === 0) return [];
  const trial = own.courtLevel === 'FIRST_INSTANCE';
  const candidates: { header: CaseHeader; weight: number }[] = [];
  for (const h of earlier) {
    if (h.decisionDay > own.decisionDay - MIN_DAYS_BEFORE || h.reference === own.reference) continue;
    const sameState = h.country === own.country;
    const sameCrime = h.primaryCrime === own.primaryCrime;
    // A trial court follows the higher courts of its own State.
    if (trial ? !sameState || h.courtLevel === 'FIRST_INSTANCE' : !sameState && !sameCrime) continue;
    candidates.push({ header: h, weight: (sameState ? 3 : 1) * (sameCrime ? 2 : 1) * LEVEL_WEIGHT[h.courtLevel] });
  }
  // In index order, so the choice does not depend on the order `earlier` was given in.
  candidates.sort((a, b) => a.header.index - b.header.index);
  const chosen: string[] = [];
  while (chosen.length < wanted && candidates.length > 0) {
    const total = candidates.reduce((sum, c) => sum + c.weight, 0);
    let x = r.next() * total;
    let i = 0;
    while (i < candidates.length - 1 && (x -= candidates[i].weight) >= 0) i++;
    chosen.push(candidates[i].header.reference);
    candidates.splice(i, 1);
  }
  return chosen;
}
