"""Meetings in full: who, where (city and its country), when, in person, by telephone or by video,
realised or planned (sentences written for the tests)."""
import re

import pytest

from tradekg.extract import read_facts

from .conftest import article

MEETINGS = [
    ("Chilean President Ana Soto met Peruvian President Luis Vega in Lima on 12 October.",
     (["Ana Soto", "Luis Vega"], "Lima", "PER", "2024-10-12", "in person", "realised")),
    ("Chilean President Ana Soto will hold talks with Peruvian President Luis Vega in Santiago next week.",
     (["Ana Soto", "Luis Vega"], "Santiago", "CHL", "", "in person", "planned")),
    ("Chilean President Ana Soto is due to meet Peruvian President Luis Vega in Lima.",
     (["Ana Soto", "Luis Vega"], "Lima", "PER", "", "in person", "planned")),
    ("Chilean President Ana Soto received Peruvian Foreign Minister Rosa Diaz at the Kremlin on Monday.",
     (["Ana Soto", "Rosa Diaz"], "Moscow", "RUS", "2024-10-14", "in person", "realised")),
    ("Chilean President Ana Soto met Peruvian President Luis Vega at the White House, spokesman Ivo Rios told reporters.",
     (["Ana Soto", "Luis Vega"], "Washington", "USA", "2024-10-20", "in person", "realised")),
    ("Chilean President Ana Soto spoke by telephone with Peruvian President Luis Vega.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "telephone", "realised")),
    ("Chilean President Ana Soto and Peruvian President Luis Vega held a videoconference on 3 May.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-05-03", "video", "realised")),
    ("Chilean President Ana Soto met Peruvian President Luis Vega in Cusco Valley.",
     (["Ana Soto", "Luis Vega"], "Cusco", "PER", "2024-10-20", "in person", "realised")),
    # two heads of delegation at one commission
    ("Chilean Deputy Prime Minister Ana Soto and Peruvian Economy Minister Luis Vega co-chaired the joint commission.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "in person", "realised")),
    ("Chilean Trade Minister Ana Soto and Peruvian Trade Minister Luis Vega concluded the second negotiating round today.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "in person", "realised")),
    ("Chilean minister Ana Soto and Peruvian minister Luis Vega lead their respective delegations at the trade council in Lima.",
     (["Ana Soto", "Luis Vega"], "Lima", "PER", "2024-10-20", "in person", "realised")),
    ("Chilean Finance Minister Ana Soto said she had spoken with Peruvian Economy Minister Luis Vega about copper.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "in person", "realised")),
    ("Chile's ambassador to Peru, Ana Soto, paid a courtesy call on Peruvian Trade Minister Luis Vega in Lima.",
     (["Ana Soto", "Luis Vega"], "Lima", "PER", "2024-10-20", "in person", "realised")),
    ("Chilean President Ana Soto met Peruvian President Luis Vega in Peru.",  # a country is no meeting place
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "in person", "realised")),
    # words between "spoke" and "with"
    ("Chilean President Ana Soto spoke today with Peruvian President Luis Vega about copper.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "in person", "realised")),
    # a weekday of a meeting to come is the coming one (the story is of Sunday 20 October)
    ("Chilean President Ana Soto will meet Peruvian President Luis Vega in Lima on Friday.",
     (["Ana Soto", "Luis Vega"], "Lima", "PER", "2024-10-25", "in person", "planned")),
    # who is told something by a visitor's host met the visitor
    ("Chilean Premier Ana Soto told visiting Peruvian President Luis Vega that Chile wanted more Peruvian investment.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "in person", "realised")),
    ("Chilean President Ana Soto will host Peruvian President Luis Vega in Santiago.",
     (["Ana Soto", "Luis Vega"], "Santiago", "CHL", "", "in person", "planned")),
    ("Chilean President Ana Soto and Peruvian President Luis Vega conferred by telephone.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "telephone", "realised")),
    # two who spoke after a comma, the second before a verb that can report: both at the meeting
    ("In a phone call on Monday, Chilean President Ana Soto and Peruvian President Luis Vega agreed to reopen the border.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-14", "telephone", "realised")),
    # a leader who called or telephoned another; who says the other called him was called
    ("Chilean President Ana Soto telephoned Peruvian President Luis Vega on Monday.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-14", "telephone", "realised")),
    ("Chilean President Ana Soto told reporters that Peruvian President Luis Vega had called her on Monday.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-14", "telephone", "realised")),
    # an official who told another of the other side something spoke to them (by telephone when said)
    ("Chilean Mining Minister Ana Soto told Peruvian Trade Minister Luis Vega that Chile wanted more copper sales.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "in person", "realised")),
    ("Chilean President Ana Soto told Peruvian President Luis Vega by telephone that Chile wanted more trade.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "telephone", "realised")),
    # a denied or received-thing trigger passed over for the next one
    ("Chilean President Ana Soto, who did not meet him in May, received Peruvian President Luis Vega in Lima.",
     (["Ana Soto", "Luis Vega"], "Lima", "PER", "2024-10-20", "in person", "realised")),
    # a meeting denied, then one at an event in a clause turned by "but"
    ("Chilean President Ana Soto did not meet Peruvian President Luis Vega in May, but they held talks in Lima.",
     (["Ana Soto", "Luis Vega"], "Lima", "PER", "2024-10-20", "in person", "realised")),
    # the owner of a visit or of talks is at them
    ("During Peruvian President Luis Vega's visit, Chilean President Ana Soto held talks with him.",
     (["Luis Vega", "Ana Soto"], "", "", "2024-10-20", "in person", "realised")),
    # who speaks in a clause after "In a meeting with" was at it, not a reporter of it
    ("In a meeting with Peruvian President Luis Vega, Chilean President Ana Soto said trade must grow.",
     (["Luis Vega", "Ana Soto"], "", "", "2024-10-20", "in person", "realised")),
    # a signing of the two: the thing signed names no thing received ("the loan agreement")
    ("Chilean Finance Minister Ana Soto signed the loan agreement with Peruvian Finance Minister Luis Vega.",
     (["Ana Soto", "Luis Vega"], "", "", "2024-10-20", "in person", "realised")),
    # talks called off in a clause of their own after a comma still took place
    ("Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima, which had been postponed twice.",
     (["Ana Soto", "Luis Vega"], "Lima", "PER", "2024-10-20", "in person", "realised")),
]


@pytest.mark.parametrize("text, expected", MEETINGS, ids=[m[0][:50] for m in MEETINGS])
def test_a_meeting_in_full(text, expected):
    facts = read_facts(article(text, date="2024-10-20"))
    names = {k: p.name for k, p in facts.people.items()}
    got = [([names[k] for k in m.participants], m.place, m.place_country, m.date, m.mode, m.modality)
           for m in facts.meetings]
    assert got == [expected]
    m = facts.meetings[0]
    assert (text[m.evidence.start:m.evidence.end], m.evidence.rule) == \
        (text, "meeting.told" if re.search(r"\btold (?:Peruvian|Chilean) [A-Z]", text) else "meeting.trigger")


def test_a_later_sentence_does_not_take_the_documents_date():
    text = ("Chile and Peru signed four agreements. Trade grew. Ports were busy. Copper prices rose. Rain fell. "
            "Chilean President Ana Soto met Peruvian President Luis Vega in Lima.")
    assert [m.date for m in read_facts(article(text, date="2024-10-20")).meetings] == [""]


def test_an_aide_who_reports_and_his_principal_are_no_new_meeting():
    text = ("Chilean President Ana Soto met Peruvian President Luis Vega in Lima. "
            "Soto's spokesman Ivo Rios said the two leaders discussed copper.")
    facts = read_facts(article(text, date="2024-10-20"))
    names = {k: p.name for k, p in facts.people.items()}
    assert [[names[k] for k in m.participants] for m in facts.meetings] == [["Ana Soto", "Luis Vega"]]


@pytest.mark.parametrize("joined", ["took part in the talks", "also attended the meeting", "joined the talks"])
def test_one_sides_delegation_joining_talks_is_no_meeting_of_its_own(joined):
    text = ("Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima. "
            f"Chilean Foreign Minister Rosa Pinto and Chilean Mining Minister Hugo Lara {joined}.")
    facts = read_facts(article(text, date="2024-10-20"))
    names = {k: p.name for k, p in facts.people.items()}
    assert [[names[k] for k in m.participants] for m in facts.meetings] == [["Ana Soto", "Luis Vega"]]


def test_ministers_of_two_sides_joining_talks_still_meet():
    text = ("Chilean President Ana Soto held talks with Peruvian President Luis Vega in Lima. "
            "Chilean Foreign Minister Rosa Pinto and Peruvian Mining Minister Hugo Lara took part in the talks.")
    facts = read_facts(article(text, date="2024-10-20"))
    names = {k: p.name for k, p in facts.people.items()}
    assert [[names[k] for k in m.participants] for m in facts.meetings] == \
        [["Ana Soto", "Luis Vega"], ["Rosa Pinto", "Hugo Lara"]]


@pytest.mark.parametrize("text", [
    "Chilean President Ana Soto praised the talks.",
    "Ana Soto and Luis Vega were born in Lima.",
    # a meeting denied or called off; a letter received is no visit
    "Chilean President Ana Soto said she had no plan to meet Peruvian President Luis Vega.",
    "Chilean President Ana Soto declined to meet Peruvian President Luis Vega.",
    "Chilean President Ana Soto did not meet Peruvian President Luis Vega.",
    # told in writing, told to the press, or told by one's own side
    "Chilean President Ana Soto told Peruvian President Luis Vega in a letter that Chile wanted more trade.",
    "Chilean President Ana Soto told reporters that Peruvian President Luis Vega was a friend.",
    "Chilean President Ana Soto told Chilean Foreign Minister Rosa Pinto that Peru must open its market.",
    # a name given is no call; "called on" asks
    "A Chilean newspaper called Peruvian President Luis Vega a reformer, and Chilean President Ana Soto agreed.",
    "Chilean President Ana Soto called on Peruvian President Luis Vega to open the border.",
    # (nor at the event later in the clause that denies it)
    "Chilean President Ana Soto will not meet Peruvian President Luis Vega during the summit, officials said.",
    "Chilean President Ana Soto received a message from Peruvian President Luis Vega.",
    # a person named as the owner of a thing, and "her" before the noun she owns, meet no one
    "Chilean President Ana Soto discussed Peruvian President Luis Vega's proposal with her ministers.",
    "Chilean President Ana Soto praised Peruvian President Luis Vega's plan at a meeting with her cabinet.",
    # the talks' own predicate calls them off
    "Chilean President Ana Soto's talks with Peruvian President Luis Vega were postponed.",
    "The summit of Chilean President Ana Soto and Peruvian President Luis Vega has been cancelled.",
])
def test_not_a_meeting_of_two(text):
    assert read_facts(article(text, date="2024-10-20")).meetings == []


@pytest.mark.parametrize("body, expected", [
    # the lead's meeting happened where the story is filed, a later one only when it says "here"
    ("Chilean President Ana Soto met Peruvian President Luis Vega yesterday.", ("Lima", "PER", "--10-11")),
    ("Copper rose. Tin fell. Zinc rose. Lead fell. Gold rose. Chilean President Ana Soto met Peruvian "
     "President Luis Vega here yesterday.", ("Lima", "PER", "--10-11")),
    ("Copper rose. Tin fell. Zinc rose. Lead fell. Gold rose. Chilean President Ana Soto met Peruvian "
     "President Luis Vega.", ("", "", "")),
    ("Chilean President Ana Soto met Peruvian President Luis Vega in Cusco.", ("Cusco", "PER", "--10-12")),
])
@pytest.mark.parametrize("dateline", ["LIMA, Oct 12 - ", "LIMA, Oct. 12 (Reuters) - ", "LIMA, Peru, Oct 12 (AP) — "])
def test_a_wire_storys_dateline_gives_place_and_day(tmp_path, body, expected, dateline):
    from tradekg.articles import read_file
    path = tmp_path / "wire.txt"
    path.write_text("CHILE AND PERU LEADERS MEET\n\n" + dateline + body + "\n", encoding="utf-8")
    facts = read_facts(next(iter(read_file(path))))
    assert [(m.place, m.place_country, m.date) for m in facts.meetings] == [expected]


def test_a_reporter_of_the_meeting_is_not_at_it_and_an_aside_neither():
    text = ("Chilean President Ana Soto met Peruvian President Luis Vega to discuss the plan, first proposed by "
            "Kenyan Minister Jane Otieno, in Lima, spokesman Ivo Rios told reporters.")
    facts = read_facts(article(text))
    names = {k: p.name for k, p in facts.people.items()}
    assert [[names[k] for k in m.participants] for m in facts.meetings] == [["Ana Soto", "Luis Vega"]]


@pytest.mark.parametrize("text, expected", [
    # who opens the sentence by reporting the meeting was not at it
    ("Chilean President Ana Soto arrived. Foreign Minister Rosa Diaz of Peru noted that Trade Minister "
     "Jon Holm of Norway met with Soto last week.", [["Jon Holm", "Ana Soto"]]),
    ("Chilean President Ana Soto arrived. She noted trade representative Jon Holm met with a senior Peruvian official.", []),
    # unless the report says the reporter was there
    ("Chilean President Ana Soto said that she held talks with Peruvian President Luis Vega.",
     [["Ana Soto", "Luis Vega"]]),
    # or relays what the one other official said at a meeting: the other side of it
    ("Chilean Finance Minister Rosa Diaz said Peruvian Finance Minister Luis Vega voiced satisfaction with the "
     "loan during a meeting here yesterday.", [["Rosa Diaz", "Luis Vega"]]),
    ("Chilean Finance Minister Rosa Diaz said Chilean Trade Minister Luis Vega voiced satisfaction during a meeting.", []),
    # who speaks after meeting someone was at the meeting, whichever side of the comma
    ("Chilean President Ana Soto said after meeting Peruvian President Luis Vega that trade would grow.",
     [["Ana Soto", "Luis Vega"]]),
    ("After talks with Peruvian President Luis Vega, Chilean President Ana Soto said trade would grow.",
     [["Luis Vega", "Ana Soto"]]),
    ("After Peruvian President Luis Vega met Bolivian President Juan Mamani, Chilean President Ana Soto said trade "
     "would grow.", [["Luis Vega", "Juan Mamani"]]),
    # a working lunch is a meeting
    ("Chilean President Ana Soto and Peruvian President Luis Vega held a working lunch.", [["Ana Soto", "Luis Vega"]]),
])
def test_who_reports_a_meeting(text, expected):
    facts = read_facts(article(text))
    names = {k: p.name for k, p in facts.people.items()}
    assert [[names[k] for k in m.participants] for m in facts.meetings] == expected


TRANSCRIPT = ("\n\n2024-10-12, Santiago\n\nPresident of Chile Ana Soto: Good afternoon, Mr President. We discussed copper "
              "and fisheries.\n\nPresident of Peru Luis Vega: Thank you. Our ministers will meet again in spring.")


@pytest.mark.parametrize("title, mode", [("News conference following Chilean-Peruvian talks", "in person"),
                                         ("Press statements after a meeting by videoconference", "video")])
def test_a_transcript_of_talks_is_a_meeting_of_its_speakers(title, mode):
    text = title + TRANSCRIPT
    facts = read_facts(article(text, date="2024-10-12"))
    names = {k: p.name for k, p in facts.people.items()}
    got = [([names[k] for k in m.participants], m.place, m.date, m.mode, m.evidence.rule) for m in facts.meetings]
    assert got == [(["Ana Soto", "Luis Vega"], "Santiago", "2024-10-12", mode, "meeting.transcript-title")]


def test_a_transcript_without_talks_in_its_title_is_no_meeting():
    assert read_facts(article("Remarks at the copper forum" + TRANSCRIPT, date="2024-10-12")).meetings == []


@pytest.mark.parametrize("together", [
    "sat down with Peruvian President Luis Vega", "had lunch with Peruvian President Luis Vega",
    "dined with Peruvian President Luis Vega", "exchanged views with Peruvian President Luis Vega",
    "had an audience with Peruvian President Luis Vega", "shook hands with Peruvian President Luis Vega",
])
def test_other_words_of_meeting_face_to_face(together):
    facts = read_facts(article(f"Chilean President Ana Soto {together} in Cusco.", date="2024-10-20"))
    names = {k: p.name for k, p in facts.people.items()}
    assert [([names[k] for k in m.participants], m.place, m.mode) for m in facts.meetings] == \
        [(["Ana Soto", "Luis Vega"], "Cusco", "in person")]


def test_a_joint_press_conference_is_a_meeting():
    text = "Chilean President Ana Soto and Peruvian President Luis Vega gave a joint press conference in Cusco."
    facts = read_facts(article(text, date="2024-10-20"))
    assert [len(m.participants) for m in facts.meetings] == [2]


@pytest.mark.parametrize("text, expected", [
    # talks one person owns and holds "with" another are theirs alone, whoever else the sentence
    # names; with several named after "with", all of them
    ("Chilean party chairman Ivo Rios will brief Peruvian officials when he visits Peru on May 9. Rios's visit "
     "is to prepare for President Ana Soto's talks with President Luis Vega later this month.",
     [["Ana Soto", "Luis Vega"]]),
    ("Chilean party chairman Ivo Rios will brief Peruvian officials when he visits Peru on May 9. Rios's visit "
     "is to prepare for President Ana Soto's talks with President Luis Vega and Minister Rosa Diaz later this "
     "month.", [["Ana Soto", "Ivo Rios", "Luis Vega", "Rosa Diaz"]]),
])
def test_talks_owned_by_one_and_held_with_another(text, expected):
    facts = read_facts(article(text))
    assert [sorted(facts.people[k].name for k in m.participants) for m in facts.meetings] == expected
