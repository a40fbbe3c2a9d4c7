"""The MedLink look: one calm accent colour, generous spacing, readable type."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QWidget

ACCENT = "#0F766E"
ACCENT_DARK = "#115E59"
DANGER = "#B42318"
#: The base text size and colour: the application's font and palette (``create_application``), not
#: a universal ``QWidget`` rule here — with one, Qt resolved a font and a colour for every widget as
#: it was polished, about a fifth of the GUI-thread time of building a page.
BASE_POINT_SIZE = 10.5
TEXT = "#1F2933"

STYLESHEET = f"""
QMainWindow, QDialog, QWidget#loginWindow {{ background: #F5F7F8; }}
QLabel[role="h1"] {{ font-size: 18pt; font-weight: 600; color: #102A43; }}
QLabel[role="h2"] {{ font-size: 13pt; font-weight: 600; color: #243B53; }}
QLabel[role="muted"] {{ color: #627D98; }}
QLabel[role="fieldError"] {{ color: {DANGER}; font-size: 9.5pt; }}
QLabel[role="emptyState"] {{ color: #627D98; font-size: 11pt; padding: 24px; }}
QLabel[role="banner"] {{ background: #FFF7E6; border: 1px solid #F0C36D; border-radius: 6px; padding: 8px; }}
QLabel[role="success"] {{ background: #E6F6F4; border: 1px solid #8FD3C9; border-radius: 6px; padding: 8px; color: #0B4F4A; }}
QLabel[role="alarm"] {{ background: #FDECEA; border: 2px solid {DANGER}; border-radius: 6px; padding: 10px; color: #7A1A12; }}
QLabel[role="allergyBanner"] {{ background: #FDECEA; border: 1px solid #F4B4AE; border-radius: 6px; padding: 6px 10px; color: #7A1A12; }}
QFrame[role="card"] {{ background: white; border: 1px solid #D9E2EC; border-radius: 10px; }}
QFrame[role="sidebar"] {{ background: #102A43; }}
QFrame[role="sidebar"] QLabel {{ color: #D9E2EC; }}
QFrame[role="sidebar"] QPushButton {{ background: transparent; color: #D9E2EC; border: none; text-align: left;
    padding: 8px 16px; border-radius: 6px; font-size: 11pt; }}
QScrollArea#navScroll QScrollBar:vertical {{ background: transparent; width: 6px; margin: 0; }}
QScrollArea#navScroll QScrollBar::handle:vertical {{ background: #486581; border-radius: 3px; min-height: 24px; }}
QScrollArea#navScroll QScrollBar::add-line, QScrollArea#navScroll QScrollBar::sub-line {{ height: 0; }}
QScrollArea#navScroll QScrollBar::add-page, QScrollArea#navScroll QScrollBar::sub-page {{ background: transparent; }}
QFrame[role="sidebar"] QPushButton:checked {{ background: {ACCENT}; color: white; }}
QFrame[role="sidebar"] QPushButton:hover:!checked {{ background: #243B53; }}
QPushButton {{ background: white; border: 1px solid #BCCCDC; border-radius: 6px; padding: 6px 14px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; font-weight: 600; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9FB3C8; border-color: #9FB3C8; color: #F0F4F8; }}
QPushButton[role="primary"]:focus {{ border: 2px solid #102A43; }}
QPushButton[role="danger"] {{ color: {DANGER}; border-color: #F4B4AE; }}
QPushButton[role="danger"]:focus {{ border: 2px solid {DANGER}; }}
QPushButton:disabled, QPushButton[role="danger"]:disabled {{ background: #F0F4F8; color: #9FB3C8;
    border: 1px solid #D9E2EC; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: {ACCENT}; text-decoration: underline; padding: 2px; }}
QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox, QTimeEdit {{
    background: white; border: 1px solid #BCCCDC; border-radius: 6px; padding: 5px 8px; }}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus {{ border: 2px solid {ACCENT}; }}
QTableView:focus {{ border: 2px solid {ACCENT}; }}
QTableView {{ background: white; border: 1px solid #D9E2EC; border-radius: 8px; gridline-color: #EEF2F6;
    selection-background-color: #CCEBE7; selection-color: #102A43; alternate-background-color: #F8FAFB; }}
QHeaderView::section {{ background: #F0F4F8; border: none; border-bottom: 1px solid #D9E2EC; padding: 6px; font-weight: 600; }}
QTabWidget::pane {{ border: 1px solid #D9E2EC; border-radius: 8px; background: white; }}
QTabBar::tab {{ padding: 8px 16px; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; }}
QScrollArea[role="transparent"] {{ background: transparent; border: none; }}
QScrollArea[role="transparent"] > QWidget > QWidget {{ background: transparent; }}
QScrollArea[role="white"], QScrollArea[role="white"] > QWidget > QWidget {{ background: white; }}
"""

KIOSK_EXTRA = """
QWidget { font-size: 14pt; }
QPushButton { padding: 14px 24px; min-height: 36px; }
QLineEdit, QComboBox, QDateEdit { padding: 10px; min-height: 32px; }
QLabel[role="h1"] { font-size: 24pt; }
"""


# --- where the style sheet is set ---------------------------------------------------------------
#
# On MedLink's top-level windows (the sign-in window, the role windows), not on the application.
# With an application style sheet Qt re-resolves the style of a whole subtree every time a widget
# with children is put into another — a page is built from the inside out, so each widget was
# re-styled once per level it sits under: two to three times the GUI-thread time of building a
# page (the doctor's Today page: ~60 ms with the sheet on the application, ~28 ms with it on the
# window).  A page built without a parent now takes the window's style once, when the window
# shows it.  Dialogs opened on a window inherit its sheet, as Qt cascades it to children.

_window_sheet: str | None = None


def use_window_style_sheet(sheet: str | None) -> None:
    """The style sheet MedLink's top-level windows set on themselves from now on (``run_gui``);
    None (tests, screenshot scripts that style the application): they set none."""
    global _window_sheet
    _window_sheet = sheet


def style_window(window: QWidget, extra: str = "") -> None:
    """Give a top-level window the look, and ``extra`` rules of its own (called once its own
    widgets exist, before its pages)."""
    sheet = (_window_sheet or "") + extra
    if sheet:
        window.setStyleSheet(sheet)
