import { Token } from 'aws-cdk-lib';
import type { ResourcesOutsideApp, UserPoolClient, UserPoolClientProps } from '../../src';

/**
 * Declares every identity provider, custom scope and attribute the props name as existing outside
 * the app, for the tests of a client's own props and of its rendering: they build a bare pool, and
 * the whole-app checks (test/app-*.test.ts) are not what they test.
 */
export function declareNamedAsOutsideApp(client: UserPoolClient, props: Partial<UserPoolClientProps>): void {
  client.declareResourcesOutsideApp(namedResources(props));
}

/** The identity providers, custom scopes and attributes the props name (well-formed values only). */
export function namedResources(props: Partial<UserPoolClientProps>): ResourcesOutsideApp {
  const names = (list: unknown, key: string): string[] => (Array.isArray(list) && !Token.isUnresolved(list)
    ? list.map((item) => (item as Record<string, unknown>)?.[key]).filter((name): name is string => typeof name === 'string')
    : []);
  const attributes = (value: unknown): string[] => {
    const list = typeof (value as { attributes?: unknown })?.attributes === 'function' ? (value as { attributes(): unknown }).attributes() : [];
    return Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : [];
  };
  return {
    identityProviders: names(props.supportedIdentityProviders, 'name'),
    scopes: names(props.oAuth?.scopes, 'scopeName'),
    attributes: [...attributes(props.readAttributes), ...attributes(props.writeAttributes)],
  };
}
