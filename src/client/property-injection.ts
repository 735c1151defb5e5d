import { PropertyInjectors } from 'aws-cdk-lib';
import type { Construct, IConstruct } from 'constructs';

/**
 * The props after the nearest property injector registered for one of `uniqueIds` (the first id
 * that has one wins) has changed them, as aws-cdk-lib's own constructs apply injectors.
 *
 * @see https://docs.aws.amazon.com/cdk/v2/guide/blueprints.html
 */
export function injectProps<T>(uniqueIds: readonly string[], props: T, scope: Construct, id: string): T {
  // One walk up the tree finds the scopes that hold injectors; most apps have none, and then
  // nothing more is looked up.
  const holders: IConstruct[] = [];
  for (let at: IConstruct | undefined = scope; at !== undefined; at = at.node.scope) {
    if (PropertyInjectors.hasPropertyInjectors(at)) {
      holders.push(at);
    }
  }
  for (const uniqueId of uniqueIds) {
    for (const holder of holders) {
      const injector = PropertyInjectors.of(holder).for(uniqueId);
      if (injector !== undefined) {
        return injector.inject(props, { scope, id });
      }
    }
  }
  return props;
}
