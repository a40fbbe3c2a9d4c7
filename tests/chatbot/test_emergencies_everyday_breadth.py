"""Emergencies told in everyday words, by triage category, in English, Hinglish, Devanagari Hindi and the
languages of India typed in Latin letters (Bhojpuri, Magahi, Marwari, Punjabi, Gujarati, Marathi, Bengali, Odia,
Nepali, Tamil, Telugu, Kannada, Malayalam), and their near misses: a question about the signs, an event years
ago, a mild burn or a sting with only local swelling, a figure of speech, snakes that are only seen, a past faint
that is over, prevention and a mild version of the same words.

Among them: choking (voice gone, stuck in the throat), an unknown number of a grandparent's pills or rat poison
swallowed, burns with skin coming off after a lamp, a stove or clothes on fire, a snake bite typed as it sounds,
not waking after drink, fits that do not stop, a face swelling after a new medicine, a sugar of 300 or more with
vomiting and drowsiness, a pad soaked every hour with dizziness and tablets taken twice by mistake followed by
giddiness get 112/108; a farewell with a phone switched off gets the crisis line (14416).
None of these messages is in the patient set; every sentence here is our own."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from medlink.chatbot.concepts import age_in_months

from .conftest import assert_emergency, assert_not_emergency


# --- stroke, heart attack, anaphylaxis, poisoning, self-harm, newborn, child, pregnancy, asthma, sugar, head
# injury, bleeding, collapse, bites, breathing, fits, burns, choking, heat stroke, acute abdomen -------------

@pytest.mark.parametrize(
    "message",
    [
        "दादी का चेहरा एक तरफ लटक गया है और बायां हाथ उठ नहीं रहा",
        "baba ke muh tedh ho gail ba, ek taraf ke haath kaam na karat ba",
        "bapu ka muh tedha ho gya, ek side ka haath na uthda",
        "pitaji da muh ik paase ho gaya te baah nahi uth rahi",
        "pappa nu modhu vaanku thai gayu, ek baju no haath uthto nathi",
        "baba cha tond vakda zala, ek bajucha haat uchalta yet nahi",
        "babar mukh beke geche, ek pasher haat tulte parche na",
        "appa mugam oru pakkam kodinjirukku, kai thooka mudiyala",
        "nanna mukham okka vaipu vankara ayyindi, cheyyi lepalekapotunnaru",
        "appa mukha ondu kade sotta aagide, kai etthoke aagtilla",
        "achante mukham oru vashathekku kodi poyi, kai pokkan pattunnilla",
        "seene me bahut bhaari dabav hai, pasina aa raha hai aur baayein haath me dard ja raha hai",
        "chhati me bahut dard ba, pasina chhutat ba, saans phoolat ba",
        "chhati ma ghano dard hai, paseno aave hai",
        "chhati ma khub dukhe che ane parsevo vale che",
        "chhatit khup dukhtay ani ghaam yetoy, dava haat dukhtoy",
        "buke khub byatha, ghame bhije jachhe, baam haat e byatha",
        "nenju romba valikkudhu, vervai kottudhu",
        "gunde lo chala noppi, chemata vastondi",
        "edhe tumba novu, bevaru bartide",
        "nenjil bhayankara vedana, viyarkkunnu",
        "after eating prawns her lips and tongue are swelling and she is struggling to breathe",
        "मधुमक्खी के डंक के बाद होंठ सूज गए और सांस लेने में दिक्कत है",
        "injection ke baad muh sooj gaya, saans phool rahi, chakkar aa raha",
        "my son drank kerosene by mistake and is coughing",
        "beti ne galti se keetnashak pee liya",
        "bhai ne toilet cleaner pee liya, muh me jalan",
        "chacha ne khet me spray karte waqt dawai pee li, ulti aur jhaag",
        "kisan ne kheti ki dawa pi li",
        "jeevan khatam karna chahta hu, koi fayda nahi",
        "main sabko chhod ke hamesha ke liye jaana chahti hu, rassi le aayi hu",
        "i wrote goodbye letters to my family, tonight i will end it",
        "newborn is not feeding, very cold and yellow till feet",
        "नवजात बच्चे की नाभि से मवाद और बुखार",
        "baby 10 din ka hai, saans ke saath chhati andar dhans rahi",
        "bachha bahut sust hai, jaga nahi rahe, kuch pee nahi raha, bukhar",
        "my 3 year old is having fits with high fever",
        "pregnant 8 months heavy bleeding",
        "biwi ko 7 mahine ka pet hai, jhatke aaye",
        "garbhvati hu, bacche ki halchal band ho gayi kal se",
        "she is 9 months pregnant and has fits",
        "my daughter has asthma, inhaler not working, she cannot speak full sentences",
        "dama ka dora pada hai, bol nahi pa raha",
        "sugar bahut low ho gayi, behosh ho rahe hain",
        "cut on leg, blood spurting, wont stop even after pressing",
        "my wife fainted and isnt breathing properly",
        "scorpion sting on my son, he is vomiting and sweating",
        "pagal kutte ne kaata",
        "he is gasping for breath and lips are blue",
        "saans nahi aa rahi, ghutan ho rahi",
        "garam tel gir gaya, poora haath jal gaya, chhale pad gaye",
        "child pulled hot tea over himself, face and chest burnt",
        "worked in the sun all day, now very hot body, not sweating, confused",
        "dhoop me kaam kar rahe the, behosh ho gaye, sharir bahut garam",
        "loo lag gayi, ulti aur chakkar, sharir tap raha",
        "sudden severe belly pain, belly hard as a board, cant stand straight",
    ],
)
def test_everyday_emergencies_in_english_hinglish_and_hindi(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


# --- the same categories told in the languages of the north, west, east and south -------------------------

@pytest.mark.parametrize(
    "message",
    [
        "jhinga khaye ke baad hont sooj gail, saans na aawat ba",
        "jhinga khava ke baad hoth suj gaye, saans koni aave",
        "jhinge khaan to baad bullan suj gaye te saah nahi aa reha",
        "jhinga khadha pachi hoth suji gaya ane shwas nathi levato",
        "kolambi khallyavar oth sujle ani shwas gheta yet nahi",
        "chingri khawar por thot fule geche, shash nite parchhe na",
        "chingudi khaiba pare otha phuli gala, nisasa nei paruni",
        "eral saapitta piragu udhadu veengiduchu, moochu vida mudiyala",
        "royyalu tinnaka pedavulu vaachayi, oopiri aadatledu",
        "seegadi tinda mele tuti ubbide, usiru aadtilla",
        "chemmeen kazhichappol chundu veerthu, shwasam kittunnilla",
        "chhore ne khet ki dawai pee li, ulti kar raha",
        "munde ne spray wali dawai pee layi, munh cho jhaag",
        "dikraye jantunashak dava pi lidhi, ulti thay che",
        "mulane kitaknashak pyayla, tondatun fes yetoy",
        "chhele kitnashak kheye felechhe, mukh diye fena berochhe",
        "pua poka mara osudha pi dela, mukharu phena baharuchi",
        "paiyan poochi marundhu kudichittan, vaayila nurai",
        "abbayi purugula mandu taagadu, vanthulu chestunnadu",
        "huduga kriminashaka kudididdane, vaanti maadtiddane",
        "makan kilinashini kudichu, chardi und",
        "main apni jaan de dunga, ab aur nahi jhel sakta",
        "ab jeene ka mann nahi, fansi laga lungi",
        "hun jeevavu nathi, maari javu che",
        "mala jagaycha nahi, me jeev deen",
        "ami ar bachte chai na, morte chai",
        "mu au banchibaku chahen nahin, mari jibi",
        "enakku vaazha pidikkala, saaganum pola irukku",
        "naaku bratakalani ledu, chachipovalani undi",
        "nanage badukalu ishta illa, saaybeku anisuttide",
        "enikku jeevikkan thalparyamilla, marikkan thonnunnu",
        "hamar 5 din ke babua doodh na peeyat ba, thanda pad gail ba",
        "mharo 7 din ko tabar doodh koni piye, thando pad gyo",
        "maru 8 divas nu balak dhavtu nathi, thandu padi gayu",
        "majha 6 divsacha bal dudh pit nahi, thanda padla",
        "amar 9 diner baccha dudh khachhe na, thanda hoye gechhe",
        "mo 10 dinara pila kshira piuni, thanda heigala",
        "en 7 naal kuzhandhai paal kudikkala, romba sillunu irukku",
        "naa 8 rojula papa paalu taagatledu, challaga ayyindi",
        "nanna 9 dinada magu haalu kudiyuttilla, tannage aagide",
        "ente 6 divasam aaya kunju mulappal kudikkunnilla, thanuthirikkunnu",
        "bahuriya ke 8 mahina ba, bahut khoon girat ba",
        "meri bahu ne 8 mahina ho gya, ghano khoon aa rahyo",
        "meri nooh ne satvan mahina, bahut khoon jaa reha",
        "mari vahu ne aathmo mahino che, bahu lohi jay che",
        "majhya suneche aathva mahina, khup rakta jat ahe",
        "amar bou er aath mash cholche, onek rokto porchhe",
        "mo bohu ra ath masa, bahut rakta paduchi",
        "en manaivi 8 maasam garbam, neraya rattham pogudhu",
        "nanna hendati 8 tingalu garbhini, tumba rakta hogtide",
        "ente bharya 8 maasam garbhini, orupad blood pokunnu",
        "beta ke dama ke daura, pump se bhi aaram nahi, bol na pawat ba",
        "chhore ne saans ko dauro, pump su bhi koni theek, bol koni sake",
        "dikrane dam no humlo, pump thi pan fer nathi, bolai nathi",
        "mulala dama cha jhatka, pump ne pan farak nahi, bolta yet nahi",
        "chheler hapani, pump diyeo kaaj hochhe na, kotha bolte parchhe na",
        "en magan ku asthma attack, inhaler vechum sariyagala, pesa mudiyala",
        "maa abbayi ki asthma, inhaler vesina taggaledu, matladaleka potunnadu",
        "papa ki sugar 40 aa gail ba, pasina aur behosh jaisan",
        "bapu ki sugar 35 aa gi, paseena aa rahyo, bolya koni",
        "mummy di sugar 38 ho gayi, pasina aa reha, hosh nahi",
        "papa ni sugar 42 thai gai, parsevo ane bebhan jevu",
        "baba chi sugar 40 zali, ghaam yetoy ani gondhalle ahet",
        "babar sugar 45, ghame bhije geche, ulto palta bolchhe",
        "appa sugar 40, vervai, pesa mudiyala",
        "nanna ki sugar 38, chemata, spruha tappindi",
        "beta chhat se gir gail, kapar se khoon, ulti karat ba",
        "chhora chhat su padgyo, maatho phut gyo, ulti kar rahyo",
        "munda chhat ton dig gaya, sir vich satt, ulti kar reha",
        "dikro dhaba parthi padyo, mathu futyu, ulti kare che",
        "mulga gachivarun padla, doka fatla, ulti karto",
        "chhele chhad theke pore gechhe, matha fete gechhe, bomi korchhe",
        "pua chhata upare ru padigala, munda phatigala, bantri karuchi",
        "paiyan maadiyila irundhu vizhundhaan, thalaiyil adi, vaanthi",
        "abbayi meda paina nundi paddadu, tala ki debba, vanthulu",
        "huduga mahadi inda biddu, tale ge petta, vaanti",
        "mon terrace il ninnu veenu, thalaykku adi, chardi",
        "haath kat gail, khoon rukat na ba",
        "haath kapayo, lohi bandh nathi thatu",
        "haat kapla, rakta thambat nahi",
        "haat kete gechhe, rokto bondho hochhe na",
        "hata kati gala, rakta bandha heuni",
        "kai vettiduchu, rattham nikkala",
        "cheyyi kosukupoyindi, raktam aagatledu",
        "kai koydu hoytu, rakta nilluttilla",
        "kai murinju, chora nilkkunnilla",
        "dada ji gir gaile, hosh na aawat ba",
        "dada ji padgya, hosh koni aayo",
        "dada padi gaya, bhaan nathi aavtu",
        "ajoba padle, shuddhit nahit",
        "dadu pore gechhe, gyan nei",
        "jeje padigale, chetana nahin",
        "thatha keezha vizhundhutaaru, niniva illa",
        "thatha padipoyaru, spruha ledu",
        "ajja biddubittaru, prajne illa",
        "appooppan veenu, bodham illa",
    ],
)
def test_everyday_emergencies_in_the_languages_of_india(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


# --- near misses: signs asked about, old events, mild burns and stings, figures of speech, a past faint -----

@pytest.mark.parametrize(
    "message",
    [
        "my grandfather had a heart attack 6 years ago, now he is fine, what diet should he follow",
        "papa ko teen saal pehle dil ka daura aaya tha, ab kaunsi dawa leni chahiye",
        "small burn on finger from the iron, tiny blister, what cream",
        "bee stung my hand, only little swelling around the spot, no other problem",
        "boss ki meeting me heart attack aa jayega lagta hai",
        "exam ka result dekh ke heart attack aa jayega",
        "how to give first aid for snake bite",
        "saanp kaatne par kya karna chahiye, gaon me bahut saanp hain",
        "mera beta kal gir gaya tha, ghutne pe kharonch hai, ab khel raha hai",
        "kitchen me kaam karte hue haath pe thoda garam paani gir gaya, bas laal hai",
        "which blood sugar level is dangerously low",
        "sugar kitni kam ho to khatarnak hoti hai",
        "my baby coughs a little at night, no fever, playing well",
        "bacche ko halka sa zukam hai, doodh theek pi raha",
        "is it normal to feel baby kicks less in the ninth month",
        "pregnancy me halka spotting normal hai kya, pehle mahine me",
        "mujhe dama hai, inhaler kab lena chahiye",
        "chhati me halki jalan khana khane ke baad, acidity hai shayad",
        "i get mild chest pain when i press on my ribs after gym",
        "sir me halka dard hai subah se, tension ki wajah se",
        "kutte ne chaata, koi daant nahi lage, rabies ka khatra hai kya",
        "pet dog scratched me slightly, vaccine lagwa liya hai",
        "we had a fire drill at school today",
        "my friend died laughing at my joke",
        "i am dying to see the new movie",
        "mera phone mar gaya, battery khatam",
        "i felt so sleepy after lunch",
        "heat bahut hai, AC kab tak chalana theek hai",
        "garmi me loo se bachne ke upay batao",
        "mera 2 saal ka beta phone ki battery se khel raha tha, maine le li, usne kuch nahi nigla",
        "kal khansi ki dawa ki ek chammach extra de di, bacha theek hai",
        "papa ko sugar hai, aaj 110 aayi, diet kya ho",
        "nanna ki rendu samvatsaralu mundu stroke vachindi, ippudu baagunnaru, em tinali",
        "amma ku pona varusham fits vandhuchu, ippo nalla irukkanga",
        "ajji la don varshapurvi lakwa zala hota, ata bari ahe",
        "chhele gato bochor ekbar ogyan hoyechilo, ekhon bhalo ache",
        "how long does a scorpion sting hurt normally",
        "stroke nu lakshan shu hoy, kevi rite olakhvu",
        "lakwa che lakshan kay astat",
        "strokor lokkhon ki ki",
        "heart attack vaste em cheyyali, mundhe telusukovali",
        "pakshaghatada lakshanagalu yavuvu",
        "bee kadichu, aa idathil mathram cheriya veekkam, vere prashnam illa",
        "madhmakhi ne kaatyu, thodu soju che bas",
        "ungli thodi jal gayi chai se, halka laal, chhala nahi",
        "babua ke pichla saal ek baar behoshi aail rahe, ab theek ba",
        "mharo chhoro pichhle baras ek baar behosh hoyo, ab theek hai",
        "exam de result nu dekh ke heart attack aa jau",
        "kutra chatla, daat lagle nahi, kahi dhoka ahe ka",
        "gaon me saanp bahut nikalte hain, bachav ke upay batao",
        "bichhu kaatne par pehle se kya tayari rakhein",
        "amma ku 3 varusham munnadi heart attack vandhuchu, ippo nalla irukkanga, enna saapidalam",
        "ajji la don varsha purvi lakwa zala hota, ata tya barya ahet",
        "ammamma ku 2 samvatsaralu kritam stroke vachindi, ippudu baagundi",
        "mera beta kal cycle se gira, ghutne chhil gaye, ab khel raha hai",
        "my toddler bumped his head on the table, cried at once, now playing normally",
        "chhota sa kata hai ungli pe, khoon band ho gaya",
        "pregnancy ke pehle mahine me halki spotting hui thi ek baar, ab nahi",
        "mujhe dama hai, inhaler lene ka sahi tarika kya hai",
        "nani ko sugar hai, khane me kya dena chahiye",
        "papa ko bp hai, roz dawai lete hain, reading 130/85",
        "chhati me jalan khana khane ke baad hoti hai, acidity",
        # an old event, a question in general, prevention, a mild version or another sense of the same words
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
def test_everyday_near_misses_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- the mechanisms: a split "unconscious", the other side after an old stroke, the southern denials, no urine
# with vomiting or a swollen belly, a fall onto the hip or onto a pregnant belly, scalds, a stiff neck and a
# drowsy head injury in Bengali, heat stroke in Marathi, young infants' ages in Marwari and Telugu ------------

@pytest.mark.parametrize(
    "message",
    [
        "yaar ne itni daaru pila di ki ab and conscious pada hai, jagaane par bhi kuch nahi",
        "she slipped in the shower and now she is un conscious on the floor",
        "paralysis on the right since 2019, today morning the other side also went weak and numb",
        "amma vanthulu aagatledu, 14 gantala nunchi urine raledu, nirasanga undi",
        "thatha ki fits aagatledu, kallu paiki velli poyayi",
        "tatti da garam paani bachhe te dig gaya, dhidd te lattan sadd gayiyan, chamdi utar rahi",
        "chheler jor 103, ghar shokto, matha byatha, bomi",
        "baba cycle theke pore matha fete gechhe, ekhon ghumiye porchhe, daakle saara dichhe na",
        "दादाजी सीढ़ी से फिसल कर गिर गए, कूल्हे में बहुत दर्द है और बिल्कुल खड़े नहीं हो पा रहे",
        "32 weeks pregnant, tripped on the stairs and landed on my belly, now cramping and a little bleeding",
        "aajobana sakalpasun laghvi zali nahi, pot phugla ahe ani khup dukhtay",
        "since last night no urine at all, lower belly swollen and very painful, old prostate trouble",
        "shetat 45 degree madhe kaam kela, ata ghaam yeta nahi ani ulat sulat boltoy",
        "mera 6 din ka tabar, doodh koni piye, sharir thando",
        "rendu nelala papa paalu taagatledu, challaga ayyindi",
    ],
)
def test_emergencies_read_by_word_family_and_mechanism(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "do varshapurvi angioplasty zali, aata sagla thik ahe, vyayam kiti karava",
        "gaye varshe ene sugar 35 thai gai hati, have saru che, shu khavu",
        "my nephew had fever fits 3 times before, he is fine now, how do we prevent them",
        "this traffic jam will give me a heart attack lmao",
        "that horror movie gave me a heart attack hahahaha",
        "saanp hamare khet me bahut dikhte hain, bachchon ko kaise bachayein",
    ],
)
def test_old_events_figures_of_speech_and_snakes_only_seen_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    ("words", "months"),
    [
        ("mharo 7 din ko tabar", 7 / 30),
        ("en 7 naal kuzhandhai", 7 / 30),
        ("rendu nelala papa", 2.0),
        ("nanna 9 dinada magu", 9 / 30),
        ("mo 10 dinara pila", 10 / 30),
        ("3 tingala magu", 3.0),
    ],
)
def test_ages_told_in_the_units_of_the_south_and_of_marwar(words: str, months: float) -> None:
    age = age_in_months(words.split())
    assert age is not None and abs(age - months) < 1e-9, (words, age)


@pytest.mark.parametrize("words", ["har 15 din ko injection", "7 naal se kaichal", "2 din ko bukhar tha"])
def test_a_time_in_those_units_is_no_age(words: str) -> None:
    assert age_in_months(words.split()) is None


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("amma paesala", ("bol", "nahi")),  # Tamil: does not speak
        ("raktam aagaledu", ("ruk", "nahi")),  # Telugu: did not stop
        ("kannu thorakkala", ("aankh", "nahi", "khol")),  # Tamil: the eyes do not open
        ("amma palukatledu", ("bol", "nahi", "raha")),  # Telugu: is not answering
        ("avanu maatanaadtilla", ("bol", "nahi", "raha")),  # Kannada: is not speaking
    ],
)
def test_southern_denied_verbs_are_read_as_the_hindi_verb_and_nahi(bot: ChatBot, message: str, wanted: tuple[str, ...]) -> None:
    concepts = bot.knowledge_base.concepts
    denied = concepts.southern_verbs(message.split())
    assert denied is not None, message
    virtual = denied[0]
    start = virtual.index(wanted[0])
    assert tuple(virtual[start : start + len(wanted)]) == wanted, (message, virtual)


def test_a_southern_stem_alone_is_no_denial(bot: ChatBot) -> None:
    # "aag" (Telugu: to stop) is the Hindi fire when no denying ending follows it
    assert bot.knowledge_base.concepts.southern_verbs("ghar me aag lagi".split()) is None


# --- child danger signs, high sugar, choking, burns, trauma, dog bites, heat stroke, acute abdomen, fits and
# breathlessness, each told in several languages -------------------------------------------------------

@pytest.mark.parametrize(
    "message",
    [
        "my 2 year old is breathing very fast and his ribs are sucking in, he wont drink anything",
        "beta 1 saal ka, saans bahut tez, pasliyan andar ja rahi, doodh nahi pi raha",
        "हमारे 3 साल के बेटे को तेज़ बुखार में झटके आ रहे हैं",
        "babua ke 2 saal, jhatka aawat ba, aankh upar chadh gail",
        "beti 4 saal ki, bahut sust, jagane pe bhi nahi jagti, dast aur ulti",
        "my son is diabetic, sugar reading high, vomiting, breathing deep and fast, very drowsy",
        "papa ki sugar 550 hai, ulti ho rahi, saans me fruity smell, bahut neend",
        "sugar high 480, bahut pyaas, ulti, aur behoshi jaisi",
        "dikra ni sugar 500 che, ulti ane shwas jaldi chale che",
        "my daughter choked on a peanut, she is coughing and turning blue",
        "gale ma sikko fasai gayo, shwas nathi laito",
        "ghashat naane adakla, shwas gheta yet nahi",
        "golay kichhu atke gechhe, shash nite parchhe na, neel hoye jachhe",
        "pillavaadi gontulo coin irukkupoyindi, oopiri aadatledu",
        "kuzhandhai thondaiyil kaasu maattikichu, moochu vida mudiyala",
        "magu gantalalli naanya sikkide, usiru aadtilla",
        "kunju thondayil naanayam kudungi, shwasam kittunnilla",
        "stove phat gaya, bhabhi ka pura pet aur haath jal gaya",
        "diya se saree me aag lag gayi, kamar aur peeth jal gayi",
        "gharma aag lagi, dikri nu modhu ane haath dajhi gaya",
        "gas phutla, mulgi cha chehra ani haat bhajle",
        "chula theke aagun lege meyer gaa puriye gechhe",
        "mo jhia ra deha jali gala, bahut photka",
        "sudu thanni kuzhandhai mela kottiduchu, udambu muzhuvadhum vendhuduchu",
        "vedi neellu papa meeda paddayi, vollantha kaalipoyindi",
        "bisi neeru maguvina mele bittu, maiyella suttide",
        "choodu vellam kunjinte dehathu veenu, tholi poli",
        "truck ne takkar maari, pair ki haddi bahar aa gayi",
        "accident me bhai ka pair mud gaya, khoon beh raha, uth nahi pa raha",
        "bike se gire, haath ki haddi tedhi ho gayi aur bahut sujan",
        "road accident, kaka na pag nu hadku tuti gayu, lohi nikle che",
        "gaadi ne udavla, pay modla, rakta vahat ahe",
        "bus er dhakka, baba r paa bheke gechhe, rokto porchhe",
        "lorry guddindi, kaalu viriginidi, raktam aagatledu",
        "bike accident la kaal udanjuduchu, rattham nikkala",
        "aawara kutta ne kaat lihlas, khoon bahat ba",
        "kutro karadyo, ghaav uDo che, lohi nikle che",
        "kutryane chavla, khol jakham, rakta yetay",
        "kukur kamriyechhe, onek gobhir khoto",
        "naayi kadichiduchu, aazhamana kaayam, rattham varudhu",
        "kukka karichindi, lothu gaayam, raktam vastondi",
        "dhoop mein khelte khelte bachha gir gaya, bahut garam, kuch bol nahi raha",
        "tadke me kam kartana chakkar yeun padle, ang garam ani ghaam nahi",
        "rodh e kaaj korte korte ogyan hoye gelo, gaa khub gorom",
        "veyililo pani chestu padipoyadu, vollu kaalipotondi, matladatledu",
        "pet me achanak bahut tez dard, pet sakht, chhoo bhi nahi sakte",
        "pet ma ekdum tez dukhavo, pet patthar jevu kadak, ulti",
        "potat achanak khup dukhte, pot dagdasarkha kadak, ulti",
        "pete hothat prochondo byatha, pet shokto, bomi",
        "kadupulo bhayankara noppi, kadupu raayi la gattiga, vanthulu",
        "vayiru romba valikkudhu, kallu maadhiri irukku, vaanthi",
        "hotte tumba novu, kallu thara gatti, vaanti",
        "vayaril bhayankara vedana, kallu pole, chardi",
        "daura padya, hath pag akadla, tondatun fes, 8 minit",
        "fit aayi, daant jakad gaye, munh se jhaag, hosh nahi",
        "khichuni hochhe, mukh diye fena, gyan firchhe na",
        "valippu vandhu, vaayila nurai, kannu mela pochu",
        "fits vachayi, notilo nurugu, kallu tiragabaddayi",
        "fits bantu, baayalli nore, kannu mele hoytu",
        "apasmaram, vaayil nura, kannu mukalilekku poyi",
        "dam lagtoy, bolta yet nahi, oth nile",
        "shash kosto, kotha bolte parchhe na, thot neel",
        "moochu vaanga mudiyala, pesa mudiyala, udhadu neelam",
        "oopiri aadatledu, matladaleka potunnadu, pedavulu neeli",
        "usiru kattide, maatadoke aagtilla, tuti neeli",
        "shwasam kittunnilla, samsarikkan pattunnilla, chundu neela",
        # choking, pills or rat poison of unknown number, burns with skin coming off, a snake bite typed as it
        # sounds, not waking after drink, fits that do not stop, a face swelling after a new medicine, a high
        # sugar with vomiting and drowsiness, a pad soaked every hour, tablets taken twice and giddiness
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
def test_more_everyday_emergencies_across_languages(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "bhai ne sabse vida le li aur ab uska phone band hai",
        "mere dost ne message kiya ab kisi ko meri fikar nahi karni padegi, phone switch off hai",
        "dont want to be here anymore, been cutting again and it keeps bleeding",
    ],
)
def test_a_farewell_with_the_phone_switched_off_or_cutting_again_gets_the_crisis_line(
    bot: ChatBot, message: str
) -> None:
    assert_emergency(bot, message, number="14416")


@pytest.mark.parametrize(
    "message",
    [
        "achan ennodu mindunnilla, deshyathilanu",
        "papa mujhse bol nahi rahe, gussa hain",
        "amma naatho matladatledu, kopamga undi",
    ],
)
def test_someone_not_talking_to_me_out_of_anger_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "bisilinalli kelasa maadutta biddaru, mai bisiyagide, maatadtilla",
        "achan pettennu mindunnilla, oru vasham kai thalarnnu",
    ],
)
def test_a_southern_denied_verb_is_read_even_when_it_looks_like_a_slip(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)



# --- pregnancy (the baby not moving, the waters broken early, a severe headache with blurred sight), after
# delivery, and the newborn's danger signs, told in several languages -------------------------------------

@pytest.mark.parametrize(
    "message",
    [
        "8 mahina ke pet ba, kal se baccha hilat-dolat nahi",
        "garbhvati hu 8 mahine, bachcha hil nahi raha subah se",
        "aathmo mahino che, balak halto nathi kal thi",
        "aathva mahina, bal halchal karat nahi sakalpasun",
        "aath mash er pet, baccha nodchhe na kal theke",
        "8 maasam garbhini, kuzhandhai asaiyala kaalaiyilirundhu",
        "8 nelala garbhini, papa kadalatledu ninna nunchi",
        "8 tingalu garbhini, magu alugaadtilla",
        "8 maasam garbhini, kunju anangunnilla innale muthal",
        "satvan mahina, achanak paani nikal gaya neeche se",
        "7 mahine ki pregnant, sir me bahut dard, aankh ke aage andhera",
        "garbhavati che, mathu bahu dukhe che, jhakhu dekhay che",
        "garodar ahe, doke khup dukhte, dhusar disat ahe",
        "pregnant bou, matha khub byatha, chokhe jhapsa dekhche",
        "garbhini, thalai romba vali, kann mangalaa theriyudhu",
        "bachcha 4 din ka, poora peela pad gaya, talwe tak peela",
        "navjaat ki hatheli aur talwe peele, doodh nahi pi raha",
        "baby 5 divas, pura pivla, pay paryant pivla",
        "3 diner baby, haat paa holud, dudh khachhe na",
        "navjaat ki naabhi laal aur pus, bukhar bhi",
        "shishu ka sharir neela pad raha, saans ruk ruk ke",
        "baby ke hoth neele, saans nahi le raha theek se",
    ],
)
def test_pregnancy_and_newborn_danger_signs_across_languages(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)



# --- the new words in everyday, harmless use: hot water for a bath, a belly bloated with gas, an old hip
# pain, a slip in pregnancy with nothing wrong, pesticide talked about, mild jaundice under a doctor's care --

@pytest.mark.parametrize(
    "message",
    [
        "vedi neellu tho snanam chesthe manchidi na",
        "peshab band band ho ke aata hai, thoda jalan, kya infection hai",
        "dadaji 80 ke hain, kulhe me purana dard rehta hai, chalne me dikkat, koi tel batao",
        "garbhini, thalai konjam vali, saapida mudiyala, enna seyyalam",
        "veyililo tirigaka tala noppi vastundi, em tagali",
        "kutta bhonka bas, kaata nahi, dar gaye bachche",
        "gehun ki goli anaj me rakhne ka sahi tarika kya hai",
        "khet me spray karne se pehle kaunsa mask pehne",
        "bisi neeru kudidre gantalu novu kammi aagutta",
        "shetat unhat kaam kelyavar thakva yeto, kay khau",
        "baby ko 2 din se halka peela lag raha, doctor ne dhoop me rakhne ko bola",
        "amma ki 3 samvatsaralu nunchi sugar undi, diet cheppandi",
        "mera beta cycle se gira tha pichhle hafte, ab theek hai, ghutne pe nishaan hai",
        "achan oru pakkam thirinju kidannu urangunnu, koorkam valiyunnu",
        "ek taraf karwat lekar sone se haath sunn ho jata hai subah, phir theek",
    ],
)
def test_the_new_words_in_harmless_use_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
