"""Breadth of the topics: each condition of the first half of the knowledge base asked the way patients
in India type it — plain English, Hinglish with SMS spellings or a slip, Devanagari, a romanised regional
language, about a relative, and by its signs or everyday name — over the intents remedy, disease_info and
symptom_check, each answered with the right intent and the condition's topic."""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

_DEVANAGARI = re.compile("[\u0900-\u097f]")

#: (message, intent, topic), ordered by condition as in the knowledge base
CASES: list[tuple[str, str, str]] = [
    # common_cold
    ("What can I do at home for a blocked nose and a cold?", "remedy", "common_cold"),
    ("bhai 2 din se sardi jukam h naak beh rhi, kya kru", "remedy", "common_cold"),
    ("जुकाम क्यों होता है और कितने दिन रहता है?", "disease_info", "common_cold"),
    ("mala sardi zali ahe naak band ahe, kay karu", "remedy", "common_cold"),
    ("my 3 yr old has a runny nose and sneezing since yesterday, which doctor to see?", "symptom_check", "common_cold"),
    ("naak se paani beh raha hai aur chheenke aa rahi hai, ye kya hai", "symptom_check", "common_cold"),
    # influenza
    ("Is the flu contagious, how does it spread?", "disease_info", "influenza"),
    ("flu ho gya h body pain aur bukhar, kya khau kya piyu", "remedy", "influenza"),
    ("फ्लू से बचने के लिए हर साल टीका लगवाना चाहिए क्या?", "remedy", "influenza"),
    ("amar flu hoyeche gaye byatha r jor, ki korbo", "remedy", "influenza"),
    ("dadi ko influenza ke kya lakshan hote hai", "disease_info", "influenza"),
    ("achanak tez bukhar, thand lagke kaanpna, poora badan toot raha hai aur khansi, kya ye mausami bukhar hai?", "symptom_check", "influenza"),
    # covid19
    ("What are the symptoms of covid now, is it still around?", "disease_info", "covid19"),
    ("corona positive aaya h ghar pe isolation me kya krna chahiye", "remedy", "covid19"),
    ("कोरोना से बचने के लिए क्या करें?", "remedy", "covid19"),
    ("mane covid thayo che, swad ane gandh nathi aavti, shu karvu", "remedy", "covid19"),
    ("papa ka covid test positive aaya hai, ghar pe kya dhyan rakhe", "remedy", "covid19"),
    ("kal se khushbu aur swaad dono chale gaye, halka bukhar bhi hai, kya ye corona hai", "symptom_check", "covid19"),
    # dengue
    ("How does dengue spread and what are its symptoms?", "disease_info", "dengue"),
    ("dengu me platelets badhane ke liye kya khaye", "remedy", "dengue"),
    ("डेंगू बुखार में क्या खाना चाहिए?", "remedy", "dengue"),
    ("enakku dengue fever irukku, enna saapidanum", "remedy", "dengue"),
    ("meri wife ko dengue hua hai, ghar pe kya dhyan rakhe", "remedy", "dengue"),
    ("tez bukhar aur aankhon ke peeche dard, haddi tod dard ho raha hai, kya ye dengue hai", "symptom_check", "dengue"),
    # malaria
    ("What causes malaria and how is it spread?", "disease_info", "malaria"),
    ("malria se kaise bache, machar bahut h", "remedy", "malaria"),
    ("मलेरिया के लक्षण क्या होते हैं?", "disease_info", "malaria"),
    ("hamra ke roj sanjh ke jaada de ke bukhar aawat ba, ka hai", "symptom_check", "malaria"),
    ("mere bhai ko malaria positive aaya, kya khana de", "remedy", "malaria"),
    ("thand lag ke kaanpte hue bukhar aata hai phir pasina aake utar jata hai, har dusre din, kya hai ye", "symptom_check", "malaria"),
    # typhoid
    ("Is typhoid caused by dirty water?", "disease_info", "typhoid"),
    ("typhod me kya khana chahiye, widal positive h", "remedy", "typhoid"),
    ("टाइफाइड में परहेज क्या है?", "remedy", "typhoid"),
    ("menu typhoid ho gaya, ki khana chahida", "remedy", "typhoid"),
    ("bete ko typhoid hua tha, dobara na ho uske liye kya kare", "remedy", "typhoid"),
    ("10 din se roz shaam ko bukhar badhta hai, pet dard, bhook nahi, kya ye motijhara hai", "symptom_check", "typhoid"),
    # tuberculosis
    ("Is TB curable and how does it spread?", "disease_info", "tuberculosis"),
    ("tb ke mareez ko kya khilana chahiye", "remedy", "tuberculosis"),
    ("टीबी कैसे फैलती है?", "disease_info", "tuberculosis"),
    ("naaku 3 vaaralu nunchi daggu taggadam ledu, raatri chemata, baruvu taggindi, TB aa?", "symptom_check", "tuberculosis"),
    ("chacha ko 3 hafte se khansi hai aur wajan ghat raha hai, kaunse doctor ko dikhaye", "symptom_check", "tuberculosis"),
    ("tapedik ki bimari kya hai, ye chhoot se failti hai kya", "disease_info", "tuberculosis"),
    # pneumonia
    ("What is pneumonia and who gets it?", "disease_info", "pneumonia"),
    ("nimonia ke baad kamzori h, kya khaye", "remedy", "pneumonia"),
    ("निमोनिया से बचाव कैसे करें?", "remedy", "pneumonia"),
    ("ammakku pneumonia aanu, veettil enthu shraddhikkanam", "remedy", "pneumonia"),
    ("dadaji ko nimonia ho gaya tha, dobara na ho uske liye koi teeka hai?", "remedy", "pneumonia"),
    ("4 din se bukhar aur khansi me peela balgam, phephdon me infection to nahi?", "symptom_check", "pneumonia"),
    # bronchitis
    ("What is bronchitis, is it the same as a chest cold?", "disease_info", "bronchitis"),
    ("bronkitis me balgam wali khasi bahut h, gharelu upay batao", "remedy", "bronchitis"),
    ("ब्रोंकाइटिस क्यों होता है?", "disease_info", "bronchitis"),
    ("nanage 2 vaara inda kemmu, kapha barutte, idu enu?", "symptom_check", "bronchitis"),
    ("meri beti ko viral ke baad 2 hafte se balgam wali khansi hai, kya ye bronchitis hai", "symptom_check", "bronchitis"),
    ("chhati me kaf jam gaya hai, 10 din se balgam wali khansi, kya hai", "symptom_check", "bronchitis"),
    # asthma
    ("What triggers asthma attacks?", "disease_info", "asthma"),
    ("dama ke mareez ko thand me kya precaution lena chahiye", "remedy", "asthma"),
    ("अस्थमा में क्या खाना चाहिए?", "remedy", "asthma"),
    ("mala dama aahe, dhulit gela ki dam lagto, kay kalji ghyavi", "remedy", "asthma"),
    ("my 6 year old son wheezes at night whenever he catches a cold, is it asthma?", "symptom_check", "asthma"),
    ("raat ko saans phoolti hai aur chhati se seeti jaisi awaaz aati hai, kya hai", "symptom_check", "asthma"),
    # sinusitis
    ("What causes sinusitis and how long does it last?", "disease_info", "sinusitis"),
    ("sinus ki problem h, naak band aur maathe me bhaaripan, steam se thik hoga kya", "remedy", "sinusitis"),
    ("साइनस में सिर भारी क्यों रहता है?", "disease_info", "sinusitis"),
    ("amar sinus er somossa, kapal r naak e byatha, ki korle kombe", "remedy", "sinusitis"),
    ("meri mummy ko har sardi me sinus ho jata hai, kaise bachaye", "remedy", "sinusitis"),
    ("jhukne par chehre aur maathe me dard badhta hai, naak se peela paani, 2 hafte se, kya hai ye", "symptom_check", "sinusitis"),
    # allergic_rhinitis
    ("What is allergic rhinitis, is it the same as hay fever?", "disease_info", "allergic_rhinitis"),
    ("dhool se roz subah chheenke aati h, alergy wali sardi ka koi ilaj", "remedy", "allergic_rhinitis"),
    ("धूल से एलर्जी और नाक बहना, इससे कैसे बचें?", "remedy", "allergic_rhinitis"),
    ("mala dhulichi allergy ahe, roj sakali shinka yetat, kay karu", "remedy", "allergic_rhinitis"),
    ("my husband sneezes nonstop every morning with a runny nose, only in spring, which doctor?", "symptom_check", "allergic_rhinitis"),
    ("naak me khujli, aankhon se paani aur lagataar chheenk, mausam badalte hi, kya hai ye", "symptom_check", "allergic_rhinitis"),
    # diabetes
    ("What is type 2 diabetes and why does it happen?", "disease_info", "diabetes"),
    ("sugr ke mareez ko nashte me kya khana chahiye", "remedy", "diabetes"),
    ("मधुमेह में कौन से फल खा सकते हैं?", "remedy", "diabetes"),
    ("mane diabetes che, khorak ma shu dhyan rakhvu", "remedy", "diabetes"),
    ("papa ko baar baar pyaas lagti hai aur raat ko baar baar peshab jaate hai, kaunse doctor ko dikhaye", "symptom_check", "diabetes"),
    ("meri sugar ki bimari hai, meetha chhodna padega kya", "remedy", "diabetes"),
    # hypertension
    ("What is high blood pressure and what causes it?", "disease_info", "hypertension"),
    ("bp high rehta h, namak kitna kam kru, aur kya parhez", "remedy", "hypertension"),
    ("हाई बीपी को बिना दवा कैसे कंट्रोल करें?", "remedy", "hypertension"),
    ("amma ku BP jaasthi irukku, enna saapidanum", "remedy", "hypertension"),
    ("nanaji ka bp 150/95 aa raha hai 3 din se, chinta ki baat hai kya", "symptom_check", "hypertension"),
    ("khoon ka dabav badhne ke kya lakshan hote hai", "disease_info", "hypertension"),
    # high_cholesterol
    ("What is bad cholesterol, LDL and HDL?", "disease_info", "high_cholesterol"),
    ("colestrol badha hua h report me, kya khau kya na khau", "remedy", "high_cholesterol"),
    ("कोलेस्ट्रॉल कम करने के घरेलू उपाय बताइए", "remedy", "high_cholesterol"),
    ("amar cholesterol beshi, ki khele kombe", "remedy", "high_cholesterol"),
    ("mere pati ka lipid profile kharab aaya hai, kya ye khatarnak hai", "symptom_check", "high_cholesterol"),
    ("khoon me charbi badh gayi hai doctor ne kaha, ghee tel chhod du kya", "remedy", "high_cholesterol"),
    # coronary_artery_disease
    ("What is coronary artery disease and what causes blockage?", "disease_info", "coronary_artery_disease"),
    ("dil ki nason me blockage se kaise bache, kya exersize kare", "remedy", "coronary_artery_disease"),
    ("हृदय रोग से बचाव के लिए क्या खाएं?", "remedy", "coronary_artery_disease"),
    ("majhya vadilanna heart blockage aahe, tyanna kay khayla dyave", "remedy", "coronary_artery_disease"),
    ("chacha ki angioplasty hui thi pichle saal, ab kya savdhani rakhni chahiye", "remedy", "coronary_artery_disease"),
    ("tez chalne par seene me bhaaripan hota hai aur rukne pe theek ho jata hai, mahino se, kis doctor ko dikhaye", "symptom_check", "coronary_artery_disease"),
    # stroke
    ("What is a stroke and what are its warning signs?", "disease_info", "stroke"),
    ("lakwa dobara na ho uske liye kya kare", "remedy", "stroke"),
    ("लकवे के बाद मरीज की देखभाल घर पर कैसे करें?", "remedy", "stroke"),
    ("baba nu 2 varsh pehla lakwa thayo hato, have kasrat kevi rite karavvi", "remedy", "stroke"),
    ("dadaji ko 6 mahine pehle paralysis hua tha, ab haath kamzor hai, physiotherapy se theek hoga?", "remedy", "stroke"),
    ("brain attack kya hota hai, kyu hota hai", "disease_info", "stroke"),
    # thyroid
    ("What is hypothyroidism and what are its symptoms?", "disease_info", "thyroid"),
    ("thyriod me kya nahi khana chahiye, gobhi khana mana h kya", "remedy", "thyroid"),
    ("थायराइड में वजन कैसे कम करें?", "remedy", "thyroid"),
    ("menu thyroid hai, ki khaana chahida te ki nahi", "remedy", "thyroid"),
    ("meri wife ka TSH 9 aaya hai, thakaan aur wajan badh raha, kya karna chahiye", "symptom_check", "thyroid"),
    ("gale me gaanth jaisi sujan hai aage ki taraf, ghenga to nahi, kaunse doctor", "symptom_check", "thyroid"),
    # anaemia
    ("What is anaemia and why is it common in women?", "disease_info", "anaemia"),
    ("khoon ki kami h hb 8 hai, kya khaye jaldi badhe", "remedy", "anaemia"),
    ("खून की कमी के लक्षण क्या हैं?", "disease_info", "anaemia"),
    ("amar raktalpata, hemoglobin kom, ki khabo", "remedy", "anaemia"),
    ("meri beti ka chehra peela hai aur jaldi thak jati hai, saans phoolti hai seedhi chadhne pe, kya hai", "symptom_check", "anaemia"),
    ("anemiya ka matlab kya hai", "disease_info", "anaemia"),
    # obesity
    ("What is obesity and how is BMI measured?", "disease_info", "obesity"),
    ("motapa kam krne ke liye diet plan batao", "remedy", "obesity"),
    ("पेट की चर्बी कैसे घटाएं?", "remedy", "obesity"),
    ("maru vajan bahu vadhi gayu che, kevi rite ghatadvu", "remedy", "obesity"),
    ("my 10 year old son is 60 kg and always eats junk, how to help him lose weight?", "remedy", "obesity"),
    ("wajan badhne se ghutne dukhte hai aur kharrate aate hai, 100 kg hu, kya karu", "remedy", "obesity"),
    # gastritis
    ("What is gastritis and what causes acidity?", "disease_info", "gastritis"),
    ("roz khane ke baad seene me jalan aur khatti dakar, kya khau", "remedy", "gastritis"),
    ("एसिडिटी से छुटकारा पाने के घरेलू उपाय", "remedy", "gastritis"),
    ("pet ma bahu acidity thay che, khatta odkar aave che, shu karvu", "remedy", "gastritis"),
    ("meri maa ko khali pet rehne se pet me jalan hoti hai, gas banti hai, kaunse doctor ko dikhaye", "symptom_check", "gastritis"),
    ("pet me tezaab banta hai aur khatte dakar aate hai, ye kya hai", "symptom_check", "gastritis"),
    # diarrhoea
    ("What causes diarrhoea and how does it spread?", "disease_info", "diarrhoea"),
    ("loose moshan ho rahe h subah se, kya khaye", "remedy", "diarrhoea"),
    ("दस्त लगने पर घर पर क्या करें?", "remedy", "diarrhoea"),
    ("amar pet kharap, barbar patla paykhana hocche, ki khabo", "remedy", "diarrhoea"),
    ("mere 5 saal ke bete ko 2 din se patli potty ho rahi hai, khel raha hai, ORS kaise banaye", "remedy", "diarrhoea"),
    ("baar baar paani jaisi latrine aa rahi hai aaj subah se, kya hua hai", "symptom_check", "diarrhoea"),
    # food_poisoning
    ("What is food poisoning and how long does it last?", "disease_info", "food_poisoning"),
    ("shaadi ka khana khane ke baad ulti aur dast, food poisning me kya kare", "remedy", "food_poisoning"),
    ("खराब खाना खाने से पेट खराब हो गया, क्या करें?", "remedy", "food_poisoning"),
    ("hotel madhe jevlyavar ulti ani julab hot ahet, kay karu", "remedy", "food_poisoning"),
    ("kal raat biryani khane ke baad poore parivar ko ulti dast ho rahe hai, kya hai ye", "symptom_check", "food_poisoning"),
    ("baasi khana khane se pet kyu kharab hota hai", "disease_info", "food_poisoning"),
    # constipation
    ("What causes constipation?", "disease_info", "constipation"),
    ("3 din se potty nhi hui, pet saaf krne ka gharelu tarika", "remedy", "constipation"),
    ("कब्ज़ में क्या खाना चाहिए?", "remedy", "constipation"),
    ("malabaddhata cha tras ahe, pot saaf hot nahi, kay khave", "remedy", "constipation"),
    ("dadi ko roz kabj rehti hai, sakht potty aati hai, kaunse doctor", "symptom_check", "constipation"),
    ("subah pet saaf nahi hota, zor lagana padta hai, kya karu", "remedy", "constipation"),
    # jaundice_hepatitis
    ("How does hepatitis B spread?", "disease_info", "jaundice_hepatitis"),
    ("piliya me kya khana chahiye aur kya nahi", "remedy", "jaundice_hepatitis"),
    ("पीलिया के लक्षण क्या होते हैं?", "disease_info", "jaundice_hepatitis"),
    ("kamla hoyeche, chokh holud, ki khabo", "remedy", "jaundice_hepatitis"),
    ("mere bhai ki aankhein peeli ho gayi hai aur peshab bhi peela, bhook nahi lagti, kya hai ye", "symptom_check", "jaundice_hepatitis"),
    ("kamal rog kya hota hai, kaise failta hai", "disease_info", "jaundice_hepatitis"),
    # uti
    ("What is a urinary tract infection and why do women get it more?", "disease_info", "uti"),
    ("peshab me jalan ho rhi h bar bar jana pad rha, kya kru", "remedy", "uti"),
    ("पेशाब में इन्फेक्शन बार बार क्यों होता है?", "disease_info", "uti"),
    ("mutra karta veli jaljal hote, sarkha laghvi la jave lagte, kay karu", "remedy", "uti"),
    ("meri wife ko peshab karte waqt dard aur badbu aati hai, kis doctor ko dikhaye", "symptom_check", "uti"),
    ("urine infection se bachne ke liye kya kare", "remedy", "uti"),
    # kidney_stones
    ("What causes kidney stones?", "disease_info", "kidney_stones"),
    ("pathri nikalne ke liye kya peena chahiye", "remedy", "kidney_stones"),
    ("पथरी में क्या नहीं खाना चाहिए?", "remedy", "kidney_stones"),
    ("kidney ma pathri che, kevi rite nikle", "remedy", "kidney_stones"),
    ("papa ko kamar ke side me dard hota hai jo neeche jaangh tak jata hai, peshab lal, kya pathri hai", "symptom_check", "kidney_stones"),
    ("gurde me pathar kyu banta hai", "disease_info", "kidney_stones"),
    # chickenpox
    ("Is chickenpox contagious and how long does it last?", "disease_info", "chickenpox"),
    ("chikenpox me kya khilaye aur nahlana chahiye kya", "remedy", "chickenpox"),
    ("चेचक जैसे पानी वाले दाने क्यों होते हैं?", "disease_info", "chickenpox"),
    ("pole ke jolbosonto hoyeche, ki korbo", "remedy", "chickenpox"),
    ("meri 6 saal ki beti ko bukhar ke baad poore badan pe paani wale dane nikle hai, khujli hai, kya hai ye", "symptom_check", "chickenpox"),
    ("choti mata nikli hai bachche ko, kya savdhani rakhe", "remedy", "chickenpox"),
    # measles
    ("What is measles and how is it different from chickenpox?", "disease_info", "measles"),
    ("khasra ho gya h bachche ko, kya khilaye", "remedy", "measles"),
    ("खसरा कैसे फैलता है?", "disease_info", "measles"),
    ("mulala govar aala aahe, kay kalji ghyavi", "remedy", "measles"),
    ("my 2 year old has fever, red eyes and a red rash that started on the face, is it measles?", "symptom_check", "measles"),
    ("khasre ka teeka bachche ko kis umar me lagta hai", "disease_info", "measles"),
    # conjunctivitis
    ("Is conjunctivitis contagious?", "disease_info", "conjunctivitis"),
    ("aankh aa gyi h laal aur chipchipi, kya kru", "remedy", "conjunctivitis"),
    ("आंख आने पर क्या करें?", "remedy", "conjunctivitis"),
    ("kannu sivappa irukku, thanni varudhu, enna seyyanum", "remedy", "conjunctivitis"),
    ("beti ki dono aankhein laal hai, subah kichad se chipak jati hai, kya hai ye", "symptom_check", "conjunctivitis"),
    ("pink eye kaise failta hai", "disease_info", "conjunctivitis"),
    # eczema
    ("What is eczema and is it contagious?", "disease_info", "eczema"),
    ("haath pe sukhi khujli wali chamdi fat jati h, eczema me kon si cream lagaye", "remedy", "eczema"),
    ("एक्जिमा क्यों होता है?", "disease_info", "eczema"),
    ("gaal ani hatavar korda khajkhaj wala chatta ahe, eczema aahe ka", "symptom_check", "eczema"),
    ("mere 1 saal ke bete ke gaal pe laal sukhe khurdure daag hai, khujlata hai, kya hai ye", "symptom_check", "eczema"),
    ("khaaj wali sukhi chamdi pe nahane ke baad kya lagaye", "remedy", "eczema"),
    # acne
    ("What causes pimples on the face?", "disease_info", "acne"),
    ("chehre pe daane aur keel muhase bahut h, kaise thik kru", "remedy", "acne"),
    ("मुंहासे हटाने के घरेलू उपाय बताओ", "remedy", "acne"),
    ("mukh var pimples yetat, tel kam karaycha ka, kay lavu", "remedy", "acne"),
    ("meri 16 saal ki beti ke mathe pe bahut pimple hai, kis doctor ko dikhaye", "symptom_check", "acne"),
    ("keel muhase kyu nikalte hai jawani me", "disease_info", "acne"),
    # psoriasis
    ("What is psoriasis, is it an autoimmune disease?", "disease_info", "psoriasis"),
    ("sorayasis me kya khana chahiye, paparhi utarti h", "remedy", "psoriasis"),
    ("सोरायसिस का इलाज क्या है?", "remedy", "psoriasis"),
    ("amar hater koniute rupali aansh er moto chamra uthche, ki korbo", "remedy", "psoriasis"),
    ("papa ke ghutno aur kohni pe safed papdi wale chakatte hai, saalon se, kya hai", "symptom_check", "psoriasis"),
    ("chamdi pe chandi jaisi parat jamti hai aur jhadti hai, ye kaun si bimari hai", "symptom_check", "psoriasis"),
    # arthritis
    ("What is osteoarthritis of the knee?", "disease_info", "arthritis"),
    ("ghutno me dard rehta h seedhi chadhne me, gathiya ka gharelu ilaj", "remedy", "arthritis"),
    ("गठिया में कौन सी चीजें नहीं खानी चाहिए?", "remedy", "arthritis"),
    ("gudghe dukhtat, chalayla traas hoto, kay karave", "remedy", "arthritis"),
    ("meri nani ke dono ghutne sujte hai aur chalte waqt katkat ki awaz aati hai, kaunse doctor", "symptom_check", "arthritis"),
    ("jodon ka dard budhape me kyu hota hai", "disease_info", "arthritis"),
    # back_pain
    ("What causes lower back pain?", "disease_info", "back_pain"),
    ("kamar dard bht h office me baithe baithe, kon si exercise kru", "remedy", "back_pain"),
    ("कमर दर्द के लिए घरेलू उपाय", "remedy", "back_pain"),
    ("kamar ma dukhavo che, vaanka valvathi vadhe che, shu karvu", "remedy", "back_pain"),
    ("pati ko 2 hafte se peeth ke neeche dard hai, uthne baithne me, kis doctor ko dikhaye", "symptom_check", "back_pain"),
    ("kamar me chanak aa gayi jhukne se, kya kare", "remedy", "back_pain"),
    # osteoporosis
    ("What is osteoporosis and who gets it?", "disease_info", "osteoporosis"),
    ("haddiyan kamzor h, calcium ke liye kya khaye", "remedy", "osteoporosis"),
    ("हड्डियों को मजबूत कैसे करें?", "remedy", "osteoporosis"),
    ("amma ku elumbu balaheenam, enna saapidanum", "remedy", "osteoporosis"),
    ("mummy 60 ki hai, halka girne se kalai ki haddi toot gayi, haddiyan khokhli to nahi, kis doctor ko dikhaye", "symptom_check", "osteoporosis"),
    ("haddiyon ka galna kya hota hai", "disease_info", "osteoporosis"),
    # migraine
    ("What is a migraine and what triggers it?", "disease_info", "migraine"),
    ("adhe sir me dard hota h roshni se badhta, migrain me kya kre", "remedy", "migraine"),
    ("माइग्रेन के लक्षण क्या हैं?", "disease_info", "migraine"),
    ("matha ek dike byatha kore, bomi bomi lage, ki korbo", "remedy", "migraine"),
    ("meri didi ko mahine me 3-4 baar aadhe sir me tez dard hota hai ulti jaisa lagta hai, kaunse doctor", "symptom_check", "migraine"),
    ("aadhasisi ka dard kyu hota hai", "disease_info", "migraine"),
    # depression
    ("What is depression and how is it different from sadness?", "disease_info", "depression"),
    ("kuch acha nhi lagta mahino se, man udaas rehta h, kya kru", "remedy", "depression"),
    ("डिप्रेशन से कैसे बाहर निकलें?", "remedy", "depression"),
    ("kasha madhe mann lagat nahi, sarkha udas vatat, kay karu", "remedy", "depression"),
    ("my mother has stopped talking to anyone since papa passed, just lies in bed all day, which doctor can help?", "symptom_check", "depression"),
    ("man ka bojh, hamesha dukhi rehna, koi ichha nahi, ye kya bimari hai", "symptom_check", "depression"),
    # anxiety
    ("What is an anxiety disorder?", "disease_info", "anxiety"),
    ("har baat pe ghabrahat hoti h dil tez dhadakta, anxiety kaise kam kru", "remedy", "anxiety"),
    ("घबराहट और बेचैनी क्यों होती है?", "disease_info", "anxiety"),
    ("khub bhoy lage, buk dhorphor kore, ki korbo", "remedy", "anxiety"),
    ("my son gets very nervous and panicky before every exam, what can we do?", "remedy", "anxiety"),
    ("hamesha dar aur bechaini rehti hai bina wajah, kya ye koi bimari hai", "symptom_check", "anxiety"),
    # insomnia
    ("What causes insomnia?", "disease_info", "insomnia"),
    ("raat ko neend nhi aati 2-3 baje tak, kya kru", "remedy", "insomnia"),
    ("अच्छी नींद के लिए क्या करें?", "remedy", "insomnia"),
    ("mala ratri jhop yet nahi, kay karu", "remedy", "insomnia"),
    ("dadi ko raat bhar neend nahi aati, karwat badalti rehti hai, kis doctor ko dikhaye", "symptom_check", "insomnia"),
    ("anidra rog kya hai", "disease_info", "insomnia"),
    # pcos
    ("What is PCOS and does it cause infertility?", "disease_info", "pcos"),
    ("pcod h periods late aate h, weight kaise kam kru", "remedy", "pcos"),
    ("पीसीओडी में क्या खाना चाहिए?", "remedy", "pcos"),
    ("mala pcod aahe, pali velevar yet nahi, kay khave", "remedy", "pcos"),
    ("meri beti 19 saal ki hai, periods 2-3 mahine me aate hai aur chehre pe baal aa rahe hai, kya hai ye", "symptom_check", "pcos"),
    ("ovary me sist ka matlab kya hai", "disease_info", "pcos"),
    # chikungunya
    ("What is chikungunya and how is it different from dengue?", "disease_info", "chikungunya"),
    ("chikangunia ke baad jodon ka dard nahi ja rha, kya kare", "remedy", "chikungunya"),
    ("चिकनगुनिया कैसे फैलता है?", "disease_info", "chikungunya"),
    ("chikungunya aagi moottu vali, enna seyyanum", "remedy", "chikungunya"),
    ("mummy ko tez bukhar ke baad haath pair ke saare jod itne dukh rahe ki chal nahi pa rahi, kya ye chikungunya hai", "symptom_check", "chikungunya"),
    ("machhar wala jodon ka bukhar kaise rokein", "remedy", "chikungunya"),
    # copd
    ("What is COPD?", "disease_info", "copd"),
    ("copd ke mareez ko sardi me kya savdhani rakhni chahiye", "remedy", "copd"),
    ("सीओपीडी में सांस की कसरत कौन सी करें?", "remedy", "copd"),
    ("bapuji ne varsho thi bidi ni aadat che, have khansi ane hanf chadhe che, kayo doctor", "symptom_check", "copd"),
    ("dadaji 40 saal se beedi peete hai, ab thoda chalne par saans phoolti hai aur subah balgam, kya hai ye", "symptom_check", "copd"),
    ("chulhe ke dhuen se phephde kharab hone wali bimari kya hai", "disease_info", "copd"),
    # sore_throat
    ("Why does my throat hurt when I swallow?", "symptom_check", "sore_throat"),
    ("gla kharab h khich khich ho rhi, kya kru", "remedy", "sore_throat"),
    ("गले में खराश के घरेलू उपाय", "remedy", "sore_throat"),
    ("gala dukhtoy, gilayla tras hoto, kay karu", "remedy", "sore_throat"),
    ("my 8 year old has a sore throat and mild fever since morning, which doctor?", "symptom_check", "sore_throat"),
    ("gale me dard aur nigalne me dikkat kyu hoti hai", "disease_info", "sore_throat"),
    # ear_infection
    ("What causes ear infections in children?", "disease_info", "ear_infection"),
    ("kaan me dard h aur paani nikal rha, kya kru", "remedy", "ear_infection"),
    ("कान बहने का क्या कारण है?", "disease_info", "ear_infection"),
    ("kaan ma dukhavo che ane pas nikle che, shu karvu", "remedy", "ear_infection"),
    ("mera 2 saal ka beta raat ko kaan kheenchta hai aur rota hai, zukam bhi hai, ise kya hua hai", "symptom_check", "ear_infection"),
    ("kaan pakna kya hota hai", "disease_info", "ear_infection"),
    # cataract
    ("What is a cataract and when is surgery needed?", "disease_info", "cataract"),
    ("motiyabind ka operation kab karwana chahiye", "disease_info", "cataract"),
    ("मोतियाबिंद के लक्षण क्या हैं?", "disease_info", "cataract"),
    ("baa ne aankh ma motiyo aavyo che, shu dhyan rakhvu", "remedy", "cataract"),
    ("nanaji ko dhundhla dikhta hai aur raat ko roshni me chaundh lagti hai, kaunse doctor", "symptom_check", "cataract"),
    ("aankh me safed parda aa gaya hai, kya ye motiya hai", "symptom_check", "cataract"),
    # glaucoma
    ("What is glaucoma and can it cause blindness?", "disease_info", "glaucoma"),
    ("kala motia se kaise bache", "remedy", "glaucoma"),
    ("ग्लूकोमा क्यों होता है?", "disease_info", "glaucoma"),
    ("dolyacha dab vadhla ahe doctor mhanale, kay kalji ghyavi", "remedy", "glaucoma"),
    ("papa ko side se dikhna kam ho gaya hai, aankh ka pressure badha hua aaya, kis doctor ko dikhaye", "symptom_check", "glaucoma"),
    ("kaala motiya kya hota hai", "disease_info", "glaucoma"),
    # low_bp
    ("What is low blood pressure and what causes it?", "disease_info", "low_bp"),
    ("bp low ho jata h chakkar aate h uthte hi, kya khau", "remedy", "low_bp"),
    ("लो बीपी में क्या करें?", "remedy", "low_bp"),
    ("maru bp ochhu rahe che, shu khavu", "remedy", "low_bp"),
    ("meri wife ka bp 90/60 rehta hai, kamzori lagti hai, kis doctor ko dikhaye", "symptom_check", "low_bp"),
    ("khoon ka dabav kam hone se kya hota hai", "disease_info", "low_bp"),
    # heart_failure
    ("What is heart failure, does the heart stop?", "disease_info", "heart_failure"),
    ("heart failure ke mareez ko namak aur paani kitna dena chahiye", "remedy", "heart_failure"),
    ("दिल कमजोर होने के लक्षण क्या हैं?", "disease_info", "heart_failure"),
    ("amar babar heart weak, pa fule jay, ki khabar deya uchit", "remedy", "heart_failure"),
    ("nani ke pairon me sujan rehti hai aur lete hue saans thodi phoolti hai mahino se, dil kamzor to nahi, kaunse doctor", "symptom_check", "heart_failure"),
    ("dil ki pumping kam hona kya hota hai", "disease_info", "heart_failure"),
    # vitamin_d_deficiency
    ("What does vitamin D deficiency do to the body?", "disease_info", "vitamin_d_deficiency"),
    ("vit d kam h report me, dhoop kitni der leni chahiye", "remedy", "vitamin_d_deficiency"),
    ("विटामिन डी की कमी कैसे पूरी करें?", "remedy", "vitamin_d_deficiency"),
    ("majhi vitamin d kami aahe, kay khave", "remedy", "vitamin_d_deficiency"),
    ("meri maa ko haddiyon me dard aur kamzori rehti hai, ghar se bahar nahi nikalti, vitamin d ki kami to nahi", "symptom_check", "vitamin_d_deficiency"),
    ("dhoop wala vitamin kam hone ke lakshan kya hai", "disease_info", "vitamin_d_deficiency"),
]


@pytest.mark.parametrize(("message", "intent", "topic"), CASES)
def test_condition_asked_as_patients_ask(bot: ChatBot, message: str, intent: str, topic: str) -> None:
    reply = assert_intent(bot, message, intent, topic)
    if _DEVANAGARI.search(message):
        assert reply.language == "hi", (message, reply.language)
