// A feed for the cross-origin test (test/hardening/network-cors.test.ts), served by the test server
// itself. The test page lives on one origin (http://localhost:<port>) and asks for this route through
// another (http://127.0.0.1:<port>), so the browser applies CORS to a server that really answers:
//   /__cors/feed.json          a valid feed, without Access-Control-Allow-Origin (the browser must refuse it)
//   /__cors/feed.json?allow=1  the same feed with "Access-Control-Allow-Origin: *" (the control case)
const FEED = JSON.stringify({
  version: '1.0',
  id: 'https://example.org/cors.json',
  timeZone: 'Europe/London',
  opportunities: [{ id: 'chess', name: 'Chess club', startDate: '2026-12-01T18:00', eventAttendanceMode: 'online' }],
});

export async function networkCorsMiddleware(ctx, next) {
  if (ctx.path !== '/__cors/feed.json') return next();
  ctx.set('Cache-Control', 'no-store');
  if (ctx.query.allow === '1') ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = 'application/json';
  ctx.body = FEED;
}
