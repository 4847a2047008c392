"""The inbox: every notice for a member (introduction requests and answers, venture and event
invitations) as an item with an unread count, and an e-mail per the member's choice.

The public face of the domain.
"""

from matcher.inbox.model import (
    COALESCE,
    INVITATION_EMAILS_PER_DAY,
    KINDS,
    UNSOLICITED,
    InboxItem,
    check_kind,
    email_choices,
)
from matcher.inbox.service import MAX_PAGE, InboxService
from matcher.inbox.store import InboxStore

__all__ = [
    "COALESCE",
    "INVITATION_EMAILS_PER_DAY",
    "KINDS",
    "MAX_PAGE",
    "UNSOLICITED",
    "InboxItem",
    "InboxService",
    "InboxStore",
    "check_kind",
    "email_choices",
]
