"""The rules' context as the engine gives it: the analyses made on every core, and, with
the cache, the memo and what is kept of name-variant's tally."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from factcheck.desk.repository import Repository
from factcheck.incremental.store import Store
from factcheck.rules.base import ANALYSES, Context, Provider

if TYPE_CHECKING:
    from factcheck.text.analysis import ArticleAnalysis


def engine_context(
    repo: Repository,
    today: date,
    store: Store | None,
    preset_analyses: list[ArticleAnalysis] | None = None,
) -> Context:
    """The context the engine runs the rules in over `repo`."""
    from factcheck.incremental.analyses import analyze_repository_articles
    from factcheck.incremental.elsewhere import kept_elsewhere
    from factcheck.rules.checked_elsewhere import ELSEWHERE

    providers: dict[str, Provider] = {
        ANALYSES: lambda ctx: analyze_repository_articles(ctx.repo, store=store),
        ELSEWHERE: kept_elsewhere(store),
    }
    if store is None:
        return Context(repo, today, preset_analyses, providers=providers)
    from factcheck.incremental.memo import StoreMemo
    from factcheck.incremental.names import kept_better_spellings
    from factcheck.rules.name_variant import ID as NAME_VARIANT

    providers[NAME_VARIANT] = kept_better_spellings(store)
    return Context(repo, today, preset_analyses, StoreMemo(store), providers)
