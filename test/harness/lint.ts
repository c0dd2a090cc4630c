// The engine takes its rules from the face that calls it (server/engine/lint.ts never imports the
// catalogue). Tests are such a caller: this is `lintText` with the built-in catalogue unless a test
// passes rules of its own.
import { lintText as engineLintText, type LintOptions, type LintResult } from '../../server/engine/lint';
import { allRules } from '../../rules/index';

export type CatalogueLintOptions = Omit<LintOptions, 'rules'> & { rules?: LintOptions['rules'] };

export function lintText(text: string, options: CatalogueLintOptions = {}): LintResult {
  return engineLintText(text, { ...options, rules: options.rules ?? allRules });
}
