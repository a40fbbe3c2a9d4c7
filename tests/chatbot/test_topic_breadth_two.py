"""Breadth of the topics, second half of the conditions: each condition asked the way patients in India
type it — plain English, Hinglish with SMS spellings and typos, Devanagari, romanised regional languages,
about a relative, and by its signs or everyday name — for what it is, what to do and a current complaint.

None of these messages is in the patient set; each checks the vocabulary of one condition, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

R, D, S = "remedy", "disease_info", "symptom_check"
_DEVANAGARI = re.compile("[\u0900-\u097f]")

#: (message, intent or intents where a message both tells and asks, topic), six per condition, in the
#: order of the conditions: vertigo … head_lice
CASES = [
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
    # urticaria
    ("what causes hives on the body", D, "urticaria"),
    ("achanak sharir pe lal lal chakatte uth aaye, bahut khujli, kya hai ye", S, "urticaria"),
    ("शीतपित्त का घरेलू उपाय बताइए", R, "urticaria"),
    ("angavar gandhi uthlya ahet, khaj yete, kay karu", R, "urticaria"),
    ("my daughter gets raised itchy welts after eating prawns, is it an allergy", S, "urticaria"),
    ("pitti uchal gayi h poore badan pe, kya lagau", R, "urticaria"),
    # mumps
    ("is mumps contagious and how long", D, "mumps"),
    ("bete ke dono gaal sooj gaye h kaan ke neeche, bukhar b h", S, "mumps"),
    ("गलसुआ होने पर क्या खाना चाहिए", R, "mumps"),
    ("mulache gaal kaanachya khali sujle ahet, kuthlya doctor kade jau", S, "mumps"),
    ("my 6 year old has mumps, what care at home", R, "mumps"),
    ("gaal phoolne wali bimari kyu hoti hai bachcho me", D, "mumps"),
    # worms
    ("what are the symptoms of worms in children", D, "worms"),
    ("bachhe ke pet me keede h, raat ko guda me khujli karta, kya dena chahiye", R, "worms"),
    ("पेट में कीड़े होने के लक्षण क्या हैं", D, "worms"),
    ("chhokra na pet ma kida che, su karvu", R, "worms"),
    ("my son grinds teeth at night and scratches his bottom, could it be worms", S, "worms"),
    ("deworming kitne mahine me karani chahiye", (R, D), "worms"),
    # period_pain
    ("how to reduce period cramps at home", R, "period_pain"),
    ("periods me bhut dard hota h pet ke neeche, kya karu", R, "period_pain"),
    ("माहवारी में पेट दर्द क्यों होता है", D, "period_pain"),
    ("mc chya veli khup pot dukhte, upay sanga", R, "period_pain"),
    ("meri beti ko har mahine mc me itna dard hota hai ki school nahi ja pati, kis doctor ko dikhaye", S, "period_pain"),
    ("mahine wale din pet me marod uthti hai, koi gharelu nuskha", R, "period_pain"),
    # irregular_periods
    ("what causes irregular periods", D, "irregular_periods"),
    ("2 mahine se period nhi aaye, pregnant b nahi hu, kya problem h", S, "irregular_periods"),
    ("मासिक धर्म अनियमित हो तो क्या करें", R, "irregular_periods"),
    ("amar maasik niyomito hoy na, ki korbo", R, "irregular_periods"),
    ("meri wife ke periods kabhi 20 din me kabhi 50 din me aate, kaunse doctor", S, "irregular_periods"),
    ("mahina time pe nahi aata, late ho jata hai, iska ilaj", R, "irregular_periods"),
    # menopause
    ("what are the symptoms of menopause", D, "menopause"),
    ("mummy ko raat ko garmi lagti pasina aata, period band ho gaye, kya ye menopause h", (S, D), "menopause"),
    ("रजोनिवृत्ति में क्या खाना चाहिए", R, "menopause"),
    ("maasik paali band jhali, angala garam hota, kay karava", R, "menopause"),
    ("at what age does menopause start in indian women", D, "menopause"),
    ("mahina band hone ke baad hot flushes se kaise bache", R, "menopause"),
    # pregnancy
    ("what to eat during pregnancy", R, "pregnancy"),
    ("mai 3 mahine pregnent hu, kya kya dhyan rakhu", R, "pregnancy"),
    ("गर्भावस्था में कौन से टेस्ट कराने चाहिए", (R, D), "pregnancy"),
    ("amar bou pet e bachcha ache, ki khabe", R, "pregnancy"),
    ("my wife is pregnant, can she travel by bus", R, "pregnancy"),
    ("what are the early signs of pregnancy", D, "pregnancy"),
    # morning_sickness
    ("how to stop morning sickness", R, "morning_sickness"),
    ("pregnancy me subah subah ulti aur ji machlata h, kya karu", R, "morning_sickness"),
    ("गर्भावस्था में उल्टी क्यों होती है", D, "morning_sickness"),
    ("pregnancy madhe sakali majhe mann ghabarte ani ulti hote, upay", R, "morning_sickness"),
    ("meri wife 2 mahine pregnant hai aur kuch khate hi ulti kar deti, kya khilaun", R, "morning_sickness"),
    ("pregnancy wali ulti kab tak rehti hai", D, "morning_sickness"),
    # gestational_diabetes
    ("what is gestational diabetes", D, "gestational_diabetes"),
    ("pregnancy me sugar badh gayi h 6 mahine ki, kya khau", R, "gestational_diabetes"),
    ("गर्भावस्था में शुगर हो जाए तो क्या करें", R, "gestational_diabetes"),
    ("garbhavastha ma sugar kem vadhe che", D, "gestational_diabetes"),
    ("my wife's sugar test in pregnancy came high, is it dangerous for the baby", S, "gestational_diabetes"),
    ("pet se hu aur glucose test fail ho gaya, ab kya karna hai", R, "gestational_diabetes"),
    # breastfeeding
    ("how often should a newborn be breastfed", R, "breastfeeding"),
    ("doodh kam aa raha h baby ke liye, badhane ka upay", R, "breastfeeding"),
    ("स्तनपान कराते समय क्या खाना चाहिए", R, "breastfeeding"),
    ("baby la pureshi dudh yet nahi, kay khau", R, "breastfeeding"),
    ("meri bahu ka doodh nahi utar raha delivery ke baad, kya karein", R, "breastfeeding"),
    ("is it ok to breastfeed when i have a cold", R, "breastfeeding"),
    # postpartum_care
    ("what care does a mother need after delivery", R, "postpartum_care"),
    ("delivery ke baad kamzori bahut h, kya khana chahiye jachcha ko", R, "postpartum_care"),
    ("प्रसव के बाद माँ को क्या खाना चाहिए", R, "postpartum_care"),
    ("prosober por ki khete hobe, notun maa er jonno", R, "postpartum_care"),
    ("meri bahu ka 1 mahine pehle c section hua, tanke kaise saaf rakhe", R, "postpartum_care"),
    ("how long does bleeding last after normal delivery", D, "postpartum_care"),
    # contraception
    ("what are the methods of family planning", D, "contraception"),
    ("copper t lagwana safe h kya, kitne saal chalti", (D, R), "contraception"),
    ("गर्भ निरोधक गोली के क्या नुकसान हैं", D, "contraception"),
    ("mala aata mul nako, kay vaparu", R, "contraception"),
    ("my wife wants to stop having children, what are the options", (R, D), "contraception"),
    ("bachcha rokne ka sabse accha tarika kya hai", R, "contraception"),
    # vaginal_discharge
    ("is white discharge normal", D, "vaginal_discharge"),
    ("safed pani bahut aata h aur kamar me dard, kya karu", R, "vaginal_discharge"),
    ("सफेद पानी आने का कारण क्या है", D, "vaginal_discharge"),
    ("mala pandhra pani jaat ahe, vaas pan yete", S, "vaginal_discharge"),
    ("meri beti 16 saal ki h, usko leukorrhea hai, kya ilaj hai", R, "vaginal_discharge"),
    ("neeche se gaadha safed paani aur khujli hai, kaun se doctor", S, "vaginal_discharge"),
    # prostate
    ("what is an enlarged prostate", D, "prostate"),
    ("papa ko raat me 4-5 baar peshab ke liye uthna padta, dhaar patli, kya hai", (S, D), "prostate"),
    ("प्रोस्टेट बढ़ने पर क्या खाना चाहिए", R, "prostate"),
    ("baba la lagvi thembathembane hote, purn hot nahi", S, "prostate"),
    ("my 70 year old grandfather has prostate problem, which doctor", S, "prostate"),
    ("budhape me peshab ruk ruk ke aata hai, iska ilaj", R, "prostate"),
    # newborn_care
    ("how to take care of a newborn baby", R, "newborn_care"),
    ("naye bacche ko nehlana kab se shuru kare, naal abhi giri nhi", R, "newborn_care"),
    ("नवजात शिशु की देखभाल कैसे करें", R, "newborn_care"),
    ("notun baby ke kibhabe snan korabo", R, "newborn_care"),
    ("my sister just had a baby, how to keep the baby warm", R, "newborn_care"),
    ("navjat ki nabhi ki dekhbhal kaise kare", R, "newborn_care"),
    # newborn_jaundice
    ("why do newborns get jaundice", D, "newborn_jaundice"),
    ("3 din ka baby h, aankhe aur skin peeli lag rahi, kya karu", R, "newborn_jaundice"),
    ("नवजात को पीलिया हो तो धूप में रखें क्या", R, "newborn_jaundice"),
    ("baalak 4 divas nu che, pilu dekhay che, su karvu", R, "newborn_jaundice"),
    ("my sister's newborn has jaundice, bilirubin 12, is phototherapy needed", S, "newborn_jaundice"),
    ("naye bachche ko peeliya kitne din me utarta hai", D, "newborn_jaundice"),
    # teething
    ("what are the signs of teething", D, "teething"),
    ("baby ke daant nikal rahe h, bahut chidchida h, kya karu", R, "teething"),
    ("दांत निकलते समय बच्चे को दस्त क्यों होते हैं", D, "teething"),
    ("bacchiche daat yet ahet, sarkha chavte, kay karu", R, "teething"),
    ("my 8 month old is teething and drooling a lot, how to soothe", R, "teething"),
    ("daant aate waqt bukhar aata hai kya", D, "teething"),
    # vaccination
    ("which vaccines does a baby need in the first year", D, "vaccination"),
    ("bache ka tikakaran kab kab hota h, 6 week wala reh gaya", R, "vaccination"),
    ("टीकाकरण के बाद बुखार आए तो क्या करें", R, "vaccination"),
    ("babu ke tika kobe dite hobe", R, "vaccination"),
    ("my daughter is 9 months old, which vaccine is due now", R, "vaccination"),
    ("teeka lagne ke baad sujan aa gayi, kya lagaye", R, "vaccination"),
    # child_nutrition
    ("what should a 1 year old eat in a day", R, "child_nutrition"),
    ("beta khana nhi khata, bahut patla h, kya khilau", R, "child_nutrition"),
    ("बच्चे का वजन नहीं बढ़ रहा, क्या खिलाएं", R, "child_nutrition"),
    ("maza mulga jevat nahi, vajan vadhat nahi, kay dyava", R, "child_nutrition"),
    ("my 2 year old is a picky eater, what diet is healthy", R, "child_nutrition"),
    ("6 mahine ke baad bacche ko upar ka khana kab aur kya dena shuru kare", R, "child_nutrition"),
    # colic
    ("what is colic in babies", D, "colic"),
    ("baby roz shaam ko ghanto rota h, pair pet ki taraf kheenchta, kya hai ye", S, "colic"),
    ("शिशु के पेट में मरोड़ से रोना, क्या करें", R, "colic"),
    ("baby sanjh na roj rade che, pet ma gas lage che, su karvu", R, "colic"),
    ("my 1 month old cries for hours every evening and nothing calms him", S, "colic"),
    ("chhote bacche ke pet me gas ho to kaise nikale", R, "colic"),
    # toothache
    ("what causes toothache at night", (D, S), "toothache"),
    ("daant me bahut dard h, thanda pani lagte hi jhanjhanahat, kya karu", R, "toothache"),
    ("दांत में कीड़ा लगने से दर्द हो तो क्या करें", R, "toothache"),
    ("pallu noppi ga undi, emi cheyali", R, "toothache"),
    ("mere papa ki daadh me dard hai 2 din se, kaunse doctor ko dikhaye", S, "toothache"),
    ("dant ma sado lagyo che, dukhe che, su karvu", R, "toothache"),
    # mouth_ulcer
    ("why do i keep getting mouth ulcers", D, "mouth_ulcer"),
    ("muh me chhale ho gaye h, kuch khaya nhi jata, kya lagau", R, "mouth_ulcer"),
    ("मुंह के छाले का घरेलू इलाज", R, "mouth_ulcer"),
    ("tondat phod alet, kay lavu", R, "mouth_ulcer"),
    ("my son has white sores on his tongue and cheeks, what can i apply", R, "mouth_ulcer"),
    ("jeebh pe chhale baar baar kyu hote hain", D, "mouth_ulcer"),
    # dehydration
    ("what are the signs of dehydration", D, "dehydration"),
    ("dast ke baad bahut kamzori, muh sookh raha, peshab kam, kya pilau", R, "dehydration"),
    ("शरीर में पानी की कमी हो तो क्या पिएं", R, "dehydration"),
    ("sharirat panyachi kami zali, kay pyave", R, "dehydration"),
    ("how to make ors at home for my child", R, "dehydration"),
    ("garmi me pani kam piya to chakkar aur sir dard, ye pani ki kami hai kya", S, "dehydration"),
    # heat_exhaustion
    ("how to prevent heat exhaustion in summer", R, "heat_exhaustion"),
    ("dhoop me kaam karke bahut pasina aur kamzori, chakkar jaisa, kya karu", R, "heat_exhaustion"),
    ("लू लगने से कैसे बचें", R, "heat_exhaustion"),
    ("unhat kam kelyane thakva aala, unhacha tras, kay karava", R, "heat_exhaustion"),
    ("papa khet me kaam karte hain, garmi me loo se bachne ke upay batao", R, "heat_exhaustion"),
    ("what is the difference between heat stroke and heat exhaustion", D, "heat_exhaustion"),
    # dog_bite
    ("what to do after a dog bite", R, "dog_bite"),
    ("kutte ne kaat liya halka sa, injection lagwana padega kya", R, "dog_bite"),
    ("कुत्ता काटने पर कितने इंजेक्शन लगते हैं", (D, R), "dog_bite"),
    ("kutra chavla, kay karave", R, "dog_bite"),
    ("my son was scratched by a stray dog, is rabies vaccine needed", R, "dog_bite"),
    ("billi ne panja maar diya, rabies ka khatra hai kya", S, "dog_bite"),
    # burns
    ("how to treat a small burn at home", R, "burns"),
    ("garam tel se haath jal gaya, chhala pad gaya, kya lagau", R, "burns"),
    ("जलने पर क्या लगाना चाहिए", R, "burns"),
    ("chaha sandla ani haat bhajla, kay lavu", R, "burns"),
    ("meri beti ka haath press se thoda jal gaya, toothpaste laga sakte hain", R, "burns"),
    ("should i put ice on a burn", R, "burns"),
    # wounds
    ("how to clean a cut wound", R, "wounds"),
    ("ungli kat gayi chaku se, khoon band ho gaya, patti kaise kare", R, "wounds"),
    ("घाव जल्दी भरने के लिए क्या करें", R, "wounds"),
    ("payala jakham jhali, kay lavu", R, "wounds"),
    ("my father's wound on the leg is not healing for 3 weeks, he is diabetic", (S, R), "wounds"),
    ("gir gaya to ghutna chhil gaya, kya lagaye", R, "wounds"),
    # sprain
    ("what is the home treatment for a sprained ankle", R, "sprain"),
    ("pair mud gaya seedhi utarte, sujan aa gayi, kya karu", R, "sprain"),
    ("मोच आने पर क्या करें", R, "sprain"),
    ("paay murgala, sujla ahe, kay karava", R, "sprain"),
    ("my son twisted his wrist playing cricket, it is swollen, which doctor", S, "sprain"),
    ("gym me pair ki muscle pull ho gayi, ice lagau ya garam", R, "sprain"),
    # allergy
    ("what causes allergies", D, "allergy"),
    ("dhool se chheenke aur khujli hoti h, allergy ka kya ilaj", R, "allergy"),
    ("एलर्जी क्यों होती है", D, "allergy"),
    ("amar dhulo te allergy, ki korbo", R, "allergy"),
    ("my daughter is allergic to peanuts, how to keep her safe", R, "allergy"),
    ("kuch bhi khane se sharir pe daane aur khujli, allergy test karwaun kya", (R, D, S), "allergy"),
    # hiv
    ("how does hiv spread", D, "hiv"),
    ("hiv ka test kaha hota h, free hai kya", D, "hiv"),
    ("एचआईवी के शुरुआती लक्षण क्या हैं", D, "hiv"),
    ("aids kasa pasarto", D, "hiv"),
    ("my brother is hiv positive, what care and diet should he follow", R, "hiv"),
    ("kya hiv wale ke saath khana khane se hiv hota hai", (D, R), "hiv"),
    # varicose_veins
    ("what causes varicose veins", D, "varicose_veins"),
    ("pair ki nase phool gayi h neeli neeli, khade rehne se dard, kya karu", R, "varicose_veins"),
    ("पैरों की नसें फूलने का इलाज क्या है", R, "varicose_veins"),
    ("payachya shira phugalya ahet, kay karava", R, "varicose_veins"),
    ("my mother is a teacher and has twisted blue veins on her legs, which doctor", S, "varicose_veins"),
    ("nason ka guchha pindli pe, kya ye khatarnak hai", (S, D), "varicose_veins"),
    # falls_elderly
    ("how to prevent falls in elderly people at home", R, "falls_elderly"),
    ("dadi baar baar gir jati h bathroom me, kya savdhani rakhe", R, "falls_elderly"),
    ("बुजुर्गों को गिरने से कैसे बचाएं", R, "falls_elderly"),
    ("aaji vaaranvaar padte, tol jato, kay karava", R, "falls_elderly"),
    ("my grandfather slipped twice this month, what changes should we make at home", R, "falls_elderly"),
    ("why do old people fall so often", D, "falls_elderly"),
    # bedwetting
    ("my 7 year old still wets the bed at night, what to do", R, "bedwetting"),
    ("beta 8 saal ka h fir bhi raat ko bistar gila kar deta, kya karu", R, "bedwetting"),
    ("बच्चा रात में बिस्तर में पेशाब करता है, क्या करें", R, "bedwetting"),
    ("mulga ratri jhopet gadi olya karto, upay sanga", R, "bedwetting"),
    ("at what age should bedwetting stop", D, "bedwetting"),
    ("neend me susu nikal jata hai bacche ka, kaunse doctor", S, "bedwetting"),
    # nappy_rash
    ("how to treat nappy rash", R, "nappy_rash"),
    ("baby ke diaper wali jagah laal ho gayi, kya lagau", R, "nappy_rash"),
    ("डायपर से बच्चे को लाल दाने हो गए, क्या लगाएं", R, "nappy_rash"),
    ("babur diaper er jaygay lal hoye geche, ki lagabo", R, "nappy_rash"),
    ("my 6 month old has red skin in the diaper area, what is it", S, "nappy_rash"),
    ("langot se chamdi chhil gayi baby ki, kaise theek kare", R, "nappy_rash"),
    # hand_foot_mouth
    ("what is hand foot mouth disease", D, "hand_foot_mouth"),
    ("bacche ke haath pair aur muh me chhote chhale aur bukhar, kya hai ye", S, "hand_foot_mouth"),
    ("हाथ पैर मुंह की बीमारी कैसे फैलती है", D, "hand_foot_mouth"),
    ("mulachya hatapayala ani tondat phod, taap pan ahe", (S, R), "hand_foot_mouth"),
    ("my daughter has hfmd, when can she go back to school", R, "hand_foot_mouth"),
    ("hath pav munh rog me kya khilaye", R, "hand_foot_mouth"),
    # leprosy
    ("is leprosy curable", D, "leprosy"),
    ("skin pe halka safed daag h jisme sunn pan, koi ehsaas nahi, kya hai", S, "leprosy"),
    ("कुष्ठ रोग कैसे फैलता है", D, "leprosy"),
    ("amar gaye ek dag, kono anubhuti nei", S, "leprosy"),
    ("my uncle has leprosy, is the treatment free", D, "leprosy"),
    ("kodh ki bimari chhune se hoti hai kya", D, "leprosy"),
    # filariasis
    ("what is filariasis and how does it spread", D, "filariasis"),
    ("ek pair bahut mota ho gaya sooj ke, haathi paon to nahi", S, "filariasis"),
    ("हाथीपांव का इलाज क्या है", R, "filariasis"),
    ("hatti pay rog kasa hoto", D, "filariasis"),
    ("my aunt has elephantiasis in her leg, how to care for it", R, "filariasis"),
    ("filaria ki dawai saal me ek baar kyu khilate hain", D, "filariasis"),
    # sleep_apnea
    ("what is sleep apnea", D, "sleep_apnea"),
    ("pati raat ko bahut zor se kharrate lete h aur saans ruk jati lagti, kya hai", (S, D), "sleep_apnea"),
    ("खर्राटे कैसे बंद करें", R, "sleep_apnea"),
    ("raatri ghorato, divsa zop yete, kay karava", R, "sleep_apnea"),
    ("my father snores loudly and feels sleepy all day, which doctor", S, "sleep_apnea"),
    ("kharrate ki bimari kis wajah se hoti hai", D, "sleep_apnea"),
    # cholera
    ("what are the symptoms of cholera", D, "cholera"),
    ("chawal ke paani jaise dast ho rahe h baar baar, kya karu", R, "cholera"),
    ("हैजा कैसे फैलता है", D, "cholera"),
    ("gaavat cholera aala, kasa bachav karava", R, "cholera"),
    ("my village has cholera cases, how to keep my children safe", R, "cholera"),
    ("haija se bachne ke liye kya kare", R, "cholera"),
    # healthy_lifestyle
    ("how to live a healthy lifestyle", R, "healthy_lifestyle"),
    ("fit rehne ke liye roz kitna walk karna chahiye", R, "healthy_lifestyle"),
    ("स्वस्थ रहने के लिए क्या खाना चाहिए", R, "healthy_lifestyle"),
    ("tabyet changli thevaychi asel tar kay karave", R, "healthy_lifestyle"),
    ("my parents are in their 60s, what daily routine keeps them healthy", R, "healthy_lifestyle"),
    ("sehat achhi rakhne ke tips batao", R, "healthy_lifestyle"),
    # eye_strain
    ("how to reduce eye strain from the computer", R, "eye_strain"),
    ("pura din mobile dekh ke aankhe thak jati h aur jalti h, kya karu", R, "eye_strain"),
    ("स्क्रीन देखने से आंखों में थकान हो तो क्या करें", R, "eye_strain"),
    ("dolyanna taan yeto laptop var kaam karun, upay sanga", R, "eye_strain"),
    ("my son plays games on the phone for hours and his eyes water, what to do", R, "eye_strain"),
    ("does screen time damage the eyes", D, "eye_strain"),
    # myopia
    ("what is myopia", D, "myopia"),
    ("beti ko door ka saaf nhi dikhta, board padhne me dikkat, kaunse doctor", S, "myopia"),
    ("दूर की नजर कमजोर क्यों होती है", D, "myopia"),
    ("lamb cha disat nahi, chashma lagel ka", (S, D), "myopia"),
    ("my 10 year old squints to watch tv, does he need glasses", (S, D), "myopia"),
    ("chashme ka number badhne se kaise roke", R, "myopia"),
    # hearing_loss
    ("what causes hearing loss in old age", D, "hearing_loss"),
    ("dadaji ko kam sunai deta h, tv tez chalate, kya kare", R, "hearing_loss"),
    ("कम सुनाई देने का इलाज क्या है", R, "hearing_loss"),
    ("kanala kami aiku yete, kay karava", R, "hearing_loss"),
    ("my mother cannot hear properly in one ear since a week, which doctor", S, "hearing_loss"),
    ("hearing machine kab lagani chahiye", R, "hearing_loss"),
    # earwax
    ("how to remove ear wax safely", R, "earwax"),
    ("kaan me mail jam gaya h, band band lagta, kya daalu", R, "earwax"),
    ("कान का मैल कैसे निकालें", R, "earwax"),
    ("kanat mal bharla ahe, kay karu", R, "earwax"),
    ("can i use earbuds to clean my baby's ears", R, "earwax"),
    ("why does wax build up in the ears", D, "earwax"),
    # appendicitis
    ("what are the symptoms of appendicitis", D, "appendicitis"),
    ("appendix ka dard kis taraf hota h", (D, S), "appendicitis"),
    ("अपेंडिक्स का इलाज बिना ऑपरेशन हो सकता है क्या", D, "appendicitis"),
    ("appendix cha tras asel tar kay khave", R, "appendicitis"),
    ("my brother was told he has a swollen appendix, does it always need surgery", D, "appendicitis"),
    ("pet ke daayi taraf neeche halka dard rehta h 2 din se, appendix to nahi", S, "appendicitis"),
    # hernia
    ("what is a hernia", D, "hernia"),
    ("naabhi ke paas ubhar sa aa gaya h, khansne pe bahar aata, kya hai", (S, D), "hernia"),
    ("हर्निया में क्या नहीं करना चाहिए", R, "hernia"),
    ("antrgal chi gaath ahe, operation shivay upay", (R, D), "hernia"),
    ("my father has a bulge in the groin when he stands, which doctor", S, "hernia"),
    ("aant utarna kya hota hai", D, "hernia"),
    # gallstones
    ("what causes gallstones", D, "gallstones"),
    ("pitte me pathri h doctor ne bola, kya khana chahiye", R, "gallstones"),
    ("पित्ताशय की पथरी के लक्षण क्या हैं", D, "gallstones"),
    ("pittashayat khada ahe, operation lagel ka", D, "gallstones"),
    ("my mother has gall bladder stones, what should she avoid eating", R, "gallstones"),
    ("pitt ki thaili me stone ka ilaj", R, "gallstones"),
    # head_lice
    ("how to get rid of head lice", R, "head_lice"),
    ("beti ke baalon me joo ho gayi h school se, kaise nikale", R, "head_lice"),
    ("जुएं कैसे हटाएं", R, "head_lice"),
    ("mulichya kesat uva zalya, kay lavu", R, "head_lice"),
    ("my daughter keeps scratching her head and i saw small white eggs in her hair", S, "head_lice"),
    ("leekh aur joo ka gharelu ilaj batao", R, "head_lice"),
]


@pytest.mark.parametrize(("message", "intent", "topic"), CASES)
def test_condition_asked_as_patients_ask(bot: ChatBot, message: str, intent: str | tuple[str, ...], topic: str) -> None:
    reply = assert_intent(bot, message, intent, topic)
    if _DEVANAGARI.search(message):
        assert reply.language == "hi", (message, reply.language)
