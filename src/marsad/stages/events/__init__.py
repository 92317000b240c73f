"""Stage: events — triggers, clauses, argument roles and modality.

A trigger lexicon (`data/triggers.json`) is matched over the folded text; triggers of one type in one clause
make one event. Roles come from the entity mentions of the clause by position and Arabic argument
structure: a verb's subject follows it (VSO: شن عناصر التنظيم هجوماً) or precedes it (SVO: قسد خرّجت دفعة);
a name after على/ضد/مع/بين is the target or counterpart; a place after في/ب is where. A dropped subject
falls back to the sentence's subject, then to the actor of the previous event, then to the article's main
actor, unless the verb's own subject is a definite noun that names no party (القذيفة استهدفت); an international
body is never the doer of a deed. A fight whose target is only a plural pronoun (تقاتلهم، ضدهم) is fought against
the armed group named last before it, and one that names no target against the doer's opponent in the article's
other events. Modality comes from cue words around the trigger and from the claim the trigger sits in.

One happening is often told several times (headline, lead, a source's account, a tally): a killing and the
attack it happened in are one event; a later telling by the same named doer on the same named target, a
definite noun referring back, or participants named with a demonstrative restate an earlier event, and the
place of the most precise telling wins (قرب مدينة كركوك ... الهجوم وقع في منطقة السعدونية). The word lists of
these rules are in `data/event_cues.json`.

The stage is a package of sub-stages, layered so that each imports only those before it: `lexicon` (the trigger
lexicon and cue words from the packs), `context` (words, clauses, the per-article look-ups), `detect` (which words
tell an event), `where` (its place), `modality` (happened, claimed, denied, planned), `roles` (its doer and
target), `merge` (the retellings of one happening); this module runs them in order (`run`). A helper sits in the
lowest sub-stage that uses it.
"""

from __future__ import annotations

from marsad import model
from marsad.pipeline import Doc, stage
from marsad.stages.quantities import restated_in

from .context import (
    _DATELINE_AFTER,
    _WORD,
    ACTOR_TYPES,
    Draft,
    Words,
    _announced_time,
    _Ctx,
    _folded_set,
    _fronted_time,
    _in_list,
    _is_subject_like,
    _nested,
    _reported_doer,
    _strip_conj,
    _time_beside,
    _time_in,
)
from .detect import (
    _aside_quantities,
    _attach_light,
    _casualty_alone,
    _civil_coordination,
    _civil_senses,
    _claimer,
    _convoy_at_rest,
    _dated_at,
    _drop_objects,
    _figurative_blast,
    _filter_hits,
    _find_hits,
    _fired_weapons,
    _group,
    _injury_alone,
    _injury_hit,
    _intercepted,
    _masdars,
    _named_in_sentence,
    _named_operation_hits,
    _operation_owners,
    _other_senses,
    _passive_masdars,
    _previous_ones,
    _relative_deed,
    _retype,
    _threat_to_civil,
    _trade_threat,
    _unarmed_supply,
)
from .lexicon import (
    _LEXICON_FILES,
    _anaphor_forms,
    _build_lexicon,
    _cue_labels,
    _cue_words,
    _f,
    _object_pronouns,
    _place_cues,
    cues,
    lexicon,
)
from .merge import (
    _acled,
    _agreement_again,
    _carrier_retold,
    _claimed_back,
    _head_stems,
    _history,
    _incident_retold,
    _mark,
    _merge,
    _object_retold,
    _oblique_retold,
    _occurred_retold,
    _onset_retold,
    _past_era,
    _pointed_back,
    _prelude_fights,
    _reaction_retold,
    _recalled,
    _repeats,
    _reply_retold,
    _responsibility_claim,
    _site_retold,
    _source_retold,
    _suffixed_killing_retold,
    _time_clause_retold,
    _told_again,
    _unclaimed_back,
    _unclaimed_objects,
    _war_toll,
)
from .roles import (
    _between_sides,
    _death_by_fire,
    _frame_words,
    _main_actor,
    _noun_adjective_subject,
    _opposing_targets,
    _people_adjective_subject,
    _report_tellers,
    _roles_once,
    _roles_pass,
    _struck_sides,
    _sufferers,
    _unattested_borrowed,
    _unfit_lent_doer,
)
from .where import (
    _incident_place,
    _paired_countries,
    _place,
    _reply_at,
    _seat_named,
    _word_indexes,
)

