"""Breadth of the topics, second half of the conditions: each condition asked the way patients in India
type it — plain English, Hinglish with SMS spellings and typos, Devanagari, romanised regional languages,
about a relative, and by its signs or everyday name — for what it is, what to do and a current complaint.

None of these messages is in the patient set; each checks the vocabulary of one condition, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

R, D, S = "remedy", "disease_info", "symptom_check"

#: (message, intent, topic), six per condition: vertigo … hair_fall
CONDITIONS_ONE = [
    # vertigo
    ("what is vertigo and why does it happen", D, "vertigo"),
    ("sar ghumta h jab bed se uthti hu, kamra ghoomta lagta, kya hai ye", S, "vertigo"),
    ("करवट लेते ही कमरा घूमने लगता है, कौन से डॉक्टर को दिखाएं", S, "vertigo"),
    ("mala chakkar yetat, sagla gol gol firta, kay karu", R, "vertigo"),
    ("papa ko vertigo hai, ghar pe kya exercise kar sakte hain", R, "vertigo"),
    ("everything spins when i turn my head in bed since 2 days", S, "vertigo"),
    # dementia
    ("what are the early signs of dementia", D, "dementia"),
    ("dadi sab bhool jati h, naam bhi yaad nhi rehta, kya bimari hai", S, "dementia"),
    ("भूलने की बीमारी क्यों होती है बुढ़ापे में", D, "dementia"),
    ("amar baba sob bhule jay, ki korbo", R, "dementia"),
    ("how to take care of my grandfather with alzheimers at home", R, "dementia"),
    ("nanaji ghar ka rasta bhool jaate hain aur ek hi baat baar baar poochte", S, "dementia"),
    # parkinsons
    ("is parkinsons disease curable", D, "parkinsons"),
    ("papa ke haath kaanpte rehte h aaram karte waqt bhi, chhote kadam se chalte", S, "parkinsons"),
    ("पार्किंसन बीमारी के लक्षण क्या हैं", D, "parkinsons"),
    ("maza aajobanna parkinson ahe, vyayam kasa karava", R, "parkinsons"),
    ("my father has parkinsons, what diet and exercise helps", R, "parkinsons"),
    ("hath kampan rukta nahi, chalne me jhuk ke chalte, which doctor", S, "parkinsons"),
    # stress
    ("how to manage stress from work", R, "stress"),
    ("bahut tension rehta h office ka, neend b nhi aati, kya karu", R, "stress"),
    ("तनाव कम करने के उपाय बताइए", R, "stress"),
    ("kaam da bahut pressure aa, tension kiven ghatavan", R, "stress"),
    ("my son is very stressed about his board exams, what can we do", R, "stress"),
    ("what does stress do to the body", D, "stress"),
    # alcohol
    ("how to stop drinking alcohol", R, "alcohol"),
    ("pati roz daru peete h, chhudane ka upay batao", R, "alcohol"),
    ("शराब छोड़ने का तरीका बताइए", R, "alcohol"),
    ("amche baba roj daru pitat, te sodvaycha kasa", R, "alcohol"),
    ("is drinking beer every day harmful for the liver", D, "alcohol"),
    ("how to get rid of a hangover headache", R, "alcohol"),
    # tobacco
    ("how can i quit smoking", R, "tobacco"),
    ("gutka khana kaise chhodu, roz 5 packet kha leta hu", R, "tobacco"),
    ("बीड़ी पीने से क्या नुकसान होता है", D, "tobacco"),
    ("bidi peena kivein chhaddan, kuch dassho", R, "tobacco"),
    ("my husband chews tobacco all day, what harm does it do", D, "tobacco"),
    ("cigrette chhodni hai, kya karu", R, "tobacco"),
    # fungal_infection
    ("what causes ringworm on the skin", D, "fungal_infection"),
    ("jaangh me daad ho gaya h gol gol khujli wala, kya lagau", R, "fungal_infection"),
    ("दाद खाज खुजली का इलाज क्या है", R, "fungal_infection"),
    ("pag na angli vachche khanjval ane chamdi ukhde che", S, "fungal_infection"),
    ("meri wife ko kamar pe gol lal daag khujli wale, kya hai ye", S, "fungal_infection"),
    ("is fungal infection contagious", D, "fungal_infection"),
    # scabies
    ("what is scabies and how does it spread", D, "scabies"),
    ("raat ko bahut khujli hoti h ungliyon ke beech, ghar me sabko ho gyi", S, "scabies"),
    ("खारिश का घरेलू इलाज बताइए", R, "scabies"),
    ("rathiri fulla udambu arikkuthu, veetla ellarukkum scabies irukka", S, "scabies"),
    ("my 5 year old has scabies, how to treat the whole family", R, "scabies"),
    ("kharish wali bimari ek se dusre ko lagti hai kya", D, "scabies"),
    # dandruff
    ("how to get rid of dandruff", R, "dandruff"),
    ("sir me rusi bahut h, shoulder pe safed flakes girte", S, "dandruff"),
    ("रूसी क्यों होती है", D, "dandruff"),
    ("mathay khushki hoy, ki lagabo", R, "dandruff"),
    ("my daughter has dandruff and itchy scalp, which shampoo is good", R, "dandruff"),
    ("baalon me safed khushki jam jati hai, kya lagaun", R, "dandruff"),
    # hair_fall
    ("why is my hair falling so much", D, "hair_fall"),
    ("baal bahut jhad rahe h, kangi karte hi guchha nikalta, kya karu", R, "hair_fall"),
    ("बाल झड़ना कैसे रोकें", R, "hair_fall"),
    ("maze kes khup galtat, upay sanga", R, "hair_fall"),
    ("my husband is going bald at 28, what causes it", D, "hair_fall"),
    ("ganjapan ka ilaj hai kya", R, "hair_fall"),
]


@pytest.mark.parametrize(("message", "intent", "topic"), CONDITIONS_ONE)
def test_conditions_vertigo_to_hair_fall(bot: ChatBot, message: str, intent: str, topic: str) -> None:
    assert_intent(bot, message, intent, topic)
