"""Bodies of the privacy routes: the export document (``GET /me/export``) and the erasure receipt."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from api.schemas import ProfilePublic, fields_of
from api.schemas_accounts import TokenPublic
from api.schemas_trust import CollaborationPublic, EndorsementPublic, IntroPublic
from api.schemas_ventures import DeparturePublic, EntryPublic
from matcher.privacy import ErasureReport, Export, VentureRecord

__all__ = ["EXPORT_FORMAT", "ErasurePublic", "ExportPublic"]

EXPORT_FORMAT = "cofoundry-export/1"


class VectorInfoPublic(BaseModel):
    field: str = Field(description="offers, needs or values")
    model: str
    dim: int
    text_hash: str = Field(description="hash of the text the vector was computed from")


class RatePublic(BaseModel):
    effective: dt.date
    salary: str
    paid_salary: str


class VentureExport(BaseModel):
    """A venture I am in: its members, and the entries about me, by me or approved by me."""

    id: str
    name: str
    members: list[str]
    my_entries: list[EntryPublic]
    my_rates: list[RatePublic]
    my_departure: DeparturePublic | None

    @classmethod
    def of(cls, v: VentureRecord) -> VentureExport:
        return cls(
            id=v.venture.id,
            name=v.venture.name,
            members=list(v.members),
            my_entries=[EntryPublic.of(p) for p in v.entries],
            my_rates=[
                RatePublic(
                    effective=r.effective, salary=str(r.salary), paid_salary=str(r.paid_salary)
                )
                for r in v.rates
            ],
            my_departure=None if v.departure is None else DeparturePublic.of(v.departure),
        )


class ExportPublic(BaseModel):
    """All my data, as JSON. Others' private data (their ratings, notes, avoid lists) is absent."""

    format: str = Field(EXPORT_FORMAT, description="name and version of this document's shape")
    person: str
    exported_at: dt.datetime
    profile: ProfilePublic | None = Field(
        description="my profile, e-mail included; null while my account has none"
    )
    created_at: str | None = Field(description="when my profile was made (null: none)")
    updated_at: str | None = Field(description="when my profile last changed (null: none)")
    tokens: list[TokenPublic] = Field(
        description="my tokens: public id, role, label, dates; never the token or its hash"
    )
    avoid: list[str] = Field(description="my avoid list")
    collaborations: list[CollaborationPublic] = Field(description="with my own rating and note")
    endorsements_given: list[EndorsementPublic]
    endorsements_received: list[EndorsementPublic]
    introductions: list[IntroPublic] = Field(description="requested, received or to connect")
    ventures: list[VentureExport]
    vectors: list[VectorInfoPublic] = Field(description="vectors computed from my texts")
    features: dict[str, Any] = Field(description="what each other feature holds about me")

    @classmethod
    def of(cls, e: Export) -> ExportPublic:
        return cls(
            person=e.person,
            exported_at=e.exported_at,
            profile=None if e.profile is None else ProfilePublic.of(e.profile, show_email=True),
            created_at=e.created_at,
            updated_at=e.updated_at,
            tokens=[TokenPublic.of(t) for t in e.tokens],
            avoid=list(e.avoid),
            collaborations=[CollaborationPublic.of(c) for c in e.collaborations],
            endorsements_given=[EndorsementPublic.of(x) for x in e.endorsements_given],
            endorsements_received=[EndorsementPublic.of(x) for x in e.endorsements_received],
            introductions=[IntroPublic.of(v) for v in e.introductions],
            ventures=[VentureExport.of(v) for v in e.ventures],
            vectors=[
                VectorInfoPublic(field=v.field, model=v.model, dim=v.dim, text_hash=v.text_hash)
                for v in e.vectors
            ],
            features={k: dict(v) for k, v in e.features.items()},
        )


class ErasurePublic(BaseModel):
    """What an erasure did. The pseudonym that replaced you in ledgers is not returned."""

    erased: str
    rows: dict[str, int] = Field(description="rows deleted or pseudonymised, by table")
    ventures: list[str] = Field(description="ventures where you are now a pseudonym")
    index_rewritten: bool
    checkpointed: bool = Field(description="the write-ahead log was truncated")
    vacuumed: bool = Field(description="the database file was rebuilt")

    @classmethod
    def of(cls, r: ErasureReport) -> ErasurePublic:
        return cls(
            **fields_of(cls, r, erased=r.person, rows=dict(r.rows), ventures=list(r.ventures))
        )
