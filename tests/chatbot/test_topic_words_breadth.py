"""Topic words in breadth: the everyday, dialect and regional names patients use for common conditions and
the symptom combinations that point to them (a cycle too short, ear pain after a swim, close work that tires
the eyes, teeth grinding in a child, a cough with weight loss and fever...).

Each message is written for this file; it checks that the topic is recognised, not the intent picked.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

_DEVANAGARI = re.compile("[\u0900-\u097f]")

#: (message, topic the reply must name)
CASES = [
    # combinations of symptoms
    ("mera cycle har 18 din me aa jata hai, kya ye theek hai", "irregular_periods"),
    ("my periods now come twice a month, started this year", "irregular_periods"),
    ("पीरियड्स हर 20 दिन में आ जाते हैं", "irregular_periods"),
    ("went to the pool on sunday, now my left ear is aching", "ear_infection"),
    ("nahate waqt kaan me paani chala gaya tha, ab kaan dukhta hai", "ear_infection"),
    ("heere ki ghisai ka kaam, lens se dekh dekh ke aankhe thak jaati", "eye_strain"),
    ("silai ka kaam karti hu, shaam ko aankhon me jalan hoti hai", "eye_strain"),
    ("uska peshab gaadha hai aur aankhen bhi peeli si lag rahi", "jaundice_hepatitis"),
    ("ek mahine se khansi, wajan ghat gaya aur roz bukhar", "tuberculosis"),
    ("beti sote hue daant peesti hai aur pet me dard batati hai", "worms"),
    ("cricket khelte hue ghutna sooj gaya, dard bhi hai", "sprain"),
    ("yesterday his ankle got swollen after football practice", "sprain"),
    ("tez bukhar ke saath jodon me bahut dard hai teen din se", "chikungunya"),
    ("khujli raat ko badh jaati hai, so nahi pata", "scabies"),
    ("garbhavastha me ji machlata hai subah", "morning_sickness"),
    ("pichhle saal se wajan badh gaya hai, pet bahar aa gaya", "obesity"),
    ("dhool me jaate hi bahut chheenk aati hai", "allergic_rhinitis"),
    ("ghar me roz jhagde se mera sir dard rehta hai aur neend nahi aati", "headache"),
    ("ghar ke jhagdon ki tension se pareshan hu", "stress"),
    ("bahut rona aata hai, kuch accha nahi lagta aajkal", "depression"),
    # everyday and dialect names
    ("mujhe dhobi itch ho gaya hai jaangh pe", "fungal_infection"),
    ("gajkarna zala aahe hatavar", "fungal_infection"),
    ("pitt badh gaya hai shayad, muh kadwa rehta", "gastritis"),
    ("gastric problem rehti hai khana khate hi", "gastritis"),
    ("roz motion tight aata hai, zor lagana padta", "constipation"),
    ("haddi tod bukhar chal raha hai mohalle me", "dengue"),
    ("gale me khich khich ho rahi hai do din se", "sore_throat"),
    ("bachche ko sheetpitta nikal aaya poore badan pe", "urticaria"),
    ("beti ko kanpeda ho gaya hai school se", "mumps"),
    ("masudon me sujan aur khoon aata hai brush karte", "toothache"),
    ("raktalpata bataya doctor ne, kya khaye", "anaemia"),
    ("naak ki haddi badhi hui hai, saans lene me dikkat", "sinusitis"),
    ("pair ki nasein ubhri hui hain, neeli neeli", "varicose_veins"),
    ("hum ummeed se hain, pehla mahina hai", "pregnancy"),
    ("bandar ne kaat liya haath pe", "dog_bite"),
    ("sugar ka marij hu 10 saal se", "diabetes"),
    ("papa bp ke mareez hain, namak kitna de", "hypertension"),
    ("nasha karta hai mera bhai, chhudana hai", "alcohol"),
    ("zarda khane ki aadat chhodni hai", "tobacco"),
    ("bachcha bistar pe susu kar deta hai abhi bhi", "bedwetting"),
    ("door ka saaf nahi dikhta, board padhne me dikkat", "myopia"),
    ("papa ki kidney fail ho gayi hai", "kidney_disease"),
    ("heart blockage ka ilaaj kya hai", "coronary_artery_disease"),
    ("chhati me balgam jama hai, khansi aati", "bronchitis"),
    # regional languages in Latin letters
    ("moothram pogumbothu erichal irukku", "uti"),
    ("urine lo manta ga undi", "uti"),
    ("chevi noppi ga undi rendu rojula nunchi", "ear_infection"),
    ("kadupulo purugulu unnayi anukunta", "worms"),
    ("tellabattalu ekkuva ga avutunnayi", "vaginal_discharge"),
    ("vayiru erichal romba irukku", "gastritis"),
    ("pachcha kamerlu vachindi", "jaundice_hepatitis"),
    ("malachikkal irukku oru vaaram", "constipation"),
    ("moolam problem irukku", "piles"),
    ("thandi vajun taap yeto roj", "malaria"),
    ("sakkarai noi irukku enakku", "diabetes"),
    ("ratha sogai irukkunu doctor sonnar", "anaemia"),
    ("gajji vachindi pillalaki", "scabies"),
    ("mukhathu kuru kooduthal aanu", "acne"),
    ("kes galat aahet khup", "hair_fall"),
    ("talayil podugu ekkuva", "dandruff"),
    ("kambar dukhte khup", "back_pain"),
    ("komor byatha korche", "back_pain"),
    ("muttu vali romba irukku", "arthritis"),
    ("kidney lo rallu unnayi", "kidney_stones"),
    ("nidra pattatledu vaaram nunchi", "insomnia"),
    ("ami gorbhoboti, ki khabo", "pregnancy"),
    ("thaipaal kammiya irukku", "breastfeeding"),
    ("lasikaran kadhi karaycha", "vaccination"),
    ("naai kadichidhu kaalil", "dog_bite"),
    ("kaalil kaayam aachu", "wounds"),
    ("kurattai romba vidaraaru", "sleep_apnea"),
    ("mod khay roj, chharate chai", "alcohol"),
    ("mavo khavanu band karvu che", "tobacco"),
    # Devanagari
    ("पेशाब करते समय बहुत जलन होती है", "uti"),
    ("गले में सूजन है और खाना निगलने में दर्द", "sore_throat"),
    ("बच्चे की नाल अभी तक सूखी नहीं है", "newborn_care"),
    ("हार्ट ब्लॉकेज में क्या खाना चाहिए", "coronary_artery_disease"),
    # later combinations
    ("if my neighbour has a fit on the road what should i do first", "first_aid"),
    ("dil ki dawa leti hain, phir bhi shaam tak pairon me sujan aa jaati", "heart_failure"),
    ("chakkar aata hai aur dono kaan me seeti bajti rehti", "vertigo"),
    ("teen din se tez kaichal, udambu vali, kaalil rash", "dengue"),
    ("chain smoker hu, har subah balgam wali khansi", "bronchitis"),
    ("the cord stump has not fallen yet and it smells a bit", "newborn_care"),
    ("mera beta raat ko wheezing karta hai", "asthma"),
    # everyday English names
    ("it stings when passing water since yesterday", "uti"),
    ("left ear leaking fluid on the pillow", "ear_infection"),
    ("i think my kid has threadworms", "worms"),
    ("lots of sour burps after dinner", "gastritis"),
    ("havent pooped in five days, tummy feels full", "constipation"),
    ("blood report says low blood count, what to eat", "anaemia"),
    ("painful ulcer on my tongue for a week", "mouth_ulcer"),
    ("worried about low milk supply, baby is 3 weeks", "breastfeeding"),
    ("scalded my wrist with boiling milk", "burns"),
    ("my daughter is short sighted, will it get worse", "myopia"),
    ("ultrasound shows fat in the liver", "fatty_liver"),
    ("board exam ka dar lag raha hai, padhai me mann nahi", "anxiety"),
    ("khana khane ke baad pet me gas aur bhaari pan", "gastritis"),
    ("safed daag hain peeth aur gardan pe, garmi me badhte", "fungal_infection"),
    ("meri awaaz teen din se baithi hui hai, gaana gaya tha", "sore_throat"),
    ("my 3 day old's skin looks a little yellow today", "newborn_jaundice"),
]


@pytest.fixture(scope="module")
def bot() -> ChatBot:
    return ChatBot()


@pytest.mark.parametrize(("text", "topic"), CASES)
def test_topic_words_are_recognised(bot: ChatBot, text: str, topic: str) -> None:
    reply = bot.reply(text)
    assert topic in reply.topics, (text, reply.intent, reply.topics)
    assert reply.intent != "emergency", text
    if _DEVANAGARI.search(text):
        assert reply.language == "hi", text


def test_was_is_not_a_knee() -> None:
    """ "tha" (was) is never read as a knee: no arthritis from a past tense beside a pain."""
    reply = ChatBot().reply("kal gir gaya tha, ab haath me halka dard hai")
    assert "arthritis" not in reply.topics


def test_a_place_or_a_weather_question_is_no_topic() -> None:
    bot = ChatBot()
    assert bot.reply("dadar station se kitni door hai clinic").topics == ()
    assert bot.reply("इस हफ़्ते जयपुर में बारिश होगी क्या").topics == ()
