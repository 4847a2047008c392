"""E-mail, the pure rules: addresses, the outbox's messages, retry backoff, the MIME form.

A message is written to the outbox (a table) in the same transaction as the change that
causes it, then a worker delivers it over SMTP (:mod:`matcher.mail.service`). A failed
delivery is retried after :func:`backoff` seconds, for ever at the cap: a message is never
dropped, only delayed; ``attempts`` and ``last_error`` say why.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email import policy
from email.charset import Charset
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from itertools import repeat
from typing import Literal

from matcher.addresses import MAX_ADDRESS, check_address, is_address
from matcher.errors import counted

__all__ = [
    "LOCAL_URL",
    "MAX_ADDRESS",
    "STATES",
    "Compose",
    "MailSettings",
    "Outgoing",
    "Queued",
    "TlsMode",
    "backoff",
    "check_address",
    "html_letter",
    "is_address",
    "mime",
    "plain_letter",
    "unlinked",
]

#: How the SMTP connection is secured: ``starttls`` (port 587), ``ssl`` (port 465), ``none``
#: (a local relay).
TlsMode = Literal["starttls", "ssl", "none"]


#: The site's address when none is set (``COFOUNDRY_PUBLIC_URL``): a server on this machine.
LOCAL_URL = "http://localhost:8000"


@dataclass(frozen=True, slots=True)
class MailSettings:
    """How mail leaves: an SMTP server (no host: messages wait in the outbox).

    Parameters
    ----------
    host, port : str, int
        The SMTP server. An empty host sends nothing: read the outbox with
        ``cofoundry mail outbox`` (the development default).
    sender : str
        The ``From`` address.
    username, password : str
        Credentials, when the server wants them (sent only over TLS).
    tls : {"none", "starttls", "ssl"}
        ``starttls`` upgrades a plain connection (port 587), ``ssl`` is TLS from the first
        byte (port 465), ``none`` for a local relay or a test server.
    timeout : float
        Seconds to wait for the server.
    retry_base, retry_cap : float
        The first retry waits ``retry_base`` seconds, each next one twice as long, never
        more than ``retry_cap``.
    lease : float
        Seconds a worker holds the messages it took; a worker that dies releases them when
        this runs out.
    public_url : str
        The site's address: a message's ``List-Unsubscribe`` link starts with it.

    Examples
    --------
    >>> MailSettings().configured, MailSettings(host="smtp.example.org").configured
    (False, True)
    """

    host: str = ""
    port: int = 587
    sender: str = "cofoundry <noreply@localhost.localdomain>"
    username: str = ""
    password: str = ""
    tls: TlsMode = "starttls"
    timeout: float = 20.0
    retry_base: float = 30.0
    retry_cap: float = 3600.0
    lease: float = 120.0
    public_url: str = LOCAL_URL

    @property
    def configured(self) -> bool:
        """True when there is a server to send to."""
        return bool(self.host)


def backoff(attempts: int, base: float = 30.0, cap: float = 3600.0) -> float:
    """Seconds before the next try after ``attempts`` failed ones: doubling, capped.

    Examples
    --------
    >>> [backoff(n) for n in (1, 2, 3, 8, 50)]
    [30.0, 60.0, 120.0, 3600.0, 3600.0]
    """
    if attempts <= 0:
        return 0.0
    return float(min(cap, base * 2 ** min(attempts - 1, 40)))


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message to put in the outbox.

    ``secret`` marks a message that carries a one-time link: its body is erased from the
    outbox once sent (the link's hash stays in its own table). ``about`` is the other
    member a message names (who asked, who answered): erasing that member deletes it too.
    ``unsubscribe`` is the site path that switches this kind of e-mail off for its reader
    (RFC 8058 one-click: the ``List-Unsubscribe`` headers); empty for a message the reader
    asked for (a sign-in link). ``cause``: what the message comes from (``intro:int_1``;
    :attr:`matcher.notices.Notice.cause`), so that a change that makes it moot cancels it
    while unsent (:meth:`~matcher.mail.MailService.cancel`). ``lang``: the reader's language
    (``en``, ``fr``), which the HTML part says (:func:`html_letter`).
    """

    to: str
    subject: str
    body: str
    kind: str
    member_id: str | None = None
    secret: bool = False
    about: str | None = None
    unsubscribe: str = ""
    cause: str = ""
    lang: str = ""


