"""The drill-down's findings (issue 17): errors before warnings, a repeated
finding once with its count, quotes cut at word boundaries, findings about the
whole text without a span."""

from __future__ import annotations

import re

from reports.drilldown import clip_words, flags_of, highlight, tidy_quote
from tests.reports.conftest import REPEATS, SHORT


def _sample(html: str, anchor: str) -> str:
    return html.split(f'id="{anchor}"', 1)[1].split('<details class="sample"', 1)[0]


def test_errors_before_warnings_and_repeats_counted():
    text = "Ingresa por taquicardia. Persiste la taquicardia. Cede la taquicardia."
    at = [m.start() for m in re.finditer("taquicardia", text)]
    findings = [{"check": "HAL002", "severity": "warning", "message": "Cifra sin respaldo", "start": 0, "end": 7},
                *({"check": "HAL001", "severity": "error", "message": "«taquicardia» no está en la entrada",
                   "start": a, "end": a + 11} for a in at),
                {"check": "FMT003", "severity": "error", "message": "La epicrisis tiene 9 palabras", "start": 0,
                 "end": len(text)}]
    flags, numbers = flags_of(text, findings)
    assert [(f.check, f.severity, f.count) for f in flags] == [
        ("FMT003", "error", 1), ("HAL001", "error", 3), ("HAL002", "warning", 1)]
    assert flags[0].whole and flags[0].excerpt == "" and not flags[1].whole
    assert numbers == [3, 2, 2, 2, 1]  # each finding points at the flag that lists it
    html = str(highlight(text, findings, numbers))
    assert html.count('title="2: HAL001"') == 3 and "1: FMT003" not in html  # the whole text is not one mark


def test_quotes_end_on_a_word():
    assert clip_words("Se administra suero fisiológico intravenoso", 25) == "Se administra suero…"
    assert clip_words("corto", 25) == "corto"
    assert clip_words("Paciente de 44 años. Se realiza ecografía", 22) == "Paciente de 44 años…"
    text = "Alta con suero fisiológico y reposo. " * 2
    message = f"Texto repetitivo en la epicrisis: oración repetida «{text.strip()[:22]}»"
    assert message.endswith("«Alta con suero fisioló»")
    assert tidy_quote(message, text).endswith("«Alta con suero…»")
    assert tidy_quote("Código «J18.9» ausente", "Neumonía (J18.9) tratada") == "Código «J18.9» ausente"


def test_page_samples(reports):
    html = reports["es"].path.read_text(encoding="utf-8")
    for i in REPEATS:  # REP001 finds the repeated sentence twice: listed once, ×2
        sample = _sample(html, f"s-{i}")
        flags = sample.split('<ol class="flags">', 1)[1].split("</ol>", 1)[0]
        assert flags.count("<li") == 1 and "×2" in flags
    texts = {v.anchor: v for v in reports["es"].model.samples}
    for i in REPEATS:
        view = texts[f"s-{i}"]
        text = reports["es"].model.primary.by_id[view.id].text
        for flag in view.flags:
            for q in re.findall(r"«([^»]*)»", flag.message):
                head = q.removesuffix("…")  # whatever is quoted ends where a word of the output ends
                at = text.find(head)
                assert at >= 0 and not text[at + len(head):at + len(head) + 1].isalnum(), q
    short = _sample(html, f"s-{SHORT}")
    items = re.findall(r'<li value="\d+" class="sev-(\w+)">(.*?)</li>', short)
    severities = [s for s, _ in items]
    assert severities == sorted(severities, key=["error", "warning"].index)  # errors first
    fmt003 = next(body for _, body in items if "FMT003" in body)
    assert "(toda la epicrisis)" in fmt003 and "0-0" not in short and "«»" not in short
    output = short.split('<div class="output">', 1)[1].split("</div>", 1)[0]
    assert "<mark" not in output  # its findings are about the whole text: nothing to mark


def test_english_flags_name_the_check_and_quote_the_text(reports):
    html = reports["en"].path.read_text(encoding="utf-8")
    flags = _sample(html, f"s-{REPEATS[0]}").split('<ol class="flags">', 1)[1].split("</ol>", 1)[0]
    assert "REP001</span> error: Repetitive text" in flags and "Texto repetitivo" not in flags


def test_the_gates_worst_samples_link_to_the_drill_down(reports):
    html = reports["es"].path.read_text(encoding="utf-8")
    worst = html.split('id="gates"', 1)[1].split("</section>", 1)[0].split('<ul class="worst">')[1:]
    links = re.findall(r'<a class="mono" href="#(s-\d+)">([^<]+)</a>', "".join(worst))
    assert links
    anchors = {view.anchor: view.id for view in reports["es"].model.samples}
    assert all(anchors[a] == sid for a, sid in links)
