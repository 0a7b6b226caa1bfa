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


def test_a_pool_reads_a_stream_from_a_store_in_batches(tmp_path, monkeypatch) -> None:
    import presseschau.annotate
    from presseschau.store import Store

    # Small batches, so that the stream is read while workers hold earlier ones; the store's
    # connection may only be read by this thread.
    monkeypatch.setattr(presseschau.annotate, "BATCH", 8)
    # The store gives its articles in the order of their ids.
    articles = [article_from_text(f"a{n:02d}", t) for n, t in enumerate(gnad_articles(30))]
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            for article in articles:
                store.add_article(article, None)
        pooled = list(annotate(store.articles(), jobs=2, total=store.count()))
        alone = list(annotate(list(store.articles()), jobs=1))
    assert [a.id for a in pooled] == [a.id for a in articles]
    assert pooled == alone
