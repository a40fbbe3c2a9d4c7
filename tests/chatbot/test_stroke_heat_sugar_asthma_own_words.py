"""Stroke, heat stroke, a sugar or blood-pressure crisis, a severe asthma attack and anaphylaxis told
in the patient's own language are emergencies:

* stroke: a face gone crooked to one side, an arm and leg gone weak on one side, speech gone or
  slurred, told with the words for hand and leg, one side, suddenly and "cannot speak" of Bhojpuri
  ("haath god", "ek or"), Awadhi ("ang maar gava"), Garhwali ("hath khutta ni chalnu"), Kumaoni /
  Bundeli ("tedho", "bolat nai ban rao"), Gujarati ("mo vanku", "jamno haath kaam nathi karto"),
  Tamil ("kai kaal", "thideernu", "velai seyyala"), Telugu ("cheyyi", "okkasari", "kadalatledu"),
  Kannada ("balagai", "shakti illa"), Malayalam ("kaiyum kaalum", "pettennu thalarnnu"), Konkani
  ("tond vankdem", "uloupak zaina"), Nepali ("ekatir", "chaldaina") and Dakhni ("moo"); and a sudden
  confusion ("achanak kisi ko pehchaan nahi rahi") or sight gone in one eye ("roshni chali gayi"); one
  side told in Urdu ("baayaan hissa"); the word stroke told with a sign ("strok aaya, aawaz nahi nikal
  rahi");
* heat stroke: a collapse in the sun with a hot body and no sweat in Assamese ("bagori gol", "ghaam
  ula nai"), Konkani ("poddle", "kuddi bhov hun"), Nepali ("dhalnu bhayo", "pasina chhaina") and
  Bengali ("gaa agun gorom, ghaam bondho"); "loo" told with vomiting and shaking;
* low sugar in a diabetic: sweating and shaking in Tamil ("kai nadukkam") and Malayalam ("vira"),
  with the confusion told in Tamil, Malayalam, Kannada or Nepali; a sugar of 500 with vomiting and
  drowsiness in Telugu ("vaantulu, chala nidra") or Kannada ("vaanti, tumba nidde");
* a very high blood pressure told by its upper value alone ("bp 220") with a bad headache, blurred
  sight or vomiting, in Kannada ("thale novu", "kannu manju"), Malayalam ("kannu mangi") and Nepali
  ("presar", "tauko", "dhamilo");
* an asthma attack where the inhaler was used and breath still does not come ("inhaler adichum",
  "le pani sas aaudaina", "le pani sas ferna garo"), or the Nepali "dam badhyo" with "bolna sakenan";
* anaphylaxis: face, lips or throat swelling after a food or an injection in Gujarati ("gala ma
  kasav"), Bhojpuri ("sagro deh pe chakatta"), Malayalam ("njandu", "thonda adanju") and clinic
  shorthand ("inj lagaya").

Calm counterparts stay calm: a question why a face goes to one side (Malayalam "enthu kondanu"), a
face darkened by the sun ("kaala pad gaya", sunburn), a little breathlessness after the inhaler, old
events (a "loo" that is over), a mild "loo", a face crooked since childhood, aches of hand and leg, a
headache on one side that comes monthly, a bp of 150 with a heavy head, a scratchy throat after nuts, a
pain on one side of the face or mouth (no droop), and "stroke aano?" asked to know.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

STROKE = [
    "bade papa ke ek or ke haath god sunn ho gail, boli lat pata gail",
    "सास का अंग मार गवा, बोलि नाहीं पावत अम्मा",
    "बड़ा भाई कु एक तरफ कु हाथ खुट्टा अचानक नि चलणु",
    "मामा को मुख टेड़ है गो, बात नि कर सकणई",
    "kaka nu mo vanku thai gayu ane bolai nathi",
    "bhabhi no jamno haath achanak kaam nathi karto",
    "thatha ku idathu kai kaal thideernu velai seyyala",
    "naannamma ki edama cheyyi kalu okkasari padipoyayi",
    "maavanige balagai kaalu ekdam shakti illa",
    "appuppante valathe kaiyum kaalum pettennu thalarnnu",
    "mhaka aajichem tond ek kodek vankdem zalam, uloupak zaina",
    "दाइको एकातिरको हात खुट्टा अचानक चल्दैन",
    "nana ka moo ek baaju tedha hogaya, baat nai kar pare",
    "dadi achanak kisi ko pehchaan nahi rahi, ulti seedhi baatein",
    "मौसी की अचानक एक आँख की रोशनी चली गई",
    "lagta hai chachi ko strok aaya, aawaz nahi nikal rahi",
    "khala ka achanak baayaan hissa sunn pad gaya",
    "ammayude kai thalarnnu pettennu, enthu cheyyanam",
]

HEAT = [
    "pothart kaam kori deuta bagori gol, gaa bohut gorom, ghaam ula nai",
    "shetant kaam korta astana mama poddle, kuddi bhov hun, ghaam na",
    "ghaam ma kaam garda didi dhalnu bhayo, jiu taato, pasina chhaina",
    "haat theke ferar por mama r gaa agun gorom, ghaam bondho, matha ghurchhe",
    "loo lag gayil ba chacha ke, teen baar ulti, haath pair kaanpat ba",
]

LOW_SUGAR = [
    "sugar maathirai saapitta appa ku romba vervai, kai nadukkam, enna pesuranga theriyala",
    "insulin vechathinu shesham ammakku viyarppu, vira, onnum manassilakunnilla",
    "sugar maathirai pottu thatha ku vervai, nadukkam, romba kozhappam",
]

HIGH_SUGAR = [
    "tammudi sugar 560 undi, vaantulu, chala nidra",
    "maavana sugar 510 ide, vaanti, tumba nidde",
]

BP_CRISIS = [
    "maava bp 230, thale novu jaasti, kannu manju",
    "ammayude bp 215 aayi, thala vedana, kannu mangi",
    "आमाको प्रेसर २२० आयो, टाउको दुख्छ, आँखा धमिलो",
]

SEVERE_ASTHMA = [
    "inhaler adichum thambi ku saans vidave mudiyala",
    "bhai le inhaler le pani sas aaudaina, bolna sakdaina",
    "inhaler le pani hajurba ko sas ferna garo, bolna sakenan",
    "गेस्टलाई दम बढ्यो, पम्पले काम गरेन, बोल्न सकेनन्",
]

ANAPHYLAXIS = [
    "kaju khadhya pachhi ben nu mo soji gayu, gala ma kasav, swas chadhe che",
    "machhi khaile ke baad nanad ke sagro deh pe chakatta, gala mein sarsarahat, saans phulal",
    "njandu kazhichu kazhinjappol aniyante mukham veerthu, thonda adanju, saansam edukkan pattunilla",
    "cust ko abhi inj lagaya, 2 min me chehra aur hont swell, saans me seeti",
]

CALM = [
    "mukham oru vashathekku kodi pokunnathu enthu kondanu, just ariyan",
    "dhoop me khelne se bete ka chehra kaala pad gaya, sunburn ka ilaj batao",
    "inhaler liya, phir bhi thodi saans phoolti hai chadhai par, kya ye normal hai",
    "papa ko teen saal pehle lakwa hua tha, ab physiotherapy kitne din",
    "paati ku kai kaal vali, vayasu aachu, enna thailam",
    "ajjige kai kaalu novu, yaav tablet olledu",
    "sir me ek taraf dard mahine me do baar, roshni buri lagti, migraine hai kya",
    "bp 150/95 aaya aaj, sir thoda bhaari hai",
    "garmi me kaam karne se pehle kya piyein, loo se bachne ke upay",
    "low sugar ho to kya karna chahiye, pehle se jaanna chahti hu",
    "kal loo lag gayi thi, ulti hui thi aur kaanp raha tha, ab theek hu",
    "thodi loo lagi hai, ek baar ulti hui, sir me halka dard",
    "papa ka muh ek taraf tedha hai bachpan se, kya exercise karein",
    "kaju khane se gale me halki kharash hoti hai, saans theek hai",
    "chehre ke ek taraf dard hai 2 din se, daant ka hoga kya",
    "muh me chhale hain aur ek taraf dard, kya lagaun",
    "face one side pain while chewing since yesterday",
    "mukham kodi pokunnathu stroke aano, just ariyan",
    "sugar 450 thi pichle hafte, ab 200, vaanthi illa",
]


@pytest.mark.parametrize("message", STROKE)
def test_stroke_signs_in_regional_words_are_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", HEAT)
def test_collapse_in_the_heat_with_a_hot_dry_body_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", LOW_SUGAR)
def test_sweating_shaking_and_confused_on_sugar_medicine_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", HIGH_SUGAR)
def test_very_high_sugar_with_vomiting_and_drowsiness_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", BP_CRISIS)
def test_upper_bp_of_200_with_headache_or_blurred_sight_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", SEVERE_ASTHMA)
def test_breath_not_coming_even_after_the_inhaler_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", ANAPHYLAXIS)
def test_face_or_throat_swelling_after_a_food_or_injection_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", CALM)
def test_questions_old_events_and_mild_versions_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
