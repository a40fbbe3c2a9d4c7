"""A count of tablets that are kept, left, bought or sold in a pack ("20 goli bachi hai", "i have 20 tablets
left", "bought 10 strips", "100 goli wali dabbi le aaya", "30 goliyan khatam hone wali hai") tells a stock,
not tablets swallowed: no overdose alarm. The same count swallowed is still a poisoning emergency, in the
same clause or another ("mere paas 20 goli bachi thi, sab kha li"), whoever took them.

None of these messages is in the patient set; each checks a kind of count, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

STOCK = [
    "mere paas 20 goli bachi hai bp ki, refill kab karaye",
    "i have 20 tablets of metformin left, when should i order more",
    "bought 10 strips of paracetamol for the family",
    "papa ki 30 goliyan khatam hone wali hai, naya prescription chahiye",
    "thyronorm 50 ki 100 goli wali dabbi le aaya",
    "15 goliyan baaki hain sugar ki, doctor se kab milu",
]

SWALLOWED = [
    "mere paas 20 goli bachi thi, sab kha li maine",
    "usne strip ki 10 goliyan ek saath kha li",
    "meri bachi ne 10 goliyan nigal li",
    "took 25 sleeping pills, i have some left",
    "mummy ne 15 goli le li bp ki ek saath",
]


@pytest.mark.parametrize("message", STOCK)
def test_tablets_kept_or_bought_are_no_overdose(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("message", SWALLOWED)
def test_tablets_swallowed_are_still_poisoning(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")
