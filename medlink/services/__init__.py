"""The Qt-free service layer: the only way windows touch data.

One function per use case, keyword-only arguments, the acting user first.
Each function checks permissions itself and returns plain dataclasses.
"""
