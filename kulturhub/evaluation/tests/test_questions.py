"""Own questions: definitions are checked, answers are checked, and in programme
questionnaires they are asked after the instruments and kept in Response.answers["custom"]."""

import pytest
from django import forms
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from kulturhub.core.errors import DomainError
from kulturhub.evaluation import questions, services
from kulturhub.evaluation.models import Questionnaire, Response, Score
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent
from kulturhub.programmes.tests.helpers import refer

LOGIN = "/en/accounts/login/"

MOOD = {"key": "mood", "kind": "likert", "text": "The sessions cheered me up.", "required": True}
SCORE = {"key": "score", "kind": "scale10", "text": "How likely are you to come back?"}
ART = {
    "key": "art",
    "kind": "choice",
    "text": "Which art form did you like most?",
    "options": ["Music", "Painting", "Dance"],
}
WORDS = {"key": "words", "kind": "text", "text": "Anything else?"}
ALL = [MOOD, SCORE, ART, WORDS]


# ------------------------------------------------------------------------------- definitions


def test_valid_definitions_come_back_trimmed_with_required_set():
    cleaned = questions.validate_questions(
        [{**ART, "text": "  Which art form?  ", "options": [" Music ", "", "Dance"]}, SCORE]
    )
    assert cleaned == [
        {
            "key": "art",
            "kind": "choice",
            "text": "Which art form?",
            "required": False,
            "options": ["Music", "Dance"],
        },
        {"key": "score", "kind": "scale10", "text": SCORE["text"], "required": False},
    ]


@pytest.mark.parametrize(
    "definitions, message",
    [
        ([{**MOOD, "kind": "stars"}], "unknown kind of question: stars"),
        ([MOOD, {**SCORE, "key": "mood"}], "the key mood is used twice"),
        ([{**MOOD, "key": ""}], "it has no key"),
        ([{**MOOD, "key": "Bad Key!"}], "the key may only have"),
        ([{**ART, "options": ["Only one"]}], "at least two options"),
        ([{**ART, "options": None}], "at least two options"),
        ([{**ART, "options": ["Music", "Music"]}], "two options have the same text"),
        ([{**WORDS, "text": "   "}], "has no text"),
        ([{**WORDS, "text": "x" * 501}], "longer than 500 characters"),
        ([{**WORDS, "key": f"q{n}"} for n in range(21)], "At most 20 own questions"),
        ("not a list", "must be a list"),
        (["not a dict"], "is not a question"),
    ],
)
def test_bad_definitions_are_refused_with_a_message_naming_the_problem(definitions, message):
    with pytest.raises(DomainError, match=message):
        questions.validate_questions(definitions)


def test_the_message_names_the_question_number():
    with pytest.raises(DomainError, match="Question 2:"):
        questions.validate_questions([MOOD, {**SCORE, "kind": "stars"}])


def test_editing_keeps_keys_and_refuses_bad_edits():
    current = questions.add_question([], kind="likert", text="I felt welcome.")
    current = questions.add_question(current, kind="choice", text="Day?", options=["Mon", "Tue"])
    assert [q["key"] for q in current] == ["q1", "q2"]
    current = questions.remove_question(current, "q1")
    current = questions.add_question(current, kind="text", text="Ideas?")
    assert [q["key"] for q in current] == ["q2", "q3"]  # no key is reused for another question
    current = questions.change_question(current, "q2", kind="text", text="Which day?")
    assert current[0] == {"key": "q2", "kind": "text", "text": "Which day?", "required": False}
    assert [q["key"] for q in questions.move_question(current, "q3", -1)] == ["q3", "q2"]
    with pytest.raises(DomainError, match="at least two options"):
        questions.add_question(current, kind="choice", text="Pick", options=["Only"])
    with pytest.raises(DomainError, match="no longer exists"):
        questions.remove_question(current, "q9")


# ----------------------------------------------------------------------------------- answers


