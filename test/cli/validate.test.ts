import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixture, fixtureText, learningFeed, lineColumnOf } from './run-cli.js';

describe('learning-feed validate', () => {
  it('accepts a valid feed with exit 0 and says what it holds', async () => {
    const run = await learningFeed(['validate', fixture('valid.json')]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `${fixture('valid.json')}: valid (2 opportunities, 1 place, 1 organization)\n`);
  });

  it('lists each error as file:line:column pointer message and exits 1', async () => {
    const run = await learningFeed(['validate', fixture('invalid.json')]);
    assert.equal(run.code, 1);
    const text = fixtureText('invalid.json');
    const lines = run.stdout.trimEnd().split('\n');

    const badDate = lines.find((line) => line.includes('/opportunities/1/startDate'));
    assert.ok(badDate, run.stdout);
    assert.ok(
      badDate.startsWith(`${fixture('invalid.json')}:${lineColumnOf(text, '"31/12/2026"')} /opportunities/1/startDate error: `),
      badDate,
    );
    assert.match(badDate, /31\/12\/2026/);
    // The hint sits under its problem, indented, so it reads as part of it.
    const hint = lines[lines.indexOf(badDate) + 1];
    assert.match(hint ?? '', /^ {4}\S/);

    // A missing name points at the object that lacks it.
    const noName = lines.find((line) => / \/opportunities\/2(\/name)? error: /.test(line));
    assert.ok(noName, run.stdout);
    assert.ok(noName.startsWith(`${fixture('invalid.json')}:${lineColumnOf(text, '{\n      "id": "no-name"')} `), noName);

    assert.match(lines.at(-1)!, new RegExp(`^${fixture('invalid.json')}: invalid: 2 errors, 0 warnings \\(\\d+ opportunit(?:y|ies), 1 place, 1 organization\\)$`));
  });

  it('reports a JSON syntax error at its line and column', async () => {
    const run = await learningFeed(['validate', fixture('not-json.json')]);
    assert.equal(run.code, 1);
    const first = run.stdout.split('\n')[0]!;
    // The parser stops at the second object, which follows the first without a comma.
    assert.ok(first.startsWith(`${fixture('not-json.json')}:5:5 `), first);
    assert.match(first, / error: /);
  });

  it('passes a feed with only warnings, and fails it with --strict', async () => {
    const lenient = await learningFeed(['validate', fixture('warnings-only.json')]);
    assert.equal(lenient.code, 0, lenient.stdout);
    assert.match(lenient.stdout, / warning: /);
    assert.match(lenient.stdout, /: valid with 0 errors, [1-9]\d* warnings? \(1 opportunity/);

    const strict = await learningFeed(['validate', '--strict', fixture('warnings-only.json')]);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /: invalid: 0 errors, [1-9]\d* warnings? /);
  });

  it('prints a machine-readable report with --json', async () => {
    const run = await learningFeed(['validate', '--json', fixture('valid.json'), fixture('invalid.json')]);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.valid, false);
    assert.equal(report.errors, 2);
    assert.equal(report.feeds.length, 2);
    assert.deepEqual(report.feeds[0], {
      source: fixture('valid.json'),
      valid: true,
      errors: 0,
      warnings: 0,
      counts: { organizations: 1, places: 1, opportunities: 2 },
      problems: [],
    });
    const problem = report.feeds[1].problems.find((entry: { pointer: string }) => entry.pointer === '/opportunities/1/startDate');
    const [line, column] = lineColumnOf(fixtureText('invalid.json'), '"31/12/2026"').split(':').map(Number);
    assert.equal(problem.severity, 'error');
    assert.equal(problem.line, line);
    assert.equal(problem.column, column);
    assert.equal(typeof problem.message, 'string');
    assert.equal(typeof problem.hint, 'string');
  });

  it('checks several feeds and ends with a total', async () => {
    const run = await learningFeed(['validate', fixture('valid.json'), fixture('invalid.json')]);
    assert.equal(run.code, 1);
    assert.match(run.stdout.trimEnd().split('\n').at(-1)!, /^1 of 2 feeds valid; 2 errors, 0 warnings in all$/);
  });

  it('exits 2 when a file cannot be read, still checking the others', async () => {
    const run = await learningFeed(['validate', fixture('valid.json'), fixture('missing.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /missing\.json: no such file or directory/);
    assert.match(run.stdout, /valid\.json: valid/);
  });

  describe('over HTTP', () => {
    let server: Server;
    let base: string;
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/feed.json') {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(fixtureText('invalid.json'));
        } else if (request.url === '/slow.json') {
          // Never answers: the CLI's --timeout has to give up.
        } else {
          response.writeHead(404, 'Not Found');
          response.end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => {
      server.closeAllConnections();
      server.close();
    });

    it('fetches a URL and reports positions in the downloaded text', async () => {
      const run = await learningFeed(['validate', `${base}/feed.json`]);
      assert.equal(run.code, 1);
      assert.ok(
        run.stdout.includes(`${base}/feed.json:${lineColumnOf(fixtureText('invalid.json'), '"31/12/2026"')} /opportunities/1/startDate error: `),
        run.stdout,
      );
    });

    it('exits 2 on an HTTP error status', async () => {
      const run = await learningFeed(['validate', `${base}/gone.json`]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /gone\.json: the server answered HTTP 404 Not Found/);
    });

    it('gives up on a server that does not answer within --timeout', async () => {
      const run = await learningFeed(['validate', '--timeout', '0.5', `${base}/slow.json`]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /slow\.json: no response within 0\.5 s/);
    });
  });
});

describe('learning-feed validate on the demo feeds', () => {
  // The demo's embedded feeds are what a visitor of `npm start` sees: they must be clean.
  for (const name of ['multilingual.json', 'greater-manchester.json', 'mobile-libraries.json', 'barnet-events.json']) {
    it(`finds no problems in demo/feeds/${name}`, async () => {
      const run = await learningFeed(['validate', '--strict', `demo/feeds/${name}`]);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /valid \(/);
    });
  }
});
