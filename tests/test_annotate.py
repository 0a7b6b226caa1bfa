"""The language stages over many articles: a pool of workers gives what one process gives."""

from conftest import gnad_articles
from presseschau.annotate import annotate
from presseschau.ingest.text import article_from_text


def test_a_pool_of_workers_annotates_like_one_process_in_the_same_order() -> None:
    articles = [article_from_text(f"a{n}", t) for n, t in enumerate(gnad_articles(20))]
    alone = list(annotate(articles, jobs=1))
    pooled = list(annotate(articles, jobs=2))
    assert [a.id for a in pooled] == [a.id for a in articles]
    assert pooled == alone
    assert all(a.tokens and a.sentences for a in pooled)
    assert sum(len(a.mentions) for a in pooled) > 20
