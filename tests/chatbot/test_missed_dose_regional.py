"""A dose missed is a dose question whatever the medicine is called: "dawai lena bhool gaya, ab kya karu"
(medicine in general, not only a named one), the Gujarati "goli bhuli gayo, have su karu", the Bengali
"oshudh khete bhule gechi, ekhon duto khabo", the Punjabi "goli khani bhul gaya si, hun do kha lawan", the
Nepali "aushadhi khana birsiye", the Tamil "maathirai marandhutten", the Telugu "goli marchipoya" and the
Malayalam "gulika kazhikkan marannu" (I forgot to take it). The reply sends the patient to a doctor or
pharmacist and never names a dose. Forgetting that is not about a medicine ("naam bhool gaya doctor ka")
is no dose question.

None of these messages is in the patient set; each checks a word family, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_dose_redirected

MISSED = [
    "dawai lena bhool gaya kal raat, ab kya karu",
    "goli khani bhool gayi subah, abhi le lu kya",
    "bp ni goli bhuli gayo, have su karu, bev levi",
    "prosher oshudh khete bhule gechi, ekhon duto khabo",
    "goli khani bhul gaya si, hun do kha lawan",
    "aushadhi khana birsiye, aba duita khanu hunchha",
    "sugar maathirai marandhutten, ippo rendu podalama",
    "thyroid goli vesukovadam marchipoya, ippudu rendu vesukovacha",
    "gulika kazhikkan marannu, ippol randu kazhikkamo",
]


@pytest.mark.parametrize("message", MISSED)
def test_a_missed_dose_of_any_medicine_is_a_dose_question(bot: ChatBot, message: str) -> None:
    assert_dose_redirected(bot, message)


def test_forgetting_a_name_is_no_dose_question(bot: ChatBot) -> None:
    assert not bot.reply("doctor ka naam bhool gaya, wo kal aate hai kya").dose_redirect
