"""The sites table (checks/catalog/sites.csv) and the readings COD005 builds on it
(checks/code_sites, checks/code_agents): its format, and what each reading
accepts and refuses on titles of the OPS list's kinds."""

from __future__ import annotations

import csv

import pytest

from checks.code_agents import named_by_agent, spanish_spelling
from checks.code_sites import named_by_site
from checks.lexicon import phrase_key
from tests import ROOT

SITES = ROOT / "checks" / "catalog" / "sites.csv"
CUTOFF = 85.0


@pytest.fixture(scope="module")
def rows():
    with SITES.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _cells(cell: str) -> list[str]:
    return [s.strip() for s in cell.split("|") if s.strip()]


def test_sites_structure(rows):
    assert rows and list(rows[0]) == ["site", "names", "adjectives", "prefixes", "within"]
    sites = [r["site"] for r in rows]
    assert len(sites) == len(set(sites)), "a site is one row"
    for r in rows:
        assert _cells(r["names"]), f"{r['site']}: a site has a noun"
        assert r["within"] in ("", *sites), f"{r['site']}: lies within an unknown site {r['within']!r}"
        for root in _cells(r["prefixes"]):
            assert len(phrase_key(root)) >= 4, f"{r['site']}: root {root!r} too short to say an organ"


def test_sites_no_phrase_for_two_sites(rows):
    owner: dict[str, str] = {}
    for r in rows:
        for form in (*_cells(r["names"]), *_cells(r["adjectives"])):
            key = phrase_key(form)
            assert owner.setdefault(key, r["site"]) == r["site"], f"{form!r} names {owner[key]} and {r['site']}"


def test_sites_within_has_no_cycle(rows):
    within = {r["site"]: r["within"] for r in rows if r["within"]}
    for site in within:
        seen = {site}
        while site in within:
            site = within[site]
            assert site not in seen, f"cycle through {site}"
            seen.add(site)


def _names(*titles: str) -> tuple[str, ...]:
    return tuple(phrase_key(t) for t in titles)


@pytest.mark.parametrize(("title", "term", "named"), [
    ("Otras enfermedades especificadas del hígado", "quistes hepáticos simples", True),
    ("Otras enfermedades especificadas del hígado", "hepatomegalia", True),
    ("Otras enfermedades especificadas del hígado", "hepático", False),  # a site, no lesion
    ("Otras enfermedades especificadas del hígado", "adenoma hepático", False),  # a neoplasm
    ("Otras enfermedades especificadas del hígado", "quiste pancreático", False),
    ("Trastorno de la vejiga, no especificado", "lesión intravesical", True),
    ("Tumor maligno del colon descendente", "adenocarcinoma de colon descendente", True),
    ("Tumor maligno del estómago, parte no especificada", "carcinoma de colon", False),
    ("Tumor benigno de la vejiga", "leiomioma de vejiga", True),
    ("Tumor benigno de la vejiga", "sarcoma de vejiga", False),
    ("Tumor maligno secundario del pulmón", "metástasis pulmonares", True),
    ("Tumor maligno del pulmón", "metástasis pulmonares", False),
    ("Ausencia adquirida de parte del estómago", "gastrectomía parcial", True),
    ("Ausencia adquirida de parte del estómago", "nefrectomía", False),
])
def test_named_by_site(title, term, named):
    assert named_by_site(_names(title), phrase_key(term), CUTOFF) is named


@pytest.mark.parametrize(("latin", "spanish"), [
    ("streptococcus", "estreptococo"), ("staphylococcus", "estafilococo"), ("klebsiella", "klebsiela")])
def test_spanish_spelling(latin, spanish):
    assert spanish_spelling(phrase_key(latin)) == spanish


@pytest.mark.parametrize(("title", "term", "named"), [
    ("Estafilococo no especificado, como causa de enfermedades clasificadas en otros capítulos",
     "Staphylococcus", True),
    ("Estafilococo no especificado, como causa de enfermedades clasificadas en otros capítulos",
     "Escherichia coli", False),
    ("Nocardiosis, no especificada", "Nocardia asteroides", True),
    ("Nocardiosis, no especificada", "Listeria", False),
    ("Hiperostosis del cráneo", "hiperostosis vertebral", False),  # a disease's name is no genus
    ("Infección por clamidias, no especificada", "Chlamydia", True),
    ("Infección debida al virus del herpes, no especificada", "herpes virus", True),
    ("Infección debida al virus del herpes, no especificada", "citomegalovirus", False),
])
def test_named_by_agent(title, term, named):
    assert named_by_agent(_names(title), phrase_key(term), CUTOFF) is named


@pytest.mark.parametrize(("title", "term", "named"), [
    ("Dolor abdominal y pélvico", "dolor en hipocondrio izquierdo", True),
    ("Dolor localizado en otras partes inferiores del abdomen", "dolor abdominal en fosa ilíaca", True),
    ("Dolor localizado en otras partes inferiores del abdomen", "dolor en hipocondrio", False),
    ("Dolor localizado en otras partes inferiores del abdomen", "hipogastrio", False),
    ("Enfermedad renal hipertensiva sin insuficiencia renal", "insuficiencia renal", False),
    ("Perforación del intestino (no traumática)", "perforación de recto", True),
    ("Dolor en articulación", "dolor en rodilla izquierda", True),
    ("Dolor en articulación", "artralgias", True),
    ("Dolor en articulación", "dolor en muslo", False),
    ("Dolor en miembro", "dolor en pie derecho", True),
    ("Tumor maligno del intestino delgado, parte no especificada", "adenocarcinoma de colon", False),
    ("Tumor maligno del intestino delgado, parte no especificada", "adenocarcinoma de íleon", True),
])
def test_named_by_region(title, term, named):
    assert named_by_site(_names(title), phrase_key(term), CUTOFF) is named


@pytest.mark.parametrize(("term", "behaviour"), [
    ("hemangioblastoma cerebeloso", "benign"), ("osteoblastoma", "benign"),
    ("neuroblastoma suprarrenal", "malignant"), ("adenocarcinoma de colon", "malignant"),
    ("metástasis hepáticas", "secondary"), ("tumor vesical", "neoplasm")])
def test_behaviour_of_a_neoplasm_term(term, behaviour):
    """A '-blastoma' is malignant except the benign tumours so named (hemangioblastoma, osteoblastoma)."""
    from checks.code_sites import _behaviour

    assert _behaviour(tuple(phrase_key(term).split())) == behaviour
