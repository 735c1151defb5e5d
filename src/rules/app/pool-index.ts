import { Reference, Stage, Token, Tokenization } from 'aws-cdk-lib';
import { CfnManagedLoginBranding, CfnTerms, CfnUserPool, CfnUserPoolDomain, CfnUserPoolIdentityProvider, CfnUserPoolResourceServer } from 'aws-cdk-lib/aws-cognito';
import type { IConstruct } from 'constructs';

/**
 * The standard attributes every user pool has, whether or not its schema names them.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#cognito-user-pools-standard-attributes
 */
export const STANDARD_ATTRIBUTES: ReadonlySet<string> = new Set([
  'address', 'birthdate', 'email', 'email_verified', 'family_name', 'gender', 'given_name', 'locale',
  'middle_name', 'name', 'nickname', 'phone_number', 'phone_number_verified', 'picture',
  'preferred_username', 'profile', 'sub', 'updated_at', 'website', 'zoneinfo',
]);

/** A resource server of a pool: its identifier and the scope names it declares. */
export interface ResourceServerFacts {
  readonly construct: CfnUserPoolResourceServer;
  readonly identifier: string;
  /** Undefined when the scopes are a token. */
  readonly scopeNames?: ReadonlySet<string>;
}

/**
 * The identity providers and resource servers the app defines on one user pool: a pool of the app,
 * or an imported one (a client on it still depends on those it names).
 */
export class PoolMembers {
  /** Identity providers of the pool by provider name. */
  public readonly identityProviders = new Map<string, CfnUserPoolIdentityProvider>();
  /** Resource servers of the pool by identifier. */
  public readonly resourceServers = new Map<string, ResourceServerFacts>();
  /** Whether a provider's name, or a resource server's identifier, is a token: then the lists above may be incomplete. */
  public someProviderUnknown = false;
  public someResourceServerUnknown = false;
}

/** What the app defines for one user pool it defines: its members and the pool itself. */
export class PoolFacts extends PoolMembers {
  constructor(public readonly pool: CfnUserPool) {
    super();
  }

  /**
   * The providers registered on the L2 `UserPool` whose resource this is, by name: those it defines
   * and those imported with `userPool.registerIdentityProvider(UserPoolIdentityProvider.fromProviderName(...))`.
   */
  get registeredProviderNames(): ReadonlySet<string> {
    const owner = this.pool.node.scope as { identityProviders?: unknown } | undefined;
    const providers = Array.isArray(owner?.identityProviders) ? owner.identityProviders as Array<{ providerName: string }> : [];
    return new Set(providers.map((provider) => provider.providerName));
  }

  /** The path of the pool's construct as a user reads it: the L2 `UserPool` when the L1 is its `Resource`. */
  get path(): string {
    const node = this.pool.node;
    return node.id === 'Resource' && node.scope ? node.scope.node.path : node.path;
  }

  /** The schema's attributes, or undefined when the schema (or a name in it) is a token. */
  get schema(): ReadonlyArray<{ readonly name: string; readonly required: boolean }> | undefined {
    const schema = this.pool.schema;
    if (schema === undefined) {
      return [];
    }
    // A token in place of the list, or of an item, has no name to read (a list token is one string).
    if (!Array.isArray(schema)) {
      return undefined;
    }
    const attributes: Array<{ name: string; required: boolean }> = [];
    for (const item of schema) {
      const attribute = item as CfnUserPool.SchemaAttributeProperty;
      if (typeof attribute.name !== 'string' || Token.isUnresolved(attribute.name)) {
        return undefined;
      }
      attributes.push({ name: attribute.name, required: attribute.required === true });
    }
    return attributes;
  }

  /**
   * The attribute names an app client can read or write, as it names them (`custom:tenant`), or
   * undefined when the schema is not known.
   */
  get attributeNames(): ReadonlySet<string> | undefined {
    const schema = this.schema;
    if (schema === undefined) {
      return undefined;
    }
    const names = new Set(STANDARD_ATTRIBUTES);
    for (const { name } of schema) {
      names.add(STANDARD_ATTRIBUTES.has(name) ? name : `custom:${name}`);
    }
    return names;
  }

