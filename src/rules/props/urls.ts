import { HTTP_LOOPBACK_HOSTS, MAX_URL_LENGTH, MAX_URLS, SCHEME, URL_TEXT } from '../limits';
import { at, eachKey, found, NONE } from '../rule';
import type { Finding, Rule } from '../rule';
import { API_CLIENT_TYPE, API_CREATE_CLIENT, API_MODEL, CDK_CLIENT } from '../sources';
import type { LiteralView } from '../tokens';

/**
 * A rule of each URL: of every URL (`all`), or of the redirect URIs alone (`redirect`): the callback
 * URLs and the default redirect URI, which the API reference requires to be absolute, without a
 * fragment and https. It writes no such requirement for logout URLs, which only have to match the
 * URL pattern and length.
 */
function urlRule(id: string, of: 'all' | 'redirect', requirement: string, source: string, breaks: (view: LiteralView, url: string) => boolean): Rule {
  return {
    id,
    level: 'error',
    property: of === 'all' ? 'oAuth.callbackUrls[i], oAuth.logoutUrls[i], oAuth.defaultRedirectUri' : 'oAuth.callbackUrls[i], oAuth.defaultRedirectUri',
    requirement,
    source,
    check: (client) => {
      const urls = client.urls;
      let findings: Finding[] | undefined;
      for (let i = 0; i < urls.length; i++) {
        const { redirect, path, value, shown, view } = urls[i];
        if ((of === 'all' || redirect) && breaks(view, value)) {
          (findings ??= []).push({ path, value: shown });
        }
      }
      return findings ?? NONE;
    },
  };
}

const HTTP_SCHEME = /^http:\/\//i;
const HTTP_SCHEME_LENGTH = 'http://'.length;
/** The end of a URL's authority (RFC 3986 section 3.2). */
const AUTHORITY_END = /[/?#]/;

/**
 * The host of an `http://` URL as far as its literal prefix shows it (RFC 3986 section 3.2: after
 * any `userinfo@`, an IP literal in brackets or a name up to the port), and whether it is known:
 * in `http://${host}/cb` it is not; in `http://localhost${path}` a token may still extend it.
 */
export function httpHost(prefix: string, complete: boolean): { host: string; known: boolean } | undefined {
  if (!HTTP_SCHEME.test(prefix)) {
    return undefined;
  }
  const rest = prefix.slice(HTTP_SCHEME_LENGTH);
  const authorityEnd = rest.search(AUTHORITY_END);
  const authorityKnown = complete || authorityEnd !== -1;
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostAndPort.startsWith('[')) {
    const close = hostAndPort.indexOf(']');
    // the bracket ends the host, which only a port may follow (without a bracket, all of it follows)
    const afterHost = hostAndPort.slice(close + 1);
    if (afterHost !== '' && !afterHost.startsWith(':')) {
      return { host: hostAndPort, known: authorityKnown };
    }
    return { host: hostAndPort.slice(0, close + 1), known: true };
  }
  const colon = hostAndPort.indexOf(':');
  // the port's colon ends the host
  return colon === -1 ? { host: hostAndPort, known: authorityKnown } : { host: hostAndPort.slice(0, colon), known: true };
}

/** Text that may begin a URI scheme (RFC 3986 section 3.1). */
const SCHEME_START = /^[A-Za-z]?[A-Za-z0-9+.-]*$/;

