"""The MedLink look: one calm accent colour, generous spacing, readable type."""

from __future__ import annotations

ACCENT = "#0F766E"
ACCENT_DARK = "#115E59"
DANGER = "#B42318"

STYLESHEET = f"""
QWidget {{ font-size: 10.5pt; color: #1F2933; }}
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
"""

KIOSK_EXTRA = """
QWidget { font-size: 14pt; }
QPushButton { padding: 14px 24px; min-height: 36px; }
QLineEdit, QComboBox, QDateEdit { padding: 10px; min-height: 32px; }
QLabel[role="h1"] { font-size: 24pt; }
"""
