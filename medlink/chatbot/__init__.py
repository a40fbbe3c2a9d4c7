"""MedLink's offline health chatbot (Qt-free, no network).

Usage::

    from medlink.chatbot import ChatBot
    bot = ChatBot()                      # or ChatBot(context=some_chat_context)
    reply = bot.reply("what is dengue")  # -> Reply(intent="disease_info", ...)

The knowledge base is ``resources/chatbot/knowledge_base.json``; it is loaded and
validated once per process.
"""

from medlink.chatbot.context import (
    IST,
    AppointmentBrief,
    ChatContext,
    DoctorBrief,
    MeetingBrief,
    StaticChatContext,
)
from medlink.chatbot.engine import ACTION_KINDS, INTENTS, ChatAction, ChatBot, Reply
from medlink.chatbot.formatting import format_inr, format_when
from medlink.chatbot.knowledge import (
    DEFAULT_KB_PATH,
    SPECIALITIES,
    KnowledgeBase,
    KnowledgeBaseError,
    load_knowledge_base,
)

__all__ = [
    "ACTION_KINDS",
    "DEFAULT_KB_PATH",
    "INTENTS",
    "IST",
    "SPECIALITIES",
    "AppointmentBrief",
    "ChatAction",
    "ChatBot",
    "ChatContext",
    "DoctorBrief",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "MeetingBrief",
    "Reply",
    "StaticChatContext",
    "format_inr",
    "format_when",
    "load_knowledge_base",
]