#: The states of a message in the outbox: ``pending`` (waiting, or retried after a failure),
#: ``sent``, ``cancelled`` (made moot before it was sent: never sent; the reason in
#: ``last_error``).
STATES = ("pending", "sent", "cancelled")


@dataclass(frozen=True, slots=True)
class Queued:
    """A message in the outbox, as the worker and ``cofoundry mail outbox`` see it."""

    id: int
    to: str
    subject: str
    body: str
    kind: str
    member_id: str | None
    created_at: dt.datetime
    attempts: int
    status: str  # one of STATES
    next_at: float
    sent_at: dt.datetime | None = None
    last_error: str = ""
    message_id: str = ""
    unsubscribe: str = ""
    lang: str = ""


#: How a message is written: the default policy, except that a header set raw (the
#: ``List-Unsubscribe`` address) is written as it is, on one line (RFC 5322 allows 998
#: characters), never refolded into encoded-words.
_WIRE = policy.default.clone(refold_source="none")


def mime(
    message: Queued,
    sender: str,
    *,
    domain: str = "cofoundry.local",
    public_url: str = LOCAL_URL,
) -> EmailMessage:
    """The message as it goes over the wire (UTF-8): ``multipart/alternative``, the plain
    text first and whole, then the same letter in HTML (:func:`html_letter`, in the
    message's language).

    Its ``Message-ID`` is fixed by the outbox row, so a message re-sent after a crash keeps
    the same id and a receiving server or mail client can see the two are one. A message
    with an unsubscribe path carries the RFC 8058 one-click headers: a mail client's
    "unsubscribe" button POSTs ``List-Unsubscribe=One-Click`` to that address.

    Examples
    --------
    >>> q = Queued(7, "bob@example.org", "Hello", "Body", "test", None,
    ...            dt.datetime(2026, 1, 2, tzinfo=dt.UTC), 0, "pending", 0.0,
    ...            message_id="<7.abc@cofoundry.local>", unsubscribe="/web/unsubscribe/t1")
    >>> m = mime(q, "cofoundry <noreply@example.org>", public_url="https://cf.example/")
    >>> m["To"], m["Subject"], m["Message-ID"]
    ('bob@example.org', 'Hello', '<7.abc@cofoundry.local>')
    >>> m["List-Unsubscribe"], m["List-Unsubscribe-Post"]
    ('<https://cf.example/web/unsubscribe/t1>', 'List-Unsubscribe=One-Click')

    A subject is one line, whatever the text it quotes:

    >>> import dataclasses
    >>> mime(dataclasses.replace(q, subject="Ana\\r\\nBcc: x@example.org asks"),
    ...      "cofoundry <noreply@example.org>")["Subject"]
    'Ana Bcc: x@example.org asks'

    On the wire the address stays whole, however long (folded at 78 columns it became RFC
    2047 encoded-words, which no mail client reads as an address):

    A subject quoting an RFC 2047 encoded word (a name such as ``=?utf-8?q?x=0D=0ABcc:...?=``)
    reads as it was written, and adds no header (red team 16):

    >>> m = mime(dataclasses.replace(q, subject="=?utf-8?q?x=0D=0ABcc:_e@x.org?= asks"),
    ...          "cofoundry <noreply@example.org>")
    >>> m["Subject"], b"Bcc" in m.as_bytes()
    ('=?utf-8?q?x=0D=0ABcc:_e@x.org?= asks', False)

    >>> q = dataclasses.replace(q, unsubscribe="/web/unsubscribe/" + "t" * 90)
    >>> wire = mime(q, "cofoundry <noreply@example.org>", public_url="https://cf.example/")
    >>> b"List-Unsubscribe: <https://cf.example/web/unsubscribe/" + b"t" * 90 + b">" in wire.as_bytes().splitlines()
    True
    """
    msg = EmailMessage(policy=_WIRE)
    msg["From"] = sender
    msg["To"] = message.to
    # one line: a header refuses a line break, and the message would fail at every try
    # (a name stored before names were one line, or any text a subject quotes)
    _set_subject(msg, " ".join(message.subject.split()))
    msg["Date"] = format_datetime(message.created_at)
    msg["Message-ID"] = message.message_id or make_msgid(str(message.id), domain)
    msg["Auto-Submitted"] = "auto-generated"
    if message.unsubscribe:
        msg.set_raw("List-Unsubscribe", f"<{public_url.rstrip('/')}{message.unsubscribe}>")
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(message.body)
    msg.add_alternative(
        html_letter(message.body, lang=message.lang, public_url=public_url),
        subtype="html",
    )
    return msg


