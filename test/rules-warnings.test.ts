import { Annotations as CoreAnnotations, App, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { OAuthScope, UserPool } from 'aws-cdk-lib/aws-cognito';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { expectValid, messageLine, newStack, rule } from './rules-support';
import type { ClientProps, PropsMaker } from './rules-support';
import { NO_CFN_VALIDATION } from './util/cdk-features';
import { UserPoolClient } from '../src';
import { RULES } from '../src/rules/table';

const PREFIX = 'cdk-cognito-user-pool-client';

/** Props with none of the risks the warnings are about. */
const SAFE: ClientProps = {
  preventUserExistenceErrors: true,
  oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] },
};

/** Our warnings on `/Stack/Client`, as `aws:cdk:warning` messages. */
function ourWarnings(stack: Stack): string[] {
  return Annotations.fromStack(stack).findWarning('/Stack/Client', Match.anyValue())
    .map((m) => String(m.entry.data))
    .filter((data) => data.includes(`[ack: ${PREFIX}::`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface WarningCase {
  readonly rule: string;
  readonly name: string;
  /** Props that cause the warning (once per path). */
  readonly warns: PropsMaker;
  /** Similar props that do not. */
  readonly quiet: PropsMaker;
  /** The warnings, each as `[path, value]`, and the message after the value where the finding gives its own. */
  readonly lines: Array<[string, string] | [string, string, string]>;
}

const CASES: WarningCase[] = [
  {
    rule: 'implicit-grant', name: 'the default flows include the implicit grant',
    warns: { ...SAFE, oAuth: { callbackUrls: ['https://app.example.com/cb'] } }, quiet: SAFE,
    lines: [['oAuth.flows', 'not set', ', so the implicit grant is on with the authorization code grant (as in aws-cdk-lib); the implicit grant returns tokens in the browser URL; turn on authorizationCodeGrant alone in flows (with PKCE)']],
  },
  {
    rule: 'implicit-grant', name: 'implicitCodeGrant: true',
    warns: { ...SAFE, oAuth: { ...SAFE.oAuth, flows: { implicitCodeGrant: true } } }, quiet: { ...SAFE, oAuth: { ...SAFE.oAuth, flows: { authorizationCodeGrant: true, implicitCodeGrant: false } } },
    lines: [['oAuth.flows.implicitCodeGrant', 'true']],
  },
  {
    rule: 'placeholder-callback-url', name: 'a browser flow without callbackUrls',
    warns: { ...SAFE, oAuth: { flows: { authorizationCodeGrant: true } } }, quiet: SAFE,
    lines: [['oAuth.callbackUrls', 'not set']],
  },
  {
    rule: 'password-auth-flow', name: 'userPassword and adminUserPassword, one warning each',
    warns: { ...SAFE, authFlows: { userPassword: true, adminUserPassword: true, userSrp: true } }, quiet: { ...SAFE, authFlows: { userSrp: true, user: true, custom: true, userPassword: false } },
    lines: [['authFlows.userPassword', 'true'], ['authFlows.adminUserPassword', 'true']],
  },
  {
    rule: 'user-existence-errors', name: 'preventUserExistenceErrors not given',
    warns: { ...SAFE, preventUserExistenceErrors: undefined }, quiet: SAFE,
    lines: [['preventUserExistenceErrors', 'not set', ', so Cognito uses LEGACY, which lets sign-in and password recovery reveal whether a user exists; turn preventUserExistenceErrors on']],
  },
  {
    rule: 'user-existence-errors', name: 'preventUserExistenceErrors: false',
    warns: { ...SAFE, preventUserExistenceErrors: false }, quiet: SAFE,
    lines: [['preventUserExistenceErrors', 'false']],
  },
  {
    rule: 'token-revocation-disabled', name: 'enableTokenRevocation: false',
    warns: { ...SAFE, enableTokenRevocation: false }, quiet: { ...SAFE, enableTokenRevocation: true },
    lines: [['enableTokenRevocation', 'false']],
  },
  {
    rule: 'pinpoint-analytics', name: 'any analytics',
    warns: (stack) => ({ ...SAFE, analytics: { application: new CfnApp(stack, 'App', { name: 'app' }) } }), quiet: SAFE,
    lines: [['analytics', '"{...}"']],
  },
];

describe.each(CASES.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', (_name, c) => {
  const id = `${PREFIX}::${c.rule}`;
  const requirement = rule(c.rule).requirement;

  test('warns with the stable id, one warning per path', () => {
    const client = expectValid(c.warns);
    for (const [path, value, own] of c.lines) {
      Annotations.fromStack(client.stack).hasWarning('/Stack/Client',
        Match.stringLikeRegexp(`^${escape(`${messageLine(path, value, own ?? requirement)} [ack: ${id}]`)}$`));
    }
    expect(ourWarnings(client.stack).filter((w) => w.endsWith(`[ack: ${id}]`))).toHaveLength(c.lines.length);
  });

  test('acknowledgeWarning on the client removes it, and only it', () => {
    const client = expectValid(c.warns);
    const before = ourWarnings(client.stack).length;
    CoreAnnotations.of(client).acknowledgeWarning(id, 'accepted for this test');
    Annotations.fromStack(client.stack).hasNoWarning('/Stack/Client', Match.stringLikeRegexp(escape(`[ack: ${id}]`)));
    expect(ourWarnings(client.stack)).toHaveLength(before - c.lines.length);
  });

  test('acknowledgeWarning on the stack beforehand keeps it from being added', () => {
    const stack = newStack();
    CoreAnnotations.of(stack).acknowledgeWarning(id);
    const props = typeof c.warns === 'function' ? c.warns(stack) : c.warns;
    new UserPoolClient(stack, 'Client', { userPool: new UserPool(stack, 'Pool'), ...props });
    Annotations.fromStack(stack).hasNoWarning('/Stack/Client', Match.stringLikeRegexp(escape(`[ack: ${id}]`)));
  });

  test('the similar props without the risk do not warn about it', () => {
    const client = expectValid(c.quiet);
    Annotations.fromStack(client.stack).hasNoWarning('/Stack/Client', Match.stringLikeRegexp(escape(`[ack: ${id}]`)));
  });
});

describe('acknowledging at the app, where one line covers every client', () => {
  const ID = `${PREFIX}::user-existence-errors`;

  /** Two stacks with two default clients each, which all warn about preventUserExistenceErrors. */
  function appWithClients(): { app: App; stacks: Stack[] } {
    const app = new App(NO_CFN_VALIDATION);
    const stacks = ['One', 'Two'].map((name) => {
      const stack = new Stack(app, name);
      const userPool = new UserPool(stack, 'Pool');
      new UserPoolClient(stack, 'Web', { userPool });
      new UserPoolClient(stack, 'Mobile', { userPool });
      return stack;
    });
    return { app, stacks };
  }

  const warningsWithId = (stack: Stack) => Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(escape(`[ack: ${ID}]`)));

  test('without an acknowledgement every client warns', () => {
    const { stacks } = appWithClients();
    expect(stacks.map((stack) => warningsWithId(stack).length)).toEqual([2, 2]);
  });

  test('Annotations.of(app).acknowledgeWarning(id, reason), once the clients exist, removes the warning from every client', () => {
    const { app, stacks } = appWithClients();
    CoreAnnotations.of(app).acknowledgeWarning(ID, 'errors reveal users on purpose: internal tool');
    expect(stacks.map((stack) => warningsWithId(stack).length)).toEqual([0, 0]);
    // the other warnings stay
    expect(Annotations.fromStack(stacks[0]).findWarning('*', Match.stringLikeRegexp(escape(`[ack: ${PREFIX}::implicit-grant]`)))).toHaveLength(2);
  });

  test('Annotations.of(app).acknowledgeWarning(id, reason) before the clients exist keeps the warning from every client (aws-cdk-lib alone would not)', () => {
    const app = new App(NO_CFN_VALIDATION);
    CoreAnnotations.of(app).acknowledgeWarning(ID, 'errors reveal users on purpose: internal tool');
    const stack = new Stack(app, 'One');
    new UserPoolClient(stack, 'Web', { userPool: new UserPool(stack, 'Pool') });
    expect(warningsWithId(stack)).toHaveLength(0);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(escape(`[ack: ${PREFIX}::implicit-grant]`)))).toHaveLength(1);
  });

  test('the id is the one the cdk CLI prints after "Acknowledge with": no Annotation:: prefix is added to an id with ::', () => {
    const { stacks } = appWithClients();
    const data = warningsWithId(stacks[0]).map((m) => String(m.entry.data));
    expect(data.every((d) => d.endsWith(`[ack: ${ID}]`))).toBe(true);
    expect(ID).toMatch(/^[^:]+::[^:]+$/);
  });
});

