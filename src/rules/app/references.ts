import { Reference, Token, Tokenization } from 'aws-cdk-lib';
import { CfnUserPoolIdentityProvider, CfnUserPoolResourceServer } from 'aws-cdk-lib/aws-cognito';

/** Stands for a token that refers to nothing the app can tell. */
const UNKNOWN = Symbol('unknown');

/**
 * What a token refers to, as text, when it is the `Ref` of a construct of the app whose `Ref` is a
 * name the client gives: a resource server's identifier (`OAuthScope.resourceServer(server, scope)`
 * is `${server.userPoolResourceServerId}/scope`), an identity provider's name
 * (`UserPoolClientIdentityProvider.custom(provider.providerName)`).
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolresourceserver.html#aws-resource-cognito-userpoolresourceserver-return-values
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolidentityprovider.html#aws-resource-cognito-userpoolidentityprovider-return-values
 */
function referredName(token: unknown): string | typeof UNKNOWN {
  if (!Reference.isReference(token) || token.displayName !== 'Ref') {
    return UNKNOWN;
  }
  const target = token.target;
  const name = CfnUserPoolResourceServer.isCfnUserPoolResourceServer(target) ? target.identifier
    : CfnUserPoolIdentityProvider.isCfnUserPoolIdentityProvider(target) ? target.providerName
      : undefined;
  return typeof name === 'string' && !Token.isUnresolved(name) ? name : UNKNOWN;
}

/**
 * A name as the client gives it to Cognito, with every token in it that refers to a construct of the
 * app replaced by what it refers to (`api/read` for `${server.userPoolResourceServerId}/read`);
 * undefined when a token in it refers to anything else (a parameter, an import, another attribute):
 * such a name is never judged.
 */
export function seeThrough(text: string): string | undefined {
  if (!Token.isUnresolved(text)) {
    return text;
  }
  let unknown = false;
  const resolved = Tokenization.reverseString(text)
    .mapTokens({ mapToken: (token) => {
      const name = referredName(token);
      unknown ||= name === UNKNOWN;
      return name === UNKNOWN ? '' : name;
    } })
    .join({ join: (left: unknown, right: unknown) => `${left}${right}` }) as string;
  return unknown ? undefined : resolved;
}