#: What a link of the site is made of in a letter (RFC 3986's characters): a word of the
#: text that starts with the site's address and holds only these becomes an anchor.
_URL = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
#: What a mail reader would make a link of by itself ("www.example.com", "http://x",
#: "example.org"): written so that it is not one (a dot it cannot read across).
_LOOKS_LINKED = re.compile(r"(?i)(?:[a-z][a-z0-9+.-]*:/|www\.|\w\.[a-z]{2,})")
#: A language tag as the outbox keeps it (``en``, ``fr``, ``pt-BR``).
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def html_letter(body: str, *, lang: str = "", public_url: str = LOCAL_URL) -> str:
    r"""The HTML part of a letter, from its plain text ``body``: the same words, escaped, a
    paragraph per block, the site's links (words starting with ``public_url``) as anchors,
    in the reader's language (``<html lang>``).

    Nothing else becomes a link: a name that reads like an address ("www.example.com", a
    venture called "https://evil.example") is text, written so that a mail reader does not
    make a link of it either (its dots and colons are split from the words around them).

    Examples
    --------
    >>> print(html_letter("Hello,\n\nAna <b> asks.\n\nhttps://cf.example/web/inbox\n",
    ...                   lang="fr", public_url="https://cf.example"))
    <!doctype html>
    <html lang="fr">
    <head><meta charset="utf-8"></head>
    <body>
    <p>Hello,</p>
    <p>Ana &lt;b&gt; asks.</p>
    <p><a href="https://cf.example/web/inbox">https://cf.example/web/inbox</a></p>
    </body>
    </html>
    <BLANKLINE>
    >>> html_letter("See www.example.com", public_url="https://cf.example").count("<a ")
    0
    """
    site = public_url.rstrip("/") + "/"
    blocks = [b for b in re.split(r"\n[ \t]*\n", body.replace("\r\n", "\n")) if b.strip()]
    paragraphs = [
        "<p>"
        + "<br>\n".join(_html_line(line, site) for line in block.strip("\n").split("\n"))
        + "</p>"
        for block in blocks
    ]
    said = f' lang="{lang}"' if _LANG.match(lang) else ""
    return (
        f'<!doctype html>\n<html{said}>\n<head><meta charset="utf-8"></head>\n<body>\n'
        + "\n".join(paragraphs)
        + "\n</body>\n</html>\n"
    )


#: Written where a letter breaks an address (:func:`unlinked`): U+2060 WORD JOINER, no
#: width and no space, so the text reads as typed.
_JOINER = "\u2060"


def unlinked(text: str, public_url: str = LOCAL_URL, *, addresses: bool = False) -> str:
    """``text`` a person wrote (a name, a venture's title, an event's name or place) as a
    letter quotes it: it reads as typed, and nothing in it becomes a link.

    * Always: the site's own address in it is broken by a word joiner (U+2060) after its
      scheme, so that :func:`html_letter`, which makes anchors of the site's links, makes
      none of it, nor does a mail reader.
    * With ``addresses`` (an organiser's words in a letter's plain text: an event's name and
      venue): every word a mail reader would make a link of ("www.evil.example",
      "https://evil.example") gets a word joiner after its dots and colons, so that no
      reader's autolinker finds an address across them. Not for everything: a member's
      contact address, quoted to be copied, must stay whole.

    Idempotent: a joiner already written is not written twice.

    Examples
    --------
    >>> unlinked("https://cf.example/web/account/erase", "https://cf.example")
    'https:\u2060//cf.example/web/account/erase'
    >>> unlinked("Ana Lopez", "https://cf.example")
    'Ana Lopez'
    >>> html_letter(unlinked("https://cf.example/x asks", "https://cf.example"),
    ...             public_url="https://cf.example").count("<a ")
    0
    >>> unlinked("Night at www.evil.example", addresses=True) == "Night at www.\u2060evil.\u2060example"
    True
    >>> once = unlinked("https://evil.example", addresses=True)
    >>> once == "https:\u2060//evil.\u2060example" == unlinked(once, addresses=True)
    True
    >>> unlinked("Founders night 2.0, 18:30", addresses=True)
    'Founders night 2.0, 18:30'
    """
    site = public_url.rstrip("/")
    if site in text:
        text = text.replace(site, site.replace("://", ":" + _JOINER + "//", 1))
    if not addresses:
        return text
    return "".join(
        re.sub(rf"([.:])(?!{_JOINER})", rf"\1{_JOINER}", word)
        if _LOOKS_LINKED.search(word)
        else word
        for word in re.split(r"(\s+)", text)
    )


