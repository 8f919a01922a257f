from setuptools import find_packages, setup

setup(
    name="datatool",
    version="1.2.0",
    packages=find_packages(exclude=["tests"]),
    install_requires=["pyyaml>=6.0"],
    entry_points={"console_scripts": ["datatool=datatool.cli:main"]},
    python_requires=">=3.9",
)
