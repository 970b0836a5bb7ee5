import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { RuleInfo } from '../src/protocol';
import { normalizeRuleQuery, rulePickItem, summarizeCheck } from '../src/ruleItems';
import { fromBundle } from '../src/translate';

const french = fromBundle(JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>);

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

  it('describes the rule in French with the French bundle', () => {
    assert.equal(rulePickItem(rule({ severity: 'error', source: 'user', overridden: true, file: '/ws/rules/CL1003.yaml' }), french).description, 'hidden-after-fold · error (par défaut warning) · remplace la règle fournie, /ws/rules/CL1003.yaml');
    assert.equal(rulePickItem(rule({ source: 'user' }), french).description, 'hidden-after-fold · warning · règle de l’utilisateur');
  });

  it('upper-cases typed IDs and keeps names', () => {
    assert.equal(normalizeRuleQuery(' cl1001 '), 'CL1001');
    assert.equal(normalizeRuleQuery('unknown-channel'), 'unknown-channel');
    assert.equal(normalizeRuleQuery('  '), undefined);
  });
});

describe('check workspace summary', () => {
  it('counts what was found, in how many files', () => {
    assert.equal(summarizeCheck({ files: 6, posts: 9, filesWithFindings: 2, errors: 2, warnings: 1, infos: 0, hints: 0 }), 'ContentLint: 2 errors, 1 warning in 2 files (9 posts checked).');
    assert.equal(summarizeCheck({ files: 1, posts: 1, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0, hints: 0 }), 'ContentLint: no findings (1 post checked).');
  });

  it('is French with the French bundle, singular and plural', () => {
    assert.equal(
      summarizeCheck({ files: 6, posts: 9, filesWithFindings: 2, errors: 2, warnings: 1, infos: 0, hints: 3 }, french),
      'ContentLint : 2 erreurs, 1 avertissement, 3 suggestions dans 2 fichiers (9 publications vérifiées).',
    );
    assert.equal(summarizeCheck({ files: 1, posts: 1, filesWithFindings: 1, errors: 0, warnings: 0, infos: 1, hints: 0 }, french), 'ContentLint : 1 information dans 1 fichier (1 publication vérifiée).');
    assert.equal(summarizeCheck({ files: 3, posts: 4, filesWithFindings: 0, errors: 0, warnings: 0, infos: 0, hints: 0 }, french), 'ContentLint : aucun signalement (4 publications vérifiées).');
  });
});