def _html_line(line: str, site: str) -> str:
    """One line of a letter in HTML: the site's links as anchors, the rest escaped text."""
    out = []
    for word in re.split(r"(\s+)", line):
        if word.startswith(site) and _URL.fullmatch(word):
            href = html.escape(word, quote=True)
            out.append(f'<a href="{href}">{href}</a>')
        elif _LOOKS_LINKED.search(word):
            out.append(
                html.escape(word).replace(".", "<span>.</span>").replace(":", "<span>:</span>")
            )
        else:
            out.append(html.escape(word))
    return "".join(out)


def _set_subject(msg: EmailMessage, subject: str) -> None:
    """Set the ``Subject`` of ``msg`` to ``subject`` (one line), read as written.

    The e-mail library decodes the RFC 2047 encoded words (``=?charset?q?...?=``) of a value
    it is given, and writes the decoded text back as it is: a subject quoting a name or an
    event's name that is an encoded word showed another text, and a line break encoded in it
    became a header of its own (``Bcc:``, ``Reply-To:``, ``Content-Type:``). A subject with
    ``=?`` in it is therefore written as encoded words of its own (at most 75 characters
    each, folded), which every mail reader decodes to the very text; others as before."""
    if "=?" not in subject:
        msg["Subject"] = subject
        return
    words = Charset("utf-8").header_encode_lines(subject, repeat(75))
    msg.set_raw("Subject", "\n ".join(w or "" for w in words))


#: Writes a message: ``compose(kind, lang, data) -> (subject, body)``. The domain says what
#: happened (``kind``, ids and names, and ``path``: the page to open); the shell that builds
#: the community supplies the words in the reader's language (``api.web.letters``).
Compose = Callable[[str, str, Mapping[str, str]], tuple[str, str]]

_PLAIN = {
    "signin_link": (
        "Your sign-in link",
        "Open this link to sign in (it works once, for {minutes}):",
    ),
    "reset_link": (
        "Reset your password",
        "Open this link to choose a new password (it works once, for {minutes}):",
    ),
    "confirm_link": (
        "Confirm your e-mail address",
        "Open this link, signed in to the account you made, to confirm your address"
        " (it works once, for {hours}; if you did not sign up, ignore this e-mail):",
    ),
    "signup_attempt": (
        "Someone tried to sign up with your address",
        "Someone tried to sign up with your e-mail address, which already has an account."
        " If it was you, sign in, or ask for a link to reset your password; otherwise"
        " ignore this e-mail:",
    ),
    "email_change_link": (
        "Confirm your new e-mail address",
        "Open this link, signed in to your account, to use this address for it (it works"
        " once, for {hours}; until then your old address stays in use):",
    ),
    "email_change_attempt": (
        "Someone tried to use your address",
        "Someone tried to move their account to your e-mail address, which already has an"
        " account. Nothing changed; if it was you, sign in:",
    ),
    "email_changed": (
        "Your e-mail address was changed",
        "The e-mail address of your account is now {address}. If you did not change it,"
        " open this link within {days}: it gives the account back to this address and"
        " signs everyone out:",
    ),
    "intro_request": (
        "{name} asks to meet you",
        "{name} asked for an introduction. Answer in your inbox:",
    ),
    "intro_answer": (
        "{name} answered your request",
        "{name} answered your request for an introduction. See it in your inbox:",
    ),
    "intro_moved": (
        "Your request to meet {name} has a new connector",
        "Your request to meet {name} now goes through another connector, who is asked to"
        " introduce you. See it in your inbox:",
    ),
    "intro_withdrawn": (
        "{name} withdrew a request for an introduction",
        "{name} withdrew the request for an introduction you were asked about: there is"
        " nothing to answer. See it in your inbox:",
    ),
    "intro_ended": (
        "Your request to meet {name} has ended",
        "Your request to meet {name} has ended: nobody is left to introduce you. You may"
        " ask again later, or ask {name} directly. See it in your inbox:",
    ),
    "venture_invite": (
        "You are invited to join {title}",
        "{name} invites you to join the venture {title}. You join only if you accept:",
    ),
    "venture_invite.admins": (  # an admin's invitation: no inviter
        "You are invited to join {title}",
        "The community's administrators invite you to join the venture {title}. You join only"
        " if you accept:",
    ),
    "ledger_approval": (
        "An entry of {title} waits for your approval",
        "{name} posted an entry in the ledger of {title} that counts once approved:",
    ),
    "venture_proposal": (
        "A proposal in {title} waits for your word",
        "{name} made a proposal in the venture {title} that applies only once you accept it."
        " Accept or decline it:",
    ),
    "venture_proposal.admins": (
        "A proposal in {title} waits for your word",
        "The community's administrators made a proposal in the venture {title} that applies"
        " only once you accept it. Accept or decline it:",
    ),
    "proposal_answer": (
        "Your proposal in {title} has an outcome",
        "Your proposal {proposal} in the venture {title} was {status}. See it:",
    ),
    "event_invite": (
        "You are invited to {title}",
        "{name} invited you to the event {title}. See it and answer on its page:",
    ),
    "message": ("{name} wrote to you", "{name} wrote to you in your conversation. Read it:"),
    "feedback_due": (
        "How did it go with {name}?",
        "After you meet {name}, tell us how it went (only you see your answer):",
    ),
    "digest": (
        "New people to meet this week",
        "New suggestions for you since your last digest: {count}. See them and why you match:",
    ),
}


