import type { App } from 'aws-cdk-lib';

/**
 * The lines of the validation error the app's synthesis throws (`[construct path] message [rule]`),
 * or [] when it synthesizes; only those of `rule` when one is given.
 */
export function synthErrors(app: App, rule?: string): string[] {
  try {
    app.synth();
    return [];
  } catch (error) {
    const lines = (error as Error).message.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('['));
    return rule === undefined ? lines : lines.filter((line) => line.endsWith(`[${rule}]`));
  }
}
