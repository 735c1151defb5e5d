import { CfnUserPoolClient, UserPoolClient as CdkUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IAspect } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { isRegistered, registerClientInApp } from '../app/app-checks';
import { NOTHING_OUTSIDE_APP } from '../app/client-in-app';
import { RULES } from '../table';
import { CfnDescription, propertyNamesOf } from './describe-cfn';

/** The L1 clients the checks took on already (an app may apply them at several scopes). */
const CHECKED = new WeakSet<IConstruct>();

/** The rules on a client's own settings that read what any client expresses. */
const RULES_FOR_ANY_CLIENT = RULES.filter((rule) => rule.constructOnly === undefined);

/**
 * Checks every app client under a scope that this library's `UserPoolClient` did not make (made by
 * aws-cdk-lib's `UserPoolClient`, `userPool.addClient`, or a raw `CfnUserPoolClient`, in nested
 * stacks and stages too) with the same rules, and orders its deploy after the identity providers
 * and resource servers of its pool that it names.
 *
 * Each client is read as CloudFormation will receive it (escape hatches and overrides applied);
 * its properties do not change. Errors are reported when the app synthesizes, every violation of
 * every client at once, named as the client's author wrote it (`oAuth.callbackUrls[2]` for
 * aws-cdk-lib's construct, `callbackUrLs[2]` for a raw L1); warnings carry the ids our construct's
 * do (`cdk-cognito-user-pool-client::<rule>`), acknowledgeable at the client, a stack or the app.
 *
 * @example
 * Aspects.of(app).add(new UserPoolClientChecks());
 */
export class UserPoolClientChecks implements IAspect {
  public visit(node: IConstruct): void {
    if (!CfnUserPoolClient.isCfnUserPoolClient(node) || CHECKED.has(node) || isRegistered(node)) {
      return;
    }
    CHECKED.add(node);
    const owner = node.node.scope;
    const madeByCdk = owner instanceof CdkUserPoolClient && owner.node.defaultChild === node;
    const origin = madeByCdk ? 'aws-cdk-lib' : 'l1';
    registerClientInApp({
      client: madeByCdk ? owner : node,
      description: new CfnDescription(node, origin),
      outside: () => NOTHING_OUTSIDE_APP,
      clientId: () => node.ref,
      propertyNames: propertyNamesOf(origin),
      ownRules: RULES_FOR_ANY_CLIENT,
    });
  }
}
