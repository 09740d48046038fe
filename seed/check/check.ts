/**
 * Runs the graph's invariants (seed/check/invariants.ts) against Neo4j and returns every
 * violation, and repairs what can be recomputed (relation aggregates, from their evidence).
 */
import type { Driver } from 'neo4j-driver';
import { toCypherParams } from '../../db/connection.ts';
import { recomputeAggregates, type LoadTarget } from '../load/neo4j-loader.ts';
import {
  ARTICLE_INVARIANTS,
  ARTICLE_ROWS_QUERY,
  articleViolations,
  QUERY_INVARIANTS,
  RELATION_INVARIANTS,
  RELATION_ROWS_QUERY,
  REDIRECT_INVARIANT,
  redirectCycles,
  relationViolations,
  type ArticleRow,
  type Invariant,
  type RelationRow,
} from './invariants.ts';

export interface Violation {
  invariant: string;
  subject: string;
  detail: string;
}

export interface CheckReport {
  /** Every invariant checked, in order. */
  invariants: Invariant[];
  violations: Violation[];
  relationsChecked: number;
}

/** All invariants, in the order they are reported. */
export const INVARIANTS: Invariant[] = [...QUERY_INVARIANTS, ...ARTICLE_INVARIANTS, ...RELATION_INVARIANTS, REDIRECT_INVARIANT];

async function queryViolations(driver: Driver, database: string, invariant: Invariant): Promise<Violation[]> {
  if (!invariant.cypher) return [];
  const { records } = await driver.executeQuery(invariant.cypher, toCypherParams(invariant.params ?? {}), { database, routing: 'READ' });
  return records.map((r) => ({ invariant: invariant.name, subject: String(r.get('subject')), detail: String(r.get('detail')) }));
}

/** Streams every relation with its evidence's support and compares (memory stays flat on large graphs). */
async function relationRowViolations(driver: Driver, database: string): Promise<{ violations: Violation[]; checked: number }> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  const violations: Violation[] = [];
  let checked = 0;
  try {
    for await (const record of session.run(RELATION_ROWS_QUERY)) {
      checked++;
      const row = record.toObject() as unknown as RelationRow;
      for (const v of relationViolations(row)) violations.push({ invariant: v.name, subject: String(row.props.id), detail: v.detail });
    }
  } finally {
    await session.close();
  }
  return { violations, checked };
}

/** Streams every article with its evidence and mentions and checks their offsets in TypeScript (UTF-16, as the API counts). */
async function articleRowViolations(driver: Driver, database: string): Promise<Violation[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  const violations: Violation[] = [];
  try {
    for await (const record of session.run(ARTICLE_ROWS_QUERY)) {
      for (const v of articleViolations(record.toObject() as unknown as ArticleRow)) violations.push({ invariant: v.name, subject: v.subject, detail: v.detail });
    }
  } finally {
    await session.close();
  }
  return violations;
}

/** Checks every invariant; never writes. */
export async function checkGraph({ driver, database }: LoadTarget): Promise<CheckReport> {
  const violations: Violation[] = [];
  for (const invariant of QUERY_INVARIANTS) violations.push(...(await queryViolations(driver, database, invariant)));
  violations.push(...(await articleRowViolations(driver, database)));
  const relations = await relationRowViolations(driver, database);
  violations.push(...relations.violations);
  const { records } = await driver.executeQuery('MATCH (r:Redirect) RETURN r.from AS from, r.to AS to', {}, { database, routing: 'READ' });
  const cycles = redirectCycles(records.map((r) => ({ from: r.get('from') as string, to: r.get('to') as string })));
  violations.push(...cycles.map((from) => ({ invariant: REDIRECT_INVARIANT.name, subject: from, detail: 'its redirect chain comes back to it' })));
  return { invariants: INVARIANTS, violations, relationsChecked: relations.checked };
}

/**
 * Recomputes, from their evidence, the aggregates of the relations whose aggregates the check
 * found wrong (a graph written by an earlier version, say); returns how many were repaired.
 */
export async function repairAggregates(target: LoadTarget, report: CheckReport): Promise<number> {
  const ids = [...new Set(report.violations.filter((v) => v.invariant === 'relation-aggregates').map((v) => v.subject))];
  const session = target.driver.session({ database: target.database });
  try {
    // Evidence written before evidence carried its article's date gets it first: dates are recomputed from it.
    await session.executeWrite((tx) => tx.run('MATCH (v:Evidence)-[:FROM]->(a:Article) WHERE v.date IS NULL AND a.published IS NOT NULL SET v.date = a.published'));
    for (let i = 0; i < ids.length; i += 1000) await session.executeWrite((tx) => recomputeAggregates(tx, ids.slice(i, i + 1000)));
  } finally {
    await session.close();
  }
  return ids.length;
}
