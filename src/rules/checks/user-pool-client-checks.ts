import type { IAspect, IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1 } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type * as checks from './check-clients';

/** The module, once loaded: the aspect asks for it at every construct of the app. */
let loaded: typeof checks | undefined;

/** What the checks do, loaded when the first checks are made: importing the library loads its classes only. */
function checking(): typeof checks {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return loaded ??= require('./check-clients');
}

/**
 * Checks every app client under a scope that this library's `UserPoolClient` did not make (made by
 * aws-cdk-lib's `UserPoolClient`, `userPool.addClient`, or a raw `CfnUserPoolClient`, in nested
 * stacks and stages too) with the same rules, and orders its deploy after the identity providers
 * and resource servers of its pool that it names.
 *
 * As an aspect (every aws-cdk-lib version): each client is read as CloudFormation will receive it
 * (escape hatches and overrides applied); its properties do not change. Errors are reported when
 * the app synthesizes, every violation of every client at once, named as the client's author wrote
 * it (`oAuth.callbackUrls[2]` for aws-cdk-lib's construct, `callbackUrLs[2]` for a raw L1);
 * warnings carry the ids our construct's do (`cdk-cognito-user-pool-client::<rule>`),
 * acknowledgeable at the client, a stack or the app.
 *
 * As a validation plugin (aws-cdk-lib 2.258.1 and later, which gives plugins the app's
 * constructs): the same findings go into the validation report (`validation-report.json` in the
 * cloud assembly), where `Validations.of(scope).acknowledge` takes errors too. A plugin runs after
 * the templates are written, so it cannot order the deploy: apply the aspect for that.
 *
 * @example
 * import { App, Aspects } from 'aws-cdk-lib';
 * import { UserPoolClientChecks } from 'cdk-cognito-user-pool-client';
 *
 * const app = new App();
 * Aspects.of(app).add(new UserPoolClientChecks());
 */
export class UserPoolClientChecks implements IAspect, IPolicyValidationPluginBeta1 {
  /** The plugin's name: its rule ids in the validation report read `cdk-cognito-user-pool-client::<rule>`. */
  public readonly name: string = checking().WARNING_ID_PREFIX;

  /** The ids of the rules it applies. */
  public readonly ruleIds?: string[] = [...checking().CHECKED_RULE_IDS];

  /** As an aspect: registers each client the construct did not make for the checks and the deploy order. */
  public visit(node: IConstruct): void {
    checking().checkClient(node);
  }

  /** As a validation plugin: the findings of every client the construct did not make, and the aspect did not check. */
  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    return checking().validationReport(context);
  }
}
