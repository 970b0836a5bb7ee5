import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleInfo } from '../src/protocol';
import { normalizeRuleQuery, rulePickItem, summarizeCheck } from '../src/ruleItems';

function rule(overrides: Partial<RuleInfo>): RuleInfo {
  return {
    id: 'CL1003',
    name: 'hidden-after-fold',
    title: 'The first link must come before the "see more" fold.',
    category: 'channels',
    categoryTitle: 'Channels',
    defaultSeverity: 'warning',
    severity: 'warning',
    configurable: true,
    source: 'built-in',
    helpUri: 'https://contentlint.dev/rules/CL1003',
    overridden: false,
    ...overrides,
  };
}

describe('rule picker', () => {
  it('shows the ID, the name and the severity in force, and the title', () => {
    assert.deepEqual(rulePickItem(rule({})), { label: 'CL1003', description: 'hidden-after-fold · warning', detail: 'The first link must come before the "see more" fold.' });
    assert.equal(rulePickItem(rule({ severity: 'off' })).description, 'hidden-after-fold · off (default warning)');
  });

  it("names a user rule's file, and says when it replaces a shipped rule", () => {
    assert.equal(rulePickItem(rule({ id: 'ACME001', name: 'house-style', source: 'user', file: '/ws/rules/ACME001.house-style.yaml' })).description, 'house-style · warning · /ws/rules/ACME001.house-style.yaml');
    assert.equal(rulePickItem(rule({ source: 'user', overridden: true, file: '/ws/rules/CL1003.yaml' })).description, 'hidden-after-fold · warning · replaces the shipped rule, /ws/rules/CL1003.yaml');
  });

  it('upper-cases typed IDs and keeps names', () => {
    assert.equal(normalizeRuleQuery(' cl1001 '), 'CL1001');
    assert.equal(normalizeRuleQuery('unknown-channel'), 'unknown-channel');
    assert.equal(normalizeRuleQuery('  '), undefined);
  });
});

describe('check workspace summary', () => {
  it('counts what was found, in how many files', () => {
    assert.equal(summarizeCheck({ files: 6, posts: 9, filesWithFindings: 2, errors: 2, warnings: 1, infos: 0, hints: 0 }), '2 errors, 1 warning in 2 files (9 posts checked).');
    assert.equal(summarizeCheck({ files: 1, posts: 1, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0, hints: 0 }), 'No findings (1 post checked).');
  });
});
