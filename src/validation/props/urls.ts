import { hasBrowserFlow } from '../../settings';
import { HTTP_HOST, MAX_URL_LENGTH, MAX_URLS, SCHEME, URL_TEXT } from '../limits';
import { eachKey, found, isTokenList, NONE } from '../rule';
import type { Rule } from '../rule';
import { API_CLIENT_TYPE, API_CREATE_CLIENT, CDK_CLIENT } from '../sources';
import { isKnownList } from '../tokens';
import type { LiteralView } from '../tokens';

function urlRule(id: string, requirement: string, source: string, breaks: (view: LiteralView, url: string) => boolean): Rule {
  return {
    id,
    level: 'error',
    property: 'oAuth.callbackUrls[i], oAuth.logoutUrls[i], oAuth.defaultRedirectUri',
    requirement,
    source,
    check: (_props, facts) => eachKey(facts.urls, ({ path, url, view }) => found(breaks(view, url), path, url)),
  };
}

/** Callback URLs, logout URLs and the default redirect URI. */
export const URL_RULES: readonly Rule[] = [
  {
    id: 'callback-url-required',
    level: 'error',
    property: 'oAuth.callbackUrls',
    requirement: 'must hold at least one URL when authorizationCodeGrant or implicitCodeGrant is on',
    source: `${CDK_CLIENT} (callbackUrls); ${API_CREATE_CLIENT} (CallbackURLs: Cognito redirects only to registered callback URLs)`,
    check: (props, facts) => found(!props.disableOAuth && hasBrowserFlow(facts.flows) && isKnownList(props.oAuth?.callbackUrls) && props.oAuth!.callbackUrls!.length === 0,
      'oAuth.callbackUrls', props.oAuth?.callbackUrls),
  },
  {
    id: 'url-count',
    level: 'error',
    property: 'oAuth.callbackUrls, oAuth.logoutUrls',
    requirement: `must hold at most ${MAX_URLS} URLs`,
    source: `${API_CLIENT_TYPE} (CallbackURLs, LogoutURLs: "Maximum number of 100 items")`,
    check: (props) => eachKey(['callbackUrls', 'logoutUrls'] as const, (key) => {
      const list = props.oAuth?.[key];
      // The path and the count are built only for a finding.
      return isKnownList(list) && list.length > MAX_URLS ? found(true, `oAuth.${key}`, `${list.length} URLs`) : NONE;
    }),
  },
  urlRule('url-length', `must be 1 to ${MAX_URL_LENGTH} characters`, `${API_CLIENT_TYPE} (CallbackURLs, LogoutURLs, DefaultRedirectURI: "Length Constraints")`,
    (view) => view.breaksTextConstraint(MAX_URL_LENGTH)),
  urlRule('url-characters', 'must consist of letters, marks, symbols, numbers and punctuation only (no spaces or control characters)',
    `${API_CLIENT_TYPE} (CallbackURLs, LogoutURLs, DefaultRedirectURI: pattern [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+)`,
    (view) => !view.literalsMatch(URL_TEXT)),
  urlRule('url-absolute', 'must be an absolute URL with a scheme, such as https://app.example.com/callback or myapp://callback',
    `${API_CLIENT_TYPE} (CallbackURLs: "Be an absolute URI")`,
    (view) => {
      const prefix = view.prefix;
      if (SCHEME.test(prefix)) {
        return false;
      }
      // A token may still supply the scheme, unless the literal text before it cannot start one.
      return !view.hasTokens || !/^[A-Za-z]?[A-Za-z0-9+.-]*$/.test(prefix);
    }),
  urlRule('url-no-fragment', 'must not contain a fragment (#)', `${API_CLIENT_TYPE} (CallbackURLs: "Not include a fragment component")`,
    (view) => view.literalText.includes('#')),
  urlRule('url-https', 'must use https (http is allowed only for http://localhost)',
    `${API_CLIENT_TYPE} (CallbackURLs: "Amazon Cognito requires HTTPS over HTTP except for http://localhost for testing purposes only")`,
    (view) => {
      const http = HTTP_HOST.exec(view.prefix);
      if (http === null) {
        return false;
      }
      // In `http://${host}/cb` the host is unknown: it is known when the literal prefix runs past it.
      const hostKnown = !view.hasTokens || view.prefix.length > http[0].length;
      return hostKnown && http[1].toLowerCase() !== 'localhost';
    }),
  {
    id: 'default-redirect-uri-in-callback-urls',
    level: 'error',
    property: 'oAuth.defaultRedirectUri',
    requirement: 'must be one of the callback URLs',
    source: `${API_CLIENT_TYPE} (DefaultRedirectURI: "Must be in the CallbackURLs list")`,
    check: (props, facts) => {
      const uri = props.oAuth?.defaultRedirectUri;
      const callbackUrls = facts.callbackUrls;
      // A callback URL with a token in it may resolve to the default redirect URI.
      const tokenInRedirect = facts.urls.some(({ path, view }) => !path.startsWith('oAuth.logoutUrls') && view.hasTokens);
      if (uri === undefined || isTokenList(callbackUrls) || tokenInRedirect) {
        return NONE;
      }
      return found(!(callbackUrls ?? []).includes(uri), 'oAuth.defaultRedirectUri', uri,
        `callback URLs: ${JSON.stringify(callbackUrls ?? [])}`);
    },
  },
];
