"""The clinical summary at the top of the report (issue 17): what the
candidate does better and worse than production, with sentences, and the decision."""

from __future__ import annotations

import re

from markupsafe import Markup

from harness.i18n import check_topic
from reports.summary import EXAMPLES, EXAMPLES_IF_CHANCE, example_sentence
from tests.reports.conftest import N, REPEATS


def test_summary_comes_first_and_states_the_decision(reports):
    html = reports["es"].path.read_text(encoding="utf-8")
    body = html.split("<body>", 1)[1]
    assert body.index('id="summary"') < body.index('id="decision"') < body.index('id="checks"')
    summary = reports["es"].model.summary
    assert summary.verdict == "block" and summary.decision == "No se debe poner en producción, porque tiene:"
    # Each failing gate once, in plain words with its figures; the repetition gates both named.
    assert "Más epicrisis con texto repetitivo que el modelo en producción (12,5\u00a0%, umbral ≤\u00a0+3,0\u00a0pp)" in summary.reasons
    assert "Más epicrisis con texto repetitivo que el máximo permitido (12,5\u00a0%, umbral ≤\u00a05,0\u00a0%)" in summary.reasons
    assert not any("regression." in r or "floor." in r for r in summary.reasons)


def test_worse_and_better_with_example_sentences(reports):
    summary = reports["es"].model.summary
    worse = {c.check: c for c in summary.worse}
    better = {c.check: c for c in summary.better}
    rep = worse["REP001"]
    assert rep.text == (f"Epicrisis con {check_topic('REP001')}: {len(REPEATS)} de {N} (12,5\u00a0%), "
                        f"frente a 0 de {N} (0,0\u00a0%) en producción.")
    assert rep.certainty == "Con estas muestras, la diferencia aún puede deberse al azar."  # p = 0.0625
    assert len(rep.examples) == EXAMPLES_IF_CHANCE < EXAMPLES  # chance may explain it: two sentences
    for example in rep.examples:
        assert example.who == "Escrito por el candidato" and example.anchor in {f"s-{i}" for i in REPEATS}
        assert example.sentence.count("<mark>") == 1
    # The candidate fixed production's missing "Ingresa por": production's own sentences show it.
    fixed = better["FMT001"]
    assert len(fixed.examples) == EXAMPLES_IF_CHANCE and all(e.who == "Escrito por el modelo en producción" and e.anchor is None
                                             for e in fixed.examples)
    assert all("<mark>Paciente hospitalizado</mark>" in e.sentence for e in fixed.examples)  # whole words marked


def test_summary_html_links_each_example_to_its_sample(reports):
    html = reports["es"].path.read_text(encoding="utf-8")
    summary = html.split('id="summary"', 1)[1].split("</section>", 1)[0]
    assert "Lo que hace peor que el modelo en producción" in summary
    assert "Lo que hace mejor que el modelo en producción" in summary
    links = re.findall(r'href="#(s-\d+)"', summary)
    assert links and all(f'id="{a}"' in html for a in links)
    assert "&lt;script&gt;" in summary and "<script>document" not in summary  # model text stays text


def test_without_a_baseline_the_summary_lists_the_problems(scenario, tmp_path):
    from reports.build import ReportRequest, make_report

    made = make_report(ReportRequest(runs=[scenario.torch], out=tmp_path / "r.html", use_gates=False, lang="en"))
    summary = made.model.summary
    assert not summary.has_baseline and summary.verdict == "no gates" and summary.better == ()
    assert summary.worse[0].check == "REP001" and summary.worse[0].text.startswith("Summaries with repetitive text")
    assert "Its most frequent problems" in made.path.read_text(encoding="utf-8")


def test_example_sentence_is_one_sentence_cut_at_words():
    text = ("Ingresa por neumonía. Recibe suero fisiológico intravenoso y ceftriaxona durante siete días con "
            "buena respuesta clínica, radiológica y analítica hasta completar el tratamiento. Alta.")
    start = text.index("ceftri")
    sentence = str(example_sentence(text, start + 2, start + 8))  # a span inside a word
    assert sentence.startswith("Recibe suero") and "<mark>ceftriaxona</mark>" in sentence
    assert "Ingresa por" not in sentence and "Alta." not in sentence
    long = "palabra " * 60 + "ceftriaxona " + "palabra " * 60 + "."
    cut = str(example_sentence(long, long.index("ceftriaxona"), long.index("ceftriaxona") + 11))
    assert cut.startswith("…palabra") and cut.endswith("palabra…") and "<mark>ceftriaxona</mark>" in cut
    coded = "Alta. Ingresa por crisis de asma (J45.9) con salbutamol 2.5 mg. Alta."
    assert str(example_sentence(coded, coded.index("asma"), coded.index("asma") + 4)) == \
        "Ingresa por crisis de <mark>asma</mark> (J45.9) con salbutamol 2.5 mg."  # a code's dot ends no sentence
    assert isinstance(example_sentence("<b>x</b>.", 3, 4), Markup) and "&lt;b&gt;" in example_sentence("<b>x</b>.", 3, 4)


def test_a_finding_about_the_whole_text_is_said_not_marked(reports):
    """FMT003 (too short) has no words to mark: the example quotes the opening
    and says what the finding says (its message in Spanish, the length in English)."""
    (es,) = next(c for c in reports["es"].model.summary.worse if c.check == "FMT003").examples
    assert "<mark>" not in es.sentence and es.note == "La epicrisis tiene 40 palabras; debe tener entre 80 y 200"
    (en,) = next(c for c in reports["en"].model.summary.worse if c.check == "FMT003").examples
    assert en.note == "the whole summary: 40 words" and "0-0" not in en.sentence


def test_a_clear_change_gets_three_sentences(reports):
    from dataclasses import replace

    from reports.movement import paired_ids
    from reports.summary import _change

    model = reports["es"].model
    rep = next(m for m in model.checks if m.check == "REP001")
    clear = _change(replace(rep, p_value=0.01), model.primary, model.baseline,
                    paired_ids(model.primary, model.baseline), "es")
    assert clear.certainty == "La diferencia es mayor de lo que explicaría el azar." and len(clear.examples) == EXAMPLES
