// The parts of src/ a mutation run goes through, one after the other (see stryker.config.mjs).
export const PARTS = {
  // the rules on a client's own props, and the engine that runs them
  props: ['src/rules/props/*.ts', 'src/rules/*.ts', 'src/client/schema.ts', 'src/client/validate.ts'],
  // the settings in effect, their rendering, the construct itself
  client: ['src/client/settings.ts', 'src/client/render/*.ts', 'src/client/user-pool-client.ts', 'src/client/property-injection.ts'],
  // the client in its app
  app: ['src/rules/app/*.ts'],
  // branding styles and terms documents
  companions: ['src/branding/*.ts', 'src/terms/*.ts'],
  // the checks on an app's clients of any kind (UserPoolClientChecks, a CfnUserPoolClient or our props
  // described for the rules) and the tokens the rules see through
  checks: ['src/rules/checks/*.ts', 'src/client/describe.ts', 'src/rules/app/references.ts'],
  all: ['src/**/*.ts', '!src/index.ts'],
};
