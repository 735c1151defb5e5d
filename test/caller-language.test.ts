// Messages name properties as the caller's language spells them: jsii's runtimes tell the library
// which language called it through JSII_AGENT.
import { Annotations as AssertAnnotations, Match } from 'aws-cdk-lib/assertions';
import { attempt, errorLines } from './rules-support';
import type { ClientProps } from './rules-support';
import { callerLanguage, withMethodNames } from '../src/rules/language';

/** Runs `body` with JSII_AGENT set to `agent` (unset for undefined), restoring it afterwards. */
function withAgent<T>(agent: string | undefined, body: () => T): T {
  const saved = process.env.JSII_AGENT;
  if (agent === undefined) {
    delete process.env.JSII_AGENT;
  } else {
    process.env.JSII_AGENT = agent;
  }
  try {
    return body();
  } finally {
    if (saved === undefined) {
      delete process.env.JSII_AGENT;
    } else {
      process.env.JSII_AGENT = saved;
    }
  }
}

const INVALID: ClientProps = {
  oAuth: { callbackUrls: ['http://app.example.com/cb'] },
  enablePropagateAdditionalUserContextData: true,
};

/** The start of each error line: the property path as named in the message. */
function pathsNamed(agent: string | undefined): string[] {
  return withAgent(agent, () => errorLines(INVALID)).map((line) => line.slice(0, line.indexOf(': ')));
}

test.each([
  [undefined, 'typescript'],
  ['Python/3.11.7', 'python'],
  ['Java/21.0.2', 'java'],
  ['DotNet/8.0.1/.NETCoreApp,Version=v8.0/1.0.0.0', 'dotnet'],
  ['go1.25.0/linux/amd64', 'go'],
  ['something-else/1.0', 'typescript'],
  ['NotPython/3.11.7', 'typescript'],
  ['cargo1.80/linux', 'typescript'],
  ['python/3.11.7', 'typescript'],
])('JSII_AGENT %s is a %s caller', (agent, language) => {
  expect(callerLanguage(agent)).toBe(language);
});

test('TypeScript and JavaScript callers (no JSII_AGENT) read the TypeScript names', () => {
  expect(pathsNamed(undefined)).toEqual(['oAuth.callbackUrls[0]', 'enablePropagateAdditionalUserContextData']);
});

test('Python callers read snake_case names, in the path and in the requirement', () => {
  const lines = withAgent('Python/3.11.7', () => errorLines(INVALID));
  expect(lines.map((line) => line.slice(0, line.indexOf(': ')))).toEqual(['o_auth.callback_urls[0]', 'enable_propagate_additional_user_context_data']);
  expect(lines[1]).toMatch(/^enable_propagate_additional_user_context_data: true needs generate_secret turned on/);
});

test('Java callers read the builder names, which are the TypeScript names', () => {
  expect(pathsNamed('Java/21.0.2')).toEqual(['oAuth.callbackUrls[0]', 'enablePropagateAdditionalUserContextData']);
});

test('Go and C# callers read the exported field names', () => {
  expect(pathsNamed('go1.25.0/linux/amd64')).toEqual(['OAuth.CallbackUrls[0]', 'EnablePropagateAdditionalUserContextData']);
  expect(pathsNamed('DotNet/8.0.1')).toEqual(['OAuth.CallbackUrls[0]', 'EnablePropagateAdditionalUserContextData']);
});

test('in Go, the names of one word in a requirement stay English words; the names of several are spelt as fields', () => {
  const lines = withAgent('go1.25.0/linux/amd64', () => errorLines({ analytics: { applicationId: 'abc' } }));
  expect(lines).toEqual(['Analytics: { ApplicationId } must give either application, or all of ApplicationId, ExternalId and role [analytics-target]']);
});

test('warnings name properties in the caller\'s language too', () => {
  const { stack } = withAgent('Python/3.11.7', () => attempt({ authFlows: { userPassword: true } }));
  const messages = AssertAnnotations.fromStack(stack).findWarning('/Stack/Client', Match.anyValue()).map((w) => String(w.entry.data));
  expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^auth_flows\.user_password: true sends the password/)]));
});

test('schema errors name unknown and mistyped properties in the caller\'s language', () => {
  const lines = withAgent('Python/3.11.7', () => errorLines({ oAuth: { callbackUrls: 'https://app.example.com/cb' } } as unknown as ClientProps));
  expect(lines).toEqual(['o_auth.callback_urls: "https://app.example.com/cb" must be a list of strings [known-properties]']);
});

test('names with acronyms in Python as jsii spells them: disable_o_auth, callback_ur_ls', () => {
  const lines = withAgent('Python/3.11.7', () => errorLines({ disableOAuth: true, oAuth: { callbackUrls: ['https://app.example.com/cb'] } }));
  expect(lines).toEqual(['o_auth: {"callback_urls":["https://app.example.com/cb"]} must not be given when disable_o_auth is true [oauth-settings-with-disable-oauth]']);
});

test('struct values in the caller\'s words; free-form JSON as written', () => {
  const go = withAgent('go1.25.0/linux/amd64', () => errorLines({ oAuth: { flows: {} }, analytics: { applicationId: 'abc' } }));
  expect(go).toEqual(expect.arrayContaining([
    'OAuth.Flows: {} must enable at least one flow while OAuth is on (or turn DisableOAuth on) [oauth-flow-required]',
    'Analytics: { ApplicationId } must give either application, or all of ApplicationId, ExternalId and role [analytics-target]',
  ]));
  const python = withAgent('Python/3.11.7', () => errorLines({ generateSecret: true, oAuth: { flows: { clientCredentials: true, authorizationCodeGrant: true }, scopes: [] } }));
  expect(python[0]).toBe('o_auth.flows: {"client_credentials":true,"authorization_code_grant":true} must not combine client_credentials with authorization_code_grant or implicit_code_grant [client-credentials-alone]');
});

test('methods and getters as each language calls them', () => {
  const { client } = withAgent(undefined, () => attempt({ disableOAuth: true }));
  const message = (agent: string | undefined) => withAgent(agent, () => {
    try {
      return String(client!.userPoolClientSecret);
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(message(undefined)).toBe('userPoolClientSecret is available only if generateSecret is set to true.');
  expect(message('Python/3.11.7')).toBe('user_pool_client_secret is available only if generate_secret is set to True.');
  expect(message('Java/21.0.2')).toBe('getUserPoolClientSecret() is available only if generateSecret is set to true.');
  expect(message('go1.25.0/linux/amd64')).toBe('UserPoolClientSecret() is available only if GenerateSecret is set to true.');
  expect(withMethodNames('declare it with declareResourcesOutsideApp(), or BrandingAssetBytes.fromFile()', 'python')).toBe('declare it with declare_resources_outside_app(), or BrandingAssetBytes.from_file()');
  expect(withMethodNames('declare it with declareResourcesOutsideApp(), or BrandingAssetBytes.fromFile()', 'go')).toBe('declare it with DeclareResourcesOutsideApp(), or BrandingAssetBytes_FromFile()');
});
