"""A body or limbs shaking while the eyes turn up is a fit, in whatever language the two are told and
in separate clauses: Hindi "pura sharir kaanp raha, aankhen upar chadh gayi", Gujarati "aakhu sharir
dhruje che, ankh upar", Malayalam "kai kaal virakkunnu, kannu mukalilottu", Tamil "kai nadukkam, kannu
mela pogudhu", Bengali "kanpchhe, chokh upore", English "shaking all over, eyes went up".

Shaking beside the upper eyelid ("aankh upar wali palak"), beside looking up on purpose ("aankh upar
karke dekhne pe"), shaking with eyes that did not turn up, or shaking alone (cold, fever chills) is no
emergency.

None of these messages is in the patient set; each checks a reading, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

SHAKING_WITH_EYES_UP = [
    "beti ka pura sharir kaanp raha hai, aankhen upar chadh gayi",
    "बेटे का पूरा शरीर काँप रहा है, आँखें ऊपर चढ़ गईं",
    "dikro aakhu sharir dhruje che ane ankh upar, 5 minit thi",
    "molu kai kaal virakkunnu, kannu mukalilottu, vegam parayu",
    "appa kai nadukkam, kannu mela pogudhu",
    "chhele ta kanpchhe, chokh upore uthe geche",
    "my husband is shaking all over and his eyes went up",
    "bachhe ke haath pair kaanp rahe hain aur aankh upar ho gayi",
]

NOT_A_FIT = [
    "thand se kaanp rahi hu, aankh upar wali palak me dard",
    "haath kaanpte hain, aankh upar karke dekhne pe sir dard",
    "kal raat fever me kaanpna hua tha, aankhen upar nahi gayi",
    "bukhar ke saath thand lag ke kaanp raha hai",
    "hands shaking since morning after coffee",
]


@pytest.mark.parametrize("message", SHAKING_WITH_EYES_UP)
def test_shaking_with_the_eyes_turned_up_is_a_fit(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_A_FIT)
def test_shaking_without_eyes_turned_up_is_no_fit(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
