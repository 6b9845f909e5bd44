"""The catalogue entities named in a record's output, found once per record
and shared by every check that reads them (HAL001, HAL003, HAL004, CLN001)."""

from __future__ import annotations

import re

from harness.registry import Document
from checks.lexicon import Mention, lexicon
from checks.text import output_tokens


# 'ASA II', 'ASA 3': the anaesthetist's physical-status class, not aspirin (ASA, B01AC06).
_ASA_CLASS = re.compile(r"\s*(?:VI|IV|V|I{1,3}|[1-6])\b")


def _find(doc: Document) -> list[Mention]:
    found = lexicon().find(output_tokens(doc), doc.output)
    if "ASA" not in doc.output:
        return found
    return [m for m in found if m.text != "ASA" or _ASA_CLASS.match(doc.output, m.end) is None]


def output_mentions(doc: Document) -> list[Mention]:
    return doc.memo("mentions", _find)  # asked for by several checks a record: no closure made per call
