import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, initializationOptions, isShown, needsRestart, readSettings, type ConfigurationReader } from '../src/settings';

function reader(values: Record<string, unknown>): ConfigurationReader {
  return { get: <T>(key: string) => values[key] as T | undefined };
}

describe('settings', () => {
  it('defaults when nothing is set', () => {
    assert.deepEqual(readSettings(reader({})), DEFAULT_SETTINGS);
  });

  it('reads every setting', () => {
    assert.deepEqual(readSettings(reader({ severityThreshold: 'warning', debounceMs: 300, 'server.path': ' /opt/contentlint ', 'trace.server': 'verbose' })), {
      severityThreshold: 'warning',
      debounceMs: 300,
      serverPath: '/opt/contentlint',
      trace: 'verbose',
    });
  });

  it('falls back to defaults on wrong values rather than failing', () => {
    const settings = readSettings(reader({ severityThreshold: 'fatal', debounceMs: 'soon', 'server.path': '   ', 'trace.server': 42 }));
    assert.deepEqual(settings, DEFAULT_SETTINGS);
  });

  it('clamps the debounce to 0…5000 ms and rounds it', () => {
    assert.equal(readSettings(reader({ debounceMs: -5 })).debounceMs, 0);
    assert.equal(readSettings(reader({ debounceMs: 0 })).debounceMs, 0);
    assert.equal(readSettings(reader({ debounceMs: 99999 })).debounceMs, 5000);
    assert.equal(readSettings(reader({ debounceMs: 12.6 })).debounceMs, 13);
  });

  it('shows findings at or above the threshold (VS Code severities: 0 error … 3 hint)', () => {
    assert.equal(isShown(0, 'error'), true);
    assert.equal(isShown(1, 'error'), false);
    assert.equal(isShown(1, 'warning'), true);
    assert.equal(isShown(2, 'warning'), false);
    assert.equal(isShown(2, 'info'), true);
    assert.equal(isShown(3, 'info'), false);
    assert.equal(isShown(3, 'hint'), true);
  });

  it('starts the server with scripts only in a trusted workspace', () => {
    assert.deepEqual(initializationOptions({ ...DEFAULT_SETTINGS, debounceMs: 50 }, true), { debounceMs: 50, scripts: true });
    assert.deepEqual(initializationOptions(DEFAULT_SETTINGS, false), { debounceMs: 150, scripts: false });
  });

  it('restarts the server for a new server path or threshold, not for the debounce or the trace', () => {
    assert.equal(needsRestart(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, serverPath: '/x' }), true);
    assert.equal(needsRestart(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, severityThreshold: 'error' }), true);
    assert.equal(needsRestart(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, debounceMs: 0 }), false);
    assert.equal(needsRestart(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, trace: 'verbose' }), false);
  });
});
