"""The per-relation regression suite: short sentences written for the tests (invented people, the
genre's shapes), each with the whole set of facts of a kind it must yield (``data/relation_cases.jsonl``).

A kind a case names is compared as a set: a missing fact and an extra one both fail. Negated flows
are their own kind. Every case names at least one fact, so no case passes with an empty extractor.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradekg.extract import read_facts

from .conftest import article

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "relation_cases.jsonl").read_text().splitlines()
         if line.strip()]


def surname(name: str) -> str:
    return name.split()[-1].lower()


def facts_of(case: dict) -> dict[str, set]:
    x = read_facts(article(case["text"], date=case.get("date", "")))
    names = {k: p.name for k, p in x.people.items()}

    def pair(m):
        return frozenset(surname(names[k]) for k in m.participants)
    return {
        "flows": {(f.exporter, f.importer, f.commodity) for f in x.flows if not f.negated},
        "negated_flows": {(f.exporter, f.importer, f.commodity) for f in x.flows if f.negated},
        "modality": {(f.exporter, f.importer, f.commodity, f.modality) for f in x.flows if not f.negated},
        "flow_values": {(f.exporter, f.importer, f.commodity, round(f.amount.value), f.amount.currency)
                        for f in x.flows if f.amount},
        "volumes": {(*v.countries, round(v.amount.value), v.amount.currency) for v in x.volumes},
        "volume_periods": {(*v.countries, round(v.amount.value), v.period) for v in x.volumes},
        "meetings": {pair(m) for m in x.meetings},
        "meeting_modes": {(pair(m), m.mode) for m in x.meetings},
        "meeting_modalities": {(pair(m), m.modality) for m in x.meetings},
        "officials": {(surname(p.name), p.country) for p in x.people.values() if p.official},
        "projects": [(p.label, frozenset(p.partners)) for p in x.projects],
        "statements": {(surname(names[s.speaker]), s.quote) for s in x.statements},
        "countries": {c.code for c in x.countries},
    }


def expected_set(kind: str, items: list) -> set:
    if kind == "meetings":
        return {frozenset(names) for names in items}
    if kind in ("meeting_modes", "meeting_modalities"):
        return {(frozenset(i[:-1]), i[-1]) for i in items}
    if kind in ("volumes", "volume_periods"):
        return {(*sorted(i[:2]), *i[2:]) for i in items}
    return {tuple(i) if isinstance(i, list) else i for i in items}


def projects_match(expected: list, got: list) -> bool:
    """One project per expected item: the keyword inside its label and the partners among its own."""
    if len(expected) != len(got):
        return False
    free = list(got)
    for keyword, partners in expected:
        hit = next((g for g in free if keyword.lower() in g[0].lower() and set(partners) <= g[1]), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_relation_case(case):
    got = facts_of(case)
    for kind, items in case["expect"].items():
        if kind == "projects":
            assert projects_match(items, got["projects"]), f"{case['id']}: projects {got['projects']}"
        elif kind == "statements":
            assert all(any(s == speaker and words in q for s, q in got["statements"]) for speaker, words in items) and \
                len(got["statements"]) == len(items), f"{case['id']}: statements {got['statements']}"
        else:
            assert got[kind] == expected_set(kind, items), \
                f"{case['id']}: {kind} expected {sorted(map(str, expected_set(kind, items)))}, got {sorted(map(str, got[kind]))}"


def test_every_case_can_fail():
    """An empty extractor fails every case: each names at least one fact."""
    for case in CASES:
        assert any(case["expect"].values()), case["id"]


def test_case_ids_are_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
