"""The gazetteer part of the NER lexicon, read from marsad's own packs at training time."""

from __future__ import annotations

from marsad import packs
from marsad.ner.features import fold_token


def _key(text: str) -> tuple[str, ...]:
    return tuple(fold_token(t) for t in text.split() if fold_token(t))


def pack_gazetteer() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """(multi-word entries → types, single words → labels) from the entity packs, the place gazetteer,
    given names and role nouns."""
    gaz: dict[tuple[str, ...], set[str]] = {}

    def add(text: str, typ: str) -> None:
        k = _key(text)
        if k and (len(k) > 1 or len(k[0]) > 1):
            gaz.setdefault(k, set()).add(typ)

    for e in packs.entity_pack("actors"):
        typ = "LOC" if e.kind == "state" else "ORG"
        for a in e.aliases:
            add(a.text, typ)
    for e in packs.entity_pack("people"):
        for a in e.aliases:
            add(a.text, "PER")
    for e in packs.entity_pack("outlets"):
        for a in e.aliases:
            add(a.text, "ORG")
    for e in packs.entity_pack("places"):
        for a in e.aliases:
            add(a.text, "LOC")
    try:
        from marsad import gazetteer as gz

        for key in gz.alias_table():
            add(key, "LOC")
    except Exception:  # the place gazetteer is optional here; the packs above are enough
        pass
    words: dict[str, set[str]] = {}
    names = packs.load_json("given_names")
    for n in names.get("names", []):
        words.setdefault(fold_token(n), set()).add("GIVEN")
    for n in names.get("ambiguous", []):
        words.setdefault(fold_token(n), set()).add("GIVEN?")
    roles = packs.load_json("roles")
    for key, label in (
        ("person_roles", "ROLE"),
        ("rank_words", "ROLE"),
        ("name_particles", "PARTICLE"),
        ("formation_heads", "FORM"),
        ("locative_before_place", "LOCCUE"),
        ("speech_verbs_before_names", "SAY"),
        ("person_quote_cues", "NICK"),
        ("nickname_cues", "NICK"),
        ("person_role_modifiers", "RMOD"),
        ("not_name_words", "NOTNAME"),
    ):
        for w in roles.get(key, []):
            if isinstance(w, str) and len(w.split()) == 1:
                words.setdefault(fold_token(w), set()).add(label)
    return ({k: "|".join(sorted(v)) for k, v in gaz.items()}, {k: "|".join(sorted(v)) for k, v in words.items() if k})
