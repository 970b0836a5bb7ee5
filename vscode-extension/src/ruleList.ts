// Pure reading of `contentlint rules list` (a category heading, then `  ID  name  severity  title`
// lines) for the Explain Rule picker.

export interface RuleSummary {
  id: string;
  name: string;
  severity: string;
  title: string;
  category: string;
}

const RULE_LINE = /^\s+([A-Z][A-Z0-9]*\d+)\s+(\S+)\s+(error|warning|info|hint|off)\s+(.*)$/;

export function parseRuleList(output: string): RuleSummary[] {
  const rules: RuleSummary[] = [];
  let category = '';
  for (const line of output.split(/\r?\n/)) {
    const match = RULE_LINE.exec(line);
    if (match) {
      rules.push({ id: match[1]!, name: match[2]!, severity: match[3]!, title: match[4]!.trim(), category });
    } else if (line.trim() !== '' && !/^\s/.test(line)) {
      category = line.trim();
    }
  }
  return rules;
}

/** A rule ID or kebab-case name as typed: trimmed; IDs upper-cased. */
export function normalizeRuleQuery(query: string): string | undefined {
  const trimmed = query.trim();
  if (trimmed === '') {
    return undefined;
  }
  return /^[a-z]+\d+$/i.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}
