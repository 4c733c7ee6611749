"""The arguments and options several commands share, defined once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tender.report.messages import LANGUAGES  # the catalogue's languages (plain data, cheap to import)


class RefusedValue(typer.BadParameter):
    """An option's value refused while the command line is read, in the command's language."""

    def __init__(self, problem: object, lang: str) -> None:
        text = getattr(problem, "text", None)
        super().__init__(text(lang) if callable(text) else str(problem))
        self.problem, self.lang = problem, lang

    def format_message(self) -> str:
        """`Invalid value for '--actor': …` (German: `Ungültiger Wert für '--actor': …`)."""
        from tender.app.ids import invalid_value

        param = self.param
        option = " / ".join(f"'{x}'" for x in getattr(param, "opts", None) or [getattr(param, "name", "")])
        envvar = getattr(param, "envvar", None) if getattr(param, "show_envvar", False) else None
        return invalid_value(option, envvar, self.problem, self.lang)


def checked_id(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """Refuse an option's value (or its environment variable's) that is not a valid id: exit 2 naming it, in the
    command's language (its --lang, read first, else the tender's of a workspace named before the option)."""
    if not value:
        return value  # absent: the command's default applies
    from tender.app.ids import id_words
    from tender.cli.common import command_language

    from_env = getattr(ctx.get_parameter_source(param.name or ""), "name", "") == "ENVIRONMENT"
    problem = id_words(value, f"${param.envvar}" if from_env else "")
    if problem is None:
        return value
    raise RefusedValue(problem, command_language(ctx))


def checked_lang(value: str | None) -> str | None:
    """Refuse a --lang other than de or en (exit 2)."""
    if value is None or value in LANGUAGES:
        return value
    raise typer.BadParameter(f"expected de or en, found {value!r}")


# every command that prints words takes --lang; without it, the tender's language (tender.yaml) applies
Lang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        callback=checked_lang,
        is_eager=True,  # read before the others: their refusals speak it
        help="Language of the output: de or en (default: the tender's).",
    ),
]
# a form's --lang is the language of the form it writes (and of the command's messages); both languages are read back
FormLang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        callback=checked_lang,
        is_eager=True,  # read before the others: their refusals speak it
        help="Language of the form: de or en (default: the tender's); both are read back.",
    ),
]
# eager: read before the options, so that an option refused while the line is read speaks the tender's language
WorkspaceDir = Annotated[Path, typer.Argument(is_eager=True, help="The workspace folder (holds tender.yaml).")]
Actor = Annotated[
    str | None,
    typer.Option(
        "--actor",
        envvar="TENDER_ACTOR",
        callback=checked_id,
        help="Who acts (default: $TENDER_ACTOR, else the OS user).",
    ),
]
ImportFiles = Annotated[list[Path], typer.Argument(help="The returned files (xlsx, CSV, YAML).")]
ReportWorkspace = Annotated[
    Path | None, typer.Option("--workspace", help="The workspace (default: the folder above the report's).")
]
IntoDir = Annotated[Path, typer.Option("--into", is_eager=True, help="The workspace folder.")]
Replace = Annotated[bool, typer.Option("--replace", help="Replace a file of the same name, bidder or evaluator.")]
Force = Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")]
KeyFile = Annotated[
    Path | None, typer.Option("--key", help="Your private key (from `tender keys new`): you sign the event.")
]
PassphraseEnv = Annotated[
    str | None, typer.Option("--passphrase-env", help="The environment variable holding the key's passphrase.")
]
WitnessKey = Annotated[Path | None, typer.Option("--witness-key", help="The witness's private key.")]
WitnessPassphraseEnv = Annotated[
    str | None, typer.Option("--witness-passphrase-env", help="The variable holding the witness key's passphrase.")
]
LotId = Annotated[
    str | None,
    typer.Option("--lot", callback=checked_id, metavar="ID", help="The lot, in a tender divided into lots."),
]
