/**
 * Word knowledge from the generated tables: common English words (a capitalized common word at
 * the start of a sentence is not a name) and given names (a cue that a capitalized pair is a person).
 */
import { COMMON_WORDS, GIVEN_NAMES } from '../gazetteer/generated/words.ts';

let common: Set<string> | undefined;
let given: Set<string> | undefined;

/** "During", "Officials", "Tensions": an everyday English word, whatever its case. */
export function isCommonWord(word: string): boolean {
  common ??= new Set(COMMON_WORDS.split(' '));
  const w = word.toLowerCase();
  // Plurals and past forms of common words are common too ("Officials", "Tensions").
  return common.has(w) || (w.endsWith('s') && common.has(w.slice(0, -1))) || (w.endsWith('es') && common.has(w.slice(0, -2)));
}

/** "Javier", "Angela": a given name in one of the name lists. */
export function isGivenName(word: string): boolean {
  given ??= new Set(GIVEN_NAMES.split(' '));
  return given.has(word);
}
