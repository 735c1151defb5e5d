import type { UserPoolClientProps } from '../props';
import { ClientSettings } from '../settings';
import { knownItems, LiteralView } from './tokens';

/** A URL property the URL rules read, with its path in the props and what its literal parts show. */
export interface UrlFact {
  /** Whether it is a redirect URI (a callback URL or the default redirect URI), not a logout URL. */
  readonly redirect: boolean;
  readonly path: string;
  readonly url: string;
  readonly view: LiteralView;
}

/** A name given in the props (a scope's, a provider's) with what its literal parts show. */
export interface NameFact {
  readonly name: string;
  readonly view: LiteralView;
}

/**
 * The settings in effect and what only the checks derive from the props, worked out once per
 * validation, on first use: each string's literal view is made once, however many rules read it.
 */
export class ClientFacts extends ClientSettings {
  private _urls?: UrlFact[];
  private _scopes?: NameFact[];
  private _providers?: NameFact[];

  /** Every callback URL, logout URL and the default redirect URI, with its path. */
  get urls(): UrlFact[] {
    this._urls ??= urlFacts(this.props);
    return this._urls;
  }

  /** The names of the scopes given, in order (none for a token list). */
  get scopes(): NameFact[] {
    this._scopes ??= knownItems(this.props.oAuth?.scopes).map((scope) => nameFact(scope.scopeName));
    return this._scopes;
  }

  /** The names of the identity providers given, in order (none for a token list). */
  get providers(): NameFact[] {
    this._providers ??= knownItems(this.props.supportedIdentityProviders).map((provider) => nameFact(provider.name));
    return this._providers;
  }
}

/** A name as a finding shows it. */
export function nameOf(fact: NameFact): string {
  return fact.name;
}

function nameFact(name: string): NameFact {
  return { name, view: new LiteralView(name) };
}

/** The URLs of the props in the order the rules report them: callback URLs, logout URLs, the default redirect URI. */
function urlFacts(props: UserPoolClientProps): UrlFact[] {
  const oAuth = props.oAuth;
  const all: UrlFact[] = [];
  const callbackUrls = knownItems(oAuth?.callbackUrls);
  for (let i = 0; i < callbackUrls.length; i++) {
    all.push({ redirect: true, path: `oAuth.callbackUrls[${i}]`, url: callbackUrls[i], view: new LiteralView(callbackUrls[i]) });
  }
  const logoutUrls = knownItems(oAuth?.logoutUrls);
  for (let i = 0; i < logoutUrls.length; i++) {
    all.push({ redirect: false, path: `oAuth.logoutUrls[${i}]`, url: logoutUrls[i], view: new LiteralView(logoutUrls[i]) });
  }
  if (oAuth?.defaultRedirectUri !== undefined) {
    all.push({ redirect: true, path: 'oAuth.defaultRedirectUri', url: oAuth.defaultRedirectUri, view: new LiteralView(oAuth.defaultRedirectUri) });
  }
  return all;
}
