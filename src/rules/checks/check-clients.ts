import { Stack } from 'aws-cdk-lib';
import { CfnUserPoolClient, UserPoolClient as CdkUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IPolicyValidationContextBeta1, PolicyValidationPluginReportBeta1, PolicyViolatingResourceBeta1, PolicyViolationBeta1 } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { clientViolations, isRegistered, registerClientInApp, synthesisRoot } from '../app/app-checks';
import type { ClientRegistration } from '../app/app-checks';
import { NOTHING_OUTSIDE_APP } from '../app/client-in-app';
import { formatViolation } from '../engine';
import { APP_RULES, RULES } from '../table';
import { CfnDescription, propertyNamesOf } from './describe-cfn';

/*
 * What `UserPoolClientChecks` does, as an aspect and as a validation plugin. Loaded when the first
 * checks are made (`checking` in user-pool-client-checks.ts), not when the library is imported: an
 * app that applies no checks never loads them, nor the rules on L1 clients.
 */

export { WARNING_ID_PREFIX } from '../engine';

/** The L1 clients the checks took on already (an app may apply them at several scopes). */
const CHECKED = new WeakSet<IConstruct>();

/** The rules on a client's own settings that read what any client expresses. */
const RULES_FOR_ANY_CLIENT = RULES.filter((rule) => rule.constructOnly === undefined);

/** A client our construct did not make, as the whole-app checks take it. */
function registrationOf(client: CfnUserPoolClient): ClientRegistration {
  const owner = client.node.scope;
  const madeByCdk = owner instanceof CdkUserPoolClient && owner.node.defaultChild === client;
  const origin = madeByCdk ? 'aws-cdk-lib' : 'l1';
  return {
    client: madeByCdk ? owner : client,
    description: new CfnDescription(client, origin),
    outside: () => NOTHING_OUTSIDE_APP,
    clientId: () => client.ref,
    propertyNames: propertyNamesOf(origin),
    ownRules: RULES_FOR_ANY_CLIENT,
  };
}

/** The stack whose template holds a resource: a nested stack's is its parent's asset. */
function templateStack(construct: IConstruct): Stack {
  let stack = Stack.of(construct);
  while (stack.nestedStackParent !== undefined) {
    stack = stack.nestedStackParent;
  }
  return stack;
}

/** The ids of the rules the checks apply. */
export const CHECKED_RULE_IDS: readonly string[] = [...RULES_FOR_ANY_CLIENT, ...APP_RULES].map((rule) => rule.id);

/** As an aspect: registers a client the construct did not make for the checks and the deploy order. */
export function checkClient(node: IConstruct): void {
  if (!CfnUserPoolClient.isCfnUserPoolClient(node) || CHECKED.has(node) || isRegistered(node)) {
    return;
  }
  CHECKED.add(node);
  registerClientInApp({ ...registrationOf(node), byAspect: true });
}

/** As a validation plugin: the findings of every client the construct did not make, and the aspect did not check. */
export function validationReport(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
  // From aws-cdk-lib 2.258.1 on, every plugin gets the app and each stack's template.
  const { appConstruct, stackTemplates } = context as IPolicyValidationContextBeta1 & {
    readonly appConstruct?: IConstruct;
    readonly stackTemplates?: ReadonlyArray<{ readonly stackConstructPath: string; readonly templatePath: string }>;
  };
  if (appConstruct === undefined || stackTemplates === undefined) {
    return {
      success: false,
      violations: [{
        ruleName: 'plugin-needs-app-construct',
        description: 'UserPoolClientChecks reads the app\'s constructs, which aws-cdk-lib gives a validation plugin from version 2.258.1 on; apply it as an aspect: Aspects.of(app).add(new UserPoolClientChecks())',
        violatingResources: [],
      }],
    };
  }
  const templates = new Map(stackTemplates.map((stack) => [stack.stackConstructPath, stack.templatePath]));
  const byRule = new Map<string, PolicyViolationBeta1 & { violatingResources: PolicyViolatingResourceBeta1[] }>();
  for (const node of appConstruct.node.findAll()) {
    if (!CfnUserPoolClient.isCfnUserPoolClient(node) || isRegistered(node)) {
      continue;
    }
    const stack = templateStack(node);
    const templatePath = templates.get(stack.node.path);
    if (templatePath === undefined) {
      continue; // a stack of another stage: that stage's plugins check it
    }
    const registration = registrationOf(node);
    for (const violation of clientViolations(registration, synthesisRoot(node))) {
      const { rule } = violation;
      let entry = byRule.get(rule.id);
      if (entry === undefined) {
        entry = { ruleName: rule.id, description: rule.requirement.replace(/^, /, ''), fix: rule.source, severity: rule.level, violatingResources: [] };
        byRule.set(rule.id, entry);
      }
      entry.violatingResources.push({
        resourceLogicalId: Stack.of(node).resolve(node.logicalId),
        templatePath,
        locations: [formatViolation(violation, registration.propertyNames)],
        constructPath: node.node.path,
      } as PolicyViolatingResourceBeta1);
    }
  }
  const violations = [...byRule.values()];
  return { success: violations.every((violation) => violation.severity !== 'error'), violations };
}
