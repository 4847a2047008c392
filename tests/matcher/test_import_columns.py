"""The column names of profile and attendee files, one table for both imports
(:mod:`matcher.profiles.columns`): French and English names, a name split in two columns
(first, last) joined, in UTF-8 with commas and in Latin-1 with semicolons; and the language
an attendee is given when the file names none (their texts', else the columns', else the
organiser's)."""

from __future__ import annotations

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.errors import InvalidInput
from matcher.profiles import (
    COLUMN_ALIASES,
    COLUMNS,
    NAME_PARTS,
    column_fields,
    columns_language,
    imported_language,
    imported_languages,
    parse_csv,
)
from tests.events_day import ORG


def _profile(c: Community, pid: str):  # type: ignore[no-untyped-def]
    profile = c.profiles.store.get_profile(pid)
    assert profile is not None
    return profile


def test_every_alias_means_a_profile_field_or_a_name_part() -> None:
    assert set(COLUMN_ALIASES.values()) <= set(COLUMNS) | set(NAME_PARTS)
    for field in COLUMNS:  # every field's own name reads as itself, in any case
        assert column_fields([field.upper()]) == {field.upper(): field}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Prénom;Nom", ("first_name", "last_name")),
        ("PRENOM ;  nom  de   famille", ("first_name", "last_name")),
        ("prénom;Nom de famille", ("first_name", "last_name")),
        ("First name;Last name", ("first_name", "last_name")),
        ("first_name;SURNAME", ("first_name", "last_name")),
        ("First Name;Name", ("first_name", "last_name")),  # the name beside it: the family's
        ("Nom", ("name",)),  # alone: the whole name
    ],
)
def test_name_columns_in_both_languages(header: str, expected: tuple[str, ...]) -> None:
    names = [h.strip() for h in header.split(";")]
    assert tuple(column_fields(names).values()) == expected


@pytest.mark.parametrize(
    ("header", "said"),
    [
        (["Nom complet", "Prénom"], "'Nom complet' and 'Prénom' both mean name"),
        (["Nom", "Nom de famille"], "'Nom' and 'Nom de famille' both mean name"),
        (["Full name", "Nom"], "'Full name' and 'Nom' both mean name"),
        (["Prénom", "First name"], "'Prénom' and 'First name' both mean first name"),
    ],
)
def test_a_whole_name_beside_a_part_is_refused_not_dropped(header: list[str], said: str) -> None:
    """Before, 'Nom;Nom de famille' kept one and dropped the family names, silently."""
    with pytest.raises(InvalidInput, match=said):
        column_fields(header)


def test_two_columns_for_one_field_are_refused_naming_both() -> None:
    with pytest.raises(InvalidInput) as refused:
        column_fields(["Offre", "What I offer"], source="inscrits.csv")
    assert refused.value.field == "columns" and refused.value.value == "Offre, What I offer"
    assert "inscrits.csv: columns 'Offre' and 'What I offer' both mean offers" in str(refused.value)


def test_the_language_of_a_files_columns() -> None:
    assert columns_language(["Nom", "E-mail", "Offre", "Besoins"]) == "fr"
    assert columns_language(["Name", "Email", "Offers", "Needs"]) == "en"
    assert columns_language(["Nom", "Offers", "Besoins", "Values"]) is None  # two each
    assert columns_language(["id", "e-mail", "Rôles", "ticket"]) is None  # in neither


def test_a_persons_own_texts_come_before_the_files_language() -> None:
    french = {"offers": "Je développe des applications", "needs": "quelqu'un pour la vente"}
    english = {"offers": "I build the product", "needs": "someone to sell it"}
    bare = {"offers": "Python, SQL", "needs": "B2B"}
    assert [imported_language(r, "en") for r in (french, english, bare)] == ["fr", "en", "en"]
    assert [imported_language(r, "fr") for r in (french, english, bare)] == ["fr", "en", "fr"]
    assert [imported_languages(r, "fr") for r in (french, english, bare)] == [
        "fr;en",
        "en",
        "fr;en",
    ]


def test_a_guessed_french_attendee_still_meets_the_english_ones(day: Community) -> None:
    """Adversarial: had the guess replaced English, a French-writing attendee and an
    English-writing one would share no language, a hard filter: never seated together."""
    data = (
        "Nom;Offre;Besoins\r\n"
        "Léa Roy;Je développe des applications web;un associé pour la vente\r\n"
        "Tom Lee;I sell to hospitals and the like;someone who can build the app\r\n"
    )
    lea, tom = day.events.import_csv("night", data, actor=ORG).ids("added")
    _, _, _, forbidden = day.matching.pair_scores([lea, tom])
    assert not forbidden


