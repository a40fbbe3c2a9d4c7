"""Questions about the assistant and the clinic asked in the words of other Indian languages get the
clinic's answers, not "I didn't understand":

- what the assistant does: Bengali "tumi ki korte paro", Malayalam "ithu enthokke cheyyum", Telugu
  "nuvvu emi chestav", Tamil "neenga enna pannuveenga", Gujarati "tame shu kari shako", Marathi "tumhi kay
  karu shakta", Odia "tume kana kari pariba", Nepali "tapai ke garna saknuhunchha", Hindi "aap kya karte
  hain" -> help;
- a time with the doctor: Bhojpuri / Angika "doctor se mile ke taim", "taim milte", Gujarati "time
  malse" (will I get a time), formal Hindi "samay nirdharit karna", Odia "daktar kete baje basanti" (at
  what time does the doctor sit), "naa lekhibi" (I'll write my name) -> appointments;
- the fee typed as it is said, "fis": "daktar ke fis kitna ba" -> fees;
- "koi hai?" (anyone there?) after a greeting -> greeting.

A complaint told beside the same words is still a health question ("pani undu, ithu enthu cheyyum" asks
what to do for a fever; "koi hai jo bukhar ka ilaj bataye" asks for care), "I" asking what I can do
("mi kay karu shakto") is no question about the assistant, and food at meal time ("khana mile ke time")
is no appointment.

Sentences of our own, none of them in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_intent

WHAT_IT_DOES = [
    "namaskar, tumi ki ki korte paro",
    "apni ki korte paren",
    "hi, ithu enthokke cheyyum",
    "nuvvu emi chestav",
    "neenga enna pannuveenga",
    "tame shu kari shako",
    "tumhi kay karu shakta",
    "tume kana kari pariba",
    "namaste, tapai ke garna saknuhunchha",
    "aap kya karte hain",
]

BOOKINGS = [
    "kal doctor sahab se mile ke taim milega",
    "डॉक्टर से मिले के टाइम मिलतै",
    "somvar ko doctor se milne ke time chahiye",
    "kaale savare time malse?",
    "हड्डी रोग विशेषज्ञ से शुक्रवार का समय निर्धारित करना है",
    "daktar kete baje basanti",
    "kali sakale naa lekhibi",
]

FEES = [
    "daktar ke fis kitna ba",
    "bacchon ke doctor ki fis kitni hai",
    "fis ketli che",
]

GREETINGS = [
    "ram ram, koi hai",
    "namaste ji, koi hai kya",
]

HEALTH_ALL_THE_SAME = [
    ("pani undu, ithu enthu cheyyum", ("symptom_check", "remedy")),
    ("koi hai jo bukhar ka ilaj bataye", ("remedy",)),
    ("tumi ki korte paro, 3 din theke jor", ("symptom_check", "remedy")),
]

NOT_ABOUT_THE_ASSISTANT_OR_A_BOOKING = [
    ("mi kay karu shakto ata", ("help", "appointments")),
    ("khana mile ke time kya kare", ("appointments",)),
]


@pytest.mark.parametrize("message", WHAT_IT_DOES)
def test_what_the_assistant_does_asked_in_a_regional_language_is_help(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "help")


@pytest.mark.parametrize("message", BOOKINGS)
def test_a_time_with_the_doctor_asked_in_regional_words_is_a_booking(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "appointments")


@pytest.mark.parametrize("message", FEES)
def test_the_fee_typed_as_said_is_a_fee_question(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "fees")


@pytest.mark.parametrize("message", GREETINGS)
def test_anyone_there_after_a_greeting_is_a_greeting(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "greeting")


@pytest.mark.parametrize(("message", "intents"), HEALTH_ALL_THE_SAME)
def test_a_complaint_beside_the_same_words_is_still_a_health_question(
    bot: ChatBot, message: str, intents: tuple[str, ...]
) -> None:
    assert_intent(bot, message, intents)


@pytest.mark.parametrize(("message", "intents"), NOT_ABOUT_THE_ASSISTANT_OR_A_BOOKING)
def test_look_alikes_are_no_help_nor_booking(bot: ChatBot, message: str, intents: tuple[str, ...]) -> None:
    assert_not_intent(bot, message, intents)
