"""Adult emergencies told in the words of the east and the south are emergencies.

A face fallen to one side in Telugu ("mukham okavaipu vaalipoyindi"), thick speech ("maata mudda mudda
ga") and a hand without grip ("pattu ledu"); the same in Odia ("muha gote pakhaku benka hei jaichi",
"katha spasta kahi parunahi", "hata uthunahi") is a stroke. A fit in Assamese ("fit ahise", "kopi ase",
"mukhot foam") or Odia ("haat goda thar thar kampuchi", "mukharu phena"), or shaking all over with foam
from the mouth told in English, is a seizure. A collapse in Assamese ("hothat pori gol", "matile sara
nidiye"), in Angika/Magahi ("गिर गेलई", "होश नय आ रहल") or in Punjabi ("hilane te bhi nei uthdi"), or
a fall with no movement at all, is unconsciousness. A meter's "HI" told in Assamese ("HI dekhaise") with
vomiting and drowsiness is a diabetic emergency; blood coughed up as "ek cup" is heavy bleeding; taking
one's own life told object-last ("jaan leni hai apni") is self-harm; a "splitting" headache stays
"splitting" (never corrected to "spitting") and, sudden with vomiting, is a warning of a bleed in the brain.

Past events, mild shaking, a cup of tea or water, a question about fits, and "jaan leni hai" meaning
"to find out" are no emergency.

None of these messages is in the patient set; each checks a word family, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    # stroke, Telugu and Odia
    "nanna ki achanak right hand pattu ledu, maata mudda mudda ga vastundi",
    "attamma ki sudden ga mukham okavaipu vaalipoyindi",
    "bapa nka muha gote pakhaku benka hei jaichi, katha spasta kahi paruna hanti",
    "maa ra achanak katha spashta kahi parunahi, hata uthunahi",
    # fits
    "bhai r fit ahise, mukhot foam",
    "bou ra haat goda thar thar kampuchi, mukharu phena basuchi",
    "my uncle is shaking all over with foam coming out of his mouth",
    # collapse
    "mama hothat pori gol, matile sara nidiye",
    "भाई अचानक गिर गेलई, होश नय आ रहल",
    "papa bathroom me gir gaye, hila ke dekha uthe nahi",
    "worker achanak gir gaya, koi harkat nahi",
    # high sugar, coughed blood, self-harm, headache
    "mama r sugar meter e HI dekhaise, bar bar bomi korise, bohut sleepy",
    "papa ko khansi me khoon aa raha, aaj ek cup jitna nikla",
    "bas ab jaan le leni hai apni",
    "mujhe jaan leni hai apni, koi nahi samjhta",
    "jaan deni hai mujhe, thak gaya hoon",
    "achanak se splitting headache hua aur ulti",
]

NOT_EMERGENCIES = [
    "last year papa ki face okavaipu vaalipoyindi, ippudu baagundi",
    "kal fit ahisil, ekhon thik ase",
    "hands shaking a little in the cold, brushing teeth foam in mouth",
    "mirgi ke baare me batao, fits me muh se jhaag kyun aata hai",
    "ami kal pori gol, aji thik ase",
    "he fell asleep and did not wake for the alarm",
    "fell from cycle, knee scraped, not getting up from bed due to pain",
    "khansi hai, ek cup garam pani piyun kya",
    "mujhe pehle ye baat jaan leni hai ki fees kitni hai",
    "doctor ki timing jaan leni hai",
    "thoda sa sir dard, head splitting nahi bas halka",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_told_in_regional_words_is_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_EMERGENCIES)
def test_past_mild_or_other_sense_is_not_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)

