import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.ts';
import { precisionOf, timeExpressions } from './event-time.ts';
import { splitSentences } from './tokenize.ts';

/** "Source TYPE Target @ date (text)" for each relation of a text of our own. */
const timed = (text: string, published: string | null = '2025-03-12') =>
  extractArticle({ title: 'test', text, published: published ?? undefined }).relations.map((r) => `${r.source} ${r.type} ${r.target} @ ${r.eventDate ?? '-'}${r.eventText ? ` (${r.eventText})` : ''}`);

describe('event time: the time a sentence gives its event, resolved against the publication date', () => {
  it.each([
    ['a year', 'Ghana and Togo established diplomatic relations in 1961.', 'Ghana NORMALIZES_WITH Togo @ 1961 (in 1961)'],
    ['a month and a year', 'Chile imposed sanctions on Peru in February 2022.', 'Chile SANCTIONS Peru @ 2022-02 (in February 2022)'],
    ['a full date', 'Chile recalled its ambassador from Peru on 4 July 2019.', 'Chile REDUCES_TIES_WITH Peru @ 2019-07-04 (on 4 July 2019)'],
    ['"last" and a month: the one before publication', 'Chile lifted sanctions on Peru last November.', 'Chile EASES_SANCTIONS Peru @ 2024-11 (last November)'],
    ['a weekday in the past: on or before the day of publication', 'Chile accused Peru on Friday of spying.', 'Chile ACCUSES Peru @ 2025-03-07 (on Friday)'],
    ['a weekday in the future: on or after it', 'Chile will visit Peru on Friday.', 'Chile VISITED Peru @ 2025-03-14 (on Friday)'],
    ['years ago: year precision', 'Chile cut ties with Peru two years ago.', 'Chile REDUCES_TIES_WITH Peru @ 2023 (two years ago)'],
    ['last month: month precision', 'Chile restored ties with Peru last month.', 'Chile NORMALIZES_WITH Peru @ 2025-02 (last month)'],
    ['yesterday', 'Chile condemned Peru yesterday.', 'Chile ACCUSES Peru @ 2025-03-11 (yesterday)'],
    ['since', 'Since 2002, Chile has supplied Peru with gas.', 'Chile SUPPLIES Peru @ 2002 (Since 2002)'],
    ['fronted before the clause', 'In 2016, Chile recalled its ambassador from Peru.', 'Chile REDUCES_TIES_WITH Peru @ 2016 (In 2016)'],
    ['early in a year', 'Chile joined the Andean Community in early 2012.', 'Chile MEMBER_OF Andean Community @ 2012 (in early 2012)'],
  ])('%s', (_, text, expected) => {
    expect(timed(text)).toContain(expected);
  });

  it('gives each trigger the expression of its own clause, never a neighbour’s', () => {
    const relations = timed('Chile recalled its ambassador from Peru in 2016 and restored ties with Peru in 2023.');
    expect(relations).toContain('Chile REDUCES_TIES_WITH Peru @ 2016 (in 2016)');
    expect(relations).toContain('Chile NORMALIZES_WITH Peru @ 2023 (in 2023)');
  });

  it('leaves a time in another clause, or the time of a report, to what it belongs to', () => {
    expect(timed('Chile restored ties with Peru, which it had cut in 2016.')).toContain('Chile NORMALIZES_WITH Peru @ -');
    expect(timed('On Monday, Chile said Peru had cut ties with Bolivia.')).toContain('Peru REDUCES_TIES_WITH Bolivia @ -');
    expect(timed('Chile cut ties with Peru, the ministry said on Monday.')).toContain('Chile REDUCES_TIES_WITH Peru @ -');
  });

  it('never invents a time: no expression, a bound, a count, or a relative time in an undated article', () => {
    expect(timed('Chile restored ties with Peru.')).toEqual(['Chile NORMALIZES_WITH Peru @ -']);
    expect(timed('Chile sanctioned Peru until 2016.')).toEqual(['Chile SANCTIONS Peru @ -']);
    expect(timed('Chile threatened Peru with a force of 2000 troops.')).toEqual(['Chile THREATENS Peru @ -']);
    expect(timed('Chile cut ties with Peru two years ago.', null)).toEqual(['Chile REDUCES_TIES_WITH Peru @ -']);
    expect(timed('Chile cut ties with Peru on Monday.', null)).toEqual(['Chile REDUCES_TIES_WITH Peru @ -']);
    // A year named in the text needs no publication date.
    expect(timed('Chile cut ties with Peru in 2016.', null)).toEqual(['Chile REDUCES_TIES_WITH Peru @ 2016 (in 2016)']);
  });

  it('reads no date into a modal "may", a decade, a week or a name with a number', () => {
    const [sentence] = splitSentences('Chile may visit Peru in the 1990s style next week, under Resolution 2231.');
    expect(timeExpressions(sentence!, '2025-03-12')).toEqual([]);
  });

  it('says its precision by the length of the date', () => {
    expect(['2016', '2016-03', '2016-03-05'].map(precisionOf)).toEqual(['year', 'month', 'day']);
  });
});
