import { App, Duration, PropertyInjectors, Stack } from 'aws-cdk-lib';
import type { IPropertyInjector } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient } from '../src';
import type { UserPoolClientProps } from '../src';

class ShortAccessTokens implements IPropertyInjector {
  constructor(public readonly constructUniqueId: string) {}
  inject(originalProps: UserPoolClientProps): UserPoolClientProps {
    return { accessTokenValidity: Duration.minutes(15), ...originalProps };
  }
}

function clientWithInjector(uniqueId: string | undefined) {
  const app = new App();
  if (uniqueId) {
    PropertyInjectors.of(app).add(new ShortAccessTokens(uniqueId));
  }
  const stack = new Stack(app, 'Stack');
  new UserPoolClient(stack, 'Client', { userPool: new cognito.UserPool(stack, 'Pool') });
  return Template.fromStack(stack);
}

test('a property injector registered for this construct sets its defaults', () => {
  clientWithInjector(UserPoolClient.PROPERTY_INJECTION_ID).hasResourceProperties('AWS::Cognito::UserPoolClient', {
    AccessTokenValidity: 15,
    TokenValidityUnits: { AccessToken: 'minutes' },
  });
});

test("a property injector registered for aws-cdk-lib's UserPoolClient applies too", () => {
  clientWithInjector(cognito.UserPoolClient.PROPERTY_INJECTION_ID).hasResourceProperties('AWS::Cognito::UserPoolClient', {
    AccessTokenValidity: 15,
  });
});

test('injectors for other constructs leave the props alone', () => {
  const template = clientWithInjector('some-other-library.Construct');
  const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
  expect(client.Properties.AccessTokenValidity).toBeUndefined();
});

test('props given explicitly win over what the injector leaves as a default', () => {
  const app = new App();
  PropertyInjectors.of(app).add(new ShortAccessTokens(UserPoolClient.PROPERTY_INJECTION_ID));
  const stack = new Stack(app, 'Stack');
  new UserPoolClient(stack, 'Client', { userPool: new cognito.UserPool(stack, 'Pool'), accessTokenValidity: Duration.hours(2) });
  Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
    AccessTokenValidity: 120,
    TokenValidityUnits: { AccessToken: 'minutes' },
  });
});

test('an injector gets the scope and the id the client is created with, as aws-cdk-lib gives them', () => {
  const app = new App();
  const seen: Array<{ scope: unknown; id: string }> = [];
  PropertyInjectors.of(app).add({
    constructUniqueId: UserPoolClient.PROPERTY_INJECTION_ID,
    inject: (props: UserPoolClientProps, context) => {
      seen.push({ scope: context.scope, id: context.id });
      return props;
    },
  });
  const stack = new Stack(app, 'Stack');
  new UserPoolClient(stack, 'Client', { userPool: new cognito.UserPool(stack, 'Pool') });
  expect(seen).toEqual([{ scope: stack, id: 'Client' }]);
});

test('the nearest injector wins: one on the stack over one on the app', () => {
  const app = new App();
  PropertyInjectors.of(app).add(new ShortAccessTokens(UserPoolClient.PROPERTY_INJECTION_ID));
  const stack = new Stack(app, 'Stack');
  PropertyInjectors.of(stack).add({
    constructUniqueId: UserPoolClient.PROPERTY_INJECTION_ID,
    inject: (props: UserPoolClientProps) => ({ accessTokenValidity: Duration.minutes(20), ...props }),
  });
  new UserPoolClient(stack, 'Client', { userPool: new cognito.UserPool(stack, 'Pool') });
  Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { AccessTokenValidity: 20 });
});

test('the injection id is the documented text, so an injector written with the text (as a blueprint library shared between languages has it) applies', () => {
  clientWithInjector('cdk-cognito-user-pool-client.UserPoolClient').hasResourceProperties('AWS::Cognito::UserPoolClient', {
    AccessTokenValidity: 15,
  });
});
