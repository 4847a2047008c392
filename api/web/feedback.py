"""Errors from the services, told in the user's language, next to the field at fault.

The services' messages (:mod:`matcher.errors`) are English sentences that name the field,
the value and the fix: in English they are shown as they are, unless they name the field by
its name in the code (``round_minutes``, or a sentence that opens with it: ``reason must be one
of fired-for-cause, ...``), which the page says in words instead. A service's hint written
for another shell (a token to send, a command or an option to run, a route: "use the
leaver's own token", "list the ledger") is left out, and the page's own hint
(:data:`PAGE_HINTS`) said in its place when it has one. In another language,
:data:`ERRORS` holds a sentence per kind of error and field (``<Class>.<field>``, then
``<field>``, then ``<Class>``), with the bad ``%(value)s``, written in English (the msgid)
and translated in the catalogue; an error with none of these shows a translated lead
followed by the English message, so nothing is ever hidden.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping

from api.web.figures import FORM_LIMITS
from api.web.i18n import N_, SOURCE, Translator
from api.web.labels import FAMILIES, label
from api.web.limits import wait_words
from matcher.errors import (
    CofoundryError,
    ControlCharacter,
    DayOutOfRange,
    InvalidInput,
    MissingColumns,
    NotOpenYet,
    OutOfRange,
    SignedSplit,
    Throttled,
    TooLong,
    Unknown,
)
from matcher.events import FIRST_EVENT_DATE, LAST_EVENT_DATE
from matcher.ids import id_problem
from matcher.profiles import AVAILABLE_FROM
from matcher.trust import FIRST_COLLABORATION_DATE

__all__ = [
    "CHOICES",
    "DATES",
    "ERRORS",
    "FIGURES",
    "choice_message",
    "error_message",
    "field_errors",
    "shown_value",
]

#: A check-in before the event's doors open (:class:`~matcher.errors.NotOpenYet`).
_DOORS_CLOSED = N_(
    "Check-in opens on %(opens_day)s at %(opens_time)s (%(opens_zone)s), the event's day: nobody checks in before. To try the scanner, find a badge by its code, which checks nobody in; if the event was moved, change its date."
)

#: The error sentences by ``<Class>.<field>``, ``<field>`` or ``<Class>`` (most specific first);
#: ``<field>.missing`` before them all when the field was left empty.
#: A write that would change a day every member signed (:class:`~matcher.errors.SignedSplit`).
_SIGNED = N_(
    "Every member signed the split of %(signed)s: nothing dated on or before that day changes any more. Date it after %(signed)s."
)

ERRORS: dict[str, str] = {
    "CsrfRefused": N_("This form has expired; reload the page and send it again."),
    "NotAllowed": N_("You are not allowed to do this."),
    "UnknownProfile": N_("No visible profile has the id “%(value)s”."),
    "NoProfileYet.profile": N_(
        "“%(value)s” has signed up but has not written a profile yet: only they can write it."
    ),
    "UnknownVenture": N_("No venture “%(value)s” that you belong to."),
    "UnknownEntry": N_("No entry %(value)s in this ledger."),
    "NotANumber": N_("“%(value)s” is not a number: write it with digits, such as 12.5."),
    "NulCharacter": N_(
        "“%(value)s” holds the character U+0000 (NUL), which no id, name or text may hold: remove it."
    ),
    "ControlCharacter": N_(
        "This text holds an invisible control character (%(code)s, character %(position)s), such as a NUL or an escape, that a page cannot show: remove it and send again."
    ),
    "RepeatedKey": N_(
        "The field “%(field)s” of this form was sent twice, with different values (%(value)s): send the form again from the page; a field holds one value."
    ),
    "UnknownIntroduction": N_("This introduction does not exist or no longer concerns you."),
    "NotAllowed.introduction": N_(
        "Only the person who asked for this introduction can withdraw it; to turn it down, decline it."
    ),
    "accept": N_("Answer yes or no."),
    "Conflict.once": N_("This form is still being sent: wait a moment, then reload the page."),
    "Conflict.once_lost": N_(
        "This form was sent already and did its work, but its answer was lost: reload the page to see what it made."
    ),
    "mark.missing": N_(
        "Choose what to do with this person with the page's buttons: save, skip, or take the mark off."
    ),
    "mark": N_(
        "Mark: “%(value)s” is not one of the choices (save, skip, take the mark off); use the page's buttons."
    ),
    "confirm": N_("Answer yes or no."),
    "Conflict.status": N_(
        "This has already been answered, or has expired: it can no longer be changed. Reload the page to see where it stands."
    ),
    "UnknownCollaboration": N_("This collaboration does not exist or does not concern you."),
    "Conflict.id": N_("The id “%(value)s” is already taken: choose another one."),
    "id": N_("The id must be 1 to 64 lower-case letters, digits, - or _."),
    "TooLong": N_("This is %(length)s characters long; the limit is %(limit)s: shorten it."),
    "EventOver": N_(
        "This event is over: nobody can be invited to it any more. Create a new event for its next edition, or change this event's date if it was moved."
    ),
    "NotText": N_(
        "This file is a %(value)s file, not CSV text: in your spreadsheet, save or export the list as “CSV UTF-8”, then choose that file."
    ),
    "BinaryFile": N_(
        "This file is not text: from byte %(value)s on, it holds no characters of a CSV file. In your spreadsheet, save or export the list as “CSV UTF-8”, then choose that file."
    ),
    "NotCsv": N_(
        "This file is a spreadsheet workbook, not CSV text: in your spreadsheet, save or download the sheet as CSV, then choose that file."
    ),
    "name": N_("The name is required: one line of plain text, without control characters."),
    "headline": N_("Write the headline as plain text."),
    "offers": N_("Say what you bring."),
    "needs": N_("Say what you look for."),
    "values": N_("Write your values as plain text."),
    "location": N_("Write the place as plain text."),
    "email": N_("“%(value)s” is not an e-mail address; write it like name@example.org."),
    "email.missing": N_("Give an e-mail address, written like name@example.org."),
    "languages.missing": N_("Tick at least one language you work in."),
    "languages": N_("Tick the languages you work in, %(max_languages)s at most, from the list."),
    "utc_offset": N_("Hours from UTC between -12 and 14, in steps of 0.25 (Paris 1, Montréal -5)."),
    "available_from": N_(
        "Write the date YYYY-MM-DD, from %(first_available_date)s to %(last_available_date)s."
    ),
    "roles_offered": N_("Pick roles from the list."),
    "roles_sought": N_("Pick roles from the list."),
    "commitment": N_("Pick a commitment from the list."),
    "stage": N_("Pick a stage from the list."),
    "visibility": N_("Pick who may see your profile from the list."),
    "days": N_("Give how many days the link works: a whole number from 1 to %(max_invite_days)s."),
    "uses": N_(
        "Give how many people may sign up with the link: a whole number from 1 to %(max_invite_uses)s, or leave it empty for no limit."
    ),
    "InvalidInput.other": N_("Type the profile id of someone else."),
    "other": N_("Type a profile id."),
    "partner": N_("Type your partner's profile id (someone else than you)."),
    "Conflict.partner": N_(
        "Your proposal of a collaboration to this person is waiting for their answer: propose the next project once they have answered."
    ),
    "Conflict.proposals": N_(
        "%(value)s of your proposals are waiting for an answer, the most that may wait at once: propose again once some are answered."
    ),
    "project": N_("Name the project."),
    "started": N_("Write the start date YYYY-MM-DD, from %(first_collaboration_date)s to today."),
    "ended": N_("Write the end date YYYY-MM-DD, from the start to today (empty if it goes on)."),
    "rating": N_("Pick a rating from -2 to +2."),
    "note": N_("The note is too long."),
    "note.missing": N_("Say why: a reason is needed to decline."),
    "Conflict.proposal": N_(
        "Proposal %(value)s was already answered, or it waits for an answer first: see “Waiting for a member's word” on the venture page."
    ),
    "NotAllowed.proposal": N_("Proposal %(value)s does not wait for your word."),
    "InvalidInput.text": N_(
        "Write your message as plain text: it cannot be empty, nor hold control characters (line breaks and tabs are fine)."
    ),
    "TooLong.message": N_(
        "The message is %(length)s characters long; keep it to %(limit)s characters or fewer, then send it again."
    ),
    "connector": N_(
        "This person is not on one of your warm paths to them: pick another one, or ask directly."
    ),
    "Conflict.target": N_(
        "You already asked to meet them; wait for an answer or for the request to expire."
    ),
    "InvalidInput.target": N_("You cannot ask to meet yourself: pick someone else."),
    "target": N_("You cannot ask for this introduction."),
    "Conflict.venture": N_("The venture id “%(value)s” is already taken: choose another one."),
    "venture": N_(
        "The venture id must be 1 to %(max_id)s lower-case letters, digits, '-' or '_', starting with a letter or a digit."
    ),
    "member": N_(
        "“%(value)s” is not a current member of this venture (invited, left, or not in it)."
    ),
    "amount": N_(
        "Give the amount, a number above 0 and at most %(max_amount)s, written like 1250.50 (for time, leave it empty)."
    ),
    "OutOfRange.hours": N_(
        "At most %(high)s hours fit in this entry: a member's time up to a date is at most 24 hours a day since the venture's start."
    ),
    "OutOfRange.months": N_(
        "At most %(high)s months fit in this entry: since the venture's start, a month of time (or of rent for one space) counts once a month."
    ),
    "hours": N_("A time contribution needs hours or months (one of them, above 0)."),
    "months": N_(
        "Give the number of months, above 0 (for facilities: the months the space was used)."
    ),
    "paid": N_("The amount paid back must be a number, 0 or more, and not above what it is worth."),
    "Conflict.rate": N_(
        "This member's salary for that day still waits for an answer (proposal %(value)s, under “Waiting for a member's word”): post this time again once it is accepted."
    ),
    "rate": N_(
        "Check the rate (between 0 and 1, such as 0.05); for time, this member's salary must be recorded below from an earlier date."
    ),
    "kind": N_("Pick a kind of contribution from the list."),
    "condition": N_("Pick a condition from the list."),
    "salary": N_("The salary must be a yearly amount, 0 or more, such as 60000."),
    "paid_salary": N_("The salary paid must be 0 or more, and not above the market salary."),
    "Conflict.effective": N_(
        "A salary or terms from this date are already recorded: pick a later date."
    ),
    "effective": N_(
        "Write the date YYYY-MM-DD, from the venture's start on and after this member's last time entry."
    ),
    "as_of": N_("Write the date YYYY-MM-DD."),
    "DayOutOfRange.on": N_(
        "%(value)s is outside the venture's life: date it from %(first)s, the day it started, to %(last)s."
    ),
    "on": N_(
        "Check the date (YYYY-MM-DD): from the venture's start to tomorrow, not before a leaver's last contribution."
    ),
    "reason": N_("Give a reason, or pick it from the list."),
    "idempotency_key": N_("This form was already sent with other values; reload the page."),
    "Conflict.salary": N_(
        "The salary of this invitation changed since you read it: read the invitation again, then join with its salary or join and discuss it."
    ),
    "Conflict.members": N_(
        "The venture's members changed since you read the invitation (now: %(value)s): read it again, then join or decline."
    ),
    "Conflict.member": N_(
        "Not possible for this member: already in the venture, already left, last owner, or with entries waiting for approval."
    ),
    "Conflict.entry": N_(
        "This entry cannot change this way any more (already reversed, approved or rejected, about a member who left, or a Well withdrawal whose reversal would lower several members' slices)."
    ),
    "Conflict.well": N_(
        "Withdrawals from the Well already took what this deposit put in: reverse those withdrawals first, then the deposit."
    ),
    "Conflict.on": N_(
        "Dated %(value)s, this would share again Well withdrawals already shared among the depositors, and lower another member's slices: date a deposit after the last withdrawal; to put money back in the Well, post a new deposit rather than a reversal."
    ),
    "NotAllowed.entry": N_(
        "Only the member whose slices it lowers reverses an entry (its author, before it counts); another member approves or rejects it (the member it is about, for an entry an owner posted for them)."
    ),
    "event": N_("The event id must be 1 to %(max_id)s lower-case letters, digits, - or _."),
    "Conflict.event": N_("The event “%(value)s” already exists: choose another id."),
    "UnknownEvent.code": N_(
        "This invitation link does not work: the organiser has made a new one, or it was copied wrong. Ask the organiser for the current link."
    ),
    "UnknownEvent": N_("No such event among those you organise or attend."),
    "OutOfRange.attendees": N_(
        "An event has at most %(high)s attendees: split the file, or the event into several."
    ),
    "attendees": N_("A plan needs at least 2 attendees: add attendees first."),
    "OutOfRange.rounds": N_("Give a number of rounds from %(low)s to %(high)s."),
    "rounds": N_("Type the number of rounds as a whole number."),
    "Conflict.code": N_(
        "The event is over: a check-in records an arrival during the event. Mark whoever was absent with their status instead."
    ),
    "RemovedAttendee.answer": N_(
        "The organiser removed you from this event: your answer no longer changes. If you think it is a mistake, ask the organiser."
    ),
    "RemovedAttendee.status": N_(
        "This person was removed from the event: add them back first (mark them expected again)."
    ),
    # by the badge's code (the check-in page) or by the attendee (the dashboard)
    "NotOpenYet.code": _DOORS_CLOSED,
    "NotOpenYet.profile": _DOORS_CLOSED,
    "OutOfRange.from_round": N_(
        "The rounds before round %(low)s have started, and a round that has started never changes: re-plan from round %(low)s or a later one."
    ),
    "from_round": N_(
        "Re-plan from a round that has not started, at most the one right after the rounds already planned."
    ),
    "OutOfRange.group_size": N_("Give a table size from %(low)s to %(high)s."),
    "group_size": N_("Type the table size as a whole number."),
    "OutOfRange.fairness": N_("Give a fairness from %(low)s to %(high)s."),
    "fairness": N_("Type the fairness as a number, such as 0.5."),
    "odd": N_("Choose what happens with an odd number of people."),
    "OutOfRange.size": N_("Give a team size from %(low)s to %(high)s."),
    "size": N_("Type the team size as a whole number."),
    "OutOfRange.balance": N_("Give a balance from %(low)s to %(high)s."),
    "balance": N_("Type the balance as a number."),
    "OutOfRange.time_limit": N_("Give a time limit from %(low)s to %(high)s seconds."),
    "time_limit": N_("Type the time limit in seconds, as a number."),
    "required_roles": N_("Pick roles from the list."),
    "RolesNotCovered.required_roles": N_(
        "Too few of the people expected offer the role %(value)s for every team to have one: tick fewer roles, choose fewer (larger) teams, or invite more people."
    ),
    "RolesNotCovered.teams": N_(
        "No way to split the people expected into these teams gives every team all the roles ticked: choose larger teams or tick fewer roles."
    ),
    "status": N_("Pick a status from the list."),
    "OutOfRange.round": N_("Give a round from %(low)s to %(high)s."),
    "round": N_("Type the round as a whole number."),
    "number": N_(
        "An entry's number is a whole number written with the digits 0-9, such as 3, not “%(value)s”."
    ),
    "TooLong.file": N_(
        "This file is %(length)s; the limit is %(limit)s: split it into smaller files."
    ),
    "file": N_("Choose a UTF-8 CSV file with a header line."),
    "columns": N_(
        "The file has no column for: %(value)s. Its first line names the columns, such as name, email, offers, needs (or nom, e-mail, offre, besoins)."
    ),
    "ColumnTwice.columns": N_(
        "Two columns of the file mean the same: %(value)s. Keep one of them, or rename the other."
    ),
    "MissingColumns.columns": N_(
        "The file has no column for: %(value)s (the file's columns are %(columns)s). Its first line names the columns, such as name, email, offers, needs (or nom, e-mail, offre, besoins)."
    ),
    "ids": N_("Type profile ids of people you can see, separated by commas."),
    "UnknownProfile.profile": N_("“%(value)s” does not attend this event."),
    "industries": N_(
        "Up to %(max_industries)s short labels (letters, digits, spaces, & + / -) separated by commas, such as health, energy."
    ),
    "preferences": N_("Pick must have, nice to have or don't care."),
    "OutOfRange.k": N_(
        "The number of suggestions must be a whole number from %(low)s to %(high)s, written with the digits 0-9, not “%(value)s”."
    ),
    "verdict": N_("Pick one: I would work with them again, not a fit or met before."),
    "about": N_("Type the profile id of someone else than you."),
    "context": N_(
        "Pick the event where you met them; for “again”, you must have sat at the same table or been in the same team."
    ),
    "Conflict.introduction": N_("A venture starts from an introduction both sides accepted."),
    "Conflict.ledger": N_(
        "The ledger is closed: the venture ended, its end waits for confirmation, or the pie is frozen."
    ),
    **dict.fromkeys(
        (
            f"SignedSplit.{field}"
            for field in ("on", "effective", "freeze", "entry", "member", "proposal")
        ),
        _SIGNED,
    ),
    "Conflict.ledger_hash": N_(
        "The ledger changed since you read it: read the split again and confirm."
    ),
    "ledger_hash": N_("The ledger changed since you read it: read the split again and confirm."),
    "NotAllowed.member": N_("Only an owner may do this (a member records their own resignation)."),
    "NotAllowed.venture": N_("Only an owner may do this."),
    "freeze": N_(
        "Check the freeze date (YYYY-MM-DD): not before an entry that counts, not in the future; no entry may wait for approval."
    ),
    "owner": N_("Name the owner by their profile id."),
    "refused": N_("Only a leaver not at fault may refuse a buy-back offer."),
    "date": N_(
        "Write the date YYYY-MM-DD, from %(first_event_date)s to %(last_event_date)s, or leave it empty while you do not know it."
    ),
    "start": N_("Write the start time as HH:MM, such as 18:30."),
    "NoSuchTime": N_(
        "%(value)s does not exist that day in the event's time zone: the clocks go forward over it. Pick a time after the change."
    ),
    "timezone": N_("Pick a time zone from the list by typing a city, such as Paris."),
    "venue": N_("Write the venue as plain text."),
    "address": N_("Write the address as plain text."),
    "places": N_(
        "One table or room per line, each with its own name; the seats after a colon, such as Loft:8."
    ),
    "pauses": N_(
        "One longer break per line: the round it follows, a colon and its minutes, such as 3: 15; one break per round at most."
    ),
    "round_minutes": N_("Give the minutes of a round as a whole number, such as 10."),
    "break_minutes": N_(
        "Give the minutes between rounds as a whole number, such as 5 (0 for none)."
    ),
    "answer": N_("Pick your answer: coming, maybe or not coming."),
    "RoundStarted": N_(
        "A round has already started: this change would make it start later, and a round that has started never changes. To run late, add a longer break after the round on now; to hold the event again, create a new event."
    ),
    "RoundStarted.rounds": N_(
        "These rounds would start at a time that has passed, and a round whose time has passed counts as held. Add a longer break after the last round so that they start later, move the event's start if no round has started, or create a new event."
    ),
    "RoundStarted.answer": N_(
        "The rounds have started and you were at a table: your answer no longer changes. If you leave, tell the organiser, who marks you as gone."
    ),
    "EventOver.answer": N_(
        "This event is over: your answer no longer changes. If the record of who came is wrong, tell the organiser."
    ),
    "Conflict.answer": N_(
        "You are checked in: you are here, and your answer no longer changes. If you leave early, tell the organiser."
    ),
    "layout": N_("Pick one of the ways to split the people into teams."),
    "sizes": N_("Pick one of the ways to split the people into teams."),
    "UnknownProfile.code": N_(
        "No badge of this event has the code “%(value)s”: check the %(code_length)s characters under the QR code."
    ),
    "team": N_("You are in no team at this event."),
    "Conflict.email": N_(
        "An account with this e-mail address exists: sign in, or reset your password."
    ),
    "password": N_(
        "The password must be %(min_password)s to %(max_password)s characters, and neither your e-mail address nor your name."
    ),
    "NotAuthenticated.code": N_(
        "This link does not work: it was used already, has expired, or was replaced by a newer one. Ask for a new link."
    ),
    "UnknownItem": N_("This does not exist, or is not yours."),
    "Conflict.account": N_(
        "You signed in with an API token: there is no e-mail account to link a profile to. Sign up with an e-mail address first."
    ),
    "Conflict.profile": N_(
        "Your account already has a profile, and one account holds one profile: to link another one, erase this account first."
    ),
    "InvalidInput.invitation_email": N_(
        "“%(value)s” has no e-mail address: give them the event's invitation link another way."
    ),
    "Conflict.invitation_email": N_(
        "“%(value)s” turned event invitation e-mails off: give them the event's invitation link another way."
    ),
    "Throttled.email": N_(
        "A confirmation link was sent to this address lately: open the newest confirmation e-mail while signed in to this account, its link works for it. You can ask for another %(wait)s."
    ),
    "Throttled.invitation_address": N_(
        "The e-mail address of “%(value)s” has had as many invitations as it takes for now: give them the event's invitation link another way."
    ),
    "Throttled.invitation_email": N_(
        "The invitation was e-mailed to “%(value)s” a few minutes ago: wait %(minutes)s minutes before sending it again."
    ),
    "Throttled.invitation_sender": N_(
        "Your invitations have e-mailed “%(value)s” %(limit)s times in the last 24 hours, the most one sender's may: they see every invitation in their inbox. Send this one again tomorrow, or give them the event's invitation link another way."
    ),
    "InvalidInput.form": N_(
        "This form could not be read: it holds more fields than a page's form has, or a field over 1 MB. Reload the page and send the form from it."
    ),
    "InvalidInput.token": N_(
        "This token does not work: it is unknown, revoked, expired, or not a member's. Paste the token the API gave when the profile was made."
    ),
    "Conflict.claim": N_(
        "Your account already has introductions, an avoid list, saved people or feedback of its own, which this profile would leave behind: make your own profile instead, or withdraw your requests and empty your avoid list and saved people first."
    ),
    "Conflict.token": N_(
        "This token's profile was erased or already has its own account: sign in to that account, or sign up anew."
    ),
}


#: What a page says to do, in place of a service's hint written for another shell
#: (:func:`_foreign_hint`), by ``<Class>.<field>`` or ``<Class>`` as :data:`ERRORS`.
PAGE_HINTS: dict[str, str] = {
    "UnknownEntry": N_("the ledger on this page lists every entry with its number"),
    "UnknownItem": N_("reload the page: it lists what is still yours"),
    "UnknownCollaboration": N_("reload the page: it lists what is still yours"),
    "UnknownIntroduction": N_("reload the page: it lists what is still yours"),
}

#: Words by which a service's hint speaks to another shell than the pages: the API's
#: tokens and headers, a command, an option, a route, a listing to ask for ("list the
#: ledger", "list your own": a page shows its lists).
_OTHER_SHELL = re.compile(
    r"\btokens?\b|\bAuthorization\b|\bcofoundry [a-z]|(?<![\w-])--[a-z]"
    r"|\b(?:GET|POST|PUT|PATCH|DELETE) /|\blist (?:the|your)\b"
)


def _foreign_hint(exc: CofoundryError) -> bool:
    """Whether ``exc``'s hint tells what to do in another shell (:data:`_OTHER_SHELL`).

    Examples
    --------
    >>> from matcher.errors import NotAllowed
    >>> _foreign_hint(NotAllowed("only 'bob' may answer", hint="use the leaver's own token"))
    True
    >>> _foreign_hint(InvalidInput("name is required", hint="give a name"))
    False
    """
    return bool(exc.hint and _OTHER_SHELL.search(exc.hint))


def _page_said(exc: CofoundryError, t: Translator) -> str:
    """``exc`` in English on a page: its detail (and value) without a hint written for
    another shell, then the page's own hint (:data:`PAGE_HINTS`) if it has one.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> from matcher.errors import UnknownEntry
    >>> _page_said(UnknownEntry("no entry 7 in venture 'acme'", value=7), translator("en"))
    "no entry 7 in venture 'acme'; the ledger on this page lists every entry with its number"
    """
    bare = CofoundryError(exc.detail, field=exc.field, value=exc.value)
    said = str(bare)
    hint = next((PAGE_HINTS[k] for k in _keys(exc) if k in PAGE_HINTS), None)
    return f"{said}; {t.gettext(hint)}" if hint else said


#: The form fields filled from a fixed list (a select, radios, checkboxes): what the form
#: calls the field, and the family of :data:`api.web.labels.FAMILIES` that names the choices.
#: A value outside the list (a tampered form, a page from an older version) is told by
#: :func:`choice_message`, whatever the domain's own wording.
CHOICES: dict[str, tuple[str, str]] = {
    "commitment": (N_("Commitment"), "commitment"),
    "stage": (N_("Stage of the project"), "stage"),
    "visibility": (N_("Who may see my profile"), "visibility"),
    "roles_offered": (N_("Roles I bring"), "role"),
    "roles_sought": (N_("Roles I look for"), "role"),
    "kind": (N_("Kind"), "kind"),
    "condition": (N_("Condition"), "condition"),
}

#: How many characters of a refused value a page shows (an id of 5,000 characters is not
#: echoed whole): the rest is cut, with "…".
SHOWN_CHARACTERS = 40
#: Fields whose "value" is the domain's own words, never a person's text (the names a missing
#: column of a file may have): a page shows it whole, however long.
OWN_WORDS = frozenset({"columns"})


def shown_value(value: object, limit: int = SHOWN_CHARACTERS) -> str:
    """``value`` as a page echoes it: its first ``limit`` characters, then "…" if longer.

    Examples
    --------
    >>> shown_value("ana"), shown_value("x" * 50, 5)
    ('ana', 'xxxxx…')
    """
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def choice_message(t: Translator, field: str, value: object, family: str) -> str:
    """A value that is none of a list's choices: the field as the form names it, the value
    (shortened by :func:`shown_value`), the choices in the page's language, and the fix.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> choice_message(translator("en"), "Stage", "forever", "stage")
    'Stage: “forever” is not one of the choices (idea, prototype, revenue); pick one from the list.'
    """
    return t.gettext(
        "%(field)s: “%(value)s” is not one of the choices (%(choices)s); pick one from the list.",
        field=field,
        value=shown_value(value),
        choices=", ".join(label(t, family, key) for key in FAMILIES[family]),
    )


def _outside_choices(exc: CofoundryError) -> str | None:
    """The value ``exc`` refuses when it lies outside the list of its field's choices
    (:data:`CHOICES`; the first such of a list), else None."""
    if type(exc) is not InvalidInput or exc.field not in CHOICES:
        return None
    values = exc.value if isinstance(exc.value, list | tuple) else [exc.value]
    family = FAMILIES[CHOICES[exc.field][1]]
    return next(
        (v for v in values if isinstance(v, str) and v.strip() and v.strip().lower() not in family),
        None,
    )


#: The domain's figures that sentences of :data:`ERRORS` name (``%(max_id)s``...): read from
#: the domain, never written again here.
FIGURES: dict[str, int] = {
    "max_id": FORM_LIMITS["id"],
    "max_industries": FORM_LIMITS["industry_count"],
    "max_languages": FORM_LIMITS["languages"],
    "code_length": FORM_LIMITS["code_length"],
    "min_password": FORM_LIMITS["min_password"],
    "max_password": FORM_LIMITS["password"],
    "max_amount": FORM_LIMITS["amount"],
    "max_invite_days": FORM_LIMITS["invite_days"],
    "max_invite_uses": FORM_LIMITS["invite_uses"],
}


#: The domain's dates that sentences of :data:`ERRORS` name, written the reader's way.
DATES: dict[str, dt.date] = {
    "first_event_date": FIRST_EVENT_DATE,
    "last_event_date": LAST_EVENT_DATE,
    "first_collaboration_date": FIRST_COLLABORATION_DATE,
    "first_available_date": AVAILABLE_FROM[0],
    "last_available_date": AVAILABLE_FROM[1],
}


def _figures(exc: CofoundryError, t: Translator) -> dict[str, str]:
    """What a sentence of :data:`ERRORS` may name: the refused ``%(value)s`` and its
    ``%(field)s`` (as the form sends it), and for a text
    over its limit (:class:`~matcher.errors.TooLong`) its ``%(length)s`` and ``%(limit)s``, the
    domain's figures in the page's way of writing numbers (never read back from the text);
    for a number out of its range (:class:`~matcher.errors.OutOfRange`), ``%(low)s`` and
    ``%(high)s``; for a file without a column an import needs
    (:class:`~matcher.errors.MissingColumns`), the file's own ``%(columns)s``; for a check-in before the doors open (:class:`~matcher.errors.NotOpenYet`),
    ``%(opens_day)s``, ``%(opens_time)s`` and ``%(opens_zone)s`` (Babel's, in the reader's
    locale); for a day outside its span (:class:`~matcher.errors.DayOutOfRange`), ``%(first)s``
    and ``%(last)s``."""
    out = {name: t.integer(n) for name, n in FIGURES.items()}
    out |= {name: t.date(day) for name, day in DATES.items()}
    if exc.value is None:
        out["value"] = ""
    else:
        out["value"] = str(exc.value) if exc.field in OWN_WORDS else shown_value(exc.value)
    out["field"] = exc.field or ""
    if isinstance(exc, TooLong) and exc.unit == "bytes":  # a file: in megabytes
        out |= {"length": t.megabytes(exc.length), "limit": t.megabytes(exc.limit)}
    elif isinstance(exc, TooLong):
        out |= {"length": t.integer(exc.length), "limit": t.integer(exc.limit)}
    if isinstance(exc, OutOfRange):
        out |= {"low": t.figure(exc.low), "high": t.figure(exc.high)}
    if isinstance(exc, ControlCharacter):  # which character, counted from 1 as a reader does
        out |= {"code": exc.code, "position": t.integer(exc.at + 1)}
    if isinstance(exc, DayOutOfRange):  # the span's days, as the reader writes a date
        out |= {"first": t.date(exc.first), "last": t.date(exc.last)}
        out["value"] = t.date(dt.date.fromisoformat(exc.value))  # as the two days are said
    if isinstance(exc, SignedSplit):  # the signed day, as the reader writes a date
        out["signed"] = t.date(exc.signed)
    if isinstance(exc, MissingColumns):  # the file's own names, as it wrote them
        out["columns"] = ", ".join(exc.columns)
    if isinstance(exc, NotOpenYet):  # when the doors open, as the reader writes a moment
        out |= {
            "opens_day": t.date(exc.opens.date()),
            "opens_time": t.time(exc.opens),
            "opens_zone": t.zone(exc.timezone),
        }
    if isinstance(exc, Throttled):  # the limit's own figures, and the wait in words
        out |= {name: t.integer(n) for name, n in exc.figures.items()}
        out["wait"] = wait_words(exc.retry_after, t)
    return out


def _keys(exc: CofoundryError) -> list[str]:
    """Most specific first: class and field; the class when it says what happened (unknown,
    conflict, not allowed, too long: before a sentence of the field's for any bad input, so a
    text over its limit is told its length, not the field's other rules); the field's rule
    (bad input); the class in general.

    Examples
    --------
    >>> from matcher.errors import TooLong
    >>> _keys(TooLong(field="text", length=4001, limit=4000, start="xxx"))[:3]
    ['TooLong.text', 'TooLong', 'InvalidInput.text']
    """
    names = [cls.__name__ for cls in type(exc).__mro__ if issubclass(cls, CofoundryError)]
    general = {"InvalidInput", "CofoundryError"}
    field = [exc.field] if exc.field else []
    keys = [f"{name}.{f}" for name in names if name not in general for f in field]
    if exc.field and (
        exc.value is None
        or (isinstance(exc.value, str) and not exc.value.strip())
        or (isinstance(exc.value, list | tuple) and not exc.value)
    ):
        keys.insert(0, f"{exc.field}.missing")  # nothing typed: what to type, not what is wrong
    keys += [name for name in names if name not in general]
    keys += [f"{name}.{f}" for name in names if name in general for f in field]
    keys += field
    keys += [name for name in names if name in general]
    return keys


def _names_a_code(exc: CofoundryError) -> bool:
    """Whether the service's message names its field by the code's name (``event
    round_minutes: ...``, or a sentence that starts with it: ``on must be a date``,
    ``reason must be one of fired-for-cause, ...``), which a reader never sees on a form:
    then the page says it with the sentence of :data:`ERRORS`, in English as in any language.

    Examples
    --------
    >>> from matcher.errors import InvalidInput
    >>> _names_a_code(InvalidInput("event round_minutes: must be 1 to 240", field="round_minutes"))
    True
    >>> _names_a_code(InvalidInput("on must be a date YYYY-MM-DD, got ''", field="on"))
    True
    >>> _names_a_code(InvalidInput("id 'ana': name is required", field="name"))
    True
    >>> _names_a_code(InvalidInput("id 'ana': at most 10 languages (got [])", field="languages"))
    True
    >>> _names_a_code(InvalidInput("the message is empty", field="text"))
    False
    """
    field = exc.field or ""
    said = str(exc)
    # "on must be ...", or after what the service says it is about: "id 'ana': name is required"
    # or a list over its count: "id 'ana': at most 10 languages (got [...])"
    opens = re.match(rf"(?:[^:]{{1,80}}: )?(?:at most \d+ )?{re.escape(field)} ", said)
    return bool(field) and (("_" in field and field in said) or opens is not None)


#: Fields whose unknown value is never an id (a badge's code, a link's token): the rule of
#: ids would only mislead ("K7QH-3M9T" is not an id, nor was it meant to be).
NOT_IDS = frozenset({"code", "token", "session"})


def error_message(
    exc: CofoundryError, t: Translator, words: Mapping[str, str] | None = None
) -> str:
    """The error in the page's language; ``words`` are a page's own sentences, looked up
    before :data:`ERRORS` (a field two forms name alike, such as a venture's start date and
    an event's start time).

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> from matcher.errors import Conflict
    >>> e = Conflict("profile id 'ana' is already taken", field="id", value="ana", hint="choose another id")
    >>> error_message(e, translator("en"))
    "profile id 'ana' is already taken; choose another id"
    >>> error_message(e, translator("fr"))
    "L'identifiant «\\xa0ana\\xa0» est déjà pris\\xa0: choisissez-en un autre."
    >>> error_message(Conflict("the moon is full"), translator("fr"))
    'Refusé\\xa0: the moon is full'
    """
    said = _said(exc, t, words)
    if (
        isinstance(exc, Unknown)
        and exc.field not in NOT_IDS
        and isinstance(exc.value, str)
        and id_problem(exc.value)
    ):
        # not even an id (a path typed or cut wrong): say what one looks like
        rule = t.gettext(
            "An id is 1 to %(max_id)s lower-case letters, digits, - or _, starting with a letter or a digit, such as ana-lopez.",
            max_id=t.integer(FIGURES["max_id"]),
        )
        said = f"{said} {rule}"
    return said


def _said(exc: CofoundryError, t: Translator, words: Mapping[str, str] | None) -> str:
    """:func:`error_message` before the rule of ids."""
    wrong = _outside_choices(exc)
    if wrong is not None:
        assert exc.field is not None
        name, family = CHOICES[exc.field]
        return choice_message(t, t.message(name), wrong, family)
    if t.lang == SOURCE and not _names_a_code(exc):
        said = _page_said(exc, t) if _foreign_hint(exc) else str(exc)
        return _shortened(said, _echoed(exc))
    figures = _figures(exc, t)
    for key in _keys(exc):
        for table in (words or {}, ERRORS):
            if key in table:
                return t.gettext(table[key], **figures)
    if t.lang == SOURCE:  # no sentence for it: the service's own
        said = _page_said(exc, t) if _foreign_hint(exc) else str(exc)
        return _shortened(said, _echoed(exc))
    return t.gettext("Refused: %(reason)s", reason=_shortened(str(exc), _echoed(exc)))


def _echoed(exc: CofoundryError) -> object:
    """The refused value as a person wrote it, which a page shortens; None for the domain's
    own words (:data:`OWN_WORDS`), shown whole.

    Examples
    --------
    >>> from matcher.errors import InvalidInput
    >>> _echoed(InvalidInput("bad", field="name", value="x")), _echoed(
    ...     InvalidInput("no column", field="columns", value="needs / besoins"))
    ('x', None)
    """
    return None if exc.field in OWN_WORDS else exc.value


def _shortened(said: str, value: object) -> str:
    """The service's message ``said`` with a long text ``value`` in it shortened by
    :func:`shown_value` (an id of 5,000 characters is not echoed whole).

    Examples
    --------
    >>> _shortened("no venture '" + "a" * 50 + "'", "a" * 90) == "no venture '" + "a" * 40 + "…'"
    True
    """
    if not isinstance(value, str) or len(value) <= SHOWN_CHARACTERS:
        return said
    start = said.find(value[:SHOWN_CHARACTERS])
    if start < 0:
        return said
    end = start  # the service may have cut the value already: as much of it as it says
    while end < len(said) and end - start < len(value) and said[end] == value[end - start]:
        end += 1
    return said[:start] + shown_value(value) + said[end:]


def field_errors(
    errors: Iterable[CofoundryError],
    t: Translator,
    fields: Collection[str] | None = None,
    words: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The first error of each field, translated; errors of fields the form does not show
    (or without a field) go under ``""``, shown at the top of the form.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> from matcher.errors import InvalidInput
    >>> field_errors([InvalidInput("name is required", field="name", hint="give a name")],
    ...              translator("fr"))
    {'name': 'Le nom est obligatoire\\xa0: une ligne de texte simple, sans caractère de contrôle.'}
    >>> field_errors([InvalidInput("key is too long", field="idempotency_key")],
    ...              translator("en"), fields=("amount",))
    {'': 'key is too long'}
    """
    out: dict[str, str] = {}
    for exc in errors:
        name = exc.field or ""
        if fields is not None and name not in fields:
            name = ""
        out.setdefault(name, error_message(exc, t, words))
    return out
