from pathlib import Path


def warm() -> None:
    Path.home().joinpath(".datatool").mkdir(exist_ok=True)
