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
      return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase(); // no property name holds an acronym
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
 * `needs generateSecret: true` is `needs generate_secret: true` in Python. Names of one lower-case
 * word (`role`, `scopes`) stay as they are: they read as English words too.
 */
export function withPropertyNames(text: string, names: readonly string[], language: CallerLanguage): string {
  const camel = names.filter((name) => /[A-Z]/.test(name));
  const pattern = new RegExp(`\\b(${camel.join('|')})\\b`, 'g');
  return text.replace(pattern, (name) => propertyName(name, language));
}
