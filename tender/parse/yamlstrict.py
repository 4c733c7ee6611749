"""Strict YAML: libyaml's event stream built into plain data, refusing what no input of tender needs.

Refused, each naming the file, line and key path: duplicate keys, anchors, aliases and merge keys
(an alias bomb is refused at its first anchor, before anything is expanded), explicit tags, more than
MAX_SCALARS values, nesting deeper than MAX_DEPTH, whole numbers longer than MAX_DIGITS digits, and
control characters in any text. Dates stay text: tender parses and checks them itself (Fields.day).
"""

from __future__ import annotations

import re
from typing import Any

import yaml
import yaml.constructor
import yaml.nodes
import yaml.resolver

from tender.errors import Finding, InputError
from tender.parse.common import join
from tender.parse.text import control_problem, escaped
from tender.wording import Said, said

MAX_SCALARS = 2_000_000
MAX_DEPTH = 40
MAX_DIGITS = 30
MAX_FINDINGS = 50
# A whole number as people write it; YAML 1.1 would also read 010 as octal 8, 0x10 as 16 and 1:30 as 90.
DECIMAL_INT = re.compile(r"[-+]?(0|[1-9][0-9_]*)\Z")
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"
BOOL_TAG = "tag:yaml.org,2002:bool"
NULL_TAG = "tag:yaml.org,2002:null"
MERGE_TAG = "tag:yaml.org,2002:merge"
NO_KEY = object()


