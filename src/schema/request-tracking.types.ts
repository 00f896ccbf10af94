import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CooperationRequest } from '../entities';

/** What an open request waits for. */
export enum RequestAction {
  SEND = 'SEND',
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  SUPPLY_INFORMATION = 'SUPPLY_INFORMATION',
  EXECUTE = 'EXECUTE',
}
registerEnumType(RequestAction, {
  name: 'RequestAction',
  valuesConfig: {
    SEND: { description: 'A draft to complete and send (the requesting State).' },
    ACKNOWLEDGE: { description: 'A request sent and not yet acknowledged or received (the requested State).' },
    SUPPLY_INFORMATION: { description: 'Additional information asked for and not yet provided (the requesting State).' },
    EXECUTE: { description: 'A request to execute, or to refuse with grounds (the requested State).' },
  },
});

@ObjectType({ description: 'An open request, what it waits for, on whom, and since when.' })
export class RequestReminder {
  @Field(() => CooperationRequest)
  request: CooperationRequest;

  @Field(() => RequestAction)
  action: RequestAction;

  @Field(() => String, { description: 'The State whose turn it is (alpha-3).' })
  waitingOn: string;

  @Field(() => Boolean, { description: "True when the turn is the viewer's own State's." })
  waitingOnUs: boolean;

  @Field(() => String, { nullable: true, description: 'The day the wait began (the last event that moved the request, or its creation).' })
  since: string | null;

  @Field(() => String, { nullable: true })
  dueOn: string | null;

  @Field(() => Boolean, { description: 'Past its due date.' })
  overdue: boolean;
}
