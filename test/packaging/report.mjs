// A minimal check collector for the packaging test: each check prints one line, failures keep their
// reason, and `summary()` gives the closing "pack: N passed, M failed" line.

export function createReport() {
  const results = [];

  /** Runs `body` (sync or async); a thrown error or a returned string (the reason) fails the check. */
  async function check(name, body) {
    let reason;
    try {
      const outcome = await body();
      if (typeof outcome === 'string' && outcome !== '') reason = outcome;
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    results.push({ name, reason });
    console.log(reason === undefined ? `  ok    ${name}` : `  FAIL  ${name}\n        ${reason.replace(/\n/g, '\n        ')}`);
    return reason === undefined;
  }

  function section(title) {
    console.log(`\n${title}`);
  }

  function summary() {
    const failed = results.filter((result) => result.reason !== undefined).length;
    return { passed: results.length - failed, failed, line: `pack: ${results.length - failed} passed, ${failed} failed` };
  }

  return { check, section, summary };
}

/** Lists at most `limit` items, saying how many more there were. */
export function listSome(items, limit = 5) {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} … and ${items.length - limit} more` : shown;
}
