"""The curated drug catalogues: checks/catalog/atc.csv, substances.csv and
indications.csv (the knowledge table of CLN001).

The last tests compare the catalogues with the WHO ATC index and the CIE-10
title list in ../shared/reference; they skip when that folder is absent (a
fresh clone of the project alone).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict

import pytest

from tests import ROOT
from checks.cln import POPULATIONS

CATALOG = ROOT / "checks" / "catalog"
REFERENCE = ROOT.parent / "shared" / "reference"

ATC_RE = re.compile(r"^[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d$")
ATC_PREFIX_RE = re.compile(r"^[ABCDGHJLMNPRSV]\d\d(?:[A-Z](?:[A-Z](?:\d\d)?)?)?$")
CIE10_PREFIX_RE = re.compile(r"^[A-Z](?:\d(?:\d(?:\.?[0-9X]{1,2})?)?)?$")
KINDS = {"class", "analyte", "chemical"}


def _rows(name: str) -> list[dict[str, str]]:
    with (CATALOG / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _header(name: str) -> list[str]:
    with (CATALOG / name).open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def _split(cell: str | None) -> list[str]:
    return [s.strip() for s in (cell or "").split("|") if s.strip()]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def _alnum(text: str) -> int:
    return sum(c.isalnum() for c in text)


ATC = _rows("atc.csv")
SUBSTANCES = _rows("substances.csv")
INDICATIONS = _rows("indications.csv")
INDICATION_TABLE = {r["atc_prefix"]: _split(r["cie10_prefixes"]) for r in INDICATIONS if not r["population"]}


def plausible(atc_code: str, diagnoses: list[str]) -> bool:
    """CLN001's reading of the table: the longest matching ATC prefix decides;
    the drug is plausible when '*' or a CIE-10 prefix matches a diagnosis."""
    prefix = max((p for p in INDICATION_TABLE if atc_code.startswith(p)), key=len)
    allowed = [p.replace(".", "") for p in INDICATION_TABLE[prefix]]
    if "*" in allowed:
        return True
    keys = [d.replace(".", "").upper() for d in diagnoses]
    return any(k.startswith(p) for k in keys for p in allowed)


# --- atc.csv ----------------------------------------------------------------


def test_atc_header_and_codes():
    assert _header("atc.csv") == ["code", "name", "synonyms", "brands"]
    codes = [r["code"] for r in ATC]
    assert all(ATC_RE.match(c) for c in codes), [c for c in codes if not ATC_RE.match(c)]
    assert len(codes) == len(set(codes)), "duplicate ATC codes"
    # broad on purpose: the lexicon must know the drugs of general clinical
    # Spanish, not only those of the documents it was developed on (issue 14)
    assert len(set(codes)) >= 1200


def test_atc_names_are_spanish_lowercase_labels():
    for r in ATC:
        name = r["name"]
        assert name and name == name.strip()
        # lower case, except acronyms written in capitals (insulina NPH, anfotericina B)
        for word in re.split(r"[\s/]+", name):
            assert word == word.lower() or word == word.upper(), name
    names = [_fold(r["name"]) for r in ATC]
    assert len(names) == len(set(names)), "two codes with the same name"
    # a few Spanish spellings that must be right
    by_code = {r["code"]: r for r in ATC}
    assert by_code["B01AC06"]["name"] == "ácido acetilsalicílico"
    assert by_code["N02BE01"]["name"] == "paracetamol"
    assert by_code["C01CA03"]["name"] == "noradrenalina"
    assert by_code["B05XA01"]["name"] == "cloruro de potasio"
    assert by_code["B05XA03"]["name"] == "cloruro de sodio"
    assert "acetaminofén" in _split(by_code["N02BE01"]["synonyms"])


def test_no_term_shared_by_two_entries():
    """A name, synonym or brand must point to a single drug (or substance)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for r in ATC:
        for term in [r["name"], *_split(r["synonyms"]), *_split(r["brands"])]:
            owners[_fold(term)].add(r["code"])
    for r in SUBSTANCES:
        for term in [r["name"], *_split(r["synonyms"])]:
            owners[_fold(term)].add("substance:" + r["name"])
    shared = {t: o for t, o in owners.items() if len(o) > 1}
    assert not shared


def test_short_symbols_are_only_synonyms_and_case_marked():
    for r in ATC:
        assert _alnum(r["name"]) > 2, r["name"]
    for r in SUBSTANCES:
        assert _alnum(r["name"]) > 2, r["name"]
        for s in _split(r["synonyms"]):
            if _alnum(s) <= 2:
                # chemical symbols and the like are written as they must match
                assert s[0].isupper() or s[0].isdigit(), s


# --- what the lexicon finds in free text -------------------------------------


