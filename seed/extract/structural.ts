/**
 * Relations stated by names and titles rather than by verbs: OFFICIAL_OF from titles and
 * appositions, PART_OF for state bodies, LOCATED_IN by apposition, compounds ("the A-B border"),
 * exchanged visits, meetings somewhere, co-signers and people on one call meeting.
 */
import type { RelationType } from '../vocabulary.ts';
import { entitiesOf, type SentenceContext } from './clause.ts';
import { pushCandidate, type Candidate } from './candidates.ts';
import type { ArticleEntity } from './mentions.ts';
import { counterpartOf, officeOf, type ArticleFacts } from './offices.ts';

/** Relations stated by names and titles rather than by verbs. */
export function structuralRelations(ctx: SentenceContext, out: Candidate[], facts: ArticleFacts): void {
  const { mentions, tokens, sentence } = ctx;
  const { countryOf, countries } = facts;
  const add = (source: ArticleEntity, type: RelationType, target: ArticleEntity, confidence: number, rule: string, props?: Candidate['props']) => {
    if (target.id.startsWith('iso:')) return;
    pushCandidate(out, { source, target, type, sentence, confidence, rule, ...(props ? { props } : {}) }, countryOf);
  };

  for (const m of mentions) {
    // OFFICIAL_OF from titles.
    if (m.entity.type === 'Person' && m.kind !== 'coreference') {
      const office = officeOf(m, mentions, tokens, countries);
      if (office) add(m.entity, 'OFFICIAL_OF', office.holder, 0.9, 'title', { role: office.role });
    }
    // PART_OF: state bodies ("Iranian Foreign Ministry") and bodies owned by a possessive country.
    if (m.entity.type === 'Organization' && m.kind !== 'coreference') {
      const owner = mentions.find((o) => o.entity.type === 'Country' && o.entity.known?.iso2 === m.entity.country);
      if (m.entity.isStateBody && m.entity.country) {
        const country = owner?.entity ?? countries.get(m.entity.country);
        if (country) add(m.entity, 'PART_OF', country, 0.85, 'state-body');
      }
      const before = mentions.find((o) => o.last === m.first - 2 && o.isPossessive && o.entity.type === 'Country');
      if (before && !m.entity.known) add(m.entity, 'PART_OF', before.entity, 0.75, 'possessive-body');
      // "embassy in Baku": the body is located in the city that follows it.
      const place = mentions.find((p) => p.role === 'place' && p.first === m.last + 2 && ctx.word(m.last + 1) === 'in');
      if (place && /^(Embassy|Consulate)/.test(m.entity.name)) add(m.entity, 'LOCATED_IN', place.entity, 0.85, 'embassy-in');
    }
    // LOCATED_IN by apposition: "in Nakhchivan, Azerbaijan", "the Red Village of Quba".
    if (m.entity.type === 'Place' || m.entity.type === 'Group') {
      const quoted = ['"', '”', '’'].includes(ctx.word(m.last + 1)) ? 1 : 0;
      const next = mentions.find((n) => n.first === m.last + 2 + quoted && ['Country', 'Place'].includes(n.entity.type));
      const sep = ctx.word(m.last + 1 + quoted);
      if (next && (sep === ',' || (sep === 'of' && m.entity.type === 'Place' && next.entity.type === 'Place'))) {
        add(m.entity, 'LOCATED_IN', next.entity, 0.75, 'apposition');
      }
      if (m.entity.type === 'Group' && ctx.word(m.last + 1) === 'from') {
        const origin = mentions.find((n) => n.first > m.last && n.first <= m.last + 3 && ['Place', 'Country'].includes(n.entity.type));
        if (origin) add(m.entity, 'LOCATED_IN', origin.entity, 0.65, 'group-from');
      }
    }
    // "Azerbaijan’s long-standing Jewish community" → the group lives in that country.
    if (m.entity.type === 'Country' && m.isPossessive) {
      const group = mentions.find((g) => g.entity.type === 'Group' && g.first > m.last && g.first <= m.last + 5);
      if (group) add(group.entity, 'LOCATED_IN', m.entity, 0.7, 'possessive-community');
    }
  }

  // "A-B border", "the Israel-Azerbaijan alliance": two countries in one hyphenated token.
  for (let i = 0; i < mentions.length - 1; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!a || !b || a.first !== b.first || a.entity.type !== 'Country' || b.entity.type !== 'Country') continue;
    const head = ctx.word(a.last + 1);
    const type: RelationType | undefined = /^(border|frontier|borders)$/.test(head)
      ? 'BORDERS'
      : /^(alliance|partnership|axis)$/.test(head)
        ? 'ALLIED_WITH'
        : /^(war|conflict)$/.test(head)
          ? 'ATTACKS'
          : /^(tensions?|rivalry|dispute|standoff)$/.test(head)
            ? 'IN_TENSION_WITH'
            : /^(talks|summit|meeting)$/.test(head)
              ? 'MEETS_WITH'
              : undefined;
    if (type) {
      add(a.entity, type, b.entity, 0.75, 'compound');
      if (type === 'ATTACKS') add(b.entity, type, a.entity, 0.75, 'compound');
    }
  }

  // "A and B have exchanged visits": each visited the other's country.
  const exchanged = /\bexchanged visits\b/i.exec(sentence.text);
  if (exchanged) {
    const at = ctx.tokenAt(exchanged.index);
    const start = ctx.clauseStart(at);
    const first = mentions.find((m) => m.first >= start && m.last < at && (m.role === 'actor'));
    const parties = first ? entitiesOf(ctx.group(first, at - 1, (m) => m.role === 'actor')) : [];
    for (const a of parties) {
      for (const b of parties) {
        const destination = b.type === 'Country' ? b : countryOf.get(b);
        if (a !== b && destination) add(a, 'VISITED', destination, 0.7, 'exchanged-visits');
      }
    }
  }

  // A meeting somewhere: participants from other countries visited that place.
  const meeting = /\b(met|meeting|talks|summit)\b/i.exec(sentence.text);
  if (meeting) {
    const at = ctx.tokenAt(meeting.index);
    const place = mentions.find((m) => m.first > at && m.role === 'place' && m.entity.type === 'Place' && ['in', 'the'].includes(ctx.word(m.first - 1)));
    if (place) {
      const participants = mentions.filter((m) => m.entity.type === 'Person' && m.first < place.first).map((m) => counterpartOf(m, ctx, countryOf) ?? m);
      const counterpart = mentions.map((m) => counterpartOf(m, ctx, countryOf)).find((m) => m !== undefined);
      for (const p of [...participants, ...(counterpart ? [counterpart] : [])]) add(p.entity, 'VISITED', place.entity, 0.6, 'meeting-place');
    }
  }

  // People who sign an agreement together, or who are on one call, meet.
  const signed = /\b(signed|sign|inked|concluded)\b[^.]*?\b(agreement|deal|accords?|declaration|treaty|pact|memorandum)\b/i.exec(sentence.text);
  const call = /\b(?:joint )?(?:phone|telephone|video) (?:call|conversation|conference) (?:among|between|with)\b/i.exec(sentence.text);
  const hostedBy = /\b(hosted|brokered|mediated) by\b/i.exec(sentence.text);
  if (signed || call) {
    const at = ctx.tokenAt((signed ?? call)!.index);
    const people = (signed ? mentions.filter((m) => m.last < at && m.entity.type === 'Person') : mentions.filter((m) => m.first > at && m.entity.type === 'Person' || (m.kind === 'coreference' && m.entity.type === 'Person')))
      .map((m) => m.entity)
      .filter((e, i, list) => list.indexOf(e) === i);
    if (call && !people.length) return;
    const host = hostedBy ? mentions.find((m) => m.first > ctx.tokenAt(hostedBy.index) && m.entity.type === 'Person') : undefined;
    const parties = people.filter((p) => p !== host?.entity);
    for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) add(parties[i] as ArticleEntity, 'MEETS_WITH', parties[j] as ArticleEntity, 0.7, signed ? 'co-signers' : 'joint-call');
    if (host && signed && /\bpeace|ceasefire|truce\b/i.test(sentence.text)) {
      for (const p of parties) {
        add(host.entity, 'MEETS_WITH', p, 0.7, 'host');
        const country = countryOf.get(p);
        if (country && country !== countryOf.get(host.entity)) add(host.entity, 'MEDIATES', country, 0.65, 'peace-host');
      }
    }
  }
}