#: names the tests, benchmarks and scripts reach as marsad.stages.events.NAME
__all__ = [
    "ACTOR_TYPES",
    "_DATELINE_AFTER",
    "_LEXICON_FILES",
    "_WORD",
    "Words",
    "_Ctx",
    "_anaphor_forms",
    "_attach_light",
    "_between_sides",
    "_build_lexicon",
    "_casualty_alone",
    "_claimer",
    "_cue_words",
    "_dated_at",
    "_death_by_fire",
    "_f",
    "_figurative_blast",
    "_find_hits",
    "_folded_set",
    "_frame_words",
    "_head_stems",
    "_in_list",
    "_incident_place",
    "_incident_retold",
    "_injury_alone",
    "_injury_hit",
    "_is_subject_like",
    "_main_actor",
    "_mark",
    "_masdars",
    "_nested",
    "_noun_adjective_subject",
    "_object_pronouns",
    "_onset_retold",
    "_other_senses",
    "_paired_countries",
    "_people_adjective_subject",
    "_place",
    "_place_cues",
    "_previous_ones",
    "_relative_deed",
    "_reply_at",
    "_report_tellers",
    "_reported_doer",
    "_responsibility_claim",
    "_roles_once",
    "_seat_named",
    "_strip_conj",
    "_struck_sides",
    "_sufferers",
    "_unattested_borrowed",
    "_unclaimed_objects",
    "_unfit_lent_doer",
    "_word_indexes",
    "cues",
    "lexicon",
    "run",
]


def _event_quantities(ctx: _Ctx, d: Draft, s: int, e: int) -> tuple[model.Quantity, ...]:
    """The counts told in the event's span (and after a time aside), with the figures its span restates: a
    headline's "مقتل 5 مدنيين" is the article's record, the body's "قتل 5 مدنيين" still the body event's."""
    doc = ctx.doc
    own = tuple(q for q in doc.quantities if s <= q.start and q.end <= e) + _aside_quantities(ctx, d, e)
    if d.toll_spans:
        # «وكانت الهجمات قد أسفرت عن مقتل 246»: the casualty counts of a toll folded into this telling (the
        # units event_cues toll_units lists), each value and unit once: a figure the span already holds is the
        # same toll told twice, not another
        units = _cue_labels("toll_units")
        have = {(q.value, q.unit) for q in own}
        for a, b in d.toll_spans:
            for q in doc.quantities:
                if a <= q.start and q.end <= b and q.unit in units and (q.value, q.unit) not in have:
                    own += (q,)
                    have.add((q.value, q.unit))
    again = restated_in(doc, s, e, own)
    return tuple(sorted(own + again, key=lambda q: q.start)) if again else own


@stage("events", requires=("doc.entities", "doc.claims"), assigns=("doc.events",))
def run(doc: Doc) -> None:
    # the stage reads the entities and changes none: the mention index is checked once, not per look-up
    with doc.entities_fixed():
        _events(doc)


