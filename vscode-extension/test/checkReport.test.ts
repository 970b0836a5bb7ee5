import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingsByFile, parseReport, summarize, toDiagnosticSeverity } from '../src/checkReport';

const report = JSON.stringify({
  version: 1,
  tool: { name: 'contentlint', version: '0.1.0' },
  summary: { files: 6, posts: 9, errors: 2, warnings: 1, infos: 0, hints: 0, fixesApplied: 0 },
  findings: [
    { path: 'posts/2026-12-05-soldes.md', ruleId: 'CL1001', severity: 'error', message: "Unknown channel 'linkedn'", line: 2, column: 10, endLine: 2, endColumn: 17, helpUri: 'https://contentlint.dev/rules/CL1001' },
    { path: 'posts/2026-12-05-soldes.md', ruleId: 'CL0009', severity: 'error', message: "Unknown field 'typ'", line: 4, column: 1, endLine: 4, endColumn: 4 },
    { path: '/abs/calendar/december.posts.yaml', ruleId: 'CL0011', severity: 'warning', message: 'Unused suppression', line: 33, column: 35 },
  ],
});

describe('check report', () => {
  it('groups findings by absolute path, 0-based with an exclusive end', () => {
    const files = findingsByFile(parseReport(report), '/ws');
    assert.deepEqual([...files.keys()], ['/ws/posts/2026-12-05-soldes.md', '/abs/calendar/december.posts.yaml']);
    const [channel, field] = files.get('/ws/posts/2026-12-05-soldes.md')!;
    assert.deepEqual(
      { ...channel },
      { ruleId: 'CL1001', severity: 'error', message: "Unknown channel 'linkedn'", startLine: 1, startCharacter: 9, endLine: 1, endCharacter: 16, helpUri: 'https://contentlint.dev/rules/CL1001' },
    );
    assert.equal(field!.helpUri, undefined);
    const [unused] = files.get('/abs/calendar/december.posts.yaml')!;
    assert.deepEqual([unused!.startLine, unused!.startCharacter, unused!.endLine, unused!.endCharacter], [32, 34, 32, 34]);
  });

  it('rejects another format', () => {
    assert.throws(() => parseReport('{"version": 2, "findings": []}'), /version 2/);
    assert.throws(() => parseReport('not json'));
  });

  it('maps severities to VS Code', () => {
    assert.deepEqual(['error', 'warning', 'info', 'hint'].map((s) => toDiagnosticSeverity(s as 'error')), [0, 1, 2, 3]);
  });

  it('summarises', () => {
    assert.equal(summarize(parseReport(report), 2), '2 errors, 1 warning in 2 files (9 posts checked).');
    const clean = parseReport(JSON.stringify({ version: 1, summary: { files: 1, posts: 1, errors: 0, warnings: 0, infos: 0, hints: 0 }, findings: [] }));
    assert.equal(summarize(clean, 0), 'No findings (1 post checked).');
  });
});
