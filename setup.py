"""Package layout for setuptools (the metadata is in pyproject.toml).

The repository keeps its data files in the top-level ``resources/`` folder
(translations, fonts, the assistant's knowledge base, templates ...).  The
wheel ships that folder *inside* the package as ``medlink/_resources`` through
a package-dir mapping, so an installed MedLink finds it with
``importlib.resources`` (see ``medlink.paths.resource_path``).  A mapping
rather than a copy step: there is no generated tree to keep in sync, an
editable install maps the same folder, and every file added under
``resources/`` ships without touching this file (``**/*`` below).
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["medlink", "medlink.*"]), "medlink._resources"],
    package_dir={"medlink._resources": "resources"},
    package_data={
        "medlink._resources": ["**/*"],
        "medlink.db": ["migrations/*.py", "migrations/versions/*.py", "alembic.ini"],
    },
    exclude_package_data={"medlink._resources": ["**/__pycache__/*", "**/*.pyc", "**/*.tmp"]},
)
