// The terms documents of a client: one template test per option and default, one boundary test
// per documented limit, every violation at once, the warning when one document is missing.
import { Annotations as CoreAnnotations, CfnParameter, Errors } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { linesOf, stackWithClient, templateOf, terms } from './companion-support';
import { ManagedLoginLanguage, TermsDocuments, TermsEnforcement } from '../src';
import { TERMS_RULES, TERMS_SCHEMA_RULE } from '../src/terms/rules';

const TERMS = 'AWS::Cognito::Terms';
const LANGUAGES = Object.values(ManagedLoginLanguage).filter((v) => v instanceof ManagedLoginLanguage) as ManagedLoginLanguage[];

function requirementOf(id: string): string {
  const rule = [TERMS_SCHEMA_RULE, ...TERMS_RULES].find((r) => r.id === id);
  if (!rule) {
    throw new Error(`no rule ${id}`);
  }
  return rule.requirement;
}

function line(id: string, pathAndValue: string, requirement = requirementOf(id)): string {
  return `${pathAndValue} ${requirement} [${id}]`;
}

/** An https URL of exactly `length` characters. */
function urlOfLength(length: number): string {
  const base = 'https://shop.example.com/';
  return base + 'a'.repeat(length - base.length);
}

const BOTH = { termsOfUse: { defaultUrl: 'https://shop.example.com/terms' }, privacyPolicy: { defaultUrl: 'https://shop.example.com/privacy' } };

describe('template', () => {
  test('addTerms makes one AWS::Cognito::Terms per document, with its default link, LINK and NONE', () => {
    const { stack, client } = stackWithClient();
    const documents = client.addTerms('Terms', BOTH);
    const template = Template.fromStack(stack);
    template.resourceCountIs(TERMS, 2);
    for (const [termsName, url] of [['terms-of-use', 'https://shop.example.com/terms'], ['privacy-policy', 'https://shop.example.com/privacy']]) {
      template.hasResourceProperties(TERMS, {
        UserPoolId: { Ref: Match.stringLikeRegexp('^Pool') },
        ClientId: { Ref: Match.stringLikeRegexp('^Client') },
        TermsName: termsName,
        TermsSource: 'LINK',
        Enforcement: 'NONE',
        Links: { 'cognito:default': url },
      });
    }
    expect(documents.node.path).toBe('Stack/Client/Terms');
    expect(documents.node.children.map((c) => c.node.id)).toEqual(['TermsOfUse', 'PrivacyPolicy']);
    expect(stack.resolve(documents.termsOfUseId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ClientTermsTermsOfUse/), 'TermsId'] });
    expect(stack.resolve(documents.privacyPolicyId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ClientTermsPrivacyPolicy/), 'TermsId'] });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('terms-both-documents'));
  });

  test('a link per language, keyed by the language, next to the default link', () => {
    const template = templateOf(terms({
      ...BOTH,
      termsOfUse: {
        defaultUrl: 'https://shop.example.com/terms',
        localizedUrls: LANGUAGES.map((language) => ({ language, url: `https://shop.example.com/${language.key.slice(8)}/terms` })),
      },
    }));
    const links = Object.fromEntries(LANGUAGES.map((l) => [l.key, `https://shop.example.com/${l.key.slice(8)}/terms`]));
    template.hasResourceProperties(TERMS, { TermsName: 'terms-of-use', Links: { 'cognito:default': 'https://shop.example.com/terms', ...links } });
    expect(Object.keys(links)).toEqual([
      'cognito:english', 'cognito:french', 'cognito:spanish', 'cognito:german', 'cognito:bahasa-indonesia', 'cognito:italian',
      'cognito:japanese', 'cognito:korean', 'cognito:portuguese-brazil', 'cognito:chinese-simplified', 'cognito:chinese-traditional',
    ]);
  });

  test('links for languages only, without a default link', () => {
    templateOf(terms({ ...BOTH, privacyPolicy: { localizedUrls: [{ language: ManagedLoginLanguage.JAPANESE, url: 'https://shop.example.com/ja/privacy' }] } }))
      .hasResourceProperties(TERMS, { TermsName: 'privacy-policy', Links: { 'cognito:japanese': 'https://shop.example.com/ja/privacy' } });
  });

  test('enforcement is rendered as given', () => {
    templateOf(terms({ ...BOTH, enforcement: TermsEnforcement.NONE })).hasResourceProperties(TERMS, { Enforcement: 'NONE' });
    expect(String(TermsEnforcement.NONE)).toBe('NONE');
    expect(String(ManagedLoginLanguage.KOREAN)).toBe('cognito:korean');
  });

  test('a URL with a token in it is kept as given', () => {
    const { stack, client } = stackWithClient();
    const host = new CfnParameter(stack, 'Host').valueAsString;
    client.addTerms('Terms', { ...BOTH, termsOfUse: { defaultUrl: `https://${host}/terms` } });
    Template.fromStack(stack).hasResourceProperties(TERMS, { TermsName: 'terms-of-use', Links: { 'cognito:default': { 'Fn::Join': ['', ['https://', { Ref: 'Host' }, '/terms']] } } });
  });
});

