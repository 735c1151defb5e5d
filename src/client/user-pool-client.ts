import { Resource, SecretValue, ValidationError } from 'aws-cdk-lib';
import { CfnUserPoolClient, UserPoolClient as CdkUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';
import type { Construct } from 'constructs';
import { ManagedLoginBranding } from '../branding/managed-login-branding';
import type { ManagedLoginBrandingOptions } from '../branding/props';
import type * as construction from './construction';
import type { OAuthFlows, ResourcesOutsideApp, UserPoolClientProps } from './props';
import { TermsDocuments } from '../terms/terms-documents';
import type { TermsDocumentsOptions } from '../terms/props';

/**
 * The modules a client's construction needs (its description, rules, rendering and whole-app
 * checks), loaded when the first client is made: importing the library loads its classes only.
 */
function clientConstruction(): typeof construction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./construction');
}

/**
 * Define a UserPool App Client: a drop-in replacement for `aws-cdk-lib`'s `UserPoolClient` that
 * checks every documented rule at synth time, renders token validities exactly and reads the
 * client secret without a custom resource.
 *
 * @resource AWS::Cognito::UserPoolClient
 */
export class UserPoolClient extends Resource implements IUserPoolClient {
  /**
   * The id that property injectors (`PropertyInjectors`) use for this construct. Injectors
   * registered for aws-cdk-lib's `UserPoolClient` (`aws-cdk-lib.aws-cognito.UserPoolClient`)
   * apply too, where none is registered for this id.
   */
  public static readonly PROPERTY_INJECTION_ID: string = 'cdk-cognito-user-pool-client.UserPoolClient';

  /**
   * Import a user pool client given its id.
   *
   * @param scope The construct to define the import in.
   * @param id The construct id of the import, unique within `scope`.
   * @param userPoolClientId The id of the existing app client.
   */
  public static fromUserPoolClientId(scope: Construct, id: string, userPoolClientId: string): IUserPoolClient {
    return CdkUserPoolClient.fromUserPoolClientId(scope, id, userPoolClientId);
  }

  /**
   * The id of the client (the `Ref` of the `AWS::Cognito::UserPoolClient`).
   *
   * @attribute
   */
  public get userPoolClientId(): string {
    // Worked out when first read: a `Ref` token costs more than the rest of a client's construction
    // on the path that never reads it.
    return this.resource.ref;
  }

  /**
   * The OAuth flows enabled for this client.
   */
  public readonly oAuthFlows: OAuthFlows;

  private readonly resource: CfnUserPoolClient;
  private readonly userPool: cognitoRefs.IUserPoolRef;
  private readonly generateSecret: boolean;
  private readonly clientName?: string;
  /** What `declareResourcesOutsideApp` was told; made on its first call. */
  private outsideApp?: { identityProviders: Set<string>; scopes: Set<string>; attributes: Set<string> };

  /**
   * @param scope The construct to define the client in: a stack, or the user pool itself to keep
   * the logical ID of a client that `aws-cdk-lib`'s `userPool.addClient(id, options)` made.
   * @param id The construct id, unique within `scope`. Keep the one the client had with
   * `aws-cdk-lib`, so that CloudFormation updates the app client instead of replacing it.
   * @param props The client's settings (`userPool` is required), each checked when the client is
   * created, with every violation reported at once.
   */
  constructor(scope: Construct, id: string, props: UserPoolClientProps) {
    super(scope, id);
    const { injectProps, PropsDescription, validateProps, renderClientProperties, registerClientInApp, NOTHING_OUTSIDE_APP, CLIENT_PROPERTY_NAMES } = clientConstruction();
    // `?? {}`: a JavaScript caller may give no props; validation then names what is missing.
    props = injectProps([UserPoolClient.PROPERTY_INJECTION_ID, CdkUserPoolClient.PROPERTY_INJECTION_ID], props ?? ({} as UserPoolClientProps), scope, id);

    // props -> the settings in effect, which the checks and the rendering both read
    const settings = new PropsDescription(props);

    // settings -> checks of the client's own props: every violation at once, warnings for risky choices
    validateProps(this, settings);

    // settings -> CloudFormation properties -> the L1
    this.resource = new CfnUserPoolClient(this, 'Resource', renderClientProperties(settings));

    // the client in its app, once the tree is complete: dependencies on the pool's providers and
    // resource servers it names, and the whole-app checks (its branding style and terms documents too)
    registerClientInApp({ client: this, description: settings, outside: () => this.outsideApp ?? NOTHING_OUTSIDE_APP, clientId: () => this.resource.ref, propertyNames: CLIENT_PROPERTY_NAMES });

    this.userPool = props.userPool;
    this.oAuthFlows = settings.oAuthEnabled ? settings.oAuthFlows : {};
    this.generateSecret = props.generateSecret ?? false;
    this.clientName = props.userPoolClientName;
  }

