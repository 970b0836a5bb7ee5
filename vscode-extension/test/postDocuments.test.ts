import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPostDocument } from '../src/postDocuments';

describe('post documents', () => {
  it('takes Markdown whose front matter names a channel or channels, in any folder', () => {
    assert.ok(isPostDocument('/anywhere/a.md', 'markdown', '---\nchannel: x\n---\nHi\n'));
    assert.ok(isPostDocument('/anywhere/a.md', 'markdown', '---\r\ntitle: T\r\nchannels: [x, linkedin]\r\n---\r\nHi\r\n'));
  });

  it('leaves other Markdown alone: no front matter, or one without a channel, or channel: in the body', () => {
    assert.ok(!isPostDocument('/r/README.md', 'markdown', '# Notes\nchannel: x\n'));
    assert.ok(!isPostDocument('/r/a.md', 'markdown', '---\ntitle: T\n---\nchannel: x\n'));
  });

  it('takes calendars by name, not other YAML', () => {
    assert.ok(isPostDocument('/r/december.posts.yaml', 'yaml', 'posts: []\n'));
    assert.ok(isPostDocument('/r/december.posts.yml', 'yaml', ''));
    assert.ok(!isPostDocument('/r/docker-compose.yaml', 'yaml', 'channel: x\n'));
  });
});
