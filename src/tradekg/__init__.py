"""tradekg: news about trade between countries, as a knowledge graph you can query.

    >>> from tradekg import KnowledgeGraph
    >>> kg = KnowledgeGraph(None)                      # in memory; a path for a store on disk
"""
from .errors import InputError, QueryError, StoreError, TradeKGError
from .pipeline import IngestReport, KnowledgeGraph

__all__ = ["KnowledgeGraph", "IngestReport", "TradeKGError", "InputError", "QueryError", "StoreError"]
__version__ = "0.1.0"
