"""The catalogue: both languages have every key, with the same placeholders, and every key
the pages use (literal or from an enumeration) exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from api.web import catalogue, loop
from api.web.i18n import LANGS, Translator
from api.web.render import NAV
from matcher.equity import Condition, Kind, Reason
from matcher.loop import PipelineStage
from matcher.profiles import CRITERIA, Commitment, Role, Stage, Strength, Visibility
from matcher.trust import CollabStatus, IntroStatus, Verdict

WEB = Path(catalogue.__file__).parent
MESSAGES = catalogue.MESSAGES


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    assert set(MESSAGES) == set(LANGS)
    en, fr = MESSAGES["en"], MESSAGES["fr"]
    assert sorted(set(en) ^ set(fr)) == []
    for key in en:
        assert placeholders(en[key]) == placeholders(fr[key]), key
        assert en[key].strip() and fr[key].strip(), key


def test_french_is_translated() -> None:
    en, fr = MESSAGES["en"], MESSAGES["fr"]
    same = {k for k in en if en[k] == fr[k] and len(en[k]) > 12}
    assert same == {"nav.collaborations"}  # the same word in both; short ones may coincide too


def used_keys() -> set[str]:
    keys: set[str] = set()
    pattern = re.compile(r"""\bt\(\s*["']([a-z_]+\.[A-Za-z_.0-9-]+)["']""")
    for path in [*WEB.glob("templates/*.html"), *WEB.glob("*.py")]:
        keys |= set(pattern.findall(path.read_text()))
    return keys


def test_every_key_the_pages_use_exists() -> None:
    keys = used_keys() | {item.key for item in NAV}
    families = {
        "role": Role,
        "commitment": Commitment,
        "stage": Stage,
        "visibility": Visibility,
        "kind": Kind,
        "condition": Condition,
        "reason": Reason,
        "reason_rule": Reason,
        "istatus": IntroStatus,
        "cstatus": CollabStatus,
    }
    for prefix, enum in families.items():
        keys |= {f"{prefix}.{member.value}" for member in enum}
    keys |= {f"comp.{c}" for c in ("need_met", "need_met_back", "reciprocal", "values", "roles")}
    keys |= {f"rating.{r}" for r in range(-2, 3)} | {f"lang.{code}" for code in LANGS}
    keys |= {f"crit.{c}{s}" for c in CRITERIA for s in ("", "_help")}
    keys |= {f"strength.{s.value}" for s in Strength} | {f"verdict.{v.value}" for v in Verdict}
    keys |= {f"pstage.{s.name.lower()}{h}" for s in PipelineStage for h in ("", "_help")}
    keys |= {key for _, key in loop._DETAILS} | {key for _, key, _ in loop._STEPS}
    assert len(keys) > 250
    for lang in LANGS:
        missing = sorted(k for k in keys if k not in MESSAGES[lang])
        assert missing == [], lang


def test_every_flash_key_given_by_a_route_exists() -> None:
    flashes: set[str] = set()
    for path in WEB.glob("*.py"):
        text = path.read_text()
        flashes |= set(re.findall(r'redirect\([^)]*?,\s*"([a-z_]+)"', text, re.S))
        for pair in re.findall(r'"([a-z_]+)" if \w+ else "([a-z_]+)"', text):
            flashes |= set(pair)
    assert {"signed_in", "profile_saved", "entry_added", "intro_accepted"} <= flashes
    assert {"feedback_saved", "feedback_mutual", "venture_started", "venture_ended"} <= flashes
    for lang in LANGS:
        assert sorted(f for f in flashes if f"flash.{f}" not in MESSAGES[lang]) == [], lang


@pytest.mark.parametrize("lang", LANGS)
def test_a_missing_key_shows_the_key(lang: str) -> None:
    assert Translator(lang)("no.such_key") == "no.such_key"


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_stylesheet_colours_meet_wcag_aa() -> None:
    """Every text colour of the stylesheet on every background it is used on: >= 4.5:1."""
    css = (WEB / "static" / "cofoundry.css").read_text()
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", css))
    backgrounds = {"white": "#ffffff", "bg": colours["bg"], "flash": "#eef7ef"}
    texts = ("ink", "muted", "accent", "error", "ok")
    for text in texts:
        for name, background in backgrounds.items():
            assert contrast(colours[text], background) >= 4.5, (text, name)
    assert contrast(colours["accent-ink"], colours["accent"]) >= 4.5  # button labels
    assert contrast(colours["accent-ink"], colours["error"]) >= 4.5  # the danger button
    assert contrast(colours["focus"], "#ffffff") >= 3  # focus outline: non-text, 3:1
    assert contrast("#767676", "#ffffff") >= 4.5  # input borders (3:1 needed)
