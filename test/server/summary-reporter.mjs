// Ends the run with one plain line, `tests: N passed, N failed, N skipped`, counted over every
// browser, so a log reader (CI) need not parse the progress bars.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that could not load or run counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      line = `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    },
    // After the default reporter's own closing words, so this is the run's last line.
    stop() {
      if (line) console.log(`\n${line}`);
    },
  };
}
