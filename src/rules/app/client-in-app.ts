import type { ClientDescription } from '../description';
import type { PoolFacts, PoolIndex, PoolMembers, ResourceServerFacts } from './pool-index';

/**
 * What exists on a client's pool outside the app (created by hand, or by another app or tool), as
 * `UserPoolClient.declareResourcesOutsideApp` was told: the whole-app checks accept these names.
 */
export interface OutsideApp {
  readonly identityProviders: ReadonlySet<string>;
  readonly scopes: ReadonlySet<string>;
  readonly attributes: ReadonlySet<string>;
}

/** A client that declared nothing outside its app. */
export const NOTHING_OUTSIDE_APP: OutsideApp = { identityProviders: new Set(), scopes: new Set(), attributes: new Set() };

/** A client in its finished app: what the whole-app rules read. */
export interface ClientInApp {
  readonly client: ClientDescription;
  /** The pool the client belongs to, defined in the app. */
  readonly pool: PoolFacts;
  /** Every pool of the app, for messages that point to another pool. */
  readonly index: PoolIndex;
  readonly outside: OutsideApp;
}

/** The resource server of `pool` that a custom scope `identifier/scopeName` names, with the scope's name. */
export function resourceServerOf(pool: PoolMembers, scope: string): { server: ResourceServerFacts; scopeName: string } | undefined {
  // An identifier may itself hold slashes (`https://api.example.com/read`): try every split.
  for (let at = scope.indexOf('/'); at !== -1; at = scope.indexOf('/', at + 1)) {
    const server = pool.resourceServers.get(scope.slice(0, at));
    if (server !== undefined) {
      return { server, scopeName: scope.slice(at + 1) };
    }
  }
  return undefined;
}
