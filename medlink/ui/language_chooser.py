"""The language choice on the sign-in screen (a list) and on the kiosk (large buttons).

Each language is named in its own script, and the caption is in every shipped language
at once ("Language · भाषा"), so whoever stands at the screen finds their language whatever
it currently shows.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from medlink.i18n import LANGUAGES, current_language, tr

class LanguageChooser(QWidget):
    """Emits :attr:`chosen` with a language code when the user picks one."""

    chosen = Signal(str)

    def __init__(self, *, large: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChooser")
        self.large = large
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(caption())
        self.caption.setProperty("role", "muted")
        layout.addWidget(self.caption)
        self.combo: QComboBox | None = None
        self.buttons: dict[str, QPushButton] = {}
        if large:
            group = QButtonGroup(self)
            group.setExclusive(True)
            for code, name in LANGUAGES.items():
                choice = QPushButton(name)
                choice.setObjectName(f"language_{code}")
                choice.setCheckable(True)
                choice.setMinimumHeight(56)
                choice.setMinimumWidth(150)
                choice.setStyleSheet("QPushButton { font-size: 18pt; padding: 6px 18px; }"
                                     "QPushButton:checked { background-color: #0F766E; color: white;"
                                     " border-color: #0F766E; }")
                choice.clicked.connect(lambda _checked=False, c=code: self._picked(c))
                group.addButton(choice)
                layout.addWidget(choice)
                self.buttons[code] = choice
        else:
            self.combo = QComboBox()
            self.combo.setObjectName("languageCombo")
            for code, name in LANGUAGES.items():
                self.combo.addItem(name, code)
            self.caption.setBuddy(self.combo)
            self.combo.activated.connect(lambda index: self._picked(str(self.combo.itemData(index))))
            layout.addWidget(self.combo)
        layout.addStretch(1)
        self.show_current()
        self.retranslate()

    def show_current(self) -> None:
        """Show the language in use (without emitting :attr:`chosen`)."""
        code = current_language()
        if self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(code)))
        if code in self.buttons:
            self.buttons[code].setChecked(True)

    def retranslate(self) -> None:
        tip = self.tr("The language of MedLink's screens on this computer")
        for widget in (self.combo, *self.buttons.values()):
            if widget is not None:
                widget.setToolTip(tip)

    def _picked(self, code: str) -> None:
        if code != current_language():
            self.chosen.emit(code)
        self.show_current()


def caption() -> str:
    """The caption in every language MedLink ships at once (it must read in all of them)."""
    return " · ".join(dict.fromkeys(tr("LanguageChooser", "Language", code) for code in LANGUAGES))
