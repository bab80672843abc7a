import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture, learningFeed } from './run-cli.js';

describe('learning-feed command line', () => {
  it('lists the commands with --help and exits 0', async () => {
    const run = await learningFeed(['--help']);
    assert.equal(run.code, 0);
    for (const command of ['validate', 'merge', 'occurrences']) assert.match(run.stdout, new RegExp(`^  ${command} +\\S`, 'm'));
  });

  it('shows usage and exits 2 when called without a command', async () => {
    const run = await learningFeed([]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^Usage: learning-feed <command>/);
  });

  it('exits 2 with the command list for an unknown command', async () => {
    const run = await learningFeed(['lint', fixture('valid.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown command "lint"/);
    assert.match(run.stderr, /Commands:/);
  });

  it('exits 2 with the command\'s usage for an unknown flag', async () => {
    const run = await learningFeed(['validate', '--jsn', fixture('valid.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /learning-feed validate: unknown option --jsn/);
    assert.match(run.stderr, /Usage: learning-feed validate <file\|url>\.\.\./);
  });

  it('exits 2 when a flag needs a value and has none, or when arguments are missing', async () => {
    const noValue = await learningFeed(['merge', fixture('valid.json'), '-o']);
    assert.equal(noValue.code, 2);
    assert.match(noValue.stderr, /merge: -o\/--output needs a value/);

    const noFeed = await learningFeed(['validate']);
    assert.equal(noFeed.code, 2);
    assert.match(noFeed.stderr, /give a feed file or URL/);

    const tooMany = await learningFeed(['occurrences', 'a.json', 'b.json', '--from', '2026-01-01', '--to', '2026-01-02']);
    assert.equal(tooMany.code, 2);
    assert.match(tooMany.stderr, /unexpected argument "b\.json"/);
  });

  it('prints per-command help with every option', async () => {
    for (const args of [['validate', '--help'], ['help', 'validate']]) {
      const run = await learningFeed(args);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^Usage: learning-feed validate /);
      for (const option of ['--json', '--strict', '--timeout <seconds>', '-h, --help']) assert.ok(run.stdout.includes(option), option);
      assert.match(run.stdout, /Exit codes: 0 /);
    }
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const run = await learningFeed(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `${version}\n`);
  });
});