@pytest.fixture(scope="module")
def drug_lexicon():
    from checks import lexicon as lx  # noqa: PLC0415

    return lx.Lexicon([e for e in lx.entries() if e.kind == lx.DRUG])


def _found(lexicon, text: str) -> list[tuple[str, str]]:
    from checks.text import tokenize  # noqa: PLC0415

    return [(m.text, m.entries[0].code or m.entries[0].label) for m in lexicon.find(tokenize(text), text)]


# Brands, Latin American spellings and c/z variants a Spanish clinician writes.
WRITTEN_FORMS = {
    "Tazocel": "J01CR05", "Seguril": "C03CA01", "Eutirox": "H03AA01", "Nolotil": "N02BB02",
    "Orfidal": "N05BA06", "Sintrom": "B01AA07", "Rivotril": "N03AE01", "Trankimazin": "N05BA12",
    "Enantyum": "M01AE17", "Zyloric": "M04AA01", "Xarelto": "B01AF01", "Dianben": "A10BA02",
    "amlodipina": "C08CA01", "ciprofloxacina": "J01MA02", "metimazol": "H03BB02",
    "loracepam": "N05BA06", "amicacina": "J01GB06", "sinvastatina": "C10AA01",
    "MIBG": "V09IX01", "silodosina": "G04CA04", "trabectedina": "L01CX01",
}


def test_brands_and_spellings_resolve(drug_lexicon):
    found = {w: _found(drug_lexicon, f"Recibió {w} durante el ingreso.") for w in WRITTEN_FORMS}
    wrong = {w: f for w, f in found.items() if [c for _, c in f] != [WRITTEN_FORMS[w]]}
    assert not wrong


def test_ordinary_words_are_not_drugs(drug_lexicon):
    # Words of clinical Spanish that are a brand, or one typo from a catalogue
    # name (the lexicon's fuzzy match), were kept out: 'Actos' (pioglitazona),
    # 'Luminal' (fenobarbital), 'Solian' (amisulprida), 'Singulair', 'Concerta',
    # 'Motivan', 'Sinergina', 'Versatis', 'aprepitante', 'platino'.
    text = ("En actos sucesivos se concertó una cita; caso singular en el que solían "
            "concertar visitas. La luz luminal y la sinergia motivan un dolor apretante "
            "en el paladar y el arco palatino, versátil, con grupo hidroxilo.")
    assert _found(drug_lexicon, text) == []


def test_functional_classes_and_findings_are_not_drug_names():
    # PharmaCoNER annotates chemical and structural classes (corticoides,
    # benzodiacepinas, quinolonas) but never functional ones, nor findings
    # named after an analyte ('glucemia', 'calciuria'); they stay out.
    terms = {_fold(t) for r in ATC for t in [r["name"], *_split(r["synonyms"]), *_split(r["brands"])]}
    terms |= {_fold(t) for r in SUBSTANCES for t in [r["name"], *_split(r["synonyms"])]}
    functional = {"antibioticos", "antibiotico", "inmunosupresores", "betabloqueantes", "antirretrovirales",
                  "anticoagulantes", "antihipertensivos", "quimioterapia", "analgesicos", "antidepresivos",
                  "diureticos", "antiepilepticos"}
    assert not functional & terms
    assert not [t for t in terms if re.search(r"(emia|uria)$", t)]


# --- substances.csv ---------------------------------------------------------


def test_substances_table():
    header = _header("substances.csv")
    assert header[:3] == ["name", "synonyms", "kind"]
    assert len(SUBSTANCES) >= 60
    assert {r["kind"] for r in SUBSTANCES} == KINDS
    names = [_fold(r["name"]) for r in SUBSTANCES]
    assert len(names) == len(set(names))
    index = {_fold(t): r for r in SUBSTANCES for t in [r["name"], *_split(r["synonyms"])]}
    assert index["corticoides"]["kind"] == "class"
    assert index["aine"]["kind"] == "class"
    assert index["creatinina"]["kind"] == "analyte"
    assert index["k"]["name"] == "potasio"
    # proteins (PharmaCoNER's PROTEINAS) are not drug mentions
    for protein in ("albumina", "ferritina", "hemoglobina", "insulina", "pcr", "troponina"):
        assert protein not in index


def test_substance_classes_point_to_catalogued_groups():
    if "atc_prefixes" not in _header("substances.csv"):
        pytest.skip("no atc_prefixes column")
    codes = [r["code"] for r in ATC]
    for r in SUBSTANCES:
        for p in _split(r.get("atc_prefixes")):
            assert ATC_PREFIX_RE.match(p), p
            assert any(c.startswith(p) for c in codes), (r["name"], p)


# --- indications.csv --------------------------------------------------------


