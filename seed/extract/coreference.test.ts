import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.ts';
import { splitSentences } from './tokenize.ts';

/** "pronoun → Name (+ group members)" for every coreference mention of a text. */
const resolved = (text: string) =>
  recognize(splitSentences(text), text)
    .mentions.flat()
    .filter((m) => m.kind === 'coreference')
    .map((m) => `${m.text} → ${[m.entity.name, ...(m.group ?? []).map((e) => e.name)].join(' + ')}`);

describe('coreference', () => {
  it('resolves "the country", "its" and "he" to what came before', () => {
    expect(resolved('Ghana raised tariffs. The country also closed its ports.')).toEqual(['The country → Ghana', 'its → Ghana']);
    expect(resolved('Minister Peter Okoro spoke. He was calm.')).toEqual(['He → Peter Okoro']);
  });

  it('resolves "the two countries", "the three governments" to the last countries named', () => {
    expect(resolved('Peru and Chile met. The two countries agreed.')).toEqual(['two countries → Peru + Chile']);
    expect(resolved('Egypt, Sudan and Ethiopia talked. The three governments agreed.')).toEqual(['three governments → Egypt + Sudan + Ethiopia']);
  });

  it('resolves "these groups" to the last list of organizations and "the group" to the last one', () => {
    expect(resolved('The Harak Movement and the Veltra Front were banned. Officials blamed these groups.')).toEqual(['these groups → Harak Movement + Veltra Front']);
    expect(resolved('The militant group Harak Zul spoke. The group denied it.')).toEqual(['The group → Harak Zul', 'it → Harak Zul']);
  });

  it('never resolves to what follows the pronoun', () => {
    expect(resolved('Its ports closed before Ghana reacted.')).toEqual([]);
  });
});
