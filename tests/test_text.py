from tradekg.extract.text import split_sentences, tokenize


def test_abbreviations_do_not_end_sentences():
    text = "U.S. Trade Representative Clayton Dunn met Mr Ito. They talked about Corp. deals."
    assert [s.text for s in split_sentences(text)] == [
        "U.S. Trade Representative Clayton Dunn met Mr Ito.", "They talked about Corp. deals."]


def test_offsets_point_into_the_text():
    text = "First one.  Second one here!\n\nThird"
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        for t in s.tokens:
            assert text[t.start:t.end] == t.text


def test_quotes_close_with_their_sentence():
    text = "“We see the results,” he said. Next."
    assert [s.text for s in split_sentences(text)] == ["“We see the results,” he said.", "Next."]


def test_tokens_keep_numbers_and_currency_signs():
    assert [t.text for t in tokenize("$1.2bn and 3,400 tonnes")] == ["$", "1.2bn", "and", "3,400", "tonnes"]