def test_indications_well_formed():
    assert _header("indications.csv") == ["atc_prefix", "cie10_prefixes", "population", "note"]
    prefixes = [(r["atc_prefix"], r["population"]) for r in INDICATIONS]
    assert len(prefixes) == len(set(prefixes)), "duplicate ATC prefix"
    everyone = {r["atc_prefix"] for r in INDICATIONS if not r["population"]}
    for r in INDICATIONS:
        # a population's row replaces everyone's row for its patients: there is one to replace
        assert not r["population"] or (r["population"] in POPULATIONS and r["atc_prefix"] in everyone), r
    codes = [r["code"] for r in ATC]
    for r in INDICATIONS:
        assert ATC_PREFIX_RE.match(r["atc_prefix"]), r["atc_prefix"]
        assert any(c.startswith(r["atc_prefix"]) for c in codes), f"{r['atc_prefix']} names no catalogued drug"
        cie = _split(r["cie10_prefixes"])
        assert cie, r["atc_prefix"]
        assert cie == ["*"] or all(CIE10_PREFIX_RE.match(p) for p in cie), (r["atc_prefix"], cie)
        assert len(cie) == len(set(cie))
        assert r["note"].strip()


def test_every_catalogued_drug_has_an_indication_row():
    groups = {r["code"][:3] for r in ATC}
    assert groups <= set(INDICATION_TABLE), sorted(groups - set(INDICATION_TABLE))
    for r in ATC:
        assert any(r["code"].startswith(p) for p in INDICATION_TABLE), r["code"]


def test_general_inpatient_drugs_are_plausible_anywhere():
    for code in ("N02BE01", "N02BB02", "A02BC01", "B01AB05", "A04AA01", "A03FA01",
                 "B05XA03", "B05XA01", "A06AD11", "N02AX02"):
        assert plausible(code, ["K35.8"]), code


def test_coherent_patient_never_fires():
    dx = ["E11.9", "I10X", "J18.9"]
    for code in ("A10BA02", "C09CA01", "J01DD04", "A10AE04", "C10AA05", "B01AC06",
                 "A02BC01", "B01AB05", "N02BE01", "R03AC02", "H02AB07", "C03CA01"):
        assert plausible(code, dx), code
    assert plausible("H03AA01", ["E03.9"])
    assert plausible("B01AA03", ["I48.0"])
    assert plausible("B01AF01", ["I26.9"])
    assert plausible("J01CR02", ["N39.0"])
    assert plausible("J04AB02", ["A15.0"])
    assert plausible("L01XA01", ["C34.1"])


def test_incoherent_pairs_fire():
    assert not plausible("A10AE04", ["K35.8"])  # insulina glargina, appendicitis only
    assert not plausible("A10BA02", ["K35.8"])  # metformina
    assert not plausible("H03AA01", ["I10", "E11.9"])  # levotiroxina, no thyroid disease
    assert not plausible("B01AA03", ["J18.9"])  # warfarina without AF, VTE or valve
    assert not plausible("B01AF01", ["K35.8", "I10"])  # rivaroxabán
    assert not plausible("J01DD04", ["I10", "E11.9"])  # ceftriaxona without infection
    assert not plausible("J01XA01", ["I21.0"])  # vancomicina
    assert not plausible("L01XA01", ["J18.9"])  # cisplatino without cancer
    assert not plausible("J04AC01", ["I10"])  # isoniazida without tuberculosis


# --- against the reference files --------------------------------------------


@pytest.fixture(scope="module")
def who_atc() -> dict[str, str]:
    path = REFERENCE / "atc-who-2026.csv"
    if not path.exists():
        pytest.skip("reference folder absent")
    names: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names.setdefault(row["atc_code"], row["atc_name"])
    return names


@pytest.fixture(scope="module")
def cie10_codes() -> set[str]:
    path = REFERENCE / "cie10-ops-es.fsh"
    if not path.exists():
        pytest.skip("reference folder absent")
    codes = {m.group(1) for m in re.finditer(r"^\* #([A-Z][0-9A-Z]+) ", path.read_text(encoding="utf-8"), re.M)}
    assert len(codes) > 10000
    return codes


def test_codes_exist_in_who_atc(who_atc):
    missing = [r["code"] for r in ATC if r["code"] not in who_atc]
    assert not missing
    missing = [r["atc_prefix"] for r in INDICATIONS if r["atc_prefix"] not in who_atc]
    assert not missing


def test_names_are_own_spanish_labels(who_atc):
    same = [r["code"] for r in ATC if _fold(r["name"]) == _fold(who_atc[r["code"]])]
    assert len(same) <= 0.4 * len(ATC), f"{len(same)} of {len(ATC)} names are the WHO English name"


def test_cie10_prefixes_exist(cie10_codes):
    for r in INDICATIONS:
        for p in _split(r["cie10_prefixes"]):
            if p == "*":
                continue
            key = p.replace(".", "")
            assert any(c.startswith(key) for c in cie10_codes), (r["atc_prefix"], p)
