// Ends the run with plain lines a log reader (CI) can use without parsing the progress bars: each
// failed test with its browser, file and first line of error, then
// `tests: N passed, N failed, N skipped`, counted over every browser. CI keeps only the end of a
// long log, so what failed must be said there, not only where the default reporter said it.
// Before those, the slowest files by the time their tests took, where the suite's time goes.
function count(suite, totals, context) {
  for (const test of suite?.tests ?? []) {
    context.time.ms += test.duration ?? 0;
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      const message = String(test.error?.message ?? 'failed')
        .split('\n')[0]
        .slice(0, 300);
      totals.failures.push(`${context.browser} ${context.file}: ${[...context.path, test.name].join(' › ')}: ${message}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, { ...context, path: [...context.path, child.name] });
}

export function summaryReporter() {
  let lines = [];
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      const times = [];
      for (const session of sessions) {
        const time = { ms: 0 };
        const context = { browser: session.browser?.name ?? '?', file: session.testFile.replace(`${process.cwd()}/`, ''), path: [], time };
        count(session.testResults, totals, context);
        times.push({ label: `${context.browser} ${context.file}`, ms: time.ms });
        // A file that could not load or run counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed += 1;
          const message = String(session.errors[0]?.message ?? 'did not run')
            .split('\n')[0]
            .slice(0, 300);
          totals.failures.push(`${context.browser} ${context.file}: ${message}`);
        }
      }
      const slowest = times.sort((a, b) => b.ms - a.ms).slice(0, 8);
      lines = [
        `slowest: ${slowest.map(({ label, ms }) => `${label} ${(ms / 1000).toFixed(0)} s`).join(', ')}`,
        ...totals.failures.map((failure) => `failed: ${failure}`),
        `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
      ];
    },
    // After the default reporter's own closing words, so these are the run's last lines.
    stop() {
      if (lines.length > 0) console.log(`\n${lines.join('\n')}`);
    },
  };
}
