// Property-based tests of a client's branding style and terms documents: random options either
// throw one ValidationError or give a template; Cognito-valid options always give one; one invalid
// change to valid options is always named. The templates join the cfn-lint corpus
// (.tmp/cfn-corpus/, or $CFN_CORPUS_DIR) as companion-*.template.json.
import * as fs from 'fs';
import * as path from 'path';
import { Errors } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { stackWithClient } from './companion-support';
import { anyCompanions, materializeCompanions, validCompanions } from './property-companions-spec';
import type { CompanionSpec } from './property-companions-spec';
import { violationLines } from './rules-support';

const SEED = Number(process.env.FC_SEED ?? 20_261_125);
const CORPUS = path.resolve(process.env.CFN_CORPUS_DIR ?? path.join(__dirname, '..', '.tmp', 'cfn-corpus'));
const CORPUS_LIMIT = Number(process.env.CFN_CORPUS_LIMIT ?? 100) / 2;
const FACTOR = Number(process.env.FC_RUNS_FACTOR ?? 1);
const RUNS = { any: 120 * FACTOR, valid: 60 * FACTOR, mutation: 60 * FACTOR };

let written = 0;

beforeAll(() => {
  fs.mkdirSync(CORPUS, { recursive: true });
  for (const file of fs.readdirSync(CORPUS).filter((f) => /^companion-\d+\.template\.json$/.test(f))) {
    fs.rmSync(path.join(CORPUS, file));
  }
});

function writeTemplate(template: unknown): void {
  if (written < CORPUS_LIMIT) {
    written += 1;
    fs.writeFileSync(path.join(CORPUS, `companion-${String(written).padStart(3, '0')}.template.json`), JSON.stringify(template, undefined, 1) + '\n');
  }
}

interface Outcome {
  readonly error?: unknown;
  readonly template?: Record<string, any>;
}

function build(spec: CompanionSpec): Outcome {
  const { stack, client } = stackWithClient();
  const options = materializeCompanions(stack, spec);
  try {
    if (options.branding) {
      client.addManagedLoginBranding('Branding', options.branding);
    }
    if (options.terms) {
      client.addTerms('Terms', options.terms);
    }
  } catch (error) {
    return { error };
  }
  return { template: Template.fromStack(stack).toJSON() };
}

/** The template holds what the options say: one style when one is given, one Terms per document. */
function expectRendered(spec: CompanionSpec, template: Record<string, any>): void {
  const resources = Object.values<any>(template.Resources);
  expect(resources.filter((r) => r.Type === 'AWS::Cognito::ManagedLoginBranding')).toHaveLength(spec.branding ? 1 : 0);
  const terms = resources.filter((r) => r.Type === 'AWS::Cognito::Terms').map((r) => r.Properties.TermsName);
  expect(terms).toEqual([...(spec.terms?.termsOfUse ? ['terms-of-use'] : []), ...(spec.terms?.privacyPolicy ? ['privacy-policy'] : [])]);
  const style = resources.find((r) => r.Type === 'AWS::Cognito::ManagedLoginBranding');
  if (style) {
    expect(style.Properties.Assets?.length).toBe(spec.branding!.assets?.length);
  }
}

test('any options: one ValidationError listing every error with its rule id, or a template', () => {
  let errors = 0;
  let templates = 0;
  fc.assert(fc.property(anyCompanions, (spec) => {
    const { error, template } = build(spec);
    if (error !== undefined) {
      errors += 1;
      expect(Errors.isValidationError(error)).toBe(true);
      const lines = violationLines(error as Error);
      expect((error as Error).message.split('\n')[0]).toMatch(new RegExp(`^(ManagedLoginBranding|TermsDocuments) has ${lines.length} invalid settings?:$`));
      for (const line of lines) {
        expect(line).toMatch(/^[A-Za-z]+(\.[A-Za-z]+|\[\d+\])*: .* \[[a-z0-9-]+\]$/);
      }
      return;
    }
    templates += 1;
    expectRendered(spec, template!);
    writeTemplate(template);
  }), { seed: SEED, numRuns: RUNS.any });
  expect(errors).toBeGreaterThan(RUNS.any / 10);
  expect(templates).toBeGreaterThan(RUNS.any / 10);
});

test('Cognito-valid options are never rejected, and are rendered', () => {
  fc.assert(fc.property(validCompanions, (spec) => {
    const { error, template } = build(spec);
    if (error !== undefined) {
      throw new Error(`rejected valid options ${JSON.stringify(spec)}: ${(error as Error).message}`);
    }
    expectRendered(spec, template!);
    writeTemplate(template);
  }), { seed: SEED, numRuns: RUNS.valid });
});

/** One invalid change to valid options, and the property path the error must name. */
interface Mutation {
  readonly name: string;
  readonly change: (spec: CompanionSpec) => CompanionSpec;
  readonly path: string;
}

const branding = (s: CompanionSpec) => (s.branding?.useCognitoProvidedValues ? {} : s.branding ?? {});
const MUTATIONS: Mutation[] = [
  { name: '41 assets', change: (s) => ({ ...s, branding: { ...branding(s), assets: Array.from({ length: 41 }, () => ({ category: 0, colorMode: 0, extension: 0 })) } }), path: 'assets' },
  { name: 'Base64 without padding', change: (s) => ({ ...s, branding: { ...branding(s), assets: [{ category: 1, colorMode: 1, extension: 1, bytes: 'QQ' }] } }), path: 'assets[0].bytes' },
  { name: 'a resource id of 41 characters', change: (s) => ({ ...s, branding: { ...branding(s), assets: [{ category: 1, colorMode: 1, extension: 1, resourceId: 'r'.repeat(41) }] } }), path: 'assets[0].resourceId' },
  { name: 'the provided style with settings', change: (s) => ({ ...s, branding: { useCognitoProvidedValues: true, settings: {} } }), path: 'useCognitoProvidedValues' },
  { name: 'a default link with a space', change: (s) => ({ ...s, terms: { ...s.terms, termsOfUse: { ...s.terms?.termsOfUse, defaultUrl: 'https://a.example.com/a b' } } }), path: 'termsOfUse.defaultUrl' },
  { name: 'a language twice', change: (s) => ({ ...s, terms: { ...s.terms, privacyPolicy: { localizedUrls: [{ language: 2, url: 'https://a.example.com' }, { language: 2, url: 'https://b.example.com' }] } } }), path: 'privacyPolicy.localizedUrls[1].language' },
  { name: 'a document without a link', change: (s) => ({ ...s, terms: { ...s.terms, termsOfUse: {} } }), path: 'termsOfUse' },
];

test('one invalid change to valid options is always caught, and named by its path', () => {
  fc.assert(fc.property(validCompanions, fc.integer({ min: 0, max: MUTATIONS.length - 1 }), (spec, m) => {
    const mutation = MUTATIONS[m];
    const { error } = build(mutation.change(spec));
    expect(Errors.isValidationError(error)).toBe(true);
    expect(violationLines(error as Error).some((line) => line.startsWith(`${mutation.path}: `))).toBe(true);
  }), { seed: SEED, numRuns: RUNS.mutation });
});
