"""The FastAPI application of ``rasd serve``: the JSON API under ``/api`` and the Arabic pages.

Every 4xx (and the 500 that should never happen) answers the API with one shape::

    {"error": {"code": "not_found", "message": "…", "detail": …}}

``code`` is one of ``not_found``, ``invalid_parameter`` (FastAPI's validation errors, malformed dates, a search
with no word), ``method_not_allowed``, ``http_error`` and ``internal_error``; ``detail`` is ``null`` or what
helps (FastAPI's list of validation errors, the parameter at fault). The pages answer the same errors with an
Arabic HTML page and the same status code.
"""

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd import __version__
from rasd.errors import RasdError
from rasd.web import data
from rasd.web.highlight import HIT_CLOSE, HIT_OPEN, highlight, plain, snippet_html

HERE = Path(__file__).resolve().parent
#: The environment variable of an optional tile server (``https://{s}.tile.example/{z}/{x}/{y}.png``).
ENV_TILES = "RASD_TILES_URL"

#: ACLED's event types in Arabic, for the pages (the data keep ACLED's English names).
TYPE_AR = {
    "Battles": "معارك",
    "Explosions/Remote violence": "انفجارات وعنف عن بعد",
    "Violence against civilians": "عنف ضد المدنيين",
    "Protests": "احتجاجات",
    "Riots": "أعمال شغب",
    "Strategic developments": "تطورات استراتيجية",
    "none": "غير مصنّف",
}
#: Colours of the event types on the map and the timeline (also in static/app.css).
TYPE_COLOR = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#d35400",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
    "none": "#95a5a6",
}
ROLE_AR = {
    "evidence": "الدليل",
    "trigger": "المحفّز",
    "mention": "ذكر آخر للحدث",
    "place": "المكان",
    "date": "التاريخ",
    "actor": "الفاعلون",
    "figure": "الأرقام",
    "claim": "الادعاءات",
    "speaker": "المتحدث",
    "claim-marker": "فعل القول",
}


class ApiError(Exception):
    """An error answered with the one error shape."""

    def __init__(self, status: int, code: str, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail


def _error_body(code: str, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "detail": detail}}


_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 422: "invalid_parameter", 400: "invalid_parameter"}


def _jsonable_errors(errors: Any) -> list[dict[str, Any]]:
    out = []
    for e in errors:
        item = {k: e.get(k) for k in ("type", "loc", "msg")}
        item["loc"] = [str(x) for x in item["loc"] or []]
        if "input" in e and isinstance(e["input"], str | int | float | type(None)):
            item["input"] = e["input"]
        out.append(item)
    return out


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["TYPE_AR"] = TYPE_AR
    env.globals["TYPE_COLOR"] = TYPE_COLOR
    env.globals["ROLE_AR"] = ROLE_AR
    env.globals["version"] = __version__
    env.globals["active"] = ""
    env.filters["type_ar"] = lambda t: TYPE_AR.get(t or "none", t)
    return env


