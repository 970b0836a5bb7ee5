import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeRuleQuery, parseRuleList } from '../src/ruleList';

describe('rules list', () => {
  it('reads IDs, names, severities, titles and categories', () => {
    const output = [
      'Engine (engine)',
      '  CL0001  invalid-yaml            error    The YAML of a calendar or front matter must parse.',
      '',
      'Channels (channels)',
      '  CL1003  hidden-after-fold       warning  The first link must come before the "see more" fold.',
      '  ACME001 house-style             info     Our own rule.',
    ].join('\n');
    assert.deepEqual(parseRuleList(output), [
      { id: 'CL0001', name: 'invalid-yaml', severity: 'error', title: 'The YAML of a calendar or front matter must parse.', category: 'Engine (engine)' },
      { id: 'CL1003', name: 'hidden-after-fold', severity: 'warning', title: 'The first link must come before the "see more" fold.', category: 'Channels (channels)' },
      { id: 'ACME001', name: 'house-style', severity: 'info', title: 'Our own rule.', category: 'Channels (channels)' },
    ]);
  });

  it('upper-cases typed IDs and keeps names', () => {
    assert.equal(normalizeRuleQuery(' cl1001 '), 'CL1001');
    assert.equal(normalizeRuleQuery('unknown-channel'), 'unknown-channel');
    assert.equal(normalizeRuleQuery('  '), undefined);
  });
});
