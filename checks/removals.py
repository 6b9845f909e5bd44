"""HAL001: a device the output says was removed where the input says it was kept.

'retirándose el catéter de Tenckhoff' where the input says 'se mantiene catéter de Tenckhoff': the
catheter is the input's, its removal is a procedure the input does not hold, and contradicts. Only
where the input says the device stays ('se mantiene', 'permanece', 'se conserva', 'se deja', 'in
situ') near its name and says no removal of it: an input silent about the device's fate is left alone
(removing a probe before discharge is routine, and seldom written).

The devices are those of checks/catalog/devices.csv (catheters, probes, tubes, drains, lines).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from harness.records import Hit
from harness.registry import Document
from checks.agreement import folded_output
from checks.context import negated_mention, not_claimed
from checks.evidence import evidence
from checks.findings import devices
from checks.lexicon import PROCEDURE
from checks.mentions import output_mentions
from checks.text import output_tokens

# The removal told before the device ('retiro del catéter', 'se retira la sonda', 'retirándose el
# catéter', 'extracción del drenaje'), or after it ('catéter retirado', 'sonda que se retira'). Not the
# infinitive: 'se valorará retirar el catéter' is a plan.
_REMOVED_BEFORE = re.compile(r"(?<!\bsin )(?<!\bno )(?<!\bno se )\b(?:se\s+)?"
                             r"(?:retir(?!ar\b)\w*|extraccion|extrae(?!r\b)\w*|remocion|remueve\w*)"
                             r"\s+(?:de\s+)?(?:(?:el|la|los|las|del|su|sus)\s+)?$")
_REMOVED_AFTER = re.compile(r"\s*,?\s*(?:(?:que\s+)?(?:fue|es|se|ha\s+sido)\s+)?(?:retirad[oa]s?|retira|extraid[oa]s?|"
                            r"removid[oa]s?)\b")
_LEADS = ("retir", "extrac", "extrae", "extraid", "remo")
# The input's words (keys) that say a device stays; and the stems of its removal.
_KEPT = frozenset({"mantiene", "mantienen", "mantenido", "mantenida", "permanece", "conserva", "conservado",
                   "conservada", "deja", "dejado", "situ"})
_REMOVAL = ("retir", "extrae", "extraccion", "extraid", "remocion", "removid", "recambi")
# Words around the device's name in the input: its staying is said close to it, a removal may be
# told further on ('pleurostomía, que se mantiene 4 días y se retira al día 5').
_KEPT_NEAR, _REMOVED_NEAR = 6, 12


def removed_devices(doc: Document):
    """HAL001 hits for each device the output says was removed and the input says was kept."""
    folded = folded_output(doc)  # fold_keep: the output's offsets
    if not any(lead in folded for lead in _LEADS):
        return  # the common case: no removal told
    table = devices()
    tokens = output_tokens(doc)
    for m in output_mentions(doc):
        if m.kind != PROCEDURE or not any(e.label in table for e in m.entries):
            continue
        before = folded[max(0, m.start - 40) : m.start]
        cue = _REMOVED_BEFORE.search(before)
        if cue is None and _REMOVED_AFTER.match(folded, m.end) is None:
            continue
        if not _kept_in_input(doc, tuple(k for e in m.entries if e.label in table for k in e.keys)):
            continue
        start = m.start - len(before) + cue.start() if cue else m.start
        if not_claimed(doc.output, start, m.end) or negated_mention(tokens, bisect_left(tokens.starts, start)):
            continue  # 'sin necesidad de retirar el catéter', 'no se retira la sonda'
        text = doc.output[start : m.end]
        yield Hit(start, m.end, {"kind_es": "procedimiento", "text": text}, {"kind": PROCEDURE, "text": text})


def _kept_in_input(doc: Document, keys: tuple[str, ...]) -> bool:
    """The input names the device with a word that it stays near it, and no removal near any of its names."""
    words = evidence(doc).words
    kept = False
    text = evidence(doc).text
    for key in keys:
        if f" {key} " not in text:
            continue  # most of a device's names are not the input's: one substring test
        parts = key.split()
        n = len(parts)
        for i in range(len(words) - n + 1):
            if words[i : i + n] != parts:
                continue
            near = words[max(0, i - _REMOVED_NEAR) : i + n + _REMOVED_NEAR]
            for j, w in enumerate(near):
                if w.startswith(_REMOVAL) and not (j and near[j - 1] in ("sin", "no")):
                    return False
            kept = kept or not _KEPT.isdisjoint(words[max(0, i - _KEPT_NEAR) : i + n + _KEPT_NEAR])
    return kept
