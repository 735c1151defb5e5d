import { Annotations, Aspects, Stage } from 'aws-cdk-lib';
import { UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import { Dependable } from 'constructs';
import type { IAspect } from 'aws-cdk-lib';
import type { IConstruct, IValidation } from 'constructs';
import type { ClientDescription } from '../description';
import { hasBrowserFlow } from '../props/oauth';
import type { AnyRule, Finding, Rule } from '../rule';
import { acknowledgedAtApp, formatViolation, warningId } from '../engine';
import type { Violation } from '../engine';
import { resourceServerOf } from './client-in-app';
import type { ClientInApp, OutsideApp } from './client-in-app';
import { COMPANION_APP_RULES } from './companion-rules';
import type { ClientWithCompanions } from './companion-rules';
import { PoolIndex } from './pool-index';
import { APP_RULES_OF_CLIENT } from './pool-rules';
import type { AppRule } from './pool-rules';

/*
 * The client in its app: once the tree is complete, each client depends on the identity providers
 * and resource servers of its pool that it names, and the whole-app rules check it. Both read one
 * index of the app's pools, made once per synthesis.
 */

/** The index of each synthesis root (the nearest Stage), made on first use in a synthesis. */
const INDEXES = new WeakMap<IConstruct, PoolIndex>();
/** The clients registered: the checks leave them (and their L1s) alone. */
const REGISTERED = new WeakSet<IConstruct>();

/** Whether a client, or the construct an L1 client belongs to, is registered for the whole-app checks already. */
export function isRegistered(client: IConstruct): boolean {
  return REGISTERED.has(client) || (client.node.scope !== undefined && REGISTERED.has(client.node.scope));
}

/** The roots whose index is dropped at the start of each synthesis. */
const ROOTS_WITH_RESET = new WeakSet<IConstruct>();

/**
 * Drops the index of a root when a synthesis begins (aspects run before the dependencies are
 * resolved and the validations run), so that every synthesis indexes the tree as it is then. Our
 * construct's first client in a root carries it: there it runs on that client and its L1 only,
 * where at the root aws-cdk-lib would run it on every construct of the app (about 5 % of the
 * synthesis of 1000 clients). The checks register clients while the aspects run, when an aspect
 * added to the client being visited would not run: theirs goes on the root.
 */
class ResetPoolIndex implements IAspect {
  constructor(private readonly root: IConstruct) {}

  public visit(): void {
    INDEXES.delete(this.root);
  }
}

/** The root a client synthesizes in: its nearest Stage, or the tree's root. */
export function synthesisRoot(scope: IConstruct): IConstruct {
  return Stage.of(scope) ?? scope.node.root;
}

function poolIndex(root: IConstruct): PoolIndex {
  let index = INDEXES.get(root);
  if (index === undefined) {
    index = PoolIndex.build(root);
    INDEXES.set(root, index);
  }
  return index;
}

/** What a client gives the whole-app checks. */
export interface ClientRegistration {
  readonly client: IConstruct;
  /** The client's settings, as the rules read them. */
  readonly description: ClientDescription;
  readonly outside: () => OutsideApp;
  /** The client's id (its `Ref`), as its branding styles and terms documents name it; made when first asked for. */
  readonly clientId: () => string;
  /** The property names its messages spell in the caller's language. */
  readonly propertyNames: readonly string[];
  /** The rules on the client's own settings to run at synth too (for a client our construct did not make). */
  readonly ownRules?: readonly Rule[];
  /** Registered by an aspect (the checks), while aspects run: an aspect added to the client then would not run. */
  readonly byAspect?: boolean;
}

/** The client with its branding styles, terms documents and its pool's domains. */
function withCompanions(registration: ClientRegistration, root: IConstruct): ClientWithCompanions {
  const index = poolIndex(root);
  const { description } = registration;
  // The client's `Ref` is made only when the app has a branding style or terms document to match
  // (without any, every client has none).
  const clientId = index.hasCompanions ? registration.clientId() : undefined;
  return {
    browserFlow: description.oAuthEnabled && hasBrowserFlow(description.flows),
    brandings: index.brandingsOf(clientId),
    terms: index.termsOf(clientId),
    domains: index.domainsOf(description.userPoolId),
  };
}

/** The client in its app, or undefined when its pool is not defined in the app (imported, or a token). */
function inApp(registration: ClientRegistration, root: IConstruct): ClientInApp | undefined {
  const index = poolIndex(root);
  const pool = index.poolOf(registration.description.userPoolId);
  return pool && { client: registration.description, pool, index, outside: registration.outside() };
}

/** The identity providers and resource servers the app defines on the client's pool that the client names. */
function namedPoolMembers(registration: ClientRegistration, root: IConstruct): IConstruct[] {
  const { description } = registration;
  const pool = poolIndex(root).membersOf(description.userPoolId);
  if (pool === undefined) {
    return [];
  }
  const members = new Set<IConstruct>();
  // A name given as a token that refers to a provider or resource server (its Ref) orders the deploy
  // already: only names given as text need a dependency.
  for (const name of description.providerNamesInEffect) {
    const provider = pool.identityProviders.get(name);
    if (provider !== undefined) {
      members.add(provider);
    }
  }
  // While OAuth is off the scopes are the default, built-in ones (oAuth may not be given).
  for (const scope of description.scopeNamesInEffect) {
    const match = resourceServerOf(pool, scope);
    if (match !== undefined) {
      members.add(match.server.construct);
    }
  }
  return [...members];
}

/**
 * Whether the client names an identity provider other than `COGNITO` or a custom scope
 * (`identifier/scopeName`: the built-in scopes have no slash): only then can `namedPoolMembers` find anything. Both lists are fixed when the
 * client is constructed (they are rendered then), so a client that names neither gets no
 * dependency to resolve at synth.
 */
function mayNamePoolMembers(description: ClientDescription): boolean {
  return description.providerNamesInEffect.some((name) => name !== COGNITO_PROVIDER)
    || description.scopeNamesInEffect.some((scope) => scope.includes('/'));
}

/** The user pool itself as identity provider: never a construct of the app. */
const COGNITO_PROVIDER = UserPoolClientIdentityProvider.COGNITO.name;

/**
 * Registers a client for the whole-app checks: a dependency, resolved when the app synthesizes, on
 * every identity provider and resource server of its pool that it names (CDK renders it as
 * `DependsOn` in one stack, and as a stack dependency across stacks), and the whole-app rules that
 * apply to its props, run by one validation of its root (`RootChecks`).
 */
export function registerClientInApp(registration: ClientRegistration): void {
  const { client } = registration;
  REGISTERED.add(client);
  const root = synthesisRoot(client);
  if (!ROOTS_WITH_RESET.has(root)) {
    ROOTS_WITH_RESET.add(root);
    Aspects.of(registration.byAspect ? root : client).add(new ResetPoolIndex(root));
  }

  if (mayNamePoolMembers(registration.description)) {
    const poolMembers = {};
    Dependable.implement(poolMembers, {
      get dependencyRoots(): IConstruct[] {
        return namedPoolMembers(registration, root);
      },
    });
    client.node.addDependency(poolMembers);
  }

  // Only the pool rules that can find anything in this client's props run at synth; often none.
  const rules = APP_RULES_OF_CLIENT.filter((rule) => rule.appliesTo(registration.description));
  let clients = CLIENTS_OF_ROOT.get(root);
  if (clients === undefined) {
    clients = [];
    CLIENTS_OF_ROOT.set(root, clients);
    root.node.addValidation(new RootChecks(root, clients));
  }
  clients.push({ registration, rules });
}

/** A registered client and the pool rules that apply to its props. */
interface RegisteredClient {
  readonly registration: ClientRegistration;
  readonly rules: readonly AppRule[];
}

/** The clients registered in each synthesis root, in the order they were registered. */
const CLIENTS_OF_ROOT = new WeakMap<IConstruct, RegisteredClient[]>();
/** The errors of each client in the synthesis under way, until its own validation reports them. */
const ERRORS = new WeakMap<IConstruct, string[]>();
/** The clients given a validation that reports their errors: those that have had any. */
const REPORTING = new WeakSet<IConstruct>();

/**
 * The whole-app checks of every client of a root, as one validation of the root. CDK validates a
 * construct before what it holds, so each client's errors are ready when its turn comes; a client
 * that has any gets a validation that reports them, so that each line is under the client's path.
 * A validation on every client would cost more than the checks themselves: the first one added to
 * a construct changes the shape of its node, and the synthesis of 1000 clients took 5 % longer for it.
 */
class RootChecks implements IValidation {
  constructor(private readonly root: IConstruct, private readonly clients: readonly RegisteredClient[]) {}

  public validate(): string[] {
    for (const { registration, rules } of this.clients) {
      // (A client removed from the tree is checked too, but never visited: its errors are not reported.)
      const { client } = registration;
      const errors: string[] = [];
      for (const violation of clientViolations(registration, this.root, rules)) {
        const line = formatViolation(violation, registration.propertyNames);
        if (violation.rule.level === 'error') {
          errors.push(line);
        } else if (!acknowledgedAtApp(client, warningId(violation.rule.id))) {
          // On the client's L1: CDK finds an acknowledgement made before the warning only at an
          // ancestor of the construct warned, so the client (or its stack) can acknowledge it.
          Annotations.of(client.node.defaultChild ?? client).addWarningV2(warningId(violation.rule.id), line);
        }
      }
      if (errors.length === 0) {
        continue;
      }
      ERRORS.set(client, errors);
      if (!REPORTING.has(client)) {
        REPORTING.add(client);
        client.node.addValidation({ validate: () => reportErrors(client) });
      }
    }
    return [];
  }
}

/** The errors the root's checks found for a client in this synthesis, once. */
function reportErrors(client: IConstruct): string[] {
  const errors = ERRORS.get(client) ?? [];
  ERRORS.delete(client);
  return errors;
}

/**
 * Every violation of a client in its finished app: of its own settings (for a client our construct
 * did not make), of the pool rules that apply to it, and of its branding styles and terms documents.
 */
export function clientViolations(registration: ClientRegistration, root: IConstruct = synthesisRoot(registration.client),
  rules: readonly AppRule[] = APP_RULES_OF_CLIENT.filter((rule) => rule.appliesTo(registration.description))): Violation[] {
  const violations: Violation[] = [];
  const report = (rule: AnyRule, findings: readonly Finding[]) => {
    for (const finding of findings) {
      violations.push({ rule, finding });
    }
  };
  for (const rule of registration.ownRules ?? []) {
    report(rule as AnyRule, rule.check(registration.description));
  }
  const inTheApp = rules.length > 0 ? inApp(registration, root) : undefined;
  if (inTheApp !== undefined) {
    for (const rule of rules) {
      report(rule as AnyRule, rule.check(inTheApp));
    }
  }
  // A client's branding style and terms documents are checked whether or not the app defines its pool.
  const companions = withCompanions(registration, root);
  for (const rule of COMPANION_APP_RULES) {
    report(rule as AnyRule, rule.check(companions));
  }
  return violations;
}
