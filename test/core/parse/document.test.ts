import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { baseFeed, describeProblems, parse, problemsAt, withOpportunity } from './helpers.js';

describe('parseFeed: feed metadata', () => {
  it('reads a clean feed with no problems', () => {
    const parsed = parse(withOpportunity({}), { source: 'https://test.example/feed.json' });
    assert.equal(parsed.problems.length, 0, describeProblems(parsed));
    assert.equal(parsed.info.key, 'https://test.example/feed.json');
    assert.equal(parsed.info.timeZone, 'Europe/London');
    assert.equal(parsed.info.source, 'https://test.example/feed.json');
    assert.equal(parsed.opportunities[0]!.key, 'https://test.example/feed.json#talk');
  });

  it('keys items by options.feedKey, else the feed id, else the source, else "feed"', () => {
    const withoutId = { ...withOpportunity({}), id: undefined };
    assert.equal(parse(withOpportunity({}), { feedKey: 'trafford' }).opportunities[0]!.key, 'trafford#talk');
    assert.equal(parse(withoutId, { source: 'feeds/a.json' }).opportunities[0]!.key, 'feeds/a.json#talk');
    assert.equal(parse(withoutId).opportunities[0]!.key, 'feed#talk');
  });

  it('stores plain strings under the feed language', () => {
    const parsed = parse(withOpportunity({ name: 'برمجة' }, { language: 'ar' }));
    assert.deepEqual(parsed.opportunities[0]!.name, { ar: 'برمجة' });
    assert.equal(parsed.info.language, 'ar');
  });

  it('reads language maps, canonicalising the case of tags', () => {
    const parsed = parse(withOpportunity({ name: { EN: 'Code club', 'ko-kr': '코딩 클럽' } }));
    assert.deepEqual(parsed.opportunities[0]!.name, { en: 'Code club', 'ko-KR': '코딩 클럽' });
  });

  it('requires a version, and reads a missing one as 1.0 with an error', () => {
    const parsed = parse({ ...withOpportunity({}), version: undefined });
    assert.equal(parsed.info.version, '1.0');
    assert.equal(problemsAt(parsed, '/version')[0]?.severity, 'error');
    assert.equal(parsed.opportunities.length, 1);
  });

  it('reads any 1.x silently and warns about 2.x, reading it as far as it can', () => {
    assert.equal(parse(withOpportunity({}, { version: '1.3' })).problems.length, 0);
    const future = parse(withOpportunity({}, { version: '2.0', somethingNew: { deep: true } }));
    assert.deepEqual(future.problems.map((problem) => [problem.severity, problem.pointer]), [['warning', '/version']]);
    assert.equal(future.opportunities.length, 1);
  });

  it('ignores unknown fields everywhere', () => {
    const parsed = parse(withOpportunity({ 'x-internal-code': 42, beta: { a: [1] } }, { '@context': 'https://schema.org', extra: true }));
    assert.equal(parsed.problems.length, 0, describeProblems(parsed));
  });

  it('defaults the zone to UTC with a warning, and refuses unknown zones', () => {
    const missing = parse({ ...withOpportunity({}), timeZone: undefined });
    assert.equal(missing.info.timeZone, 'UTC');
    assert.equal(problemsAt(missing, '/timeZone')[0]?.severity, 'warning');
    const unknown = parse(withOpportunity({}, { timeZone: 'Mars/Olympus_Mons' }));
    assert.equal(unknown.info.timeZone, 'UTC');
    assert.equal(problemsAt(unknown, '/timeZone')[0]?.severity, 'error');
  });

  it('reads publisher, license, sources, modified, next and deleted', () => {
    const parsed = parse(baseFeed({
      publisher: { name: 'Council', url: 'https://council.example', email: 'hello@council.example' },
      license: 'CC-BY-4.0',
      sources: [{ name: 'Library system', url: 'https://lib.example', license: 'https://license.example/ogl' }],
      modified: '2026-11-01T10:00:00Z',
      next: 'https://test.example/feed.json?page=2',
      deleted: ['old-1', 'old-2'],
    }));
    assert.equal(parsed.problems.length, 0, describeProblems(parsed));
    assert.deepEqual(parsed.info.publisher, { name: { en: 'Council' }, url: 'https://council.example', email: 'hello@council.example' });
    assert.equal(parsed.info.license, 'CC-BY-4.0');
    assert.equal(parsed.info.sources.length, 1);
    assert.equal(parsed.info.next, 'https://test.example/feed.json?page=2');
    assert.deepEqual(parsed.info.deleted, ['old-1', 'old-2']);
  });

  it('resolves a relative next against the page URL, with a warning', () => {
    const parsed = parse(baseFeed({ next: '?page=2' }), { source: 'https://test.example/feed.json' });
    assert.equal(parsed.info.next, 'https://test.example/feed.json?page=2');
    assert.equal(problemsAt(parsed, '/next')[0]?.severity, 'warning');
  });

  it('warns when an id is both published and deleted, and keeps the item', () => {
    const parsed = parse(withOpportunity({}, { deleted: ['talk'] }));
    assert.equal(parsed.opportunities.length, 1);
    assert.equal(problemsAt(parsed, '/opportunities/0')[0]?.severity, 'warning');
  });

  it('copies the source into every problem', () => {
    const parsed = parse(withOpportunity({ startDate: 'soon' }), { source: 'partner.json' });
    assert.ok(parsed.problems.length > 0);
    assert.ok(parsed.problems.every((problem) => problem.source === 'partner.json'));
  });
});