def test_valid_answers_are_kept_with_the_right_types():
    cleaned = questions.clean_answers(
        ALL, {"mood": "4", "score": 0, "art": "Dance", "words": "  Lovely  ", "extra": "x"}
    )
    assert cleaned == {"mood": 4, "score": 0, "art": "Dance", "words": "Lovely"}


@pytest.mark.parametrize(
    "answers, message",
    [
        ({"mood": 6}, "not one of the options"),
        ({"mood": 0}, "not one of the options"),
        ({"mood": True}, "not one of the options"),
        ({"mood": 3, "score": 11}, "not one of the options"),
        ({"mood": 3, "score": "7.5"}, "not one of the options"),
        ({"mood": 3, "art": "Sculpture"}, "not one of the options"),
        ({"mood": 3, "words": "x" * 2001}, "longer than 2000 characters"),
        ({"mood": 3, "words": ["a list"]}, "must be text"),
        ({"score": 3}, "Please answer: The sessions cheered me up."),
        ("not a dict", "not in a form that can be read"),
    ],
)
def test_invalid_answers_are_refused(answers, message):
    with pytest.raises(DomainError, match=message):
        questions.clean_answers(ALL, answers)


def test_a_required_question_may_be_blank_when_not_enforced():
    assert questions.clean_answers([MOOD], {}, enforce_required=False) == {"mood": None}


# -------------------------------------------------------------------------- property tests

keys = st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True)
texts = st.text(min_size=1, max_size=60).filter(lambda t: t.strip() and "\x00" not in t)


@st.composite
def definitions(draw):
    chosen = draw(st.lists(keys, unique=True, max_size=8))
    result = []
    for key in chosen:
        kind = draw(st.sampled_from(questions.KINDS))
        question = {"key": key, "kind": kind, "text": draw(texts), "required": draw(st.booleans())}
        if kind == "choice":
            options = draw(st.lists(texts, min_size=2, max_size=5, unique_by=str.strip))
            question["options"] = options
        result.append(question)
    return result


@settings(max_examples=60, deadline=None)
@given(definitions())
def test_validation_is_idempotent_and_keeps_every_question(defs):
    cleaned = questions.validate_questions(defs)
    assert [q["key"] for q in cleaned] == [q["key"] for q in defs]
    assert questions.validate_questions(cleaned) == cleaned


anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-20, max_value=20),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=2),
)


@settings(max_examples=150, deadline=None)
@given(definitions(), st.data())
def test_any_answers_are_either_refused_or_kept_valid(defs, data):
    defs = questions.validate_questions(defs)
    answers = {q["key"]: data.draw(anything) for q in defs}
    try:
        cleaned = questions.clean_answers(defs, answers)
    except DomainError:
        return
    for question in defs:
        value = cleaned[question["key"]]
        if value is None:
            assert not question["required"]
        elif question["kind"] == "likert":
            assert type(value) is int and 1 <= value <= 5
        elif question["kind"] == "scale10":
            assert type(value) is int and 0 <= value <= 10
        elif question["kind"] == "choice":
            assert value in question["options"]
        else:
            assert isinstance(value, str) and value == value.strip() and len(value) <= 2000


@settings(max_examples=60, deadline=None)
@given(definitions(), st.data())
def test_every_answer_the_form_offers_is_accepted_as_given(defs, data):
    defs = questions.validate_questions(defs)
    posted, expected = {}, {}
    for question in defs:
        options = questions.choices(question)
        if options:
            value = data.draw(st.sampled_from([v for v, _label in options]))
        else:
            value = data.draw(texts)
        posted[questions.field_name("x", question["key"])] = str(value)
        expected[question["key"]] = value.strip() if isinstance(value, str) else value
    form = forms.Form(posted)
    questions.add_fields(form, defs, "x")
    assert form.is_valid(), form.errors
    assert questions.clean_answers(defs, questions.form_answers(form, defs, "x")) == expected


# ----------------------------------------------------------------------------- form fields


