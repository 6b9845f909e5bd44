"""The catalogue entities named in a record's output, found once per record
and shared by every check that reads them (HAL001, HAL003, HAL004, CLN001)."""

from __future__ import annotations

from harness.registry import Document
from checks.lexicon import Mention, lexicon
from checks.text import output_tokens


def _find(doc: Document) -> list[Mention]:
    return lexicon().find(output_tokens(doc), doc.output)


def output_mentions(doc: Document) -> list[Mention]:
    return doc.memo("mentions", _find)  # asked for by several checks a record: no closure made per call
