"""The errors tradekg raises, all children of ``TradeKGError``::

    TradeKGError
    ├── InputError      a document or path that cannot be read (names the file)
    ├── StoreError      the store cannot be opened, is busy, or refused a write
    └── QueryError      a SPARQL query that does not parse or is refused

The command line prints each as one line and exits non-zero.
"""


class TradeKGError(Exception):
    """Base class of every error tradekg raises on purpose."""


class InputError(TradeKGError):
    """A document or path that cannot be read; the message starts with the path."""


class StoreError(TradeKGError):
    """The store cannot be opened, is busy, or refused a write."""


class QueryError(TradeKGError):
    """A SPARQL query that does not parse, or uses a refused feature."""
