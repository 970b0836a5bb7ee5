// Pure: what the Explain Rule picker and the Check Workspace message show of the server's answers.
import type { CheckWorkspaceResult, RuleInfo } from './protocol';

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
export function rulePickItem(rule: RuleInfo): RulePickItem {
  const severity = rule.severity === rule.defaultSeverity ? rule.severity : `${rule.severity} (default ${rule.defaultSeverity})`;
  const origin = rule.source === 'user' ? ` · ${rule.overridden ? 'replaces the shipped rule, ' : ''}${rule.file ?? 'user rule'}` : '';
  return { label: rule.id, description: `${rule.name} · ${severity}${origin}`, detail: rule.title };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "5 errors, 4 warnings in 5 files (9 posts checked)." (the counts that are not zero). */
export function summarizeCheck(result: CheckWorkspaceResult): string {
  const parts = [
    [result.errors, 'error'],
    [result.warnings, 'warning'],
    [result.infos, 'info'],
    [result.hints, 'hint'],
  ] as const;
  const found = parts.filter(([n]) => n > 0).map(([n, word]) => plural(n, word));
  const posts = `${plural(result.posts, 'post')} checked`;
  return found.length === 0 ? `No findings (${posts}).` : `${found.join(', ')} in ${plural(result.filesWithFindings, 'file')} (${posts}).`;
}