test('every warning rule has a case', () => {
  const warningRules = RULES.filter((r) => r.level === 'warning' && r.checksOnly === undefined).map((r) => r.id);
  expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(warningRules));
});

describe('a config with none of the risks has no warnings from us', () => {
  test.each([
    ['authorization code grant with callback URLs', SAFE],
    ['OAuth off', { disableOAuth: true, preventUserExistenceErrors: true } as ClientProps],
    ['client credentials', { preventUserExistenceErrors: true, generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.custom('srv/read')] } } as ClientProps],
    // the construct renders the flows itself, without the refresh flow
    ['refresh-token rotation', { preventUserExistenceErrors: true, disableOAuth: true, refreshTokenRotationGracePeriod: Duration.seconds(10) } as ClientProps],
  ])('%s', (_name, props) => {
    const client = expectValid(props);
    expect(ourWarnings(client.stack)).toEqual([]);
    Annotations.fromStack(client.stack).hasNoWarning('/Stack/Client', Match.anyValue());
  });
});

test('no warnings are added when the props have errors: the error is thrown first', () => {
  const stack = newStack();
  expect(() => new UserPoolClient(stack, 'Client', { userPool: new UserPool(stack, 'Pool'), oAuth: { callbackUrls: ['http://app.example.com/cb'] } })).toThrow(/must use https/);
  expect(stack.node.tryFindChild('Client')?.node.metadata ?? []).toEqual([]);
});
