import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { EDITORS, REVIEWERS } from '../auth/roles';
import { Case, Law } from '../entities';
import { type Context } from '../schema/context';
import { CaseInput, LawInput } from '../schema/record-inputs';
import { actorOf } from '../services/audit.service';
import { type RecordKind } from '../services/editorial/record-snapshot';
import { type ReviewStep } from '../services/editorial/workflow';

/** The record a mutation wrote, as the caller may now read it. */
async function written(ctx: Context, kind: RecordKind, reference: string) {
  const record = kind === 'case' ? await ctx.services.cases.byReference(ctx.viewer, reference) : await ctx.services.laws.byReference(ctx.viewer, reference);
  if (!record) throw new Error(`${kind} ${reference} vanished after its write`);
  return record;
}

const review = async (ctx: Context, kind: RecordKind, reference: string, step: ReviewStep, reason?: string | null) =>
  written(ctx, kind, await ctx.services.editorial.review(ctx.viewer, actorOf(ctx.viewer, ctx.requestId), kind, reference, step, reason));

const REASON = { description: 'Why: shown to the editors of the record and kept in its history.' };

@Resolver(() => Case)
export class CaseEditorialResolver {
  @Authorized(...EDITORS)
  @Mutation(() => Case, { description: 'A new draft case, for a jurisdiction you write for.' })
  async createCaseDraft(@Arg('input', () => CaseInput) input: CaseInput, @Ctx() ctx: Context) {
    return written(ctx, 'case', await ctx.services.editorial.createDraft(ctx.viewer, actorOf(ctx.viewer, ctx.requestId), 'case', input));
  }

  @Authorized(...EDITORS)
  @Mutation(() => Case, { description: "Replaces a case's content. Contributors change drafts only; the secretariat any case." })
  async updateCase(@Arg('reference') reference: string, @Arg('input', () => CaseInput) input: CaseInput, @Ctx() ctx: Context) {
    const actor = actorOf(ctx.viewer, ctx.requestId);
    return written(ctx, 'case', await ctx.services.editorial.update(ctx.viewer, actor, 'case', reference, { ...input }));
  }

  @Authorized(...EDITORS)
  @Mutation(() => Case, { description: 'Submits a draft for review by the secretariat.' })
  submitCase(@Arg('reference') reference: string, @Ctx() ctx: Context) {
    return review(ctx, 'case', reference, 'submit');
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Case, { description: 'Publishes a submitted (or withdrawn) case.' })
  approveCase(@Arg('reference') reference: string, @Ctx() ctx: Context) {
    return review(ctx, 'case', reference, 'approve');
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Case, { description: 'Rejects a submitted case.' })
  rejectCase(@Arg('reference') reference: string, @Arg('reason', REASON) reason: string, @Ctx() ctx: Context) {
    return review(ctx, 'case', reference, 'reject', reason);
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Case, { description: 'Sends a submitted or rejected case back to its editors as a draft.' })
  requestCaseChanges(@Arg('reference') reference: string, @Arg('reason', REASON) reason: string, @Ctx() ctx: Context) {
    return review(ctx, 'case', reference, 'requestChanges', reason);
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Case, { description: 'Takes a published case off the public portal.' })
  withdrawCase(@Arg('reference') reference: string, @Arg('reason', REASON) reason: string, @Ctx() ctx: Context) {
    return review(ctx, 'case', reference, 'withdraw', reason);
  }
}

@Resolver(() => Law)
export class LawEditorialResolver {
  @Authorized(...EDITORS)
  @Mutation(() => Law, { description: 'A new draft law, for a jurisdiction you write for.' })
  async createLawDraft(@Arg('input', () => LawInput) input: LawInput, @Ctx() ctx: Context) {
    return written(ctx, 'law', await ctx.services.editorial.createDraft(ctx.viewer, actorOf(ctx.viewer, ctx.requestId), 'law', input));
  }

  @Authorized(...EDITORS)
  @Mutation(() => Law, { description: "Replaces a law's content. Contributors change drafts only; the secretariat any law." })
  async updateLaw(@Arg('reference') reference: string, @Arg('input', () => LawInput) input: LawInput, @Ctx() ctx: Context) {
    const actor = actorOf(ctx.viewer, ctx.requestId);
    return written(ctx, 'law', await ctx.services.editorial.update(ctx.viewer, actor, 'law', reference, { ...input }));
  }

  @Authorized(...EDITORS)
  @Mutation(() => Law, { description: 'Submits a draft law for review by the secretariat.' })
  submitLaw(@Arg('reference') reference: string, @Ctx() ctx: Context) {
    return review(ctx, 'law', reference, 'submit');
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Law, { description: 'Publishes a submitted (or withdrawn) law.' })
  approveLaw(@Arg('reference') reference: string, @Ctx() ctx: Context) {
    return review(ctx, 'law', reference, 'approve');
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Law)
  rejectLaw(@Arg('reference') reference: string, @Arg('reason', REASON) reason: string, @Ctx() ctx: Context) {
    return review(ctx, 'law', reference, 'reject', reason);
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Law)
  requestLawChanges(@Arg('reference') reference: string, @Arg('reason', REASON) reason: string, @Ctx() ctx: Context) {
    return review(ctx, 'law', reference, 'requestChanges', reason);
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Law)
  withdrawLaw(@Arg('reference') reference: string, @Arg('reason', REASON) reason: string, @Ctx() ctx: Context) {
    return review(ctx, 'law', reference, 'withdraw', reason);
  }
}
