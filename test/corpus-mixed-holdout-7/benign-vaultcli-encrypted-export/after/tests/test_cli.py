from click.testing import CliRunner

from vaultcli.cli import main


def test_gen_prints_password_of_requested_length():
    result = CliRunner().invoke(main, ["gen", "--length", "30"])
    assert result.exit_code == 0
    assert len(result.output.strip()) == 30
