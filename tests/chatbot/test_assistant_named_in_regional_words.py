"""The assistant named in the words of other languages ("ee app" in Telugu, Malayalam and Maithili, "o
app" in Marwari, "ye sahayak" in formal Hindi, "ye mashin" at the kiosk, "this service") with a question
of what it does asks for ``help``; so does "what all can u do" and the Marwari "kांई कांई बतावे". A
task asked "in this app" (a booking, a fee, a video consultation) is that task, not help.

None of these messages is in the patient set; each checks a question shape, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

ASKS_WHAT_IT_DOES = [
    "ee app lo emi cheyagalanu",
    "ee app kondu enthokke cheyyam",
    "यह सहायक किस प्रकार सहायता करता है",
    "ye mashin kaise kaam karti hai, pehli baar aaye hain",
    "how to use this service, I am new",
    "what all can u do",
    "ओ ऐप कांई कांई बतावे",
]

TASK_IN_THE_APP = [
    ("ye app me appointment kaise book kare", "appointments"),
    ("is app se doctor ki fees kitni lagegi", "fees"),
    ("ee app lo video call link ekkada", "video_link"),
]


@pytest.mark.parametrize("message", ASKS_WHAT_IT_DOES)
def test_assistant_named_and_asked_what_it_does_is_help(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "help")


@pytest.mark.parametrize(("message", "intent"), TASK_IN_THE_APP)
def test_task_asked_in_the_app_is_the_task(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)
