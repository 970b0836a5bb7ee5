import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_RESTARTS, RestartPolicy } from '../src/restartPolicy';

const MINUTE = 60_000;

describe('restart policy', () => {
  it('restarts a crashed server four times, and gives up at the fifth crash within three minutes', () => {
    const policy = new RestartPolicy();
    const answers = [0, 10, 20, 30, 40].map((second) => policy.shouldRestart(second * 1000));
    assert.equal(MAX_RESTARTS, 4);
    assert.deepEqual(answers, [true, true, true, true, false]);
  });

  it('keeps restarting a server that crashes now and then', () => {
    const policy = new RestartPolicy();
    const answers = [0, 1, 2, 3, 4, 5, 6, 7].map((minute) => policy.shouldRestart(minute * MINUTE));
    assert.deepEqual(answers, [true, true, true, true, true, true, true, true]);
  });

  it('counts only the crashes of the last window', () => {
    const policy = new RestartPolicy(2, 3 * MINUTE);
    assert.deepEqual(
      [0, 1, 4, 4.5, 5].map((minute) => policy.shouldRestart(minute * MINUTE)),
      [true, true, true, true, false],
    );
  });
});
