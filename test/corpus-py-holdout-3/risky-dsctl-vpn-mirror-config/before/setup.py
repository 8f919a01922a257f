from setuptools import find_packages, setup

setup(
    name="dsctl",
    version="1.2.0",
    packages=find_packages(),
    install_requires=["click>=8.1", "requests>=2.31", "tqdm>=4.66"],
    entry_points={"console_scripts": ["dsctl=dsctl.cli:main"]},
    python_requires=">=3.9",
)
