import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authority, Case, CooperationRequest, Jurisdiction, RequestEvent, RequestEventType, Treaty } from '../entities';
import { type Context } from '../schema/context';
import { LegalBasisAdvice } from '../schema/library.types';
import { toConnection } from '../schema/pagination';
import {
  RequestCompleteness, RequestConnection, RequestEventInput, RequestInput, RequestsArgs,
} from '../schema/request.types';
import { actorOf } from '../services/audit.service';

@Resolver(() => CooperationRequest)
export class CooperationRequestResolver {
  @Query(() => CooperationRequest, {
    nullable: true,
    description: 'A request, for the authority accounts of the State it belongs to and the secretariat.',
  })
  request(@Arg('id', () => ID) id: string, @Ctx() { viewer, services }: Context) {
    return services.requests.byId(viewer, id);
  }

  @Query(() => RequestConnection, {
    description: "The requests of the viewer's State (all of them for the secretariat), newest first; empty for anyone else.",
  })
  async requests(@Args() args: RequestsArgs, @Ctx() { viewer, services }: Context) {
    return toConnection(await services.requests.list(viewer, args));
  }

  @Mutation(() => CooperationRequest, {
    description: 'Drafts an outgoing request, or records an incoming one, pre-filled from `fromCase`. Authority accounts, for their own State.',
  })
  createRequest(@Arg('input', () => RequestInput) input: RequestInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.requests.create(viewer, actorOf(viewer, requestId), input);
  }

  @Mutation(() => CooperationRequest, { description: 'Changes a request: the fields given replace the stored ones.' })
  updateRequest(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RequestInput) input: RequestInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.requests.update(viewer, actorOf(viewer, requestId), id, input);
  }

  @Mutation(() => CooperationRequest, {
    description: 'Records what happened to a request (SENT refuses while an essential item is missing).',
  })
  recordRequestEvent(
    @Arg('id', () => ID) id: string,
    @Arg('event', () => RequestEventInput) event: RequestEventInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.requests.recordEvent(viewer, actorOf(viewer, requestId), id, event);
  }

  @FieldResolver(() => Jurisdiction)
  requestingState(@Root() r: CooperationRequest, @Ctx() { loaders }: Context) {
    return loaders.jurisdiction.load(r.requestingState);
  }

  @FieldResolver(() => Jurisdiction)
  requestedState(@Root() r: CooperationRequest, @Ctx() { loaders }: Context) {
    return loaders.jurisdiction.load(r.requestedState);
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case the request was drafted from.' })
  case(@Root() r: CooperationRequest, @Ctx() { loaders }: Context) {
    return r.caseId ? loaders.caseById.load(r.caseId) : null;
  }

  @FieldResolver(() => Treaty, { nullable: true, description: 'The treaty relied on, for a TREATY basis.' })
  legalBasisTreaty(@Root() r: CooperationRequest, @Ctx() { services }: Context) {
    return r.legalBasisTreatyId ? services.dataSource.getRepository(Treaty).findOneBy({ id: r.legalBasisTreatyId }) : null;
  }

  @FieldResolver(() => [RequestEvent], { description: 'What happened to the request, oldest first.' })
  events(@Root() r: CooperationRequest, @Ctx() { loaders }: Context) {
    return loaders.eventsOfRequest.load(r.id);
  }

  @FieldResolver(() => [RequestEventType], {
    description: "The events the viewer may record on the request now (its State's authority accounts; empty for readers).",
  })
  allowedEvents(@Root() r: CooperationRequest, @Ctx() { viewer, services }: Context) {
    return services.requests.allowedEvents(viewer, r);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date.' })
  overdue(@Root() r: CooperationRequest, @Ctx() { services }: Context) {
    return services.requests.overdue(r);
  }

  @FieldResolver(() => RequestCompleteness, {
    description: 'What the request still lacks, item by item (art. 18(15), Tool 6 §6.8 and §6.6); complete when nothing essential is missing.',
  })
  completeness(@Root() r: CooperationRequest, @Ctx() { services }: Context) {
    return services.requests.completeness(r);
  }

  @FieldResolver(() => Authority, {
    nullable: true,
    description: "The requested State's authority for this kind of request, from the directory (its central authority first).",
  })
  addressee(@Root() r: CooperationRequest, @Ctx() { services }: Context) {
    return services.requests.addressee(r);
  }

  @FieldResolver(() => LegalBasisAdvice, { nullable: true, description: 'The legal bases on which the requesting State may ask (see legalBasis).' })
  legalBasisAdvice(@Root() r: CooperationRequest, @Ctx() { services }: Context) {
    return services.requests.advice(r);
  }

  @FieldResolver(() => [String], {
    description: 'Dual criminality not shown by the laws loaded, a language the requested State does not accept, urgency or confidentiality without a reason.',
  })
  warnings(@Root() r: CooperationRequest, @Ctx() { services }: Context) {
    return services.requests.warnings(r);
  }
}

export const REQUEST_RESOLVERS = [CooperationRequestResolver, RequestConnection.Resolver] as const;