def create_app(db: str | Path, *, tiles_url: str | None = None) -> FastAPI:
    """The application over the store at ``db`` (opened read-only per request).

    Args:
        db: the store's path.
        tiles_url: a tile server URL template for the map (default: ``$RASD_TILES_URL``; none: the map shows only
            the vendored country boundaries, offline).

    Raises:
        ConfigError: there is no readable rasd store at ``db``.
    """
    path = Path(db)
    data.check_store(path)
    tiles = (tiles_url if tiles_url is not None else os.environ.get(ENV_TILES)) or None
    env = _env()
    app = FastAPI(
        title="rasd",
        version=__version__,
        description="The archive of rasd: articles, events, entities, Arabic search, exports and statistics. "
        'Every 4xx answers `{"error": {"code", "message", "detail"}}`.',
        docs_url=None,
        redoc_url=None,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def conn() -> Iterator[Any]:
        with data.connect(path) as c:
            yield c

    Conn = Annotated[Any, Depends(conn)]

    # ---- errors -------------------------------------------------------------------------------------------------

    def _is_api(request: Request) -> bool:
        return request.url.path.startswith("/api") or request.url.path == "/openapi.json"

    def _error(request: Request, status: int, code: str, message: str, detail: Any = None) -> Response:
        if _is_api(request):
            return JSONResponse(_error_body(code, message, detail), status_code=status)
        html = env.get_template("error.html").render(status=status, message=message, detail=detail, tiles=tiles)
        return HTMLResponse(html, status_code=status, headers=_csp(tiles))

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _error(request, exc.status, exc.code, exc.message, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        errors = _jsonable_errors(exc.errors())
        where = ", ".join(".".join(e["loc"][1:] or e["loc"]) for e in errors)
        return _error(request, 422, "invalid_parameter", f"invalid request parameters: {where}", errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        message = "no such resource" if exc.status_code == 404 else str(exc.detail)
        return _error(request, exc.status_code, code, message, None)

    @app.exception_handler(RasdError)
    async def _rasd(request: Request, exc: RasdError) -> Response:
        return _error(request, 422, "invalid_parameter", str(exc), None)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:  # pragma: no cover - a bug, never by design
        return _error(request, 500, "internal_error", f"internal error: {type(exc).__name__}", None)

    # ---- parameters ---------------------------------------------------------------------------------------------

    def event_filters(
        event_type: Annotated[
            str | None, Query(alias="type", max_length=200, description="ACLED event or sub-event type; 'none'")
        ] = None,
        date_from: Annotated[str | None, Query(alias="from", max_length=40, description="YYYY-MM-DD")] = None,
        date_to: Annotated[str | None, Query(alias="to", max_length=40, description="YYYY-MM-DD")] = None,
        place: Annotated[str | None, Query(max_length=200, description="place name, Arabic or English")] = None,
        admin1: Annotated[str | None, Query(max_length=200, description="first-level division")] = None,
        actor: Annotated[str | None, Query(max_length=200, description="part of an actor's name")] = None,
        source: Annotated[str | None, Query(max_length=200, description="publisher")] = None,
    ) -> dict[str, str | None]:
        values = {
            "event_type": event_type,
            "date_from": date_from,
            "date_to": date_to,
            "place": place,
            "admin1": admin1,
            "actor": actor,
            "source": source,
        }
        values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
        for key, name in (("date_from", "from"), ("date_to", "to")):
            if values[key]:
                try:
                    from rasd.settings import parse_iso_date

                    values[key] = parse_iso_date(str(values[key]), what=name)
                except RasdError as exc:
                    raise ApiError(422, "invalid_parameter", str(exc), {"parameter": name}) from exc
        return values

    Filt = Annotated[dict[str, str | None], Depends(event_filters)]

    def article_filters(values: dict[str, str | None]) -> Any:
        from rasd.store.query import Filters

        return Filters(**values)

    def ev_filters(f: dict[str, str | None], acled_row: bool | None = None) -> data.EventFilters:
        return data.EventFilters(
            event_type=f["event_type"],
            date_from=f["date_from"],
            date_to=f["date_to"],
            place=f["place"],
            admin1=f["admin1"],
            actor=f["actor"],
            source=f["source"],
            acled_row=acled_row,
        )

    def page(limit: int, offset: int, total: int, items: list[Any]) -> dict[str, Any]:
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    # ---- API ----------------------------------------------------------------------------------------------------

    @app.get("/api", tags=["meta"], summary="what the API offers")
    def api_index() -> dict[str, Any]:
        return {
            "name": "rasd",
            "version": __version__,
            "docs": "/docs",
            "openapi": "/openapi.json",
            "endpoints": [
                "/api/articles",
                "/api/articles/{id}",
                "/api/events",
                "/api/events/{article}/{id}",
                "/api/entities",
                "/api/search?q=",
                "/api/export?format=acled-csv|geojson|jsonl",
                "/api/stats",
                "/api/facets",
            ],
        }

    @app.get("/api/articles", tags=["articles"], summary="articles (latest revisions) passing the filters")
    def api_articles(
        c: Conn,
        f: Filt,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> JSONResponse:
        conds, params = article_filters(f).where()
        total, items = data.list_articles(c, conds, params, limit=limit, offset=offset)
        return JSONResponse(page(limit, offset, total, items))

    @app.get("/api/articles/{key}", tags=["articles"], summary="one article (any revision) with its annotations")
    def api_article(c: Conn, key: str) -> JSONResponse:
        art = data.get_article(c, key)
        if art is None:
            raise ApiError(404, "not_found", f"no article {key!r}", {"id": key})
        return JSONResponse(art)

    @app.get("/api/events", tags=["events"], summary="events passing the filters, newest first")
    def api_events(
        c: Conn,
        f: Filt,
        acled_row: Annotated[bool | None, Query(description="only ACLED rows (true) or only the others")] = None,
        limit: Annotated[int, Query(ge=1, le=10000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> JSONResponse:
        total, items = data.list_events(c, ev_filters(f, acled_row), limit=limit, offset=offset)
        return JSONResponse(page(limit, offset, total, items))

    @app.get(
        "/api/events/{article}/{event_id}",
        tags=["events"],
        summary="one event with its article text, mentions, claims, entities and figures",
    )
    def api_event(c: Conn, article: str, event_id: str) -> JSONResponse:
        detail = data.get_event(c, article, event_id)
        if detail is None:
            raise ApiError(404, "not_found", f"no event {event_id!r} in article {article!r}", None)
        detail["spans"] = [
            {"start": s, "end": e, "role": r, "label": label} for s, e, r, label in data.event_spans(detail)
        ]
        return JSONResponse(detail)

    @app.get("/api/entities", tags=["entities"], summary="entities grouped by type and name, most mentioned first")
    def api_entities(
        c: Conn,
        entity_type: Annotated[str | None, Query(alias="type", max_length=20, description="PER, ORG, GPE…")] = None,
        name: Annotated[str | None, Query(max_length=200)] = None,
        article: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> JSONResponse:
        total, items = data.list_entities(
            c, entity_type=entity_type, name=name, article=article, limit=limit, offset=offset
        )
        return JSONResponse(page(limit, offset, total, items))

    def run_search(c: Any, q: str, f: dict[str, str | None], limit: int) -> list[Any]:
        from rasd.store.query import search

        try:
            return search(data.as_database(c), q, filters=article_filters(f), limit=limit)
        except RasdError as exc:
            raise ApiError(400, "invalid_parameter", str(exc), {"parameter": "q"}) from exc

    @app.get("/api/search", tags=["search"], summary="Arabic full-text search (any inflection, quoted phrases)")
    def api_search(
        c: Conn,
        f: Filt,
        q: Annotated[str, Query(min_length=1, max_length=500, description='Arabic words and "quoted phrases"')],
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> JSONResponse:
        hits = run_search(c, q, f, limit)
        return JSONResponse({"query": q, "total": len(hits), "items": [h.to_dict() for h in hits]})

    @app.get("/api/export", tags=["export"], summary="the filtered archive as ACLED CSV, GeoJSON or JSONL")
    def api_export(
        c: Conn,
        f: Filt,
        export_format: Annotated[Literal["acled-csv", "geojson", "jsonl"], Query(alias="format")],
    ) -> Response:
        from rasd.store.export import export_store

        buf = io.StringIO()
        export_store(data.as_database(c), buf, fmt=export_format, filters=article_filters(f))
        media, ext = {
            "acled-csv": ("text/csv; charset=utf-8", "csv"),
            "geojson": ("application/geo+json", "geojson"),
            "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
        }[export_format]
        return Response(
            buf.getvalue(), media_type=media, headers={"Content-Disposition": f'attachment; filename="rasd.{ext}"'}
        )

    @app.get("/api/stats", tags=["stats"], summary="event counts per type, day, day and type, admin1; totals")
    def api_stats(c: Conn, f: Filt) -> JSONResponse:
        return JSONResponse(data.stats(c, ev_filters(f)))

    @app.get("/api/facets", tags=["stats"], summary="the event types, sub-types, admin1 and sources in the store")
    def api_facets(c: Conn) -> JSONResponse:
        return JSONResponse(data.facets(c))

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="rasd API",
            swagger_js_url="/static/vendor/swagger-ui-dist/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui-dist/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui-dist/favicon-32x32.png",
        )

    # ---- pages --------------------------------------------------------------------------------------------------

    def render(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(tiles=tiles, **ctx)
        return HTMLResponse(html, status_code=status, headers=_csp(tiles))

    def query_string(f: dict[str, Any], **more: Any) -> str:
        pairs = {("type" if k == "event_type" else k.replace("date_", "")): v for k, v in f.items()}
        pairs.update(more)
        return urlencode({k: v for k, v in pairs.items() if v not in (None, "")})

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def dashboard(c: Conn, f: Filt) -> HTMLResponse:
        return render("dashboard.html", f=f, facets=data.facets(c), active="dashboard")

    @app.api_route("/events", methods=["GET", "HEAD"], include_in_schema=False)
    def events_page(
        c: Conn,
        f: Filt,
        offset: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> HTMLResponse:
        total, items = data.list_events(c, ev_filters(f), limit=limit, offset=offset)
        prev_q = query_string(f, offset=max(0, offset - limit), limit=limit) if offset else None
        next_q = query_string(f, offset=offset + limit, limit=limit) if offset + limit < total else None
        return render(
            "events.html",
            f=f,
            facets=data.facets(c),
            total=total,
            items=items,
            offset=offset,
            prev_q=prev_q,
            next_q=next_q,
            active="events",
        )

    @app.api_route("/events/{article}/{event_id}", methods=["GET", "HEAD"], include_in_schema=False)
    def event_page(c: Conn, article: str, event_id: str) -> HTMLResponse:
        detail = data.get_event(c, article, event_id)
        if detail is None:
            raise ApiError(404, "not_found", f"لا يوجد الحدث {event_id} في المقال {article}")
        spans = data.event_spans(detail)
        roles = sorted({r for _, _, r, _ in spans}, key=list(ROLE_AR).index)
        return render(
            "event.html",
            d=detail,
            ev=detail["event"],
            body=highlight(detail["text"], spans),
            roles=roles,
            active="events",
        )

    @app.api_route("/articles", methods=["GET", "HEAD"], include_in_schema=False)
    def articles_page(
        c: Conn,
        f: Filt,
        offset: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> HTMLResponse:
        conds, params = article_filters(f).where()
        total, items = data.list_articles(c, conds, params, limit=limit, offset=offset)
        prev_q = query_string(f, offset=max(0, offset - limit), limit=limit) if offset else None
        next_q = query_string(f, offset=offset + limit, limit=limit) if offset + limit < total else None
        return render(
            "articles.html", f=f, total=total, items=items, offset=offset, prev_q=prev_q, next_q=next_q,
            active="articles",
        )  # fmt: skip

    @app.api_route("/articles/{key}", methods=["GET", "HEAD"], include_in_schema=False)
    def article_page(c: Conn, key: str) -> HTMLResponse:
        art = data.get_article(c, key)
        if art is None:
            raise ApiError(404, "not_found", f"لا يوجد المقال {key}")
        spans = [
            (
                e["start"],
                e["end"],
                f"ent-{str(e.get('type', '')).lower()}",
                f"{e.get('type')}: {e.get('canonical') or ''}",
            )
            for e in art["entities"]
            if isinstance(e.get("start"), int)
        ]
        for ev in art["events"]:
            trig = ev.get("trigger") or {}
            if isinstance(trig.get("start"), int) and isinstance(trig.get("end"), int):
                spans.append((trig["start"], trig["end"], "trigger", f"{ev['id']}: {ev.get('acled_sub_event_type')}"))
        return render("article.html", a=art, body=highlight(art["text"], spans), active="articles")

    @app.api_route("/search", methods=["GET", "HEAD"], include_in_schema=False)
    def search_page(
        c: Conn,
        f: Filt,
        q: Annotated[str, Query(max_length=500)] = "",
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> HTMLResponse:
        hits: list[dict[str, Any]] = []
        error = None
        if q.strip():
            from rasd.store.analyze import snippet

            try:
                found = run_search(c, q, f, limit)
            except ApiError as exc:
                found, error = [], exc.message
            for h in found:
                text = plain(c.execute("SELECT text FROM articles WHERE key = ?", [h.key]).fetchone()[0])
                marked = snippet(text, list(h.highlights), width=220, mark=(HIT_OPEN, HIT_CLOSE))
                hits.append({"hit": h, "snippet": snippet_html(marked)})
        return render("search.html", q=q, f=f, facets=data.facets(c), hits=hits, error=error, active="search")

    return app


def _csp(tiles: str | None) -> dict[str, str]:
    """The pages' Content-Security-Policy: scripts only from this server (no inline script), images also from the
    tile server when one is set."""
    img = "'self' data:"
    if tiles:
        parts = urlsplit(tiles)
        img += f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"
    return {
        "Content-Security-Policy": f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src {img}; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    }
