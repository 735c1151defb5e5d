import { Token } from 'aws-cdk-lib';
import type { Duration } from 'aws-cdk-lib';
import type { AnalyticsSettings, AuthFlowName, ClientDescription, ConstructOnlySettings, DurationProperty, OAuthFlowName, OAuthFlowSettings, Written, WrittenAt, WrittenDuration, WrittenList, WrittenText, WrittenUrl } from '../rules/description';
import { knownItems, LiteralView } from '../rules/tokens';
import type { UserPoolClientProps } from './props';
import { hasBrowserFlow } from '../rules/props/oauth';
import { ClientSettings, isUserPool } from './settings';

/*
 * Our construct's props as the rules read them: the settings in effect (`ClientSettings`), each
 * value with the path of the prop it was written at. Worked out on first use: most rules hold, and
 * read only a few settings.
 */

function list<T, I>(path: string, given: readonly T[] | undefined, item: (value: T, path: string) => I): WrittenList<I> | undefined {
  if (given === undefined) {
    return undefined;
  }
  const token = Token.isUnresolved(given);
  return { path, shown: given, token, length: given.length, items: knownItems(given).map((value, i) => item(value, `${path}[${i}]`)) };
}

function text(value: string, path: string): WrittenText {
  return { value, path, shown: value, view: new LiteralView(value) };
}

function written<T>(value: T | undefined, path: string): Written<T> | undefined {
  return value === undefined ? undefined : { value, path, shown: value };
}

/** A `Duration` prop as the rules read it. */
class DurationProp implements WrittenDuration {
  constructor(public readonly path: DurationProperty, public readonly shown: Duration, public readonly millis: number | undefined) {}

  /** Only a message reads it: a Duration's human string takes several conversions. */
  get text(): string {
    return this.shown.toHumanString();
  }

  get tokenUnit(): string {
    return this.shown.unitLabel();
  }
}

/** The auth flows of `AuthFlow`, by the name the rules know them by. */
const AUTH_FLOWS: Record<AuthFlowName, keyof NonNullable<UserPoolClientProps['authFlows']> | undefined> = {
  userPassword: 'userPassword',
  adminUserPassword: 'adminUserPassword',
  custom: 'custom',
  userSrp: 'userSrp',
  user: 'user',
  refreshToken: undefined, // rendered by the construct (without it when rotation is on), never written
};

/** The description of a client made by our construct, from its props. */
export class PropsDescription extends ClientSettings implements ClientDescription {
  public readonly origin = 'construct';
  private _flowSettings?: OAuthFlowSettings;
  private _scopes?: WrittenList<WrittenText>;
  private _providers?: WrittenList<WrittenText>;
  private _urls?: WrittenUrl[];
  private _construct?: ConstructOnlySettings;
  private readonly durations = new Map<DurationProperty, WrittenDuration | undefined>();

  get userPoolId(): string {
    return this.props.userPool.userPoolRef.userPoolId;
  }

  get flows(): OAuthFlowSettings {
    this._flowSettings ??= this.describeFlows();
    return this._flowSettings;
  }

  get scopes(): WrittenList<WrittenText> | undefined {
    this._scopes ??= list('oAuth.scopes', this.props.oAuth?.scopes, (scope, path) => text(scope.scopeName, path));
    return this._scopes;
  }

  get scopeNamesInEffect(): readonly string[] {
    return this.scopeNames;
  }

  get scopesMissing(): boolean {
    const scopes = this.props.oAuth?.scopes;
    return this.oAuthEnabled && scopes?.length === 0 && !Token.isUnresolved(scopes);
  }

  get callbackUrls(): WrittenList<string> | undefined {
    return list('oAuth.callbackUrls', this.props.oAuth?.callbackUrls, (url) => url);
  }

  get logoutUrls(): WrittenList<string> | undefined {
    return list('oAuth.logoutUrls', this.props.oAuth?.logoutUrls, (url) => url);
  }

  get defaultRedirectUri(): Written<string> | undefined {
    return written(this.props.oAuth?.defaultRedirectUri, 'oAuth.defaultRedirectUri');
  }

  get callbackUrlsInEffect(): WrittenList<string> | undefined {
    return list('oAuth.callbackUrls', this.renderedCallbackUrls, (url) => url);
  }

  get urls(): readonly WrittenUrl[] {
    if (this._urls === undefined) {
      const oAuth = this.props.oAuth;
      const all: WrittenUrl[] = [];
      const add = (redirect: boolean, path: string, url: string) => all.push({ redirect, path, value: url, shown: url, view: new LiteralView(url) });
      knownItems(oAuth?.callbackUrls).forEach((url, i) => add(true, `oAuth.callbackUrls[${i}]`, url));
      knownItems(oAuth?.logoutUrls).forEach((url, i) => add(false, `oAuth.logoutUrls[${i}]`, url));
      if (oAuth?.defaultRedirectUri !== undefined) {
        add(true, 'oAuth.defaultRedirectUri', oAuth.defaultRedirectUri);
      }
      this._urls = all;
    }
    return this._urls;
  }

