"""The health assistant: a chat page for the patient window and the kiosk.

The answers come from the offline, Qt-free engine in :mod:`medlink.chatbot`; the
clinic facts (doctors, fees, the signed-in patient's appointments and meeting links)
come through :class:`medlink.services.chat_context.DatabaseChatContext`.  Each
question is answered on a worker thread (``operations.query``) because the context reads the
database; questions typed while an answer is on its way are queued and answered in
order.

The page is self-contained: the window connects ``book_speciality_requested(str)``
to its booking page and calls ``clear_history()`` on sign-out.
"""

from __future__ import annotations

import html
import logging
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_clock
from medlink.i18n import N_, current_language
from medlink.ui.i18n import tr_label
from medlink.chatbot import ChatAction, ChatBot, Reply
from medlink.errors import MedLinkError
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.style import ACCENT, ACCENT_DARK, DANGER
from medlink.ui.widgets import heading

log = logging.getLogger(__name__)

MAX_MESSAGES = 200  # bubbles kept in the history (older ones are dropped)
MAX_SHOWN_CHARS = 2000  # the engine reads at most 2000 characters too
BUBBLE_WIDTH_FRACTION = 0.70
KIOSK_BUBBLE_WIDTH_FRACTION = 0.80  # bigger type on a smaller screen

#: the chips under the greeting, marked for translation: shown (and sent) in the window's language
GREETING_SUGGESTIONS: tuple[str, ...] = (
    N_("ChatPanel", "What is dengue?"),
    N_("ChatPanel", "I have fever and headache"),
    N_("ChatPanel", "Fees for a cardiologist"),
    N_("ChatPanel", "Where is my meeting link?"),
)
FOOTER_TEXT = N_("ChatPanel", "This assistant gives general information, not a diagnosis. In an emergency call 112.")
ERROR_TEXT = N_("ChatPanel", "Sorry, I couldn't answer that just now. Please try again in a moment, or ask at "
                "the front desk. In an emergency call 112.")
GREETING_TEXT = N_("ChatPanel", "Namaste{who}! I'm the MedLink health assistant. Ask me about common illnesses "
                   "and home care, which doctor to see, consultation fees, your appointments or your "
                   "video-call link.")

_URL = re.compile(r"https?://[^\s<>\"]+")


def open_url(url: str) -> bool:
    """Open a link with the system browser (tests replace this)."""
    return QDesktopServices.openUrl(QUrl(url))


def greeting_text(name: str | None) -> str:
    """The chat's first message, in the window's language."""
    who = f", {name}" if name else ""
    return tr_label(GREETING_TEXT, "ChatPanel").format(who=who)


