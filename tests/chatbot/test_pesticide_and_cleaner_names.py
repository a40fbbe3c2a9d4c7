"""A pesticide, a rat poison or a household cleaner named by its brand or its chemical, swallowed, is a
poisoning: the grain-store tablets ("quickphos", aluminium or zinc phosphide), the farm sprays families keep
at home ("furadan", "thimet", "monocil", "folidol", "rogor", "gramoxone", malathion, dichlorvos,
chlorpyriphos), the hair dye that poisons in the south ("super vasmol", "kala pathar"), and the cleaners of
the kitchen and the floor told by what they are for ("bartan dhone ka liquid", "pochha ka liquid", savlon,
dishwash). Each gets the ambulance number.

The same names told without swallowing (spraying a field, storing grain, dyeing hair, washing a wound,
an allergy to a cleaner, a question about a chemical) are no emergency.

None of these messages is in the patient set; each checks a family of names, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

SWALLOWED = [
    "bhai ne quickphos kha li",
    "papa ne aluminium phosphide ki goli kha li",
    "chacha ne zinc phosphide kha liya raat ko",
    "gramoxone pi liya usne",
    "furadan kha liya galti se",
    "thimet kha li mama ne",
    "monocil pee liya khet me jaake",
    "folidol pi liya, muh se jhaag",
    "malathion pee liya bhaiya ne",
    "dichlorvos pee gaya",
    "rogor pee liya",
    "chlorpyriphos pee liya hai",
    "super vasmol kudichitta",
    "kala pathar kha liya bahu ne",
    "baby ne bartan dhone ka liquid pee liya",
    "bachchi ne pochha ka liquid pee liya",
    "savlon pee gaya chhota",
    "dishwash gel pee liya baby ne",
    "visha kudida",
]


@pytest.mark.parametrize("message", SWALLOWED)
def test_a_named_pesticide_or_cleaner_swallowed_is_a_poisoning(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


NOT_SWALLOWED = [
    "savlon se ghaav saaf kiya, theek hai kya",
    "roundup spray kiya khet me, haath dhone chahiye kya",
    "vasmol lagaya baal pe, khujli ho rahi",
    "malathion spray karne ke baad kya savdhani rakhe",
    "dishwash liquid se haath me allergy ho gayi",
    "quickphos gehu me rakhna safe hai kya",
    "pril se bartan dhone ke baad haath fat jaate",
    "chlorpyriphos ka spray kitne din me kare",
    "phosphide wali goli kaise rakhe ghar me bachon se door",
    "glyphosate se cancer hota hai kya",
]


@pytest.mark.parametrize("message", NOT_SWALLOWED)
def test_the_same_names_not_swallowed_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