def test_fields_are_radio_groups_with_labels_and_a_textarea_for_text():
    form = forms.Form()
    names = questions.add_fields(form, ALL, "custom")
    assert names == ["custom__mood", "custom__score", "custom__art", "custom__words"]
    mood, score, art, words = (form[name] for name in names)
    assert [label for _value, label in mood.field.choices] == [
        "1 – Strongly disagree",
        "2 – Disagree",
        "3 – Neither agree nor disagree",
        "4 – Agree",
        "5 – Strongly agree",
    ]
    assert score.field.choices[0][1] == "0 – not at all"
    assert score.field.choices[10][1] == "10 – completely"
    assert len(score.field.choices) == 11
    assert [v for v, _label in art.field.choices] == ["Music", "Painting", "Dance"]
    assert mood.field.required and not score.field.required
    assert isinstance(mood.field.widget, forms.RadioSelect)
    assert isinstance(words.field.widget, forms.Textarea)
    assert 'maxlength="2000"' in str(words)


# -------------------------------------------------------------- in programme questionnaires


@pytest.fixture
def questionnaire(programme):
    return Questionnaire.objects.create(
        programme=programme, time_point="baseline", instruments=["WHO5"], questions=[MOOD, ART]
    )


@pytest.fixture
def participant(programme, sofie):
    participant = refer(programme, 1).participant
    programme_services.record_consent(
        participant,
        kind=Consent.Kind.EVALUATION,
        text_version="EV-1",
        how=Consent.How.PAPER,
        by=sofie,
    )
    return participant


WHO5_FORM = {f"WHO5__who5_{i}": "3" for i in range(1, 6)}


def _link(questionnaire, participant, sofie):
    [invitation], _skipped = services.invite(questionnaire, [participant], sofie)
    return reverse("evaluation:answer", args=[services.link_token(invitation)])


def test_participants_see_own_questions_after_the_instruments_and_answers_are_kept(
    client, questionnaire, participant, sofie
):
    url = _link(questionnaire, participant, sofie)
    page = client.get(url).content.decode()
    assert page.index("WHO-5") < page.index("The sessions cheered me up.")
    assert "Strongly agree" in page and "Painting" in page
    response = client.post(url, {**WHO5_FORM, "custom__mood": "5", "custom__art": "Dance"})
    assert response.status_code == 200
    saved = Response.objects.get()
    assert saved.answers["custom"] == {"mood": 5, "art": "Dance"}
    assert saved.answers["WHO5"]["who5_1"] == 3
    # Own questions are not scored: only WHO-5 has a score.
    assert list(Score.objects.values_list("instrument", flat=True)) == ["WHO5"]


def test_an_invalid_own_answer_saves_nothing(client, questionnaire, participant, sofie):
    url = _link(questionnaire, participant, sofie)
    response = client.post(url, {**WHO5_FORM, "custom__mood": "5", "custom__art": "Sculpture"})
    assert response.status_code == 400
    missing = client.post(url, {**WHO5_FORM, "custom__art": "Dance"})
    assert missing.status_code == 400 and "This field is required." in missing.content.decode()
    assert not Response.objects.exists() and not Score.objects.exists()


def test_the_service_refuses_invalid_own_answers_and_saves_nothing(questionnaire, participant):
    with pytest.raises(DomainError, match="not one of the options"):
        services.record_answers(
            questionnaire,
            participant,
            {"WHO5": {}, "custom": {"mood": 9}},
            language="da",
            source=Response.Source.ONLINE,
        )
    with pytest.raises(DomainError, match="Please answer"):
        services.record_answers(
            questionnaire, participant, {"WHO5": {}}, language="da", source="online"
        )
    assert not Response.objects.exists() and not Score.objects.exists()


def test_paper_entry_shows_own_questions_and_lets_a_required_one_stay_blank(
    as_user, questionnaire, participant, sofie
):
    url = reverse(
        "evaluation:paper", args=[questionnaire.programme.slug, questionnaire.pk, participant.code]
    )
    client = as_user(sofie)
    assert "Which art form did you like most?" in client.get(url).content.decode()
    response = client.post(url, {**WHO5_FORM, "custom__art": "Music"})
    assert response.status_code == 302
    assert Response.objects.get().answers["custom"] == {"mood": None, "art": "Music"}


