"""Danger signs told in everyday words: blood that spurts, a knife or a gun, legs that cannot move or
feel after a fall or a lift, illicit liquor followed by lost sight or sickness, sudden breathlessness
after an operation, a long journey or on the pill (a clot in the lung), a sudden headache like none
before — beside the same words in their everyday senses (a holi pichkari, a fountain pen, a small cut,
a drinking habit, an old fall, the strongest medicine for a headache).

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

_DEVANAGARI = re.compile("[\u0900-\u097f]")

EMERGENCIES = [
    'haath ki nas kat gayi, khoon pichkari ki tarah nikal raha hai',
    'blood is spurting from his leg after the machine cut',
    'khoon fuvare jaisa ud raha hai kati hui jagah se',
    'जांघ से खून फव्वारे की तरह निकल रहा है',
    'pair se khoon ki dhaar beh rahi hai, ruk hi nahi rahi',
    'kisi ne bhai ko chaku maar diya, khoon beh raha',
    'मेरे भाई को किसी ने चाकू मार दिया',
    'my neighbour got stabbed in the stomach',
    'papa ko goli lagi hai',
    'usko pet me chaku ghop diya',
    'kal raat desi daru pi thi, aaj aankhon se dikhna band ho gaya',
    'hooch peene ke baad 4 log bimar, ek ko dhundhla dikh raha, ulti',
    'जहरीली शराब पीने के बाद आँखों से धुंधला दिख रहा है',
    'mama ne kachi sharab pi, ab saans tez aur behoshi',
    'he had 3 fits one after another and did not wake up in between',
    'ek ke baad ek daure aa rahe hain, hosh nahi aa raha beech me',
    'बार बार दौरे पड़ रहे हैं, बीच में होश नहीं आ रहा',
    'fell from the stairs on his back, cannot move or feel his legs',
    'gym me weight uthate waqt kamar me kat ki aawaz, ab dono pair sunn',
    'peeth ke bal gira, pairon me jaan nahi, hila nahi pa raha',
    'dhoop me kheton me kaam karte karte gir gaye, sharir tap raha hai, behki behki baatein',
    'धूप में काम करते हुए मजदूर गिर पड़ा, शरीर आग जैसा गर्म, बड़बड़ा रहा है',
    'khoon ki dhaar ban ke nikal rahi hai, kapda bhi bhig gaya',
    'usko pet me chaku ghop diya',
    'chhura maar ke bhaag gaye, pet se khoon',
    'country liquor peene ke baad chacha ko kuch dikh nahi raha',
    'कच्ची शराब पीने के बाद उल्टी और सांस फूल रही है',
    'pedh se gire, kamar ke neeche kuch mehsoos nahi ho raha',
    'accident ke baad dono pair sunn, khada nahi ho pa raha',
    'after my knee surgery suddenly breathless and coughing blood',
    'operation ke 5 din baad achanak saans phoolne lagi, seene me chubhan',
    'lambi train yatra ke baad mummy ki achanak saans ukhad gayi',
    'on birth control pills, sudden shortness of breath since an hour',
    'sar me achanak itna tez dard jaisa zindagi me kabhi nahi hua',
    'never had such a headache, came suddenly like a blast, vomiting',
    'सिर में ऐसा दर्द जिंदगी में कभी नहीं हुआ, अचानक शुरू हुआ',
]

EVERYDAY = [
    'chhoti si kat lagi hai ungli pe, khoon thoda nikla, ab ruk gaya',
    'my son wants to buy a water gun pichkari for holi',
    'fountain pen ki syahi kapde pe gir gayi',
    'chaku se sabzi kaatte waqt ungli kat gayi, halka sa',
    'desi ghee khane se cholesterol badhta hai kya',
    'daru chhodne ka tarika batao',
    'sharab peene se liver kharab hota hai kya',
    'mirgi ke daure saal me ek baar aate hain, dawai chal rahi hai',
    'kamar dard hai aur pairon me halki jhunjhuni 2 mahine se',
    'dhoop me kaam karne se thakan aur sar dard, paani kitna piye',
    'goli lagne ke baad ka ghav bhar gaya hai, ab khujli hoti hai',
    'doodh ki dhaar kaise banaye',
    'holi ki pichkari se aankh me rang chala gaya',
    'desi daru chhodne ke liye kya karein, roz peete hain',
    'papa desi sharab peete hain, unka liver test kab karaye',
    'chashma lagane ke baad bhi dhundhla dikhta hai',
    'gir gaye the pichle saal, ab pairon me halki kamzori rehti hai',
    'chaku tez kaise karein',
    'operation ke baad saans ki exercise kaun si karein',
    'surgery ke baad kitne din aaram karna chahiye',
    'long flight me pair sujne se kaise bachein',
    'zindagi me kabhi sir dard nahi hua, aaj halka sa hai',
    'sabse tez sir dard ki dawai konsi hai',
    'pehli baar itna sir dard hua, 2 din se, zukam bhi hai',
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_an_injury_or_a_poisoning_told_in_everyday_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, lang="hi" if _DEVANAGARI.search(message) else None)


@pytest.mark.parametrize("message", EVERYDAY)
def test_the_same_words_in_their_everyday_senses_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    ["he had 3 fits one after another and did not wake up in between", "papa did not wake up this morning even when we shook him, breathing slowly"],
)
def test_someone_who_does_not_wake_up_gets_first_aid_not_the_crisis_line(bot: ChatBot, message: str) -> None:
    """ "did not wake up" tells of another person's state; "hope I do not wake up" is the wish of self-harm."""
    reply = assert_emergency(bot, message, number="108")
    assert "14416" not in reply.text, reply.text


@pytest.mark.parametrize(
    "message", ["i hope i do not wake up tomorrow", "i just want to sleep and not wake up again"]
)
def test_a_wish_not_to_wake_up_gets_the_crisis_line(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="14416")
