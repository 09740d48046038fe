import { describe, expect, it } from 'vitest';
import { countriesDescribed } from './regions.ts';

describe('countries described by region', () => {
  it('reads UN subregions, the longest phrase first', () => {
    const west = countriesDescribed('small West African');
    expect(west?.has('SN')).toBe(true);
    expect(west?.has('KE')).toBe(false);
    expect(countriesDescribed('African')?.has('KE')).toBe(true);
  });

  it('reads regions the UN scheme does not have, landlocked states and island states', () => {
    expect([...(countriesDescribed('oil-rich Gulf') ?? [])].sort()).toEqual(['AE', 'BH', 'KW', 'OM', 'QA', 'SA']);
    expect(countriesDescribed('landlocked')?.has('BO')).toBe(true);
    expect(countriesDescribed('island')?.has('JP')).toBe(true);
    expect(countriesDescribed('island')?.has('PE')).toBe(false);
  });

  it('says nothing of words that name no region', () => {
    expect(countriesDescribed('small')).toBeUndefined();
    expect(countriesDescribed('war-torn')).toBeUndefined();
  });
});
