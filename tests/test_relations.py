"""The per-relation regression suite: short sentences written for the tests, each with the facts
it must yield and the facts it must not (``data/relation_cases.jsonl``)."""
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
    return {
        "flows": {(f.exporter, f.importer, f.commodity) for f in x.flows if not f.negated},
        "volumes": {(*v.countries, round(v.amount.value), v.amount.currency) for v in x.volumes},
        "meetings": {frozenset(surname(names[k]) for k in m.participants) for m in x.meetings},
        "officials": {(surname(p.name), p.country) for p in x.people.values() if p.official},
        "projects": {(p.label.lower(), frozenset(p.partners)) for p in x.projects},
        "statements": {(surname(names[s.speaker]), s.quote) for s in x.statements},
        "countries": {c.code for c in x.countries},
        "volume_periods": {(*v.countries, round(v.amount.value), v.period) for v in x.volumes},
        "flow_values": {(f.exporter, f.importer, f.commodity, round(f.amount.value), f.amount.currency)
                        for f in x.flows if f.amount},
    }


def holds(kind: str, expected, got: set) -> bool:
    if kind == "meetings":
        return any({surname(n) for n in expected} <= m for m in got)
    if kind == "projects":
        keyword, partners = expected
        return any(keyword in label and set(partners) <= ps for label, ps in got)
    if kind == "statements":
        speaker, words = expected
        return any(s == surname(speaker) and words in q for s, q in got)
    if kind == "countries":
        return expected in got
    if kind == "officials":
        return (surname(expected[0]), expected[1]) in got
    return tuple(expected) in got


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_relation_case(case):
    got = facts_of(case)
    for kind, items in case.get("must", {}).items():
        for expected in items:
            assert holds(kind, expected, got[kind]), f"{case['id']}: missing {kind} {expected}; got {sorted(map(str, got[kind]))}"
    for kind, items in case.get("must_not", {}).items():
        for unexpected in items:
            assert not holds(kind, unexpected, got[kind]), f"{case['id']}: unexpected {kind} {unexpected}"
