import { describe, expect, it } from 'vitest';
import { splitSentences } from './tokenize.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('ends a sentence at markup left in the text, leaving the tag out of both sentences', () => {
    expect(texts('Peru praised Chile for the talks<img src="x.png" alt="Map"> Norway accused Germany.')).toEqual(['Peru praised Chile for the talks', 'Norway accused Germany.']);
    expect(texts('Lima met reporters.<br/>Iran accused Israel.')).toEqual(['Lima met reporters.', 'Iran accused Israel.']);
    expect(texts('One <!-- Turkey praised --> Greece accused Turkey.')).toEqual(['One', 'Greece accused Turkey.']);
  });

  it('keeps inline formatting inside its sentence', () => {
    expect(texts('<b>Iran</b> accused <i>Israel</i> of the attack.')).toEqual(['<b>Iran</b> accused <i>Israel</i> of the attack.']);
  });

  it('ends a sentence at every kind of line break', () => {
    expect(texts('Peru praised Chile\rNorway left\u2028Spain stayed\u2029France spoke\nGermany too')).toEqual(['Peru praised Chile', 'Norway left', 'Spain stayed', 'France spoke', 'Germany too']);
  });

  it('gives offsets into the text', () => {
    const text = 'Peru praised Chile<p>Norway accused Germany.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
