"""Stable IRIs for every entity: the only place IRIs are minted.

Keys are standard codes where one exists (ISO 3166-1 alpha-3, HS, ISO 4217) and normalised names
otherwise, never raw text, so the same thing read from two documents is one node.
"""
from __future__ import annotations

import re
import unicodedata

from rdflib import URIRef

BASE = "https://w3id.org/tradekg/id/"
REFERENCE_GRAPH = URIRef("https://w3id.org/tradekg/graph/reference")


def key(text: str) -> str:
    """A lower-case ASCII slug of a name.

    Example:
        >>> key("Nguyễn Xuân Phúc")
        'nguyen-xuan-phuc'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def singular(word: str) -> str:
    """Plural to singular for commodity keys ("buses" and "bus" are one commodity)."""
    for end, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("uses", "us")):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + repl
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def document(doc_id: str) -> URIRef:
    """The document; also the name of the graph that holds its facts."""
    return URIRef(f"{BASE}doc/{key(doc_id) if not re.fullmatch(r'[A-Za-z0-9._-]+', doc_id) else doc_id}")


def country(alpha3: str) -> URIRef:
    return URIRef(f"{BASE}country/{alpha3.upper()}")


def person(name: str) -> URIRef:
    return URIRef(f"{BASE}person/{key(name)}")


def office(alpha3: str, role: str) -> URIRef:
    return URIRef(f"{BASE}office/{alpha3 or 'XXX'}/{key(role)}")


def commodity(label: str) -> URIRef:
    return URIRef(f"{BASE}commodity/{'-'.join(singular(w) for w in key(label).split('-'))}")


def hs_code(code: str) -> URIRef:
    return URIRef(f"{BASE}hs/{code}")


HS_SCHEME = URIRef(f"{BASE}hs")


def organisation(code: str) -> URIRef:
    return URIRef(f"{BASE}org/{code.upper()}")


def currency(code: str) -> URIRef:
    return URIRef(f"{BASE}currency/{code.upper()}")


def place(name: str, alpha3: str = "") -> URIRef:
    return URIRef(f"{BASE}place/{alpha3 or 'XXX'}/{key(name)}")


def fact(doc_id: str, kind: str, index: int) -> URIRef:
    return URIRef(f"{document(doc_id)}/{kind}/{index}")