def _events(doc: Doc) -> None:
    lex = lexicon()
    ctx = _Ctx(doc, lex)
    hits = _find_hits(doc, ctx)
    hits = hits + _intercepted(ctx, hits)
    hits = hits + _fired_weapons(ctx, hits)
    hits = hits + _passive_masdars(ctx, hits)
    op_owners = _named_operation_hits(ctx, hits)
    hits = sorted(hits, key=lambda x: x.start)
    _masdars(ctx, hits)
    # a wound trigger (أصيب ... برصاص) joins the raw hits only once it stands as an attack (detect._injury_hit)
    ctx.raw_hits = [h for h in hits if not _injury_hit(h)]
    hits = _injury_alone(ctx, _filter_hits(ctx, hits))
    if any(_injury_hit(h) for h in hits):
        ctx.raw_hits = sorted(ctx.raw_hits + [h for h in hits if _injury_hit(h)], key=lambda x: x.start)
    hits = _casualty_alone(ctx, hits)
    hits = _attach_light(ctx, hits)
    _retype(ctx, hits)
    hits = _convoy_at_rest(ctx, _drop_objects(ctx, hits))
    drafts = _group(ctx, hits)
    main = _main_actor(doc)
    _roles_pass(ctx, drafts, main)
    _operation_owners(ctx, drafts, op_owners)
    _death_by_fire(ctx, drafts)
    # a predicted event (للتوصل إلى تفاهمات، الهجوم المرتقب) with no party named in its sentence says nothing
    drafts = [d for d in drafts
              if d.modality != "expected" or d.verbal or ctx.actors(*d.sentence, persons=True)]
    drafts = [d for d in drafts if not _history(ctx, d) and not _war_toll(ctx, d) and not _past_era(ctx, d)]
    drafts = _unarmed_supply(ctx, _threat_to_civil(ctx, _other_senses(ctx, _civil_senses(ctx, drafts))))
    drafts = _trade_threat(ctx, drafts)
    drafts = _pointed_back(ctx, drafts)
    drafts = _merge(ctx, _agreement_again(ctx, _recalled(ctx, _object_retold(ctx, _told_again(ctx, _repeats(
        ctx, _unclaimed_back(ctx, _claimed_back(ctx, drafts))))))))
    drafts = _source_retold(ctx, _prelude_fights(ctx, _onset_retold(ctx, _incident_retold(ctx, _oblique_retold(
        ctx, _reply_retold(ctx, drafts))))))
    drafts = _time_clause_retold(ctx, _suffixed_killing_retold(ctx, _reaction_retold(ctx, drafts)))
    drafts = _carrier_retold(ctx, _site_retold(ctx, _occurred_retold(ctx, drafts)))
    drafts = _civil_coordination(ctx, drafts)
    _opposing_targets(ctx, drafts)
    _incident_place(ctx, drafts)
    # a doer lent to a fight stays only when the article names that party doing such a deed somewhere
    _unattested_borrowed(ctx, drafts)
    heads = frozenset(d.head.start for d in drafts)
    events = []
    for d in drafts:
        if d.actor1 is not None and d.actor1 is d.actor2 and not d.actor1_explicit:
            # a doer guessed from the sentences around that is the event's own target: the target stays, the
            # guess goes (after the retellings were merged, which compare the guessed doers)
            d.actor1 = None
        if d.actor1 is not None and d.actor1_borrowed and d.type in cues().sentence_doer_types and (
                not _named_in_sentence(ctx, d.actor1, d.sentence)):
            # وفي الاجتماع الذي استمر 4 ساعات وافق كيم على عقد قمة: talks, meetings and pacts are held by the
            # parties their own sentence names; the article's main party or the doer before, guessed, is as
            # often a third party the talks are about or one of another item of the article. Withdrawn only
            # here, after the retellings were merged by their guessed doers and later guesses made from it
            d.actor1 = None
        # a doer lent to an attack or arrest that cannot do it (a legislature, a crime article's state), once
        # more after the retellings were merged: a retelling takes the doer the first telling was lent
        _unfit_lent_doer(ctx, d, None)
        h = d.head
        s, e = d.span
        events.append(model.Event(
            type=d.type, start=s, end=e,
            trigger=model.Span(h.start, h.end, doc.text[h.start:h.end]),
            modality=d.modality,
            actor1=d.actor1.id if d.actor1 else None,
            actor2=d.actor2.id if d.actor2 and d.actor2 is not d.actor1 else None,
            place=d.place.id if d.place else None,
            date=_time_in(doc, s, e) or _time_beside(doc, s, e, d.sentence, h.start) or _fronted_time(
                doc, d.sentence, h.start, heads) or (_announced_time(doc, d.sentence, h.start)
                                                     if d.modality in ("asserted", "reported") else None),
            quantities=_event_quantities(ctx, d, s, e),
            claim=d.claim.id if d.claim is not None and d.claim.id else None,
            acled=_acled(lex, d, doc.text), plover=lex.types[d.type].get("plover"),
            id=f"ev{len(events) + 1}",
        ))
    doc.events = events