# --------------------------------------------------------------------------- text → rich text
def _inline(text: str, link_colour: str) -> str:
    """Escape one line and turn web addresses into links."""
    out: list[str] = []
    pos = 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:)")
        end = match.start() + len(url)
        out.append(html.escape(text[pos:match.start()]))
        out.append(f'<a href="{html.escape(url, quote=True)}" style="color:{link_colour};">{html.escape(url)}</a>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _is_heading(line: str, has_more: bool) -> bool:
    """"Common symptoms:" or a lone title like "Dengue" followed by its description."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return False
    if stripped.endswith(":"):
        return True
    return has_more and stripped[-1] not in ".!?)\"'" and not stripped.startswith(("\u26a0", "\u2022"))


def reply_html(text: str, *, note_pt: float, link_colour: str = ACCENT_DARK, gap: int = 9) -> str:
    """The engine's plain text (paragraphs, "• " bullets) as compact rich text."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if not lines:
            continue
        top = gap if blocks else 0
        if lines[0].startswith("Note:") and len(lines) == 1:
            blocks.append(f'<p style="margin:{top}px 0 0 0; color:#627D98; font-size:{note_pt:.1f}pt;">'
                          f"{_inline(lines[0], link_colour)}</p>")
            continue
        parts: list[str] = []
        bullets: list[str] = []

        def margin() -> int:
            return 2 if parts else top

        def flush() -> None:
            if bullets:
                items = "".join(f'<li style="margin:0 0 2px 0;">{b}</li>' for b in bullets)
                parts.append(f'<ul style="margin:{margin()}px 0 0 0; -qt-list-indent:1;">{items}</ul>')
                bullets.clear()

        for index, line in enumerate(lines):
            if line.startswith("\u2022"):
                bullets.append(_inline(line.lstrip("\u2022").strip(), link_colour))
                continue
            flush()
            body = _inline(line, link_colour)
            if _is_heading(line, index + 1 < len(lines)):
                body = f"<b>{body}</b>"
            parts.append(f'<p style="margin:{top if not parts else 0}px 0 0 0;">{body}</p>')
        flush()
        blocks.append("".join(parts))
    return "".join(blocks) or "&nbsp;"


def plain_html(text: str) -> str:
    return "<br>".join(_inline(line, "#FFFFFF") for line in text.split("\n")) or "&nbsp;"


def _call_caption(action: ChatAction) -> str:
    """"Call 112 (emergency)" -> "Emergency"; "Call Tele-MANAS 14416" -> "Tele-MANAS"."""
    caption = action.label
    if caption.lower().startswith("call "):
        caption = caption[5:]
    caption = caption.replace(action.value, "").replace("(", "").replace(")", "").strip(" -")
    return caption[:1].upper() + caption[1:] if caption else "Phone"


# --------------------------------------------------------------------------- a wrapping row of buttons
class FlowLayout(QLayout):
    """Lays its widgets out left to right and wraps to the next line when full."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


# --------------------------------------------------------------------------- one message
@dataclass(frozen=True)
class ChatMessage:
    sender: str  # "patient" or "assistant"
    text: str
    intent: str | None = None
    actions: tuple[ChatAction, ...] = ()


class MessageRow(QWidget):
    """One bubble (patient on the right, assistant on the left) with its time."""

    def __init__(self, panel: ChatPanel, message: ChatMessage) -> None:
        super().__init__()
        self.message = message
        self.setObjectName("patientMessage" if message.sender == "patient" else "assistantMessage")
        self.emergency = message.intent == "emergency"
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)

        self.bubble = QFrame()
        self.bubble.setObjectName("bubble")
        kind = "patient" if message.sender == "patient" else ("emergency" if self.emergency else "assistant")
        self.bubble.setProperty("kind", kind)
        self.bubble.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(self.bubble)
        pad_h, pad_v = panel.scaled(16), panel.scaled(11)
        inner.setContentsMargins(pad_h, pad_v, pad_h, pad_v)
        inner.setSpacing(panel.scaled(8))
        self._padding = 2 * pad_h

        if self.emergency:
            banner = QLabel(self.tr("\u26a0  Possible emergency \u2014 get help now"))
            banner.setObjectName("emergencyBanner")
            inner.addWidget(banner)

        shown = message.text if len(message.text) <= MAX_SHOWN_CHARS else message.text[:MAX_SHOWN_CHARS] + "\u2026"
        self.label = QLabel()
        self.label.setObjectName("bubbleText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.linkActivated.connect(lambda url: open_url(url))
        self.label.setText(plain_html(shown) if message.sender == "patient"
                           else reply_html(shown, note_pt=panel.note_pt))
        self.label.setAccessibleName((self.tr("You: ") if message.sender == "patient" else self.tr("Assistant: ")) + shown)
        inner.addWidget(self.label)

        self.action_buttons: list[QPushButton] = []
        self.call_tiles: list[QFrame] = []
        self._add_actions(panel, inner, message.actions)

        column = QVBoxLayout()
        column.setSpacing(3)
        column.addWidget(self.bubble, 0,
                         Qt.AlignmentFlag.AlignRight if message.sender == "patient" else Qt.AlignmentFlag.AlignLeft)
        stamp = QLabel(format_clock(datetime.now().time())
                       + ("" if message.sender == "patient" else self.tr("  \u00b7  MedLink assistant")))
        stamp.setObjectName("timeStamp")
        column.addWidget(stamp, 0,
                         Qt.AlignmentFlag.AlignRight if message.sender == "patient" else Qt.AlignmentFlag.AlignLeft)

        if message.sender == "patient":
            row.addStretch(1)
            row.addLayout(column)
        else:
            row.addWidget(panel.make_avatar(), 0, Qt.AlignmentFlag.AlignTop)
            row.addLayout(column)
            row.addStretch(1)

    def _add_actions(self, panel: ChatPanel, inner: QVBoxLayout, actions: Sequence[ChatAction]) -> None:
        calls = [a for a in actions if a.kind == "call"]
        buttons = [a for a in actions if a.kind in ("book_speciality", "open_link")]
        if calls:
            tiles = FlowLayout(spacing=panel.scaled(10))
            for action in calls:
                tile = self._call_tile(panel, action)
                self.call_tiles.append(tile)
                tiles.addWidget(tile)
            holder = QWidget()
            holder.setLayout(tiles)
            inner.addWidget(holder)
        if buttons:
            flow = FlowLayout(spacing=panel.scaled(8))
            for action in buttons:
                button = QPushButton(action.label)
                button.setObjectName("bookAction" if action.kind == "book_speciality" else "linkAction")
                button.setProperty("role", "primary")
                button.setProperty("actionKind", action.kind)
                button.setProperty("actionValue", action.value)
                button.setToolTip(action.value if action.kind == "open_link" else
                                  self.tr("Open the booking page for a {value}").format(value=action.value))
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _=False, a=action: panel.run_action(a))
                self.action_buttons.append(button)
                flow.addWidget(button)
            holder = QWidget()
            holder.setLayout(flow)
            inner.addWidget(holder)

    def _call_tile(self, panel: ChatPanel, action: ChatAction) -> QFrame:
        tile = QFrame()
        tile.setObjectName("callTile")
        tile.setProperty("number", action.value)
        layout = QHBoxLayout(tile)
        layout.setContentsMargins(panel.scaled(14), panel.scaled(8), panel.scaled(10), panel.scaled(8))
        layout.setSpacing(panel.scaled(12))
        text = QVBoxLayout()
        text.setSpacing(0)
        number = QLabel(action.value)
        number.setObjectName("callNumber")
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption = QLabel(_call_caption(action))
        caption.setObjectName("callCaption")
        text.addWidget(number)
        text.addWidget(caption)
        layout.addLayout(text)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("copyNumber")
        copy.setToolTip(self.tr("Copy {value} to the clipboard").format(value=action.value))
        copy.setProperty("actionValue", action.value)
        copy.clicked.connect(lambda _=False, b=copy, n=action.value: panel.copy_number(b, n))
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignVCenter)
        tile.setAccessibleName(f"{_call_caption(action)}: {action.value}")
        return tile

    def fit(self, max_width: int) -> None:
        """Size the text to its natural width, at most ``max_width`` for the whole bubble."""
        limit = max(120, max_width - self._padding)
        if self.message.actions:
            self.label.setFixedWidth(limit if self.emergency else min(limit, max(self._natural_width(), 300)))
            return
        self.label.setFixedWidth(min(limit, self._natural_width()))

    def _natural_width(self) -> int:
        self.label.ensurePolished()
        document = QTextDocument()
        document.setDefaultFont(self.label.font())
        document.setDocumentMargin(0)
        document.setHtml(self.label.text())
        return int(document.idealWidth()) + 6


# --------------------------------------------------------------------------- the page
class ChatPanel(QWidget):
    """The health assistant page."""

    book_speciality_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("chatPanel")
        self._scale = 1.35 if ctx.kiosk else 1.0
        self.note_pt = 12.0 if ctx.kiosk else 9.0
        self._bot: ChatBot | None = None
        self._queue: deque[str] = deque()
        self._busy = False
        self._answers = operations.Latest()  # cleared conversations drop answers still on their way
        self._rows: deque[MessageRow] = deque()
        self._chips: QWidget | None = None
        self._follow = True
        self.setStyleSheet(self._style())

        layout = QVBoxLayout(self)
        layout.setSpacing(self.scaled(10))

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(heading(self.tr("Health assistant")))
        subtitle = QLabel(self.tr("Ask about common illnesses, which doctor to see, fees, your appointments "
                          "and video-call links."))
        subtitle.setProperty("role", "muted")
        subtitle.setWordWrap(True)
        titles.addWidget(subtitle)
        top.addLayout(titles, 1)
        self.clear_button = QPushButton(self.tr("Clear conversation"))
        self.clear_button.setObjectName("clearConversation")
        self.clear_button.setToolTip(self.tr("Remove all messages from this screen"))
        self.clear_button.clicked.connect(self._clear_clicked)
        top.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("chatHistory")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history = QWidget()
        self.history.setObjectName("chatHistoryContents")
        self.history_layout = QVBoxLayout(self.history)
        margin = self.scaled(18)
        self.history_layout.setContentsMargins(margin, margin, margin, margin)
        self.history_layout.setSpacing(self.scaled(14))
        self.history_layout.addStretch(1)
        self.typing = self._typing_row()
        self.history_layout.addWidget(self.typing)
        self.scroll_area.setWidget(self.history)
        self.scroll_area.viewport().installEventFilter(self)
        bar = self.scroll_area.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._scrolled)
        layout.addWidget(self.scroll_area, 1)

        entry = QHBoxLayout()
        entry.setSpacing(self.scaled(8))
        self.input = QLineEdit()
        self.input.setObjectName("chatInput")
        self.input.setPlaceholderText(self.tr("Type your question, e.g. \u201cI have a sore throat since 2 days\u201d"))
        self.input.setAccessibleName(self.tr("Your message"))
        self.input.setClearButtonEnabled(True)
        self.input.returnPressed.connect(self.send_current)
        self.input.textChanged.connect(self._update_send)
        entry.addWidget(self.input, 1)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendMessage")
        self.send_button.setProperty("role", "primary")
        self.send_button.setDefault(False)
        self.send_button.clicked.connect(self.send_current)
        entry.addWidget(self.send_button)
        layout.addLayout(entry)

        self.footer = QLabel(tr_label(FOOTER_TEXT, "ChatPanel"))
        self.footer.setObjectName("chatFooter")
        self.footer.setProperty("role", "muted")
        self.footer.setWordWrap(True)
        layout.addWidget(self.footer)

        self.setTabOrder(self.input, self.send_button)
        self.setTabOrder(self.send_button, self.clear_button)
        self.setFocusProxy(self.input)
        self._update_send()
        self._ensure_greeting()

    # ------------------------------------------------------------------ public API
    def refresh(self) -> None:
        """Called by the shell when the page is shown."""
        self._ensure_greeting()
        self.input.setFocus()

    def clear_history(self) -> None:
        """Forget the whole conversation (sign-out): bubbles, queued questions, answers
        still on their way, and the assistant's view of the signed-in patient."""
        self._answers.forget()
        self._queue.clear()
        self._busy = False
        self._bot = None
        self._set_typing(False)
        self._remove_chips()
        while self._rows:
            self._drop(self._rows.popleft())
        self.input.clear()

    def messages(self) -> list[ChatMessage]:
        return [row.message for row in self._rows]

    def message_rows(self) -> list[MessageRow]:
        return list(self._rows)

    def suggestion_buttons(self) -> list[QPushButton]:
        return self._chips.findChildren(QPushButton, "suggestionChip") if self._chips is not None else []

    @property
    def busy(self) -> bool:
        return self._busy

    def send(self, text: str) -> None:
        """Ask a question as if the patient had typed it."""
        text = text.strip()
        if not text:
            return
        self._remove_chips()
        self._add_row(ChatMessage("patient", text))
        self._queue.append(text)
        if not self._busy:
            self._answer_next()

    def send_current(self) -> None:
        text = self.input.text()
        if not text.strip():
            return
        self.input.clear()
        self.send(text)
        self.input.setFocus()

    # ------------------------------------------------------------------ actions
    def run_action(self, action: ChatAction) -> None:
        if action.kind == "book_speciality":
            self.book_speciality_requested.emit(action.value)
        elif action.kind == "open_link":
            open_url(action.value)
        elif action.kind == "call":
            QGuiApplication.clipboard().setText(action.value)

    def copy_number(self, button: QPushButton, number: str) -> None:
        QGuiApplication.clipboard().setText(number)
        button.setText(self.tr("Copied \u2713"))
        QTimer.singleShot(1800, button, lambda: button.setText(self.tr("Copy")))
        self.input.setFocus()

    # ------------------------------------------------------------------ answering
    def _answer_next(self) -> None:
        if not self._queue:
            self._busy = False
            self._set_typing(False)
            return
        self._busy = True
        self._set_typing(True)
        text = self._queue.popleft()
        bot, db, actor = self._bot, self.ctx.db, self.ctx.actor
        language = current_language()  # answers in the language the windows are in

        def work() -> tuple[ChatBot | None, Reply]:
            if bot is not None:
                return bot, bot.reply(text, language)
            from medlink.services.chat_context import DatabaseChatContext

            try:
                context = DatabaseChatContext(db, actor)
            except MedLinkError:  # database unavailable: answer without clinic data, retry next time
                log.warning("chat: clinic data unavailable, answering without it", exc_info=True)
                return None, ChatBot(None).reply(text, language)
            fresh = ChatBot(context)
            return fresh, fresh.reply(text, language)

        operations.query(self, work, self._answered, latest=self._answers, on_error=self._failed)

    def _answered(self, result: tuple[ChatBot | None, Reply]) -> None:
        bot, reply = result
        if bot is not None:
            self._bot = bot
        self._add_row(ChatMessage("assistant", reply.text, reply.intent, tuple(reply.actions)))
        self._show_chips(reply.suggestions)
        self._answer_next()

    def _failed(self, exc: BaseException) -> None:
        log.error("chat: the assistant could not answer", exc_info=(type(exc), exc, exc.__traceback__))
        self._add_row(ChatMessage("assistant", tr_label(ERROR_TEXT, "ChatPanel"), "fallback"))
        self._answer_next()

    # ------------------------------------------------------------------ history
    def _ensure_greeting(self) -> None:
        if self._rows or self._busy:
            return
        actor = self.ctx.actor
        name = actor.display_name if actor is not None and actor.is_patient else None
        self._add_row(ChatMessage("assistant", greeting_text(name), "greeting"))
        self._show_chips([tr_label(text, "ChatPanel") for text in GREETING_SUGGESTIONS])

    def _add_row(self, message: ChatMessage) -> MessageRow:
        self._remove_chips()
        row = MessageRow(self, message)
        self.history_layout.insertWidget(self.history_layout.indexOf(self.typing), row)
        self._rows.append(row)
        while len(self._rows) > MAX_MESSAGES:
            self._drop(self._rows.popleft())
        row.fit(self._bubble_width())
        self._follow = True
        self._scroll_to_end()
        return row

    def _drop(self, row: QWidget) -> None:
        self.history_layout.removeWidget(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()

    def _show_chips(self, suggestions: Sequence[str]) -> None:
        self._remove_chips()
        if not suggestions:
            return
        chips = QWidget()
        chips.setObjectName("suggestions")
        outer = QHBoxLayout(chips)
        outer.setContentsMargins(self._avatar_size() + 10, 0, 0, 0)
        flow = FlowLayout(spacing=self.scaled(8))
        for text in suggestions:
            chip = QPushButton(text)
            chip.setObjectName("suggestionChip")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip(self.tr("Ask “{text}”").format(text=text))
            chip.clicked.connect(lambda _=False, t=text: self._chip_clicked(t))
            flow.addWidget(chip)
        outer.addLayout(flow, 1)
        self.history_layout.insertWidget(self.history_layout.indexOf(self.typing), chips)
        self._chips = chips
        self._scroll_to_end()

    def _chip_clicked(self, text: str) -> None:
        self.send(text)
        self.input.setFocus()

    def _remove_chips(self) -> None:
        if self._chips is not None:
            self._drop(self._chips)
            self._chips = None

    def _clear_clicked(self) -> None:
        self.clear_history()
        self._ensure_greeting()
        self.input.setFocus()

    # ------------------------------------------------------------------ typing indicator
    def _typing_row(self) -> QWidget:
        row = QWidget()
        row.setObjectName("typingIndicator")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.make_avatar(), 0, Qt.AlignmentFlag.AlignTop)
        self._typing_label = QLabel(self.tr("typing"))
        self._typing_label.setObjectName("typingText")
        layout.addWidget(self._typing_label)
        layout.addStretch(1)
        row.setVisible(False)
        self._typing_dots = 0
        self._typing_timer = QTimer(self)
        self._typing_timer.setInterval(350)
        self._typing_timer.timeout.connect(self._tick_typing)
        return row

    def _set_typing(self, on: bool) -> None:
        self.typing.setVisible(on)
        if on:
            label = self._typing_label
            label.ensurePolished()  # keep the width steady while the dots change
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(self.tr("MedLink assistant is typing..."))
                                  + 2 * self.scaled(14) + 4)
            self._typing_dots = 0
            self._tick_typing()
            self._typing_timer.start()
            self._scroll_to_end()
        else:
            self._typing_timer.stop()

    def _tick_typing(self) -> None:
        self._typing_dots = self._typing_dots % 3 + 1
        self._typing_label.setText(self.tr("MedLink assistant is typing") + "." * self._typing_dots)

    # ------------------------------------------------------------------ layout helpers
    def scaled(self, value: int) -> int:
        return round(value * self._scale)

    def _avatar_size(self) -> int:
        return self.scaled(34)

    def make_avatar(self) -> QLabel:
        avatar = QLabel("\u271a")
        avatar.setObjectName("avatar")
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        avatar.setFixedSize(self._avatar_size(), self._avatar_size())
        return avatar

    def _bubble_width(self) -> int:
        width = self.scroll_area.viewport().width() - 2 * self.scaled(18) - self._avatar_size() - 10
        return int(max(width, 200) * (KIOSK_BUBBLE_WIDTH_FRACTION if self.ctx.kiosk else BUBBLE_WIDTH_FRACTION))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            width = self._bubble_width()
            for row in self._rows:
                row.fit(width)
        return super().eventFilter(watched, event)

    def _scroll_to_end(self) -> None:
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._follow:
            self.scroll_area.verticalScrollBar().setValue(maximum)

    def _scrolled(self, value: int) -> None:
        self._follow = value >= self.scroll_area.verticalScrollBar().maximum() - 4

    def _update_send(self) -> None:
        self.send_button.setEnabled(bool(self.input.text().strip()))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._ensure_greeting()
        self.input.setFocus()
        width = self._bubble_width()
        for row in self._rows:
            row.fit(width)

    # ------------------------------------------------------------------ look
    def _style(self) -> str:
        s = self.scaled
        number_pt = 26 if self.ctx.kiosk else 20
        small_pt = 11.5 if self.ctx.kiosk else 8.5
        return f"""
QScrollArea#chatHistory {{ background: white; border: 1px solid #D9E2EC; border-radius: 10px; }}
QWidget#chatHistoryContents {{ background: white; }}
QScrollArea#chatHistory QScrollBar:vertical {{ background: transparent; width: {s(10)}px; margin: 6px 2px; border: none; }}
QScrollArea#chatHistory QScrollBar::handle:vertical {{ background: #BCCCDC; border-radius: {s(3)}px; min-height: 40px; }}
QScrollArea#chatHistory QScrollBar::handle:vertical:hover {{ background: #9FB3C8; }}
QScrollArea#chatHistory QScrollBar::add-line:vertical, QScrollArea#chatHistory QScrollBar::sub-line:vertical {{ height: 0px; }}
QScrollArea#chatHistory QScrollBar::add-page:vertical, QScrollArea#chatHistory QScrollBar::sub-page:vertical {{ background: transparent; }}
QFrame#bubble {{ border-radius: {s(14)}px; }}
QFrame#bubble[kind="assistant"] {{ background: #F0F4F8; border: 1px solid #E1E8EF; border-top-left-radius: 4px; }}
QFrame#bubble[kind="patient"] {{ background: {ACCENT}; border: 1px solid {ACCENT_DARK}; border-top-right-radius: 4px; }}
QFrame#bubble[kind="patient"] QLabel {{ color: white; }}
QFrame#bubble[kind="emergency"] {{ background: #FEF3F2; border: 2px solid {DANGER}; border-top-left-radius: 4px; }}
QLabel#bubbleText {{ background: transparent; }}
QLabel#emergencyBanner {{ background: {DANGER}; color: white; font-weight: 700; border-radius: 6px;
    padding: {s(6)}px {s(10)}px; }}
QFrame#callTile {{ background: white; border: 1px solid #F4B4AE; border-radius: 10px; }}
QLabel#callNumber {{ color: {DANGER}; font-size: {number_pt}pt; font-weight: 800; background: transparent; }}
QLabel#callCaption {{ color: #7A271A; background: transparent; }}
QPushButton#copyNumber {{ padding: {s(4)}px {s(12)}px; min-height: 0px; }}
QPushButton#suggestionChip {{ background: white; color: {ACCENT_DARK}; border: 1px solid #8FD3C9;
    border-radius: {s(15)}px; padding: {s(6)}px {s(14)}px; min-height: 0px; }}
QPushButton#suggestionChip:hover {{ background: #E6F6F4; border-color: {ACCENT}; }}
QPushButton#suggestionChip:focus {{ border: 2px solid {ACCENT}; }}
QPushButton#bookAction, QPushButton#linkAction {{ padding: {s(6)}px {s(14)}px; min-height: 0px; }}
QLabel#avatar {{ background: {ACCENT}; color: white; border-radius: {self._avatar_size() // 2}px;
    font-weight: 700; }}
QLabel#timeStamp {{ color: #829AB1; font-size: {small_pt}pt; background: transparent; }}
QLabel#typingText {{ color: #627D98; font-style: italic; background: #F0F4F8; border-radius: {s(12)}px;
    padding: {s(7)}px {s(14)}px; }}
QLabel#chatFooter {{ font-size: {small_pt + 0.5}pt; }}
"""
