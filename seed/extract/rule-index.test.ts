import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { SentenceContext } from './clause.ts';
import { triggerSites } from './frames.ts';
import { recognize } from './recognize.ts';
import { ruleIndex } from './rule-index.ts';
import { RULES } from './rules.ts';
import { splitSentences } from './tokenize.ts';

const index = ruleIndex(RULES);

/** Every sentence of a text with its mentions, as the relation rules read it. */
function contexts(text: string): SentenceContext[] {
  const sentences = splitSentences(text);
  const { mentions } = recognize(sentences, text);
  return sentences.map((s) => new SentenceContext(s, mentions[s.index] ?? []));
}

const TEXTS = [
  ...generateCorpus(3, 300).map((a) => a.text),
  'The U.S.-backed talks between Chad and Niger resumed. SUDAN ACCUSED CHAD of arming the rebels.',
  "Peru's president visited Lima; Chile, which borders Peru, re-established ties with it and imposed sanctions on Bolivia's banks.",
  'Ghana lambasted Togo. Kenya and Uganda open fire across their shared border, the agency said, and Chad bombarded Niger.',
  'Iran-backed militias attacked U.S. forces, and Qatar mediated between Israel and Hamas under the auspices of Egypt.',
];

describe('the rule index', () => {
  it('keeps every rule that matches a sentence', () => {
    let matched = 0;
    for (const ctx of TEXTS.flatMap(contexts)) {
      const candidates = index.candidates(ctx);
      for (const rule of RULES) {
        if (triggerSites(rule, ctx).length === 0) continue;
        matched++;
        expect(candidates.includes(rule), `${rule.id} in "${ctx.sentence.text}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(20);
  });

  it('leaves out the rules whose keywords or words a sentence lacks', () => {
    const [ctx] = contexts('Chad bombarded Niger on Monday night.');
    const ids = index.candidates(ctx!).map((r) => r.id);
    expect(ids).toContain('lexicon-attacks-verb');
    expect(ids).not.toContain('mediate');
    expect(ids.length).toBeLessThan(RULES.length / 3);
  });
});
