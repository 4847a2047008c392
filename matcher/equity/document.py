"""The split as a document partners can sign: a PDF in English or French.

What it holds, as of a date: the venture (id, name, start, approval rule, freeze), the
terms and salaries, each member's slices by kind with their exact share and percentage,
a chart of the shares, the ledger up to that date with every reversal and rejection, the
departures as recorded (and the leavers' answers), the end and who confirmed it, and the
SHA-256 of the canonical ledger up to that date (:func:`matcher.equity.model.ledger_hash`
with the date) on every page, so two printed copies of one date can be compared by their
hash.

The PDF is made with ReportLab (BSD licence, maintained since 2000, no system
dependency: it ships the Bitstream Vera fonts used here, which cover French, and draws
the chart natively). Numbers and dates are written in the reader's locale with Babel.
The output is reproducible (ReportLab's invariant mode): the same ledger, date and
language give the same bytes.

This module is pure: it takes a :class:`SplitDocument` (built by the equity service)
and returns bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from xml.sax.saxutils import escape

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from matcher import french
from matcher.equity.model import Departure, DepartureReport, Rate, Split, Terms, Venture
from matcher.errors import InvalidInput
from matcher.languages import LANGS

__all__ = [
    "LANGUAGES",
    "DocDeparture",
    "DocEnd",
    "DocEntry",
    "DocSigning",
    "SplitDocument",
    "split_pdf",
]

#: Languages of the document: those cofoundry writes in.
LANGUAGES = LANGS
#: Okabe-Ito, as the SVG chart (colour-blind safe).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


@dataclass(frozen=True, slots=True)
class DocEntry:
    """One ledger line of the document."""

    number: int
    on: dt.date
    member: str
    kind: str
    author: str
    slices: Fraction | None  # None: a reversal
    state: str  # counts, pending, rejected, reversed, reversal
    reverses: int | None = None
    reversed_by: int | None = None
    approver: str | None = None
    rejection: str = ""
    note: str = ""
    recorded: dt.date | None = None  # the day it was posted, when back-dated


@dataclass(frozen=True, slots=True)
class DocDeparture:
    """A departure as recorded, with the leaver's answer (None: not yet)."""

    report: DepartureReport
    acknowledged: bool | None = None
    answer_note: str = ""
    #: a reason the leaver claimed for themself and the ledger does not apply: ``open`` (no
    #: other owner confirmed it yet) or ``declined``, with who disputed it and why
    claim: str | None = None
    claim_by: str = ""
    claim_note: str = ""


@dataclass(frozen=True, slots=True)
class DocEnd:
    """The end: proposed or ended, on a date, by whom, and each confirmation (member, hash)."""

    status: str
    on: dt.date
    proposed_by: str
    ledger_hash: str
    confirmations: tuple[tuple[str, str, str], ...]
    waiting: tuple[str, ...] = ()
    #: the ledger changed after its members confirmed it: a member's data was erased
    rewritten: bool = False


@dataclass(frozen=True, slots=True)
class DocSigning:
    """The signatures of the document's day (sign19): ``signed`` once every current member
    signed its fingerprint (nothing dated on or before it changes since), each signature
    that counts (member, fingerprint, at), whom it still awaits, and ``rewritten`` when an
    erasure renamed a member since it was signed."""

    signed: bool
    signatures: tuple[tuple[str, str, str], ...]
    awaited: tuple[str, ...] = ()
    rewritten: bool = False


@dataclass(frozen=True, slots=True)
class SplitDocument:
    """Everything the split document shows (built by the equity service for a reader)."""

    venture: Venture
    as_of: dt.date
    split: Split
    terms: tuple[Terms, ...]
    rates: tuple[Rate, ...]
    entries: tuple[DocEntry, ...]
    departures: tuple[DocDeparture, ...]
    ledger_hash: str
    owners: tuple[str, ...] = ()
    end: DocEnd | None = None
    names: Mapping[str, str] = field(default_factory=dict)
    signing: DocSigning | None = None


LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Slicing Pie split of {name}",
        "as_of": "As of {date}",
        "venture": "Venture {venture}, started on {start}; owners: {owners}.",
        "approval": "Each contribution needs another member's approval.",
        "frozen": "The pie froze on {date}.",
        "split": "Split",
        "member": "Member",
        "total": "Total slices",
        "share": "Share",
        "exact": "Exact share",
        "left": "left",
        "no_slices": "No slices yet: nothing is at risk.",
        "chart": "Shares of the pie",
        "terms": "Terms",
        "effective": "From",
        "non_cash": "Non-cash",
        "cash": "Cash",
        "hours": "Hours a year",
        "commission": "Commission",
        "royalty": "Royalty",
        "finder": "Finder's fee",
        "none": "none",
        "rates": "Fair market salaries (a year)",
        "salary": "Salary",
        "paid_salary": "Paid",
        "ledger": "Ledger up to {date}",
        "ledger_note": "Every entry in posting order; entries never change: a correction is a reversing entry.",
        "no_entries": "No entry.",
        "number": "#",
        "date": "Date",
        "kind": "Kind",
        "by": "By",
        "slices": "Slices",
        "state": "Status",
        "st_counts": "counts",
        "st_approved": "approved by {name}",
        "st_pending": "waiting for approval",
        "st_rejected": "rejected by {name}: {reason}",
        "st_reversed": "reversed by #{n}",
        "st_reversal": "reverses #{n}",
        "recorded": "recorded on {date}",
        "departures": "Departures (as recorded)",
        "dep_line": "{member} left on {date}: {reason}. Slices {before} before, {after} after.",
        "buyback_paid": "Bought back: {amount}.",
        "buyback_refused": "Buy-back offered ({amount}) and refused.",
        "ack": "Acknowledged by the leaver.",
        "dispute": "Disputed by the leaver: {note}",
        "no_answer": "Not yet acknowledged by the leaver.",
        "claim_open": "The leaver claimed “{claimed}” for themself; no other owner has confirmed it yet, so “{reason}” applies until one does.",
        "claim_declined": "The leaver claimed “{claimed}” for themself; {name} disputed it ({note}), so “{reason}” applies.",
        "cause": "Recorded as “{disputed}” by an owner; the leaver disputes it and no other owner has confirmed it, so “{reason}” applies until one does.",
        "end": "End of the venture",
        "ended": "The venture ended on {date}; its members confirmed this split:",
        "ended_earlier": (
            "The venture ended on {date}; its members confirmed the split of that day,"
            " not this earlier one:"
        ),
        "proposed": "{name} proposed to end the venture on {date}. Confirmed so far:",
        "waiting": "Waiting for: {names}.",
        "rewritten": "Since then a member's data was erased: the ledger names them by a pseudonym and keeps none of their notes, so its SHA-256 below is not the one they confirmed; the slices and the split are unchanged.",
        "confirmed": "{name}, on {date}",
        "signatures": "Signatures of this split",
        "signed": "Every member signed this split of {date}: nothing dated on or before that day can change any more. Signed by:",
        "signed_so_far": "Signed so far by (each for the SHA-256 below):",
        "awaited": "Awaited: {names}.",
        "signed_rewritten": "Since then a member's data was erased: the ledger names them by a pseudonym, so its SHA-256 below is not the one they signed; the slices and the split are unchanged.",
        "hash": "SHA-256 of the ledger up to {date}",
        "hash_note": "Two copies of this document as of {date} describe the same ledger up to that day exactly when this hash is the same; entries dated later do not change it (with none, it is the whole ledger's).",
        "footer": "{id} · as of {date} · ledger SHA-256 {hash} · page {page}",
        "kind.time": "time",
        "kind.cash": "cash",
        "kind.expense": "expense",
        "kind.supplies": "supplies",
        "kind.equipment": "equipment",
        "kind.facilities": "facilities",
        "kind.idea": "idea",
        "kind.sales": "sales",
        "kind.finder": "finder's fee",
        "kind.well": "the Well",
        "kind.well-deposit": "deposit in the Well",
        "kind.well-withdrawal": "withdrawal from the Well",
        "kind.repayment": "repayment",
        "reason.fired-for-cause": "fired for cause",
        "reason.resigned-no-good-reason": "resigned without good reason",
        "reason.fired-without-cause": "fired without cause",
        "reason.resigned-good-reason": "resigned for good reason",
    },
    "fr": {
        "title": "Répartition Slicing Pie de {name}",
        "as_of": "Au {date}",
        "venture": "Projet {venture}, commencé le {start}\u202f; propriétaires\u00a0: {owners}.",
        "approval": "Chaque contribution doit être approuvée par un autre membre.",
        "frozen": "La tarte a été gelée le {date}.",
        "split": "Répartition",
        "member": "Membre",
        "total": "Total des parts",
        "share": "Part",
        "exact": "Part exacte",
        "left": "parti·e",
        "no_slices": "Aucune part pour l'instant\u00a0: rien n'est en jeu.",
        "chart": "Parts de la tarte",
        "terms": "Conditions",
        "effective": "À partir du",
        "non_cash": "Hors numéraire",
        "cash": "Numéraire",
        "hours": "Heures par an",
        "commission": "Commission",
        "royalty": "Redevance",
        "finder": "Commission d'apport",
        "none": "aucune",
        "rates": "Salaires de marché (par an)",
        "salary": "Salaire",
        "paid_salary": "Versé",
        "ledger": "Registre jusqu'au {date}",
        "ledger_note": "Chaque écriture dans l'ordre d'enregistrement\u202f; une écriture ne change jamais\u00a0: une correction est une écriture d'annulation.",
        "no_entries": "Aucune écriture.",
        "number": "n°",
        "date": "Date",
        "kind": "Nature",
        "by": "Par",
        "slices": "Parts",
        "state": "État",
        "st_counts": "compte",
        "st_approved": "approuvée par {name}",
        "st_pending": "en attente d'approbation",
        "st_rejected": "refusée par {name}\u00a0: {reason}",
        "st_reversed": "annulée par n° {n}",
        "st_reversal": "annule n° {n}",
        "recorded": "enregistrée le {date}",
        "departures": "Départs (tels qu'enregistrés)",
        "dep_line": "{member} est parti·e le {date}\u00a0: {reason}. Parts\u00a0: {before} avant, {after} après.",
        "buyback_paid": "Rachat\u00a0: {amount}.",
        "buyback_refused": "Rachat proposé ({amount}) et refusé.",
        "ack": "Reconnu par la personne partie.",
        "dispute": "Contesté par la personne partie\u00a0: {note}",
        "no_answer": "Pas encore reconnu par la personne partie.",
        "claim_open": "La personne partie a invoqué «\u00a0{claimed}\u00a0» pour elle-même\u202f; aucune autre personne propriétaire ne l’a encore confirmé, donc «\u00a0{reason}\u00a0» s’applique d’ici là.",
        "claim_declined": "La personne partie a invoqué «\u00a0{claimed}\u00a0» pour elle-même\u202f; {name} l’a contesté ({note}), donc «\u00a0{reason}\u00a0» s’applique.",
        "cause": "Enregistré comme «\u00a0{disputed}\u00a0» par une personne propriétaire\u202f; la personne partie le conteste et aucune autre personne propriétaire ne l’a confirmé, donc «\u00a0{reason}\u00a0» s’applique d’ici là.",
        "end": "Fin du projet",
        "ended": "Le projet a pris fin le {date}\u202f; ses membres ont confirmé cette répartition\u00a0:",
        "ended_earlier": (
            "Le projet a pris fin le {date}\u202f; ses membres ont confirmé la répartition de ce"
            " jour, pas celle-ci, antérieure\u00a0:"
        ),
        "proposed": "{name} a proposé de clore le projet le {date}. Confirmé à ce jour par\u00a0:",
        "waiting": "En attente de\u00a0: {names}.",
        "rewritten": "Depuis, les données d'un membre ont été effacées\u00a0: le registre le nomme par un pseudonyme et ne garde aucune de ses notes, aussi son SHA-256 ci-dessous n'est pas celui qui a été confirmé\u202f; les parts et la répartition sont inchangées.",
        "confirmed": "{name}, le {date}",
        "signatures": "Signatures de cette répartition",
        "signed": "Tous les membres ont signé cette répartition du {date}\u00a0: plus rien de daté de ce jour ou d'avant ne peut changer. Signée par\u00a0:",
        "signed_so_far": "Signée à ce jour par (chacun pour le SHA-256 ci-dessous)\u00a0:",
        "awaited": "Attendus\u00a0: {names}.",
        "signed_rewritten": "Depuis, les données d'un membre ont été effacées\u00a0: le registre le nomme par un pseudonyme, aussi son SHA-256 ci-dessous n'est pas celui qui a été signé\u202f; les parts et la répartition sont inchangées.",
        "hash": "SHA-256 du registre jusqu'au {date}",
        "hash_note": "Deux exemplaires de ce document au {date} décrivent le même registre jusqu'à ce jour exactement quand cette empreinte est la même\u202f; les écritures datées après ne la changent pas (sans elles, c'est celle du registre entier).",
        "footer": "{id} · au {date} · SHA-256 du registre {hash} · page {page}",
        "kind.time": "temps",
        "kind.cash": "argent",
        "kind.expense": "frais",
        "kind.supplies": "fournitures",
        "kind.equipment": "équipement",
        "kind.facilities": "locaux",
        "kind.idea": "idée",
        "kind.sales": "ventes",
        "kind.finder": "apport de fonds",
        "kind.well": "le Puits",
        "kind.well-deposit": "dépôt dans le Puits",
        "kind.well-withdrawal": "retrait du Puits",
        "kind.repayment": "remboursement",
        "reason.fired-for-cause": "licenciement pour faute",
        "reason.resigned-no-good-reason": "démission sans motif légitime",
        "reason.fired-without-cause": "licenciement sans faute",
        "reason.resigned-good-reason": "démission pour motif légitime",
    },
}

