"""The bench's scoring code on small cases whose answers are worked out by hand."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "bench"))
import metrics  # noqa: E402


def test_identical_text_is_perfect():
    r = metrics.scrapinghub([("one two three four five", "one two three four five")])
    assert r == {"f1": 1.0, "precision": 1.0, "recall": 1.0, "accuracy": 1.0}


def test_half_extra_text_halves_precision():
    # truth: a b c d e -> shingles abcd, bcde. pred adds "f g": shingles abcd bcde cdef defg.
    # tp=2, fp=2, fn=0 -> precision 0.5, recall 1.0, F1 2/3.
    r = metrics.scrapinghub([("a b c d e", "a b c d e f g")])
    assert abs(r["precision"] - 0.5) < 1e-9 and r["recall"] == 1.0
    assert abs(r["f1"] - 2 / 3) < 1e-9 and r["accuracy"] == 0.0


def test_empty_prediction_counts_in_recall_only():
    # Page 1 perfect; page 2 predicted nothing: tp=fp=0 so it has no precision, recall 0.
    r = metrics.scrapinghub([("a b c d", "a b c d"), ("e f g h", "")])
    assert r["precision"] == 1.0 and r["recall"] == 0.5


def test_short_text_is_one_shingle():
    assert metrics.shingles(["a", "b"]) == {("a", "b"): 1}
    assert metrics.shingles([]) == {}


def test_word_prf_is_bag_of_words_lower_cased():
    p, r, f = metrics.word_prf("The cat sat", "the cat the dog")
    # pred bag: the x2, cat, dog; truth: the, cat, sat; overlap the x1 + cat = 2.
    assert (p, r) == (0.5, 2 / 3)
    assert abs(f - 2 * 0.5 * (2 / 3) / (0.5 + 2 / 3)) < 1e-12
    assert metrics.word_prf("", "") == (1.0, 1.0, 1.0)


def test_snippets_and_fields():
    assert metrics.snippets_found(["Hello  World", "absent"], "say hello world now") == 1
    # Typewriter quotes in the snippet, the page's curly ones in the text: found only when folded.
    assert metrics.snippets_found(["they're here"], "They\u2019re here") == 0
    assert metrics.snippets_found(["they're here", "a \"quote\" - end"], "They\u2019re here, a \u201cquote\u201d \u2013 end",
                                  fold_typography=True) == 2
    assert metrics.field_agrees("publishedTime", "2020-01-02T10:00:00Z", "2020-01-02") is True
    assert metrics.field_agrees("title", " A  Title ", "a title") is True
    assert metrics.field_agrees("byline", None, "x") is None
    assert metrics.field_agrees("byline", "By\n  Erin Cunningham", "Erin Cunningham") is True
    assert metrics.field_agrees("byline", "Par Sébastien Farcis", "sébastien farcis") is True
    assert metrics.field_agrees("byline", "By Erin Cunningham March 2", "Erin Cunningham") is False
    assert metrics.field_agrees("byline", "Bye Bye", "Bye") is False
    assert metrics.html_text("<p>a &amp; <b>b</b></p><script>x</script>").split() == ["a", "&", "b"]
