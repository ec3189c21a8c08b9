"""Every shipped .rq parses and runs; the contract queries return the expected rows."""
import pytest

from tradekg.pipeline import named_query, named_query_names

CONTRACT = {
    "countries": {"doc", "country"},
    "officials": {"doc", "name", "role", "country"},
    "meetings": {"doc", "meeting", "participant", "place", "date"},
    "trade-volumes": {"doc", "country1", "country2", "value", "currency", "period"},
    "trade-flows": {"doc", "exporter", "importer", "commodity", "hs", "value", "currency"},
    "projects": {"doc", "project", "partner"},
}


def test_catalogue_has_the_contract_queries():
    assert set(CONTRACT) <= set(named_query_names())


@pytest.mark.parametrize("name", named_query_names())
def test_every_named_query_runs(sample_kg, name):
    results = sample_kg.query(named_query(name))
    variables = {v.value for v in results.variables}
    assert CONTRACT.get(name, set()) <= variables
    assert list(results), f"{name} returned no rows on the sample graph"


def short(value: str) -> str:
    return value.rsplit("/", 1)[-1]


def test_trade_flows_rows(sample_kg):
    rows = {(short(r["doc"]), short(r["exporter"]), short(r["importer"]), r["commodity"], r["hs"])
            for r in sample_kg.named("trade-flows")}
    assert ("uzbekistan-belarus-talks", "UZB", "BLR", "cotton yarn", "5205") in rows
    assert ("uzbekistan-belarus-talks", "BLR", "UZB", "tractors", "8701") in rows
    assert ("wire-japan-korea", "JPN", "KOR", "cars", "8703") in rows
    # "Uzbekistan does not export wheat" is denied, so it is not a flow
    assert not any(r[3] == "wheat" for r in rows)


def test_trade_volumes_rows(sample_kg):
    rows = {(short(r["country1"]), short(r["country2"]), float(r["value"]), r["currency"], r["modality"])
            for r in sample_kg.named("trade-volumes")}
    assert ("BLR", "UZB", 850e6, "USD", "realised") in rows
    assert ("BLR", "UZB", 1.5e9, "USD", "planned") in rows
    assert ("JPN", "KOR", 3.4e9, "USD", "realised") in rows
    assert not any(v == 1.2e9 for _, _, v, _, _ in rows)  # a deficit is not a turnover


def test_meetings_rows(sample_kg):
    rows = [r for r in sample_kg.named("meetings") if r["doc"].endswith("uzbekistan-belarus-talks")]
    assert {r["participant"] for r in rows} == {"Viktor Sharko", "Abdulla Karimov"}
    assert {(r["place"], r["date"]) for r in rows} == {("Minsk", "2024-03-14")}


def test_officials_rows(sample_kg):
    rows = {(r["name"], r["role"], short(r["country"])) for r in sample_kg.named("officials")}
    assert ("Viktor Sharko", "president", "BLR") in rows
    assert ("Park Jin-ho", "minister of trade", "KOR") in rows


def test_projects_rows(sample_kg):
    rows = {(r["project"], short(r["partner"])) for r in sample_kg.named("projects")}
    assert ("joint production of agricultural machinery", "UZB") in rows
    assert ("joint production of agricultural machinery", "BLR") in rows


def test_a_denied_project_is_stored_denied_and_left_out_of_the_projects_query(tmp_path):
    from tradekg import KnowledgeGraph
    kg = KnowledgeGraph(tmp_path / "store")
    from tradekg.articles import Article
    kg.ingest_articles([Article("d", "d", "Chile and Peru did not build the bridge. Chile and Peru will build a port.", "")])
    assert sorted({r["project"] for r in kg.named("projects")}) == ["build port"]
    assert len(list(kg.query("PREFIX tkg: <https://w3id.org/tradekg/ontology#> "
                         "SELECT ?f WHERE { GRAPH ?g { ?f a tkg:JointProject ; tkg:modality tkg:Denied } }"))) == 1
