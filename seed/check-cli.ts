/**
 * npm run check [-- --limit N] [--json] [--repair]
 * Verifies the graph's invariants (seed/check/invariants.ts) and lists every violation; exit 0
 * when the graph is consistent, 1 when not. --repair recomputes wrong relation aggregates from
 * their evidence (a graph written by an earlier version), then checks again.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { checkGraph, repairAggregates, type CheckReport } from './check/check.ts';

const USAGE = 'usage: npm run check [-- --limit N] [--json] [--repair]';

/** The report as text: each invariant with OK or its violations (up to `limit` listed each). */
export function formatReport(report: CheckReport, limit: number): string {
  const lines: string[] = [];
  for (const invariant of report.invariants) {
    const found = report.violations.filter((v) => v.invariant === invariant.name);
    lines.push(`${found.length === 0 ? 'ok  ' : 'FAIL'} ${invariant.name}: ${invariant.rule}${found.length ? ` (${found.length} violation${found.length > 1 ? 's' : ''})` : ''}`);
    for (const v of found.slice(0, limit)) lines.push(`       ${v.subject}: ${v.detail}`);
    if (found.length > limit) lines.push(`       … and ${found.length - limit} more (--limit to list more)`);
  }
  const total = report.violations.length;
  lines.push(total === 0 ? `The graph holds every invariant (${report.relationsChecked} relations checked).` : `${total} violation${total > 1 ? 's' : ''} of ${new Set(report.violations.map((v) => v.invariant)).size} invariant(s).`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { limit: { type: 'string', default: '20' }, json: { type: 'boolean', default: false }, repair: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) {
    console.error(`--limit must be a whole number, got "${values.limit}"`);
    return 2;
  }
  const { driver, settings } = await connectNeo4j((line) => console.error(line));
  const target = { driver, database: settings.database };
  try {
    let report = await checkGraph(target);
    if (values.repair && report.violations.some((v) => v.invariant === 'relation-aggregates')) {
      const repaired = await repairAggregates(target, report);
      console.error(`Repaired the aggregates of ${repaired} relations from their evidence; checking again.`);
      report = await checkGraph(target);
    }
    console.log(values.json ? JSON.stringify({ violations: report.violations, relationsChecked: report.relationsChecked, invariants: report.invariants.map(({ name, rule }) => ({ name, rule })) }, null, 2) : formatReport(report, limit));
    return report.violations.length === 0 ? 0 : 1;
  } finally {
    await driver.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
