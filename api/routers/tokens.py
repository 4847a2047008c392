"""Tokens: admins issue bearer tokens (stored hashed; the plain token is shown once)."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import MemberDep, SecurityDep
from api.idempotency import CREATES
from api.schemas import ERROR_RESPONSES, TokenCreate, TokenCreated

router = APIRouter(prefix="/tokens", tags=["tokens"], responses=ERROR_RESPONSES)


@router.post("", response_model=TokenCreated, **CREATES)
def create_token(body: TokenCreate, security: SecurityDep, actor: MemberDep) -> TokenCreated:
    """Issue a token for a member (or another admin). Admins only; throttled per admin."""
    token = security.issue_token(body.profile_id, role=body.role, label=body.label, actor=actor)
    return TokenCreated.of(token, security.token_info(token))
