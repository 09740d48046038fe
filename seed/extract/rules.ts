/**
 * Verb and noun patterns coded to the relation vocabulary, in the tradition of CAMEO verb
 * dictionaries. Each rule names a trigger (matched case-insensitively on the sentence) and
 * how its arguments are found (see `ArgumentFrame` in relations.ts).
 */
import type { EntityType, RelationType } from '../vocabulary.ts';
import { ENDING_BEFORE } from './lexicon.ts';
import { lexiconRules } from './trigger-lexicon.ts';

/**
 * - svo: subject before the trigger in its clause, object after it (passive "by X" swaps them);
 *   for symmetric types a coordinated subject alone ("A and B are in conflict") pairs up.
 * - noun: like svo, but a possessor right before the trigger is the subject ("Azerbaijan’s
 *   close ties with Israel", "U.S. sanctions on Iran").
 * - between: "alliance between A and B (and C)": every pair of the list after the trigger.
 * - group: every pair of a coordinated list after the trigger ("drills by A, B and C").
 * - possessor-object: the possessor before the trigger is the object ("one of Israel’s allies").
 * - nearest: subject is the nearest actor before the trigger ("drones Russia uses to bomb").
 * - reverse: the object found after the trigger is the source ("bought arms from Israel").
 * - members: a body before the trigger, its members after ("the Accords included A, B", "Mercosur,
 *   which includes A and B").
 * - include: "to include A in B": A is proposed for B.
 * - participants: everyone at a meeting meets everyone else: subject (or the speaker reporting it),
 *   objects and companions ("alongside X").
 * - mediation: the subject (or passive agents) mediates for each party: the list after "between",
 *   the object, or the parties of the talks or conflict the article named last.
 */
export type ArgumentFrame = 'svo' | 'noun' | 'between' | 'group' | 'possessor-object' | 'nearest' | 'reverse' | 'members' | 'include' | 'participants' | 'mediation';

export interface Rule {
  id: string;
  type: RelationType;
  trigger: RegExp;
  /** Matches when a sentence holds a word the trigger can start with (derived from it), else undefined: always try. */
  keywords: RegExp | undefined;
  /**
   * A word-list trigger, matched token by token instead of by `trigger`: each first word with the
   * words that must follow it, longest first ("open" → [["fire"]]; a single word → [[]]).
   */
  phrases?: ReadonlyMap<string, readonly string[][]>;
  frame: ArgumentFrame;
  confidence: number;
  /** Entity types allowed as the target (default: Country, Person, Organization). */
  targets?: EntityType[];
  /** Entity types allowed as the source (default: Country, Person, Organization). */
  sources?: EntityType[];
  /** A war is stated both ways. */
  isMutual?: boolean;
  /** The sentence must also match this (e.g. "relations between" only with "close"). */
  requires?: RegExp;
  /** The object must start within this many tokens after the trigger. */
  maxGap?: number;
  /** The object stands before the infinitive that says what is asked ("urged allies to stop X": not X). */
  objectBeforeInfinitive?: boolean;
  /** The trigger does not count after text matching this ("lifted the sanctions on"). */
  notAfter?: RegExp;
  /** The trigger counts only after text matching this ("is a critic of", ", a critic of"). */
  onlyAfter?: RegExp;
  /** The object is only found after one of these words ("cut ties and trade with X"). */
  objectAfter?: string[];
  /** Coordinated subjects with no object do it to each other ("A and B lowered their ties"). */
  mutualSubjects?: boolean;
  /** Only with an object: coordinated subjects are never paired, even for a symmetric type ("A and B voiced concerns over X"). */
  needsObject?: boolean;
  /** The agent follows the trigger ("under the auspices of X", "hosted by X"). */
  agentAfter?: boolean;
  /** Modal or proposed context turns this type into another ("could join" → PROPOSED_FOR). */
  whenModal?: RelationType;
  /**
   * An event noun whose agent must be tied to it ("Russia’s invasion", "the Russian invasion",
   * "attacks by X", "X launched an invasion"), never a name elsewhere in the clause.
   */
  isEventNoun?: boolean;
  /**
   * A wrong done, stated as someone's claim ("X said Y had violated the truce"): the speaker
   * accuses the doer; told by the outlet alone it states no relation.
   */
  isReportedWrong?: boolean;
}


/** A bid, an application, a push before "to join": a proposal (the `propose` rule), not membership. */
const PROPOSAL_BEFORE_JOIN = /\b(?:bid|push|campaign|invit(?:ed|ation)|expected|poised|likely|next|eager|pressure|candidate|applied|application|quest|drive)(?: [a-z]+){0,2} to $/i;

const ACTORS: EntityType[] = ['Country', 'Person', 'Organization'];
const PLACES: EntityType[] = ['Country', 'Place'];
const BODIES: EntityType[] = ['Agreement', 'Organization'];

const r = (id: string, type: RelationType, frame: ArgumentFrame, trigger: string, confidence: number, extra: Partial<Rule> = {}): Rule => ({
  id,
  type,
  frame,
  trigger: new RegExp(`\\b(?:${trigger})\\b`, 'giu'),
  keywords: keywordPattern(literalPrefixes(trigger)),
  confidence,
  ...extra,
});

/**
 * Literal words one of which every match of a pattern starts with ("sanctions on|lift(?:ed)?" →
 * "sanctions on", "lift"; "(?:phone|telephone) call" → "phone", "telephone"), or undefined when an
 * alternative can start with anything. A sentence without any of them cannot match, so the pattern
 * is not run on it.
 */
export function literalPrefixes(source: string): string[] | undefined {
  const prefixes: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const starts = alternativeStarts(alternative);
    if (!starts) return undefined;
    prefixes.push(...starts);
  }
  return prefixes;
}

