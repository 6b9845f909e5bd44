"""Text analysis shared by the checks: normalisation, tokens, numbers (code-shaped
tokens are in checks/code_tokens.py).

Everything here is computed once per record through ``Document.memo`` and is
written for speed: the engine must check thousands of records a second.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import accumulate, compress, count
from operator import add
from functools import lru_cache
from typing import Any, Iterable, Iterator

from harness.registry import Document

# --- normalisation -------------------------------------------------------

def _nfkd_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


# Latin-1 has no combining marks, so NFKD decomposes its text character by character: each
# character folds to one ASCII character or to none, but for '¼', '½' and '¾' (two digits
# each), which the table leaves as they are so that their text is folded the long way. One
# bytes.translate then folds Latin-1 text (nearly all Spanish) 6x faster than NFKD does.
_FOLD_BYTES: dict[int, str] = {i: _nfkd_fold(chr(i)) for i in range(256)}
_LATIN1_FOLD = bytes(ord(f) if len(f) == 1 else i for i, f in _FOLD_BYTES.items())
_LATIN1_DROP = bytes(i for i, f in _FOLD_BYTES.items() if not f)


def fold(text: str) -> str:
    """Lower case, accents removed ('Neumonía' -> 'neumonia'; ñ -> n).

    Decomposes and drops what is not ASCII, at C speed; the result may be
    shorter than the text, so it is never used for character offsets."""
    if text.isascii():
        return text.lower()
    try:
        return text.encode("latin-1").translate(_LATIN1_FOLD, _LATIN1_DROP).decode("ascii").lower()
    except UnicodeError:  # beyond Latin-1, or '¼' left in place: NFKD itself
        return _nfkd_fold(text)


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A folded token without a Spanish plural ending, so 'neumonias' = 'neumonia'."""
    if len(token) > 4 and token[-1] == "s":
        if token.endswith("es") and len(token) > 5 and token[-3] not in "aeiou":
            return token[:-2]
        return token[:-1]
    return token


WORD_RE = re.compile(r"\w+")


@lru_cache(maxsize=32768)  # behind _KEY_OF for token lists; bounded for memory
def token_key(word: str) -> str:
    """Folded, de-pluralised form of one word (memoised: vocabularies repeat).
    Words of other scripts, which folding would empty, stay as written."""
    return stem(fold(word)) or word.lower()


_WORD_SPLIT = re.compile(r"(\w+)")
# Latin-1 text (nearly all Spanish) as bytes: a character \w matches kept, any other made a
# space. One bytes.translate and one str.split at C speed then give the words and, by their
# lengths, their offsets: 40% less than re.split, whose scan tests \w at every character.
_WORDS_ONLY = bytes(i if re.match(r"\w", chr(i)) else 32 for i in range(256))
_KEY_OF: dict[str, str] = {}  # word -> token_key(word): a plain dict, looked up at C speed


def words_in(text: str) -> list[str]:
    """``WORD_RE.findall(text)``: for Latin-1 text by the byte mask and one
    str.split at C speed (2.5x faster than the regex scan)."""
    try:
        return text.encode("latin-1").translate(_WORDS_ONLY).decode("latin-1").split()
    except UnicodeEncodeError:
        return WORD_RE.findall(text)


def keys_of(words: list[str]) -> list[str]:
    """token_key of every word; only the words never seen before cost a call."""
    get = _KEY_OF.__getitem__
    for tries in range(2):
        try:
            return list(map(get, words))  # every word seen before (the usual case)
        except KeyError as missing:
            if len(_KEY_OF) > 100_000:  # bounded (~15 MB): arbitrary text must not grow it forever
                _KEY_OF.clear()
            # the first miss may be the text's one new word (an input's episode, a name): added
            # alone, no set of the words built; at a second, the new words are found at once by
            # a set difference at C speed
            new = (missing.args[0],) if tries == 0 else set(words).difference(_KEY_OF)
            for word in new:
                _KEY_OF[word] = token_key(word)
    return list(map(get, words))


