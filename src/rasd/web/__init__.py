"""``rasd serve``: the JSON API and the Arabic (RTL) web app over the store.

* :mod:`rasd.web.app`: :func:`~rasd.web.app.create_app` (FastAPI): ``/api/…`` (articles, events, entities,
  search, export, stats; OpenAPI at ``/docs``; one error shape) and the pages (dashboard with map and timeline,
  events, event, article, search);
* :mod:`rasd.web.data`: read-only SQL over the store (the store's own search and exports where they fit);
* :mod:`rasd.web.highlight`: article text as escaped HTML with character spans marked;
* :mod:`rasd.web.cli`: the ``serve`` subcommand.

Nothing here is imported by ``rasd`` unless ``rasd serve`` runs (FastAPI and uvicorn cost start-up time).
"""
