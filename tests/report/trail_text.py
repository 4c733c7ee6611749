"""Read a calculation trail back from a PDF's text and recompute every line and sum from its printed numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from statistics import median

from pypdf import PdfReader

WORDS = {
    "de": {"grade": "Note", "mean": "Mittelwert", "median": "Median", "consensus": "Konsens"},
    "en": {"grade": "Grade", "mean": "mean", "median": "median", "consensus": "consensus"},
}
CLIPPED = {"de": r"auf den Bereich 0 bis (\S+) begrenzt", "en": r"limited to the range 0 to (\S+)"}
IN_BAND = {"de": r"Im Band: (ja|nein)", "en": r"In band: (yes|no)"}
NUMBER = {"de": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"}
OPS = {"×": "*", "−": "-", "+": "+", "/": "/", "(": "(", ")": ")", "²": "**2", "³": "**3"}


@dataclass(frozen=True)
class Checked:
    """One recomputed statement: the text, what the printed numbers give, and the printed result."""

    text: str
    recomputed: Decimal
    printed: Decimal


def pdf_text(path: object) -> str:
    """The text of every page of a PDF."""
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def section(text: str, start: str, end: str) -> str:
    """The text from the section heading `start` (its last occurrence: the contents list names it first) to `end`."""
    begin = text.rindex(start)
    return text[begin + len(start) : text.index(end, begin)]


def number(token: str, lang: str) -> Decimal:
    """A printed number as a Decimal (grouping removed, the decimal sign made a point)."""
    plain = token.replace(".", "").replace(",", ".") if lang == "de" else token.replace(",", "")
    return Decimal(plain)


def half_up(value: Decimal, like: Decimal) -> Decimal:
    """value rounded half-up to as many decimals as `like` prints."""
    return value.quantize(like, rounding=ROUND_HALF_UP)


def recompute(tokens: list[str], lang: str) -> Decimal:
    """The value of a printed expression, computed in Decimal (50 digits)."""
    source = []
    for t in tokens:
        if t in OPS:
            source.append(OPS[t])
        elif t == "%":
            source.append("/100")
        else:
            source.append(f"D('{number(t, lang)}')")
    with localcontext() as ctx:
        ctx.prec = 50
        return Decimal(eval("".join(source), {"D": Decimal}))  # only numbers and the operators above


def notes(text: str, lang: str) -> tuple[str, list[Checked]]:
    """Check and take out the grade notes (the grade that counts is the mean or median of the printed grades);
    a clipping note becomes the marker CLIP."""
    w = WORDS[lang]
    checked = []
    how = f"{w['mean']}|{w['median']}"
    sep = "; " if lang == "de" else ", "

    def aggregate(kind: str, grades: str) -> Decimal:
        values = [number(g.strip(), lang) for g in grades.split(sep.strip())]
        return sum(values, Decimal(0)) / len(values) if kind == w["mean"] else Decimal(median(values))

    def consensus(m: re.Match[str]) -> str:
        printed = number(m.group(3), lang)
        checked.append(Checked(m.group(0), half_up(aggregate(m.group(1), m.group(2)), printed), printed))
        return " "

    def grade(m: re.Match[str]) -> str:
        printed = number(m.group(1), lang)
        checked.append(Checked(m.group(0), half_up(aggregate(m.group(2), m.group(3)), printed), printed))
        return " "

    n = NUMBER[lang]
    text = re.sub(rf"{w['grade']}\s+\S+\s+=\s+{w['consensus']}\s+\(({how})\(([^)]*)\)\s+=\s+({n})\)", consensus, text)
    text = re.sub(rf"{w['grade']}\s+({n})\s+=\s+({how})\(([^)]*)\)", grade, text)
    return re.sub(IN_BAND[lang], " ", re.sub(CLIPPED[lang], " CLIP ", text)), checked


def statements(text: str, lang: str) -> tuple[list[Checked], list[Checked]]:
    """Every `expression = result` in a trail's text, recomputed, and the grade notes, checked."""
    text, checked_notes = notes(text.replace("€", " ").replace("\u00a0", " "), lang)
    token = re.compile(rf"({NUMBER[lang]})|([×−+/()²³=%])|(\S+)")
    out: list[Checked] = []
    chain: list[list[str]] = [[]]
    clipped = False

    def close() -> None:
        nonlocal chain, clipped
        if len(chain) >= 2 and chain[-1] and re.fullmatch(NUMBER[lang], chain[-1][0]):
            printed = number(chain[-1][0], lang)
            for segment in chain[:-1]:
                if not segment or segment[0] in "×/+)²³%" or segment[-1] in "×−+/(":
                    continue  # a symbolic part (Z_max × …) cut by its word
                got = recompute(segment, lang)
                if clipped:
                    got = min(number(segment[0], lang), max(Decimal(0), got))
                out.append(Checked(" ".join(segment), half_up(got, printed), printed))
        chain, clipped = [[]], False

    for m in token.finditer(text):
        num, op, word = m.groups()
        if word == "CLIP":
            clipped = True
        elif word is not None:
            close()
        elif op == "=":
            chain.append([])
        elif len(chain) > 1 and len(chain[-1]) == 1 and (num or op == "("):
            close()  # a number after the result's one number starts the next statement
            chain[-1].append(num or op)
        else:
            chain[-1].append(num or op)
    close()
    return out, checked_notes
