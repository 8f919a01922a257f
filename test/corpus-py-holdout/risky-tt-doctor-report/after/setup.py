from setuptools import find_packages, setup

setup(
    name="tabtool",
    version="1.2.0",
    packages=find_packages(exclude=["tests"]),
    entry_points={"console_scripts": ["tabtool=tabtool.cli:main"]},
    python_requires=">=3.9",
    install_requires=["keyring>=24", "requests>=2.31"],
)