describe('warning', () => {
  test.each([
    ['termsOfUse', { privacyPolicy: BOTH.privacyPolicy }, 1],
    ['privacyPolicy', { termsOfUse: BOTH.termsOfUse }, 1],
  ] as const)('terms-both-documents: %s not given', (missing, options, count) => {
    const { stack, client } = stackWithClient();
    client.addTerms('Terms', options);
    Template.fromStack(stack).resourceCountIs(TERMS, count);
    Annotations.fromStack(stack).hasWarning('/Stack/Client/Terms', `${missing}: not set ${requirementOf('terms-both-documents')} [ack: cdk-cognito-user-pool-client::terms-both-documents]`);
  });

  test('terms-both-documents can be acknowledged at the stack', () => {
    const { stack, client } = stackWithClient();
    CoreAnnotations.of(stack).acknowledgeWarning('cdk-cognito-user-pool-client::terms-both-documents', 'the privacy policy comes with the next release');
    client.addTerms('Terms', { termsOfUse: BOTH.termsOfUse });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('terms-both-documents'));
  });
});

describe('boundaries', () => {
  test('terms-url: 1 to 1024 characters pass; 1025, empty, a space or a control character fail', () => {
    templateOf(terms({ ...BOTH, termsOfUse: { defaultUrl: urlOfLength(1024), localizedUrls: [{ language: ManagedLoginLanguage.ENGLISH, url: 'x' }] } }));
    expect(linesOf(terms({
      termsOfUse: { defaultUrl: urlOfLength(1025), localizedUrls: [{ language: ManagedLoginLanguage.ENGLISH, url: '' }] },
      privacyPolicy: { defaultUrl: 'https://shop.example.com/privacy policy', localizedUrls: [{ language: ManagedLoginLanguage.FRENCH, url: 'https://shop.example.com/\u0007' }] },
    }))).toEqual([
      line('terms-url', `termsOfUse.defaultUrl: "${urlOfLength(1025)}"`),
      line('terms-url', 'privacyPolicy.defaultUrl: "https://shop.example.com/privacy policy"'),
      line('terms-url', 'termsOfUse.localizedUrls[0].url: ""'),
      line('terms-url', 'privacyPolicy.localizedUrls[0].url: "https://shop.example.com/\\u0007"'),
    ]);
  });

  test('terms-link-required: a document needs at least one link', () => {
    expect(linesOf(terms({ termsOfUse: {}, privacyPolicy: { localizedUrls: [] } }))).toEqual([
      line('terms-link-required', 'termsOfUse: {}'),
      line('terms-link-required', 'privacyPolicy: {"localizedUrls":[]}'),
    ]);
  });

  test('terms-language: each language once per document; the same language in both documents passes', () => {
    const en = (url: string) => ({ language: ManagedLoginLanguage.ENGLISH, url });
    templateOf(terms({ termsOfUse: { localizedUrls: [en('https://a.example.com')] }, privacyPolicy: { localizedUrls: [en('https://b.example.com')] } }));
    expect(linesOf(terms({ ...BOTH, termsOfUse: { localizedUrls: [en('https://a.example.com'), en('https://b.example.com')] } })))
      .toEqual([line('terms-language', 'termsOfUse.localizedUrls[1].language: "ManagedLoginLanguage.ENGLISH"', 'is given twice: each language has one link per document')]);
  });
});

