// The parts of src/ a mutation run goes through, one after the other (see stryker.config.mjs).
export const PARTS = {
  // the checks of the client's own props
  props: [
    'src/validation/props/*.ts', 'src/validation/schema*.ts', 'src/validation/tokens.ts', 'src/validation/validate.ts',
    'src/validation/rule.ts', 'src/validation/rules.ts', 'src/validation/client-facts.ts', 'src/validation/limits.ts',
    'src/validation/sources.ts', 'src/validation/language.ts',
  ],
  // the settings in effect, their rendering, the construct itself
  client: ['src/settings.ts', 'src/render/{analytics,auth-flows,client,oauth,token-validity}.ts', 'src/user-pool-client.ts', 'src/property-injection.ts'],
  // the client in its app
  app: ['src/validation/app/*.ts'],
  // branding styles and terms documents
  companions: [
    'src/{branding,terms}-values.ts', 'src/managed-login-branding.ts', 'src/terms-documents.ts', 'src/render/{branding,terms}.ts',
    'src/validation/{branding,terms}-rules.ts', 'src/validation/companion*.ts',
  ],
  all: ['src/**/*.ts', '!src/index.ts'],
};
