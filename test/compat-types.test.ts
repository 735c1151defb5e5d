/**
 * Drop-in at the type level: the props types of aws-cdk-lib's `UserPoolClient` and ours are
 * assignable both ways, and a property neither knows is a compile error (checked by `tsc` in
 * `npm run lint`) and, when a cast hides it, a ValidationError naming it at synth.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { App, Stack, ValidationError } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient } from '../src';
import type * as ours from '../src';

/** Compiles only when `A` is assignable to `B`. */
function assignable<A extends B, B>(value?: A): B | undefined {
  return value;
}

// Every struct is assignable both ways.
assignable<cognito.UserPoolClientProps, ours.UserPoolClientProps>();
assignable<ours.UserPoolClientProps, cognito.UserPoolClientProps>();
// aws-cdk-lib's addClient options are our props without userPool (which ours does not export apart).
assignable<cognito.UserPoolClientOptions, Omit<ours.UserPoolClientProps, 'userPool'>>();
assignable<Omit<ours.UserPoolClientProps, 'userPool'>, cognito.UserPoolClientOptions>();
// Our client is an aws-cdk-lib IUserPoolClient.
assignable<UserPoolClient, cognito.IUserPoolClient>();

/** The same keys, no more and no fewer: `true` only when `A` and `B` have identical key sets. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
const sameKeys: Array<true> = [
  true as SameKeys<cognito.UserPoolClientProps, ours.UserPoolClientProps>,
];

/** `true` only when `A` and `B` are the same type (each assignable to the other, exactly). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
// The props' structs are aws-cdk-lib's own, not copies: in Python, Java, Go and C# a struct is
// its type, and only the same type lets an app keep its values when it switches the import.
const sameStructs: Array<true> = [
  true as Same<ours.UserPoolClientProps['authFlows'], cognito.AuthFlow | undefined>,
  true as Same<ours.UserPoolClientProps['oAuth'], cognito.OAuthSettings | undefined>,
  true as Same<NonNullable<ours.UserPoolClientProps['oAuth']>['flows'], cognito.OAuthFlows | undefined>,
  true as Same<ours.UserPoolClientProps['analytics'], cognito.AnalyticsConfiguration | undefined>,
  true as Same<UserPoolClient['oAuthFlows'], cognito.UserPoolClient['oAuthFlows']>,
];

function newStack(): Stack {
  return new Stack(new App(), 'Stack');
}

test('the props have the same fields as aws-cdk-lib\'s, and take its structs', () => {
  expect(sameKeys).toHaveLength(1);
  expect(sameStructs).toHaveLength(5);
});

test('in the assembly (every language), the props and the client name aws-cdk-lib\'s structs, and the library declares none of its own', () => {
  const assembly = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.jsii'), 'utf8'));
  const props = assembly.types['cdk-cognito-user-pool-client.UserPoolClientProps'];
  const typeOf = (owner: { properties: Array<{ name: string; type: unknown }> }, name: string) =>
    owner.properties.find((property) => property.name === name)!.type;
  expect(typeOf(props, 'authFlows')).toEqual({ fqn: 'aws-cdk-lib.aws_cognito.AuthFlow' });
  expect(typeOf(props, 'oAuth')).toEqual({ fqn: 'aws-cdk-lib.aws_cognito.OAuthSettings' });
  expect(typeOf(props, 'analytics')).toEqual({ fqn: 'aws-cdk-lib.aws_cognito.AnalyticsConfiguration' });
  expect(typeOf(assembly.types['cdk-cognito-user-pool-client.UserPoolClient'], 'oAuthFlows')).toEqual({ fqn: 'aws-cdk-lib.aws_cognito.OAuthFlows' });
  // No type of ours shares a name with one of aws-cdk-lib's Cognito module (a Java wildcard
  // import of both packages would make that name ambiguous), UserPoolClient(Props) aside.
  const cdkAssemblyFile = require.resolve('aws-cdk-lib/.jsii');
  const redirect = JSON.parse(fs.readFileSync(cdkAssemblyFile, 'utf8'));
  // aws-cdk-lib ships its assembly gzipped, behind a jsii file redirect
  const cdkCognito = redirect.schema === 'jsii/file-redirect'
    ? JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(path.dirname(cdkAssemblyFile), redirect.filename))).toString('utf8'))
    : redirect;
  const cdkNames = new Set(Object.keys(cdkCognito.types).filter((fqn) => fqn.startsWith('aws-cdk-lib.aws_cognito.')).map((fqn) => fqn.split('.').pop()));
  const shared = Object.keys(assembly.types).map((fqn) => fqn.split('.').pop()!).filter((name) => cdkNames.has(name));
  expect(shared.sort()).toEqual(['UserPoolClient', 'UserPoolClientProps']);
});

test('a props object typed cognito.UserPoolClientProps is accepted by our constructor', () => {
  const stack = newStack();
  const props: cognito.UserPoolClientProps = {
    userPool: new cognito.UserPool(stack, 'Pool'),
    authFlows: { userSrp: true },
    oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/callback'] },
  };
  const client = new UserPoolClient(stack, 'Client', props);
  expect(client.oAuthFlows).toEqual({ authorizationCodeGrant: true });
});

test('a props object typed with ours is accepted by aws-cdk-lib\'s constructor', () => {
  const stack = newStack();
  const props: ours.UserPoolClientProps = { userPool: new cognito.UserPool(stack, 'Pool'), generateSecret: true };
  expect(() => new cognito.UserPoolClient(stack, 'Client', props)).not.toThrow();
});

test('UserPool.addClient options fit our constructor', () => {
  const stack = newStack();
  const options: cognito.UserPoolClientOptions = { userPoolClientName: 'options', disableOAuth: true };
  const client = new UserPoolClient(stack, 'Client', { ...options, userPool: new cognito.UserPool(stack, 'Pool') });
  expect(client.userPoolClientName).toBe('options');
});

test('the assembly has one props type, UserPoolClientProps: every property is documented once', () => {
  const assembly = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.jsii'), 'utf8'));
  const types = Object.keys(assembly.types);
  expect(types).toContain('cdk-cognito-user-pool-client.UserPoolClientProps');
  // (the Options of a client's companions, ManagedLoginBrandingOptions and TermsDocumentsOptions, are their own)
  expect(types.filter((fqn) => /UserPoolClient\w*Options$/.test(fqn))).toEqual([]);
  expect(assembly.types['cdk-cognito-user-pool-client.UserPoolClientProps'].interfaces).toBeUndefined();
});

describe('an unknown property', () => {
  test('is a compile error in an object literal', () => {
    const stack = newStack();
    const userPool = new cognito.UserPool(stack, 'Pool');
    // The compile error is the test (tsc in `npm run lint`); at run time it is also rejected.
    expect(() => new UserPoolClient(stack, 'Client', {
      userPool,
      // @ts-expect-error `generateClientSecret` is not a property of UserPoolClientProps
      generateClientSecret: true,
    })).toThrow(ValidationError);
  });

  test('is a compile error in a nested object literal', () => {
    const stack = newStack();
    const userPool = new cognito.UserPool(stack, 'Pool');
    expect(() => new UserPoolClient(stack, 'Client', {
      userPool,
      oAuth: {
        // @ts-expect-error `flow` is not a property of OAuthSettings (it is `flows`)
        flow: { authorizationCodeGrant: true },
      },
    })).toThrow(/oAuth\.flow\b/);
  });

  test('cast through any, is a ValidationError naming the field', () => {
    const stack = newStack();
    const userPool = new cognito.UserPool(stack, 'Pool');
    const props = { userPool, generateClientSecret: true } as any;
    expect(() => new UserPoolClient(stack, 'Client', props)).toThrow(ValidationError);
    expect(() => new UserPoolClient(stack, 'Client2', props)).toThrow(/generateClientSecret/);
  });

  test('nested and cast through any, names the full path', () => {
    const stack = newStack();
    const userPool = new cognito.UserPool(stack, 'Pool');
    const props = { userPool, authFlows: { userSrp: true, srp: true }, oAuth: { flows: { codeGrant: true } } } as any;
    expect(() => new UserPoolClient(stack, 'Client', props)).toThrow(/authFlows\.srp/);
    expect(() => new UserPoolClient(stack, 'Client2', props)).toThrow(/oAuth\.flows\.codeGrant/);
  });

  test('aws-cdk-lib, by contrast, drops it without a word', () => {
    const stack = newStack();
    const props = { userPool: new cognito.UserPool(stack, 'Pool'), generateClientSecret: true } as any;
    expect(() => new cognito.UserPoolClient(stack, 'Client', props)).not.toThrow();
  });
});
