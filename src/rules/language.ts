/**
 * The language whose program calls the library, and how it spells property names.
 *
 * jsii's runtimes start the JavaScript side with `JSII_AGENT` set: `Python/3.11.7`, `Java/21.0.2`,
 * `DotNet/8.0.1/...` and, from Go, the Go version (`go1.25.0/linux/amd64`). Without it the caller
 * is JavaScript or TypeScript.
 */
export type CallerLanguage = 'typescript' | 'python' | 'java' | 'dotnet' | 'go';

/** The environment of the Node.js process (the library is compiled without Node.js's types). */
function environment(): Record<string, string | undefined> {
  return (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
}

/** The caller's language, from a `JSII_AGENT` value (the process's own by default). */
export function callerLanguage(agent: string | undefined = environment().JSII_AGENT): CallerLanguage {
  if (agent === undefined) {
    return 'typescript';
  }
  if (agent.startsWith('Python/')) {
    return 'python';
  }
  if (agent.startsWith('Java/')) {
    return 'java';
  }
  if (agent.startsWith('DotNet/')) {
    return 'dotnet';
  }
  return /^go\d/.test(agent) ? 'go' : 'typescript';
}

/** A TypeScript property name as the language spells it: `oAuth` is `o_auth` in Python, `OAuth` in Go and C#. */
export function propertyName(name: string, language: CallerLanguage): string {
  switch (language) {
    case 'python':
      // jsii's snake case: an underscore before every capital (`disableOAuth` is `disable_o_auth`,
      // the L1's `callbackUrLs` is `callback_ur_ls`)
      return name.replace(/(?!^)[A-Z]/g, (capital) => `_${capital}`).toLowerCase();
    case 'go':
    case 'dotnet':
      return name.charAt(0).toUpperCase() + name.slice(1);
    default: // Java's builders and getters keep the TypeScript names
      return name;
  }
}

/** A property path (`oAuth.callbackUrls[2]`) as the language spells it (`o_auth.callback_urls[2]` in Python). */
export function propertyPath(path: string, language: CallerLanguage): string {
  return path.replace(/[A-Za-z][A-Za-z0-9]*/g, (name) => propertyName(name, language));
}

/**
 * A message with every property name in `names` that the language spells differently replaced:
 * `needs generateSecret turned on` is `needs generate_secret: true` in Python. Names of one lower-case
 * word (`role`, `scopes`) stay as they are: they read as English words too.
 */
export function withPropertyNames(text: string, names: readonly string[], language: CallerLanguage): string {
  const camel = names.filter((name) => /[A-Z]/.test(name));
  const pattern = new RegExp(`\\b(${camel.join('|')})\\b`, 'g');
  return withMethodNames(text.replace(pattern, (name) => propertyName(name, language)), language);
}

/**
 * The methods messages name, each as `name(`: `declareResourcesOutsideApp()` is
 * `declare_resources_outside_app()` in Python and `DeclareResourcesOutsideApp()` in Go and C#; a
 * static one, `Type.name(`, is `Type_Name(` in Go.
 */
const METHODS = /\b(?:([A-Z][A-Za-z0-9]*)\.)?(declareResourcesOutsideApp|addManagedLoginBranding|addDomain|fromFile)\(/g;

/** A message with the methods it names (`declareResourcesOutsideApp()`) as the language spells them. */
export function withMethodNames(text: string, language: CallerLanguage): string {
  return text.replace(METHODS, (_call, type: string | undefined, method: string) => {
    const name = propertyName(method, language);
    return type === undefined ? `${name}(` : `${type}${language === 'go' ? '_' : '.'}${name}(`;
  });
}

/**
 * A getter as the language calls it: `userPoolClientSecret` is `user_pool_client_secret` in Python,
 * `getUserPoolClientSecret()` in Java, `UserPoolClientSecret()` in Go and the property
 * `UserPoolClientSecret` in C#.
 */
export function getterName(name: string, language: CallerLanguage): string {
  switch (language) {
    case 'java':
      return `get${name.charAt(0).toUpperCase()}${name.slice(1)}()`;
    case 'go':
      return `${propertyName(name, language)}()`;
    default:
      return propertyName(name, language);
  }
}
