"""MedLink's offline health chatbot (Qt-free, no network).

Usage::

    from medlink.chatbot import ChatBot
    bot = ChatBot()                      # or ChatBot(context=some_chat_context)
    reply = bot.reply("what is dengue")  # -> Reply(intent="disease_info", ...)

Languages: ``"en"`` and ``"hi"`` (:data:`LANGUAGES`). The UI passes the user's language
either once, ``ChatBot(context, language="hi")``, or per message,
``bot.reply(text, language="hi")``. A message written in Devanagari is always answered
in Hindi (the language is detected from the script); a message in Latin letters (English
or Hinglish) is answered in the preferred language. ``Reply.language`` says which
language ``Reply.text`` is in; ``Reply.dose_redirect`` is True when a dose question was
redirected to a doctor or pharmacist. Clinic data (doctor names, fees, times, links) is
shown as stored.

The signed-in patient's age, sex and pregnancy reach the triage through the optional
``patient_age_years`` / ``patient_sex`` / ``patient_pregnant`` members of
:class:`ChatContext`.

The knowledge base is ``resources/chatbot/knowledge_base.json``; it is loaded and
validated once per process. The Hindi lexicon is ``resources/chatbot/hindi_lexicon.json``
(:mod:`medlink.chatbot.hindi`), loaded and validated on the first Devanagari message.
"""

from medlink.chatbot.context import (
    IST,
    AppointmentBrief,
    ChatContext,
    DoctorBrief,
    MeetingBrief,
    StaticChatContext,
)
from medlink.chatbot.engine import ACTION_KINDS, INTENTS, LANGUAGES, ChatAction, ChatBot, Reply
from medlink.chatbot.hindi import detect_language
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
    "LANGUAGES",
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
    "detect_language",
    "format_inr",
    "format_when",
    "load_knowledge_base",
]
