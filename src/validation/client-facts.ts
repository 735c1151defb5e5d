import type { UserPoolClientProps } from '../props';
import { ClientSettings } from '../settings';
import { knownItems, LiteralView } from './tokens';

/** A URL property the URL rules read, with its path in the props and what its literal parts show. */
export interface UrlFact {
  /** Which property: a callback URL, a logout URL, the default redirect URI. */
  readonly kind: 'callback' | 'logout' | 'default-redirect';
  readonly path: string;
  readonly url: string;
  readonly view: LiteralView;
}

/**
 * The settings in effect and what only the checks derive from the props, worked out once per
 * validation, on first use.
 */
export class ClientFacts extends ClientSettings {
  private _urls?: UrlFact[];

  constructor(props: UserPoolClientProps) {
    super(props);
  }

  /** Every callback URL, logout URL and the default redirect URI, with its path. */
  get urls(): UrlFact[] {
    if (this._urls === undefined) {
      const oAuth = this.props.oAuth;
      const all: UrlFact[] = [];
      const add = (kind: UrlFact['kind'], path: string, url: string) => all.push({ kind, path, url, view: new LiteralView(url) });
      knownItems(oAuth?.callbackUrls).forEach((url, i) => add('callback', `oAuth.callbackUrls[${i}]`, url));
      knownItems(oAuth?.logoutUrls).forEach((url, i) => add('logout', `oAuth.logoutUrls[${i}]`, url));
      if (oAuth?.defaultRedirectUri !== undefined) {
        add('default-redirect', 'oAuth.defaultRedirectUri', oAuth.defaultRedirectUri);
      }
      this._urls = all;
    }
    return this._urls;
  }
}
