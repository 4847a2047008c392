"""The e-mails' words, in the reader's language: the :data:`~matcher.mail.Compose` the
community writes its e-mails with (sign-in and reset links, inbox notices).

The domain says what happened (a kind, ids and names, the page to open); this module turns
it into a subject and a plain-text body with the site's public address
(``COFOUNDRY_PUBLIC_URL``), through the same gettext catalogue as the pages. Every notice
e-mail ends with its unsubscribe link (one kind, no sign-in) and the account page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal

from api.web.i18n import N_, NN_, Message, Translator, translator
from matcher.mail import Compose, unlinked

__all__ = ["COUNTED", "LETTERS", "letters", "salary_said"]

#: (subject, opening line) per kind; ``%(name)s`` is who acted, ``%(title)s`` the venture's
#: or the event's name. A link's lifetime is ``%(num)s`` in an opening with a plural, counted
#: by the figure of its facts that :data:`COUNTED` names (a setting: "1 hour", "48 hours").
LETTERS: dict[str, tuple[str, str | Message]] = {
    "signin_link": (
        N_("Your sign-in link"),
        NN_(
            "Open this link to sign in. It works once, for %(num)s minute:",
            "Open this link to sign in. It works once, for %(num)s minutes:",
        ),
    ),
    "reset_link": (
        N_("Choose a new password"),
        NN_(
            "Open this link to choose a new password. It works once, for %(num)s minute:",
            "Open this link to choose a new password. It works once, for %(num)s minutes:",
        ),
    ),
    "confirm_link": (
        N_("Confirm your e-mail address"),
        NN_(
            "Open this link, signed in to the account you made, to confirm your e-mail address."
            " It works once, for %(num)s hour. If you did not sign up, ignore this e-mail:"
            " the account stays unconfirmed and nothing else is sent to you.",
            "Open this link, signed in to the account you made, to confirm your e-mail address."
            " It works once, for %(num)s hours. If you did not sign up, ignore this e-mail:"
            " the account stays unconfirmed and nothing else is sent to you.",
        ),
    ),
    "signup_attempt": (
        N_("Someone tried to sign up with your address"),
        N_(
            "Someone tried to sign up with your e-mail address, which already has an account."
            " If it was you, sign in, or ask for a link to reset your password on the sign-in"
            " page; otherwise ignore this e-mail, your account is unchanged:"
        ),
    ),
    "email_change_link": (
        N_("Confirm your new e-mail address"),
        NN_(
            "Open this link, signed in to your account, to use this address for it. It works"
            " once, for %(num)s hour; until then your old address stays in use. If you did"
            " not ask for it, ignore this e-mail:",
            "Open this link, signed in to your account, to use this address for it. It works"
            " once, for %(num)s hours; until then your old address stays in use. If you did"
            " not ask for it, ignore this e-mail:",
        ),
    ),
    "email_change_attempt": (
        N_("Someone tried to use your address"),
        N_(
            "Someone tried to move their account to your e-mail address, which already has an"
            " account. Nothing changed; if it was you, sign in:"
        ),
    ),
    "email_changed": (
        N_("Your e-mail address was changed"),
        NN_(
            "The e-mail address of your account is now %(address)s. If you did not change it,"
            " open this link within %(num)s day: it gives the account back to this address"
            " and signs everyone out:",
            "The e-mail address of your account is now %(address)s. If you did not change it,"
            " open this link within %(num)s days: it gives the account back to this address"
            " and signs everyone out:",
        ),
    ),
    "intro_request": (
        N_("%(name)s asks to meet you"),
        N_("%(name)s asked for an introduction. Read the request and answer it in your inbox:"),
    ),
    "intro_answer": (
        N_("%(name)s answered your request"),
        N_("%(name)s answered your request for an introduction. See the answer in your inbox:"),
    ),
    "intro_moved": (
        N_("Your request to meet %(name)s has a new connector"),
        N_(
            "Your request to meet %(name)s now goes through another connector, who is asked to introduce you. See it in your inbox:"
        ),
    ),
    "intro_withdrawn": (
        N_("%(name)s withdrew a request for an introduction"),
        N_(
            "%(name)s withdrew the request for an introduction you were asked about: there is nothing to answer. See it in your inbox:"
        ),
    ),
    "intro_ended": (
        N_("Your request to meet %(name)s has ended"),
        N_(
            "Your request to meet %(name)s has ended: nobody is left to introduce you. You may ask again later, or ask %(name)s directly. See it in your inbox:"
        ),
    ),
    "venture_invite": (
        N_("You are invited to join %(title)s"),
        N_(
            "%(name)s invites you to join the venture %(title)s. You join only if you accept; answer from your inbox:"
        ),
    ),
    # an admin's invitation: no inviter, the community's administrators invite
    "venture_invite.admins": (
        N_("You are invited to join %(title)s"),
        N_(
            "The community's administrators invite you to join the venture %(title)s. You join only if you accept; answer from your inbox:"
        ),
    ),
    "ledger_approval": (
        N_("An entry of %(title)s waits for your approval"),
        N_(
            "%(name)s posted an entry in the ledger of %(title)s that counts only once approved. Approve or reject it from your inbox:"
        ),
    ),
    "venture_proposal": (
        N_("A proposal in %(title)s waits for your word"),
        N_(
            "%(name)s made a proposal in the venture %(title)s that applies only once you accept it. Accept or decline it on the venture's page:"
        ),
    ),
    # a proposal an admin made: no proposer's name
    "venture_proposal.admins": (
        N_("A proposal in %(title)s waits for your word"),
        N_(
            "The community's administrators made a proposal in the venture %(title)s that applies only once you accept it. Accept or decline it on the venture's page:"
        ),
    ),
    # its proposer withdrew a proposal that waited for the reader: nothing to answer
    "venture_proposal.withdrawn": (
        N_("A proposal in %(title)s was withdrawn"),
        N_(
            "%(name)s withdrew proposal %(proposal)s in the venture %(title)s, which waited for your word: there is nothing to answer. See the venture's page:"
        ),
    ),
    # a leaver disputed the cost another recorded (a ``cause`` proposal): the leaver acted
    "venture_proposal.cause": (
        N_("A departure from %(title)s is disputed"),
        N_(
            "%(name)s disputed how their departure from the venture %(title)s was recorded: it counts as their best case until another owner confirms the recorded reason. Confirm it or decline it on the venture's page:"
        ),
    ),
    "proposal_answer": (
        N_("Your proposal in %(title)s has an outcome"),
        N_(
            "Your proposal %(proposal)s in the venture %(title)s has an outcome: it was accepted, declined, or it lapsed. See it on the venture's page:"
        ),
    ),
    "event_invite": (
        N_("You are invited to %(title)s"),
        N_("%(name)s invited you to the event %(title)s. See it and answer on its page:"),
    ),
    "message": (
        N_("%(name)s wrote to you"),
        N_("%(name)s wrote to you in your conversation on cofoundry. Read it and answer:"),
    ),
    "digest": (
        N_("New people to meet this week"),
        N_(
            "New suggestions for you since your last digest: %(count)s. See who they are and"
            " why you match:"
        ),
    ),
    "feedback_due": (
        N_("How did it go with %(name)s?"),
        N_(
            "Your introduction to %(name)s was accepted. After you meet, tell us how it went"
            " (only you will see your answer):"
        ),
    ),
}
_UNKNOWN = (N_("A message from cofoundry"), N_("Open this page:"))
#: The letters that name an event: its name (``title``) and venue (``where``) are written
#: so that no mail reader makes a link of them (:func:`~matcher.mail.unlinked`).
_EVENTS = frozenset({"event_invite"})
#: The fact that counts a letter's lifetime (a figure such as ``"20"`` or ``"0.5"``), by kind.
COUNTED: dict[str, str] = {
    "signin_link": "minutes",
    "reset_link": "minutes",
    "confirm_link": "hours",
    "email_change_link": "hours",
    "email_changed": "days",
}
#: Under the personal link of an imported person's invitation (``personal`` in its facts).
PERSONAL = N_(
    "This link is yours: with it you answer without an account, then keep the profile the"
    " organiser made for you (create an account or sign in from its page). Do not share it."
)
_LINKS = (
    "signin_link",
    "reset_link",
    "confirm_link",
    "signup_attempt",
    "email_change_link",
    "email_change_attempt",
    "email_changed",
)
#: Links whose opening already says what to do with an unasked e-mail (the confirmation:
#: "If you did not sign up, ignore this e-mail..."): the footer would say it a second time.
_SAY_WHY_TO_IGNORE = frozenset({"confirm_link"})


def _when_and_where(t: Translator, data: Mapping[str, str]) -> list[str]:
    """An event's day, start and place in the reader's words (an invitation's facts,
    :func:`matcher.events.invitation_facts`), each on its line, then a blank line; none
    when the facts say neither.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> facts = {"date": "2026-05-21", "start": "18:30", "timezone": "Europe/Paris",
    ...          "where": "Station F, Paris"}
    >>> _when_and_where(translator("fr"), facts)
    ['Quand\\xa0: jeudi 21 mai 2026 à 18:30 (heure de Paris)', 'Où\\xa0: Station F, Paris', '']
    >>> _when_and_where(translator("en"), {"date": "2026-05-21"})
    ['When: Thursday, May 21, 2026', '']
    """
    lines = []
    if data.get("date"):
        day = t.date(dt.date.fromisoformat(data["date"]), "full")
        if data.get("start"):
            start = t.time(dt.time.fromisoformat(data["start"]))
            when = t.gettext(
                "%(day)s at %(start)s (%(zone)s)",
                day=day,
                start=start,
                zone=t.zone(data["timezone"]),
            )
        else:
            when = day
        lines.append(t.gettext("When: %(when)s", when=when))
    if data.get("where"):
        lines.append(t.gettext("Where: %(place)s", place=data["where"]))
    return [*lines, ""] if lines else []


def salary_said(t: Translator, data: Mapping[str, str]) -> str:
    """Which salary a notice is about, in the reader's words: whose (``member``, by
    ``member_name``), how much a year, the cash salary paid and from when (a rate proposal's
    facts, or an invitation's opening salary, which has no member: the reader's own, from
    the day they join when it names no day); empty when the notice names no salary.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> facts = {"member": "bob", "member_name": "Bob", "salary": "60000.5",
    ...          "paid_salary": "10000", "effective": "2024-05-01"}
    >>> salary_said(translator("en"), facts)
    'The salary: Bob, 60,000.5 a year (10,000 paid) from May 1, 2024.'
    >>> salary_said(translator("fr"), facts)
    'Le salaire\\xa0: Bob, 60\\u202f000,5 par an (10\\u202f000 versés) à partir du 1er mai 2024.'
    >>> salary_said(translator("en"), {"salary": "50000", "paid_salary": "0", "effective": ""})
    'Your opening salary: 50,000 a year (0 paid) from the day you join.'
    >>> salary_said(translator("fr"), {"salary": "50000", "paid_salary": "0", "effective": ""})
    'Votre salaire de départ\\xa0: 50\\u202f000 par an (0 versé) à partir du jour où vous rejoignez le projet.'
    >>> salary_said(translator("en"), {"who": "ana"})
    ''
    """
    if not data.get("salary"):
        return ""
    paid_amount = Decimal(data["paid_salary"])
    salary, paid = t.figure(Decimal(data["salary"])), t.figure(paid_amount)
    day = data.get("effective")
    if not data.get("member"):  # an invitation's: the reader's own
        if not day:
            return t.ngettext(
                "Your opening salary: %(salary)s a year (%(paid)s paid) from the day you join.",
                "Your opening salary: %(salary)s a year (%(paid)s paid) from the day you join.",
                paid_amount,
                salary=salary,
                paid=paid,
            )
        return t.ngettext(
            "Your opening salary: %(salary)s a year (%(paid)s paid) from %(date)s.",
            "Your opening salary: %(salary)s a year (%(paid)s paid) from %(date)s.",
            paid_amount,
            salary=salary,
            paid=paid,
            date=t.date(dt.date.fromisoformat(day)),
        )
    return t.ngettext(
        "The salary: %(name)s, %(salary)s a year (%(paid)s paid) from %(date)s.",
        "The salary: %(name)s, %(salary)s a year (%(paid)s paid) from %(date)s.",
        paid_amount,
        name=data.get("member_name") or data["member"],
        salary=salary,
        paid=paid,
        date=t.date(dt.date.fromisoformat(day or "")),
    )


def _opening(t: Translator, kind: str, opening: str | Message, values: dict[str, str]) -> str:
    """The letter's opening line, its lifetime counted in the reader's grammar (``1 hour``,
    ``0,5 minute``) when :data:`COUNTED` names the fact that counts it.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> _, opening = LETTERS["confirm_link"]
    >>> _opening(translator("en"), "confirm_link", opening, {"hours": "1"})[:99]
    'Open this link, signed in to the account you made, to confirm your e-mail address. It works once, f'
    >>> "for 1 hour." in _opening(translator("en"), "confirm_link", opening, {"hours": "1"})
    True
    """
    if isinstance(opening, Message):
        try:
            figure = float(values.get(COUNTED.get(kind, ""), ""))
        except ValueError:  # no figure: the plural, without one
            figure = 2.0
        return t.message(opening, figure, **values)
    return t.gettext(opening, **values)


def _letter_of(kind: str, data: Mapping[str, str]) -> str:
    """``kind``, or its letter for what happened (``what`` in its facts, such as a leaver's
    dispute of their departure: ``venture_proposal.cause``), or its letter from the
    community's administrators when an admin sent it (a venture invitation with no inviter).

    >>> _letter_of("venture_invite", {"who": ""}), _letter_of("venture_invite", {"who": "ana"})
    ('venture_invite.admins', 'venture_invite')
    >>> _letter_of("venture_proposal", {"who": "bob", "what": "cause"})
    'venture_proposal.cause'
    >>> _letter_of("venture_proposal", {"who": "ana", "what": "rate", "status": "withdrawn"})
    'venture_proposal.withdrawn'
    """
    if f"{kind}.{data.get('status')}" in LETTERS:
        return f"{kind}.{data.get('status')}"
    if f"{kind}.{data.get('what')}" in LETTERS:
        return f"{kind}.{data.get('what')}"
    return f"{kind}.admins" if f"{kind}.admins" in LETTERS and not data.get("who") else kind


#: The facts of a letter that are the site's own paths (its links), never a person's words.
_OWN_PATHS = frozenset({"path", "unsubscribe"})


def letters(base_url: str, *, told: Callable[[str], None] | None = None) -> Compose:
    """The composer for a site at ``base_url``; ``told`` is called with it before the first
    letter is composed (the CLI says which address its e-mails' links start with).

    Examples
    --------
    >>> compose = letters("https://cofoundry.example")
    >>> subject, body = compose("intro_request", "fr", {"name": "Ana", "path": "/web/inbox"})
    >>> subject
    'Ana souhaite vous rencontrer'
    >>> "https://cofoundry.example/web/inbox" in body
    True
    """
    base = base_url.rstrip("/")
    untold = [told] if told is not None else []

    def compose(kind: str, lang: str, data: Mapping[str, str]) -> tuple[str, str]:
        while untold:
            untold.pop()(base)
        # what people wrote (a name, a title, a place) never carries a link of the site: only
        # the letter's own links, added below, become anchors (matcher.mail.unlinked)
        data = {k: v if k in _OWN_PATHS else unlinked(v, base) for k, v in data.items()}
        t = translator(lang)
        subject, opening = LETTERS.get(_letter_of(kind, data), _UNKNOWN)
        values = {"name": "", "title": "", "minutes": "", "hours": "", "address": "", "days": ""}
        values |= dict(data)
        if not values["name"]:
            values["name"] = values.get("who", "") or t.gettext("Someone")
        said_values, said_data = values, data
        if kind in _EVENTS:  # an event's name and venue are the organiser's words: no link
            said_values = values | {"title": unlinked(values["title"], base, addresses=True)}
            said_data = (
                {**data, "where": unlinked(data["where"], base, addresses=True)}
                if "where" in data
                else data
            )
        lines = [t.gettext("Hello,"), "", _opening(t, kind, opening, said_values), ""]
        lines += _when_and_where(t, said_data)
        said = salary_said(t, data)  # which salary a proposal (or an invitation) is about
        if said:
            lines += [said, ""]
        lines += [base + data.get("path", "/web/inbox"), ""]
        if data.get("personal"):  # an imported person's invitation: the link is theirs
            lines += [t.gettext(PERSONAL), ""]
        if kind in _LINKS and kind not in _SAY_WHY_TO_IGNORE:
            lines.append(
                t.gettext("If you did not ask for it, ignore this e-mail: nothing changes.")
            )
        else:
            if data.get("unproven"):  # an address someone typed: stop them all, from anyone
                lines.append(
                    t.gettext(
                        "You get this e-mail because someone typed your address. To get no"
                        " more e-mails like it, from anyone on this site, open: %(url)s",
                        url=base + data.get("unsubscribe", ""),
                    )
                )
            else:
                if data.get("unsubscribe"):
                    lines.append(
                        t.gettext(
                            "To stop e-mails of this kind, open: %(url)s",
                            url=base + data["unsubscribe"],
                        )
                    )
                account = base + "/web/account#email"
                lines.append(
                    t.gettext("Choose all your e-mails on your account page: %(url)s", url=account)
                )
        lines += ["", "cofoundry"]
        return t.gettext(subject, **values), "\n".join(lines) + "\n"

    return compose
