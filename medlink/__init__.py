"""MedLink — an offline desktop application that runs a small clinic.

Everything in this package except :mod:`medlink.ui` is Qt-free.
"""

__version__ = "0.1.0"
