import { type Viewer } from '../services/viewer';

/** What a request's loaders are built from: the process's services and the viewer they read for. */
export interface LoaderScope<S> {
  services: S;
  viewer: Viewer;
}

/** Builds one request's loader from what the request knows (services, viewer). */
export type LoaderFactory<S> = (scope: S) => unknown;

/** The loaders a set of factories builds, by name. */
export type BuiltLoaders<F> = { readonly [K in keyof F]: F[K] extends (...args: never[]) => infer V ? V : never };

/**
 * A class whose instances build each loader on first use. A request reads through a handful of the portal's
 * ~45 loaders; building them all for every request cost more than the one-case query's own resolvers.
 * The getters are defined once on the prototype, so creating an instance costs one object.
 */
export function lazyLoaders<S, F extends Record<string, LoaderFactory<S>>>(
  factories: F,
): new (scope: S) => BuiltLoaders<F> & { readonly scope: S } {
  class Lazy {
    readonly built: Record<string, unknown> = {};
    constructor(readonly scope: S) {}
  }
  for (const name of Object.keys(factories)) {
    Object.defineProperty(Lazy.prototype, name, {
      enumerable: true,
      get(this: Lazy) {
        return (this.built[name] ??= factories[name](this.scope));
      },
    });
  }
  return Lazy as unknown as new (scope: S) => BuiltLoaders<F> & { readonly scope: S };
}
