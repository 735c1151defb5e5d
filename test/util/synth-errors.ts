import type { App } from 'aws-cdk-lib';

/** The first line of the error aws-cdk-lib throws when validations fail. */
const VALIDATION_FAILED = 'Validation failed with the following errors:';

/**
 * The lines of the validation error the app's synthesis throws (`[construct path] message [rule]`),
 * or [] when it synthesizes; only those of `rule` when one is given. Any other error is thrown on:
 * a crash is never read as "no finding".
 */
export function synthErrors(app: App, rule?: string): string[] {
  try {
    app.synth();
    return [];
  } catch (error) {
    const [head, ...rest] = (error as Error).message.split('\n');
    if (head !== VALIDATION_FAILED) {
      throw error;
    }
    const lines = rest.map((line) => line.trim()).filter((line) => line.startsWith('['));
    return rule === undefined ? lines : lines.filter((line) => line.endsWith(`[${rule}]`));
  }
}