class Tokens:
    """The words of a text as keys (folded, de-pluralised) and their offsets.

    Split at C speed, never by match objects (one per word would cost more
    than the rest of the analysis): Latin-1 text by a byte mask and
    ``str.split`` (see _WORDS_ONLY), other text by ``re.split`` with a
    capturing group, which yields separators and words in turn; accumulated
    lengths give every offset."""

    __slots__ = ("text", "words", "keys", "starts", "_key_set")

    def __init__(self, text: str) -> None:
        self.text = text
        try:
            masked = text.encode("latin-1").translate(_WORDS_ONLY).decode("latin-1")
        except UnicodeEncodeError:
            parts = _WORD_SPLIT.split(text)
            self.words: list[str] = parts[1::2]
            self.starts: list[int] = list(accumulate(map(len, parts)))[::2][: len(self.words)]
        else:
            # pieces between single spaces: the words, and an empty piece for every further
            # separator; piece k starts at the lengths before it plus k spaces
            pieces = masked.split(" ")
            self.words = list(filter(None, pieces))
            self.starts = list(compress(map(add, accumulate(map(len, pieces), initial=0), count()), pieces))
        self.keys: list[str] = keys_of(self.words)
        self._key_set: frozenset[str] | None = None

    @property
    def key_set(self) -> frozenset[str]:
        """The distinct keys (built on first use, shared by the checks that test for words)."""
        if self._key_set is None:
            self._key_set = frozenset(self.keys)
        return self._key_set

    def __len__(self) -> int:
        return len(self.keys)

    def start(self, i: int) -> int:
        return self.starts[i]

    def end(self, i: int) -> int:
        return self.starts[i] + len(self.words[i])


def tokenize(text: str) -> Tokens:
    return Tokens(text)


# Cues that the words after them are not a claim about the patient: negation
# ('sin signos de sepsis') or a hypothesis ('consultar si presenta fiebre',
# 'signos de alarma: ...', 'en caso de dolor').
NEGATIONS = frozenset({"sin", "no", "niega", "descarta", "descartado", "descartada", "descartandose",
                       "descartando", "negativo", "negativa", "ausencia", "ni", "nunca",
                       "si", "caso", "alarma", "eventual", "sospecha"})
STOPWORDS = frozenset({"de", "del", "la", "el", "lo", "los", "la", "las", "y", "e", "o", "u", "en", "con",
                       "por", "para", "a", "al", "un", "una", "su", "sus", "se"})


# A conjunction ends the scope of a negation: 'sin dilatación y el ecocardiograma'.
_SCOPE_ENDS = frozenset({"y", "e", "pero", "con", "aunque", "mientra", "luego", "tras"})  # keys: "tras" is kept whole


def negated(tokens: "Tokens", first: int, window: int = 4) -> bool:
    """A negation cue in the words just before ``first`` ('sin signos de sepsis',
    'sin fiebre ni disnea'), within ``window`` words of the same clause: a
    conjunction or a full stop, semicolon or colon ends the cue's scope."""
    keys, text, starts, words = tokens.keys, tokens.text, tokens.starts, tokens.words
    for j in range(first - 1, max(0, first - window) - 1, -1):
        gap = text[starts[j] + len(words[j]) : starts[j + 1]]  # Tokens.end(j), Tokens.start(j + 1) inline
        if "." in gap or ";" in gap or ":" in gap or "\n" in gap:
            return False
        key = keys[j]
        if key in NEGATIONS:
            return True
        if key in _SCOPE_ENDS:
            return False
    return False


def output_tokens(doc: Document) -> Tokens:
    return doc.memo("tokens", lambda d: tokenize(d.output))