describe('errors', () => {
  test('terms-language: a language that is not a ManagedLoginLanguage, from JavaScript', () => {
    const lines = linesOf(terms({ ...BOTH, privacyPolicy: { localizedUrls: [{ language: 'cognito:dutch', url: 'https://shop.example.com/nl/privacy' }] } }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^privacyPolicy\.localizedUrls\[0\]\.language: "cognito:dutch" must be one of ManagedLoginLanguage\.ENGLISH, .*ManagedLoginLanguage\.CHINESE_TRADITIONAL \[terms-language\]$/);
  });

  test('a link that is not an object, from JavaScript: an error, never a crash', () => {
    expect(linesOf(terms({ ...BOTH, termsOfUse: { localizedUrls: ['https://shop.example.com/terms', null] } }))).toEqual([
      'termsOfUse.localizedUrls[0]: "https://shop.example.com/terms" must be an object [terms-known-properties]',
      'termsOfUse.localizedUrls[1]: null must be an object [terms-known-properties]',
    ]);
    expect(linesOf(terms({ ...BOTH, termsOfUse: { localizedUrls: 'https://shop.example.com/terms' } })))
      .toEqual(['termsOfUse.localizedUrls: "https://shop.example.com/terms" must be a list of objects [terms-known-properties]']);
    expect(linesOf(terms({ ...BOTH, termsOfUse: null, privacyPolicy: 'https://shop.example.com/privacy' }))).toEqual([
      'termsOfUse: null must be an object (a struct) [terms-known-properties]',
      'privacyPolicy: "https://shop.example.com/privacy" must be an object (a struct) [terms-known-properties]',
    ]);
  });

  test('a language or an enforcement of null, from JavaScript, is named as null', () => {
    expect(linesOf(terms({ ...BOTH, enforcement: null, termsOfUse: { localizedUrls: [{ language: null, url: 'https://shop.example.com/terms' }] } }))).toEqual([
      expect.stringMatching(/^termsOfUse\.localizedUrls\[0\]\.language: null must be one of ManagedLoginLanguage\.ENGLISH, /),
      line('terms-enforcement', 'enforcement: null'),
    ]);
  });

  test('is a ValidationError of aws-cdk-lib, named after the construct and attached to it', () => {
    const { client } = stackWithClient();
    let caught: unknown;
    try {
      client.addTerms('Terms', { termsOfUse: {} });
    } catch (e) {
      caught = e;
    }
    expect(Errors.isValidationError(caught) && [caught.name, caught.constructPath]).toEqual(['TermsDocumentsInvalidProps', 'Stack/Client/Terms']);
  });

  test('terms-enforcement: a value that is not a TermsEnforcement, from JavaScript', () => {
    expect(linesOf(terms({ ...BOTH, enforcement: 'NONE' }))).toEqual([line('terms-enforcement', 'enforcement: "NONE"')]);
  });

  test('terms-known-properties: unknown properties, wrong kinds, a link without its URL and a missing client', () => {
    expect(linesOf(terms({ termsOfService: {}, termsOfUse: { defaultUrl: 42, localizedUrls: [{ language: ManagedLoginLanguage.GERMAN, link: 'x' }], url: 'x' } }))).toEqual([
      'termsOfService: {} is not a property this library knows (known here: client, termsOfUse, privacyPolicy, enforcement) [terms-known-properties]',
      'termsOfUse.defaultUrl: 42 must be a string [terms-known-properties]',
      'termsOfUse.url: "x" is not a property this library knows (known here: defaultUrl, localizedUrls) [terms-known-properties]',
      'termsOfUse.localizedUrls[0].url: not set is required: the URL of the document in that language [terms-known-properties]',
      'termsOfUse.localizedUrls[0].link: "x" is not a property this library knows (known here: language, url) [terms-known-properties]',
    ]);
    expect(linesOf(terms({ client: 'my-client', termsOfUse: { localizedUrls: [{ language: ManagedLoginLanguage.GERMAN, url: 42 }] } }))).toEqual([
      'client: "my-client" must be an object [terms-known-properties]',
      'termsOfUse.localizedUrls[0].url: 42 must be a string [terms-known-properties]',
    ]);
    const { stack, pool } = stackWithClient();
    expect(linesOf(terms({ ...BOTH, client: pool })))
      .toEqual(['client: Stack/Pool must be an IUserPoolClientRef, such as a UserPoolClient or CfnUserPoolClient (it has no userPoolClientRef.userPoolId and clientId strings) [terms-known-properties]']);
    expect(() => new TermsDocuments(stack, 'NoClient', undefined as never))
      .toThrow('TermsDocuments has 1 invalid setting:\n  client: not set is required: the app client (an IUserPoolClientRef) the documents are for [terms-known-properties]');
  });
});
