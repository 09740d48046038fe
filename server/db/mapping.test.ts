import { describe, expect, it } from 'vitest';
import { claimConditions } from './mapping.ts';

describe('claim filters → Cypher', () => {
  it('reads only stored relation figures, every value a parameter', () => {
    const params: Record<string, unknown> = {};
    const conditions = claimConditions({ statuses: ['HEDGED', 'DENIED', 'HEDGED'], assertedOnly: true, excludeHedgedOnly: true, minOutlets: 2, minOutletCountries: 3, disputed: false }, params, 'x');
    expect(conditions).toMatchInlineSnapshot(`
      [
        "any(s IN coalesce(x.statuses, []) WHERE s IN $claimStatuses)",
        "'asserted' IN coalesce(x.statuses, [])",
        "any(s IN coalesce(x.statuses, []) WHERE s <> 'hedged')",
        "coalesce(x.outletCount, 0) >= $minOutlets",
        "size(coalesce(x.outletCountries, [])) >= $minOutletCountries",
        "coalesce(x.disputed, false) = $disputed",
      ]
    `);
    expect(params).toEqual({ claimStatuses: ['hedged', 'denied'], minOutlets: 2, minOutletCountries: 3, disputed: false });
  });

  it('adds nothing for absent or neutral filters, and refuses bad minimums', () => {
    expect(claimConditions(null, {})).toEqual([]);
    expect(claimConditions({ assertedOnly: false, excludeHedgedOnly: false, minOutlets: 0 }, {})).toEqual([]);
    expect(() => claimConditions({ minOutletCountries: 1.5 }, {})).toThrow(/whole number/);
    expect(() => claimConditions({ statuses: [] }, {})).toThrow(/at least one status/);
  });
});
