import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.ts';
import { entities, triples } from './testing.ts';
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

describe('coreference across sentences', () => {
  it('resolves "the two", "both", "the sides" and "their" to the pair named last', () => {
    expect(resolved('Peru and Chile held talks. The two signed a pact.')).toEqual(['two → Peru + Chile']);
    expect(resolved('Peru and Chile held talks. Both agreed to meet again.')).toEqual(['Both → Peru + Chile']);
    expect(resolved('Peru and Chile held talks. Their ministers spoke.')).toEqual(['Their → Peru + Chile']);
    expect(resolved('Ghana and Togo argued. The sides met on Monday.')).toEqual(['The sides → Ghana + Togo']);
  });

  it('counts what it refers to: "all four countries" needs four, "the two leaders" needs people', () => {
    expect(resolved('Peru, Chile, Bolivia and Ecuador signed. All four countries agreed.')).toEqual(['four countries → Peru + Chile + Bolivia + Ecuador']);
    expect(resolved('Peru, Chile and Bolivia put duties on goods from Ecuador. Quito urged the three nations to relent.')).toEqual(['three nations → Peru + Chile + Bolivia']);
    expect(resolved('President Ana Rivas met Prime Minister Tomas Berg. The two leaders agreed.')).toEqual(['two leaders → Ana Rivas + Tomas Berg']);
  });

  it('lets the state act through an office no one named holds ("the Somali president"), and the holder when named', () => {
    expect(triples('The Tongan president arrived in Suva on Monday.')).toContain('Tonga VISITED Suva');
    expect(triples('The Peruvian foreign minister accused Chile of spying.')).toContain('Peru ACCUSES Chile');
    const named = triples('Foreign Minister Ana Rivas of Peru met Bolivia’s president. The Peruvian foreign minister accused Chile of spying.');
    expect(named).toContain('Ana Rivas ACCUSES Chile');
    expect(named).not.toContain('Peru ACCUSES Chile');
  });

  it('reads a count past the words that describe what it counts, but not a count of something else', () => {
    expect(resolved('Estonia, Latvia and Lithuania met. The three small Baltic states agreed.')).toEqual(['three small Baltic states → Estonia + Latvia + Lithuania']);
    expect(resolved('Chile fined Ana Rivas and Tomas Berg. It named the two senior Peruvian officials.').filter((r) => r.startsWith('two'))).toEqual(['two senior Peruvian officials → Ana Rivas + Tomas Berg']);
    expect(resolved('Peru and Chile met. Two of the countries agreed.')).toEqual([]);
  });

  it('resolves an office to the last person who holds it, of the country named with it', () => {
    expect(resolved('Foreign Minister Ana Rivas of Peru met Chilean Foreign Minister Tomas Berg. The Peruvian minister left early.')).toEqual(['minister → Ana Rivas']);
    expect(resolved('Polish Interior Minister Jan Nowak spoke. The minister warned Minsk.')).toEqual(['The minister → Jan Nowak']);
  });

  it('resolves "the kingdom", "the bloc", "the deal" and "the law" to the last of their kind, but not a name', () => {
    expect(resolved('Spain protested. The kingdom recalled its envoy.')).toEqual(['The kingdom → Spain', 'its → Spain']);
    expect(resolved('The kingdom of Spain protested.')).toEqual([]);
    expect(resolved('Mercosur met in Lima. The bloc agreed.')).toEqual(['The bloc → Mercosur']);
  });
});

describe('a region’s adjective inside a description of the country named last', () => {
  it('resolves "the South American nation" to the country and keeps the region out of the visit', () => {
    const found = triples('Ana Ruiz flew to Peru on Sunday. Ruiz visited the South American nation to sign a deal.');
    expect(found).toContain('Ana Ruiz VISITED Peru');
    expect(found).not.toContain('Ana Ruiz VISITED South America');
  });

  it('resolves a description by region to the last country of that region, and to none when no such country was named', () => {
    expect(triples('Chile and the United States met. Trump threatened sanctions on the South American country.')).toContain('Donald Trump THREATENS Chile');
    expect(triples('Qatar and Chile met. Trump threatened sanctions on the Gulf state.')).toContain('Donald Trump THREATENS Qatar');
    expect(triples('Mali and Chile met. Trump threatened sanctions on the landlocked nation.')).toContain('Donald Trump THREATENS Mali');
    expect(triples('Peru and Chile met. Trump threatened sanctions on the Baltic nation.').filter((t) => t.includes('THREATENS'))).toEqual([]);
  });

  it('resolves "the X countries" to the members of X the article named, not to the last list', () => {
    const found = triples('Chile, Peru and Colombia met in Lima. Ecuador and Bolivia objected. The Pacific Alliance countries then formed a military alliance.');
    expect(found).toEqual(expect.arrayContaining(['Chile ALLIED_WITH Peru', 'Chile ALLIED_WITH Colombia', 'Colombia ALLIED_WITH Peru']));
    expect(found).not.toContain('Ecuador ALLIED_WITH Bolivia');
    expect(triples('Chile and Peru met. Chile shares with other Pacific Alliance members a goal of deeper cooperation.')).not.toContain('Chile COOPERATES_WITH Peru');
  });

  it('resolves "his country" to the state of the person named last', () => {
    expect(triples('Chilean President Ana Rojas said Peru had attacked her country.')).toContain('Peru ATTACKS Chile');
    expect(triples('Zelenskyy said Russia had attacked his country.')).toContain('Russia ATTACKS Ukraine');
  });

  it('names the region its adjective stands for', () => {
    expect(entities('Chile hosted African leaders in Santiago.')).toContain('Place:Africa');
  });
});
