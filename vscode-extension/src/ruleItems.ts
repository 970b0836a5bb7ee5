// Pure: what the Explain Rule picker and the Check Workspace message show of the server's answers.
import type { CheckWorkspaceResult, RuleInfo } from './protocol';
import { english, type Translate } from './translate';

/** A rule ID or kebab-case name as typed: trimmed; IDs upper-cased. */
export function normalizeRuleQuery(query: string): string | undefined {
  const trimmed = query.trim();
  if (trimmed === '') {
    return undefined;
  }
  return /^[a-z]+\d+$/i.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}

export interface RulePickItem {
  label: string;
  description: string;
  detail: string;
}

/** `CL1003` · `hidden-after-fold · warning` (with the default when configuration changed it, and the rule file of a user rule). */
export function rulePickItem(rule: RuleInfo, t: Translate = english): RulePickItem {
  const severity = rule.severity === rule.defaultSeverity ? rule.severity : t('{0} (default {1})', rule.severity, rule.defaultSeverity);
  const file = rule.file ?? t('user rule');
  const origin = rule.source === 'user' ? ` · ${rule.overridden ? t('replaces the shipped rule, {0}', file) : file}` : '';
  return { label: rule.id, description: `${rule.name} · ${severity}${origin}`, detail: rule.title };
}

// One literal per form, so that each has its translation (French plurals differ from English ones).
const counted = {
  error: (n: number, t: Translate) => (n === 1 ? t('{0} error', n) : t('{0} errors', n)),
  warning: (n: number, t: Translate) => (n === 1 ? t('{0} warning', n) : t('{0} warnings', n)),
  info: (n: number, t: Translate) => (n === 1 ? t('{0} info', n) : t('{0} infos', n)),
  hint: (n: number, t: Translate) => (n === 1 ? t('{0} hint', n) : t('{0} hints', n)),
  file: (n: number, t: Translate) => (n === 1 ? t('{0} file', n) : t('{0} files', n)),
} as const;

/** "ContentLint: 5 errors, 4 warnings in 5 files (9 posts checked)." (the counts that are not zero). */
export function summarizeCheck(result: CheckWorkspaceResult, t: Translate = english): string {
  const severities = [
    [result.errors, counted.error],
    [result.warnings, counted.warning],
    [result.infos, counted.info],
    [result.hints, counted.hint],
  ] as const;
  const found = severities.filter(([n]) => n > 0).map(([n, words]) => words(n, t));
  if (found.length === 0) {
    return result.posts === 1 ? t('ContentLint: no findings ({0} post checked).', 1) : t('ContentLint: no findings ({0} posts checked).', result.posts);
  }
  const files = counted.file(result.filesWithFindings, t);
  return result.posts === 1
    ? t('ContentLint: {0} in {1} ({2} post checked).', found.join(', '), files, 1)
    : t('ContentLint: {0} in {1} ({2} posts checked).', found.join(', '), files, result.posts);
}