def test_the_profile_import_reads_french_columns() -> None:
    text = (
        "Identifiant;Prénom;Nom;Courriel;Ce que je propose;Ce que je cherche;Valeurs;"
        "Langues;Rôles;Rôles recherchés;Fuseau horaire\n"
        "ana;Ana;Lopez;ana@example.org;Python;ventes;franchise;fr;tech;sales;Europe/Paris\n"
    )
    (row,) = parse_csv(text, source="profils.csv")
    assert row == {
        "id": "ana",
        "name": "Ana Lopez",
        "email": "ana@example.org",
        "offers": "Python",
        "needs": "ventes",
        "values": "franchise",
        "languages": "fr",
        "roles_offered": "tech",
        "roles_sought": "sales",
        "timezone": "Europe/Paris",
    }


def test_the_profile_import_refuses_a_name_twice(day: Community) -> None:
    with pytest.raises(InvalidInput, match="columns 'name' and 'nom' both mean name"):
        parse_csv("id,name,nom,offers,needs\na,A,B,o,n\n", source="people.csv")


# ------------------------------------------------------------------ attendee files
FRENCH = (
    "Prénom;Nom de famille;Courriel;Ce que je propose;Ce que je cherche;Billet\r\n"
    "Zoé;Lefèvre;zoe@example.org;Je développe des applications web;Une associée pour la vente;A1\r\n"
    "Hélène;D'Aubigné;helene@example.org;Python, SQL;Ventes B2B;A2\r\n"
    "Amy;Lee;amy@example.org;I build the product;someone who can sell it;A3\r\n"
)


def test_a_latin1_semicolon_file_with_split_names(day: Community) -> None:
    done = day.events.import_csv("night", FRENCH.encode("latin-1"), actor=ORG)
    assert [x.name for x in done.lines] == ["Zoé Lefèvre", "Hélène D'Aubigné", "Amy Lee"]
    assert done.ignored_columns == ("billet",)
    zoe, helene, amy = (_profile(day, pid) for pid in done.ids("added"))
    assert (zoe.name, zoe.email) == ("Zoé Lefèvre", "zoe@example.org")
    # no language column: their texts' (Zoé, Amy), else the columns' (Hélène: French)
    # French first (their e-mails' language), English kept: nobody they would have met
    # before is kept from them (a language in common is a hard filter of the plan)
    assert [p.languages for p in (zoe, helene, amy)] == [("fr", "en"), ("fr", "en"), ("en",)]


def test_a_utf8_comma_file_with_first_and_last_names(day: Community) -> None:
    data = (
        "First name, Last Name ,E-mail,What I offer,What I need,Languages\n"
        "Ana,Lopez,ana@example.org,Python,Sales,\n"
        "  Bob , van  der Berg ,bob@example.org,Sales,Python,fr\n"
        "Cyd,,cyd@example.org,Design,Python,en\n"
    )
    done = day.events.import_csv("night", data.encode(), actor=ORG)
    assert [x.name for x in done.lines] == ["Ana Lopez", "Bob van der Berg", "Cyd"]
    ana, bob, cyd = (_profile(day, pid) for pid in done.ids("added"))
    # the file's language column wins where it says one; an empty cell is none
    assert [p.languages for p in (ana, bob, cyd)] == [("en",), ("fr",), ("en",)]


def test_a_line_without_either_name_is_told_on_the_first_name_column(day: Community) -> None:
    data = "Prénom;Nom;Offre;Besoins\r\n;;design;code\r\nLéa;Roy;code;design\r\n"
    report = day.events.import_csv("night", data.encode("cp1252"), actor=ORG, dry_run=True)
    said = [(p.line, p.field, p.what) for p in report.problems if p.key == "name"]
    assert said == [(2, "prénom", "name is required")]  # the file's own column named


def test_a_file_with_only_a_first_name_and_no_name_column_is_not_refused(day: Community) -> None:
    data = "First name,Offers,Needs\nAna,code,sales\n"
    done = day.events.import_csv("night", data, actor=ORG)
    assert [x.name for x in done.lines] == ["Ana"]


def test_the_organisers_language_when_neither_texts_nor_columns_tell(day: Community) -> None:
    """Columns two French, two English; texts without a function word: the organiser's
    language (p00's profile reads French only)."""
    day.profiles.update_profile("p00", {"languages": "fr"}, actor=ORG)
    data = "Nom;Offers;Besoins;Values\r\nLéa Roy;Python;B2B;\r\n"
    done = day.events.import_csv("night", data, actor=ORG)
    assert _profile(day, done.ids("added")[0]).languages == ("fr", "en")
    day.profiles.update_profile("p00", {"languages": "en"}, actor=ORG)
    data = "Nom;Offers;Besoins;Values\r\nTom Roy;Python;B2B;\r\n"
    done = day.events.import_csv("night", data, actor=ORG)
    assert _profile(day, done.ids("added")[0]).languages == ("en",)


def test_a_stranger_cannot_import(day: Community) -> None:
    with pytest.raises(Exception, match="no event 'night'"):
        day.events.import_csv("night", FRENCH, actor=Actor("nobody"))
