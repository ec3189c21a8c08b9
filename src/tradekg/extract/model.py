"""The seams between extraction and graph building: plain frozen dataclasses, no rdflib."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: sentence, character span in the document, and the rule."""

    sentence_index: int
    start: int
    end: int
    sentence: str
    rule: str


@dataclass(frozen=True)
class Person:
    """A person named in a document; ``key`` is stable within the document (folded surname)."""

    key: str
    name: str
    role: str = ""
    country: str = ""
    official: bool = False
    wikidata: str = ""      # the Wikidata item, when the office-holder table knows the person
    holding: str = ""       # the table row that gave it (source and spell), for provenance


@dataclass(frozen=True)
class Amount:
    """Money with scale resolved: ``value`` in units of ``currency`` (ISO 4217)."""

    value: float
    currency: str
    text: str = ""


@dataclass(frozen=True)
class CountryMention:
    code: str
    evidence: Evidence


@dataclass(frozen=True)
class Meeting:
    participants: tuple[str, ...]  # person keys
    place: str
    place_country: str
    date: str
    mode: str
    modality: str
    evidence: Evidence


@dataclass(frozen=True)
class TradeVolume:
    countries: tuple[str, str]
    amount: Amount
    period: str
    measure: str
    modality: str
    evidence: Evidence


@dataclass(frozen=True)
class TradeFlow:
    exporter: str
    importer: str
    commodity: str
    hs: str
    modality: str
    evidence: Evidence
    amount: Amount | None = None
    negated: bool = False


@dataclass(frozen=True)
class Project:
    label: str
    partners: tuple[str, ...]
    modality: str
    evidence: Evidence
    negated: bool = False  # "they did not build the bridge": stored with the modality Denied


@dataclass(frozen=True)
class Agreement:
    label: str
    parties: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True)
class Statement:
    speaker: str  # person key
    quote: str
    evidence: Evidence


@dataclass
class Extraction:
    """Everything read from one document."""

    countries: list[CountryMention] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)  # codes of groupings named (EU, EAEU)
    people: dict[str, Person] = field(default_factory=dict)
    meetings: list[Meeting] = field(default_factory=list)
    volumes: list[TradeVolume] = field(default_factory=list)
    flows: list[TradeFlow] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what was read and left out (an absurd number)
    dateline: tuple[str, str] = ("", "")  # the place the story was filed from and its country
