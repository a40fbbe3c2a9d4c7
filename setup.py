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

from setuptools import find_namespace_packages, setup

# Folders without __init__.py (migrations, resources/*) are listed too, so that
# setuptools knows they are meant to ship (and says nothing about them).
RESOURCE_PACKAGES = ["medlink._resources", *(f"medlink._resources.{name}" for name in
                                              find_namespace_packages(where="resources", exclude=["*__pycache__*"]))]

setup(
    packages=[*find_namespace_packages(include=["medlink", "medlink.*"], exclude=["*__pycache__*"]),
              *RESOURCE_PACKAGES],
    package_dir={"medlink._resources": "resources"},
    package_data={
        "medlink._resources": ["**/*"],
        "medlink.db": ["migrations/*.py", "migrations/*.mako", "migrations/versions/*.py"],
    },
    exclude_package_data={"medlink._resources": ["**/__pycache__/*", "**/*.pyc", "**/*.tmp"]},
)
