"""One language per report (issue 17): Spanish by default, English on
request, every label of the page from reports.strings / harness.i18n."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from markupsafe import escape

from harness.errors import UsageError
from harness.i18n import plain_gate
from reports.build import ReportRequest, make_report
from reports.strings import REPORT, t


class _VisibleText(HTMLParser):
    """The page's own words: model-written text (outputs, inputs, diffs, quotes
    in messages), code (ids, paths) and the style and script left out."""

    SKIP = {"output", "input", "json", "diff", "mono", "path", "examples", "flags", "worst"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "wbr", "meta", "input", "img"):
            return
        classes = set((dict(attrs).get("class") or "").split())
        skip = tag in ("style", "script", "pre", "code", "svg") or bool(classes & self.SKIP) or "lang" in dict(attrs) \
            and tag != "html"
        self.stack.append(skip or (bool(self.stack) and self.stack[-1]))

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return re.sub(r"[ \t\r\n]+", " ", " ".join(parser.parts)).strip()  # no-break spaces kept


def _fixed_words(template: str) -> list[str]:
    """The literal pieces of a label template long enough to mean something."""
    return [piece.strip(" .,:;()") for piece in re.split(r"\{[^}]*\}", template) if len(piece.strip(" .,:;()")) >= 8]


@pytest.mark.parametrize("lang, other", [("es", 1), ("en", 0)])
def test_no_label_of_the_other_language(reports, lang, other):
    text = visible(reports[lang].path.read_text(encoding="utf-8"))
    mine = " ".join(pair[1 - other] for pair in REPORT.values())
    leaks = sorted({w for pair in REPORT.values() for w in _fixed_words(pair[other])
                    if w in text and w not in mine})
    assert not leaks, f"{lang} report shows words of the other language: {leaks}"


def test_spanish_is_the_default_and_the_page_says_so(reports, scenario, tmp_path):
    made = make_report(ReportRequest(runs=[scenario.torch], out=tmp_path / "r.html", use_gates=False))
    html = made.path.read_text(encoding="utf-8")
    assert '<html lang="es">' in html and t("title", "es") in html and "Resumen para el comité clínico" in html
    english = reports["en"].path.read_text(encoding="utf-8")
    assert '<html lang="en">' in english and "Summary for the clinical committee" in english
    assert "Resumen para el comité clínico" not in english
    # English labels the Spanish page used to mix in (issue 17, "Found").
    spanish = visible(reports["es"].path.read_text(encoding="utf-8"))
    for word in ("Pass rate", "samples", "Do not promote", "baseline", "warning", "Advice", "gates pass", "words"):
        assert word not in spanish, word


def test_numbers_follow_the_language(reports):
    es, en = (visible(reports[x].path.read_text(encoding="utf-8")) for x in ("es", "en"))
    assert "12,5\u00a0%" in es and "12.5%" not in es
    assert "12.5%" in en and "12,5\u00a0%" not in en


def test_unknown_language_is_a_usage_error(scenario, tmp_path):
    with pytest.raises(UsageError, match="not a report language"):
        make_report(ReportRequest(runs=[scenario.torch], out=tmp_path / "r.html", lang="fr"))
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_plain_gate_names_beside_their_ids(reports, lang):
    html = reports[lang].path.read_text(encoding="utf-8")
    gates = html.split('id="gates"', 1)[1].split("</section>", 1)[0]
    rows = gates.split("<tr>")[1:]
    gate_rows = [row for row in rows if 'class="mono gate-id"' in row]
    verdict = reports[lang].model.gate_report
    assert len(gate_rows) == len(verdict.results)
    for result in verdict.results:
        row = next(r for r in gate_rows if re.sub(r"<wbr>", "", r.split("</td>", 1)[0]).endswith(result.gate))
        assert str(escape(plain_gate(result.gate, lang))) in row
    assert plain_gate("regression.check_rate[REP001]", "es") == \
        "más epicrisis con texto repetitivo que el modelo en producción"


def test_worst_samples_say_why_only_in_the_page_language():
    from reports.html import worst_why

    text = "Ingresa por neumonía. Alta con suero fisiológico y reposo."
    message = "Texto repetitivo en la epicrisis: oración repetida «Alta con suero fisioló»"
    assert worst_why("regression.check_rate[REP001]", message, text, "es").endswith("«Alta con suero…»")
    assert worst_why("checkpoint.floor.max_check_rate[REP001]", message, text, "en") == ""  # Spanish alone
    parity = "verdict differs from torch: torch passes, this variant fails: HAL003: Posología contradictoria"
    assert worst_why("parity.int8.verdict_agreement", parity, text, "es") == ""  # English around Spanish
    english = worst_why("parity.int8.verdict_agreement", parity, text, "en")
    assert english == "verdict differs from torch: torch passes, this variant fails: HAL003 (doses that contradict " \
                      "the patient's data)"
    errors = "2 errors: HAL001: Entidad no presente; COD002: El código no aparece"
    assert worst_why("regression.pass_rate", "HAL001: Entidad no presente", text, "es") == "HAL001: Entidad no presente"
    assert "Entidad" not in worst_why("floor.pass_rate", errors, text, "en")