class Stop(Exception):
    """Raised inside the builder when reading cannot go on (an alias, a limit): carries the finding."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


def load_strict(text: str, display: str) -> Any:
    """Parse one YAML document into dicts, lists, str, int, float, bool and None, or raise InputError."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    builder = Builder(display)
    try:
        return builder.build(loader)
    except Stop as stop:
        raise InputError([*builder.findings, stop.finding]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        place = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "malformed YAML"
        raise InputError([Finding.of("malformed-yaml", display, place, problem=problem)]) from None
    except yaml.YAMLError as exc:
        raise InputError([Finding.of("malformed-yaml.other", display, "", exc=exc)]) from None
    finally:
        loader.dispose()


class Builder:
    """Turns parse events into values, keeping the key path of every value for messages."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.findings: list[Finding] = []
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()
        self.scalars = 0

    def build(self, loader: Any) -> Any:
        """Read the whole stream: one document (an empty stream is None)."""
        # Each open collection: [container, path, pending key (NO_KEY when a key is expected next), key lines]
        stack: list[list[Any]] = []
        result: Any = None
        documents = 0
        while loader.check_event():
            event = loader.get_event()
            kind = type(event)
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self.stop("malformed-yaml.second-document", event, "")
                continue
            if kind is yaml.AliasEvent:
                self.stop("yaml-alias", event, self.path_of(stack))
            if kind in (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent):
                self.check_node(event, stack)
            if kind is yaml.ScalarEvent:
                value: Any = self.scalar(event, stack)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if stack and stack[-1][0].__class__ is dict and stack[-1][2] is NO_KEY:
                    self.stop("malformed-yaml.key", event, self.path_of(stack))
                if len(stack) >= MAX_DEPTH:
                    self.stop("yaml-too-deep", event, self.path_of(stack), max_depth=MAX_DEPTH)
                path = self.path_of(stack)
                stack.append([{} if kind is yaml.MappingStartEvent else [], path, NO_KEY, {}])
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                value = stack.pop()[0]
            else:
                continue
            if not stack:
                result = value
            else:
                self.place(stack[-1], value, event)
        self.raise_findings()
        return result

    def check_node(self, event: Any, stack: list[list[Any]]) -> None:
        """Anchors and explicit tags are refused; so is a stream with too many values."""
        if event.anchor is not None:
            self.stop("yaml-alias.anchor", event, self.path_of(stack), anchor=event.anchor[:40])
        if event.tag is not None:
            self.stop("yaml-tag", event, self.path_of(stack), tag=event.tag[:60])
        self.scalars += 1
        if self.scalars > MAX_SCALARS:
            self.stop("yaml-too-large", event, self.path_of(stack), max_scalars=MAX_SCALARS)

    def place(self, frame: list[Any], value: Any, event: Any) -> None:
        """Put a finished value into the open collection: a list item, a mapping's key, or its value."""
        container = frame[0]
        if container.__class__ is list:
            container.append(value)
        elif frame[2] is NO_KEY:
            if value in frame[3]:
                key_path = join(frame[1], str(value))
                first = frame[3][value]
                self.note("duplicate-key", event, key_path, first=first)
                frame[2] = DuplicateKey(value)
            else:
                frame[3][value] = event.start_mark.line + 1
                frame[2] = value
        else:
            if frame[2].__class__ is not DuplicateKey:
                container[frame[2]] = value
            frame[2] = NO_KEY

    def scalar(self, event: Any, stack: list[list[Any]]) -> Any:
        """A scalar's value: quoted ones are text; plain ones null, bool, int, float, or else text."""
        value: str = event.value
        if event.implicit[0]:
            tag = self.resolver.resolve(yaml.nodes.ScalarNode, value, (True, False))
            if tag == NULL_TAG:
                return None
            if tag == BOOL_TAG:
                return self.constructor.bool_values[value.lower()]
            if tag == INT_TAG:
                digits = sum(c.isdigit() for c in value)
                if digits > MAX_DIGITS:
                    self.note("absurd-number.digits", event, self.path_of(stack), digits=digits)
                    return None
                if not DECIMAL_INT.match(value):
                    words = ambiguous(value, self.misread(value))
                    self.note(words.key, event, self.path_of(stack), **words.kwargs)
                    return None
                whole: int = self.constructor.construct_yaml_int(scalar_node(tag, value))
                return whole
            if tag == FLOAT_TAG:
                fraction: float = self.constructor.construct_yaml_float(scalar_node(tag, value))
                if ":" in value:
                    words = ambiguous(value, fraction)
                    self.note(words.key, event, self.path_of(stack), **words.kwargs)
                return fraction
            if tag == MERGE_TAG:
                self.stop("yaml-alias.merge", event, self.path_of(stack))
        if (problem := control_problem(value)) is not None:
            self.note(problem.key, event, self.path_of(stack), **problem.kwargs)
        return value

    def misread(self, value: str) -> int | None:
        """What YAML 1.1 would make of a whole number not written in decimal (None if not even that)."""
        try:
            read: int = self.constructor.construct_yaml_int(scalar_node(INT_TAG, value))
        except ValueError:  # 0x_: the form of a hexadecimal number, without a digit
            return None
        return read

    def path_of(self, stack: list[list[Any]]) -> str:
        """The key path of the value being read: `prices[1].quantity`."""
        if not stack:
            return ""
        frame = stack[-1]
        if frame[0].__class__ is list:
            return f"{frame[1]}[{len(frame[0])}]"
        key = frame[2]
        if key is NO_KEY:
            return frame[1]
        return join(frame[1], str(key.key if key.__class__ is DuplicateKey else key))

    def note(self, key: str, event: Any, path: str, /, **params: object) -> None:
        """Record a problem (its entry in tender/wording and parameters) and go on reading (too many stop it)."""
        self.findings.append(finding(key, self.display, event, path, **params))
        if len(self.findings) >= MAX_FINDINGS:
            self.stop("too-many-problems", event, path, max_findings=MAX_FINDINGS)

    def stop(self, key: str, event: Any, path: str, /, **params: object) -> None:
        """Stop reading with a problem."""
        raise Stop(finding(key, self.display, event, path, **params))

    def raise_findings(self) -> None:
        """Raise the recorded problems, if any."""
        if self.findings:
            raise InputError(list(self.findings))


class DuplicateKey:
    """The pending key of a mapping entry whose key was already used: its value is read and dropped."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key


def ambiguous(written: str, read: object) -> Said:
    """The words for a number YAML would read other than it looks (octal, hexadecimal, base 60)."""
    if read is None:
        return said("ambiguous-number.no-number", written=escaped(written))
    return said("ambiguous-number.read-as", written=escaped(written), read=read)


def finding(key: str, display: str, event: Any, path: str, /, **params: object) -> Finding:
    """A finding placed at the event's line and the key path."""
    place = f"line {event.start_mark.line + 1}"
    return Finding.of(key, display, f"{place}, key {path}" if path else place, **params)


def scalar_node(tag: str, value: str) -> yaml.nodes.ScalarNode:
    """A scalar node for SafeConstructor's converters."""
    return yaml.nodes.ScalarNode(tag, value)
