// <learning-map> against Leaflet + Leaflet.markercluster with the same 10k points: first paint (from the
// feed's bytes, and from data already in memory) and the frame times of animated pans and zooms.
import { call, goal, percentile, repeat, round, summary, table } from './driver.mjs';

/** A frame over this long is a dropped frame at 60 Hz (16.7 ms plus a little timer jitter). */
const LONG_FRAME_MS = 20;

async function firstPaint(browser, baseUrl, feed, mode, fromData) {
  const page = await browser.open(baseUrl, `map.html?mode=${mode}`);
  const result = await call(page, fromData ? 'firstPaintFromData' : 'firstPaint', feed.name);
  return { page, result };
}

function frameStats(frames) {
  return {
    frames: frames.length,
    median: round(percentile(frames, 0.5)),
    p95: round(percentile(frames, 0.95)),
    max: round(Math.max(...frames)),
    [`> ${LONG_FRAME_MS} ms`]: frames.filter((frame) => frame > LONG_FRAME_MS).length,
  };
}

export async function mapBench({ browser, baseUrl, feeds, runs }) {
  const sides = { ours: { bytes: [], data: [], pan: [], zoom: [] }, leaflet: { bytes: [], data: [], pan: [], zoom: [] } };
  const shown = {};
  await repeat(runs, async (run) => {
    for (const mode of ['ours', 'leaflet']) {
      const fromBytes = await firstPaint(browser, baseUrl, feeds.map, mode, false);
      // Pan and zoom on the tab just measured (only on the first recorded runs: they take a few seconds each).
      const frames = run >= 0 && run < 2 ? await call(fromBytes.page, 'panAndZoom') : undefined;
      await fromBytes.page.close();
      const fromData = await firstPaint(browser, baseUrl, feeds.map, mode, true);
      await fromData.page.close();
      if (run < 0) continue;
      sides[mode].bytes.push(fromBytes.result.ms);
      sides[mode].data.push(fromData.result.ms);
      shown[mode] = { markers: fromBytes.result.markers, nodes: fromBytes.result.nodes };
      if (frames) {
        sides[mode].pan.push(...frames.pan);
        sides[mode].zoom.push(...frames.zoom);
      }
    }
  });
  const summaries = Object.fromEntries(
    Object.entries(sides).map(([mode, side]) => [mode, { bytes: summary(side.bytes), data: summary(side.data), pan: frameStats(side.pan), zoom: frameStats(side.zoom) }]),
  );
  const label = { ours: '<learning-map>', leaflet: 'Leaflet + markercluster' };
  table(`Map: ${feeds.map.opportunities} points → markers painted, ms`, [
    ...['ours', 'leaflet'].map((mode) => ({ map: `${label[mode]}, from feed bytes`, ...summaries[mode].bytes, 'markers drawn': shown[mode].markers, 'DOM nodes': shown[mode].nodes })),
    ...['ours', 'leaflet'].map((mode) => ({ map: `${label[mode]}, from data in memory`, ...summaries[mode].data, 'markers drawn': '', 'DOM nodes': '' })),
  ]);
  const bytesSpeedup = round(summaries.leaflet.bytes.median / summaries.ours.bytes.median, 2);
  const dataSpeedup = round(summaries.leaflet.data.median / summaries.ours.data.median, 2);
  console.log(`  ours is ${bytesSpeedup}× faster from bytes, ${dataSpeedup}× from data in memory (medians)   ${goal(bytesSpeedup >= 3, 'goal: first paint ≥ 3× faster')}`);
  table('Map: frame durations during animated panBy ×6 and zoom ±1 ×6 (300 ms after each move included), ms', [
    ...['ours', 'leaflet'].flatMap((mode) => [
      { map: label[mode], motion: 'pan', ...summaries[mode].pan },
      { map: label[mode], motion: 'zoom', ...summaries[mode].zoom },
    ]),
  ]);
  const panP95 = summaries.ours.pan.p95;
  console.log(`  ${goal(panP95 <= 16.7, `our pan frames p95 ${panP95} ms ≤ 16 ms (one 60 Hz frame)`)}`);
  return { ...summaries, shown, bytesSpeedup, dataSpeedup, firstPaintMet: bytesSpeedup >= 3, panMet: panP95 <= 16.7 };
}