  /** The attributes the pool requires at sign-up, as an app client names them, or undefined when not known. */
  get requiredAttributes(): string[] | undefined {
    return this.schema?.filter((a) => a.required).map((a) => (STANDARD_ATTRIBUTES.has(a.name) ? a.name : `custom:${a.name}`));
  }

  /** The pool's feature plan (`UserPoolTier`) as given: undefined when not set (Cognito's default), perhaps a token. */
  get featurePlan(): string | undefined {
    return this.pool.userPoolTier;
  }
}

/** A construct of the app that belongs to one app client (a branding style, a terms document), by its path. */
export interface CompanionFacts {
  readonly path: string;
  /** The `TermsName` of a terms document. */
  readonly termsName?: string;
}

/** A domain of a user pool: its path and its managed login version as given (undefined when not set, perhaps a token). */
export interface DomainFacts {
  readonly path: string;
  readonly managedLoginVersion?: number;
}

/**
 * The user pools an app defines, with their identity providers and resource servers, and the
 * branding styles, terms documents and domains of the app (raw L1s included): made by one walk of
 * the construct tree, for every client of the app to read.
 */
export class PoolIndex {
  /** The index of the tree under `root`: one walk, nested stages left out (they synthesize alone). */
  public static build(root: IConstruct): PoolIndex {
    const index = new PoolIndex();
    const members: Array<CfnUserPoolIdentityProvider | CfnUserPoolResourceServer> = [];
    const visit = (construct: IConstruct) => {
      if (CfnUserPool.isCfnUserPool(construct)) {
        index.pools.set(construct, new PoolFacts(construct));
      } else if (CfnUserPoolIdentityProvider.isCfnUserPoolIdentityProvider(construct) || CfnUserPoolResourceServer.isCfnUserPoolResourceServer(construct)) {
        members.push(construct);
      } else if (CfnManagedLoginBranding.isCfnManagedLoginBranding(construct)) {
        add(index.brandings, construct.clientId, { path: construct.node.path });
      } else if (CfnTerms.isCfnTerms(construct)) {
        add(index.terms, construct.clientId, { path: construct.node.path, termsName: construct.termsName });
      } else if (CfnUserPoolDomain.isCfnUserPoolDomain(construct)) {
        add(index.domains, index.poolKey(construct.userPoolId), { path: construct.node.path, managedLoginVersion: construct.managedLoginVersion });
      }
      for (const child of construct.node.children) {
        if (!Stage.isStage(child)) {
          visit(child);
        }
      }
    };
    visit(root);
    for (const member of members) {
      file(index.poolOf(member.userPoolId) ?? index.importedPool(member.userPoolId), member);
    }
    return index;
  }

  private readonly pools = new Map<CfnUserPool, PoolFacts>();
  /** The members defined on pools the app does not define, by the pool id they give (`poolKey`). */
  private readonly importedPools = new Map<unknown, PoolMembers>();
  /** Branding styles and terms documents by the `ClientId` they name (a client's `Ref` token, as text; undefined when not given). */
  private readonly brandings = new Map<string | undefined, CompanionFacts[]>();
  private readonly terms = new Map<string | undefined, CompanionFacts[]>();
  /** Domains by the pool they belong to (`poolKey`). */
  private readonly domains = new Map<unknown, DomainFacts[]>();
  /**
   * The pool each user pool id given refers to, read once per id: the clients of a pool give the
   * same id, and reading what a token refers to parses the string.
   */
  private readonly cfnPools = new Map<string, CfnUserPool | undefined>();

  private constructor() {}

  /** Whether the app has any branding style or terms document. */
  public get hasCompanions(): boolean {
    return this.brandings.size > 0 || this.terms.size > 0;
  }

  /** The branding styles of the app client with this id (a client's `Ref`, or any other value it is known by). */
  public brandingsOf(clientId: string | undefined): readonly CompanionFacts[] {
    return this.brandings.get(clientId) ?? [];
  }

