"""A reading told with its complaint beside a dose missed ("BP aaj 170/100 aaya, sir bhaari hai, dawa 2
din se miss ho gayi") asks whether the reading is all right: it is triaged as a complaint, not sent away as a
dose question, while a dose missed told alone ("dawai lena bhool gaya, ab kya karu") is one.

None of these messages is in the patient set; each checks a kind of message, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_dose_redirected, assert_intent


@pytest.mark.parametrize(
    "message",
    [
        "papa ka bp aaj 180/100 aaya, sar bhaari hai, dawa 3 din se miss ho gayi",
        "mummy ka BP 170/105 hai subah se, chakkar aa rahe, goli kal se chhoot gayi",
    ],
)
def test_a_reading_with_its_complaint_beside_a_missed_dose_is_triaged(bot: ChatBot, message: str) -> None:
    reply = assert_intent(bot, message, "symptom_check")
    assert not reply.dose_redirect


def test_a_missed_dose_told_alone_is_a_dose_question(bot: ChatBot) -> None:
    assert_dose_redirected(bot, "bp ki dawai lena bhool gaya kal raat, ab kya karu")