def word_led(alternatives: Iterable[str], not_after: str = r"\w") -> str:
    """``(?<!not_after)(?:a|b|...)`` with a character class first, for
    alternatives that each start with a plain lower-case letter.

    A pattern led by ``\\b`` or a lookbehind is tried at every character of
    the text; one led by a character class lets the regex engine skip at C
    speed to the letters a match may start with (see checks.code_tokens.CODE_TOKEN_RE). The
    alternatives keep their order within each first letter, and only those
    can match where that letter stands, so every match is the one the
    lookbehind-first pattern finds. ``not_after`` is one character's class.
    It pays when the alternatives start with a few letters: with a dozen, the
    class passes at nearly every letter and is no faster (measure first)."""
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not ("a" <= alternative[0] <= "z"):
            raise ValueError(f"{alternative!r} does not start with a lower-case letter")
        by_letter.setdefault(alternative[0], []).append(alternative[1:])
    letters = "".join(by_letter)
    body = "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in by_letter.items())
    return f"(?:[{letters}](?<!{not_after}[{letters}])(?:{body}))"


def literal_starts(text: str, literals: Iterable[str]) -> list[int]:
    """Where each literal occurs in the text, overlapping occurrences
    included, in no particular order (str.find at C speed)."""
    found = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.append(at)
            at = text.find(literal, at + 1)
    return found


def _regex_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what a regex \w matches


def whole_word_spans(text: str, name: str, *, underscore_splits: bool) -> list[tuple[int, int]]:
    """Spans of ``name`` in ``text`` as whole words: no letter or digit just before or after it, nor
    '_' unless ``underscore_splits`` (a JSON key's words: 'dosis_furosemida'; a regex \\b would not
    split there). Overlapping occurrences included; str.find, no pattern built per name."""
    joins = str.isalnum if underscore_splits else _regex_word_char
    out = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not joins(text[at - 1])) and (end == len(text) or not joins(text[end])):
            out.append((at, end))
        at = text.find(name, at + 1)
    return out


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, for a pattern that never
    matches empty and whose every match starts at one of ``starts``: tried
    there only, left to right, each after the last match's end (as finditer
    takes them). A pattern led by frequent letters stops at every one of them
    in its own scan; the few places a literal it needs is written are found
    by ``literal_starts`` at C speed instead. Lookbehinds see the text before
    each place, as in a scan."""
    end = 0
    for at in sorted(starts):
        if at >= end and (m := pattern.match(text, at)) is not None:
            end = m.end()
            yield m


# --- numbers -------------------------------------------------------------

# A digit first, then "not after a word character, dot or comma" (see checks.code_tokens.CODE_TOKEN_RE: 8x faster).
NUMBER_RE = re.compile(r"\d(?<![\w.,]\d)\d*(?:[.,]\d+)*(?![\w])")
_ANY_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def number_keys(raw: str) -> set[str]:
    """Ways a written number may be the same value: '15.200' = '15200',
    '1,5' = '1.5', '2.0' = '2'. Both readings of a lone separator are kept
    because Spanish and English conventions mix in clinical data. A separator
    is read as thousands only before groups of three digits after a first group
    that is not a lone zero: '0,2' and '1,5' are decimals only."""
    raw = raw.strip(".,")
    keys = {raw}
    for thousands, decimal in ((".", ","), (",", ".")):
        parts = raw.split(decimal)
        if len(parts) > 2:
            continue
        groups = parts[0].split(thousands)
        if len(groups) > 1 and (groups[0] == "0" or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
            continue
        whole = "".join(groups)
        value = whole if len(parts) == 1 else f"{whole}.{parts[1]}"
        try:
            number = float(value)
        except ValueError:
            continue
        keys.add(f"{number:g}" if number < 1e15 else value)
    return keys


def iter_numbers(text: str, *, anywhere: bool = False) -> Iterator[re.Match[str]]:
    return (_ANY_NUMBER_RE if anywhere else NUMBER_RE).finditer(text)


# --- JSON input ----------------------------------------------------------


def iter_strings(value: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every key and scalar of a JSON value as text, with the key path to it."""
    if isinstance(value, dict):
        for key, item in value.items():
            key = str(key)
            yield path, key
            yield from iter_strings(item, path + (key,))
    elif isinstance(value, list):
        for item in value:
            yield from iter_strings(item, path)
    elif isinstance(value, str):
        yield path, value
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, (int, float)):
        yield path, f"{value:g}" if isinstance(value, float) else str(value)
