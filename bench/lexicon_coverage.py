"""How well the drug lexicon (checks/catalog/atc.csv + substances.csv) finds
PharmaCoNER drug mentions.

Development data: the SPACCC documents whose PharmaCoNER split is "train"
(../shared/external/spaccc_all.jsonl). The dev split is held out for the
final measurement; pass ``--split dev`` only for that.

Two matchers:

- ``simple`` (default): names, synonyms and brands folded to lower case
  without accents, matched on alphanumeric boundaries, longest match first,
  left to right; names with at most two letters/digits (K, Na, Cl, O2, Ca++)
  only as written (case-sensitive) and only as whole tokens (letters/digits
  joined by '-' or '/' make one token, as in checks.text.tokenize: 'D/P',
  'P-ANCA'), and a one-letter symbol next to a full stop is taken for an
  initial ('P. jirovecii', 'A.P.', 'Sra. T.P.').
- ``checks``: the project's own ``checks.lexicon.Lexicon`` (token keys,
  plural folding, capital abbreviations, fuzzy single words) fed with the
  same two catalogues.

Scoring. Gold "drug" mentions are NORMALIZABLES + NO_NORMALIZABLES (the
README of the corpus says NORMALIZABLES also holds lab analytes; PROTEINAS
and UNCLEAR are not drug mentions and a match on them is a false positive).

- recall: share of gold NORMALIZABLES mentions overlapped by some match
  (also exact-span recall);
- precision: share of matches that overlap a gold NORMALIZABLES or
  NO_NORMALIZABLES mention (also exact-span precision).

Vetting (``--vet``, train documents only): before a name, synonym or brand
goes into the catalogues, list the one-word terms that ordinary text would
match: those whose lexicon key is a word of the train documents outside every
drug mention ('Actos' = 'actos'), and those within the lexicon's typo distance
of such a word or of a word of ``--words FILE`` (one word a line, such as
/usr/share/dict/spanish from Debian's wspanish): 'Singulair' for 'singular',
'platino' for 'palatino'. Capital abbreviations match only as written and are
left out.

Usage:  python bench/lexicon_coverage.py [--split train] [--matcher simple|checks] [--top 40]
        python bench/lexicon_coverage.py --vet [--words /usr/share/dict/spanish]
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "checks" / "catalog"
CORPUS = ROOT.parent / "shared" / "external" / "spaccc_all.jsonl"
DRUG_TYPES = {"NORMALIZABLES", "NO_NORMALIZABLES"}


# --- lexicon ---------------------------------------------------------------


def _split(cell: str | None) -> list[str]:
    return [s.strip() for s in (cell or "").split("|") if s.strip()]


def load_terms() -> list[tuple[str, str]]:
    """(written term, entry label) for every name, synonym and brand."""
    terms: list[tuple[str, str]] = []
    with (CATALOG / "atc.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = f"{row['code']} {row['name']}"
            for t in [row["name"], *_split(row["synonyms"]), *_split(row["brands"])]:
                terms.append((t, label))
    with (CATALOG / "substances.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = f"[{row['kind']}] {row['name']}"
            for t in [row["name"], *_split(row["synonyms"])]:
                terms.append((t, label))
    return terms


def fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0]
    return base.lower()[0] if base else c


def fold(text: str, lower: bool = True) -> str:
    """Same length as ``text``: one folded character per character."""
    if lower:
        return "".join(fold_char(c) for c in text)
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


def _is_symbol(term: str) -> bool:
    return sum(ch.isalnum() for ch in term) <= 2


def _pattern(terms: list[str], whole_tokens: bool) -> re.Pattern[str] | None:
    if not terms:
        return None
    alts = sorted(set(terms), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in alts)
    if whole_tokens:
        # Symbols: whole tokens only, a token being letters/digits possibly
        # joined by '-' or '/' ('D/P' and 'P-ANCA' are not phosphorus).
        return re.compile(rf"(?<![0-9a-zA-Z])(?<![0-9a-zA-Z][-/])(?:{body})(?![0-9a-zA-Z])(?![-/][0-9a-zA-Z])")
    return re.compile(rf"(?<![0-9a-zA-Z])(?:{body})(?![0-9a-zA-Z])")


class SimpleMatcher:
    def __init__(self, terms: list[tuple[str, str]]) -> None:
        self.label: dict[str, str] = {}
        folded, exact = [], []
        for term, label in terms:
            if _is_symbol(term):
                key = fold(term, lower=False)
                exact.append(key)
            else:
                key = fold(term)
                folded.append(key)
            self.label.setdefault(key, label)
        self.folded = _pattern(folded, whole_tokens=False)
        self.exact = _pattern(exact, whole_tokens=True)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        if self.folded:
            low = fold(text)
            found += [(m.start(), m.end(), self.label.get(m.group(), "?")) for m in self.folded.finditer(low)]
        if self.exact:
            plain = fold(text, lower=False)
            for m in self.exact.finditer(plain):
                if len(m.group()) == 1 and "." in plain[max(0, m.start() - 1) : m.end() + 1]:
                    continue  # 'P. jirovecii', 'A.P.', 'T.P.': initials, not an element
                if not any(s < m.end() and m.start() < e for s, e, _ in found):
                    found.append((m.start(), m.end(), self.label.get(m.group(), "?")))
        return sorted(found)


class ChecksMatcher:
    """The project's matcher (checks.lexicon.Lexicon) over the drug catalogues."""

    def __init__(self) -> None:
        from checks import lexicon as lx  # noqa: PLC0415
        from checks.text import tokenize  # noqa: PLC0415

        items = []
        with (CATALOG / "atc.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                names = (row["name"], *_split(row["synonyms"]), *_split(row["brands"]))
                items.append(lx.Entry(lx.DRUG, row["name"], row["code"], names))
        with (CATALOG / "substances.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                names = (row["name"], *_split(row["synonyms"]))
                items.append(lx.Entry(lx.DRUG, row["name"], None, names, row.get("kind", "")))
        self.lex = lx.Lexicon(items)
        self.tokenize = tokenize

    def find(self, text: str) -> list[tuple[int, int, str]]:
        out = []
        tokens = self.tokenize(text)
        if hasattr(tokens, "keys") and isinstance(tokens.keys, list):
            # Words such as 'χ' or 'µ' fold to an empty key, which the trie of
            # checks.lexicon takes for its end-of-phrase slot; keep them apart.
            tokens.keys = [k or "\x00" for k in tokens.keys]
        for m in self.lex.find(tokens, text):
            e = m.entries[0]
            out.append((m.start, m.end, f"{e.code or '[' + e.group + ']'} {e.label}"))
        return out


# --- scoring ---------------------------------------------------------------


def load_docs(split: str) -> list[dict]:
    docs = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if (rec.get("splits") or {}).get("pharmaconer") == split and rec.get("drugs") is not None:
                docs.append(rec)
    return docs


def evaluate(docs: list[dict], matcher, top: int = 0) -> dict[str, float]:
    n_gold = n_gold_found = n_gold_exact = 0
    n_match = n_match_ok = n_match_exact = 0
    fp_kind: collections.Counter[str] = collections.Counter()
    missed: collections.Counter[str] = collections.Counter()
    false_pos: collections.Counter[str] = collections.Counter()
    per_entry_fp: collections.Counter[str] = collections.Counter()
    per_entry_tp: collections.Counter[str] = collections.Counter()
    for doc in docs:
        text = doc["text"]
        gold = doc["drugs"]
        matches = matcher.find(text)
        spans = {(s, e) for s, e, _ in matches}
        for g in gold:
            if g["type"] != "NORMALIZABLES":
                continue
            n_gold += 1
            if any(s < g["end"] and g["start"] < e for s, e, _ in matches):
                n_gold_found += 1
                n_gold_exact += (g["start"], g["end"]) in spans
            else:
                missed[g["text"].lower()] += 1
        for s, e, label in matches:
            n_match += 1
            hits = [g for g in gold if g["start"] < e and s < g["end"]]
            if any(g["type"] in DRUG_TYPES for g in hits):
                n_match_ok += 1
                n_match_exact += any(g["type"] in DRUG_TYPES and (g["start"], g["end"]) == (s, e) for g in hits)
                per_entry_tp[label] += 1
            else:
                fp_kind[hits[0]["type"] if hits else "none"] += 1
                false_pos[text[s:e].lower()] += 1
                per_entry_fp[label] += 1
    res = {
        "docs": len(docs),
        "gold_normalizables": n_gold,
        "matches": n_match,
        "recall": n_gold_found / max(n_gold, 1),
        "recall_exact": n_gold_exact / max(n_gold, 1),
        "precision": n_match_ok / max(n_match, 1),
        "precision_exact": n_match_exact / max(n_match, 1),
    }
    print(json.dumps(res, indent=1))
    print("false positives by gold type of the overlapped span:", dict(fp_kind))
    if top:
        print(f"\n-- top {top} missed gold NORMALIZABLES strings --")
        for s, c in missed.most_common(top):
            print(f"{c:4d}  {s}")
        print(f"\n-- top {top} false-positive strings --")
        for s, c in false_pos.most_common(top):
            print(f"{c:4d}  {s}")
        print(f"\n-- entries with false positives (fp/tp) --")
        for label, c in per_entry_fp.most_common(top):
            print(f"{c:4d}/{per_entry_tp[label]:<4d} {label}")
    return res


# --- vetting ----------------------------------------------------------------


def vet(docs: list[dict], words_file: Path | None) -> list[str]:
    """Catalogue terms that ordinary words of ``docs`` (or of ``words_file``) would match."""
    from checks import lexicon as lx  # noqa: PLC0415
    from checks.text import token_key  # noqa: PLC0415

    outside: collections.Counter[str] = collections.Counter()
    for doc in docs:
        drug_spans = [(g["start"], g["end"]) for g in doc["drugs"] if g["type"] in DRUG_TYPES]
        for m in re.finditer(r"\w+", doc["text"]):
            if not m.group().isdigit() and not any(s < m.end() and m.start() < e for s, e in drug_spans):
                outside[token_key(m.group())] += 1
    vocabulary = set(outside)
    if words_file is not None:
        vocabulary |= {token_key(w.strip()) for w in words_file.read_text(encoding="utf-8").splitlines() if w.strip()}
    terms = [(t, label) for t, label in load_terms() if len(re.findall(r"\w+", t)) == 1 and not lx._is_abbreviation(t)]
    known = {token_key(w) for t, _ in load_terms() for w in re.findall(r"\w+", t)}
    # The lexicon's own typo rule (checks.lexicon.Lexicon._fuzzy), run the
    # other way round: ordinary words as the catalogue, each term as the text.
    words_as_lexicon = lx.Lexicon([lx.Entry(lx.DRUG, w, None, (w,)) for w in vocabulary - known])
    report = []
    for term, label in terms:
        key = token_key(term)
        if outside[key]:
            report.append(f"{term!r:30} {label}: a word of the documents ({outside[key]}x outside drug mentions)")
        elif key in vocabulary:
            report.append(f"{term!r:30} {label}: a word of {words_file}")
        elif (near := words_as_lexicon._fuzzy(key)) is not None:
            report.append(f"{term!r:30} {label}: one typo from {near!r}")
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="train", help="PharmaCoNER split (develop on train only)")
    ap.add_argument("--matcher", choices=("simple", "checks"), default="simple")
    ap.add_argument("--top", type=int, default=0, help="list the N most frequent misses and false positives")
    ap.add_argument("--vet", action="store_true", help="list one-word terms that ordinary words would match")
    ap.add_argument("--words", type=Path, help="with --vet: a word list, one word a line")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    if args.vet:
        if args.split != "train":
            print("--vet reads the train documents only", file=sys.stderr)
            return 2
        if args.words is not None and not args.words.is_file():
            print(f"word list not found: {args.words}", file=sys.stderr)
            return 2
        report = vet(load_docs("train"), args.words)
        print("\n".join(report) or "no term matches an ordinary word")
        return 0
    matcher = SimpleMatcher(load_terms()) if args.matcher == "simple" else ChecksMatcher()
    evaluate(load_docs(args.split), matcher, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