/** Callback URLs, logout URLs and the default redirect URI. */
export const URL_RULES: readonly Rule[] = [
  {
    id: 'callback-url-required',
    level: 'error',
    property: 'oAuth.callbackUrls',
    requirement: 'must hold at least one URL when authorizationCodeGrant or implicitCodeGrant is on',
    source: `${CDK_CLIENT} (callbackUrls); ${API_CREATE_CLIENT} (CallbackURLs: Cognito redirects only to registered callback URLs)`,
    constructOnly: 'an empty list is how the construct\'s props ask for no callback URL; aws-cdk-lib\'s construct refuses it itself, and a CfnUserPoolClient without callback URLs leaves them out',
    check: ({ construct }) => (construct?.emptyCallbackUrls ? at(construct.emptyCallbackUrls) : NONE),
  },
  {
    id: 'url-count',
    level: 'error',
    property: 'oAuth.callbackUrls, oAuth.logoutUrls',
    requirement: `must hold at most ${MAX_URLS} URLs`,
    source: `${API_CLIENT_TYPE} (CallbackURLs, LogoutURLs: "Maximum number of 100 items")`,
    check: (client) => eachKey([client.callbackUrls, client.logoutUrls], (list) =>
      // The path and the count are built only for a finding.
      (list !== undefined && !list.token && list.length > MAX_URLS ? found(true, list.path, `${list.length} URLs`) : NONE)),
  },
  urlRule('url-length', 'all', `must be 1 to ${MAX_URL_LENGTH} characters`,
    `${API_CLIENT_TYPE} (CallbackURLs, LogoutURLs, DefaultRedirectURI: "Length Constraints"); ${API_MODEL} (RedirectUrlType)`,
    (view) => view.breaksTextConstraint(MAX_URL_LENGTH)),
  urlRule('url-characters', 'all', 'must consist of letters, marks, symbols, numbers and punctuation only (no spaces or control characters)',
    `${API_CLIENT_TYPE} (CallbackURLs, LogoutURLs, DefaultRedirectURI: pattern [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+); ${API_MODEL} (RedirectUrlType)`,
    (view) => !view.literalsMatch(URL_TEXT)),
  urlRule('url-absolute', 'redirect', 'must be an absolute URL with a scheme, such as https://app.example.com/callback or myapp://callback',
    `${API_CREATE_CLIENT} (CallbackURLs: "A redirect URI must: Be an absolute URI"); ${API_CLIENT_TYPE} (DefaultRedirectURI: the same); ${API_MODEL}`,
    (view) => {
      const prefix = view.prefix;
      if (SCHEME.test(prefix)) {
        return false;
      }
      // A token may still supply the scheme, unless the literal text before it cannot start one.
      return !view.hasTokens || !SCHEME_START.test(prefix);
    }),
  urlRule('url-no-fragment', 'redirect', 'must not contain a fragment (#)',
    `${API_CREATE_CLIENT} (CallbackURLs: "Not include a fragment component"); ${API_CLIENT_TYPE} (DefaultRedirectURI: the same); ${API_MODEL}`,
    (view) => view.literalText.includes('#')),
  urlRule('url-https', 'redirect', 'must use https (http is allowed only for http://localhost, http://127.0.0.1 and http://[::1], with any port)',
    `${API_CREATE_CLIENT} (CallbackURLs: "Amazon Cognito requires HTTPS over HTTP except for callback URLs to http://localhost, http://127.0.0.1 and http://[::1]. ... You can specify custom TCP ports"); ${API_MODEL}`,
    (view) => {
      const http = httpHost(view.prefix, !view.hasTokens);
      return http !== undefined && http.known && !HTTP_LOOPBACK_HOSTS.has(http.host.toLowerCase());
    }),
  {
    id: 'default-redirect-uri-in-callback-urls',
    level: 'error',
    property: 'oAuth.defaultRedirectUri',
    requirement: 'must be one of the callback URLs',
    source: `${API_CLIENT_TYPE} (DefaultRedirectURI: "Must be in the CallbackURLs list")`,
    check: (client) => {
      const uri = client.defaultRedirectUri;
      const callbackUrls = client.callbackUrlsInEffect;
      // A callback URL with a token in it may resolve to the default redirect URI.
      const tokenInRedirect = client.urls.some(({ redirect, view }) => redirect && view.hasTokens);
      if (uri === undefined || callbackUrls?.token || tokenInRedirect) {
        return NONE;
      }
      const urls = callbackUrls?.items ?? [];
      return urls.includes(uri.value) ? NONE : at(uri, `callback URLs: ${JSON.stringify(urls)}`);
    },
  },
];
