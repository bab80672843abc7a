// Copied into the temporary project that installed the tarball and run there, so that
// `learning-city-widgets/core` resolves the way it does for a real consumer: through node_modules
// and the package's `exports`. Prints one JSON line: what the consumer would see.
const result = {};
try {
  const core = await import('learning-city-widgets/core');
  result.exportNames = Object.keys(core).sort();
  // A weekly class across the spring clock change in London: 18:00 local stays 18:00 local.
  const feed = core.parseFeed(
    JSON.stringify({
      version: '1.0',
      id: 'https://pack-test.example.org/feed.json',
      timeZone: 'Europe/London',
      opportunities: [
        {
          id: 'tuesday-pottery',
          name: 'Tuesday pottery',
          eventAttendanceMode: 'online',
          eventSchedule: { repeatFrequency: 'P1W', byDay: ['TU'], startDate: '2026-03-17', startTime: '18:00', endTime: '20:00' },
        },
      ],
    }),
    { source: 'pack-test.json' },
  );
  result.problems = feed.problems.map((problem) => `${problem.severity} ${problem.pointer}: ${problem.message}`);
  result.opportunityIds = feed.opportunities.map((opportunity) => opportunity.id);
  const from = Date.parse('2026-03-20T00:00:00Z');
  const to = Date.parse('2026-04-05T00:00:00Z');
  result.occurrences = core.occurrencesBetween(feed.opportunities, from, to).map(({ start, end, timeZone }) => ({ start, end, timeZone }));
} catch (error) {
  result.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
console.log(JSON.stringify(result));
