"""A network's licensed wording: loaded from a CSV, checked in full, shown to participants."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from kulturhub.core.errors import DomainError
from kulturhub.core.models import AuditEntry
from kulturhub.evaluation import licences, services
from kulturhub.evaluation.instruments import load_instrument
from kulturhub.evaluation.models import InstrumentText, Questionnaire, Response
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent
from kulturhub.programmes.tests.helpers import refer

WHO5 = load_instrument("WHO5")


def who5_rows(prefix="Officiel"):
    rows = [("item", item["id"], f"{prefix} tekst {item['id']}") for item in WHO5["items"]]
    rows += [
        ("option", str(o["value"]), f"{prefix} svar {o['value']}") for o in WHO5["response_options"]
    ]
    return rows


def write_csv(path, rows, header=("kind", "key", "text")):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def load(path, instrument="WHO5", language="da", network="aarhus", **options):
    out = io.StringIO()
    call_command(
        "load_instrument_text",
        instrument,
        language,
        str(path),
        network=network,
        stdout=out,
        **options,
    )
    return out.getvalue()


def test_the_command_loads_the_wording_and_a_rerun_replaces_it(network, tmp_path):
    output = load(write_csv(tmp_path / "who5-da.csv", who5_rows()), source="WHO-5 dansk 2024")
    assert "5 items, 6 response options" in output
    text = InstrumentText.objects.get(network=network, instrument="WHO5", language="da")
    assert text.items["who5_1"] == "Officiel tekst who5_1"
    assert text.options == {str(v): f"Officiel svar {v}" for v in range(6)}
    assert text.source == "WHO-5 dansk 2024"
    load(write_csv(tmp_path / "who5-da-2.csv", who5_rows("Rettet")))
    text = InstrumentText.objects.get()
    assert text.items["who5_3"] == "Rettet tekst who5_3" and text.source == "who5-da-2.csv"
    entries = AuditEntry.objects.filter(action="evaluation.wording.loaded").order_by("pk")
    assert [e.data["replaced"] for e in entries] == [False, True]


def test_a_spreadsheets_byte_order_mark_is_accepted(network, tmp_path):
    path = tmp_path / "bom.csv"
    write_csv(path, who5_rows())
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    load(path)
    assert InstrumentText.objects.count() == 1


BROKEN = {
    "an item missing": (who5_rows()[1:], "missing item: who5_1"),
    "an item twice": (who5_rows() + [("item", "who5_2", "igen")], "item who5_2 appears twice"),
    "an unknown item": (who5_rows() + [("item", "who5_9", "x")], 'unknown item key "who5_9"'),
    "an unknown kind": (who5_rows() + [("hint", "who5_1", "x")], 'unknown kind "hint"'),
    "an empty text": (
        [("item", "who5_1", "  ")] + who5_rows()[1:],
        "item who5_1 has an empty text",
    ),
    "an option missing": (who5_rows()[:-1], "missing option: 5"),
    "an unknown option": (who5_rows() + [("option", "6", "x")], 'unknown option key "6"'),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_file_saves_nothing_and_says_why(network, tmp_path, case):
    rows, problem = BROKEN[case]
    with pytest.raises(CommandError, match=problem):
        load(write_csv(tmp_path / "broken.csv", rows))
    assert not InstrumentText.objects.exists()


def test_every_problem_is_reported_at_once(network):
    rows = [{"kind": k, "key": key, "text": t} for k, key, t in who5_rows()[2:]]
    rows.append({"kind": "item", "key": "who5_3", "text": "twice"})
    with pytest.raises(DomainError) as refused:
        licences.load_text(network, "WHO5", "da", rows)
    assert "who5_1, who5_2" in str(refused.value) and "who5_3 appears twice" in str(refused.value)


def test_a_wrong_header_is_refused(network, tmp_path):
    with pytest.raises(CommandError, match="first line must be kind,key,text"):
        load(write_csv(tmp_path / "h.csv", who5_rows(), header=("type", "key", "text")))
    assert not InstrumentText.objects.exists()


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ({"instrument": "PHQ9"}, "Unknown instrument PHQ9"),
        ({"language": "de"}, "Unknown language de"),
        ({"network": "atlantis"}, "Unknown network 'atlantis'"),
    ],
)
def test_unknown_instrument_language_or_network_is_refused(network, tmp_path, arguments, problem):
    with pytest.raises(CommandError, match=problem):
        load(write_csv(tmp_path / "w.csv", who5_rows()), **arguments)
    assert not InstrumentText.objects.exists()


def test_a_missing_file_or_non_utf8_text_is_refused(network, tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        load(tmp_path / "nowhere.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("kind,key,text\nitem,who5_1,Jeg har følt mig glad\n".encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        load(latin)
    assert not InstrumentText.objects.exists()


def test_a_licensed_instrument_needs_the_networks_licence_first(network, alice, tmp_path):
    swemwbs = load_instrument("SWEMWBS")
    rows = [("item", i["id"], f"Tekst {i['id']}") for i in swemwbs["items"]]
    rows += [("option", str(o["value"]), f"Svar {o['value']}") for o in swemwbs["response_options"]]
    path = write_csv(tmp_path / "swemwbs.csv", rows)
    with pytest.raises(CommandError, match="has not recorded a licence"):
        load(path, instrument="swemwbs")
    assert not InstrumentText.objects.exists()
    licences.acknowledge(network, "SWEMWBS", reference="", by=alice)
    load(path, instrument="swemwbs")
    assert InstrumentText.objects.get().instrument == "SWEMWBS"


# --------------------------------------------------------------------------- on the answer page


@pytest.fixture
def questionnaire(programme):
    return Questionnaire.objects.create(
        programme=programme, time_point="baseline", instruments=["WHO5", "UCLA3"]
    )


@pytest.fixture
def invitation(programme, sofie, questionnaire):
    participant = refer(programme, 1).participant  # a Danish-speaking participant
    programme_services.record_consent(
        participant,
        kind=Consent.Kind.EVALUATION,
        text_version="EV-1",
        how=Consent.How.PAPER,
        by=sofie,
    )
    [invitation], _skipped = services.invite(questionnaire, [participant], sofie)
    return invitation


def load_who5(network, language="da"):
    rows = [{"kind": k, "key": key, "text": t} for k, key, t in who5_rows()]
    return licences.load_text(network, "WHO5", language, rows)


DEMO_NOTICE = "This questionnaire uses demonstration wording, not the official instrument text."


def test_the_participant_sees_the_official_wording_in_their_language(client, network, invitation):
    load_who5(network)
    url = reverse("evaluation:answer", args=[services.link_token(invitation)])
    page = client.get(url).content.decode()
    assert "Officiel tekst who5_1" in page and "Officiel svar 5" in page
    assert WHO5["items"][0]["text"] not in page
    # UCLA-3 has no official wording loaded: the demo wording shows, and the notice says so.
    assert "Demo:" in page and DEMO_NOTICE in page
    form = {f"WHO5__who5_{i}": "4" for i in range(1, 6)}
    assert client.post(url, form).status_code == 200
    versions = Response.objects.get().instrument_versions
    assert versions["WHO5"] == WHO5["version"] + " (official wording)"
    assert versions["UCLA3"].endswith(" (demo wording)")


def test_wording_in_another_language_does_not_replace_the_demo(
    client, network, invitation, programme
):
    load_who5(network, language="sv")
    page = client.get(reverse("evaluation:answer", args=[services.link_token(invitation)]))
    content = page.content.decode()
    assert "Officiel tekst" not in content and WHO5["items"][0]["text"] in content


def test_no_notice_when_every_instrument_has_official_wording(
    client, network, invitation, questionnaire
):
    load_who5(network)
    ucla = load_instrument("UCLA3")
    rows = [{"kind": "item", "key": i["id"], "text": f"Officiel {i['id']}"} for i in ucla["items"]]
    rows += [
        {"kind": "option", "key": str(o["value"]), "text": f"Svar {o['value']}"}
        for o in ucla["response_options"]
    ]
    licences.load_text(network, "UCLA3", "da", rows)
    page = client.get(reverse("evaluation:answer", args=[services.link_token(invitation)]))
    assert DEMO_NOTICE not in page.content.decode()


def test_paper_entry_uses_the_wording_of_the_page_language(
    as_user, network, invitation, questionnaire, programme, sofie
):
    load_who5(network)
    code = invitation.participant.code
    client = as_user(sofie)
    with translation.override("da"):
        danish_url = reverse("evaluation:paper", args=[programme.slug, questionnaire.pk, code])
    danish = client.get(danish_url)
    assert danish.status_code == 200 and "Officiel tekst who5_2" in danish.content.decode()
    with translation.override("en"):
        english_url = reverse("evaluation:paper", args=[programme.slug, questionnaire.pk, code])
    english = client.get(english_url)
    assert "Officiel tekst" not in english.content.decode()
    assert DEMO_NOTICE in english.content.decode()
