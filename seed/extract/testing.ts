/**
 * Helpers for the extractor's unit tests: extract a text of our own and read the result as
 * "Source TYPE Target" triples (symmetric types in a fixed order) or as "Type:Name" entities.
 */
import { expect, it } from 'vitest';
import { RELATION_TYPES, isRelationType } from '../vocabulary.ts';
import { extractArticle } from './extract.ts';

export const extract = (text: string, published = '2025-03-01') => extractArticle({ title: 'test', text, published });

/** Symmetric relations are compared in a fixed order, so "A ALLIED_WITH B" equals "B ALLIED_WITH A". */
export const canonical = (source: string, type: string, target: string): string =>
  isRelationType(type) && RELATION_TYPES[type].symmetric && source > target ? `${target} ${type} ${source}` : `${source} ${type} ${target}`;

export const triples = (text: string, published?: string): string[] => extract(text, published).relations.map((r) => canonical(r.source, r.type, r.target));

/** "Type:Name" of every entity of the text. */
export const entities = (text: string): string[] => extract(text).entities.map((e) => `${e.type}:${e.name}`);

/** Checks that a text yields a triple written "Source TYPE Target" (symmetric types in either order). */
export function expectTriple(text: string, expected: string): void {
  const [source = '', type = '', target = ''] = expected.split(/ ([A-Z_]{5,}) /);
  expect(triples(text)).toContain(canonical(source, type, target));
}

/** Checks that a text does not yield a triple. */
export function expectNoTriple(text: string, unexpected: string): void {
  const [source = '', type = '', target = ''] = unexpected.split(/ ([A-Z_]{5,}) /);
  expect(triples(text)).not.toContain(canonical(source, type, target));
}

/**
 * One test per case: (what it reads, a text of our own, the triples written "Source TYPE Target" it
 * must yield among others; symmetric types in either order).
 */
export function itYields(cases: ReadonlyArray<readonly [what: string, text: string, expected: readonly string[]]>): void {
  it.each(cases)('%s', (_, text, expected) => {
    const found = triples(text);
    for (const triple of expected) {
      const [source = '', type = '', target = ''] = triple.split(/ ([A-Z_]{5,}) /);
      expect(found).toContain(canonical(source, type, target));
    }
  });
}