  /** The terms documents of the app client with this id. */
  public termsOf(clientId: string | undefined): readonly CompanionFacts[] {
    return this.terms.get(clientId) ?? [];
  }

  /** The domains of the user pool with this id. */
  public domainsOf(userPoolId: string): readonly DomainFacts[] {
    return this.domains.get(this.poolKey(userPoolId)) ?? [];
  }

  /** The facts of the pool a `userPoolId` refers to, when the app defines that pool. */
  public poolOf(userPoolId: string): PoolFacts | undefined {
    const pool = this.cfnPoolOf(userPoolId);
    return pool && this.pools.get(pool);
  }

  /**
   * The identity providers and resource servers the app defines on the pool with this id, whether
   * or not the app defines the pool (an imported pool is known by the id given to it).
   */
  public membersOf(userPoolId: string): PoolMembers | undefined {
    return this.poolOf(userPoolId) ?? this.importedPools.get(this.poolKey(userPoolId));
  }

  /** Every pool of the app. */
  public get allPools(): PoolFacts[] {
    return [...this.pools.values()];
  }

  /** The members the app defines on a pool it does not define, by the id they give it. */
  private importedPool(userPoolId: string): PoolMembers {
    const key = this.poolKey(userPoolId);
    let members = this.importedPools.get(key);
    if (members === undefined) {
      members = new PoolMembers();
      this.importedPools.set(key, members);
    }
    return members;
  }

  /** What identifies a pool: its `CfnUserPool` when the id refers to one, otherwise the id as given. */
  private poolKey(userPoolId: string): unknown {
    return this.cfnPoolOf(userPoolId) ?? userPoolId;
  }

  /** The `CfnUserPool` the id refers to (`referencedPool`), worked out once per id. */
  private cfnPoolOf(userPoolId: string): CfnUserPool | undefined {
    if (!this.cfnPools.has(userPoolId)) {
      this.cfnPools.set(userPoolId, referencedPool(userPoolId));
    }
    return this.cfnPools.get(userPoolId);
  }
}

/** Adds `value` to the list of `key`. */
function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

function file(facts: PoolMembers, item: CfnUserPoolIdentityProvider | CfnUserPoolResourceServer): void {
  if (CfnUserPoolIdentityProvider.isCfnUserPoolIdentityProvider(item)) {
    if (Token.isUnresolved(item.providerName)) {
      facts.someProviderUnknown = true;
    } else {
      facts.identityProviders.set(item.providerName, item);
    }
    return;
  }
  if (Token.isUnresolved(item.identifier)) {
    facts.someResourceServerUnknown = true;
    return;
  }
  facts.resourceServers.set(item.identifier, { construct: item, identifier: item.identifier, scopeNames: scopeNamesOf(item) });
}

function scopeNamesOf(server: CfnUserPoolResourceServer): ReadonlySet<string> | undefined {
  const scopes = server.scopes;
  if (scopes === undefined) {
    return new Set();
  }
  // A token in place of the list, or of an item, has no name to read (a list token is one string).
  if (!Array.isArray(scopes)) {
    return undefined;
  }
  const names = new Set<string>();
  for (const scope of scopes) {
    const name = (scope as CfnUserPoolResourceServer.ResourceServerScopeTypeProperty).scopeName;
    if (typeof name !== 'string' || Token.isUnresolved(name)) {
      return undefined;
    }
    names.add(name);
  }
  return names;
}

/**
 * The `CfnUserPool` a user pool id refers to: the id is a reference to the pool (its `Ref`, as
 * `UserPool.userPoolId`, `CfnUserPool.ref` and `userPoolRef.userPoolId` are, or one of its
 * attributes, such as `attrUserPoolId`), or undefined for an imported pool, a parameter or any
 * other value the library cannot see through.
 */
export function referencedPool(userPoolId: string): CfnUserPool | undefined {
  const fragments = Tokenization.reverseString(userPoolId);
  if (fragments.length !== 1) {
    return undefined;
  }
  const token = fragments.firstToken;
  const target = Reference.isReference(token) ? token.target : undefined;
  return CfnUserPool.isCfnUserPool(target) ? target : undefined;
}
