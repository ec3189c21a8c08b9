from tradekg.extract.text import join_listed_items, split_sentences, tokenize


def test_abbreviations_do_not_end_sentences():
    text = "U.S. Trade Representative Clayton Dunn met Mr Ito. They talked about Corp. deals."
    assert [s.text for s in split_sentences(text)] == [
        "U.S. Trade Representative Clayton Dunn met Mr Ito.", "They talked about Corp. deals."]


def test_a_currency_written_short_with_a_full_stop_does_not_end_a_sentence():
    text = "Trade reached Rs. 900 crore. Exports rose to Tk. 40 crore. Imports were Rp. 2 trillion."
    assert [s.text for s in split_sentences(text)] == [
        "Trade reached Rs. 900 crore.", "Exports rose to Tk. 40 crore.", "Imports were Rp. 2 trillion."]


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


def test_bullets_and_headings_end_sentences_without_a_full_stop():
    # fact sheets: items with no full stop, one per line, under headings of their own
    text = ("Trade\n• Chile will buy Peruvian quinoa\n• Peru will buy Chilean wine\nEnergy\n"
            "- Peru will sell gas to Chile\n1. Chile will build a port\n2) Peru will build a road")
    got = [s.text for s in split_sentences(text)]
    assert got == ["Trade", "• Chile will buy Peruvian quinoa", "• Peru will buy Chilean wine", "Energy",
                   "- Peru will sell gas to Chile", "1. Chile will build a port", "2) Peru will build a road"]
    assert all(text[s.start:s.end] == s.text for s in split_sentences(text))


def test_a_wrapped_sentence_stays_whole():
    # long lines broken inside a sentence, and a dash or a number inside a line, split nothing
    text = ("Chile and Peru agreed on Tuesday to lower tariffs on a long list of farm goods,\n"
            "including quinoa - the Andean grain - and 2 kinds of wine, officials said.")
    assert [s.text for s in split_sentences(text)] == [text]
    # a sentence that begins at the end of a wrapped line, after another's full stop, is no heading
    text = "Chile sold wine to Peru. Chilean goods imports\nfrom Peru rose to $740 million.\nEnergy\nPeru sells gas."
    assert [s.text for s in split_sentences(text)] == [
        "Chile sold wine to Peru.", "Chilean goods imports\nfrom Peru rose to $740 million.", "Energy", "Peru sells gas."]


def test_a_title_line_with_a_label_ends_before_the_text():
    # a fact sheet's title in title case, with a label's colon and longer than a heading, is no part of
    # the first sentence; a wrapped line of names in capitals (lowercase words in it) still is
    text = ("Fact Sheet: President Ana Soto Secures a Reciprocal Trade Deal with Peru\n"
            "Today, President Ana Soto announced a deal. Peru will buy Chilean wine.")
    assert [s.text for s in split_sentences(text)] == [
        "Fact Sheet: President Ana Soto Secures a Reciprocal Trade Deal with Peru",
        "Today, President Ana Soto announced a deal.", "Peru will buy Chilean wine."]
    wrapped = ("The talks were attended by Chilean President Ana Soto, Peruvian President Luis Vega\n"
               "and Bolivian President Rosa Quispe.")
    assert [s.text for s in split_sentences(wrapped)] == [wrapped]


def test_short_items_listed_under_a_colon_join_their_line():
    text = ("Fact sheet\nMali will cut duties on these Senegalese goods:\n• Millet\n• Groundnut oil\n- Boeing jets\n"
            "Mali will also build a new customs post at the border with Senegal.")
    sentences = join_listed_items(split_sentences(text), lambda word: word in {"millet", "groundnut"})
    joined = sentences[1]
    # every offset holds: the joined text is as long as the span it covers, items where they were written
    assert joined.end - joined.start == len(joined.text)
    assert joined.text.startswith("Mali will cut duties on these Senegalese goods:")
    # marks blanked, a comma between items, a common word in lower case and a name as written
    assert joined.text.split(":", 1)[1].split() == ["millet,", "groundnut", "oil,", "Boeing", "jets"]
    for word in ("millet", "groundnut", "Boeing"):
        at = joined.text.index(word) + joined.start
        assert text[at:at + len(word)].lower() == word.lower()
    # a long sentence after the list stays apart, with the index it had (the items' go unused)
    assert [s.index for s in sentences] == [0, 1, 5]
    assert sentences[2].text.startswith("Mali will also build")


def test_items_own_list_marks_are_blanked_when_joined():
    # "- Boeing jets;" ... "- Millet, sorghum; and": a semicolon would end the clause of the joined list
    text = "Mali will buy these Senegalese goods:\n- Boeing jets;\n- Millet, sorghum; and\n- Groundnut oil."
    joined = join_listed_items(split_sentences(text), lambda word: word in {"millet", "groundnut"})[0]
    assert joined.end - joined.start == len(joined.text)
    assert ";" not in joined.text and joined.text.split(":", 1)[1].replace(" ", "") == "Boeingjets,millet,sorghum,groundnutoil."


def test_a_colon_with_no_short_items_after_it_joins_nothing():
    text = "The minister said:\nMali and Senegal will double their trade in the coming five years, he said."
    assert [s.text for s in join_listed_items(split_sentences(text))] == [s.text for s in split_sentences(text)]
