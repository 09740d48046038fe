import { describe, expect, it } from 'vitest';
import { isPartialDate, parseDateWindow, windowBounds } from './dates.ts';

describe('strict dates', () => {
  it('accepts years, months and real days only', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29', '2023-12-31', '1999-01-01']) expect(isPartialDate(ok), ok).toBe(true);
    for (const bad of ['2024-13-45', '2023-02-29', '2024-00', '2024-04-31', '24', '2024-1', '2024/01/01', 'yesterday', '2024-01-01T00:00', '']) expect(isPartialDate(bad), bad).toBe(false);
  });

  it('makes a window whose end includes the whole period named', () => {
    expect(parseDateWindow(null, undefined)).toBeNull();
    expect(parseDateWindow('2021', '2021')).toEqual({ from: '2021', to: '2021' });
    const bounds = windowBounds(parseDateWindow('2021-03', '2021'));
    expect('2021-12-31' <= bounds.to! && '2021-03-01' >= bounds.from!).toBe(true);
    expect('2022-01-01' <= bounds.to!).toBe(false);
  });

  it('names the argument and refuses reversed windows', () => {
    expect(() => parseDateWindow('2024-13-45', null, 'filter.')).toThrow(/"filter.from" must be a date/);
    expect(() => parseDateWindow('2024', '2023')).toThrow(/"from" \(2024\) is after "to" \(2023\)/);
    expect(parseDateWindow('2023-05', '2023')).toEqual({ from: '2023-05', to: '2023' });
  });
});
