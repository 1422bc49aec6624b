"""Every command and every setting is documented in README.md (datasette's rule: undocumented is unfinished)."""

from actorgraph.cli import cli
from actorgraph.settings import Settings, describe, env_name
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_every_cli_command_is_in_the_readme():
    missing = [name for name in cli.commands if f"`{name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_docs_every_setting_and_variable_is_in_the_readme():
    missing = [name for name, env, _d, _h in describe() if name not in README or (
        env not in README and not name.startswith("field_"))]
    assert not missing, f"settings missing from README.md: {missing}"


def test_docs_readme_opens_with_the_two_setup_commands():
    block = README.split("```bash", 1)[1].split("```", 1)[0].strip().splitlines()
    assert block[0].startswith("pip install . && actorgraph demo")
    assert "pytest" in block[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert block[1] in ci


def test_docs_settings_from_environment_and_bad_values(monkeypatch):
    monkeypatch.setenv(env_name("batch_size"), "4")
    monkeypatch.setenv(env_name("packs"), "no")
    s = Settings.from_env()
    assert s.batch_size == 4 and s.packs is False
    monkeypatch.setenv(env_name("batch_size"), "many")
    import pytest

    from actorgraph.errors import UsageError

    with pytest.raises(UsageError, match="ACTORGRAPH_BATCH_SIZE"):
        Settings.from_env()
