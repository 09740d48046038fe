import { describe, expect, it } from 'vitest';
import { requiredLiterals } from './pattern-literals.ts';

describe('literal text a pattern needs', () => {
  it.each([
    ['(?:on (?:his|her) )?way (?:back )?from', ['way ']],
    ['(?:abc|de)f', ['abc', 'de']],
    ['visit(?:ed|s)?|trip to', ['visit', 'trip to']],
    ['Ab+c', ['ab']],
    ['(?=xyz)def', ['def']],
    ['[\\p{L}’\\x27-]+ (?:border|frontier)', ['border', 'frontier']],
    ['détente between', ['tente between']],
  ])('%s needs one of %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it('needs nothing of a pattern with an alternative that may match anything', () => {
    expect(requiredLiterals('abc|(?:de)?')).toBeUndefined();
    expect(requiredLiterals('[a-z]+')).toBeUndefined();
  });

  it('reads group references as no literal, and an unreadable pattern as needing nothing', () => {
    expect(requiredLiterals('(?<w>ab)c\\k<w>d|(x)yz\\1')).toEqual(['ab', 'yz']);
    expect(requiredLiterals('ab(cd')).toBeUndefined();
  });

  it('finds one of the literals in every match', () => {
    const source = 'sign(?:ed|s)? (?:on to |up to )?|accede(?:d)? to|(?:co-?)?founding members? of';
    const literals = requiredLiterals(source)!;
    for (const match of 'Peru signed up to it; Chile acceded to it as a co-founding member of it.'.matchAll(new RegExp(source, 'giu'))) {
      expect(literals.some((l) => match[0].toLowerCase().includes(l))).toBe(true);
    }
  });
});
