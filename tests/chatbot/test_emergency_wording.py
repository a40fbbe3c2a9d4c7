"""Red flags told in the everyday words of each danger sign, and near misses that are not.

Each emergency below is worded in a way the red-flag rules first missed: a slip of the thumb
in a short red-flag word, SMS or Punjabi spelling, a comma inside a complaint, a sign told in
another clause than its body part, a number (an oxygen reading, a breathing rate, hours
without urine) or an everyday word for the sign. Each harmless message uses one of the broader
words in its harmless sense, or tells an event that is over or a question.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency


@pytest.mark.parametrize(
    "message",
    [
        # slips of the thumb in short red-flag words; two words typed as one
        "saapn ne kaat liya pair me",
        "i want to kill mysefl",
        "15 din ke baby ko jahtke aa rahe",
        "khon band nahi ho raha",
        "chestpain with sweating and vomiting",
        "nani achanak behsoh ho gayi",  # "beh*" begins it, but it is a slip of behosh
        # SMS and Punjabi spellings
        "bebe nu damma, saah nahi aunda, pump vi kuch ni kar reha",
        "nanu da ik paasa kam nahi kar reha, bol vi nahi pa rahe",
        "munda 2 saal da saah tez te pasliyan andar ja rahiyan",
        "kaamgar ko fit aa gya line pe, hath pair kaanp rhe, munh se jhaag",
        # a sign in another clause than its body part or its onset
        "wife suddenly confused, cant find words, arm numb",
        "sine me jalan nahi, dabaav hai bahut zyada, aur jabde tak dard",
        "heavy, feeling in chest and sweating",
        "son ate cashew, now hives everywhere and breathing noisy",
        "wheezing and breathless, used puffer many times, no relief",
        "papa ke pet me achanak bahut dard, peeth tak ja raha, pasina",
        # numbers
        "oxygen 82 and breathless",
        "grandpa breathing very slow, like 6 breaths a minute",
        "beti 3 saal, dast aur ulti, bilkul nidhal, peshab 12 ghante se nahi",
        "construction worker heat stroke, temp 105, not talking properly",
        "meri saheli ne pura patta kha liya sleeping pills ka",
        # everyday words for the sign
        "two year old ate grandmas sugar tablets",
        "बच्चे ने मच्छर भगाने वाला लिक्विड पी लिया",
        "maine khud ko blade se kaat liya",
        "there is no point in living, i have rope",
        "bacche ke sharir pe laal-baingani nishaan jo dabane se nahi jaate, bukhar bhi",
        "गर्भ में बच्चा सुबह से नहीं हिला, नौवां महीना है",
        "biwi ko 6 mahina hai bleding ho rhi bahut aur pet me dard bhi",
        "dadi ke kapdon me aag lag gayi",
        "acid se haath jal gaye",
        "bike accident, leg broken, bone visible",
        "my husband was hit by a truck",
        "pet me bahut tez dard hai bardasht nahi ho raha",
        "uncle has severe angina now not relieved by sorbitrate",
        "bache ke gale me tofi atki, khaans raha par nikal nahi rahi",
        "बच्चे ने बैटरी निगल ली",
        "काला पाखाना और चक्कर",
        "blood vomiting",
        "bacche ne zeher kha liya hai agar ulti ho to kya kare",  # a report, then a question
        "glucometer says HI and she is confused",
        "कोबरा ने काटा",
        "worker fell from the third floor",
        "papa ka ek haath ek pair bilkul kaam nahi kar raha subah se",
        "mere wife ke pet me baby ulta hai aur paani nikal raha",
        "My father's nose has been bleeding for 40 minutes despite pinching",
        "new born ki body thandi hai aur wo ro bhi nahi raha",
        "I'm 28 weeks and I've had a sudden gush of fluid and cramps every few minutes.",
        "My nephew started shaking all over and his eyes rolled back, it's been 5 minutes.",
        "7 din ka beta ruk ruk ke saans le raha, kabhi kabhi saans band ho jati hai kuch second",
    ],
)
def test_a_danger_sign_in_everyday_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "nas dab gayi hai kamar me, pair me dard",  # a pinched nerve, not a crush
        "kaan se sun nahi pa rahe papa, confuse bhi rehte",  # sun = hear, not sunn = numb
        "beta subah nahi uthta school ke liye, sust rehta hai",  # a habit, not lethargy
        "bacche ki ungli darwaze me dab gayi, sujan",
        "gale me kuch atka hua sa lagta hai hamesha",  # a feeling that keeps coming
        "I want to die my hair red, is it safe",
        "the cake is to die for",
        "dhoop se chehra jal gaya, laal aur jalan",  # a sunburn
        "bhaiya kamar ke neeche se pair tak current jaisa dard jaata hai",  # pain like a current
        "choti si jali hui jagah hai hath pe, tawa lag gaya",  # a small burn on the hand
        "mosquito se baby ko kaise bachaye, coil jala sakte hai kya",
        "metformin khane se pehle le ya baad me, aur 500 ki kitni goli din me",  # a strength
        "random sugar 98 aaya dawai lene ke baad, ye theek hai na",  # a reading, not a count
        "gas ki wajah se seene me dard",
        "how much bleeding is normal after delivery",
        "pregnancy me kitna khoon badhna chahiye",  # haemoglobin, not bleeding
        "beti ne kal sikka nigal liya tha, koi dikkat nahi, khel rahi hai",  # over
        "What are the warning signs of a stroke that I should look out for?",
        "snake dreams meaning",
        "itchy raised welts all over body coming and going, breathing fine",
        "chest me dard hota hai bhaari cheez uthane pe",  # it keeps coming, on lifting
        "seene me dard khansi ke saath, 3 din se, bukhar nahi",
        "nas kaat ke bahar aa jati hai veins me, varicose",  # veins, not self-harm
        "zeher utarne ka desi ilaj",  # a question about a remedy
        "delivery ke baad thoda thoda khoon aa raha hai 10 din se, halka",  # lochia
        "ungli kat gayi chaku se, patti kar di",  # a small cut, not a stab wound
        "mujhe daura pada tha bachpan me",  # in childhood
        "agar bacche ne zeher kha liya ho to kya karna chahiye",  # what to do if
        "how do you help someone who is choking",
        "if my baby stops breathing what should i do",
        "last year, i had a heart attack, what diet now",  # the time in a fragment of its own
        "pichle mahine, sugar 40 ho gayi thi, ab dawai kam ki",
    ],
)
def test_a_near_miss_raises_no_red_flag(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_a_slip_is_corrected_only_to_a_red_flag_word_and_never_from_an_everyday_word(bot: ChatBot) -> None:
    kb = bot.knowledge_base
    assert kb.correct("saapn") == "saanp" and kb.correct("dettlo") == "dettol"
    assert kb.correct_short("khon") == "khoon"  # four letters, one vowel
    for word in ("table", "beach", "pichle", "maine", "bataye", "garden"):  # everyday words
        assert word in kb.known_tokens
    assert kb.split_joined("chestpain") == ("chest", "pain")
    assert kb.split_joined("skinny") == ("skinny",)


@pytest.mark.parametrize(
    "message",
    [
        # a past state in one clause does not cancel a present danger sign in another
        "I am 36 weeks pregnant and the baby has not moved since morning, it used to move daily",
        "गर्भ में बच्चा सुबह से नहीं हिला, पहले रोज़ हिलता था",
        "dad is vomiting blood since an hour, he smokes daily",
        "bhai khoon ki ulti kar raha hai, roz sharab peeta hai",
        # an old event that is happening again now
        "papa ko 3 saal pehle heart attack aaya tha, aaj phir se wahi ho raha hai, pasina aa raha",
        "दादी को 2 साल पहले हार्ट अटैक आया था, आज फिर से वैसा ही हो रहा है",
        "nana ko pichle saal heart attack aaya tha aur aaj phir wahi wali takleef shuru ho gayi",
    ],
)
def test_a_present_sign_is_not_cancelled_by_a_past_clause(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "1 saal pehle heart attack hua tha, ab kabhi kabhi thakan hoti hai, koi chest pain nahi",
        "had a heart attack 3 years ago, how do i avoid it happening again",
        "2 saal pehle heart attack aaya tha, dobara na ho iske liye kya khaye",
        "papa ko pichle saal stroke hua tha, phir kabhi nahi hua, ab walk karte hai",
        "beta pehle roz khelta tha, ab thoda sust hai",
        "2 saal pehle heart attack hua tha, aaj checkup karwaya, sab normal",
        "heart attack 2 saal pehle, phir se ecg karwana hai kya",
    ],
)
def test_an_old_event_told_with_no_present_sign_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # a reading read from the meter in a message about sugar or oxygen
        "papa ko sugar hai, meter pe 35 dikha",
        "diabetic hu, meter me 520 aaya, ulti ho rahi",
        "mummy ko diabetes hai, machine me 38 aa raha",
        "sugar ke mareez hai, raat ko check kiya 42 aaya",
        "दादी की ऑक्सीजन 84 आ रही है",
        "ऑक्सीमीटर में 86 दिखा रहा है, पापा हांफ रहे हैं",
        "nani ka oksijan 80 aa raha",
        # too many tablets or scoops at once, with signs
        "bhai ne gym ka pre workout 3 scoop ek saath le liya, dil bahut tez dhadak raha, ulti",
        "usne bp ki goliyan zyada kha li, chakkar aur ulti ho rahi",
    ],
)
def test_a_dangerous_quantity_in_other_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "papa diabetic hai, meter me 140 aaya khana khane ke baad, theek hai na",
        "sugar test 450 rupees ka hai kya",
        "maa ko sugar hai, 60 saal ki hai, meter kaunsa le",
        "zyada dawai lene se kya hota hai",
        "protein ke 2 scoop ek saath le sakte hai kya",
    ],
)
def test_an_ordinary_number_or_dose_question_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # self-harm in indirect words: the crisis line
        "वो पंखे से लटक जाऊंगा बोल रहा है",
        "bhai bol raha fan se latak jaunga aaj raat",
        "zindagi ka koi matlab nahi reh gaya, kal nahi rahungi",
    ],
)
def test_self_harm_in_indirect_words_gets_the_crisis_line(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="14416")


@pytest.mark.parametrize(
    "message",
    [
        # a swallowed object and noisy or blocked breathing
        "baby ne coin nigal liya, ab saans me seeti aur khansi ruk nahi rahi",
        "meri beti ne button nigla, saans se awaaz aa rahi hai",
        "बच्चे ने चने का दाना निगल लिया, सांस में सीटी आ रही है",
        "my son swallowed a marble and is gagging, cant cry",
        "bachche ne moongfali nigal li, saans lene me awaaz aa rahi",
        # a limb bent out of shape after a fall from a vehicle
        "scooter se gire, haath tedha ho gaya, bahut soojan",
        # a hernia that will not go back
        "hernia bahar aa gaya hai andar nahi ja raha, bahut tez dard aur ulti",
        "my hernia wont go back in, severe pain and vomiting since morning",
        "हर्निया अंदर नहीं जा रहा, तेज़ दर्द और उल्टी हो रही है",
        # right lower belly pain, worse on pressing, vomiting
        "pet me right side neeche dard, dabane pe bahut badh jata, 2 baar ulti",
        "पेट में दाईं तरफ नीचे दर्द, दबाने पर बढ़ता है, उल्टी हो रही है",
        # a chemical in the eye
        "आंख में केमिकल चला गया, बहुत जलन",
        "toilet cleaner aankh me pad gaya bacche ki",
        "bleach splashed in my eye, burning",
        # heat stroke: fainted in the heat, hot and not sweating
        "worker fainted in the afternoon heat, burning hot, not sweating",
        # a first seizure in Punjabi
        "nana nu achanak jhatke aaye, pehli vaar hoya",
    ],
)
def test_a_named_danger_pattern_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "hernia hai, lete hi andar chala jata hai, operation kab karaye",
        "right side neeche halka dard hai kabhi kabhi",
        "eye cleaner solution for contact lenses, which one is good",
        "lime juice aankh me chala gaya, thodi jalan",
        "scorpions are common in our village, what precautions for children",
        "how to prevent low sugar at night when on insulin",
        "saanp se bachne ke liye kya savdhani rakhe",
    ],
)
def test_a_near_miss_of_a_named_pattern_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "currently taking metformin 500, can i eat mango",
        "Insulin dose kaise badhaye? Currently 14 units at night, fasting 190",
        "my current medicines are amlodipine and atorvastatin, is ors safe",
        "current sugar reading 140 fasting, theek hai?",
        "current weight 80 kg height 170",
    ],
)
def test_the_word_current_in_its_everyday_sense_is_not_an_electric_shock(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "bijli ka current lag gaya, behosh hai",
        "my son got an electric current from the socket, not responding",
        "socket se current maara, haath jal gaya aur dil tez dhadak raha",
        "करंट लग गया, बेहोश है",
    ],
)
def test_an_electric_shock_told_with_current_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "naak band hai, balgam phansa hua lagta hai gale me",
        "gale me kuch phansa sa lagta hai khana nigalne me, 2 hafte se",
        "sikka jaisa daag hai skin par, khujli",
        "jump karne se ghutne me dard hota hai",
        "rassi koodna achha exercise hai kya",
        "phansi ki saza wali news dekh ke neend nahi aati",
        "dil doob raha hai aisa lagta hai, ghabrahat",
        "doobte suraj ko dekh ke sar dard",
        "mera beta ladai me knife lekar gaya, chinta hai",
        "knife se sabzi kaat rahi thi",
        "saanp ka dar lagta hai raat ko",
        "collapse hone ka dar lagta hai",
        "I am scared of snakes, how to keep them away from home",
    ],
)
def test_an_ambiguous_word_alone_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    """A word that names an emergency in one sense and something everyday in another (stuck, coin, jump,
    rope, noose, sinking, knife, snake, collapse) needs the rest of the emergency beside it; a fear of a
    thing is not the thing."""
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "bhai bol raha hai chhat se jump kar lunga",
        "I am going to jump off the bridge tonight",
        "rassi le ke kamre me band hai, phansi laga lega bol raha",
        "fan se phanda bana liya usne",
        "बच्चा पानी में डूब गया",
        "baccha balti me doob gaya, behosh",
        "papa ko chaku lag gaya pet me, khoon nahi ruk raha",
        "knife se gehra ghaav, khoon beh raha",
        "gale me sikka phans gaya, saans me awaaz",
        "saanp ne dasa",
        "I am afraid I took 20 sleeping pills",
        "im scared he had a seizure and is still not waking up",
        "bahut dar lag raha hai, papa behosh ho gaye",
    ],
)
def test_the_same_words_with_the_emergency_beside_them_are_one(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # romanised Gujarati: "nathi" = nahi, "lohi" = khoon, "ma" = me, "che" = hai
        "nanaji ni jibh lathdai che ane ek baju no haath kaam nathi karto",
        "dadaji padi gaya ane bhaan ma nathi",
        "bhai e jantunashak dava pi lidhi",
        "mane jivvu nathi, aaje badhu khatam",
        "kaki ne bolaviye to pan javab nathi aapti",
        "bhai na paga ma kaach vaagyo, lohi rokatu nathi",
        "dikri ne ulti ma lili vastu aave che ane pet fuli gayu",
        # SMS English
        "dnt want 2 live nemore",
        # family members told by their own words (once typo-corrected to other words)
        "मेरी बहू 8 महीने पेट से है, सिर में तेज दर्द और धुंधला दिख रहा है",
    ],
)
def test_gujarati_sms_and_family_wordings_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # a clot in the leg, then sudden breathlessness or chest pain (pulmonary embolism)
        "after my knee surgery my calf is swollen and now sudden breathlessness",
        "mummy ki pindli sooj gayi hai, aaj achanak saans phool gayi",
        # widespread hives after a drug with a systemic sign
        "nani ko injection laga, generalised urticaria aur chakkar",
        # fumes of two cleaners mixed
        "I mixed bleach and ammonia cleaner while mopping, now breathless and wheezing",
        # a shortened or turned-out leg after a fall (hip fracture)
        "nani bathroom me fisal ke giri, pair chhota lag raha aur bahar ki taraf mud gaya",
        "grandpa fell on the stairs, his leg is turned outward and he cannot stand",
        # a scald with skin coming off on the chest or face
        "khaulte paani se bhai ka munh jal gaya, chamdi utar rahi hai",
        # belly pain going to the back with shock, told with 'abdo'
        "sudden severe abdo pain going to the back, pale and sweaty, he is 72",
        # a very high blood pressure with a headache
        "bp 210/130 and severe headache, my mother",
    ],
)
def test_a_sign_in_its_everyday_context_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # words of another sense: a knee, an auxiliary
        "ba na ghutan ma dukhe che, sidi chadhi shakta nathi",
        "ba ne ghutan no dukhavo che varso thi",
        "saap jovo to su karvu?",  # if you see a snake, what to do
        "papa 3 baar gir chuke hain, chot nahi lagi, balance kharab",
        # a denial told with its verb
        "saanp to nahi tha, chooha tha shayad, halki lali",
        # over, asked in advance, asked about
        "doctor said it was a febrile convulsion, now she is fine, what to do next time",
        "in the event of a heart attack what should a bystander do",
        "kitni der me zehar chadhta hai saanp ke kaatne ke baad",
        # a sting with breathing told as fine
        "tatayya ne kaata, thoda sooja, saans sab theek",
    ],
)
def test_near_misses_of_the_new_wordings_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # the mild or everyday version of a sign the new rules read: each rule needs its context
        "rash on palms and soles, kid active, no fever",
        "mixed dettol in bath water, is it safe for baby?",
        "calf muscle cramp at night after walking",
        "chamdi utar rahi hai pairon ki, fungal hai kya",
        "urticaria for 2 months, which cream",
        "bahu 7 mahine pet se hai, kya kya khana chahiye",
        "bp 150/95 aaya aaj, sir me halka dard",
        "dukaan par kaam karte kamar me dard",
        "dukan ma bahu gas thay che",
        "meri saas ko 3 din se bukhar hai, kya karein",
        "i want 2 tablets of crocin, what is the price",
        "need 2 book appointment with dr sharma",
        "bukhar to nahi tha, bas thodi khansi",
        "agli baar daura aaye to kya karein",
        "how long does dengue fever last",
    ],
)
def test_everyday_versions_of_the_new_signs_stay_calm(bot: ChatBot, message: str) -> None:
    """A swollen calf without breathlessness, mixing a cleaner without fumes, skin peeling from a
    fungus, a shop, a mother-in-law, a number 2: what the new vocabulary must not turn into an emergency."""
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # idioms: a taste "like poison", a vein that "will burst" from studying, a laugh, emotion
        "zeher lagta hai mujhe karela",
        "dimag ki nas phat jayegi itna padhke",
        "I nearly choked laughing at the movie",
        "she got all choked up at the wedding",
        # an eye colour, an anaesthetic
        "the baby is blue eyed, is that normal",
        "behoshi ki dawa operation me kitni safe hai",
        # after an event, of someone who died of it, where a medicine is to be had
        "heart attack ke baad kitne din aaram karna chahiye",
        "my friend's father died of heart attack, I am scared, how to check my heart",
        "snake bite ke liye anti venom kahan milta hai",
        # drowning in debt, a building's collapse in the news, an unconscious bias
        "drowning in debt, cant sleep",
        "building collapse news dekh ke ghabrahat",
        "unconscious bias training at office, stressful",
        # a fish bone stuck with breathing told as fine
        "gale me kaanta atak gaya machli ka, saans theek hai",
        # a snake in a game, a plant, a festival; a poison that is a name
        "saanp seedhi khel rahe the bachche, phir khana khaya",
        "snake plant ko kitna paani dena chahiye",
        "naag panchami pe kya kya khana chahiye, fast hai",
        "my son plays a video game called poison something, is it ok",
        # a family history, a phrase, a sign that comes in the cold
        "meri family me sabko heart attack hua hai, mujhe kya karna chahiye",
        "heart disease runs in my family, what tests should I do",
        "stroke of luck that I found this clinic",
        "beti ke honth neele ho jaate hai thand me, haath bhi",
    ],
)
def test_an_idiom_or_a_question_about_an_emergency_is_not_one(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "gale me kaanta atak gaya, saans theek se nahi aa rahi",
        "baby ke gale me kuch atak gaya, saans sahi se nahi le pa raha",
        "my son nearly choked on a grape and is still coughing and gasping",
        "dimag ki nas phat gayi, behosh hai",
        "anti venom kahan milega jaldi, papa ko saanp ne kaata abhi",
        "naag panchami pe mandir me saanp ne kaat liya bhai ko",
        "karigar bhul ma acid pi gayo, mo ma balatra che",
        "building collapse hui, papa malbe me dabe, behosh",
        "saap joyo ane dikri ne karadyo",
        "baby ko hari ulti baar baar, pet phoola",
        "meri family me sabko heart attack hua hai, aur abhi mujhe seene me dard aur pasina",
        "gas cylinder leak hua ghar me sab ko chakkar aur ulti",
        "papa ko heart attack ke baad se seene me dard aur pasina abhi",
    ],
)
def test_the_emergency_beside_an_idiom_or_a_fine_word_is_still_one(bot: ChatBot, message: str) -> None:
    """'saans theek se nahi' denies that breathing is fine; 'nearly choked on a grape' with gasping,
    a vein that has burst, a bite now, pain since the attack are emergencies."""
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # a blood pressure told with a word between its values, with a headache
        "bp 220 by 120 hai, sar phat raha",
        "bp 200 over 115 and a bad headache since morning",
        # a nappy that has stayed dry for hours
        "baby hasn't wet a nappy in 12 hours, lethargic",
        "baby ka diaper 10 ghante se geela nahi hua, sust hai",
    ],
)
def test_a_reading_or_a_dry_nappy_told_in_other_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "bp 120 by 80 hai, normal hai kya",
        "no diaper rash for 12 hours now, baby fine",
        "no wet cough for 2 days, baby fine",
        "manager ka daura chal raha hai office me, stress se sir dard",
    ],
)
def test_an_ordinary_reading_or_nappy_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "my daughter's asthma is so bad she can only say one or two words",
        "damma hai, saans itni phool rahi ki ek do shabd hi bol pa rahe",
        "bacche ko tez bukhar, sir dard aur gardan mod nahi pa raha",
        "high fever and his neck wont bend, vomiting",
    ],
)
def test_a_severe_sign_told_in_everyday_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    """Talking in one or two words in an asthma attack; a neck that does not bend with a fever."""
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "neck cant bend due to spondylosis, 2 years",
        "one or two words only my 1 year old speaks, is it normal",
        "chin to chest exercise for neck pain",
        "i dont want to be here anymore, this job is boring",
        "wrote letters to everyone for new year, any tips for anxiety",
        # "mo" is a month after a number; a green food explains a green vomit
        "my 3 mo baby has swelling on thigh after vaccine, peanut allergy in family",
        "ulti me hara rang dikha, palak khayi thi",
    ],
)
def test_the_same_words_without_the_danger_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # everyday words one letter away from a red-flag word are not corrected into it
        "I cut my finger while cooking, small cut, stopped bleeding",
        "cooking ke time haath jal gaya thoda, chhota chhala",
        "went to the prison to meet my brother, got a cold",
        "prison visit ke baad se khansi",
        "stock market crashed, shook me, cant sleep",
        # everyday Hindi verb forms ("jakar" = having gone was corrected to "jahar", poison)
        "doctor ke paas jakar aaye, report normal hai",
        "dukaan jakar dawai laya, bukhar ke liye",
        "bazaar jakar bacche ke liye sikke khareede",
        "suck on ice for sore throat?",  # "suck" was corrected to "stuck": stuck in the throat
        # questions, idioms, an animal as the patient, a risk told in advance
        "can anxiety make you feel like you cant breathe",
        "I feel like dying of embarrassment",
        "suicide squad movie dekhi, scary thi kya",
        "choking hazard toys for 1 year old",
        "lip swelling after dental injection, numb, is it normal",
        "my dog was bitten by a snake, vet nearby?",
        "our cat ate rat poison, what to do",
    ],
)
def test_an_everyday_word_near_a_red_flag_word_is_not_one(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "our dog ate rat poison and my toddler too ate some",
        "saanp ne gaay ko kaata aur bhai ko bhi",
        "lips swelling and throat closing after penicillin injection",
        "choking on food, cant breathe",
        "I feel like dying, no one cares",
    ],
)
def test_a_person_in_danger_beside_those_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "bachhe ne battry nigl li",
        "pet me bhot tez drd, sahan ni ho rha",
        "asthma attk, inhlr se aram ni",
    ],
)
def test_sms_shortenings_of_an_emergency_are_one(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "pet me tez dard tha kal, ab theek hai",
        "pet me halka dard, sahan ho raha",
        "asthma attk kabhi kabhi aata hai sardi me, kaunsa inhaler",
    ],
)
def test_the_same_shortenings_told_mild_or_over_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_thoughts_of_suicide_denied_are_not_an_emergency_but_thoughts_that_stay_are(bot: ChatBot) -> None:
    """'suicidal thoughts nahi hai' denies them; 'marne ke khayal nahi jaate' says they do not go away."""
    assert_not_emergency(bot, "suicidal thoughts nahi hai, bas udaas rehta hu")
    assert_not_emergency(bot, "suicide ke khayal nahi aate, bas neend nahi")
    assert_emergency(bot, "marne ke khayal nahi jaate, kya karu")
    assert_emergency(bot, "suicide ke khayal nahi ja rahe dimag se")


@pytest.mark.parametrize(
    "message",
    [
        "teen hafte pehle saanp ne kaata tha, ilaj ho gaya, ab nishaan reh gaya",
        "ek saal pehle delivery ke baad bahut khoon gaya tha, ab dobara pregnant hu, kya dhyan rakhu",
        "yesterday my son choked on a grape but coughed it out, fine now",
        "khet me gir gaya tha kal, ghutne pe chot, ab chal raha",
    ],
)
def test_an_event_told_as_over_stays_calm(bot: ChatBot, message: str) -> None:
    """A time told in Hindi ('teen hafte pehle'); being pregnant again is no recurrence of the bleeding;
    a grape coughed out yesterday."""
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "2 din pehle se saans phool rahi hai, honth neele",
        "yesterday my son choked on a grape and is still coughing and gasping",
        "pichhli pregnancy me fits aaye the, ab dobara pregnant hu aur aaj fits aaye",
        "khet me kaam karte gir gaye, behosh hai, sharir bahut garam",
        "papa gir gaye the, sir pe chot, ab chal nahi pa rahe, ulti",
    ],
)
def test_an_event_that_goes_on_or_comes_back_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "bacche ke gale me kuch atak jaye to kaise nikale",
        "how to recognise a stroke quickly",
        "bachon ko zeher se kaise door rakhein ghar me",
    ],
)
def test_first_aid_or_prevention_asked_in_advance_stays_calm(bot: ChatBot, message: str) -> None:
    """'atak jaye to' (if it gets stuck), 'how to recognise', 'door rakhein' (keep away) ask in advance."""
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "how to recognise a stroke quickly, my dad face drooping right now",
        "dawai bachon se door rakhein, par beti ne abhi kha li 10 goliyan",
        "bacche ke gale me sikka atak gaya, saans nahi le pa raha",
    ],
)
def test_the_event_happening_beside_such_a_question_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "can a snake bite kill in one hour",
        "kya sugar 50 hona khatarnak hai",
        "how much paracetamol is an overdose",
    ],
)
def test_a_question_about_how_dangerous_something_is_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "mujhe abhi seene me dard aur pasina, kya ye khatarnak hai",
        "papa ki sugar 40 hai abhi aur behosh, kya ye khatarnak hai",
        "she took 30 paracetamol, how much is an overdose?",
    ],
)
def test_the_same_question_beside_a_report_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "5 tablets of vitamin c in a day ok?",
        "beta 3 saal, 6 ghante se peshab nahi kiya, paani kam piya, khel raha hai",
    ],
)
def test_a_daily_regimen_or_a_child_playing_well_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "took 15 tablets in one day, feeling drowsy",
        "beta 3 saal, 10 ghante se peshab nahi, sust pada hai, aankhen dhansi",
    ],
)
def test_a_large_count_or_a_listless_dry_child_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "dad cut his leg with a chainsaw, blood is pumping out",
        "husband says goodbye and has a rope in his room",
        "mum's sugar is 2.5 mmol, sweaty and confused",
        "the roof collapsed and my uncle is trapped, bleeding",
        "chhat gir gayi, papa neeche dab gaye",
    ],
)
def test_english_wordings_of_a_wound_a_goodbye_a_low_reading_and_a_collapse_are_emergencies(
    bot: ChatBot, message: str
) -> None:
    """Blood pumping out; a goodbye beside a rope; a glucose in mmol/L (2.5 mmol/L = 45 mg/dL);
    someone trapped under a fallen roof."""
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "goodbye doctor, thanks for the rope exercise tips",
        "i want to buy a skipping rope for exercise",
        "triglycerides 2.5 mmol, is it high",
        "sugar 5.5 mmol fasting normal?",
        "roof collapsed in the rain, nobody hurt, insurance?",
        "pumping out breast milk, is it safe",
    ],
)
def test_the_everyday_versions_of_those_words_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "i have no such thoughts of suicide, just feeling low after exams",
        "yeh sardi ne to jaan le li, naak band hai",
        "itna kaam hai ki mar jaungi lagta hai haha, thakan ke liye kuch batao",
        "kya dein ki bachche ko dobara jhatke na aayein",
        "pushups ke baad chest ke muscles me dard hai, saans theek",
    ],
)
def test_a_denied_thought_an_idiom_a_purpose_or_a_sore_muscle_stays_calm(bot: ChatBot, message: str) -> None:
    """A thought of self-harm denied, a joke or an idiom of dying, a question about preventing
    a fit, a sore chest muscle after training."""
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "on the bridge right now, cant take it anymore",
        "razor rakha hai kalai pe, ab aur bardasht nahi",
        "uncle fits aaye, zameen par pada hai, daant bhinche hue",
    ],
)
def test_despair_at_a_height_a_blade_at_the_wrist_and_a_witnessed_fit_are_emergencies(
    bot: ChatBot, message: str
) -> None:
    """Standing at a height with despair; a blade held to the wrist with despair; a fit told
    with what a witness sees."""
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "my roommate says he will drink the rat poison tonight",
        "on the bridge right now, cant take it anymore",
    ],
)
def test_a_threat_to_take_poison_or_despair_at_a_height_gets_the_crisis_line(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="14416")


@pytest.mark.parametrize(
    "message",
    [
        "meri patni 8 mahine ki pregnant hai, kal se baby ki halchal mahsus nahi hui",
        "she is 36 weeks pregnant and the baby didnt move since lunch",
        "grandson 2 yrs very drowsy with fever since night",
        "beti 6 saal ki, loose motion ho rahe aur haath pair thande pad gaye",
    ],
)
def test_a_still_baby_in_the_womb_and_a_drowsy_or_cold_sick_grandchild_are_emergencies(
    bot: ChatBot, message: str
) -> None:
    """A baby that has not moved, told in the past tense; a sick child whose age follows a
    grandchild or a nephew; cold hands and feet with diarrhoea in a child (shock)."""
    assert_emergency(bot, message)


def test_a_pregnancys_length_is_not_an_age() -> None:
    from medlink.chatbot.concepts import age_in_months

    assert age_in_months(["girl", "3", "months", "pregnant"]) is None
    assert age_in_months(["granddaughter", "3", "yrs"]) == 36


@pytest.mark.parametrize(
    "message",
    [
        "got kicked in the head during the match, was out for a few seconds, now seeing double",
        "player struck on the head by the bat, he blacked out and now sees double",
        "nani bina cooler ke kamre me thi, sharir bahut garam, badbada rahi hai",
    ],
)
def test_a_blow_to_the_head_and_a_hot_room_without_a_fan_in_other_words_are_emergencies(
    bot: ChatBot, message: str
) -> None:
    """A blow to the head told as a kick or a ball, then knocked out or seeing double; heat in
    a room with no fan, with wandering speech."""
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "dadi ka dama badh gaya, aage jhuk ke baithi hai",
        "wheezing bahut, poora vakya nahi bol pa rahe",
    ],
)
def test_asthma_told_by_the_leaning_forward_posture_or_broken_sentences_is_an_emergency(
    bot: ChatBot, message: str
) -> None:
    assert_emergency(bot, message)


def test_a_question_about_a_posture_that_eases_asthma_stays_calm(bot: ChatBot) -> None:
    message = "asthma wale log aage jhuk ke baithein to kya aaram milta hai?"
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    ["दादी खटिया पर पड़ी हैं, पुकारे पर जवाब ना देत", "dadaji ko pukare par jawab na de rahe"],
)
def test_no_answer_when_called_in_a_regional_form_is_unconsciousness(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # a wish that it will not happen ("na" + a subjunctive)
        "exam hall me behosh na ho jaun isliye kya khau",
        "kahin mujhe bhi heart attack na aa jaye, roz walk karu kya",
        # a forecast ("aa jayega", "ho jaunga"), a joke (a laughing face is "haha")
        "itna kaam hai ki lagta hai heart attack aa jayega, koi stress tips",
        "gym me itni mehnat ki lagta hai behosh ho jaunga 😂 protein kab lu",
        "the electricity bill almost gave me a heart attack haha, what is the consultation fee",
        # it nearly happened ("aate aate bacha", "hote hote bachi")
        "result dekh ke heart attack aate aate bacha, ab report ka matlab samjhao",
        "bill dekh ke dil ka daura aate aate bacha, fees kitni hai",
        "boss ne itna daanta ki behosh hote hote bacha, neend nahi aati",
        "dhoop me khade khade behosh hote hote bachi, garmi me kya piyen",
        # a poison word as a simile; "I'll die" beside a match
        "ye kadha zeher jaisa kadwa hai, shahad mila sakte hai",
        "this cough syrup tastes like poison, can I mix it with honey",
        "agar kal ka final haar gaye to main mar jaungi, itna tension hai",
        # a threshold or a plan asked in advance
        "newborn ko kitna bukhar ho to emergency le jaye, abhi bilkul theek hai",
        "how should we prepare for a seizure at school, my daughter has epilepsy",
        # undecided, not confused; an age or a time beside medicine words is no count of pills
        "sugar 480 aaya tha, confused hu kaunsa doctor dikhau",
        "sugar 500 tha, thoda confused hu diet ke baare me",
        "8 saal ke bete ki dawai ki strip khali, refill kaha milega",
    ],
)
def test_wishes_forecasts_jokes_similes_and_plans_in_advance_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # strength lost in a limb, words that will not come
        "my mother suddenly lost all strength in her left hand and leg",
        "grandpa abruptly lost power in his right arm, he cannot find the words",
        # a poison given by mistake
        "we gave our toddler spoonfuls from the kerosene bottle thinking it was syrup",
        "dadi ne galti se pote ko phenyl ki bottle se pila diya, ulti aur khansi",
        # a trunk wound with the inside showing, a horn driven in
        "majdoor ke pet me sariya laga, andar ka dikh raha",
        "accident me pet fat gaya, aante bahar dikh rahi",
        "a buffalo gored my uncle in the stomach",
        # the tongue in Hindi / Urdu words
        "nayi dawai ke baad zabaan sooj gayi aur saans me seeti",
        "injection lagte hi mummy ki zuban moti ho gayi",
        # a sugar past the meter's range, in digits or in words, with a changed mind or vomiting
        "sugar meter pe 530, papa ajeeb baatein kar rahe",
        "machine me sugar saat sau aa rahi, baar baar ulti",
        "sugar chhe sau upar, pet dard aur ulti, saans tez",
        # blood in vomit with dizziness
        "mummy ki ulti me bahut saara khoon, chakkar aa rahe",
        # an age told after "hai" / "is": a young infant's fever
        "beta hai 1 mahina, bukhar 101, doodh nahi pee raha",
        # called and no answer, in other words than the set's
        "nani ko bulaya to koi harkat nahi, aankh nahi khol rahi",
        "awaaz di, naam lekar pukara, kuch jawab nahi de rahi dadi",
    ],
)
def test_everyday_wordings_of_danger_signs_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # a fit after a blow to the head, told in Gujarati
        "dikri sidi parthi padi, mathu athdayu, pachhi khench aavi",
        "kaki ne mathama vaagyu, pachhi vaai aavi",
        "bhai nu mathu deewal sathe athdayu, have jhatka aave che",
    ],
)
def test_a_fit_after_a_head_blow_in_gujarati_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # Bhojpuri: a fit with froth, a fit after the forehead split in a fall
        "babua ke fit aawat ba, muh se phen nikalat ba",
        "lalka gir gail, kapar phoot gail, ab jhatka aawat ba",
    ],
)
def test_bhojpuri_words_for_danger_signs_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "my 9 year old has pain on the right side of her tummy, a fever and she cannot walk",
        "beta 6 saal ka, pet me daayi taraf dard, bukhar, jhuk ke chal raha",
        "बेटी के पेट में दाईं तरफ नीचे दर्द, बुखार, चल नहीं पा रही",
        "son has right sided belly pain and fever, he is limping and won't walk",
    ],
)
def test_right_sided_belly_pain_with_fever_and_unable_to_walk_is_a_surgical_emergency(
    bot: ChatBot, message: str
) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # each new red flag needs its context: a child and a swallowing word for an empty strip, no
        # mild word for a horn, the face or a fire for a hoarse voice after a burn, the belly for a
        # right-sided pain
        "dawai ki patti khali ho gayi, nayi kab lu",
        "bail ne seeng maara pet pe, halki kharonch hai",
        "stove se haath jal gaya, aur sardi se gala baitha hua hai",
        "right side ke ghutne me dard, chal nahi pa raha, bukhar bhi",
    ],
)
def test_the_new_danger_words_without_their_context_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # Marathi: a fit with froth at the mouth; Bengali: a sudden fall and no speech
        "mavshi la fit aali, tondatun fes yetoy",
        "amar baba hothat pore gelo, kotha bolche na",
        # fallen with the eyes closed and no answer
        "nanu bathroom me gire pade hai, bol nahi rahe, aankh band",
        "dadi chakkar kha ke giri, aankhen band, koi jawab nahi",
        # the baby's movements not felt, with a time between the words
        "baby ki halchal kal se mehsoos nahi ho rahi, 8 month pregnant",
    ],
)
def test_marathi_bengali_and_split_wordings_of_danger_signs_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


def test_a_poison_named_as_a_likeness_stays_calm(bot: ChatBot) -> None:
    message = "zeher ki tarah kadwi dawai kaise pilaun"
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # everyday senses of red-flag words: a deep sleep, a piece of news, a career, a person, a habit
        "kal raat behosh hoke soya, phir bhi thakaan hai",
        "news sun ke shock laga, tab se neend nahi aa rahi",
        "bijli ka bill dekh ke current laga haha",
        "that presentation was career suicide, now I cannot sleep",
        "my toxic boss is poison, I have anxiety every morning",
        "overdose of reels, aankhon me dard rehta hai",
        "maa kehti hai chai zeher hai, kitni chai theek hai",
        "ye dawai zeher hai kya? side effects bahut hai",
        "bachche ne khelte hue saanp wala khilona muh me dala, plastic ka",
        # hearing told the other way round; an English past told as over
        "dadi ko sunai kam deta hai, bulane pe jawab nahi deti",
        "choked on water while drinking, coughed, fine now",
    ],
)
def test_everyday_senses_of_red_flag_words_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)



@pytest.mark.parametrize(
    "message",
    [
        # readings: a blood pressure too low to keep the organs fed, a pulse far too fast or slow
        "papa ka bp 70/40 aa raha, thande pasine, chakkar",
        "pulse 180 chal rahi hai, chakkar aa raha, seena dhadak raha",
        "dhadkan 35 hai nanaji ki, chakkar aur pasina",
        # an inhaler run out with a breath that catches; a goodbye, then out of reach
        "sis ki saans atak atak ke aa rahi, inhaler khatam",
        "dost ne whatsapp pe alvida likha aur phone band",
    ],
)
def test_low_pressure_extreme_pulse_no_inhaler_and_a_goodbye_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # each needs its context: a breath in trouble (not "saans theek hai"), a goodbye that is not
        # a school's last day, a pulse after running
        "inhaler khatam ho gaya, naya kahan milega, saans theek hai",
        "school ka last din tha, sabne alvida kaha, phone band karke so gaya",
        "pulse 160 after running, thoda chakkar",
    ],
)
def test_a_pulse_an_inhaler_and_a_goodbye_without_their_context_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # where to find a treatment, asked for information; a season coming; a wound already dressed
        "snake bite ka anti venom kis hospital me milta hai, bas jaankari chahiye",
        "scorpion season aa raha hai, ghar me kya savdhani rakhe",
        "kal gir gaya tha cycle se, ghutne pe khoon nikla tha, ab pattee lagi hai",
    ],
)
def test_information_a_coming_season_and_a_dressed_wound_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # Marwari / Rajasthani negation "koni" (= nahi) after a fall, a fit, a sudden collapse
        "mharo bhai seedhi se gir gyo, ab hosh koni",
        "kaka ji achanak padya, bulaave to jawab koni deve, aankh koni kholi",
        "dadi bathroom me gir gi, hila ke dekhya, hosh koni aave",
    ],
)
def test_marwari_negation_of_consciousness_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # "koni" in a harmless sentence: a mild complaint, an appetite, a lost sleep
        "mharo chhoro khana koni khave, halka zukam hai",
        "raat ne neend koni aayi, thodi thakaan hai",
    ],
)
def test_marwari_negation_in_a_mild_complaint_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # first aid asked ahead of need: a subjunctive "if it bites, what first", a verbal noun
        # "on being bitten, what to do", a named relative in an English "if ... what should"
        "बिच्छू डंक मारे तो पहले के करना चाहिए",
        "करंट लगने पै के करें, घर में वायरिंग पुरानी सै",
        "if dadaji chokes on his food what should we do, just asking",
    ],
)
def test_first_aid_asked_ahead_of_need_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        # the same question forms with the event happening now stay emergencies
        "kutte ne abhi kaata, khoon band nahi ho raha, pehle kya karein",
        "papa ko abhi current laga, behosh pade hai, kya karna chahiye",
    ],
)
def test_first_aid_asked_while_it_happens_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)
