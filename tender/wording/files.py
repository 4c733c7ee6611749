"""The words of the findings about an input file as a whole (name, kind, size, encoding, CSV, YAML and xlsx
structure, the limits) in German and English: key (the finding code, or code.variant) → (German, English)."""

from __future__ import annotations

FILES: dict[str, tuple[str, str]] = {
    # the file itself
    "control-character.file-name": (
        "der Dateiname enthält ein Steuer- oder Textrichtungszeichen (auch Zeilenumbrüche und Tabulatoren): "
        "Datei umbenennen",
        "the file name holds a control or text-direction character (line breaks and tabs included): rename the file",
    ),
    "missing-file.unreadable": ("die Datei kann nicht gelesen werden: {strerror}", "cannot read the file: {strerror}"),
    "symlink": (
        "die Datei ist ein symbolischer Link: Links werden abgelehnt, die Datei selbst hierher kopieren",
        "the file is a symbolic link: links are refused, copy the file itself here",
    ),
    "not-a-file": ("keine gewöhnliche Datei", "not a regular file"),
    "too-large": ("die Datei hat {value} MB; {file_size}", "the file has {value:.1f} MB; {file_size}"),
    "too-large.over": (
        "die Datei hat über {max_file_bytes}; {file_size}",
        "the file has over {max_file_bytes}; {file_size}",
    ),
    "not-a-spreadsheet.xlsx": ("keine xlsx-Arbeitsmappe: {head}", "not an xlsx workbook: {head}"),
    "not-a-spreadsheet.text": ("keine {upper}-Textdatei: {head}", "not a {upper} text file: {head}"),
    "bad-encoding": ("kein UTF-8-Text: Byte 0x{data} ({reason})", "not UTF-8 text: byte 0x{data} ({reason})"),
    "bad-encoding.neither": (
        "weder UTF-8- noch Windows-1252-Text: Byte 0x{data}; die Datei als CSV UTF-8 speichern",
        "neither UTF-8 nor Windows-1252 text: byte 0x{data}; save the file as CSV UTF-8",
    ),
    "mixed-encoding": (
        "gemischte Kodierungen: {first}, aber Byte 0x{data} ist kein UTF-8 (Windows-1252?); die Datei noch einmal in "
        "einer Kodierung speichern (Excel: CSV UTF-8)",
        "mixed encodings: {first}, but byte 0x{data} is not UTF-8 (Windows-1252?); save the file again as one "
        "encoding (Excel: CSV UTF-8)",
    ),
    "encoding.bom": ("die Byte-Order-Markierung", "the byte-order mark"),
    "encoding.utf8-at": ("Zeile {line} enthält UTF-8-Text", "line {line} holds UTF-8 text"),
    # the limits (limits.py), quoted by the findings above and below
    "limit.file-size": ("Dateien über {size} werden abgelehnt", "files over {size} are refused"),
    "limit.rows": ("höchstens {count} Zeilen", "at most {count:,} rows"),
    "limit.columns": ("höchstens {count} Spalten", "at most {count:,} columns"),
    "limit.cells": (
        "höchstens {count} Zellen (höchste Zeile × höchste Spalte)",
        "at most {count:,} cells (highest row × highest column)",
    ),
    "limit.cell-chars": (
        "höchstens {count} Zeichen je Zelle (Excels eigene Grenze)",
        "at most {count:,} characters per cell (Excel's own limit)",
    ),
    "limit.sheet-chars": ("höchstens {count} Zeichen je Blatt", "at most {count:,} characters per sheet"),
    "limit.zip-members": (
        "eine xlsx darf höchstens {count} Dateien enthalten",
        "an xlsx may hold at most {count:,} files",
    ),
    "limit.member-bytes": (
        "höchstens {size} entpackt je Datei in einer xlsx",
        "at most {size} unpacked per file inside an xlsx",
    ),
    "limit.unzipped-bytes": ("höchstens {size} entpackt insgesamt", "at most {size} unpacked in total"),
    "limit.ratio": (
        "Dateien in einer xlsx dürfen höchstens {ratio}:1 komprimiert sein",
        "files inside an xlsx may be compressed at most {ratio}:1",
    ),
    "limit.extent": (
        "es reicht bis Zeile {rows} und Spalte {column} ({cols})",
        "it reaches row {rows:,} and column {column} ({cols:,})",
    ),
    "limit.extent.stated": (
        "es reicht bis Zeile {rows} und Spalte {column} ({cols}) (angegebener Bereich {range})",
        "it reaches row {rows:,} and column {column} ({cols:,}) (its stated range is {range})",
    ),
    # CSV
    "malformed-csv": ("fehlerhaftes CSV: {exc}", "malformed CSV: {exc}"),
    "malformed-csv.empty": (
        "die Datei ist leer: erwartet wird eine Kopfzeile",
        "the file is empty: expected a header row",
    ),
    "malformed-csv.fields": (
        "erwartet werden {count} Felder, gefunden {count2}",
        "expected {count} fields, found {count2}",
    ),
    "csv-record-too-long": (
        "ein Datensatz mit mehr als {max_record_chars} Zeichen: mehr, als {max_columns} Felder zu je "
        "{max_cell_chars} Zeichen fassen können",
        "a record of more than {max_record_chars:,} characters: more than {max_columns} fields of "
        "{max_cell_chars:,} characters could hold",
    ),
    "csv-too-large": (
        "die Datei hat {count} Zeichen; {sheet_chars}",
        "the file has {count:,} characters; {sheet_chars}",
    ),
    "csv-too-many-rows": (
        "die Datei hat mehr als {max_rows} Zeilen; {rows}",
        "the file has more than {max_rows:,} rows; {rows}",
    ),
    "csv-too-many-columns": ("die Zeile hat {count} Felder; {columns}", "the row has {count:,} fields; {columns}"),
    "cell-too-long.field": (
        "ein Feld hat {longest} Zeichen; {cell_chars}",
        "a field has {longest:,} characters; {cell_chars}",
    ),
    "cell-too-long.record": (
        "ein Feld hat mehr als {limit} Zeichen; {cell_chars}",
        "a field has more than {limit:,} characters; {cell_chars}",
    ),
    # xlsx
    "unreadable-xlsx": ("die Arbeitsmappe kann nicht gelesen werden: {exc}", "cannot read the workbook: {exc}"),
    "unreadable-xlsx.zip": (
        "die Arbeitsmappe kann nicht gelesen werden: keine gültige xlsx-(zip-)Datei ({exc})",
        "cannot read the workbook: not a valid xlsx (zip) file ({exc})",
    ),
    "unreadable-xlsx.member": (
        "die Arbeitsmappe kann nicht gelesen werden: {filename}: {exc}",
        "cannot read the workbook: {filename}: {exc}",
    ),
    "unreadable-xlsx.doctype": (
        "die Arbeitsmappe kann nicht gelesen werden: {name} deklariert einen Dokumenttyp",
        "cannot read the workbook: {name} declares a document type",
    ),
    "unreadable-xlsx.xml": (
        "die Arbeitsmappe kann nicht gelesen werden: {name}: fehlerhaftes XML ({exc})",
        "cannot read the workbook: {name}: malformed XML ({exc})",
    ),
    "unreadable-xlsx.no-sheets": (
        "die Arbeitsmappe kann nicht gelesen werden: sie hat keine Blätter",
        "cannot read the workbook: it has no sheets",
    ),
    "unreadable-xlsx.sheet": (
        "das Blatt {name} kann nicht gelesen werden: {exc}",
        "cannot read the sheet {name}: {exc}",
    ),
    "missing-sheet": (
        "die Arbeitsmappe hat kein Blatt {name} (Blätter: {names})",
        "the workbook has no sheet {name} (sheets: {names})",
    ),
    "xlsx-too-many-files": (
        "die Arbeitsmappe enthält {count} Dateien; {zip_members}",
        "the workbook holds {count:,} files; {zip_members}",
    ),
    "xlsx-file-too-large": (
        "{filename} in der Arbeitsmappe wird entpackt {size} groß; {member_bytes}",
        "{filename} inside the workbook unpacks to {size}; {member_bytes}",
    ),
    "xlsx-compression-ratio": (
        "{filename} in der Arbeitsmappe wird entpackt {value}-mal so groß wie komprimiert; {ratio} (eine Zip-Bombe?)",
        "{filename} inside the workbook unpacks {value:,.0f} times its compressed size; {ratio} (a zip bomb?)",
    ),
    "xlsx-too-large-unpacked": (
        "die Arbeitsmappe wird entpackt größer als {size}; {unzipped_bytes}",
        "the workbook unpacks to more than {size}; {unzipped_bytes}",
    ),
    "xlsx-too-many-rows": ("{extent}; {rows}", "{extent}; {rows}"),
    "xlsx-too-many-columns": ("{extent}; {columns}", "{extent}; {columns}"),
    "xlsx-too-many-cells": ("{extent}, {value} Zellen; {cells}", "{extent}, {value:,} cells; {cells}"),
    "cell-too-long.cell": (
        "eine Zelle zeigt einen Text mit {longest} Zeichen; {cell_chars}",
        "a cell shows a text of {longest:,} characters; {cell_chars}",
    ),
    "xlsx-too-much-text": (
        "seine Zellen zeigen {total} Zeichen Text; {sheet_chars}",
        "its cells show {total:,} characters of text; {sheet_chars}",
    ),
    # YAML
    "malformed-yaml": ("fehlerhaftes YAML: {problem}", "malformed YAML: {problem}"),
    "malformed-yaml.other": ("fehlerhaftes YAML: {exc}", "malformed YAML: {exc}"),
    "malformed-yaml.second-document": (
        "eine Datei enthält ein YAML-Dokument, gefunden wurde ein zweites '---'",
        "a file holds one YAML document, found a second '---'",
    ),
    "malformed-yaml.key": ("ein Schlüssel muss ein einfacher Wert sein", "a key must be a plain value"),
    "yaml-alias": (
        "Aliase (*name) werden nicht angenommen: den Wert ausschreiben",
        "aliases (*name) are not accepted: write the value",
    ),
    "yaml-alias.anchor": (
        "Anker (&{anchor}) und Aliase werden nicht angenommen: jeden Wert ausschreiben",
        "anchors (&{anchor}) and aliases are not accepted: write each value out",
    ),
    "yaml-alias.merge": (
        "Merge-Schlüssel (<<) werden nicht angenommen: jeden Schlüssel ausschreiben",
        "merge keys (<<) are not accepted: write each key",
    ),
    "yaml-tag": (
        "Tags ({tag}) werden nicht angenommen: einfache Werte schreiben",
        "tags ({tag}) are not accepted: write plain values",
    ),
    "yaml-too-large": ("mehr als {max_scalars} Werte in einer Datei", "more than {max_scalars:,} values in one file"),
    "yaml-too-deep": ("tiefer verschachtelt als {max_depth} Ebenen", "nested deeper than {max_depth} levels"),
    "too-many-problems": (
        "{max_findings} Probleme gefunden: das Lesen endet hier",
        "{max_findings} problems found: reading stopped here",
    ),
    "duplicate-key": (
        "doppelter Schlüssel (zuerst in Zeile {first}): ihn nur einmal schreiben",
        "duplicate key (first at line {first}): write it once",
    ),
    "absurd-number.digits": (
        "eine ganze Zahl mit {digits} Ziffern: kein Feld von tender kann sie meinen",
        "a whole number of {digits} digits: no field of tender can mean it",
    ),
    "ambiguous-number.read-as": (
        "{written} würde als {read} gelesen (YAMLs Oktal-, Hexadezimal- oder Basis-60-Form): die Zahl in "
        "Dezimalziffern ohne führende Null schreiben oder sie als Text in Anführungszeichen setzen",
        "{written} would be read as {read} (YAML's octal, hexadecimal or base-60 form): write the number in decimal "
        "digits without a leading zero, or quote it as text",
    ),
    "ambiguous-number.no-number": (
        "{written} ist keine Zahl (YAMLs Oktal-, Hexadezimal- oder Basis-60-Form): die Zahl in Dezimalziffern ohne "
        "führende Null schreiben oder sie als Text in Anführungszeichen setzen",
        "{written} is no number (YAML's octal, hexadecimal or base-60 form): write the number in decimal digits "
        "without a leading zero, or quote it as text",
    ),
    "control-character": (
        "der Text enthält das Steuerzeichen {char} an Stelle {position}: erlaubt sind nur Tabulator und "
        "Zeilenumbrüche (keine Steuer- oder Textrichtungszeichen)",
        "the text holds the control character {char} at position {position}: only tab and line breaks are allowed "
        "(no control or text-direction characters)",
    ),
}
