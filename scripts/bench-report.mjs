// Part of `npm run bench`: how its parts print. With `--json` the tables go to stderr and one JSON
// document of every figure to stdout, so `npm run bench -- --json > bench.json` keeps both.
export { kb } from './dist-sizes.mjs';

export const asJson = process.argv.includes('--json');

export const say = (text = '') => (asJson ? process.stderr : process.stdout).write(`${text}\n`);

/** Prints rows under a header; the first column is left-aligned, the others right-aligned. */
export function printTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => String(cells[column]).length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  say(line(header));
  say(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((cells) => say(line(cells)));
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** ours/theirs as a multiplier, e.g. `0.31×`. */
export const ratio = (ours, theirs) => (typeof ours === 'number' && theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '—');
