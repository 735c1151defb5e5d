import { PropertyInjectors } from 'aws-cdk-lib';
import type { Construct, IConstruct } from 'constructs';

/**
 * The props after the nearest property injector registered for one of `uniqueIds` (the first id
 * that has one wins) has changed them, as aws-cdk-lib's own constructs apply injectors.
 *
 * @see https://docs.aws.amazon.com/cdk/v2/guide/blueprints.html
 */
export function injectProps<T>(uniqueIds: readonly string[], props: T, scope: Construct, id: string): T {
  for (const uniqueId of uniqueIds) {
    for (let at: IConstruct | undefined = scope; at !== undefined; at = at.node.scope) {
      const injector = PropertyInjectors.hasPropertyInjectors(at) ? PropertyInjectors.of(at).for(uniqueId) : undefined;
      if (injector !== undefined) {
        return injector.inject(props, { scope, id });
      }
    }
  }
  return props;
}
