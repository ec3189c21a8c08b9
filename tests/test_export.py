import networkx as nx


def test_full_graph_has_readable_labels(sample_kg):
    g = sample_kg.to_networkx("full")
    assert isinstance(g, nx.MultiDiGraph)
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"Viktor Sharko", "Belarus"} <= labels


def test_trade_projection_edges(sample_kg):
    g = sample_kg.to_networkx("trade")
    edges = {(u.rsplit("/", 1)[-1], v.rsplit("/", 1)[-1], d["commodity"]) for u, v, d in g.edges(data=True)}
    assert ("UZB", "BLR", "cotton yarn") in edges
    assert g.nodes["https://w3id.org/tradekg/id/country/BLR"]["label"] == "Belarus"


def test_trade_summary_weights(sample_kg):
    g = sample_kg.to_networkx("trade-summary")
    data = g.edges["https://w3id.org/tradekg/id/country/BLR", "https://w3id.org/tradekg/id/country/UZB"]
    assert data["flows"] == 3 and "tractors" in data["commodities"]


def test_meeting_network(sample_kg):
    g = sample_kg.to_networkx("meetings")
    assert g.has_edge("Viktor Sharko", "Abdulla Karimov")
