/**
 * Side-by-side placement of overlapping events in one day of the week time grid: the classic interval
 * graph packing. Events that overlap, directly or through a chain, form a cluster; each event takes the
 * leftmost column free at its start; every event in a cluster is 1/columns wide, so the cluster lines up.
 */

export interface TimedItem {
  startMinutes: number;
  endMinutes: number;
}

export interface PlacedItem<T extends TimedItem> {
  item: T;
  /** 0-based column inside its cluster. */
  column: number;
  /** Columns in its cluster; the item's width is 1 / columns of the day. */
  columns: number;
  /** Top and bottom as drawn (an event shorter than the minimum is drawn, and packed, at the minimum). */
  top: number;
  bottom: number;
}

export interface TimeGridLayoutOptions {
  /** Shortest height an event is drawn with, in minutes, so a 0-minute event is still a target. Default 20. */
  minimumMinutes?: number;
  /** Minutes in the day (bottom edge); default 1440. */
  dayMinutes?: number;
}

export function layoutTimeGrid<T extends TimedItem>(items: readonly T[], options: TimeGridLayoutOptions = {}): PlacedItem<T>[] {
  const minimum = options.minimumMinutes ?? 20;
  const dayEnd = options.dayMinutes ?? 1440;
  const placed: PlacedItem<T>[] = items.map((item) => {
    const top = Math.max(0, Math.min(item.startMinutes, dayEnd - minimum));
    return { item, column: 0, columns: 1, top, bottom: Math.min(dayEnd, Math.max(item.endMinutes, top + minimum)) };
  });
  const sorted = [...placed].sort((a, b) => a.top - b.top || b.bottom - a.bottom);

  let cluster: PlacedItem<T>[] = [];
  let columnEnds: number[] = [];
  let clusterEnd = -Infinity;
  const closeCluster = (): void => {
    for (const member of cluster) member.columns = columnEnds.length;
    cluster = [];
    columnEnds = [];
  };
  for (const entry of sorted) {
    if (entry.top >= clusterEnd) closeCluster();
    let column = columnEnds.findIndex((end) => end <= entry.top);
    if (column === -1) column = columnEnds.push(entry.bottom) - 1;
    else columnEnds[column] = entry.bottom;
    entry.column = column;
    cluster.push(entry);
    clusterEnd = cluster.length === 1 ? entry.bottom : Math.max(clusterEnd, entry.bottom);
  }
  closeCluster();
  return placed;
}
