"""Privacy rights of the signed-in member: export all my data, erase me."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import MemberDep, PrivacyDep, own_id
from api.schemas import ERROR_RESPONSES
from api.schemas_privacy import ErasurePublic, ExportPublic

router = APIRouter(prefix="/me", tags=["privacy"], responses=ERROR_RESPONSES)


@router.get("/export", response_model=ExportPublic)
def export(privacy: PrivacyDep, actor: MemberDep) -> ExportPublic:
    """All my data as one JSON document (its shape: the ``ExportPublic`` schema)."""
    return ExportPublic.of(privacy.export(own_id(actor), actor=actor))


@router.delete("", response_model=ErasurePublic)
def erase_me(privacy: PrivacyDep, actor: MemberDep) -> ErasurePublic:
    """Erase me: profile, vectors, tokens, avoid list, trust records, intros; a pseudonym in
    ledgers. The token used stops working."""
    return ErasurePublic.of(privacy.erase(own_id(actor), actor=actor))
