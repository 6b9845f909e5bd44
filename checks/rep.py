"""REP: degenerate repetition, the failure mode of an undertrained or
greedy-decoded model."""

from __future__ import annotations

import operator
import re
from collections import Counter
from functools import lru_cache

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.text import output_tokens

_SENTENCE_SPLIT = re.compile(r"[.!?\n]")
# A repeated phrase that follows a number within this many tokens every time is the tail of a
# regimen in a list of drugs ('90 mg una vez al día por vía oral'), not a degenerate loop, unless
# it repeats with the same words before it too ('con potasio de 4,6 mEq/L post diálisis' four times).
_DOSE_REACH = 6

# One character per distinct token key, so that a phrase of up to P words
# looping r times is a substring (.{1,P}) followed by r-1 copies of it in a
# text's characters: one regex pass at C speed says whether any period loops,
# and only a text where one does (rare) is looked at period by period. Any
# bijection works within a text; bounded like checks.text._KEY_OF.
_CHAR_OF: dict[str, str] = {}


def _as_chars(keys: list[str]) -> str:
    try:
        return "".join(map(_CHAR_OF.__getitem__, keys))
    except KeyError:
        if len(_CHAR_OF) > 100_000:
            _CHAR_OF.clear()
        for key in set(keys).difference(_CHAR_OF):
            _CHAR_OF[key] = chr(len(_CHAR_OF))
        return "".join(map(_CHAR_OF.__getitem__, keys))


def _dose_before(keys: list[str], j: int) -> tuple[str, ...]:
    """The tokens from the nearest number before ``j`` (within _DOSE_REACH) up to it: the dose a
    regimen's tail follows ('2,5 mg' of '2,5 mg al día'); empty without a number."""
    for d in range(j - 1, max(-1, j - _DOSE_REACH - 1), -1):
        if keys[d][0].isdigit():
            return tuple(keys[d:j])
    return ()


@lru_cache(maxsize=8)
def _any_loop(max_period: int, repeats: int) -> re.Pattern[str]:
    # \1 written out r-1 times: a counted repeat of a backreference runs the slow general loop
    return re.compile(rf"(.{{1,{max_period}}})" + r"\1" * (repeats - 1), re.DOTALL)


@check("REP001", "repetition", Severity.ERROR, "Texto repetitivo en la epicrisis: {what} «{text}»")
def repetition(doc: Document, *, min_sentence_words: int = 4, ngram_size: int = 4,
               max_ngram_repeats: int = 3, max_period: int = 16, tandem_repeats: int = 3):
    """No sentence twice, no n-gram more than ``max_ngram_repeats`` times, no
    phrase of up to ``max_period`` tokens (a whole clause with its commas:
    'buen control del dolor, tolerancia oral y micción espontánea,') looping
    ``tandem_repeats`` times in a row.

    Okay: Ingresa por neumonía. Evoluciona favorablemente y se da de alta.
    REP001: Ingresa por neumonía. Evoluciona favorablemente. Evoluciona favorablemente.
    """
    text = doc.output
    seen: set[str] = set()
    reported: list[tuple[int, int]] = []
    pos = 0
    pieces = _SENTENCE_SPLIT.split(text)
    # Every sentence's words as one key, at C speed (no Python loop): when no key but the
    # empty one repeats (the usual text), no sentence is said twice and the loop is skipped.
    keys = list(map(" ".join, map(str.split, map(str.lower, pieces))))
    empty = keys.count("")
    if len(set(keys)) + max(0, empty - 1) == len(keys):
        pieces = []
    for piece in pieces:
        start, pos = pos, pos + len(piece) + 1
        words = piece.lower().split()
        if len(words) < min_sentence_words:
            continue
        key = " ".join(words)
        if key not in seen:
            seen.add(key)
            continue
        start += len(piece) - len(piece.lstrip())
        end = start + len(piece.strip())
        reported.append((start, end))
        yield Hit(start, end, {"what": "oración repetida", "text": piece.strip()[:60]})

    tokens = output_tokens(doc)
    keys = tokens.keys
    n = len(keys)
    # A phrase of p tokens looping r times is a run of (r-1)*p positions where
    # keys[j] == keys[j+p]; found with bytes.find at C speed, for a text that loops at all.
    loops = max_period < 1 or tandem_repeats < 2 or _any_loop(max_period, tandem_repeats).search(_as_chars(keys))
    for period in range(1, max_period + 1) if loops else ():
        need = (tandem_repeats - 1) * period
        if n < need + period:
            break
        same = bytes(map(operator.eq, keys, keys[period:]))
        j = same.find(b"\x01" * need)
        if j < 0:
            continue
        if period == 1 and keys[j][0].isdigit():
            continue  # '1 1 1' in a dose table is not a loop
        run_end = j + need
        while run_end < len(same) and same[run_end]:
            run_end += 1
        start, end = tokens.start(j), tokens.end(run_end + period - 1)
        # a loop of whole sentences already reported as repeated is that repetition, not another
        if not any(s < end and start < e for s, e in reported):
            reported.append((start, end))
            yield Hit(start, end, {"what": "frase en bucle", "text": text[start:end][:60]})
        break

    if n >= ngram_size:
        # a gram said more than max_ngram_repeats times repeats max_ngram_repeats times at least:
        # fewer repeats in all (most texts) settle it by a set, cheaper than counting
        if n - ngram_size + 1 - len(set(zip(*(keys[k:] for k in range(ngram_size))))) < max_ngram_repeats:
            return
        grams = Counter(zip(*(keys[k:] for k in range(ngram_size))))
        if max(grams.values()) <= max_ngram_repeats:
            return  # the usual text: one C pass over the counts settles it
        for gram, count in grams.items():
            # dosing schedules legitimately repeat ('1 g cada 8 horas'): skip numbers
            if count > max_ngram_repeats and not any(k[0].isdigit() for k in gram):
                at = [j for j in range(n - ngram_size + 1) if tuple(keys[j : j + ngram_size]) == gram]
                before = [_dose_before(keys, j) for j in at]
                if all(before) and max(Counter(before).values()) <= max_ngram_repeats:
                    continue  # each one the tail of another dose ('80 mg al día por vía oral, 2,5 mg al día ...')
                j = at[0]
                start, end = tokens.start(j), tokens.end(j + ngram_size - 1)
                if any(s <= start < e for s, e in reported):
                    continue
                reported.append((start, end))
                yield Hit(start, end, {"what": f"secuencia repetida {count} veces", "text": text[start:end]})
