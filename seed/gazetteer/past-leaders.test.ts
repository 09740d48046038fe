import { describe, expect, it } from 'vitest';
import { gazetteer } from './index.ts';
import { EARLIER_ROLES, PAST_LEADERS } from './past-leaders.ts';

describe('past leaders in the gazetteer', () => {
  const people = [...gazetteer().byId.values()].filter((e) => e.type === 'Person');

  it('names each person once, and no alias names two people', () => {
    const names = people.map((p) => p.name);
    expect(names.filter((n, k) => names.indexOf(n) !== k)).toEqual([]);
    const owners = new Map<string, string[]>();
    for (const p of people) for (const alias of p.aliases) owners.set(alias, [...(owners.get(alias) ?? []), p.name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('dates every office within itself and lists a person’s offices newest first', () => {
    for (const { name, roles = [] } of PAST_LEADERS) {
      for (const r of roles) expect(!r.from || !r.to || r.from <= r.to, `${name}: ${r.role}`).toBe(true);
      const starts = roles.map((r) => r.from ?? '');
      expect(starts, name).toEqual([...starts].sort().reverse());
    }
  });

  it('serves states and bodies the gazetteer knows', () => {
    const bodies = new Set([...gazetteer().byId.values()].map((e) => e.name));
    for (const { name, roles = [] } of PAST_LEADERS) {
      for (const r of roles) expect(r.country ? gazetteer().countriesByIso2.has(r.country) : bodies.has(r.organization ?? ''), `${name}: ${r.role}`).toBe(true);
    }
  });

  it('adds earlier offices to people the curated lists hold, after their present one', () => {
    for (const name of Object.keys(EARLIER_ROLES)) {
      const roles = people.find((p) => p.name === name)?.roles ?? [];
      expect(roles.length, name).toBeGreaterThan(EARLIER_ROLES[name]!.length);
    }
  });
});
