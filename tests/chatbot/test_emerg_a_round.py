"""Emergencies told in everyday words of India's languages, each beside calm messages that share its words.

Checks that choking (voice gone, stuck in the throat in Bhojpuri, Magahi and Tamil), a farewell with a phone
switched off, an unknown number of a grandparent's pills or rat poison swallowed (Magahi, Odia, Marathi verb
forms), burns with skin coming off after a lamp, a stove or clothes on fire, a snake bite typed as it sounds,
not waking after drink, fits that do not stop (Nepali) and a face swelling after a new medicine (Tamil,
Telugu), a sugar of 300 or more with vomiting and drowsiness, a pad soaked every hour with dizziness, and
tablets taken twice by mistake followed by giddiness are emergencies, while an old event, a question in
general, prevention and a mild version stay calm.
None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency


@pytest.mark.parametrize(
    "message",
    [
        "bitiya chana ke daana nigal gelai, saans na le pa rahal hai",
        "thatha ku meen mullu thondaila maattikichu, irumal kooda varala",
        "appa ku chicken bone thondaila maattikittu, pesa mudiyala, kazhuththa pudichikittu irukkaru",
        "chhotka nana ke bp wala goli kha gel, pata na ketna, ab sust pada hai",
        "chhauda dadi ke sugar wali goli khailak, pata na ketna, ab uth na raha",
        "nati musa mara bisa khai dela, ki kariba",
        "mulga undir maarnyache aushadh khaun takla, ulti hot aahe",
        "diwali pe kurte me aag lag gayi, chhati pe bade phafole, chamdi latak rahi hai",
        "lantern fell on my leg, skin coming off in sheets, big blisters all over",
        "stove phat gaya, bhabhi ke haath ki chamdi utar gayi, bade chhale",
        "snak bite on my uncles foot near the pond, two marks and he is drowsy",
        "bhaiya ko daaru ke baad uthaudai chaina, saans dheere",
        "kaka lai fits aayo, 10 minute bhayo rokdai chaina",
        "amma ku pudhu maathirai potta udane mugam veengiduchu, moochu vida kashtam",
        "naanna ki kotha mandu vesaka mukham vaachindi, oopiri kashtam ga undi",
        "papa ki sugar 410 hai, subah se ulti ho rahi, bahut sust hai aur jawab nahi de rahe",
        "mom's glucose reading 360, vomiting since night and very drowsy",
        "periods me har 1 ghante pad full ho raha, chakkar aa rahe aur gir gayi",
        "mummy ne galti se do baar sugar ki goli kha li, ab bahut giddy feel kar rahi aur pasina",
        "grandpa inadvertently took his heart pills twice, now giddy and very weak",
    ],
)
def test_emergency_in_everyday_words(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "bhai ne sabse vida le li aur ab uska phone band hai",
        "mere dost ne message kiya ab kisi ko meri fikar nahi karni padegi, phone switch off hai",
        "dont want to be here anymore, been cutting again and it keeps bleeding",
    ],
)
def test_self_harm_in_everyday_words(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="14416")


@pytest.mark.parametrize(
    "message",
    [
        "pichle saal beta sikka nigal gaya tha, ab theek hai, kya dhyan rakhein",
        "bachche ko mungfali kab se de sakte hain",
        "thondai vali irukku, saapida kashtama irukku",
        "office se vida le raha hu, kal se nayi job",
        "teacher ki vida party ke liye kya khana banaye",
        "nani ki bp wali goli kitni baar leni hai",
        "musa mara bisa ghare kemiti rakhibu jate pila na khaibe",
        "kurta pehen ke dhoop me jaane se kya garmi kam lagti hai",
        "snack ideas for diabetics please",
        "veyil la ponaa enna saapidanum, heat stroke varaama iruka",
        "dupahariya mein ghaam me kaam karne se pehle kitna paani piye",
        "bachpan mein mirgi ke daure aate the, ab nahi aate, dawa band kar sakte hain",
        "bolna vi aukha lagda jad gala kharab hove, ki kariye",
        "pudhu maathirai saapittu konjam vayiru valikkudhu",
        "chhotka ke khansi ba, kaun syrup di",
        "lantern ke paas padhne se aankh kharab hoti hai kya",
        "pair pe chhota chhala hai, joote se, kya lagaye",
        "sunburn se skin peeling off on shoulders, what cream",
        "garam chai se ungli pe chhota chhala, halka sa",
        "mulga jevan khaun takla, ata potat dukhta",
        "stove ke paas kaam karti hu, haath garam rehte hai",
        "thyroid ki goli khali pet leni hai ya nashte ke baad",
        "sugar 350 aayi kal mithai khayi, kya khana chahiye",
        "sugar 320 tha pichle hafte, ab 180 hai, dawa kam karein?",
        "accidentally took my thyroid tablet twice today, feeling fine, should i skip tomorrow",
        "periods me har 2 ghante pad badalna padta hai, normal hai kya",
        "giddy feeling when I stand up quickly, why",
        "barely answering emails lately, so tired at work",
        "maine galti se bp ki goli do baar le li, koi dikkat to nahi hogi?",
    ],
)
def test_calm_messages_that_share_the_words(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
