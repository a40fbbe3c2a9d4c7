"""Topics named by the words patients use for them: everyday Hinglish turns of phrase ("kabhi dast kabhi
kabz", "pregnancy test negative", "aankhein thak jaati"), regional words typed in Latin letters (Marathi
"dolyat pivlepana", Malayalam "viral idayil", Punjabi "adhrang", "uchha sunda", Odia "gaanthi bata",
Telugu "jalubu"), Bhojpuri / Chhattisgarhi Devanagari ("आंख पीयर", "महुआ") and English loanwords written
in Devanagari ("हीट स्ट्रोक").

Sentences of our own; each checks that the topic is among the reply's topics (how it is routed, and
whether a danger sign beside it makes it an emergency, is tested elsewhere).
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

#: (message, topic)
CASES = [
    # ibs: the bowel habit that swings between loose and hard
    ("do mahine se kabhi dast kabhi kabz, pet bhi phoolta hai", "ibs"),
    ("पेट की दिक्कत है, कभी दस्त कभी कब्ज रहती है, क्या करूं", "ibs"),
    # mumps: both cheeks swollen
    ("bete ke gaal ke neeche dono taraf sujan hai aur bukhar", "mumps"),
    # irregular periods
    ("do mahine se mahwari nahi aayi par pregnancy test negative aaya", "irregular_periods"),
    ("my period came twice a month for the last two months", "irregular_periods"),
    ("मेरी माहवारी हर महीने नियमित नहीं आती, क्या करूं", "irregular_periods"),
    # jaundice in Marathi and Bhojpuri
    ("bhavachya dolyat pivlepana disto, jevan jat nahi", "jaundice_hepatitis"),
    ("babanchya dolyala pivla pana aala ahe", "jaundice_hepatitis"),
    ("हमार भाई के आंख पीयर हो गइल बा, का करीं", "jaundice_hepatitis"),
    # fungal infection between the toes
    ("ammakku kaal viral idayil chorichil und", "fungal_infection"),
    ("joote pehne rehta hu, ungli ke beech me chamdi gal gayi aur khujli", "fungal_infection"),
    # copd on home oxygen
    ("dadaji ko ghar pe oxygen concentrator lagta hai, unka dhyan kaise rakhe", "copd"),
    # eye strain
    ("laptop pe kaam karke aankhein thak jaati hain", "eye_strain"),
    ("मोबाइल देखते देखते आँखें थक जाती हैं", "eye_strain"),
    # arthritis in Odia
    ("mora gaanthi bata achhi, ki khaibi", "arthritis"),
    # a dog's scratch
    ("a dog scratched my daughter's leg, does she need an injection", "dog_bite"),
    ("gali ke kutte ne kharonch diya haath pe", "dog_bite"),
    # wounds
    ("sabzi kaatte hue chaaku laga ungli pe, kya lagaun", "wounds"),
    ("kaalil murivu undayi, enthu purattanam", "wounds"),
    # hair fall in Malayalam / Tamil
    ("kurachu masamayi mudi kozhiyunnu, enthu cheyyanam", "hair_fall"),
    # a cold in Telugu
    ("papaku jalubu undi rendu rojula nunchi", "common_cold"),
    # malaria: fever on alternate days
    ("fever comes every other day with shivering", "malaria"),
    # thyroid swelling at the front of the neck
    ("maa ki gardan ke saamne sujan dikh rahi hai", "thyroid"),
    # dementia: memory written in two words
    ("dadi ki yaad dast kamzor ho gayi hai", "dementia"),
    ("मेरे पिताजी की याद दास्त कम हो रही है", "dementia"),
    # dehydration in Punjabi
    ("garmi vich sarir vich paani di kami ho jandi hai", "dehydration"),
    # stroke in Punjabi
    ("chacha ji nu pichle saal adhrang hoya si, kasrat kehdi karan", "stroke"),
    # hearing loss in Punjabi
    ("dadi nu hun uchha sunda hai", "hearing_loss"),
    # constipation
    ("बेटे ने दो दिन से पॉटी नहीं की", "constipation"),
    ("babar koshtokathinyo hocche, ki khabe", "constipation"),
    # urinary infection in Marathi and Bengali
    ("laghvi la jalajal hote, kay karu", "uti"),
    ("mayer pechhab e jwala hocche du din dhore", "uti"),
    # varicose veins in Gujarati
    ("mummy na pag ni nas phuli gai che", "varicose_veins"),
    # leprosy in Odia
    ("kustha roga ki chhuan re hue", "leprosy"),
    # heartburn in Tamil
    ("saapitta pinnadi nenju erichal varudhu", "gastritis"),
    ("खाने के बाद खट्टी डकारें आती हैं", "gastritis"),
    # alcohol: the country liquor
    ("बाबूजी रोज़ महुआ पीते हैं, कैसे छुड़ाएं", "alcohol"),
    # pregnancy
    ("miscarriage ke baad kitne din aaram karna chahiye", "pregnancy"),
    ("आठवां महीना है, आज बच्चा कम हिल रहा है", "pregnancy"),
    # height
    ("height badhane ke liye kya khana chahiye", "healthy_lifestyle"),
    # weight
    ("shaadi se pehle weight control kaise kare", "obesity"),
    # contraception
    ("mala d ki goli kab se shuru kare", "contraception"),
    # asthma: the pump
    ("beti ko saans ki dikkat hoti hai, pump lete hi aaram aata hai", "asthma"),
    # falls in Punjabi and in the bathroom
    ("nani ji do vaari dig chuke ne", "falls_elderly"),
    ("how to stop grandpa falling in the bathroom at night", "falls_elderly"),
    # the cord of a newborn
    ("नवजात बच्चे की नाल कैसे साफ करें", "newborn_care"),
    # blood in urine told as red urine
    ("kamar ke side me dard aur peshab laal aa raha hai", "kidney_stones"),
    # headache in Telugu
    ("roju talanoppi vastundi", "headache"),
    # heat exhaustion written in Devanagari English
    ("हीट स्ट्रोक से कैसे बचें", "heat_exhaustion"),
    # breastfeeding in Bhojpuri / Awadhi
    ("doodh pilavat time chhati me dard rehta hai", "breastfeeding"),
    ("बच्चे को दूध पियावे में दरद होला", "breastfeeding"),
    # urticaria: raised rashes that come and go
    ("small raised rashes all over after the wedding dinner", "urticaria"),
    ("rashes coming and going on my arms for a week", "urticaria"),
    # periods twice in a month
    ("my periods came twice in september", "irregular_periods"),
    # eye strain in Gujarati
    ("computer par kaam kari ne aankh thaki jaay che", "eye_strain"),
    # back pain in Marathi, aching told as 'toot rahi'
    ("roj kamar dukhi, kay karu", "back_pain"),
    ("din bhar khade rehne se kamar toot rahi hai", "back_pain"),
    # hair fall in Telugu
    ("naaku hair chala ude potundi, emi cheyali", "hair_fall"),
    # acne in Odia
    ("mukha re brana heuchi, ki lagaibi", "acne"),
    # parkinsons in Odia
    ("jejebapa ra hata thara thara kampuchi", "parkinsons"),
    # cataract in Punjabi and as a whiteness in the eye
    ("mummy di aakh vich chitta jaala hai", "cataract"),
    ("दादी की आंख में सफेदी सी लगती है", "cataract"),
    # constipation in Assamese
    ("baby-r duidin dhori potty nai", "constipation"),
    # eczema from housework
    ("bartan dhone se ungliyan phat gayi aur khujli", "eczema"),
    # allergy to holi colours
    ("holi ke rang se gardan pe daane nikal aaye", "allergy"),
    # cholera: safe water
    ("how to purify water during floods in our village", "cholera"),
    # measles: a rash that starts on the face
    ("bukhar hai aur laal daane pehle chehre se shuru hue, ab pet pe", "measles"),
    # insomnia after night shifts
    ("night duty ke baad din me so nahi paata", "insomnia"),
    # drowning
    ("drowning se bachaye gaye bachche ka dhyan kaise rakhein", "first_aid"),
    ("डूबने से बचाए गए आदमी को क्या देना चाहिए", "first_aid"),
    # fungal infection in Malayalam
    ("kaal viralil chorichil und", "fungal_infection"),
    # teething in Assamese
    ("babur teeth ulabo lagise", "teething"),
    # bedwetting in Assamese / Bengali
    ("chhele bichanat prosrab kore", "bedwetting"),
    # conjunctivitis in Gujarati
    ("dikra ni aankh ma lali che", "conjunctivitis"),
    # heat in Tamil and Marathi
    ("veyil la vela seiyum podhu enna kudikkanum", "heat_exhaustion"),
    ("lu lagu naye mhanun kay karava", "heat_exhaustion"),
    # arthritis in Punjabi
    ("बेबे दे गोडेयां दे दर्द लई कसरत दस्सो", "arthritis"),
    # period pain in Chhattisgarhi
    ("महीना के टाइम पेट पिराथे", "period_pain"),
    # what to feed a baby, in Telugu
    ("papaki emi pettali 7 nelalu", "child_nutrition"),
    # a sprain in Punjabi
    ("kal gitta mudiya, thodi soj hai", "sprain"),
    # dizziness in Tamil
    ("kaalaila ezhundha thala suthudhu", "vertigo"),
    # headache in Gujarati
    ("roj saanje mathu dukhe che", "headache"),
    # burns from a motorbike's engine or silencer, drops of hot tea
    ("bike ka silencer lag gaya pair pe, kya lagaun", "burns"),
    ("scooter ka engine chhoo gaya tha, haath laal hai", "burns"),
    # pcos: hair on the chin or face
    ("periods late aate hain aur thuddi par baal aa rahe hain", "pcos"),
    ("facial hair badh raha hai aur weight bhi", "pcos"),
    # cataract: vision like fog
    ("nanaji ko sab kuch like fog dikhta hai", "cataract"),
    # anaemia: making blood
    ("khoon badhane ke liye kya khayein", "anaemia"),
    ("गर्भावस्था में खून कैसे बढ़े", "anaemia"),
    # vaccination: tetanus written in Devanagari
    ("टिटनेस का इंजेक्शन कितने साल में लगवाना चाहिए", "vaccination"),
    # eczema from cement
    ("mistri hu, cement se haath phat jaate hain", "eczema"),
    # kidney stones: a pain that goes towards the belly, that comes in waves
    ("kamar ke side me dard jo pet ki taraf jata hai", "kidney_stones"),
    ("sharp pain in my side that comes in waves since morning", "kidney_stones"),
    # first aid: something stuck in the throat, in Marathi
    ("mulachya ghasat kahi adakla tar kay karave", "first_aid"),
    # falls: the fear of falling
    ("raat ko bathroom jaate hue gir na jaun, kya karu", "falls_elderly"),
    # dog bite told as 'daant lagaya'
    ("padosi ke kutte ne daant lagaya, khoon nahi aaya", "dog_bite"),
    # pregnancy
    ("delivery se pehle hospital bag me kya rakhe", "pregnancy"),
    # stress: no time to breathe
    ("ghar aur office me saans lene ki fursat nahi", "stress"),
    # first aid: which snakes are poisonous
    ("कौन से ज़हरीले साँप गाँव में मिलते हैं", "first_aid"),
    ("how to tell venomous snakes from harmless ones", "first_aid"),
    # burns: the toothpaste folk remedy
    ("jale par toothpaste lagana sahi hai kya", "burns"),
    ("हाथ जलने पर टूथपेस्ट लगाएं या नहीं", "burns"),
    # dementia: wandering at night
    ("nanaji raat ko ghar se bahar nikal jaate hain, pehchante bhi kam", "dementia"),
    # alcohol told as a habit
    ("my uncle drinks every day, how can we help him stop", "alcohol"),
    ("jija ji roz bahut peete hain, ghar me jhagde", "alcohol"),
    # a dog's lick or a Gujarati bite
    ("a dog licked the cut on my hand, is that dangerous", "dog_bite"),
    ("bhai ne kutro karadyo, injection kyare levanu", "dog_bite"),
    # breastfeeding: only mother's milk, Assamese 'doodh khuwa'
    ("6 mahine tak sirf maa ka doodh dena kyu zaroori hai", "breastfeeding"),
    ("baby-k doodh khuwa time bukut bix", "breastfeeding"),
    # pregnancy: when the baby starts moving
    ("pet me hilna kab mehsoos hota hai pehli pregnancy me", "pregnancy"),
    # periods stopping under stress
    ("can exam stress make your periods stop for two months", "irregular_periods"),
    # bronchitis: yellow phlegm; tuberculosis: blood in the phlegm
    ("teen din se khansi aur peela balgam aa raha hai", "bronchitis"),
    ("do hafte se khansi, balgam me khoon dikha", "tuberculosis"),
    # newborn jaundice asked as the normal kind
    ("is normal jaundice in a 3 day old dangerous", "newborn_jaundice"),
    # dementia: not recognising the family
    ("nani ab kisi ko pehchanti nahi, din bhar ek hi baat", "dementia"),
    # earwax: the ear feels full
    ("do din se kaan bhara bhara lagta hai", "earwax"),
    # first aid: ice on a bump
    ("bachche ke maathe pe gumad hai, barf laga sakte hain", "first_aid"),
    # anaphylaxis: a known sting allergy
    ("mere bete ko bee sting allergy hai, kya saath rakhein", "anaphylaxis"),
    # newborn care: the nails, milk brought back up
    ("baby ke nakhun kaise kaatein", "newborn_care"),
    ("munna feed ke baad thoda doodh ulat deta hai", "newborn_care"),
    # stress: feeling overwhelmed
    ("feeling overwhelmed with work and the kids", "stress"),
    # coronary artery disease: food for the heart
    ("what should my father eat for heart health after the angioplasty", "coronary_artery_disease"),
    # epilepsy: staring spells
    ("my daughter has staring spells in class for a few seconds", "epilepsy"),
    # depression: no joy in anything
    ("i dont enjoy anything anymore, even my hobbies", "depression"),
    # kidney disease: the kidneys harmed
    ("can high bp cause kidney damage", "kidney_disease"),
    # hearing loss: conversations hard to follow
    ("my mother has trouble following conversations at family dinners", "hearing_loss"),
    # dengue: pain behind the eyes, 'पीछे' read as behind (not 'pichhle', last)
    ("दो दिन से बुखार है और आंखों के पीछे दर्द होता है", "dengue"),
    # rheumatoid arthritis: 'gathiya vaat'
    ("मां को गठिया वात है, उंगलियों में सूजन", "rheumatoid_arthritis"),
    # anaphylaxis: a known bee sting allergy
    ("pati ko madhumakkhi ke dank se allergy hai, safar me kya saath rakhe", "anaphylaxis"),
]


@pytest.mark.parametrize(("message", "topic"), CASES)
def test_topic_named_by_the_words_patients_use(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert topic in reply.topics, (message, reply.intent, reply.topics)


#: complaints told in words the symptoms did not know: a hiccup that will not stop (a term holding its
#: own "nahi"), trembling hands, a fast heart, a faint that is over, "killing me", Bengali "jwala"
#: (burning), the calves, keeping sleep away on a night drive, blood with the urine
COMPLAINTS = [
    "hichki band nahi ho rahi aadhe ghante se, kya karu",
    "my grandfather's hands tremble when he writes",
    "coffee ke baad heart fast chal raha hai, normal kab hoga",
    "kal office me behoshi aayi thi do second ke liye, ab theek hu, kaunsa test",
    "my calves are killing me after the trek",
    "haat e jwala korche kal theke",
    "pain in both calves when i climb stairs",
    "truck chalate waqt neend kaise bhagaye",
    "peshab ke saath khoon aaya ek baar, dard nahi",
]


@pytest.mark.parametrize("message", COMPLAINTS)
def test_complaint_told_in_everyday_words_is_understood(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.intent not in ("fallback", "emergency"), (message, reply.intent, reply.topics)


#: the same words beside a danger sign stay an emergency
DANGER = [
    "papa behosh ho gaya tha, abhi tak hosh nahi aaya",
    "my chest is killing me and my left arm hurts",
    "heart fast and chest pain and sweating",
]


@pytest.mark.parametrize("message", DANGER)
def test_the_same_words_beside_a_danger_sign_stay_an_emergency(bot: ChatBot, message: str) -> None:
    assert bot.reply(message).intent == "emergency", message


#: a word that became known must not pull another word to itself ("sapne", a dream, is no "samne"), and a
#: turn of phrase must not name its topic where it means something else ("so nahi pata": "so, no idea")
CALM = [
    ("raat sapna aaya kutte ne kaat liya, aisa sapna kyu aata", None),
    ("pump se paani nahi aa raha, plumber ka number do", "asthma"),
    ("laptop pe kaam karke aankhein thak jaati hain", None),
    ("do mahine se kabhi dast kabhi kabz, pet bhi phoolta hai", None),
    ("chacha ji nu pichle saal adhrang hoya si, kasrat kehdi karan", None),
    ("a dog scratched my daughter's leg, does she need an injection", None),
    ("बाबूजी रोज़ महुआ पीते हैं, कैसे छुड़ाएं", None),
    ("so nahi pata ki kya karu, koi idea do", "insomnia"),
    ("fursat nahi milti doctor ke paas jaane ki", "stress"),
    ("mera phone toot raha hai, naya kab le", None),
    ("bartan dhone se haath me khujli", None),
    ("holi ke rang se aankh me jalan", None),
    ("my periods stopped two years ago, hot flashes at night", "irregular_periods"),  # the menopause
]


@pytest.mark.parametrize(("message", "unwanted"), CALM)
def test_new_words_do_not_make_an_emergency_or_a_wrong_topic(bot: ChatBot, message: str, unwanted: str | None) -> None:
    reply = bot.reply(message)
    assert reply.intent != "emergency", (message, reply.topics)
    assert unwanted is None or unwanted not in reply.topics, (message, reply.topics)
