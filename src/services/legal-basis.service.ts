import { type DataSource } from 'typeorm';
import { CooperationKind, LegalBasisKind, Ratification, type Treaty } from '../entities';
import { badInput } from './errors';
import { type ReferenceService } from './reference.service';
import { type TreatyService } from './treaty.service';

/** One basis on which the requesting State may ask, and why (or why it does not apply). */
export interface LegalBasisOptionValue {
  basis: LegalBasisKind;
  treaty: Treaty | null;
  /** The article to cite (the Convention's), when there is one. */
  articleId: string | null;
  explanation: string;
}

export interface LegalBasisAdviceValue {
  requesting: string;
  requested: string;
  kind: CooperationKind;
  /** Usable bases, in the order to rely on them: treaties in force, the Convention, reciprocity, domestic law. */
  options: LegalBasisOptionValue[];
  /** Bases considered that do not apply, each with the reason. */
  excluded: LegalBasisOptionValue[];
  /** What the advice could not check: data not loaded, treaties not yet in force. */
  warnings: string[];
}

/** The Convention's article on each kind of cooperation (Tool 6 §6.3 of the seeds) and what it provides. */
const CONVENTION: Record<CooperationKind, { article: string; provides: string }> = {
  [CooperationKind.EXTRADITION]: {
    article: 'UNTOC-16',
    provides:
      'Article 16 covers extradition for the offences established under the Convention and serious crime involving an organized criminal group, where the conduct is punishable in both States (art. 16(1)); the Convention may serve as the legal basis where no extradition treaty binds them (art. 16(4))',
  },
  [CooperationKind.MUTUAL_LEGAL_ASSISTANCE]: {
    article: 'UNTOC-18',
    provides:
      'Article 18 obliges States parties to afford one another the widest measure of mutual legal assistance; where no treaty binds them, its paragraphs 9 to 29 govern the request (art. 18(7))',
  },
  [CooperationKind.TRANSFER_OF_SENTENCED_PERSONS]: {
    article: 'UNTOC-17',
    provides:
      'Article 17 asks States parties to consider agreements on the transfer of sentenced persons: it encourages such transfers but does not itself oblige the requested State to agree',
  },
  [CooperationKind.TRANSFER_OF_PROCEEDINGS]: {
    article: 'UNTOC-21',
    provides:
      'Article 21 asks States parties to consider transferring proceedings where that serves the proper administration of justice: it allows a request but does not oblige the requested State to accept',
  },
  [CooperationKind.CONFISCATION]: {
    article: 'UNTOC-13',
    provides:
      'Article 13 obliges a State party to act on a request for confiscation of proceeds, property or instrumentalities situated in its territory, with article 18 applying to the request (art. 13(3))',
  },
  [CooperationKind.JOINT_INVESTIGATION]: {
    article: 'UNTOC-19',
    provides:
      'Article 19 allows joint investigations to be agreed case by case where no agreement or arrangement is in place, with full respect for the sovereignty of the State where they take place',
  },
  [CooperationKind.LAW_ENFORCEMENT]: {
    article: 'UNTOC-27',
    provides:
      'Article 27 provides for law enforcement cooperation; where no agreement or arrangement is in place, the Convention may be the basis for it in respect of the offences it covers (art. 27(2))',
  },
};

const KIND_LABEL: Record<CooperationKind, string> = {
  [CooperationKind.EXTRADITION]: 'extradition',
  [CooperationKind.MUTUAL_LEGAL_ASSISTANCE]: 'mutual legal assistance',
  [CooperationKind.TRANSFER_OF_SENTENCED_PERSONS]: 'transfer of sentenced persons',
  [CooperationKind.TRANSFER_OF_PROCEEDINGS]: 'transfer of criminal proceedings',
  [CooperationKind.CONFISCATION]: 'international cooperation for purposes of confiscation',
  [CooperationKind.JOINT_INVESTIGATION]: 'joint investigations',
  [CooperationKind.LAW_ENFORCEMENT]: 'law enforcement cooperation',
};

type ConventionStatus =
  | { kind: 'party'; since: string; ratification: Ratification }
  | { kind: 'not-yet'; ratification: Ratification }
  | { kind: 'unknown' };

/**
 * The legal bases on which one State may ask another for a kind of cooperation: the treaties
 * in force between them first, then the Organized Crime Convention when both are parties (the article 16(5)
 * declaration taken into account for extradition), then reciprocity and the requested State's domestic law.
 * Every option says why; data that is not loaded is a warning, never a silent "no".
 */
export class LegalBasisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly treaties: TreatyService,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  async advise(requestingInput: string, requestedInput: string, kind: CooperationKind): Promise<LegalBasisAdviceValue> {
    const [requesting] = (await this.reference.countryCodes('requesting', [requestingInput]))!;
    const [requested] = (await this.reference.countryCodes('requested', [requestedInput]))!;
    if (requesting === requested) {
      throw badInput('requested', requestedInput, 'name a State other than the requesting one: cooperation is between two States');
    }
    const { countries } = await this.reference.labels();
    const name = (code: string) => countries.get(code) ?? code;
    const [A, B] = [name(requesting), name(requested)];
    const today = this.today();
    const what = KIND_LABEL[kind];
    const advice: LegalBasisAdviceValue = { requesting, requested, kind, options: [], excluded: [], warnings: [] };

