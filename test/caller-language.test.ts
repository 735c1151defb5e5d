// Messages name properties as the caller's language spells them: jsii's runtimes tell the library
// which language called it through JSII_AGENT.
import { Annotations as AssertAnnotations, Match } from 'aws-cdk-lib/assertions';
import { attempt, errorLines } from './rules-support';
import type { ClientProps } from './rules-support';
import { callerLanguage } from '../src/rules/language';

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
  expect(lines[1]).toMatch(/^enable_propagate_additional_user_context_data: true needs generate_secret: true/);
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
  expect(lines).toEqual(['Analytics: "{ applicationId }" must give either application, or all of ApplicationId, ExternalId and role [analytics-target]']);
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
