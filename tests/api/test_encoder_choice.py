"""Which encoder a database is served with: the one its vectors were made with, else the
default. An upgrade that changes the default must not re-encode a community (hours at
100,000 profiles) nor mix two models' vectors."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.settings import Settings
from api.wiring import build_community
from embeddings.encoder import (
    DEFAULT_ENCODER,
    ENSEMBLE_Q,
    ENSEMBLE_Q_ADAPTED,
    NEED_MAP,
    FakeEncoder,
    encoder_from_name,
    query_fields,
)
from matcher.community import Community
from tests.conftest import person


@pytest.fixture
def no_encoder_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COFOUNDRY_ENCODER", raising=False)


class _Named(FakeEncoder):
    """A fake that stores its vectors under a real model's name (no model is loaded)."""

    def __init__(self, name: str) -> None:
        super().__init__(dim=16)
        self._name = name

    @property
    def name(self) -> str:
        return self._name


def _with_vectors_of(db: Path, model: str) -> None:
    c = Community(db, _Named(model))
    c.profiles.import_profiles([person("ana"), person("bob")])


@pytest.mark.usefixtures("no_encoder_setting")
def test_a_new_database_gets_the_default(tmp_path: Path) -> None:
    community = build_community(Settings(db=str(tmp_path / "new.db")))
    assert DEFAULT_ENCODER == ENSEMBLE_Q_ADAPTED == f"{ENSEMBLE_Q}@{NEED_MAP}"
    assert query_fields(community.encoder) == ("needs",)  # needs read as questions, then mapped
    assert community.encoder.name == encoder_from_name(DEFAULT_ENCODER).name
    assert community.encoder.name.endswith(f"@{NEED_MAP}")


@pytest.mark.usefixtures("no_encoder_setting")
def test_a_database_keeps_the_encoder_its_vectors_were_made_with(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _with_vectors_of(db, "use-multilingual-v3")
    community = build_community(Settings(db=str(db)))
    assert community.encoder.name == "use-multilingual-v3"
    assert community.profiles.store.ids_without_vectors("use-multilingual-v3") == set()


@pytest.mark.usefixtures("no_encoder_setting")
def test_an_ensemble_database_keeps_the_ensemble(tmp_path: Path) -> None:
    db = tmp_path / "ens.db"
    _with_vectors_of(db, "use-multilingual-v3+st:multilingual-e5-small")
    assert build_community(Settings(db=str(db))).encoder.name == (
        "use-multilingual-v3+st:multilingual-e5-small"
    )


@pytest.mark.usefixtures("no_encoder_setting")
def test_a_database_of_needs_encoded_as_questions_keeps_that_encoder(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    _with_vectors_of(db, "use-multilingual-v3+st:multilingual-e5-small-q")
    encoder = build_community(Settings(db=str(db))).encoder
    assert encoder.name == "use-multilingual-v3+st:multilingual-e5-small-q"
    assert query_fields(encoder) == ("needs",)


@pytest.mark.usefixtures("no_encoder_setting")
def test_a_database_of_the_day_before_the_need_map_keeps_its_encoder(tmp_path: Path) -> None:
    """7 December's default (needs as questions, no map) stays, unmapped: nothing is
    re-encoded on upgrade, and its needs and a new profile's are of one space."""
    db = tmp_path / "q.db"
    _with_vectors_of(db, "use-multilingual-v3+st:multilingual-e5-small-q")
    encoder = build_community(Settings(db=str(db))).encoder
    assert encoder.name == "use-multilingual-v3+st:multilingual-e5-small-q"
    assert "@" not in encoder.name


@pytest.mark.usefixtures("no_encoder_setting")
def test_a_database_of_mapped_needs_keeps_its_map(tmp_path: Path) -> None:
    db = tmp_path / "mapped.db"
    stored = f"use-multilingual-v3+st:multilingual-e5-small-q@{NEED_MAP}"
    _with_vectors_of(db, stored)
    assert build_community(Settings(db=str(db))).encoder.name == stored


@pytest.mark.usefixtures("no_encoder_setting")
def test_vectors_of_a_map_not_shipped_fall_back_to_the_default(tmp_path: Path) -> None:
    db = tmp_path / "gone.db"
    _with_vectors_of(db, "use-multilingual-v3+st:multilingual-e5-small-q@needs-ridge-lam9-00000000")
    assert build_community(Settings(db=str(db))).encoder.name == (
        encoder_from_name(DEFAULT_ENCODER).name
    )


def test_a_chosen_encoder_wins_over_the_stored_one(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _with_vectors_of(db, "use-multilingual-v3")
    assert build_community(Settings(db=str(db), encoder="fake")).encoder.name == "fake-bow-64"


@pytest.mark.usefixtures("no_encoder_setting")
def test_vectors_that_cannot_be_rebuilt_by_name_fall_back_to_the_default(
    tmp_path: Path,
) -> None:
    db = tmp_path / "fake.db"
    _with_vectors_of(db, "st:someone-elses-folder")
    community = build_community(Settings(db=str(db)))
    assert community.encoder.name == encoder_from_name(DEFAULT_ENCODER).name


@pytest.mark.usefixtures("no_encoder_setting")
def test_the_encoder_is_read_without_the_change_log_too(tmp_path: Path) -> None:
    """The model is read from the profiles written last (two indexes, no scan of every
    vector); a database whose change log holds no profile write is sampled by the
    vectors' key instead."""
    db = tmp_path / "old.db"
    _with_vectors_of(db, "use-multilingual-v3")
    community = Community(db, FakeEncoder(dim=16))
    assert community.profiles.store.vector_models() == {"use-multilingual-v3": 2}
    community.db.execute("DELETE FROM change_log")
    assert community.profiles.store.vector_models() == {"use-multilingual-v3": 2}
    community.db.close()
    assert build_community(Settings(db=str(db))).encoder.name == "use-multilingual-v3"
