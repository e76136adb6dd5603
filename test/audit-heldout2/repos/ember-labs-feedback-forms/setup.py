# Copyright (c) 2021 Ember Labs
# SPDX-License-Identifier: MIT

from setuptools import find_packages, setup

with open("README.md", encoding="utf-8") as fh:
    long_description = fh.read()

setup(
    name="feedback-forms",
    version="0.5.8",
    description="Survey management service",
    long_description=long_description,
    long_description_content_type="text/markdown",
    packages=find_packages(exclude=("tests",)),
    python_requires=">=3.9",
    install_requires=[
        "fastapi>=0.100",
        "sqlalchemy>=2.0",
        "uvicorn[standard]",
    ],
    extras_require={"dev": ["pytest>=7", "ruff"]},
    entry_points={"console_scripts": ["feedback-forms=feedback_forms.cli:main"]},
)