_FONTS_READY = False


def _fonts() -> None:
    """Register the Vera fonts ReportLab ships (once per process)."""
    global _FONTS_READY
    if _FONTS_READY:
        return
    for name, file in (
        ("Vera", "Vera.ttf"),
        ("Vera-Bold", "VeraBd.ttf"),
        ("Vera-Italic", "VeraIt.ttf"),
        ("Vera-BoldItalic", "VeraBI.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, file))
    pdfmetrics.registerFontFamily(
        "Vera", normal="Vera", bold="Vera-Bold", italic="Vera-Italic", boldItalic="Vera-BoldItalic"
    )
    _FONTS_READY = True


def _printable(text: str) -> str:
    """``text`` in the document's fonts, which have no narrow no-break space (U+202F: the
    French words' space before ``;``, the number groups' separator): a no-break space."""
    return text.replace("\u202f", "\u00a0")


class _Writer:
    """Labels, numbers and dates in one language."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise InvalidInput(
                f"lang must be one of {', '.join(LANGUAGES)}, got {lang!r}",
                field="lang",
                value=lang,
                hint="en or fr",
            )
        self.lang = lang
        self.labels = LABELS[lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self.labels[key]
        if self.lang == "fr":  # "de Acme" is "d'Acme" in French (not before h or y)
            text = french.elide(text, values, french.BRACES)
        return _printable(text.format(**values))

    def number(self, x: Fraction | Decimal, places: int = 2) -> str:
        d = x if isinstance(x, Decimal) else Decimal(x.numerator) / Decimal(x.denominator)
        pattern = "#,##0." + "0" * places if places else "#,##0"
        return _printable(format_decimal(d, format=pattern, locale=self.lang))

    def day(self, d: dt.date) -> str:
        text = format_date(d, "long" if self.lang == "fr" else "medium", locale=self.lang)
        if self.lang == "fr" and d.day == 1:
            text = french.first_of_month(text)
        return text

    def kind(self, k: str) -> str:
        return self.labels.get(f"kind.{k}", k)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="Vera", fontSize=9, leading=12, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9),
        "title": ParagraphStyle(
            "title", parent=base, fontName="Vera-Bold", fontSize=16, leading=20
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName="Vera-Bold", fontSize=11, leading=14, spaceBefore=8
        ),
        "mono": ParagraphStyle("mono", parent=base, fontName="Courier", fontSize=8, leading=10),
    }


_GRID = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), "Vera", 7.5),
        ("FONT", (0, 0), (-1, 0), "Vera-Bold", 7.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.2, colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
)


def _table(rows: list[list[object]], widths: list[float] | None, right: int = 0) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = TableStyle(_GRID.getCommands())
    if right:
        style.add("ALIGN", (len(rows[0]) - right, 0), (-1, -1), "RIGHT")
    t.setStyle(style)
    return t


def _chart(doc: SplitDocument, w: _Writer) -> Drawing | None:
    members = [m for m in doc.split.members if m.share > 0]
    if not members:
        return None
    d = Drawing(170 * mm, 62 * mm)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 8 * mm, 6 * mm, 50 * mm, 50 * mm
    pie.data = [float(m.share) for m in members]
    pie.labels = None
    pie.sideLabels = False
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i in range(len(members)):
        pie.slices[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
    d.add(pie)
    for i, m in enumerate(members):  # a legend: colour, name, percentage
        y = 52 * mm - i * 5 * mm
        colour = colors.HexColor(PALETTE[i % len(PALETTE)])
        d.add(Rect(68 * mm, y, 3.5 * mm, 3.5 * mm, fillColor=colour, strokeColor=None))
        label = f"{doc.names.get(m.member, m.member)} · {w.number(m.percent)} %"
        d.add(String(74 * mm, y + 0.6 * mm, label, fontName="Vera", fontSize=8))
    return d


def _state(e: DocEntry, doc: SplitDocument, w: _Writer) -> str:
    name = doc.names.get
    if e.state == "reversal":
        return w("st_reversal", n=e.reverses)
    if e.state == "reversed":
        return w("st_reversed", n=e.reversed_by)
    if e.state == "rejected":
        who = e.approver or ""
        return w("st_rejected", name=name(who, who), reason=e.rejection)
    if e.state == "pending":
        return w("st_pending")
    if e.approver:
        return w("st_approved", name=name(e.approver, e.approver))
    return w("st_counts")


def _departure(d: DocDeparture, doc: SplitDocument, w: _Writer) -> str:
    r = d.report
    dep: Departure = r.departure
    text = w(
        "dep_line",
        member=doc.names.get(dep.member, dep.member),
        date=w.day(dep.on),
        reason=w(f"reason.{dep.reason.value}"),
        before=w.number(r.slices_before),
        after=w.number(r.slices_after),
    )
    if r.buyback_amount:
        text += " " + w("buyback_paid", amount=w.number(r.buyback_amount))
    elif dep.buyback and dep.refused:
        text += " " + w("buyback_refused", amount=w.number(r.buyback_offered))
    if dep.claimed is not None and d.claim in ("open", "declined"):
        text += " " + w(
            f"claim_{d.claim}",
            claimed=w(f"reason.{dep.claimed.value}"),
            reason=w(f"reason.{dep.reason.value}"),
            name=doc.names.get(d.claim_by, d.claim_by),
            note=d.claim_note,
        )
    if dep.disputed is not None:
        text += " " + w(
            "cause",
            disputed=w(f"reason.{dep.disputed.value}"),
            reason=w(f"reason.{dep.reason.value}"),
        )
    if d.acknowledged is True:
        text += " " + w("ack")
    elif d.acknowledged is False:
        text += " " + w("dispute", note=d.answer_note)
    else:
        text += " " + w("no_answer")
    return text


def split_pdf(doc: SplitDocument, lang: str = "en") -> bytes:
    """The split document as PDF bytes, in ``lang`` (``en`` or ``fr``).

    Examples
    --------
    >>> from matcher.equity.model import Ledger, ledger_hash, split
    >>> v = Venture("acme", "Acme", start=dt.date(2024, 1, 1))
    >>> led = Ledger(v)
    >>> pdf = split_pdf(SplitDocument(v, dt.date(2024, 2, 1), split(led, dt.date(2024, 2, 1)),
    ...                               led.terms, (), (), (), ledger_hash(led)), "fr")
    >>> pdf[:5], pdf == split_pdf(SplitDocument(v, dt.date(2024, 2, 1),
    ...     split(led, dt.date(2024, 2, 1)), led.terms, (), (), (), ledger_hash(led)), "fr")
    (b'%PDF-', True)
    """
    w = _Writer(lang)
    _fonts()
    st = _styles()
    v = doc.venture
    name = doc.names.get
    title = w("title", name=v.name or v.id)
    out = io.BytesIO()
    pdf = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="cofoundry",
        subject=f"{v.id} {doc.as_of.isoformat()} {doc.ledger_hash}",
        lang=lang,
        invariant=1,
    )

    def on_page(canvas: Canvas, _doc: object) -> None:
        footer = w(
            "footer",
            id=v.id,
            date=w.day(doc.as_of),
            hash=doc.ledger_hash[:16] + "…",
            page=canvas.getPageNumber(),
        )
        canvas.saveState()
        canvas.setFont("Vera", 7)
        canvas.drawString(16 * mm, 10 * mm, footer)
        canvas.restoreState()

    P = Paragraph
    story: list[object] = [
        P(escape(title), st["title"]),
        P(escape(w("as_of", date=w.day(doc.as_of))), st["body"]),
        Spacer(1, 3 * mm),
        P(
            escape(
                w(
                    "venture",
                    # the name people know, then the id the ledger's hashes are computed over
                    venture=f"{v.name} ({v.id})" if v.name and v.name != v.id else v.id,
                    start=w.day(v.start),
                    owners=", ".join(name(o, o) for o in doc.owners) or w("none"),
                )
            ),
            st["body"],
        ),
    ]
    if v.require_approval:
        story.append(P(escape(w("approval")), st["body"]))
    if v.freeze is not None:
        story.append(P(escape(w("frozen", date=w.day(v.freeze))), st["body"]))

    # ---- split
    story.append(P(escape(w("split")), st["h2"]))
    kinds = [k for k in _KINDS if any(m.by_kind.get(k) for m in doc.split.members)]
    head: list[object] = [w("member"), *(w.kind(k) for k in kinds), w("total"), w("share")]
    head.append(w("exact"))
    rows: list[list[object]] = [head]
    for m in doc.split.members:
        who = name(m.member, m.member) + (f" ({w('left')})" if m.left else "")
        rows.append(
            [
                P(escape(who), st["cell"]),
                *(w.number(m.by_kind.get(k, Fraction(0))) for k in kinds),
                w.number(m.slices),
                f"{w.number(m.percent)} %",
                str(m.share),
            ]
        )
    rows.append(
        [
            "",
            *("" for _ in kinds),
            w.number(doc.split.total),
            f"{w.number(Decimal(100) if doc.split.total else Decimal(0))} %",
            "",
        ]
    )
    story.append(_table(rows, None, right=len(kinds) + 3))
    chart = _chart(doc, w)
    if chart is None:
        story.append(P(escape(w("no_slices")), st["body"]))
    else:
        story += [Spacer(1, 2 * mm), P(escape(w("chart")), st["small"]), chart]

    # ---- terms and salaries
    terms_rows: list[list[object]] = [
        [
            w("effective"),
            w("non_cash"),
            w("cash"),
            w("hours"),
            w("commission"),
            w("royalty"),
            w("finder"),
        ]
    ]
    for t in doc.terms:
        terms_rows.append(
            [
                w.day(max(t.effective, v.start)),
                f"x{w.number(t.non_cash_multiplier, 0)}",
                f"x{w.number(t.cash_multiplier, 0)}",
                w.number(t.hours_per_year, 0),
                f"{w.number(t.commission_rate * 100, 1)} %",
                w("none") if t.royalty_rate is None else f"{w.number(t.royalty_rate * 100, 1)} %",
                f"{w.number(t.finder_rate * 100, 1)} % / {w.number(t.finder_rate_above * 100, 1)} %",
            ]
        )
    story += [P(escape(w("terms")), st["h2"]), _table(terms_rows, None)]
    if doc.rates:
        rate_rows: list[list[object]] = [
            [w("member"), w("effective"), w("salary"), w("paid_salary")]
        ]
        for r in doc.rates:
            rate_rows.append(
                [
                    name(r.member, r.member),
                    w.day(r.effective),
                    w.number(r.salary),
                    w.number(r.paid_salary),
                ]
            )
        story += [P(escape(w("rates")), st["h2"]), _table(rate_rows, None, right=2)]

    # ---- ledger
    story.append(P(escape(w("ledger", date=w.day(doc.as_of))), st["h2"]))
    story.append(P(escape(w("ledger_note")), st["small"]))
    if doc.entries:
        led: list[list[object]] = [
            [w("number"), w("date"), w("member"), w("kind"), w("by"), w("slices"), w("state")]
        ]
        for e in doc.entries:
            state = _state(e, doc, w) + (f" — {e.note}" if e.note else "")
            if e.recorded is not None:
                state += " — " + w("recorded", date=w.day(e.recorded))
            led.append(
                [
                    str(e.number),
                    w.day(e.on),
                    P(escape(name(e.member, e.member)), st["cell"]),
                    w.kind(e.kind),
                    P(escape(name(e.author, e.author)), st["cell"]),
                    "" if e.slices is None else w.number(e.slices),
                    P(escape(state), st["cell"]),
                ]
            )
        widths = [9 * mm, 24 * mm, 24 * mm, 26 * mm, 22 * mm, 22 * mm, None]
        t = _table(led, widths)
        t.setStyle(TableStyle([("ALIGN", (5, 0), (5, -1), "RIGHT")]))
        story.append(t)
    else:
        story.append(P(escape(w("no_entries")), st["body"]))

    # ---- departures
    if doc.departures:
        story.append(P(escape(w("departures")), st["h2"]))
        for d in doc.departures:
            story.append(P(escape(_departure(d, doc, w)), st["body"]))

    # ---- end and hash
    block: list[object] = []

    def confirmed(rows: Sequence[tuple[str, str, str]]) -> list[object]:
        """A line per member who confirmed an end or signed the day: name, day, fingerprint."""
        return [
            P(
                escape(w("confirmed", name=name(m, m), date=w.day(dt.date.fromisoformat(at[:10]))))
                + f" <font name='Courier' size='7'>{digest}</font>",
                st["small"],
            )
            for m, digest, at in rows
        ]

    if doc.end is not None:
        end = doc.end
        block.append(P(escape(w("end")), st["h2"]))
        if end.status == "ended":  # signed at the end: a split of an earlier day was not
            said = "ended" if doc.as_of >= end.on else "ended_earlier"
            block.append(P(escape(w(said, date=w.day(end.on))), st["body"]))
        else:
            lead = w("proposed", name=name(end.proposed_by, end.proposed_by), date=w.day(end.on))
            block.append(P(escape(lead), st["body"]))
        block += confirmed(end.confirmations)
        if end.rewritten:
            block.append(P(escape(w("rewritten")), st["body"]))
        if end.waiting:
            names = ", ".join(name(m, m) for m in end.waiting)
            block.append(P(escape(w("waiting", names=names)), st["body"]))
    if doc.signing is not None and (doc.signing.signed or doc.signing.signatures):
        sign = doc.signing
        block.append(P(escape(w("signatures")), st["h2"]))
        lead = w("signed", date=w.day(doc.as_of)) if sign.signed else w("signed_so_far")
        block.append(P(escape(lead), st["body"]))
        block += confirmed(sign.signatures)
        if sign.rewritten:
            block.append(P(escape(w("signed_rewritten")), st["body"]))
        if sign.awaited:
            names = ", ".join(name(m, m) for m in sign.awaited)
            block.append(P(escape(w("awaited", names=names)), st["body"]))
    block += [
        P(escape(w("hash", date=w.day(doc.as_of))), st["h2"]),
        P(doc.ledger_hash, st["mono"]),
        P(escape(w("hash_note", date=w.day(doc.as_of))), st["small"]),
    ]
    story.append(KeepTogether(block))
    pdf.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


_KINDS = (
    "time",
    "cash",
    "expense",
    "supplies",
    "equipment",
    "well",
    "facilities",
    "idea",
    "sales",
    "finder",
)
