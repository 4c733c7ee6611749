"""The words of findings and usage errors in German and English: one template per finding code (and variant) and
usage error, with named parameters; the English text is a Finding's `message`, the German one what the terminal
prints for a German tender. Imports nothing of tender: every layer may raise these words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from tender.wording.audit import AUDIT
from tender.wording.files import FILES
from tender.wording.inputs import INPUTS
from tender.wording.lots import LOTS
from tender.wording.nouns import NOUNS
from tender.wording.procedure import PROCEDURE
from tender.wording.scores import SCORES
from tender.wording.tools import TOOLS
from tender.wording.usage import USAGE
from tender.wording.verify import VERIFY
from tender.wording.work import WORK

LANGUAGES = ("de", "en")
# key: (German, English); a key is a finding's code, or code.variant where one code has several sentences
CATALOGUE: dict[str, tuple[str, str]] = {
    **AUDIT,
    **FILES,
    **INPUTS,
    **LOTS,
    **SCORES,
    **WORK,
    **USAGE,
    **VERIFY,
    **PROCEDURE,
    **TOOLS,
}
FIELD = re.compile(r"(?<!\{)\{(\w+)(?:[:!][^}]*)?\}")
Number = Callable[[float], str]


class Quoted(str):
    """A value quoted from the user's input, written with English quotes ("…"); German shows „…“."""

    __slots__ = ()


class Term(str):
    """A fixed English phrase of the code (what a number is: "a unit price"); NOUNS gives its German."""

    __slots__ = ()


NONE = Term("none")  # an empty list in a message


@runtime_checkable
class Worded(Protocol):
    """A value with words of its own in each language (a Said, a Finding, a Figure): a parameter shows its text."""

    def text(self, lang: str = "en", number: Number | None = None) -> str:
        """The value's words in `lang`."""
        ...


@dataclass(frozen=True)
class Figure:
    """A figure with an English form of its own (`175,800`, `null`); other languages show `value` their way."""

    english: str
    value: object

    def text(self, lang: str = "en", number: Number | None = None) -> str:
        """The English form, or the value as `lang` shows it."""
        return self.english if lang == "en" else str(shown(self.value, lang, number))


@dataclass(frozen=True)
class Said:
    """A catalogue entry with its parameters: rendered in either language, nested ones too."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    @property
    def kwargs(self) -> dict[str, object]:
        """The parameters as keyword arguments (to record the words: `problem(w.key, place, **w.kwargs)`)."""
        return dict(self.params)

    def text(self, lang: str = "en", number: Number | None = None) -> str:
        """The sentence in `lang`; numbers through `number` (German: the report's Formatter), else as written."""
        template = CATALOGUE[self.key][LANGUAGES.index(lang)]
        values = {name: shown(value, lang, number) for name, value in self.params}
        return template.format(**values)


def said(key: str, /, **params: object) -> Said:
    """The catalogue entry `key` with its parameters (refused at once when the key is unknown)."""
    if key not in CATALOGUE:
        raise KeyError(f"no words for {key!r} in tender/wording")
    return Said(key, tuple(params.items()))


def shown(value: object, lang: str, number: Number | None) -> object:
    """One parameter as the language shows it: nested words rendered, quotes and numbers in its own way."""
    if isinstance(value, Worded) and not isinstance(value, str):
        return value.text(lang, number)
    if lang == "en":
        return value  # the English templates carry the format of each number ({ceiling:g})
    if isinstance(value, Quoted) and len(value) >= 2 and value[0] == value[-1] == '"':
        return f"„{value[1:-1]}“"
    if isinstance(value, Term):
        return NOUNS.get(value, value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if number is not None:
        return number(value)
    return str(value) if isinstance(value, int) else f"{value:g}".replace(".", ",")


def fields(template: str) -> set[str]:
    """The names of a template's parameters (format specifications left out)."""
    return set(FIELD.findall(template))