  /**
   * Give this client its managed login branding style: Cognito's provided style (without
   * options), or settings and images. A client has at most one style; without one, its managed
   * login pages are not available.
   *
   * @param id the construct id of the style, in this client
   * @param options the style
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/managed-login-brandingeditor.html
   */
  public addManagedLoginBranding(id: string, options: ManagedLoginBrandingOptions = {}): ManagedLoginBranding {
    return new ManagedLoginBranding(this, id, { ...options, client: this });
  }

  /**
   * Give this client its terms documents: terms of use and a privacy policy, linked from the
   * sign-up page of managed login once the client has both.
   *
   * @param id the construct id of the documents, in this client
   * @param options the documents
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents
   */
  public addTerms(id: string, options: TermsDocumentsOptions): TermsDocuments {
    return new TermsDocuments(this, id, { ...options, client: this });
  }

  /**
   * A reference to this client, for the constructs that take an `IUserPoolClientRef`.
   */
  public get userPoolClientRef(): cognitoRefs.UserPoolClientReference {
    return { userPoolId: this.userPool.userPoolRef.userPoolId, clientId: this.userPoolClientId };
  }

  /**
   * Declares identity providers, resource server scopes or attributes that the client's user pool
   * has outside this app (created by hand, or by another app or tool). The checks that compare the
   * client with its pool accept them, and the client gets no dependency on them.
   *
   * Providers registered on an L2 pool with `userPool.registerIdentityProvider(
   * UserPoolIdentityProvider.fromProviderName(...))` are accepted without this.
   */
  public declareResourcesOutsideApp(resources: ResourcesOutsideApp): void {
    const outside = this.outsideApp ??= { identityProviders: new Set(), scopes: new Set(), attributes: new Set() };
    resources.identityProviders?.forEach((name) => outside.identityProviders.add(name));
    resources.scopes?.forEach((name) => outside.scopes.add(name));
    resources.attributes?.forEach((name) => outside.attributes.add(name));
  }

  /**
   * The client name that was specified via the `userPoolClientName` property during initialization.
   * Throws when no name was given.
   */
  public get userPoolClientName(): string {
    if (this.clientName === undefined) {
      throw new ValidationError(
        'UserPoolClientNameNotGiven' as ConstructorParameters<typeof ValidationError>[0],
        `${clientConstruction().getterName('userPoolClientName', clientConstruction().callerLanguage())} is available only if specified on the UserPoolClient during initialization`,
        this,
      );
    }
    return this.clientName;
  }

  /**
   * The generated client secret: `Fn::GetAtt [<client>, ClientSecret]`, with no custom resource.
   * Throws unless `generateSecret` is true.
   */
  public get userPoolClientSecret(): SecretValue {
    if (!this.generateSecret) {
      throw new ValidationError(
        'UserPoolClientSecretNotGenerated' as ConstructorParameters<typeof ValidationError>[0],
        secretNotGeneratedMessage(),
        this,
      );
    }
    return SecretValue.resourceAttribute(this.resource.attrClientSecret);
  }
}

/** Why a client without `generateSecret` has no secret to read, in the caller's words (aws-cdk-lib's words in TypeScript). */
function secretNotGeneratedMessage(): string {
  const { callerLanguage, getterName, propertyName } = clientConstruction();
  const language = callerLanguage();
  return `${getterName('userPoolClientSecret', language)} is available only if ${propertyName('generateSecret', language)} is set to ${language === 'python' ? 'True' : 'true'}.`;
}