# ----------------------------------------------------------------- editing by the staff


def _questions_url(questionnaire):
    return reverse("evaluation:questions", args=[questionnaire.programme.slug, questionnaire.pk])


def test_staff_add_change_move_and_remove_own_questions(as_user, questionnaire, sofie):
    client = as_user(sofie)
    url = _questions_url(questionnaire)
    listing = client.get(reverse("evaluation:questionnaires", args=[questionnaire.programme.slug]))
    assert url in listing.content.decode()
    added = client.post(
        url,
        {"action": "add", "kind": "choice", "text": "Transport?", "options": "Bus\nBike\n\n"},
        follow=True,
    )
    assert "The questions were saved." in added.content.decode()
    questionnaire.refresh_from_db()
    new = questionnaire.questions[-1]
    assert new == {
        "key": "q3",
        "kind": "choice",
        "text": "Transport?",
        "options": ["Bus", "Bike"],
        "required": False,
    }
    edit_page = client.get(url, {"edit": "q3"}).content.decode()
    assert "Change the question" in edit_page and "Bus\nBike" in edit_page
    client.post(url, {"action": "save", "key": "q3", "kind": "text", "text": "How did you come?"})
    client.post(url, {"action": "up", "key": "q3"})
    client.post(url, {"action": "remove", "key": "mood"})
    questionnaire.refresh_from_db()
    assert [(q["key"], q["kind"]) for q in questionnaire.questions] == [
        ("q3", "text"),
        ("art", "choice"),
    ]


def test_a_bad_question_is_explained_and_changes_nothing(as_user, questionnaire, sofie):
    response = as_user(sofie).post(
        _questions_url(questionnaire),
        {"action": "add", "kind": "choice", "text": "Pick one", "options": "Only this"},
    )
    assert response.status_code == 400
    assert "a choice needs at least two options" in response.content.decode()
    questionnaire.refresh_from_db()
    assert [q["key"] for q in questionnaire.questions] == ["mood", "art"]


def test_questions_cannot_change_once_the_questionnaire_is_answered(
    as_user, questionnaire, participant, sofie
):
    services.record_answers(
        questionnaire,
        participant,
        {"WHO5": {}, "custom": {"mood": 2}},
        language="da",
        source=Response.Source.PAPER,
        by=sofie,
    )
    with pytest.raises(DomainError, match="answered"):
        services.set_questions(questionnaire, [], sofie)
    client = as_user(sofie)
    url = _questions_url(questionnaire)
    page = client.get(url).content.decode()
    assert "cannot change any more" in page and "Add a question" not in page
    refused = client.post(url, {"action": "remove", "key": "mood"}, follow=True)
    assert "answers would no longer match what was asked" in refused.content.decode()
    added = client.post(url, {"action": "add", "kind": "text", "text": "Late question"})
    assert added.status_code == 400
    questionnaire.refresh_from_db()
    assert [q["key"] for q in questionnaire.questions] == ["mood", "art"]


@pytest.mark.parametrize(
    "persona, status",
    [
        ("anonymous", 302),
        ("dave", 404),
        ("carol", 404),
        ("otto", 404),
        ("frida", 404),
        ("bob", 404),
        ("sofie", 200),
    ],
)
def test_only_the_programme_staff_reach_the_questions_page(
    request, as_user, questionnaire, persona, status
):
    user = None if persona == "anonymous" else request.getfixturevalue(persona)
    client = as_user(user)
    url = _questions_url(questionnaire)
    response = client.get(url)
    assert response.status_code == status
    if persona == "anonymous":
        assert response.url.startswith(LOGIN)
    posted = client.post(url, {"action": "remove", "key": "mood"})
    assert posted.status_code == (302 if persona in ("anonymous", "sofie") else 404)
    questionnaire.refresh_from_db()
    expected = ["art"] if persona == "sofie" else ["mood", "art"]
    assert [q["key"] for q in questionnaire.questions] == expected