  get placeholderCallbackUrl(): Written<undefined> | undefined {
    const given = this.oAuthEnabled && this.props.oAuth?.callbackUrls === undefined && hasBrowserFlow(this.flows);
    return given ? { value: undefined, path: 'oAuth.callbackUrls', shown: undefined } : undefined;
  }

  get providers(): WrittenList<WrittenText> | undefined {
    this._providers ??= list('supportedIdentityProviders', this.props.supportedIdentityProviders, (provider, path) => text(provider.name, path));
    return this._providers;
  }

  get providerNamesInEffect(): readonly string[] {
    return this.identityProviderNames;
  }

  get generateSecret(): boolean {
    return !!this.props.generateSecret;
  }

  authFlow(flow: AuthFlowName): WrittenAt | undefined {
    const key = AUTH_FLOWS[flow];
    return key !== undefined && this.props.authFlows?.[key] ? { path: `authFlows.${key}`, shown: true } : undefined;
  }

  get authFlowsGiven(): boolean {
    return true; // the construct renders the flows Cognito gets itself (without the refresh flow when rotation is on)
  }

  get readAttributes(): WrittenList<Written<string>> | undefined {
    return attributes('readAttributes', this.props.readAttributes?.attributes());
  }

  get writeAttributes(): WrittenList<Written<string>> | undefined {
    return attributes('writeAttributes', this.props.writeAttributes?.attributes());
  }

  get clientName(): Written<string> | undefined {
    return written(this.props.userPoolClientName, 'userPoolClientName');
  }

  duration(property: DurationProperty): WrittenDuration | undefined {
    if (!this.durations.has(property)) {
      const duration = this.props[property];
      this.durations.set(property, duration === undefined ? undefined : new DurationProp(property, duration, this.millisOf(property)));
    }
    return this.durations.get(property);
  }

  get rotation(): Written<unknown> | undefined {
    return written(this.props.refreshTokenRotationGracePeriod, 'refreshTokenRotationGracePeriod');
  }

  get preventUserExistenceErrors(): Written<boolean> | undefined {
    return written(this.props.preventUserExistenceErrors, 'preventUserExistenceErrors');
  }

  get enableTokenRevocation(): Written<boolean> | undefined {
    return written(this.props.enableTokenRevocation, 'enableTokenRevocation');
  }

  get contextData(): Written<boolean> | undefined {
    return written(this.props.enablePropagateAdditionalUserContextData, 'enablePropagateAdditionalUserContextData');
  }

  get analytics(): AnalyticsSettings | undefined {
    const a = this.props.analytics;
    if (a === undefined) {
      return undefined;
    }
    const arn = a.role?.roleRef.roleArn;
    return {
      path: 'analytics',
      targetFields: Object.entries(a).filter(([key, v]) => v !== undefined && key !== 'shareUserData').map(([key]) => key),
      byApplication: a.application !== undefined,
      byId: [a.applicationId, a.externalId, a.role].map((v) => v !== undefined),
      applicationId: written(a.applicationId, 'analytics.applicationId'),
      roleArn: arn === undefined ? undefined : { value: arn, path: 'analytics.role', shown: arn },
    };
  }

  get construct(): ConstructOnlySettings {
    this._construct ??= this.describeConstructOnly();
    return this._construct;
  }

  private describeConstructOnly(): ConstructOnlySettings {
    const props = this.props;
    const callbackUrls = props.oAuth?.callbackUrls;
    return {
      oAuthWhileDisabled: props.disableOAuth && props.oAuth !== undefined ? { value: props.oAuth, path: 'oAuth', shown: props.oAuth } : undefined,
      emptyCallbackUrls: this.oAuthEnabled && hasBrowserFlow(this.flows) && callbackUrls?.length === 0 && !Token.isUnresolved(callbackUrls)
        ? { value: callbackUrls, path: 'oAuth.callbackUrls', shown: callbackUrls } : undefined,
      providersOfImportedPool: props.supportedIdentityProviders === undefined && !isUserPool(props.userPool)
        ? { value: undefined, path: 'supportedIdentityProviders', shown: undefined } : undefined,
    };
  }

  private describeFlows(): OAuthFlowSettings {
    const given = this.props.oAuth?.flows;
    const flows = this.oAuthFlows;
    return {
      authorizationCodeGrant: !!flows.authorizationCodeGrant,
      implicitCodeGrant: !!flows.implicitCodeGrant,
      clientCredentials: !!flows.clientCredentials,
      path: 'oAuth.flows',
      shown: given,
      defaulted: given === undefined,
      missing: this.oAuthEnabled && given !== undefined && !hasBrowserFlow(given) && !given.clientCredentials,
      at: (flow: OAuthFlowName) => ({ path: `oAuth.flows.${flow}`, shown: true }),
    };
  }
}

function attributes(path: string, names: string[] | undefined): WrittenList<Written<string>> | undefined {
  return list(path, names, (name, at) => ({ value: name, path: at, shown: name }));
}
