import { Ctx, Query, Resolver } from 'type-graphql';
import { CrimeType, Keyword } from '../entities';
import { type Context } from '../schema/context';

@Resolver()
export class VocabularyResolver {
  @Query(() => [CrimeType], { description: 'The crime-type vocabulary.' })
  crimeTypes(@Ctx() { services }: Context) {
    return services.reference.crimeTypes();
  }

  @Query(() => [Keyword], { description: 'The keyword vocabulary (category → term).' })
  keywords(@Ctx() { services }: Context) {
    return services.reference.keywords();
  }
}
