"""Round 23 (SP2): `resolve._guessed_groups_to_named` reads each named actor's alias heads from
`_alias_heads`, kept per pack entry, instead of folding every alias of every named actor in every article.
Entries and sentences written for these tests."""

from __future__ import annotations

from marsad import packs
from marsad.pipeline import make_doc
from marsad.stages import resolve
from marsad.textnorm import fold_text


def _entry(eid: str, *aliases: str) -> packs.PackEntry:
    return packs.PackEntry(id=eid, type="actor", name=eid, name_ar=aliases[0],
                           aliases=tuple(packs.Alias(a) for a in aliases))


def test_alias_heads_are_the_folded_leading_words_short_of_each_alias() -> None:
    entry = _entry("test-guard-r23", "قوات الحرس الشعبي في الجنوب", "الحرس الشعبي", "حرس")
    # folded (no hamza on the alif, ta marbuta as ha), two words up to all but the last, alias by alias
    assert resolve._alias_heads(entry) == ("قوات الحرس", "قوات الحرس الشعبي", "قوات الحرس الشعبي في")
    assert resolve._alias_heads(_entry("test-one-word-r23", "حرس")) == ()


def test_alias_heads_follow_a_reloaded_entry_of_the_same_id() -> None:
    old = _entry("test-reload-r23", "لواء الفتح المبين")
    assert resolve._alias_heads(old) == (fold_text("لواء الفتح"),)
    new = _entry("test-reload-r23", "كتائب الفتح المبين")  # the packs reloaded: another object, same id
    assert resolve._alias_heads(new) == (fold_text("كتائب الفتح"),)
    assert resolve._alias_heads(new) is resolve._alias_heads(new)  # kept while the entry is the same


def test_alias_heads_of_a_pack_actor_match_folding_each_alias() -> None:
    entry = next(e for e in packs.entries_by_id().values()
                 if e.type == "actor" and any(len(a.text.split()) > 2 for a in e.aliases))
    expected = []
    for a in entry.aliases:
        words = fold_text(a.text).split()
        expected += [" ".join(words[:n]) for n in range(2, len(words))]
    assert list(resolve._alias_heads(entry)) == expected


def _long_alias_actor() -> tuple[packs.PackEntry, str]:
    for e in packs.entries_by_id().values():
        for a in e.aliases:
            if e.type == "actor" and len(a.text.split()) >= 3:
                return e, " ".join(a.text.split()[:2])
    raise AssertionError("no actor with an alias of three words")


def test_a_guessed_group_joins_the_one_named_actor_whose_alias_it_heads() -> None:
    entry, head = _long_alias_actor()
    text = f"وأعلن {entry.aliases[0].text} بيانا. وقال قائد {head} إن مقاتليه تقدموا."
    doc = make_doc(text)
    owner = doc.new_entity("actor", entry.name, entry.name_ar, entry.id)
    at = text.index(entry.aliases[0].text)
    owner.add(at, at + len(entry.aliases[0].text), entry.aliases[0].text, "pack")
    guessed = doc.new_entity("actor", head, head, None)
    hs = text.rindex(head)
    guessed.add(hs, hs + len(head), head, "pattern")
    resolve._guessed_groups_to_named(doc)
    assert guessed not in doc.entities
    assert (hs, hs + len(head)) in {(m.start, m.end) for m in owner.mentions}


def test_a_head_two_named_actors_share_is_left_alone() -> None:
    entry, head = _long_alias_actor()
    text = f"وأعلن {entry.aliases[0].text} بيانا. وقال قائد {head} إن مقاتليه تقدموا."
    doc = make_doc(text)
    owner = doc.new_entity("actor", entry.name, entry.name_ar, entry.id)
    at = text.index(entry.aliases[0].text)
    owner.add(at, at + len(entry.aliases[0].text), entry.aliases[0].text, "pack")
    twin = _entry("test-twin-r23", head + " الثانية")
    packs.entries_by_id()[twin.id] = twin  # a second named actor whose alias has the same head
    try:
        other = doc.new_entity("actor", twin.name, twin.name_ar, twin.id)
        other.add(0, 5, text[:5], "pack")
        guessed = doc.new_entity("actor", head, head, None)
        hs = text.rindex(head)
        guessed.add(hs, hs + len(head), head, "pattern")
        resolve._guessed_groups_to_named(doc)
        assert guessed in doc.entities and guessed.mentions
    finally:
        del packs.entries_by_id()[twin.id]
