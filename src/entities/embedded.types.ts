import { Field, Int, ObjectType } from 'type-graphql';

/** A document a record was drawn from (judgment, gazette, press release). Stored as JSON on its record. */
@ObjectType()
export class Source {
  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  url: string | null;
}

/** Where a record came from: the ingest file and line, or the mutation that wrote it. */
@ObjectType()
export class Provenance {
  @Field()
  origin: string;

  @Field(() => String, { nullable: true })
  file?: string | null;

  @Field(() => Int, { nullable: true })
  line?: number | null;

  @Field(() => String, { nullable: true })
  runId?: string | null;

  @Field()
  at: string;
}