function keywordPattern(prefixes: string[] | undefined): RegExp | undefined {
  return prefixes && new RegExp(`\\b(?:${[...new Set(prefixes)].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i');
}

function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

function alternativeStarts(alternative: string): string[] | undefined {
  const literal = /^[a-z' -]*/i.exec(alternative)?.[0] ?? '';
  const rest = alternative.slice(literal.length);
  if (literal.length > 0) {
    // A quantifier after the literal makes its last character optional ("borders?").
    const sure = /^[?*{]/.test(rest) ? literal.slice(0, -1) : literal;
    return sure.trim().length >= 3 ? [sure.toLowerCase()] : undefined;
  }
  if (!rest.startsWith('(?:')) return undefined;
  let depth = 0;
  let end = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '\\') i++;
    else if (rest[i] === '(' || rest[i] === '[') depth++;
    else if ((rest[i] === ')' || rest[i] === ']') && --depth === 0) {
      end = i;
      break;
    }
  }
  const inner = literalPrefixes(rest.slice(3, end));
  const after = rest.slice(end + 1);
  if (!/^[?*]/.test(after)) return inner;
  // An optional group: a match starts with it or with what follows it.
  const following = alternativeStarts(after.slice(1));
  return inner && following ? [...inner, ...following] : undefined;
}

/** Patterns written by hand: set phrases, and words whose use needs an exception. */
const HAND_RULES: Rule[] = [
  // verbal cooperation
  r('visit', 'VISITED', 'svo', "visit(?:ed|s|ing)?(?! by)|travel(?:l?ed|l?ing|s)? (?:together |back |on )?to|arrived (?:in|at)|flew (?:in)?to|landed in|toured|trip to|visit to|stopped (?:over )?in|returned to|(?:on (?:his|her|their) )?way (?:back )?from|back from|head(?:ed|s|ing)? (?:back )?to|(?:was|were|is|are) received in|went to|on an? (?:[a-z-]+ )?visit to|sent (?:a |an )?(?:[a-z-]+ )?delegation to|attend(?:ed|s|ing)? (?:the |a |an )?(?:[\\w-]+ ){0,3}?(?:summit|meeting|conference|talks|ceremony|inauguration|funeral|forum|session) (?:in|at)", 0.8, { targets: PLACES, notAfter: /[’']s (?:[a-z-]+ )?$/ }),
  // "Modi’s visit to Tokyo": the possessor travels.
  r('visit-of', 'VISITED', 'noun', '(?:visit|trip|tour|journey) to', 0.8, { targets: PLACES }),
  r('meet', 'MEETS_WITH', 'participants', 'met(?: with)?|meets(?: with)?|conven(?:ed|es|ing)(?= (?:for|in|at|on|with)\\b)|meeting with|meetings with|(?<!\\b(?:accession|membership) )talks with|held talks|spoke (?:with|to)|spoke (?:on|by) (?:the )?(?:phone|telephone)|(?:phone|telephone) (?:call|conversation)s? with|hosted(?! (?:\\S+ ){0,3}?from\\b)|received(?! (?:\\S+ ){0,6}?from\\b)|summit with|(?:received|got|took|returned) (?:a )?(?:phone |telephone )?call from|(?<!\\b(?:accession|membership) )negotiations with|conferred with|sat down with|hold talks|negotiat(?:ed|ing) with|held (?:a |an )?(?:phone|telephone|video) (?:call|conversation)s?|conversations? with|discussions? with|(?:been )?in (?:close )?contact with|(?:extended|gave|offered) (?:a )?(?:[a-z]+ )?welcome to|(?:held|hold|holding) (?:a |an |their )?(?:[a-z-]+ )?(?:summit|meeting)', 0.75, { targets: ['Person', 'Country', 'Organization'] }),
  // "A and B are negotiating a deal": the two negotiate with each other; an object only after "with".
  r('negotiating', 'MEETS_WITH', 'svo', '(?:are|were|is|was|have been|had been|has been) (?:still |currently )?negotiating', 0.7, { objectAfter: ['with'] }),
  r('meet-between', 'MEETS_WITH', 'between', '(?:meeting|talks|summit|negotiations|(?:phone|telephone) call|call|conversation|meetings)s? (?:between|among)', 0.75),
  r('praise', 'SUPPORTS', 'svo', 'thank(?:ed|s)|celebrat(?:ed|es|ing)|recogni[sz](?:ed|es|ing)(?= [\\p{L}’\\x27.\\s-]{1,40}?[’\\x27]s? (?:legitimate )?rights?\\b)|c(?:ame|omes?|oming) to(?= [\\p{L}’\\x27.\\s-]{1,40}?[’\\x27]s? (?:defen[cs]e|aid|rescue|side)\\b)|st(?:ood|ands?|anding) by|(?:message|messages|expression|show) of (?:support|solidarity) (?:to|for|with)|respect(?:s|ed)?(?= [\\p{L}’\\x27.\\s-]{1,40}?[’\\x27]s? (?:sovereignty|territorial integrity|independence)\\b)|signed (?=[\\p{L}’\\x27.\\s-]{1,60}? into law)|paid (?:a )?(?:[a-z]+ )?tribute to|pays (?:a )?(?:[a-z]+ )?tribute to|applaud(?:ed|s)|laud(?:ed|s)|commend(?:ed|s)|prais(?:ed|es|ing)|endors(?:ed|es|ing)|back(?: up)?(?<=\\b(?:to|will|would|could|can|should|must|not|did|does|do|also|may|might) back(?: up)?)(?! (?:down|off|away|out)\\b)|back(?:ed|s|ing)(?<!\\b(?:receiv\\w*|gets|got|enjoy\\w*) (?:[a-z]+ )?backing)|support(?:ed|s|ing)?(?! for)(?<!\\b(?:receiv\\w*|gets|got|enjoy\\w*) (?:[a-z]+ )?support)|welcom(?:ed|es)|hail(?:ed|s)(?! from)|congratulat(?:ed|es|ions) to|congratulat(?:ed|es)|(?:expressed|voiced) (?:its |their |his |her )?support for|stands? with|stood with|solidarity with|sid(?:ed|es|ing) with|(?:threw|throws|throw|throwing) (?:its|their|his|her) (?:full )?weight behind|came to (?:the )?defen[cs]e of|(?:rallied|rallies|rally) behind|(?:was|is|has been|remains) (?:a |an )?(?:[a-z]+ )?backer of', 0.7, { targets: [...ACTORS, 'Agreement', 'Group'] }),
  // "reaffirmed its commitment to X's sovereignty", "voted in favour of X's resolution": the possessor is backed.
  r('commitment-to', 'SUPPORTS', 'svo', '(?:reaffirm|reiterat|express|underlin|stress|emphasi[sz])(?:ed|es|ing|e|s)? (?:its |their |his |her )?(?:[a-z]+ )?(?:commitment|support|backing) (?:to|for)|vot(?:ed|es|ing) (?:in favou?r of|for)', 0.65, { targets: [...ACTORS, 'Agreement', 'Group'] }),
  r('support-noun', 'SUPPORTS', 'noun', 'support for|backing (?:for|of)', 0.7, { targets: [...ACTORS, 'Agreement', 'Group'] }),
  // "the rebels received backing and protection from X": the giver supports the receiver.
  r('support-received', 'SUPPORTS', 'reverse', '(?:receiv(?:e|ed|es|ing)|gets|got|enjoy(?:s|ed)?) (?:[a-z]+ )?(?:backing|support|protection|shelter|sanctuary|patronage)(?: and (?:[a-z]+ )?(?:backing|support|protection|shelter|sanctuary|funding|weapons|arms))? from', 0.7, { targets: ['Country', 'Person', 'Organization', 'Group'] }),
  // "providing shelter to the rebels", "offered a safe haven to": protection is support, not supply.
  r('shelter', 'SUPPORTS', 'svo', '(?:provid(?:e|ed|es|ing)|offer(?:ed|s|ing)?|giv(?:e|es|ing)|gave|grant(?:ed|s|ing)?) (?:a )?(?:safe haven|haven|shelter|sanctuary|refuge|protection|political cover|backing)(?: to| for)?', 0.7, { targets: ['Country', 'Person', 'Organization', 'Group'] }),
  r('help-establish', 'SUPPORTS', 'svo', 'helped (?:to )?(?:establish|create|launch|found|broker|build)', 0.7, { targets: ['Agreement', 'Organization'] }),
  // "filed a complaint with the WTO", "filed a WTO complaint", "will challenge the tariffs at the WTO": a body asked to rule.
  r('complaint-to', 'APPEALS_TO', 'svo', '(?:fil|lodg|submitt)(?:ed|es|e|ing)? (?:a |an |its |their )?(?:formal |new )?(?:complaint|case|petition|appeal|request)(?: [a-z-]+){0,3}? (?:with|to|at|before)|(?:fil|lodg)(?:ed|es|e|ing)? (?:a |an )(?=[\\p{L}.-]+ (?:complaint|case|petition)\\b)|challeng(?:e|ed|es|ing) (?:[\\p{L}’\x27-]+ ){1,6}?(?:at|before) (?:the )?', 0.7, { targets: ['Organization'], maxGap: 2 }),
  r('appeal', 'APPEALS_TO', 'svo', 'urg(?:ed|es|ing)|request(?:ed|s|ing)? (?:an? )?(?:urgent |emergency |special |closed-door )?(?:meeting|session) of|t(?:ook|akes?|aking) (?:its |their |the )?(?:case|dispute|complaint|grievance)s? to|(?:sought|seeks?|seeking) the (?:help|assistance|support|backing|intervention) of|turn(?:ed|s|ing)? to(?= [\\p{L}’\\x27.\\s-]{1,40}? for (?:help|aid|assistance|support|a loan|loans|financing|funds|a bailout|mediation)\\b)|wr(?:ote|ites?|iting) to(?= [\\p{L}’\\x27.,\\s-]{1,60}? (?:asking|urging|calling|requesting|to ask|to request|to urge))|call(?:ed|s|ing)? on|appeal(?:ed|s)? to|petition(?:ed|s)?|press(?:ed|es) for|asked|press(?:ed|es|ing)(?= [\\p{L}’\\s]{1,40}? to [a-z])|plead(?:ed|s|ing)? with|pled with|implor(?:ed|es|ing)|lobb(?:ied|ies|ying)(?= [\\p{L}’\\s]{1,40}? (?:to|for) [a-z])|(?:encourag|told|tell|tells|want)(?:ed|es|s)?(?= [\\p{L}’.\\s]{1,40}? to [a-z])|request(?:ed|s|ing)? (?:[a-z-]+ ){0,3}?(?:assistance|help|support|aid) from|sought (?:[a-z-]+ ){0,3}?(?:assistance|help|support|aid) from|(?:sought|seeks|seeking)(?= [\\p{L}’\\s]{1,30}?[’\\x27]s (?:help|assistance|support))', 0.7, { objectBeforeInfinitive: true }),
  r('call-for-actor', 'APPEALS_TO', 'noun', '(?:call|calls|appeal|appeals|plea|pleas|request|requests) (?:for|to)(?= [\\p{L}’.\\s]{1,40}? to [a-z])', 0.65, { maxGap: 2 }),
  r('mediate', 'MEDIATES', 'mediation', 'mediat(?:e|ed|es|ing)|brokered|broker(?:s|ing)?|facilitat(?:ed|es|ing) (?:the )?(?:talks|negotiations|dialogue)|guarantors?(?: of| for)?|host(?:ed|s|ing)? (?:the )?(?:[a-z-]+ )?(?:talks|negotiations)(?= between)|hosted (?:the )?(?:[a-z-]+ )?(?:talks|negotiations)|help(?:ed|s|ing)? (?:to )?(?:negotiate|broker|secure|reach|clinch) (?:the |a |an )?(?:[a-z-]+ )?(?:truce|ceasefire|deal|agreement|accord|(?:prisoner )?(?:swap|exchange))|(?:acted|act|acts|acting|served|serves) as (?:a |an )?(?:go-between|intermediary|mediator|facilitator)|(?:play(?:ed|s|ing)?|took on|has) (?:the |a |an )?(?:[a-z-]+ )?role of (?:a |an )?(?:go-between|intermediary|mediator|facilitator)|(?:lead|leads|led|leading|spearhead(?:s|ed|ing)?|head(?:s|ed|ing)?|coordinat(?:e|es|ed|ing)) (?:the |a |an )?(?:regional |international |diplomatic |african |[a-z]+-led )?(?:peace|mediation|reconciliation) (?:efforts?|process|talks|initiative|push|bid)(?= between)|facilitat(?:ed|es|ing)(?= (?:the |a |an )?(?:[a-z-]+ ){0,2}?(?:swap|exchange|deal|agreement|truce|ceasefire|talks|release) between)|(?:relay(?:ed|s|ing)?|pass(?:ed|es|ing)|carr(?:ied|ies|ying)) (?:messages|proposals) between', 0.75),
  // "signed the deal with the mediation of Algeria", "mediation efforts led by Qatar": the mediator after the noun.
  r('mediation-of', 'MEDIATES', 'mediation', '(?:with|through|thanks to) the (?:mediation|help|good offices) of|mediation (?:efforts? )?(?:led|offered|backed) by', 0.7, { agentAfter: true }),
  r('auspices', 'MEDIATES', 'mediation', 'under the auspices of', 0.75, { agentAfter: true }),
  // (Not "recognized Peru’s right to …": a state recognizes another state, not its rights or claims.)
  r('recognize', 'RECOGNIZES', 'svo', 'recogni[sz](?:ed|es|ing)(?<!(?:internationally|widely) recogni[sz](?:ed|es|ing))(?! as)(?! [\\p{L}’\\x27.\\s-]{1,40}?[’\\x27]s? (?:legitimate )?(?:rights?|claims?|concerns?|efforts?|role|need|interests?|importance|contributions?|sovereignty over)\\b)', 0.7),
  r('normalize', 'NORMALIZES_WITH', 'svo', 'normali[sz](?:ed|es|ing|ation of)? (?:of )?(?:diplomatic |formal |full )?(?:relations|ties) with|establish(?:ed|es|ing)? (?:formal |full |diplomatic )*(?:relations|ties) with|restor(?:ed|es|ing) (?:diplomatic |full )?(?:relations|ties) with|maintained diplomatic relations with|has had diplomatic relations with|diplomatic relations with(?<!(?:sever|cut|break|broke off|suspend|suspended|severed|severance of|downgrade|downgraded|lower|lowered|end|ended) diplomatic relations with)', 0.8, { targets: ['Country'], sources: ['Country'] }),
  r('normal-relations', 'NORMALIZES_WITH', 'svo', '(?:normal|full|friendly) (?:diplomatic )?relations with|resum(?:ed|es|ing|ption of) (?:diplomatic |full )?(?:ties|relations) with', 0.7, { targets: ['Country'], sources: ['Country'] }),
  r('exchange-ambassadors', 'NORMALIZES_WITH', 'svo', '(?:exchang(?:e|ed|es|ing)|return(?:ed|ing)?|restor(?:e|ed|ing)) (?:of )?(?:their |the )?ambassadors|(?:return(?:ed|s|ing)?|sen(?:t|ds|ding) back) (?:its |their )?ambassador to', 0.7, { targets: ['Country'], sources: ['Country'] }),
  r('normalize-pair', 'NORMALIZES_WITH', 'svo', '(?:restor|establish|re-?establish|normali[sz]|resum|mend|repair)(?:e|ed|es|ing)? (?:full |formal |diplomatic )*(?:relations|ties)(?! with| between)', 0.75, { targets: ['Country'], sources: ['Country'], objectAfter: ['with'], mutualSubjects: true }),
  r('normalize-between', 'NORMALIZES_WITH', 'between', '(?:normali[sz](?:ed|es|ing|ation)|establish(?:ed|es|ing)|restor(?:ed|es|ing)) (?:of )?(?:formal |full |diplomatic )*(?:relations|ties) between|diplomatic relations between', 0.8),

  // material cooperation
  r('alliance-between', 'ALLIED_WITH', 'between', '(?:alliance|strategic partnership|partnership|allied relations|alliance relations)s? between', 0.75),
  r('close-relations-between', 'ALLIED_WITH', 'between', '(?:relations|relationship|ties) between', 0.7, { requires: /\b(?:close|closest|strategic|excellent|warm|deep|strong|brotherly|friendly|allied)\b/i }),
  // "A, B and C entered a military alliance", "formed their AUKUS alliance", "forged a defence pact with X".
  r('form-alliance', 'ALLIED_WITH', 'svo', '(?:entered|enter|entering|formed|form|forming|forged|forge|created|create|sealed|signed) (?:into )?(?:a |an |the |their )?(?:[\\w-]+ ){0,2}?(?:alliance|defen[cs]e pact|mutual[ -]defen[cs]e (?:pact|treaty)|strategic partnership)', 0.7, { sources: ['Country'], targets: ['Country'], mutualSubjects: true, objectAfter: ['with'] }),
  r('allies-listed', 'ALLIED_WITH', 'noun', 'allies,? (?:particularly|especially|including|such as|like|notably|namely)', 0.7, { sources: ['Country'], targets: ['Country'] }),
  r('are-allies', 'ALLIED_WITH', 'svo', '(?:are|were|remain|remained|have been|had been) (?:[a-z]+ )?(?:allies|partners)', 0.7, { sources: ['Country'], targets: ['Country'] }),
  r('alliance-with', 'ALLIED_WITH', 'noun', 'allied with|alliance with|strategic partnership with|strategic alliance with|close ties with|closer ties with|warm relationship with|deepest relations with|brotherly relations with|(?:is|are|remains?|,) (?:a |an |the )?(?:close |closest |key |strategic |staunch |longtime |long-time |traditional )?all(?:y|ies) of', 0.75, { sources: ['Country'], targets: ['Country'] }),
  r('ally-of', 'ALLIED_WITH', 'possessor-object', "(?:closest|close|key|strongest|staunchest|strategic|main|major|important|trusted|oldest|reliable|regional|muslim|muslim-majority)? ?all(?:y|ies)", 0.7, { sources: ['Country'], targets: ['Country'] }),
  r('cooperate', 'COOPERATES_WITH', 'noun', 'cooperat(?:ion|e|es|ed|ing) with|co-operation with|collaborat(?:ion|e|ed|es) with|joint (?:military )?(?:drills?|exercises?|projects?|ventures?|initiatives?) with|cooperation agreements? with', 0.7, { notAfter: ENDING_BEFORE }),
  r('end-cooperation', 'REDUCES_TIES_WITH', 'svo', '(?:end|halt|suspend|freez|froze|cut)(?:ed|s|ing|e)? (?:its |their |all )?(?:[a-z]+ )?(?:cooperation|co-operation) with', 0.7),
  r('deepen-ties', 'COOPERATES_WITH', 'svo', '(?:boost|enhance|strengthen|deepen|expand|bolster|broaden)(?:ing|ed|s)? (?:their |bilateral |mutual )?(?:defen[cs]e|security|military|economic|trade|energy|technology)(?:,? (?:and )?(?:defen[cs]e|security|military|economic|trade|energy|technology))* (?:ties|relations|links|partnership)', 0.7, { sources: ['Country'], targets: ['Country'], objectAfter: ['with'] }),
  // "Chile will work with Peru to fight trafficking", "worked closely with X on".
  r('work-with', 'COOPERATES_WITH', 'svo', '(?:work(?:ed|s|ing)?|team(?:ed|s|ing)? up|partner(?:ed|s|ing)?) (?:closely |together )?with(?= (?:[\\p{L}’\\x27.-]+ ){1,6}?(?:to|on|in) (?:fight|combat|tackle|counter|develop|build|boost|secure|protect|curb|stop|end|improve|expand|the|a|an|joint)\\b)', 0.65, { sources: ['Country', 'Organization'], targets: ['Country', 'Organization'] }),
  r('share-intelligence', 'COOPERATES_WITH', 'svo', '(?:agree[sd]? to |will |to )?(?:share|shares|shared|sharing|exchange|exchanged|exchanging) (?:[a-z]+ )?(?:intelligence|information|data|technology|expertise)(?: with)?', 0.65, { sources: ['Country', 'Organization'], targets: ['Country', 'Organization'], maxGap: 2 }),
  r('boost-cooperation', 'COOPERATES_WITH', 'svo', '(?:boost|enhance|strengthen|deepen|expand|increase|step up|bolster|broaden)(?:ing|ed|s)? (?:their |bilateral |mutual )?(?:[a-z-]+ (?:and [a-z-]+ )?)?(?:cooperation|collaboration)(?! with)|(?:agreed|agree|pledged|vowed|promised|decided) to (?:boost|enhance|strengthen|deepen|expand|increase|step up|bolster|broaden) (?:their |bilateral |mutual )?(?:[a-z-]+ )?(?:ties|trade|investment)(?! with)', 0.7, { sources: ['Country'], targets: ['Country'] }),
  // "A and B will jointly produce tanks", "a deal to co-develop a fighter with B".
  r('jointly', 'COOPERATES_WITH', 'svo', '(?:jointly|together) (?:produc|develop|build|manufactur|design|research|explor|patrol)(?:e|es|ed|ing|s)?\\b|co-?(?:produc|develop|manufactur)(?:e|es|ed|ing|tion|ment|s)?\\b', 0.65, { sources: ['Country', 'Organization'], targets: ['Country', 'Organization'], objectAfter: ['with'], mutualSubjects: true }),
  r('memorandum-on-cooperation', 'COOPERATES_WITH', 'svo', '(?:agreements?|deals?|accords?|memorand(?:um|a)(?: of understanding)?|pacts?) (?:on|for) (?:[a-z-]+ ){0,2}?(?:cooperation|collaboration)', 0.7, { sources: ['Country'], targets: ['Country'] }),
  r('trading-partner', 'COOPERATES_WITH', 'possessor-object', '(?:largest|biggest|main|top|key|major|second-largest|leading) (?:trading|trade|economic) partner', 0.7, { sources: ['Country'], targets: ['Country'] }),
  r('cooperate-between', 'COOPERATES_WITH', 'between', '(?:cooperation|co-operation|collaboration)s? between|(?:exchange|swap)s? of (?:[a-z-]+ )?(?:prisoners|detainees|captives|bodies) between|prisoner (?:exchange|swap)s? between|(?:direct |commercial |passenger )?flights between|agreement on (?:[a-z-]+ ){1,5}?between', 0.7),
  r('cooperation-agreement', 'COOPERATES_WITH', 'svo', "(?:signed|inked|concluded) (?:an? |the )?(?:[a-z-]+ ){0,3}(?:cooperation|partnership|trade|free-trade|security|defen[cs]e|energy|economic|investment) (?:agreement|deal|accord|memorandum|pact)s?|(?:signed|inked|concluded|reached) (?:an? |the )?(?:[a-z-]+ )?(?:agreement|deal|accord|memorandum)s? (?:on|for) (?:[a-z-]+ ){0,2}?(?:gas|oil|energy|trade|security|defen[cs]e|investment|supplies|migration|fisheries|water|electricity|nuclear|technology)\\b", 0.7, { sources: ['Country'], targets: ['Country'] }),
  // "trade between Chile and Peru rose", "trains Peruvian troops".
  r('trade-between', 'COOPERATES_WITH', 'between', '(?:bilateral )?(?:trade|commerce|economic ties|investment) between', 0.65, { sources: ['Country'], targets: ['Country'] }),
  r('train-forces', 'COOPERATES_WITH', 'svo', '(?:train(?:s|ed|ing)?|equip(?:s|ped|ping)?|advis(?:es|ed|ing)) (?:[\\p{L}-]+ ){0,2}?(?:troops|forces|soldiers|police|officers|pilots|army|military)', 0.65, { sources: ['Country'], targets: ['Country'], maxGap: 1 }),
  r('agreement-to-cooperate', 'COOPERATES_WITH', 'svo', '(?:agreements?|deals?|accords?|memorand(?:um|a)|pacts?|frameworks?|roadmaps?) (?:[a-z-]+ ){0,4}?(?:to (?:enhance|strengthen|boost|deepen|expand|promote|increase)|aimed at (?:enhancing|strengthening|boosting|deepening|expanding|promoting|increasing)) (?:[a-z]+ )?(?:cooperation|ties|relations|collaboration)', 0.7, { mutualSubjects: true }),
  r('agreement-involving', 'COOPERATES_WITH', 'svo', '(?:tripartite|trilateral|bilateral|cooperation|trade|security|defen[cs]e|economic|energy) (?:agreement|deal|pact|accord|memorandum)s? (?:involving|with)', 0.65, { sources: ['Country'], targets: ['Country'], maxGap: 2, notAfter: /\b(?:suspend|scrap|terminat|annul|tore up|tear up|abandon|pulled out of|withdr)\w*(?: [\w’'-]+){0,5} $/i }),
  r('agreement-between', 'COOPERATES_WITH', 'between', '(?:tripartite|trilateral|bilateral|cooperation|trade|security|defen[cs]e|economic) (?:agreement|deal|pact|accord|memorandum)s? between', 0.7),
  r('joint-operation', 'COOPERATES_WITH', 'svo', '(?:combined|joint) (?:military |naval |air |border |air-defen[cs]e )?(?:operations?|patrols?|strikes|exercises|drills)(?: with)?', 0.65, { sources: ['Country', 'Organization'], targets: ['Country', 'Organization'], maxGap: 2 }),
  r('joint-drills', 'COOPERATES_WITH', 'group', '(?:military )?(?:drills?|exercises?|manoeuvres|maneuvers) (?:[a-z]+ )?(?:by|with the participation of|involving|of)|participation of', 0.65, { sources: ['Country'], targets: ['Country'] }),
  // "will send 200 tonnes of wheat to X", "donated vaccines to X".
  r('send-goods', 'SUPPLIES', 'svo', '(?:sen(?:d|ds|t|ding)|donat(?:e|ed|es|ing)|extend(?:ed|s|ing)?|grant(?:ed|s|ing)?|ship(?:ped|s|ping)?|airlift(?:ed|s|ing)?|deliver(?:ed|s|ing)?|gave|give|gives|giving) (?:[\\w,.$-]+ ){0,5}?(?:of )?(?:wheat|grain|rice|food|fuel|oil|gas|vaccines?|medicines?|medical supplies|aid|humanitarian aid|weapons|arms|ammunition|missiles|tanks|jets|drones|artillery|shells|equipment|electricity|water|fertili[sz]ers?|money|funds|loans?) to', 0.7, { targets: ['Country', 'Organization', 'Group'] }),
  r('supply', 'SUPPLIES', 'svo', "suppl(?:ied|ies|y|ying)(?<!\\b(?:cut(?:s|ting)? off|halt(?:ed|s|ing)?|suspend(?:ed|s|ing)?|stopp(?:ed|ing)) (?:[\\p{L}-]+ ){0,2}?suppl\\w*)|sold|sell(?:s|ing)?|export(?:ed|ing)|exports(?<!\\b(?:restrict|ban|halt|curb|limit|suspend|block|stop|cut|on|against)\\w* (?:[\\p{L}-]+ )?exports)|deliver(?:ed|s|ing)?|ship(?:ped|s)|provid(?:ed|es|ing)(?! for| (?:a )?(?:safe haven|haven|shelter|sanctuary|refuge|protection|political cover|backing)\\b)|shower(?:ed|s|ing)(?= [\\p{L}’'\\s]{1,30}? with)", 0.7),
  // "approved the possible $23 billion sale of F-16 fighters to Turkey", "the sale to Greece of F-35 jets".
  r('sale-to', 'SUPPLIES', 'noun', '(?:arms |weapons? |military )?(?:sales?|transfers?|deliveries|delivery|shipments?) (?:of (?:[\\w$.,-]+ ){1,8}?)?to(?! (?:be|have|the extent)\\b)', 0.65, { targets: ['Country', 'Organization', 'Group'], maxGap: 2, notAfter: /\b(?:halt|suspend|stop|block|ban|freez|froze|cancel|cut|restrict|curb|end)\w*(?: [\w-]+){0,2} $/i }),
  r('aid-to', 'SUPPLIES', 'svo', '(?:pledg|promis|provid|approv|announc|sen|allocat|disburs|extend|grant)(?:ed|es|ing|d|t) (?:[\\w$.,-]+ ){0,5}?(?:in )?(?:military |humanitarian |financial |economic |security |defen[cs]e )?(?:aid|assistance|loans?|bailout|financing|funding|credit line)(?: package| programme| program)? (?:to|for)', 0.7),
  r('supplier', 'SUPPLIES', 'noun', '(?:supplier|suppliers|source|provider|exporter)s? of (?:[a-z-]+ ){0,2}?(?:oil|gas|arms|weapons|drones|missiles|grain|energy|electricity|crude|ammunition)(?: to)?', 0.75),
  // "received a $2 billion loan from X", "secured arms from X": the giver supplies the receiver.
  r('received-from', 'SUPPLIES', 'reverse', '(?:received|receives|receiving|secured|secures|securing|obtained|obtains|obtaining|got|gets|won|wins) (?:[\\w,.$-]+ ){0,6}?(?:loans?|credits?|financing|funding|funds|aid|assistance|bailout|grants?|weapons|arms|jets|missiles|drones|ammunition|tanks) from', 0.65),
  r('buy-from', 'SUPPLIES', 'reverse', '(?:bought|buys?|buying|purchased|purchases?|purchasing|imported|imports?|importing|ordered|orders|ordering) (?:[a-z$0-9.,-]+ ){0,6}?from', 0.65, { notAfter: /\b(?:ban(?:ned|s|ning)?|halt(?:ed|s|ing)?|block(?:ed|s|ing)?|suspend(?:ed|s|ing)?|restrict(?:ed|s|ing)?|stop(?:ped|s|ping)?|embargo(?:ed)?|on|curbs? on)(?: all| the| its)? $/i }),
  // "banned imports from X", "halted all imports of beef from X".
  r('ban-imports', 'SANCTIONS', 'svo', '(?:ban(?:ned|s|ning)?|halt(?:ed|s|ing)?|block(?:ed|s|ing)?|suspend(?:ed|s|ing)?|restrict(?:ed|s|ing)?|stopp(?:ed|ing)) (?:all |the |its )?(?:[a-z-]+ )?imports (?:of (?:[a-z-]+ ){1,3})?from', 0.75),
  // "suspended trade with Peru", "placed Peru on its sanctions list", "cut off gas supplies to Peru".
  r('ban-trade', 'SANCTIONS', 'svo', '(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|froze|freez(?:e|es|ing)) (?:all |its |bilateral )?trade with|(?:plac|add)(?:ed|es|ing|s)?(?= (?:[\\p{L}’\\x27.-]+ ){1,4}?(?:on|to) (?:its |the |a )?(?:[a-z-]+ )?(?:sanctions list|blacklist|entity list|watch ?list)\\b)|cut(?:s|ting)? off (?:[a-z-]+ ){0,2}?(?:supplies|deliveries|exports|shipments|flows) (?:to|of)', 0.7, { targets: ['Country', 'Organization', 'Person'] }),
  // "Two ministers were barred from entering Chile": the state they may not enter sanctions them.
  r('barred-entry', 'SANCTIONS', 'reverse', '(?:barred|banned|prohibited|blocked) from (?:entering|travel(?:l)?ing to|visiting)', 0.75, { sources: ['Person', 'Organization', 'Country'], targets: ['Country'] }),
  // "granted X a waiver", "removed X from its blacklist".
  r('waiver-to', 'EASES_SANCTIONS', 'svo', '(?:grant(?:ed|s|ing)?|issu(?:ed|es|ing)|extend(?:ed|s|ing)?|renew(?:ed|s|ing)?|gave|give|gives)(?= (?:[\\p{L}’\x27.-]+ ){0,4}?(?:sanctions? )?waivers?\\b)|remov(?:ed|es|ing|e)(?= (?:[\\p{L}’\x27.-]+ ){1,4}?from (?:its |the |a )?(?:[a-z-]+ )?(?:blacklist|sanctions list|entity list|terror(?:ism)? list|list of state sponsors))', 0.75),
  r('ease-sanctions', 'EASES_SANCTIONS', 'noun', "(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing|e)|waiv(?:ed|es|ing|e)|remov(?:ed|es|ing|e)|suspend(?:ed|s|ing)?|relax(?:ed|es|ing)?|reduc(?:ed|es|ing|e)|cut(?:s|ting)?|slash(?:ed|es|ing)?|lower(?:ed|s|ing)?|scrap(?:ped|s|ping)?|end(?:ed|s|ing)?|drop(?:ped|s|ping)?) (?:the |all |some |its |their )?(?:[a-z-]+ ){0,2}?(?:sanctions|restrictions|embargo|ban|tariffs|duties|export controls|export curbs)(?: (?:on|against|with|imposed on))?|unfr(?:oze|eeze|eezes|eezing|ozen)", 0.8),

  // verbal conflict
  r('tension', 'IN_TENSION_WITH', 'noun', 'tensions? with|rivalry with|disputes? with|feud with|hostility (?:with|toward|towards)|at odds with|standoff with|confrontation with|conflict with|strained (?:relations|ties) with|uneasy relations with', 0.75),
  r('tension-between', 'IN_TENSION_WITH', 'between', '(?:flare-?ups?|tensions?|rivalry|disputes?|feud|hostility|stand-?off|confrontation|conflict|war of words|enmity|animosity|antagonism|mistrust|distrust)s? (?:[a-z]+ ){0,4}?between', 0.75),
  r('angered', 'IN_TENSION_WITH', 'svo', '(?:angered|angers|angering|infuriated|infuriates|irked|irks|irritated|unsettled|unsettles|antagoni[sz]ed|antagoni[sz]es|alienated|alienates)', 0.65, { maxGap: 3, needsObject: true }),
  r('concerns-over', 'IN_TENSION_WITH', 'noun', '(?:shared |growing |deep |serious |security )?concerns? (?:over|about)|(?:deeply |gravely |seriously )?concerned (?:over|about|by)|(?:deeply |increasingly |long )?(?:wary|suspicious|distrustful) of', 0.65, { sources: ['Country'], targets: ['Country'], maxGap: 2, needsObject: true }),
  r('consider-threat', 'IN_TENSION_WITH', 'svo', '(?:consider|considers|considered|see|sees|saw|view|views|viewed|regard|regards|regarded)', 0.65, { sources: ['Country'], targets: ['Country', 'Organization', 'Group'], maxGap: 4, needsObject: true, requires: /\b(?:consider|see|saw|view|regard)\w* [^.;]{1,50}? (?:as )?(?:a|an|the|its|their) (?:[a-z-]+ )?(?:threat|enemy|adversary|rival|foe)\b/i }),
  r('strained-between', 'IN_TENSION_WITH', 'between', '(?:strained|tense|soured|frosty|hostile|uneasy|troubled)(?: [a-z]+){0,2} between', 0.7),
  r('strained-ties', 'IN_TENSION_WITH', 'svo', '(?:strained|tense|soured|frosty|hostile|uneasy|troubled) (?:relations|ties)(?! with)|(?:relations|ties) (?:have |had )?(?:soured|deteriorated|worsened|frayed)', 0.7),
  // "Chile and Peru remain bitter rivals", "the two are long-time foes".
  r('rivals', 'IN_TENSION_WITH', 'svo', '(?:are|were|remain|remained|have been|had been|became|become) (?:[a-z-]+ ){0,2}?(?:rivals|foes|enemies|adversaries)', 0.65, { sources: ['Country'], targets: ['Country'] }),
  r('arch-rival', 'IN_TENSION_WITH', 'possessor-object', 'arch-?rival|rival|foe|enemy|adversary|nemesis', 0.7, { sources: ['Country'], targets: ['Country'] }),
  r('in-conflict', 'IN_TENSION_WITH', 'svo', 'in conflict|(?:have |has )?(?:long )?been at odds|(?:are|were|remain) at odds|feuding|(?:remain|remained|are|were|have been) (?:[a-z]+ )?deadlocked|at loggerheads|locked in (?:a |an )?(?:[a-z-]+ )?(?:dispute|standoff|row|feud)', 0.7, { sources: ['Country'], targets: ['Country'] }),
  // "Chile's relations with Peru have soured": the possessor's relations with the object.
  // "called the accord a landmark", "said the treaty would bolster security": a judgement of an agreement or a law.
  r('called-good', 'SUPPORTS', 'svo', '(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|hail(?:ed|s|ing))(?= (?:the |this |that )?(?:[\\p{L}’\\x27-]+ ){0,6}?(?:a |an )?(?:landmark|historic|milestone|breakthrough|major step|step forward|important step|turning point|victory|success|good deal|great deal)\\b)', 0.65, { targets: ['Agreement', 'Legislation'] }),
  r('will-bolster', 'SUPPORTS', 'svo', 'said(?= (?:the |this |that )?(?:[\\p{L}’\\x27-]+ ){0,5}?(?:would|will|could) (?:bolster|strengthen|boost|enhance|improve|deepen|benefit|promote|advance|secure|guarantee|bring)\\b)', 0.6, { targets: ['Agreement', 'Legislation'], maxGap: 6 }),
  r('relations-with-soured', 'IN_TENSION_WITH', 'noun', '(?:relations|ties|relationship) with', 0.7, { requires: /\b(?:deteriorat(?:ed|ing)|soured|souring|worsened|worsening|frayed|plummeted|strained|hit (?:a |an )?(?:new |all-time )?low)\b/i }),
  r('relations-between-soured', 'IN_TENSION_WITH', 'between', '(?:relations|ties) between', 0.7, { requires: /\b(?:deteriorat(?:ed|ing)|soured|souring|worsened|worsening|frayed|plummeted|strained|hit (?:a |an )?(?:new |all-time )?low)\b/i }),
  r('accuse', 'ACCUSES', 'svo', 'accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|hit(?:s|ting)? (?:out|back) at|alleg(?:e|ed|es|ing) that|complain(?:ed|s|ing)? (?:that|about)|express(?:ed|es|ing)? (?:its |his |her |their )?(?:outrage|anger|indignation|dismay) (?:at|over)|t(?:ook|akes?|aking) aim at|point(?:ed|s|ing) the finger at|object(?:ed|s|ing)? to|regrett(?:ed|ing)|regrets|condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|criticis(?:e|ed|es|ing)|decr(?:y|ied|ies)|slamm(?:ed|ing)|slams|lash(?:ed|es|ing) out at|rebuk(?:e|ed|es|ing)|castigat(?:e|ed|es|ing)|protest(?:ed|ing)|charg(?:ed|es|ing) that|(?:held|holds|hold|holding)(?= [\\p{L}’\\s]{1,40}? responsible)|brand(?:ed|s|ing)(?= [\\p{L}’.\\s-]{1,40}? (?:a|an|as) )|level(?:ed|led|s|ing|ling)? (?:[a-z]+ )?(?:accusations|charges|allegations|criticism) (?:at|against)|(?:lodged|filed|lodges|files|lodge|file|lodging|filing) (?:a |an )?(?:formal )?(?:complaint|protest|grievance) (?:against|with(?! (?:the )?(?:UN|U\\.N\\.|United Nations|World|International|WTO|ICJ|ICC)\\b))|fault(?:ed|s|ing)|(?:call(?:ed|s)|describ(?:ed|es|ing) (?:[\\p{L}’\\x27.-]+ ){1,6}?as|denounc(?:ed|es|ing) (?:[\\p{L}’\\x27.-]+ ){1,6}?as|labell?(?:ed|ing|s))(?= [\\p{L}’\\x27“”"‘.\\s-]{0,50}?(?:outrageous|illegal|unacceptable|irresponsible|provocative|reckless|bad|dangerous|unhelpful|regrettable|shameful|disgraceful|hypocritical|absurd|brutal|criminals?|racist|unwarranted|unjust|arbitrary|a violation|a provocation|an? act of aggression|aggression|unjustified|unfounded|baseless|illegitimate|hostile|destabili[sz]ing|a threat|interventionist|a crime|a sham|a farce)\\b)', 0.8),
  // "Tokyo said Pyongyang had used banned technology": a wrong reported by a named speaker accuses its doer.
  r('reported-wrong', 'ACCUSES', 'svo', '(?:was|were|is|are) behind (?:the|a|an|last|this) (?:[a-z-]+ )?(?:attacks?|strikes?|bombings?|assassinations?|plot|coup|explosions?|sabotage|hack)|violat(?:e|ed|es|ing)|breach(?:ed|es|ing)?|flout(?:ed|s|ing)?|occupied|harass(?:ed|es|ing)?|incit(?:e|ed|es|ing)|destabili[sz](?:e|ed|es|ing)|interfer(?:e|ed|es|ing) in|meddl(?:e|ed|es|ing) in|illegally|unlawfully|provok(?:e|ed|es|ing)|(?:lied|lies|lying) about|(?:harbou?r(?:ed|s|ing)?|shelter(?:ed|s|ing)?) (?:terrorists|criminals|militants|rebels)|(?:fund(?:ed|s|ing)?|financ(?:ed|es|ing)|sponsor(?:ed|s|ing)?) (?:terror(?:ism|ists)?|militants|extremists)|used banned|war crimes|human rights abuses|b(?:ears?|ore|earing) (?:full |the |sole |primary )?responsibility|(?:is|was|are|were) (?:fully |solely )?(?:responsible for|to blame)', 0.65, { isReportedWrong: true }),
  r('demand', 'DEMANDS', 'svo', 'demand(?:ed|s|ing)?(?<!\\b(?:the|all|its|their|his|her|our|key|main|these|those|of) (?:[a-z-]+ )?demands?)(?: that)?|insist(?:ed|s) that|ultimatum to', 0.7),
  // "summoned Beijing’s ambassador", "summoned the Chadian envoy": a demand for explanations of the envoy's state.
  r('summon', 'DEMANDS', 'svo', 'summon(?:ed|s|ing)?(?= (?:[\\p{L}’\x27.-]+ ){0,3}?(?:ambassador|envoy|charg[eé] d[’\x27]affaires|diplomats?|representative)\\b)', 0.7, { targets: ['Country'] }),
  // "complied with all the demands of the lender": the demander after the noun.
  r('demands-of', 'DEMANDS', 'reverse', '(?:compl(?:y|ied|ies|ying) with|(?:met|meet|meets|meeting)|bow(?:ed|s|ing)? to|yield(?:ed|s|ing)? to|gave in to|give in to|caved to|reject(?:ed|s|ing)) (?:all |the |all the )?(?:[a-z-]+ )?demands (?:of|by|from)', 0.7),

  // material conflict
  // "said it could use nuclear weapons against X": force held out, not used (used, it is ATTACKS).
  r('force-held-out', 'THREATENS', 'svo', '(?:use|deploy|unleash|resort to) (?:of )?(?:military |nuclear |armed |all )?(?:force|weapons|arms|missiles|means)(?: available)? (?:against|on)', 0.7, { onlyAfter: /\b(?:could|would|will|might|may|ready to|prepared to|threaten(?:ed|s|ing)? to|not rule out|not hesitate to|vow(?:ed|s)? to|warn(?:ed|s)? (?:it|they|he|she) (?:would|could|will|might))\s+(?:[a-z]+\s+){0,2}$/i }),
  // "Chilean jets violated Peruvian airspace", "ships entered Peru’s waters": an incursion short of an attack.
  r('airspace', 'THREATENS', 'svo', '(?:violat(?:e|ed|es|ing)|breach(?:ed|es|ing)?|intrud(?:e|ed|es|ing) into|enter(?:ed|s|ing)?|incursions? into)(?= (?:the )?(?:[\\p{L}’\\x27.-]+ ){1,2}(?:airspace|territorial waters|waters|maritime zone|exclusive economic zone)\\b)', 0.65, { targets: ['Country'], maxGap: 2 }),
  r('threaten', 'THREATENS', 'svo', 'threaten(?:ed|s|ing)?|warn(?:ed|s|ing)?|vow(?:ed|s)? to retaliate against|retaliat(?:e|ed|ion) against', 0.7),
  // "vowed to take resolute measures against X", "warned of consequences for X".
  r('measures-against', 'THREATENS', 'svo', '(?:vow(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es)|threaten(?:ed|s)?|warn(?:ed|s)?) (?:to take|of) (?:[a-z-]+ ){0,2}?(?:measures|action|steps|countermeasures|consequences|retaliation|response) (?:against|for)', 0.7, { targets: ['Country', 'Organization', 'Person', 'Group'] }),
  r('fired-toward', 'THREATENS', 'svo', '(?:test-fired|test-fires|fired|fires|launched|launches) (?:[a-z-]+ ){0,3}?(?:missiles?|rockets?|projectiles?|shells) (?:toward|towards|into the sea near|over)', 0.65, { targets: ['Country'] }),
  r('deploy', 'THREATENS', 'svo', 'deploy(?:ed|s|ing)? (?:[a-z-]+ ){0,3}?(?:troops|forces|soldiers|warships|missiles|tanks|units)', 0.65, { targets: ['Country'], maxGap: 8 }),
  r('military-action-against', 'THREATENS', 'noun', '(?:prospect|possibility|threat|option|spectre|specter) of (?:a )?(?:military |armed )?(?:action|force|strikes?|intervention|invasion|retaliation) (?:against|on)', 0.7),
  r('send-forces-toward', 'THREATENS', 'svo', '(?:sent|sends|sending|dispatched|moved|moves|moving|massed|massing) (?:[a-z-]+ ){0,3}?(?:troops|forces|warships|ships|soldiers|jets|tanks|reinforcements|units) (?:toward|towards|near|to the border with|close to)', 0.7, { targets: ['Country'], maxGap: 3 }),
  r('exercises-near', 'THREATENS', 'svo', "(?:military |joint |war |naval |large-scale )?(?:exercises?|drills?|manoeuvres|maneuvers|war games|build-?up|troops|missile tests|weapons tests|tests) (?:[a-z-]+ ){0,3}?(?:near|along|on|close to|at|around) (?:the |its )?", 0.7, { targets: ['Country'] }),
  // "will not tolerate Y's aggression", "would respond forcefully to Y".
  r('not-tolerate', 'THREATENS', 'svo', '(?:would|will) not (?:tolerate|stand for)|(?:would|will) respond (?:forcefully|firmly|decisively|strongly|with force) to', 0.65, { targets: ['Country', 'Organization', 'Group'] }),
  r('reduce-ties', 'REDUCES_TIES_WITH', 'svo', "recall(?:ed|s|ing)? (?:its |their )?(?:ambassadors?|envoys?|diplomats)(?: (?:from|to))?|expel(?:led|s|ling)? (?:[\\w.-]+(?:['’]s)? )?(?:[a-z]+ )?(?:diplomats?|ambassador|envoy)|clos(?:ed|es|ing) (?:its |their )?embassy in|evacuat(?:ed|es|ing) (?:its |their )?embassy in|withdr(?:ew|awn|aws) (?:its |their )?(?:ambassador|envoy)s? (?:from|to)|declar(?:ed|es|ing)(?= [^.;]{0,80}?persona non grata)", 0.8),
  r('cut-ties', 'REDUCES_TIES_WITH', 'svo', '(?:cut|sever(?:ed|s|ing)?|broke(?: off)?|break(?: off)?|breaking(?: off)?|suspend(?:ed|s)?|downgrad(?:ed|es)|lower(?:ed|s)?|severance of) (?:their |its |all )?(?:diplomatic |(?:[a-z]+ )(?:and [a-z]+ )?)?(?:ties|relations)', 0.8, { mutualSubjects: true, objectAfter: ['with'] }),
  // "suspended part of the 2018 military agreement with X", "scrapped its defence pact with X".
  r('suspend-agreement', 'REDUCES_TIES_WITH', 'svo', '(?:suspend(?:ed|s|ing)?|scrap(?:ped|s|ping)?|terminat(?:ed|es|ing)|annul(?:led|s|ling)?|tore up|tear up|abandon(?:ed|s|ing)?|pulled out of|withdr(?:ew|awn|aws) from)(?= [\\p{L}\\d’\\x27,\\s-]{0,60}? (?:agreement|pact|accord|treaty|deal)s? with)', 0.7, { sources: ['Country'], targets: ['Country'], objectAfter: ['with'] }),
  r('leave-body', 'REDUCES_TIES_WITH', 'svo', "(?:fr(?:oze|ozen|eezes|eeze)|suspend(?:ed|s)?|end(?:ed|s)?) (?:its |their )?(?:participation|membership) in|withdr(?:ew|awn|aws|aw) from|withdrawal from|exit(?:s|ed|ing)?|(?:quit|left|leaves|leaving) (?:the )?", 0.7, { targets: ['Organization'], maxGap: 4 }),
  r('sanction', 'SANCTIONS', 'svo', 'sanction(?:ed|ing)|embargoed|blacklist(?:ed|s|ing)|(?:froze|freez(?:e|es|ing)|seiz(?:e|ed|es|ing)) (?:[\\p{L}’\\x27.-]+ ){1,2}?assets(?! of)', 0.8),
  // "A and B have faced sanctions from the bloc": the one imposing them is named after.
  r('sanctions-from', 'SANCTIONS', 'reverse', '(?:fac(?:e|ed|es|ing)|hit with|subjected to) (?:[a-z-]+ ){0,2}?(?:sanctions|tariffs|restrictions|an embargo) (?:from|by|imposed by)', 0.7, { targets: ['Country', 'Organization'] }),
  // "removed A, B and C from its trade preference program": a state cut off from a benefit.
  r('removed-from-benefit', 'SANCTIONS', 'svo', '(?:remov|exclud|suspend|drop|expell?)(?:ed|es|s|ing)?(?= (?:[\\p{L}’\\x27.-]+,? (?:and )?){1,8}?from (?:the |its |their )?(?:[\\p{L}-]+ ){0,4}?(?:program(?:me)?|preferences?|scheme|benefits|facility|initiative)\\b)', 0.7, { targets: ['Country'], maxGap: 1 }),
  r('sanctions-on', 'SANCTIONS', 'noun', "(?:new |additional |fresh |more |further |tough |sweeping |harsh |steep |punitive |provisional |retaliatory |heavy |broad |targeted )?(?:sanctions|restrictions|embargo|export controls|an embargo|tariffs?|duties|export curbs)(?: package| regime| measures)? (?:on|against)|restrict(?:s|ed|ing)? (?:[a-z]+ )?(?:aid|exports) to|(?:cut(?:s|ting)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|fr(?:oze|eez(?:e|es|ing))) (?:all |its |their )?(?:[a-z]+ )?aid to|(?:revok|cancel)(?:e|ed|es|ing) (?:the )?visas (?:of|for)|visa bans? (?:on|against)|impos(?:ed|es|ing) (?:[a-z]+ )?(?:sanctions|tariffs) on|(?:froze|freez(?:e|es|ing)|seiz(?:e|ed|es|ing)) (?:the )?(?:[a-z]+ )?assets of", 0.8, { notAfter: /\b(?:lift(?:ed|s|ing)?|remov(?:ed|es|ing)|eas(?:ed|es|ing))(?: [a-z-]+){0,2} $/i }),
  r('attack', 'ATTACKS', 'svo', 'attacked|attacking|killed|killing|struck|strik(?:es|ing) on|bomb(?:ed|ing)|shelled|ambush(?:ed|es|ing)|pound(?:ed|ing|s)(?= (?:[\\p{L}’\\x27-]+ ){0,3}?(?:positions|targets|bases|camps|cities|towns|villages|lines|troops|forces))|shot down|shoot(?:s|ing)? down|invad(?:ed|es|ing)|annex(?:ed|es|ing)|launch(?:ed|es)? (?:[\\w-]+ ){0,6}?(?:at|against|on)|(?:regained|retook|recaptured|captured|seized|took) control of|occup(?:ied|ies)|fir(?:ed|es|ing) (?:[\\w-]+ ){0,3}?(?:missiles|rockets|drones|shells|artillery|mortars?)(?: and (?:[\\w-]+ )?(?:shells|missiles|rockets|drones))? (?:at|on|into|toward|towards)|rout(?:ed|s|ing)|repel(?:led|s|ling)|repulsed|(?:recaptured|retook|regained) (?:[\\w-]+ ){1,4}?from|(?:fired|fires|firing|used|uses|using|turned) (?:a )?water cannons? (?:at|on|against)|targeted|(?:attack|strike|hit|bomb|invade|shell|target)(?<=\\bto (?:attack|strike|hit|bomb|invade|shell|target))', 0.75, { targets: [...ACTORS, 'Place'] }),
  r('capture-place', 'ATTACKS', 'svo', '(?:captur|seiz|overr?an|overrun|retak|recaptur)(?:ed|es|ing|e)? (?:the )?(?:[a-z-]+ )?(?:town|city|village|port|region|province|district|airport|base) of', 0.7, { targets: ['Place'], sources: ['Country', 'Organization', 'Group'] }),
  r('attack-noun', 'ATTACKS', 'noun', '(?:attacks?|(?:air|missile|drone) ?strikes?|raids?|assaults?|bombing|shelling) (?:on|against)|(?:air|missile|drone) ?strikes? in', 0.75, { targets: [...ACTORS, 'Place'], maxGap: 4 }),
  // "Peru came under attack from Chilean drones": the attacker after "from" or "by", the subject attacked.
  r('under-attack', 'ATTACKS', 'svo', '(?:came|come|comes|coming|was|were|is|are|been) under (?:[a-z-]+ ){0,2}?(?:attack|fire|shelling|bombardment|assault)s? (?:from|by)', 0.75, { agentAfter: true, targets: [...ACTORS, 'Place', 'Group'] }),
  // "Lima was hit by Chilean missiles" (not "hit by sanctions", which the sanction rules read).
  r('hit-by', 'ATTACKS', 'svo', '(?<=\\b(?:was|were|been|being|is|are) (?:[a-z]+ )?)hit(?= by\\b)(?! by (?:[\\p{L}-]+ ){0,3}?(?:sanctions|tariffs|measures|restrictions|duties|inflation|protests|floods|storms?)\\b)', 0.7, { targets: [...ACTORS, 'Place'] }),
  // "Chile's army clashed with the rebels": armed clashes go both ways.
  r('armed-clash', 'ATTACKS', 'svo', 'clash(?:ed|es|ing)? with|(?:fought|fights|fighting|battled|battles|battling) against', 0.65, { isMutual: true, targets: ['Country', 'Organization', 'Group'], sources: ['Country', 'Organization', 'Group'] }),
  r('fighting-between', 'ATTACKS', 'between', '(?:war|fighting|clashes|hostilities|battles?|combat) (?:[a-z-]+ )?between', 0.7, { isMutual: true, targets: ['Country', 'Organization', 'Group'] }),
  r('fought-war', 'ATTACKS', 'svo', 'fought (?:a |an |the |two |several )?(?:[a-z-]+ ){0,2}?(?:war|wars|battles?|conflict)', 0.7, { isMutual: true, mutualSubjects: true, objectAfter: ['with', 'against'], sources: ['Country', 'Organization', 'Group'], targets: ['Country', 'Organization', 'Group'] }),
  r('exchanged-fire', 'ATTACKS', 'svo', 'exchang(?:ed|es|ing) (?:[a-z]+ )?(?:fire|shelling|gunfire|strikes|attacks|blows)', 0.7, { isMutual: true }),
  r('war-with', 'ATTACKS', 'noun', 'war (?:with|against)', 0.75, { isMutual: true }),
  r('war-in', 'ATTACKS', 'noun', 'war (?:in|on)|offensive (?:in|against|on)|(?:special |military |ground |combat )+operations? (?:in|against)', 0.75, { targets: [...ACTORS, 'Place'], maxGap: 3 }),

  // structural
  r('join', 'MEMBER_OF', 'svo', 'join(?:ed|s|ing)?|sign(?:ed|s)? (?:on to |up to )?|accession to|accede(?:d)? to|ratif(?:ied|ies|y)|members? of(?<=\\b(?:is|are|was|were|as|became|become|remains?) (?:a |an |the )?(?:[a-z-]+ ){0,2}members? of)|members? of(?<=, (?:a |an |the |both |all )(?:[a-z-]+ )?members? of)|signator(?:y|ies) (?:of|to)|part of(?<=(?:\\bis|\\bare|\\bwas|\\bwere|\\bbecome|\\bbecame|\\bbecomes|\\bremains?|\\bremained|\\bas|,) (?:a |an )?(?:[a-z-]+ )?part of)|belong(?:s|ed)? to|(?:co-?)?founding members? of|co-?found(?:ed|s)', 0.8, { targets: BODIES, whenModal: 'PROPOSED_FOR', notAfter: PROPOSAL_BEFORE_JOIN }),
  // A country that chairs a body (or holds its rotating presidency) is a member of it.
  r('admitted', 'MEMBER_OF', 'svo', '(?:was|were|been|is|are) (?:formally |officially )?(?:admitted|accepted|welcomed) (?:to|into|as a (?:full )?member of)', 0.7, { sources: ['Country', 'Organization'], targets: ['Organization'] }),
  // "The bloc admitted Peru in 2001": the one admitted is the member (a confession, "admitted Peru had", is not).
  r('admits', 'MEMBER_OF', 'reverse', 'admit(?:s|ted|ting)?(?= (?:(?!(?:had|has|have|was|were|is|are|would|will|could|can|did|does|that)\\b)[\\p{L}’\\x27.-]+(?: |(?=[,.;]))){1,4}?(?:(?:as|in|into|to|on|at|last|this|after|and)\\b|[,.;]))', 0.7, { sources: ['Organization'], targets: ['Country'], maxGap: 1 }),
  r('chair-body', 'MEMBER_OF', 'svo', '(?:chairs|chaired|chairing|holds|held|holding|assumed|assumes|took over) (?:the )?(?:rotating )?(?:chair(?:manship)?|presidency) of|chairs|chaired', 0.7, { sources: ['Country'], targets: ['Organization'], maxGap: 2 }),
  // "A, B and C formed their alliance / created the bloc": the founders are its members.
  r('form-body', 'MEMBER_OF', 'svo', '(?:formed|created|established|set up|launched) (?:their |a |an |the )?(?:own |new )?', 0.7, { sources: ['Country'], targets: BODIES, maxGap: 1, requires: /\b(?:alliance|bloc|union|community|organi[sz]ation|association|forum|partnership|council|confederation|cooperation|pact)\b/i }),
  r('part-of-place', 'PART_OF', 'svo', '(?:is|are|was|were|forms?|formed) (?:a |an )?(?:key |major |central |integral |crucial )?(?:part|section|segment|leg) of', 0.7, { sources: ['Place'], targets: ['Place'] }),
  r('agreement-members', 'MEMBER_OF', 'members', 'includ(?:ed|es|ing)|between|among|comprising|compris(?:es|ed)|signed by|whose members', 0.7, { sources: ['Country', 'Organization'] }),
  r('body-members', 'MEMBER_OF', 'members', '(?:which |that )?(?:includes|included|comprises|comprised|brings together)', 0.7, { sources: ['Country', 'Organization'], targets: ['Organization'] }),
  // "Peru’s bid to join": the possessor of the bid is the candidate.
  // "Peru's candidacy for the OECD", "its application for membership of the bloc": the possessor is the candidate.
  r('candidacy-for', 'PROPOSED_FOR', 'noun', '(?:candidacy|candidature|application|accession bid|membership bid|bid) (?:for|to) (?:full )?(?:membership (?:of|in) )?', 0.7, { targets: BODIES, maxGap: 2 }),
  r('propose', 'PROPOSED_FOR', 'noun', '(?:bid|push|campaign|invit(?:ed|ation)|expected|poised|likely|could|may|might|would|next|eager|pressure|candidate|applied|application|quest|drive) (?:[a-z]+ ){0,2}?to join', 0.7, { targets: BODIES }),
  r('include-in', 'PROPOSED_FOR', 'include', 'to include|(?:inclusion|accession|admission) of', 0.7),
  r('rapprochement-between', 'NORMALIZES_WITH', 'between', '(?:reconciliation|rapprochement|thaw|détente|detente)(?: in (?:relations|ties))? between', 0.7, { sources: ['Country'], targets: ['Country'] }),
  // "opened accession talks with the EU", "the EU started membership negotiations with X": the candidate and the body.
  r('accession-talks', 'PROPOSED_FOR', 'svo', '(?:accession|membership) (?:talks|negotiations) with', 0.7, { targets: BODIES }),
  r('accession-talks-with', 'PROPOSED_FOR', 'reverse', '(?:accession|membership) (?:talks|negotiations) with', 0.7, { sources: BODIES, targets: ['Country'] }),
  r('membership-bid', 'PROPOSED_FOR', 'svo', '(?:seek(?:s|ing)?|sought|appl(?:y|ies|ied|ying) for|bid for|push(?:es|ed|ing)? for|application for|candidacy for|candidate for) (?:full |eventual )?membership (?:of|in)|(?:candidate|candidacy|application|bid|appl(?:y|ies|ied|ying)) for(?= (?:full )?\\p{Lu}[\\p{L}.]* membership)', 0.7, { targets: BODIES, maxGap: 3 }),
  r('border', 'BORDERS', 'svo', 'borders|bordering|border(?<=\\b(?:which|that|they|both|who) border)(?! with)|shares? a (?:long |\\d+-(?:km|kilometre|kilometer|mile) )?border with|border with(?<=[’\\x27]s (?:[a-z-]+ )?border with)', 0.8, { sources: ['Country'], targets: ['Country'], maxGap: 2 }),
  r('share-border', 'BORDERS', 'svo', 'share (?:a |an )?(?:long |short |common |porous |\\d+-(?:km|kilometre|kilometer|mile) )?(?:border|frontier)(?! with)', 0.8, { sources: ['Country'], targets: ['Country'] }),
  r('neighbours', 'BORDERS', 'group', 'neighbou?rs,?', 0.65, { sources: ['Country'], targets: ['Country'] }),
  r('their-border', 'BORDERS', 'svo', '(?:across|along|on|over) (?:their|the) (?:common |shared |joint )?(?:border|frontier)', 0.65, { sources: ['Country'], targets: ['Country'] }),
  r('neighbour', 'BORDERS', 'svo', 'neighbou?r(?:ing)?,?', 0.65, { sources: ['Country'], targets: ['Country'] }),
  r('reside', 'LOCATED_IN', 'svo', '(?:now )?(?:live|lives|living|reside|resides|residing|settled|based) in|sought refuge in|fled to|located in|headquartered in|operat(?:e|es|ed|ing) (?:mainly |mostly |largely |chiefly |primarily )?(?:in|from|out of)|(?:is|are|was|were|remains?) (?:still )?active in|(?:has|have|had|maintains?|maintained) (?:[a-z]+ ){0,2}?(?:bases|camps|strongholds|hideouts|a base|a stronghold|a presence) in', 0.75, { sources: ['Group', 'Organization', 'Place'], targets: PLACES }),
];

/** Every rule: the hand-written ones, then the lexicon's verbs and event nouns they do not already cover. */
export const RULES: Rule[] = [...HAND_RULES, ...lexiconRules(HAND_RULES)];

/** Words in the clause before a trigger that negate it. */
export const NEGATION = /\b(?:not|never|no longer|neither|nor|refused to|declined to|without|failed to|n[o’']t)\b|n['’]t\b/i;

/** Words before a trigger that make it a wish, plan or proposal, not a fact. */
/** The words before a trigger, as modality and hedges read them: "May" capitalized is the month, not the modal. */
export const modalWindow = (words: string) => words.replace(/\bMay\b/g, '');

export const MODALITY = /\b(?:readiness to|ready to|agree[sd]? to|willing(?:ness)? to|call(?:ed|s|ing)? for|urg(?:ed|es|ing)|demand(?:ed|s)?|propos(?:ed|es|al)|could|might|may|would|should|plans? to|planning to|seeks? to|seeking to|consider(?:ing|s|ed)?|hopes? to|wants? to|aspir(?:es|ed|ing)? to|closer to|pledged to|promised to|push(?:ed|es|ing)? (?:for|to)|eager to|expected to|poised to|likely to|set to|preparing to|aims? to|in talks to|negotiating to|invit(?:ed|es|ing)|campaign(?:ed|ing)? for|petition(?:ed|s)?)\b/i;