    // 1. Treaties binding both States that cover the kind.
    for (const { treaty, inForceBetweenOn } of await this.treaties.between(requesting, requested, kind)) {
      const scope = treaty.scope.toLowerCase();
      if (inForceBetweenOn && inForceBetweenOn <= today) {
        advice.options.push({
          basis: LegalBasisKind.TREATY, treaty, articleId: null,
          explanation: `${treaty.title} (${scope}) covers ${what} and has bound ${A} and ${B} since ${inForceBetweenOn}: it is the first basis to rely on, and its own conditions and channels apply.`,
        });
      } else {
        const why = inForceBetweenOn
          ? `it enters into force between them on ${inForceBetweenOn}`
          : 'no date of entry into force between them is loaded (it may not be in force yet, or the date is missing)';
        advice.excluded.push({
          basis: LegalBasisKind.TREATY, treaty, articleId: null,
          explanation: `${treaty.title} (${scope}) covers ${what}, and both States are parties, but ${why}: it cannot serve as the basis until it binds both.`,
        });
        advice.warnings.push(`${treaty.title}: not in force between ${A} and ${B} on the data loaded; check its status with the depositary before relying on it.`);
      }
    }
    if (advice.options.length === 0) {
      advice.warnings.push(
        `No treaty in force between ${A} and ${B} on ${what} is loaded. The portal's treaty list may be incomplete: a bilateral or regional treaty not loaded may still bind them.`,
      );
    }

    // 2. The Organized Crime Convention.
    const convention = CONVENTION[kind];
    const [statusA, statusB] = await this.conventionStatus([requesting, requested], today);
    const unknown = [[A, statusA], [B, statusB]].filter(([, s]) => (s as ConventionStatus).kind === 'unknown').map(([n]) => n as string);
    const notYet = [[A, statusA], [B, statusB]].filter(([, s]) => (s as ConventionStatus).kind === 'not-yet').map(([n]) => n as string);
    if (notYet.length) {
      advice.excluded.push({
        basis: LegalBasisKind.CONVENTION, treaty: null, articleId: convention.article,
        explanation: `${notYet.join(' and ')} ${notYet.length > 1 ? 'are' : 'is'} not (yet) a party to the Organized Crime Convention on the ratifications loaded (signature only, or a ratification not yet in force): it cannot serve as the basis between ${A} and ${B}.`,
      });
    } else {
      for (const n of unknown) {
        advice.warnings.push(
          `Whether ${n} is a party to the Organized Crime Convention is not loaded: the status is unknown, not "not a party". Check the depositary's status (treaties.un.org) before relying on the Convention.`,
        );
      }
      const condition = unknown.length
        ? `If both States are parties (the status of ${unknown.join(' and ')} is not loaded), `
        : `Both ${A} and ${B} are parties to the Organized Crime Convention. `;
      const rest = unknown.length ? `the Convention applies: ` : '';
      let explanation = `${condition}${rest}${convention.provides}.`;
      let usable = true;
      if (kind === CooperationKind.EXTRADITION && statusB.kind === 'party') {
        const declared = statusB.ratification.conventionAsExtraditionBasis;
        if (declared === false) {
          usable = false;
          advice.excluded.push({
            basis: LegalBasisKind.CONVENTION, treaty: null, articleId: convention.article,
            explanation: `${B} informed the Secretary-General under article 16(5)(a) that it does not take the Convention as the legal basis for cooperation on extradition: ${B} will need a treaty in force with ${A} or a basis in its domestic law. (Article 16 still governs how extradition proceeds where another basis exists.)`,
          });
        } else if (declared === true) {
          explanation += ` ${B} declared under article 16(5)(a) that it takes the Convention as the legal basis for extradition.`;
        } else {
          explanation += ` Whether ${B} takes the Convention as the legal basis for extradition (article 16(5)(a) declaration) is not loaded: a State that does not make extradition conditional on a treaty extradites under its domestic law, recognizing the offences as extraditable (art. 16(6)).`;
          advice.warnings.push(`The article 16(5) declaration of ${B} is not loaded: confirm with its central authority whether it accepts the Convention as the legal basis for extradition.`);
        }
      }
      if (usable) {
        advice.options.push({ basis: LegalBasisKind.CONVENTION, treaty: null, articleId: convention.article, explanation });
      }
    }

    // 3. Reciprocity and 4. the requested State's domestic law: always possible in principle, never certain.
    advice.options.push({
      basis: LegalBasisKind.RECIPROCITY, treaty: null, articleId: null,
      explanation: `Where no treaty or convention binds them, ${B} may grant ${what} on ${A}'s assurance of reciprocity (that ${A} would do the same for ${B}), if ${B}'s law allows it. The assurance is given in the request, by the authority competent to give it in ${A}.`,
    });
    advice.options.push({
      basis: LegalBasisKind.DOMESTIC_LAW, treaty: null, articleId: null,
      explanation: `${B}'s domestic law on international cooperation in criminal matters may allow ${what} case by case without a treaty (comity). Ask ${B}'s central authority (see the directory of competent national authorities) what its law requires.`,
    });
    return advice;
  }

  /** Each State's participation in the Convention as loaded. */
  private async conventionStatus(codes: string[], today: string): Promise<ConventionStatus[]> {
    const rows = await this.dataSource
      .getRepository(Ratification)
      .createQueryBuilder('r')
      .where('r.jurisdiction_code = ANY(:codes)', { codes })
      .andWhere(`r.instrument_code = 'UNTOC'`)
      .getMany();
    return codes.map((code): ConventionStatus => {
      const r = rows.find((x) => x.jurisdictionCode === code);
      if (!r) return { kind: 'unknown' };
      if (r.ratifiedOn && r.ratifiedOn <= today) return { kind: 'party', since: r.ratifiedOn, ratification: r };
      return { kind: 'not-yet', ratification: r };
    });
  }
}
