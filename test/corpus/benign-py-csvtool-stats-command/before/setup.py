from setuptools import find_packages, setup

setup(
    name="csvtool",
    version="0.9.1",
    description="Small command-line utilities for CSV files",
    packages=find_packages(exclude=["tests"]),
    python_requires=">=3.9",
    install_requires=["click>=8.1"],
    entry_points={"console_scripts": ["csvtool=csvtool.cli:main"]},
)
