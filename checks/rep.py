"""REP: degenerate repetition, the failure mode of an undertrained or
greedy-decoded model."""

from __future__ import annotations

import re
from collections import Counter

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.text import output_tokens

_SENTENCE_RE = re.compile(r"[^.!?\n]+")


@check("REP001", "repetition", Severity.ERROR, "Texto repetitivo: {what} «{text}»")
def repetition(doc: Document, *, min_sentence_words: int = 4, ngram_size: int = 3,
               max_ngram_repeats: int = 3, max_period: int = 8, tandem_repeats: int = 3):
    """No sentence twice, no n-gram more than ``max_ngram_repeats`` times, no
    phrase looping ``tandem_repeats`` times in a row.

    Okay: Ingresa por neumonía. Evoluciona favorablemente y se da de alta.
    REP001: Ingresa por neumonía. Evoluciona favorablemente. Evoluciona favorablemente.
    """
    text = doc.output
    seen: dict[str, int] = {}
    reported: list[tuple[int, int]] = []
    for m in _SENTENCE_RE.finditer(text):
        words = m.group().lower().split()
        if len(words) < min_sentence_words:
            continue
        key = " ".join(words)
        if key in seen:
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            reported.append((start, m.end()))
            yield Hit(start, m.end(), {"what": "oración repetida", "text": m.group().strip()[:60]})
        else:
            seen[key] = m.start()

    tokens = output_tokens(doc)
    keys = [t.key for t in tokens]
    n = len(keys)
    # a phrase of 1..max_period tokens repeated back to back (loops)
    i = 0
    while i < n:
        found = 0
        for period in range(1, max_period + 1):
            if i + period * tandem_repeats > n:
                break
            unit = keys[i : i + period]
            reps = 1
            while keys[i + reps * period : i + (reps + 1) * period] == unit:
                reps += 1
            if reps >= tandem_repeats and not (period == 1 and unit[0].isdigit()):
                found = period * reps
                start, end = tokens[i].start, tokens[i + found - 1].end
                if not any(s <= start < e for s, e in reported):
                    reported.append((start, end))
                    yield Hit(start, end, {"what": "frase en bucle", "text": text[start:end][:60]})
                break
        i += found or 1

    if n >= ngram_size:
        grams = Counter(tuple(keys[j : j + ngram_size]) for j in range(n - ngram_size + 1))
        for gram, count in grams.items():
            # dosing schedules legitimately repeat ('1 g cada 8 horas'): skip numbers
            if count > max_ngram_repeats and not any(k[0].isdigit() for k in gram):
                j = next(j for j in range(n - ngram_size + 1) if tuple(keys[j : j + ngram_size]) == gram)
                start, end = tokens[j].start, tokens[j + ngram_size - 1].end
                if any(s <= start < e for s, e in reported):
                    continue
                reported.append((start, end))
                yield Hit(start, end, {"what": f"secuencia repetida {count} veces", "text": text[start:end]})