#: The facts that count a link's lifetime (a setting's figure: ``"1"``, ``"0.5"``, ``"48"``)
#: and the noun they count, said in its number by :func:`~matcher.errors.counted`.
_COUNTED = {"minutes": "minute", "hours": "hour", "days": "day"}


def _lifetime(figure: str, noun: str) -> str:
    """A link's lifetime in words: ``figure`` and ``noun`` in its number ("1 hour", "0.5
    minutes"); a figure that is no number stays as it is, with the plural.

    Examples
    --------
    >>> _lifetime("1", "hour"), _lifetime("0", "day"), _lifetime("1.5", "minute"), _lifetime("", "day")
    ('1 hour', '0 days', '1.5 minutes', ' days')
    """
    try:
        n = float(figure)
    except ValueError:
        return f"{figure} {noun}s"
    return counted(n, noun) if math.isfinite(n) else f"{figure} {noun}s"


def plain_letter(
    kind: str, lang: str, data: Mapping[str, str], *, base_url: str = LOCAL_URL
) -> tuple[str, str]:
    """The plain English letter of ``kind`` (the default when no shell supplies words); a
    link's lifetime is counted in its number ("for 1 minute", "for 48 hours").

    Examples
    --------
    >>> plain_letter("intro_request", "en", {"name": "Ana", "path": "/web/inbox"})
    ('Ana asks to meet you', 'Ana asked for an introduction. Answer in your inbox:\\n\\nhttp://localhost:8000/web/inbox\\n')
    >>> plain_letter("signin_link", "en", {"minutes": "1"})[1].splitlines()[0]
    'Open this link to sign in (it works once, for 1 minute):'
    """
    if f"{kind}.admins" in _PLAIN and not data.get("who"):  # sent by an admin: no inviter
        kind = f"{kind}.admins"
    subject, text = _PLAIN.get(kind, ("A message from cofoundry", "Open:"))
    # what people wrote never carries a link of the site (see unlinked)
    values = defaultdict(str, {k: unlinked(v, base_url) for k, v in data.items()})
    for key, noun in _COUNTED.items():
        if key in data:
            values[key] = _lifetime(data[key], noun)
    base = base_url.rstrip("/")
    url = base + data.get("path", "/web/inbox")
    unsubscribe = data.get("unsubscribe", "")
    stop = f"\nTo stop these e-mails: {base}{unsubscribe}\n" if unsubscribe else ""
    return subject.format_map(values), f"{text.format_map(values)}\n\n{url}\n{stop}"
