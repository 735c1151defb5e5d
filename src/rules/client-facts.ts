import type { UserPoolClientProps } from '../client/props';
import { ClientSettings } from '../client/settings';
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
  const add = (redirect: boolean, path: string, url: string) => all.push({ redirect, path, url, view: new LiteralView(url) });
  knownItems(oAuth?.callbackUrls).forEach((url, i) => add(true, `oAuth.callbackUrls[${i}]`, url));
  knownItems(oAuth?.logoutUrls).forEach((url, i) => add(false, `oAuth.logoutUrls[${i}]`, url));
  if (oAuth?.defaultRedirectUri !== undefined) {
    add(true, 'oAuth.defaultRedirectUri', oAuth.defaultRedirectUri);
  }
  return all;
}
