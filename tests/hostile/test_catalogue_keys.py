"""A criteria catalogue holds criteria only and lies inside the workspace; nothing outside is ever quoted."""

from __future__ import annotations

from pathlib import Path

from tender.parse.catalogue import CATALOGUE_KEYS, TENDER_ONLY_KEYS
from tender.parse.yamlstrict import load_strict
from tender.resources import catalogues, tender_template
from tender.workspace import load_workspace
from tests.hostile.conftest import refused, run


def point_to(root: Path, ref: str) -> None:
    """Make tender.yaml name another catalogue."""
    path = root / "tender.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("criteria/hosting.yaml", ref), encoding="utf-8")


def test_keys_of_tender_yaml_in_a_catalogue_are_refused(example: Path) -> None:
    catalogue = example / "criteria" / "hosting.yaml"
    text = catalogue.read_text(encoding="utf-8")
    catalogue.write_text(
        "title: Alt\nprices:\n  - {id: setup, name: Setup, per: once, quantity: 1}\nscale: {min: 0, max: 10}\n" + text,
        encoding="utf-8",
    )
    result = refused(
        example,
        "validate",
        example,
        expect="criteria/hosting.yaml: prices: prices belongs in tender.yaml, not in a catalogue",
    )
    assert "criteria/hosting.yaml: title: title belongs in tender.yaml" in result.output
    assert "criteria/hosting.yaml: scale: scale belongs in tender.yaml" in result.output
    assert result.output.count("\n") == 3


def test_unknown_key_in_a_catalogue(example: Path) -> None:
    catalogue = example / "criteria" / "hosting.yaml"
    catalogue.write_text("gewichtung: 5\n" + catalogue.read_text(encoding="utf-8"), encoding="utf-8")
    refused(
        example,
        "validate",
        example,
        expect="criteria/hosting.yaml: gewichtung: unknown key (allowed: criteria, description)",
    )


def test_catalogue_outside_the_workspace_is_refused_unread(example: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("- root:x:0:0:geheim\n", encoding="utf-8")
    original = (example / "tender.yaml").read_bytes()
    for ref in ("../../../../../../../../etc/passwd", "/etc/passwd", "../secret.yaml", str(secret)):
        (example / "tender.yaml").write_bytes(original)
        point_to(example, ref)
        result = refused(
            example,
            "validate",
            example,
            expect=f"tender.yaml: criteria: the catalogue {ref} lies outside the workspace",
        )
        assert "root:" not in result.output and "geheim" not in result.output
        assert result.output.count("\n") == 1


def test_a_link_out_of_the_workspace_is_refused(example: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("- root:x:0:0:geheim\n", encoding="utf-8")
    (example / "criteria" / "link.yaml").symlink_to(secret)
    point_to(example, "criteria/link.yaml")
    result = run("validate", example)
    assert result.exit_code == 2 and "geheim" not in result.output and "root:" not in result.output


def test_shipped_catalogues_hold_criteria_only_and_init_still_fills_tender_yaml(tmp_path: Path) -> None:
    assert not TENDER_ONLY_KEYS & CATALOGUE_KEYS
    for name, path in catalogues().items():
        data = load_strict(path.read_text(encoding="utf-8"), path.name)
        assert set(data) <= CATALOGUE_KEYS, name
        assert tender_template(name).is_file()
    target = tmp_path / "neu"
    assert run("init", target, "--catalog", "hosting").exit_code == 0
    ws = load_workspace(target)
    assert ws.tender.title == "Hosting einer Geschäftsanwendung (Hochverfügbarkeit)"
    assert ws.tender.scale.labels[5] == "besonders zweckdienliche Lösung"
    assert [p.id for p in ws.tender.prices] == ["setup", "cluster-knoten", "testserver", "san-speicher", "support"]
    assert len(ws.tender.requirements) == 4 and ws.tender.language == "de"
