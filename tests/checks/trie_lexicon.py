"""The token trie that found catalogue names before the automaton (checks/lexicon.py
up to issue 14), kept only as the reference the automaton must agree with."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz, process

from checks.lexicon import _ACCENTS, Entry, Mention, _analyte_words, _dose_unit, _is_abbreviation, phrase_key
from checks.text import Tokens

_END = 0  # trie slot for the entries a phrase ends in (token keys are strings)


class _StartIndex(dict):
    """word key -> may a mention start here (a name's first word, or a typo of
    a long name). Filled on first sight: a plain dict lookup afterwards."""

    def __init__(self, lexicon: "TrieLexicon") -> None:
        super().__init__()
        self._lexicon = lexicon

    def __missing__(self, key: str) -> bool:
        flag = key in self._lexicon._trie or (len(key) >= 7 and self._lexicon._fuzzy(key) is not None)
        if len(self) < 500_000:  # bounded: arbitrary text must not grow it forever
            self[key] = flag
        return flag


class TrieLexicon:
    """Phrase matcher over token keys: a trie of catalogue names, built once.

    Walking the trie from a word costs one dict lookup per word of the
    longest name that starts there, whatever the size of the catalogues."""

    def __init__(self, items: Iterable[Entry], *, kinds: frozenset[str] | None = None) -> None:
        self._trie: dict = {}
        single: dict[str, list[Entry]] = {}
        items_list = [e for e in items if not kinds or e.kind in kinds]
        for entry in items_list:
            if kinds and entry.kind not in kinds:
                continue
            for name in entry.names:
                key = phrase_key(name).split()
                if not key:
                    continue
                # Short capital abbreviations (HTA, K, Na) only as written.
                exact = name.translate(_ACCENTS) if _is_abbreviation(name) else None
                node = self._trie
                for word in key:
                    node = node.setdefault(word, {})
                slot = node.setdefault(_END, [])
                if all(e is not entry or x != exact for e, x in slot):
                    slot.append((entry, exact))
                if len(key) == 1 and len(key[0]) >= 7 and exact is None:
                    single.setdefault(key[0], []).append(entry)
        self._single = single
        self._single_keys = list(single)
        # Words of any catalogue name are never typos of another one
        # ('porfiria' is not a misspelt 'porfirina'), nor are the lab analytes' names.
        self._vocabulary = frozenset(w for e in items_list for k in e.keys for w in k.split()) | _analyte_words()
        self._is_start = _StartIndex(self)

    @lru_cache(maxsize=131072)
    def _fuzzy(self, key: str) -> str | None:
        """The catalogue word this one is a small typo of (same first letter)."""
        if len(key) < 7 or not self._single_keys or key in self._vocabulary:
            return None
        best = process.extractOne(key, self._single_keys, scorer=fuzz.ratio, score_cutoff=90)
        if best is None or best[0][0] != key[0]:
            return None
        return best[0]

    def find(self, tokens: Tokens, text: str) -> list[Mention]:
        """Non-overlapping mentions, longest first, left to right."""
        found: list[Mention] = []
        keys = tokens.keys
        n = len(keys)
        trie, fuzzy = self._trie, self._fuzzy
        # Only words that start a catalogue name, or long words that may be a
        # typo of one, are looked at further: most words are neither.
        is_start = self._is_start
        starts = [i for i, k in enumerate(keys) if is_start[k]]
        covered = 0
        for i in starts:
            if i < covered:
                continue
            ends: list[tuple[int, list]] = []  # (length, entries) of names ending on the way
            node = trie
            j = i
            while j < n:
                node = node.get(keys[j])
                if node is None:
                    break
                j += 1
                if _END in node:
                    ends.append((j - i, node[_END]))
            hit = None
            for length, candidates in reversed(ends):
                written = None
                matched = []
                for entry, exact in candidates:
                    if exact is not None:
                        if written is None:
                            first, last = tokens.start(i), tokens.end(i + length - 1)
                            written = text[first:last].translate(_ACCENTS)
                            if len(written) == 1 and "." in text[first - 1 : first] + text[last : last + 1]:
                                written = ""  # an initial ('A.P.', 'P. jirovecii'), not a symbol
                        if written != exact:
                            continue
                    matched.append(entry)
                if matched:
                    hit = (tuple(matched), length)
                    break
            if hit is None and not ends:
                near = fuzzy(keys[i])
                if near is not None:
                    hit = (tuple(self._single[near]), 1)
            if hit is None:
                continue
            matched_entries, length = hit
            if length == 1 and _dose_unit(tokens.keys, i):  # the drop, not gout: as the automaton
                continue
            start, end = tokens.start(i), tokens.end(i + length - 1)
            found.append(Mention(matched_entries, start, end, i, i + length, text[start:end]))
            covered = i + length
        return found
