<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>accounts</name>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>An account with this e-mail address already exists. Sign in instead.</source>
        <translation>इस ई-मेल पते से खाता पहले से मौजूद है। कृपया साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Only an administrator can create another administrator.</source>
        <translation>केवल व्यवस्थापक ही दूसरा व्यवस्थापक बना सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Staff accounts are either front-desk staff or administrators.</source>
        <translation>स्टाफ़ खाते या तो फ़्रंट डेस्क स्टाफ़ के होते हैं या व्यवस्थापक के।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>That account does not exist.</source>
        <translation>वह खाता मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>The current password is not correct.</source>
        <translation>वर्तमान पासवर्ड सही नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>The e-mail address or password is not correct. Please wait {total_seconds} seconds before trying again.</source>
        <translation>ई-मेल पता या पासवर्ड सही नहीं है। दोबारा कोशिश करने से पहले कृपया {total_seconds} सेकंड रुकें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>आख़िरी सक्रिय व्यवस्थापक को निष्क्रिय नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>The new password must be different from the current one.</source>
        <translation>नया पासवर्ड मौजूदा पासवर्ड से अलग होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>This kiosk is for patients. Staff and doctors please use a clinic workstation.</source>
        <translation>यह कियोस्क मरीज़ों के लिए है। स्टाफ़ और डॉक्टर कृपया क्लिनिक के कंप्यूटर का उपयोग करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Too many wrong passwords. Please wait {seconds} seconds and try again.</source>
        <translation>बहुत बार ग़लत पासवर्ड डाला गया। कृपया {seconds} सेकंड रुककर फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Too many wrong passwords: this account is locked for 15 minutes. The front desk can unlock it sooner.</source>
        <translation>बहुत बार गलत पासवर्ड: यह खाता 15 मिनट के लिए बंद है। फ़्रंट डेस्क इसे पहले भी खोल सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Too many wrong passwords: this account is locked for another {minutes} minutes. The front desk can unlock it sooner.</source>
        <translation>बहुत बार ग़लत पासवर्ड डाला गया: यह खाता अगले {minutes} मिनट के लिए बंद है। फ़्रंट डेस्क इसे पहले खोल सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Too many wrong sign-ins at this kiosk. Please wait {total_seconds} seconds and try again.</source>
        <translation>इस कियोस्क पर बहुत बार गलत साइन-इन हुआ। कृपया {total_seconds} सेकंड रुककर फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <location filename="../../medlink/services/languages.py"/>
        <source>Your account no longer exists.</source>
        <translation>आपका खाता अब मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>admin_tools</name>
    <message>
        <location filename="../../medlink/services/admin_tools.py"/>
        <source>Could not write {number} into {target_dir}: {value}.</source>
        <translation>{number} को {target_dir} में नहीं लिखा जा सका: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/admin_tools.py"/>
        <source>The end date is before the start date.</source>
        <translation>अंतिम तारीख शुरू की तारीख से पहले है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/admin_tools.py"/>
        <source>The folder {target_dir} cannot be created: {value}.</source>
        <translation>फ़ोल्डर {target_dir} नहीं बनाया जा सका: {value}।</translation>
    </message>
</context>
<context>
    <name>allergies</name>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>An allergy to {substance} is already recorded.</source>
        <translation>{substance} से एलर्जी पहले से दर्ज है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Choose a drug class from the list.</source>
        <translation>सूची से दवा का वर्ग चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Choose how severe the reaction is.</source>
        <translation>चुनें कि प्रतिक्रिया कितनी गंभीर है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Life-threatening</source>
        <translation>जानलेवा</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Mild</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Moderate</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Please ask your doctor to remove an allergy from your record.</source>
        <translation>रिकॉर्ड से एलर्जी हटाने के लिए कृपया अपने डॉक्टर से कहें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Severe</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Severity not known</source>
        <translation>गंभीरता पता नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>That allergy is not on the record.</source>
        <translation>वह एलर्जी रिकॉर्ड में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>That appointment does not exist.</source>
        <translation>वह अपॉइंटमेंट मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>That problem is not on the list.</source>
        <translation>वह समस्या सूची में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>{label} is already on the problem list.</source>
        <translation>{label} पहले से समस्या सूची में है।</translation>
    </message>
</context>
<context>
    <name>appointments</name>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>A past appointment cannot be cancelled.</source>
        <translation>बीते हुए अपॉइंटमेंट को रद्द नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>A past appointment cannot be moved.</source>
        <translation>बीते हुए अपॉइंटमेंट का समय नहीं बदला जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>An appointment can be marked completed or no-show.</source>
        <translation>अपॉइंटमेंट को पूरा या "नहीं आए" के रूप में दर्ज किया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Appointments can be booked at most a year ahead.</source>
        <translation>अपॉइंटमेंट अधिकतम एक साल पहले तक बुक किए जा सकते हैं।</translation>
    </message>
    <message>
        <source>Check-in opens at {opens:%H:%M} on {opens:%d %b %Y}, {value} minutes before the appointment.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Check-in opens at {time} on {day}, {minutes} minutes before the appointment.</source>
        <translation>चेक-इन {day} को {time} बजे, अपॉइंटमेंट से {minutes} मिनट पहले शुरू होगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Choose another {speciality}.</source>
        <translation>कोई दूसरा {speciality} चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Only a booked appointment that has not started can be moved.</source>
        <translation>केवल बुक किया गया और अभी शुरू न हुआ अपॉइंटमेंट ही बदला जा सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Only the appointment's doctor can write its diagnosis and notes.</source>
        <translation>केवल इस अपॉइंटमेंट के डॉक्टर ही इसका निदान और नोट्स लिख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Only the appointment's doctor can write its notes.</source>
        <translation>केवल इस अपॉइंटमेंट के डॉक्टर ही इसके नोट्स लिख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Only the front desk can move an appointment to another doctor.</source>
        <translation>केवल फ़्रंट डेस्क ही अपॉइंटमेंट को दूसरे डॉक्टर के पास भेज सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Patients cannot change the outcome of an appointment.</source>
        <translation>मरीज़ अपॉइंटमेंट का परिणाम नहीं बदल सकते।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Please give the patient a reason for the cancellation.</source>
        <translation>कृपया मरीज़ को रद्द करने का कारण बताएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>That appointment does not exist.</source>
        <translation>वह अपॉइंटमेंट मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>That doctor is not available for appointments.</source>
        <translation>वह डॉक्टर अपॉइंटमेंट के लिए उपलब्ध नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>That time has already passed. Please choose a future slot.</source>
        <translation>वह समय बीत चुका है। कृपया आगे का कोई समय चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>The appointment time has no time zone.</source>
        <translation>अपॉइंटमेंट के समय में समय क्षेत्र नहीं है।</translation>
    </message>
    <message>
        <source>This appointment has not started yet: it can be marked {replace} once it has begun.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This appointment has not started yet: it can be marked {status} once it has begun.</source>
        <translation>यह अपॉइंटमेंट अभी शुरू नहीं हुआ है: शुरू होने के बाद ही इसे {status} दर्ज किया जा सकता है।</translation>
    </message>
    <message>
        <source>This appointment is already {replace}.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This appointment is already {status}.</source>
        <translation>यह अपॉइंटमेंट पहले से {status} है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This appointment is over: it can no longer be checked in. Please book a new one at the front desk.</source>
        <translation>यह अपॉइंटमेंट समाप्त हो चुका है: अब इसमें चेक-इन नहीं हो सकता। कृपया फ़्रंट डेस्क पर नया अपॉइंटमेंट बुक करें।</translation>
    </message>
    <message>
        <source>This appointment is {replace}.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This appointment is {status}.</source>
        <translation>यह अपॉइंटमेंट {status} है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This is another doctor's appointment.</source>
        <translation>यह किसी दूसरे डॉक्टर का अपॉइंटमेंट है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You already have an appointment at that time (with {full_name}).</source>
        <translation>उस समय आपका पहले से एक अपॉइंटमेंट है ({full_name} के साथ)।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You can only book appointments for yourself and your family members.</source>
        <translation>आप केवल अपने और अपने परिवार के सदस्यों के लिए अपॉइंटमेंट बुक कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You can only book appointments for yourself.</source>
        <translation>आप केवल अपने लिए अपॉइंटमेंट बुक कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You can only check in for your own appointment.</source>
        <translation>आप केवल अपने अपॉइंटमेंट के लिए चेक-इन कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You cannot change this appointment.</source>
        <translation>आप इस अपॉइंटमेंट को नहीं बदल सकते।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>{full_name} does not see patients at that time.</source>
        <translation>{full_name} उस समय मरीज़ नहीं देखते।</translation>
    </message>
</context>
<context>
    <name>arithmetic</name>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A GST rate can have at most two decimal places.</source>
        <translation>GST दर में दशमलव के बाद अधिकतम दो अंक हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A GST rate must be an exact number (Decimal).</source>
        <translation>GST दर एक सटीक संख्या (Decimal) होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A GST rate must be between 0 and 100 per cent.</source>
        <translation>GST दर 0 से 100 प्रतिशत के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A SAC/HSN code is 4 to 8 digits.</source>
        <translation>SAC/HSN कोड 4 से 8 अंकों का होता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A bill needs at least one line.</source>
        <translation>बिल में कम से कम एक पंक्ति होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A line description can be at most {MAX_DESCRIPTION_LENGTH} characters.</source>
        <translation>पंक्ति का विवरण अधिकतम {MAX_DESCRIPTION_LENGTH} अक्षरों का हो सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>Every bill line needs a description.</source>
        <translation>बिल की हर पंक्ति में विवरण होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The clinic's state must be text.</source>
        <translation>क्लिनिक का राज्य पाठ के रूप में होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The discount cannot be more than the line amount.</source>
        <translation>छूट पंक्ति की राशि से अधिक नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The line amount is implausibly large.</source>
        <translation>पंक्ति की राशि अविश्वसनीय रूप से बड़ी है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The quantity can be at most {MAX_QUANTITY}.</source>
        <translation>मात्रा अधिकतम {MAX_QUANTITY} हो सकती है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The quantity must be a whole number.</source>
        <translation>मात्रा एक पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The quantity must be at least 1.</source>
        <translation>मात्रा कम से कम 1 होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>Unknown line category {category!r}.</source>
        <translation>अज्ञात पंक्ति श्रेणी {category!r}।</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source> ({count} older rows predate the chain)</source>
        <translation> ({count} पुरानी पंक्तियाँ शृंखला से पहले की हैं)</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>The audit log is intact: {rows} rows in {chains} chains checked, every link holds{older}.</source>
        <translation>ऑडिट लॉग सुरक्षित है: {chains} शृंखलाओं में {rows} पंक्तियाँ जाँची गईं, हर कड़ी सही है{older}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>The audit log was tampered with in {chain}: {what}</source>
        <translation>{chain} में ऑडिट लॉग से छेड़छाड़ हुई है: {what}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>The audit log was tampered with: {row} belongs to no chain — it was added around MedLink.</source>
        <translation>ऑडिट लॉग से छेड़छाड़ हुई है: {row} किसी शृंखला का हिस्सा नहीं है — इसे MedLink के बाहर से जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>chain {id} (it has no head row)</source>
        <translation>शृंखला {id} (इसकी कोई शीर्ष पंक्ति नहीं है)</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>entries {a}–{b} at the end were deleted.</source>
        <translation>अंत की प्रविष्टियाँ {a}–{b} हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>entries {a}–{b} before {row} were deleted.</source>
        <translation>{row} से पहले की प्रविष्टियाँ {a}–{b} हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>entry {n} at the end was deleted.</source>
        <translation>अंत की प्रविष्टि {n} हटा दी गई।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>entry {n} before {row} was deleted.</source>
        <translation>{row} से पहले की प्रविष्टि {n} हटा दी गई।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>its head does not point at its last row (entry {n}).</source>
        <translation>इसका शीर्ष इसकी अंतिम पंक्ति (प्रविष्टि {n}) की ओर संकेत नहीं करता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>row {id} ({at} UTC, {action})</source>
        <translation>पंक्ति {id} ({at} UTC, {action})</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>row {n} before {row} was deleted.</source>
        <translation>{row} से पहले की पंक्ति {n} हटा दी गई।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>rows {a}–{b} at the end were deleted.</source>
        <translation>अंत की पंक्तियाँ {a}–{b} हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>rows {a}–{b} before {row} were deleted.</source>
        <translation>{row} से पहले की पंक्तियाँ {a}–{b} हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>the chain of workstation “{name}”</source>
        <translation>वर्कस्टेशन “{name}” की शृंखला</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>the chain started by migration 0007</source>
        <translation>माइग्रेशन 0007 से शुरू हुई शृंखला</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>{row} does not match its seal — it was changed, or written without the clinic key.</source>
        <translation>{row} अपनी मुहर से मेल नहीं खाती — इसे बदला गया, या क्लिनिक कुंजी के बिना लिखा गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>{row} is sealed with the clinic key {key}, which this computer does not hold; import it (`medlink key import`) to check it.</source>
        <translation>{row} पर क्लिनिक कुंजी {key} की मुहर है, जो इस कंप्यूटर पर नहीं है; जाँचने के लिए उसे आयात करें (`medlink key import`)।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/audit.py"/>
        <source>{row} names a chain that does not exist.</source>
        <translation>{row} ऐसी शृंखला का नाम देती है जो मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>billing</name>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>A bill needs at least one line.</source>
        <translation>बिल में कम से कम एक पंक्ति होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Choose how the bill was paid.</source>
        <translation>चुनें कि बिल का भुगतान कैसे हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Line {index}: unknown category.</source>
        <translation>पंक्ति {index}: अज्ञात श्रेणी।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Mark the appointment completed before billing it.</source>
        <translation>बिल बनाने से पहले अपॉइंटमेंट को पूरा दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Only the clinic can record payments.</source>
        <translation>केवल क्लिनिक ही भुगतान दर्ज कर सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Only the doctor or the front desk can issue bills.</source>
        <translation>केवल डॉक्टर या फ़्रंट डेस्क ही बिल जारी कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Only the doctor or the front desk can prepare bills.</source>
        <translation>केवल डॉक्टर या फ़्रंट डेस्क ही बिल तैयार कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Payment method must be one of: {items}.</source>
        <translation>भुगतान का तरीका इनमें से एक होना चाहिए: {items}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Receipt {number}</source>
        <translation>रसीद {number}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>That appointment does not exist.</source>
        <translation>वह अपॉइंटमेंट मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>That bill does not exist.</source>
        <translation>वह बिल मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>The bill kept changing while its receipt was drawn. Open the receipt to write it.</source>
        <translation>रसीद बनते समय बिल बार-बार बदलता रहा। रसीद लिखने के लिए उसे खोलें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>The receipt could not be saved in the records folder: {value}.</source>
        <translation>रसीद रिकॉर्ड फ़ोल्डर में सहेजी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>This appointment already has a bill.</source>
        <translation>इस अपॉइंटमेंट का बिल पहले से बना है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>This bill belongs to another doctor's appointment.</source>
        <translation>यह बिल किसी दूसरे डॉक्टर के अपॉइंटमेंट का है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>You can only bill your own appointments.</source>
        <translation>आप केवल अपने अपॉइंटमेंट का बिल बना सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>You can only see your own bills and your family members'.</source>
        <translation>आप केवल अपने और अपने परिवार के सदस्यों के बिल देख सकते हैं।</translation>
    </message>
</context>
<context>
    <name>break_glass</name>
    <message>
        <location filename="../../medlink/services/break_glass.py"/>
        <source>Describe the emergency in a sentence (at least {MIN_REASON_LENGTH} characters): administrators review every emergency access.</source>
        <translation>आपातकाल को एक वाक्य में बताएँ (कम से कम {MIN_REASON_LENGTH} अक्षर): व्यवस्थापक हर आपातकालीन पहुँच की समीक्षा करते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/break_glass.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>cancellation</name>
    <message>
        <location filename="../../medlink/cancellation.py"/>
        <source>The operation was cancelled.</source>
        <translation>काम रोक दिया गया।</translation>
    </message>
</context>
<context>
    <name>cipher</name>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} नहीं लिखी जा सकी: {reason}।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>The database file {path} cannot be opened with the clinic key named beside it: the file is damaged or belongs to another clinic. Restore the clinic from a MedLink backup.</source>
        <translation>डेटाबेस फ़ाइल {path} उसके पास लिखी क्लिनिक कुंजी से नहीं खुलती: फ़ाइल खराब है या किसी दूसरे क्लिनिक की है। क्लिनिक को MedLink बैकअप से बहाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>The database file {path} is encrypted, but the key information file {sidecar} beside it is missing. Put it back from a copy of the data folder, or restore the clinic from a MedLink backup.</source>
        <translation>डेटाबेस फ़ाइल {path} एन्क्रिप्टेड है, पर उसके पास की कुंजी-जानकारी फ़ाइल {sidecar} नहीं मिली। उसे डेटा फ़ोल्डर की किसी प्रति से वापस रखें, या क्लिनिक को MedLink बैकअप से बहाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>The database file {path} of an older MedLink must be encrypted before it is used, but its folder cannot be written ({reason}). Check the folder's permissions and free space; the file was left as it was.</source>
        <translation>पुराने MedLink की डेटाबेस फ़ाइल {path} को उपयोग से पहले एन्क्रिप्ट करना ज़रूरी है, पर उसके फ़ोल्डर में लिखा नहीं जा सकता ({reason})। फ़ोल्डर की अनुमतियाँ और खाली जगह जाँचें; फ़ाइल जैसी थी वैसी ही छोड़ी गई है।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>The encrypted copy of the database could not be verified; the database was left as it was.</source>
        <translation>डेटाबेस की एन्क्रिप्टेड प्रति की जाँच नहीं हो सकी; डेटाबेस जैसा था वैसा ही छोड़ा गया है।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>The key information file {path} beside the database cannot be read ({reason}). Restore it from a backup of the data folder, or restore the clinic from a MedLink backup.</source>
        <translation>डेटाबेस के पास की कुंजी-जानकारी फ़ाइल {path} पढ़ी नहीं जा सकती ({reason})। उसे डेटा फ़ोल्डर के बैकअप से बहाल करें, या क्लिनिक को MedLink बैकअप से बहाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>The key information file {path} beside the database is damaged.</source>
        <translation>डेटाबेस के पास की कुंजी-जानकारी फ़ाइल {path} खराब है।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>The records key of the older MedLink version in this keyring is damaged. </source>
        <translation>इस कीरिंग में MedLink के पुराने संस्करण की रिकॉर्ड कुंजी खराब है। </translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>This clinic's records were encrypted by an older MedLink version with a key that is not on this computer. Open MedLink once on the computer that made them, then export the key there (`medlink key export FILE`) and import it here.</source>
        <translation>इस क्लिनिक के रिकॉर्ड MedLink के पुराने संस्करण ने ऐसी कुंजी से एन्क्रिप्ट किए थे जो इस कंप्यूटर पर नहीं है। जिस कंप्यूटर ने उन्हें बनाया था, उस पर MedLink एक बार खोलें, वहाँ कुंजी निर्यात करें (`medlink key export FILE`) और यहाँ आयात करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>This computer does not have the clinic key ({key_id}) needed to encrypt the database file {path}. </source>
        <translation>डेटाबेस फ़ाइल {path} को एन्क्रिप्ट करने के लिए ज़रूरी क्लिनिक कुंजी ({key_id}) इस कंप्यूटर पर नहीं है। </translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>This computer does not have the clinic key ({key_id}) that encrypts the database file {path}. </source>
        <translation>डेटाबेस फ़ाइल {path} को एन्क्रिप्ट करने वाली क्लिनिक कुंजी ({key_id}) इस कंप्यूटर पर नहीं है। </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>(an unfinished backup)</source>
        <translation>(अधूरा बैकअप)</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>(its bill was issued while the receipt could not be saved)</source>
        <translation>(बिल जारी हुआ था, पर उस समय रसीद सहेजी नहीं जा सकी)</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>(left in plaintext by an older version)</source>
        <translation>(पुराने संस्करण द्वारा बिना एन्क्रिप्शन के छोड़ी गई)</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Administrator {email} created.</source>
        <translation>एडमिनिस्ट्रेटर {email} बनाया गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>An interrupted restore was found and {outcome}.</source>
        <translation>एक अधूरा रीस्टोर मिला और {outcome}।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Backup written and verified: {path} ({size} bytes, {rows} rows, {files} files).
The backup is encrypted with the clinic key: keep the recovery key file and its passphrase safe too.</source>
        <translation>बैकअप लिखा गया और जाँचा गया: {path} ({size} बाइट, {rows} पंक्तियाँ, {files} फ़ाइलें)।
बैकअप क्लिनिक की कुंजी से एन्क्रिप्ट है: रिकवरी कुंजी फ़ाइल और उसका पासफ़्रेज़ भी सुरक्षित रखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Clinic key {key_id} exported to {file}.
Keep this file and its passphrase in two different safe places: with both, anyone can read the clinic's records; without them, a lost computer means lost records.</source>
        <translation>क्लिनिक कुंजी {key_id} {file} में निर्यात की गई।
यह फ़ाइल और इसका पासफ़्रेज़ दो अलग-अलग सुरक्षित जगहों पर रखें: दोनों मिल जाएँ तो कोई भी क्लिनिक के रिकॉर्ड पढ़ सकता है; इनके बिना कंप्यूटर खोने का मतलब रिकॉर्ड खोना है।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Clinic key {key_id} stored in this computer's keyring.</source>
        <translation>क्लिनिक कुंजी {key_id} इस कंप्यूटर के कीरिंग में रखी गई।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>E-mail: </source>
        <translation>ई-मेल: </translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Full name: </source>
        <translation>पूरा नाम: </translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>No password on standard input.</source>
        <translation>स्टैंडर्ड इनपुट पर कोई पासवर्ड नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>No password was typed.</source>
        <translation>कोई पासवर्ड टाइप नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>No problems found.</source>
        <translation>कोई समस्या नहीं मिली।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>No terminal to type the password in: pipe it in with --password-stdin.</source>
        <translation>पासवर्ड टाइप करने के लिए कोई टर्मिनल नहीं है: इसे --password-stdin के साथ पाइप से दें।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Passphrase of the key file: </source>
        <translation>कुंजी फ़ाइल का पासफ़्रेज़: </translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Password for {account}: </source>
        <translation>{account} का पासवर्ड: </translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Password stored in the OS keyring.</source>
        <translation>पासवर्ड ऑपरेटिंग सिस्टम के कीरिंग में रखा गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Password: </source>
        <translation>पासवर्ड: </translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Repeat password: </source>
        <translation>पासवर्ड दोबारा: </translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Repeat the passphrase: </source>
        <translation>पासफ़्रेज़ दोबारा: </translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Restored {rows} rows and {files} files.</source>
        <translation>{rows} पंक्तियाँ और {files} फ़ाइलें रीस्टोर की गईं।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Saved in {path}.</source>
        <translation>{path} में सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>Schema of {database} is at revision {revision}.</source>
        <translation>{database} का स्कीमा संशोधन {revision} पर है।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>The batch size is a whole number from 1 up.</source>
        <translation>बैच का आकार 1 या उससे बड़ी पूरी संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>The clinic key is now {new_key} ({files} files re-encrypted, {done} already done).
Export the new key now (`medlink key export FILE`) and keep it with the recovery file; the old key {old_key} stays in this keyring for older backups.</source>
        <translation>क्लिनिक कुंजी अब {new_key} है ({files} फ़ाइलें फिर से एन्क्रिप्ट हुईं, {done} पहले ही हो चुकी थीं)।
नई कुंजी अभी निर्यात करें (`medlink key export FILE`) और रिकवरी फ़ाइल के साथ रखें; पुरानी कुंजी {old_key} पुराने बैकअप के लिए इस कीरिंग में रहती है।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>The passphrases do not match.</source>
        <translation>दोनों पासफ़्रेज़ मेल नहीं खाते।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>The passwords do not match.</source>
        <translation>दोनों पासवर्ड मेल नहीं खाते।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>leave the password out of the URL: it belongs in the OS keyring (`medlink config set-db-password`).</source>
        <translation>पासवर्ड URL में न लिखें: उसकी जगह ऑपरेटिंग सिस्टम का कीरिंग है (`medlink config set-db-password`)।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>mail not delivered: {problem}</source>
        <translation>मेल नहीं पहुँचा: {problem}</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>re-encrypting: {done}/{total} files ({percent} %)</source>
        <translation>फिर से एन्क्रिप्ट हो रहा है: {done}/{total} फ़ाइलें ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>sent {sent}, retried later {retried}, failed {failed}</source>
        <translation>भेजे गए {sent}, बाद में फिर कोशिश {retried}, विफल {failed}</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>the database is SQLite; it has no password.</source>
        <translation>डेटाबेस SQLite है; इसका कोई पासवर्ड नहीं होता।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>{count} problem(s) found.</source>
        <translation>{count} समस्या(एँ) मिलीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/cli.py"/>
        <source>{what} is needed: give it as an option.</source>
        <translation>{what} ज़रूरी है: इसे विकल्प के रूप में दें।</translation>
    </message>
</context>
<context>
    <name>clinic_key</name>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>A rotation to the clinic key {new_id} was started on another computer and is not finished; finish it there, or import that key here first.</source>
        <translation>क्लिनिक कुंजी {new_id} में बदलाव दूसरे कंप्यूटर पर शुरू हुआ था और पूरा नहीं हुआ है; उसे वहीं पूरा करें, या पहले वह कुंजी यहाँ आयात करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>Another workstation changed the clinic key meanwhile; run the rotation again.</source>
        <translation>इस बीच किसी दूसरे कंप्यूटर ने क्लिनिक कुंजी बदल दी; कुंजी बदलने की प्रक्रिया फिर से चलाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>Import the clinic key on this computer: `medlink key import FILE` with the recovery file saved at the clinic's first start, or a key file exported on a workstation that can read the records (`medlink key export FILE`). See docs/security.md, “Recovering the clinic key”.</source>
        <translation>इस कंप्यूटर पर क्लिनिक कुंजी आयात करें: `medlink key import FILE` — क्लिनिक की पहली शुरुआत पर सहेजी गई रिकवरी फ़ाइल से, या उस वर्कस्टेशन से निर्यात की गई कुंजी फ़ाइल से जो रिकॉर्ड पढ़ सकता है (`medlink key export FILE`)। देखें docs/security.md, “Recovering the clinic key”।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/cipher.py"/>
        <source>The clinic key {key_id} in this computer's keyring is damaged. {IMPORT_HELP}</source>
        <translation>इस कंप्यूटर के कीरिंग में क्लिनिक कुंजी {key_id} खराब है। {IMPORT_HELP}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>The file cannot be read: {value}.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>The records key of the older MedLink version in this keyring is damaged.</source>
        <translation>इस कीरिंग में MedLink के पुराने संस्करण की रिकॉर्ड कुंजी ख़राब है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This clinic key file is damaged.</source>
        <translation>यह क्लिनिक कुंजी फ़ाइल खराब है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This clinic's records were encrypted by an older MedLink version with a key that is not on this computer. Open MedLink once on the computer that made them, then export the key there (`medlink key export FILE`) and import it here.</source>
        <translation>इस क्लिनिक के रिकॉर्ड MedLink के पुराने संस्करण ने ऐसी कुंजी से एन्क्रिप्ट किए थे जो इस कंप्यूटर पर नहीं है। जिस कंप्यूटर ने उन्हें बनाया था, उस पर MedLink एक बार खोलें, वहाँ कुंजी निर्यात करें (`medlink key export FILE`) और यहाँ आयात करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This clinic's records were made by an older MedLink version; export the key on the computer that made them. Nothing was imported.</source>
        <translation>इस क्लिनिक के रिकॉर्ड MedLink के पुराने संस्करण ने बनाए थे; कुंजी उसी कंप्यूटर पर निर्यात करें जिसने उन्हें बनाया था। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This computer does not have the clinic key ({key_id}) that protects this clinic's records. {IMPORT_HELP}</source>
        <translation>इस कंप्यूटर के पास वह क्लिनिक कुंजी ({key_id}) नहीं है जो इस क्लिनिक के रिकॉर्ड सुरक्षित रखती है। {IMPORT_HELP}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This file is encrypted with another clinic key ({key_id}); this clinic's key is {key_id2}.</source>
        <translation>यह फ़ाइल किसी दूसरी क्लिनिक कुंजी ({key_id}) से एन्क्रिप्ट है; इस क्लिनिक की कुंजी {key_id2} है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This file is not a MedLink clinic key file.</source>
        <translation>यह MedLink क्लिनिक कुंजी फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This key file belongs to another clinic ({clinic}, key {items}); this clinic's data is encrypted with key {clinic_id}. Nothing was imported.</source>
        <translation>यह कुंजी फ़ाइल किसी दूसरे क्लिनिक ({clinic}, कुंजी {items}) की है; इस क्लिनिक का डेटा कुंजी {clinic_id} से एन्क्रिप्ट है। कुछ भी आयात नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>clinic_settings</name>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>Choose SSL/TLS, STARTTLS or none.</source>
        <translation>SSL/TLS, STARTTLS या कोई नहीं — इनमें से चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>Choose the clinic's state from the list.</source>
        <translation>सूची से क्लिनिक का राज्य चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>The receipt prefix must be 1–3 letters or digits, e.g. ML.</source>
        <translation>रसीद उपसर्ग 1–3 अक्षरों या अंकों का होना चाहिए, जैसे ML।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>Unknown setting {key!r}.</source>
        <translation>अज्ञात सेटिंग {key!r}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>{label} must be a whole number.</source>
        <translation>{label} एक पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>{label} must be between {lo} and {hi}.</source>
        <translation>{label} {lo} और {hi} के बीच होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>{value!r} is not a known time zone (e.g. Asia/Kolkata).</source>
        <translation>{value!r} कोई ज्ञात समय क्षेत्र नहीं है (जैसे Asia/Kolkata)।</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../../medlink/config.py"/>
        <source>Passwords are kept in the OS keyring, not in the config file.</source>
        <translation>पासवर्ड ऑपरेटिंग सिस्टम के कीरिंग में रखे जाते हैं, कॉन्फ़िग फ़ाइल में नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/config.py"/>
        <source>The configuration file {path} is not valid TOML: {reason}</source>
        <translation>कॉन्फ़िगरेशन फ़ाइल {path} सही TOML नहीं है: {reason}</translation>
    </message>
    <message>
        <location filename="../../medlink/config.py"/>
        <source>The {setting} cannot be empty.</source>
        <translation>{setting} ख़ाली नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/config.py"/>
        <source>The {setting} contains a control character ({characters}); retype it without it. Nothing was saved.</source>
        <translation>{setting} में एक कंट्रोल अक्षर ({characters}) है; उसके बिना फिर से टाइप करें। कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/config.py"/>
        <source>{value!r} is not a database URL, like mysql+pymysql://medlink@db.clinic.lan/medlink. Nothing was saved.</source>
        <translation>{value!r} डेटाबेस URL नहीं है (जैसे mysql+pymysql://medlink@db.clinic.lan/medlink)। कुछ भी सहेजा नहीं गया।</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../medlink/services/dashboard.py"/>
        <source>Choose a period of at most two years.</source>
        <translation>अधिकतम दो साल की अवधि चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/dashboard.py"/>
        <source>The end date must be on or after the start date.</source>
        <translation>अंतिम तारीख शुरू की तारीख के दिन या उसके बाद होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../medlink/db/session.py"/>
        <source>Check that MedLink points at the primary server, not a read-only replica, and that the server is not in read-only mode.</source>
        <translation>जाँचें कि MedLink मुख्य सर्वर से जुड़ा है, केवल-पढ़ने वाली प्रतिकृति से नहीं, और सर्वर केवल-पढ़ने वाले मोड में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/session.py"/>
        <source>Check the file's permissions and that the disk is not write-protected.</source>
        <translation>फ़ाइल की अनुमतियाँ जाँचें और देखें कि डिस्क पर लिखने की रोक तो नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/session.py"/>
        <source>Lost the connection to {where}. Please retry; MedLink reconnects by itself once the server is reachable.</source>
        <translation>{where} से संपर्क टूट गया। कृपया फिर कोशिश करें; सर्वर मिलते ही MedLink अपने-आप फिर जुड़ जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/bootstrap.py"/>
        <source>MedLink cannot open the database file {file}.
{reason}
Check that the folder exists and is writable.</source>
        <translation>MedLink डेटाबेस फ़ाइल {file} नहीं खोल पा रहा।
{reason}
जाँचें कि फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/bootstrap.py"/>
        <source>MedLink cannot reach the database server {server}.
{reason}
Check that the server is running and reachable from this computer, that the user and database exist, and that the password is stored in the keyring (`medlink config set-db-password`).</source>
        <translation>MedLink डेटाबेस सर्वर {server} तक नहीं पहुँच पा रहा।
{reason}
जाँचें कि सर्वर चल रहा है और इस कंप्यूटर से पहुँच में है, यूज़र और डेटाबेस मौजूद हैं, और पासवर्ड कीरिंग में रखा है (`medlink config set-db-password`)।</translation>
    </message>
    <message>
        <location filename="../../medlink/bootstrap.py"/>
        <source>MedLink does not connect to the database server {host} over the network without encryption: the patients' charts would cross the network in clear. Add the certificate authority of the server to the database URL, e.g. `medlink config set-database-url 'mysql+pymysql://USER@{host}/medlink?charset=utf8mb4&amp;ssl_ca=/etc/medlink/clinic-ca.pem'` (see docs/security.md, “MariaDB over the network”).</source>
        <translation>MedLink नेटवर्क पर डेटाबेस सर्वर {host} से बिना एन्क्रिप्शन के नहीं जुड़ता: मरीज़ों के चार्ट खुले रूप में नेटवर्क से गुज़रेंगे। सर्वर की सर्टिफ़िकेट अथॉरिटी डेटाबेस URL में जोड़ें, जैसे `medlink config set-database-url 'mysql+pymysql://USER@{host}/medlink?charset=utf8mb4&amp;ssl_ca=/etc/medlink/clinic-ca.pem'` (देखें docs/security.md, “MariaDB over the network”)।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/session.py"/>
        <source>The audit log is append-only: its rows cannot be changed or deleted.</source>
        <translation>ऑडिट लॉग में केवल जोड़ा जा सकता है: इसकी पंक्तियाँ बदली या मिटाई नहीं जा सकतीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/session.py"/>
        <source>The change conflicts with data saved by someone else (a duplicate or a missing link). Reload and try again.</source>
        <translation>यह बदलाव किसी और के सहेजे डेटा से टकराता है (दोहराव या कोई छूटा हुआ संबंध)। फिर से लोड करके दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/session.py"/>
        <source>The database is busy — other workstations are saving at the same moment. Nothing was saved; please try again in a moment.</source>
        <translation>डेटाबेस व्यस्त है — दूसरे वर्कस्टेशन इसी समय सहेज रहे हैं। कुछ भी सहेजा नहीं गया; कृपया थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/session.py"/>
        <source>The database reported an error: {orig}</source>
        <translation>डेटाबेस ने एक त्रुटि बताई: {orig}</translation>
    </message>
    <message>
        <location filename="../../medlink/bootstrap.py"/>
        <source>The database schema on {database} is not up to date. Ask the administrator to run `medlink db upgrade` once.</source>
        <translation>{database} पर डेटाबेस स्कीमा अद्यतन नहीं है। एडमिनिस्ट्रेटर से एक बार `medlink db upgrade` चलाने को कहें।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/session.py"/>
        <source>The disk holding {where} is full, so nothing was saved. Free some space (or ask the administrator to) and try again.</source>
        <translation>{where} वाली डिस्क भर गई है, इसलिए कुछ भी सहेजा नहीं गया। कुछ जगह ख़ाली करें (या एडमिनिस्ट्रेटर से कहें) और फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/db/session.py"/>
        <source>{where} is read-only, so nothing was saved. {hint}</source>
        <translation>{where} केवल पढ़ने के लिए है, इसलिए कुछ भी सहेजा नहीं गया। {hint}</translation>
    </message>
</context>
<context>
    <name>doctor_patients</name>
    <message>
        <location filename="../../medlink/services/doctor_patients.py"/>
        <source>Only a doctor has a patient list.</source>
        <translation>मरीज़ों की सूची केवल डॉक्टर की होती है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctor_patients.py"/>
        <source>Only a doctor has patient charts.</source>
        <translation>मरीज़ों के चार्ट केवल डॉक्टर देख सकते हैं।</translation>
    </message>
</context>
<context>
    <name>doctors</name>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>A doctor with this registration number is already registered.</source>
        <translation>इस पंजीकरण संख्या वाले डॉक्टर पहले से पंजीकृत हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Choose a speciality from the list.</source>
        <translation>सूची से विशेषज्ञता चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Only a doctor can edit a doctor profile.</source>
        <translation>केवल डॉक्टर ही डॉक्टर प्रोफ़ाइल बदल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Please give the reason for rejecting the registration.</source>
        <translation>कृपया पंजीकरण अस्वीकार करने का कारण बताएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Slot length must be one of {items} minutes.</source>
        <translation>स्लॉट की अवधि इनमें से एक होनी चाहिए: {items} मिनट।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>That doctor does not exist.</source>
        <translation>वह डॉक्टर मौजूद नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>That doctor is not available in this clinic.</source>
        <translation>वह डॉक्टर इस क्लिनिक में उपलब्ध नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The photo is larger than 10 MB.</source>
        <translation>फ़ोटो 10 MB से बड़ी है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The photo is not a readable JPEG or PNG image.</source>
        <translation>फ़ोटो पढ़ने योग्य JPEG या PNG चित्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The photo is too large.</source>
        <translation>फ़ोटो बहुत बड़ी है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The registration number can only be changed by the clinic.</source>
        <translation>पंजीकरण संख्या केवल क्लिनिक बदल सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The registration number may contain letters, digits, '/', '-' and '.' only.</source>
        <translation>पंजीकरण संख्या में केवल अक्षर, अंक, '/', '-' और '.' हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Years of experience must be a whole number.</source>
        <translation>अनुभव के वर्ष एक पूर्ण संख्या होने चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Years of experience must be between 0 and 70.</source>
        <translation>अनुभव के वर्ष 0 से 70 के बीच होने चाहिए।</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>A date and time on a document must include its time zone.</source>
        <translation>दस्तावेज़ पर दी गई तारीख और समय में समय क्षेत्र होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>A patient ID may contain only letters, digits, '-' and '_'.</source>
        <translation>मरीज़ आईडी में केवल अक्षर, अंक, '-' और '_' हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Advice</source>
        <translation>सलाह</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Age / sex</source>
        <translation>उम्र / लिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Amount in words</source>
        <translation>राशि शब्दों में</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Amounts in Indian Rupees ({sign})</source>
        <translation>राशि भारतीय रुपये ({sign}) में</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Appointment</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Appointment slip</source>
        <translation>अपॉइंटमेंट पर्ची</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Appointment slip — {name}</source>
        <translation>अपॉइंटमेंट पर्ची — {name}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Bill of Supply</source>
        <translation>आपूर्ति का बिल</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Billed to</source>
        <translation>बिल प्राप्तकर्ता</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Booked</source>
        <translation>बुक</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Checked in</source>
        <translation>चेक-इन हो गया</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Completed</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Computer-generated document; no signature required.</source>
        <translation>कंप्यूटर से बना दस्तावेज़; हस्ताक्षर की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Computer-generated prescription. Valid with the doctor's name and registration number.</source>
        <translation>कंप्यूटर से बना पर्चा। डॉक्टर के नाम और पंजीकरण संख्या के साथ मान्य।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Consulting doctor</source>
        <translation>परामर्शदाता डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Diagnosis</source>
        <translation>निदान</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Disc.</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Dose</source>
        <translation>खुराक</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Every prescribed item needs a medicine name.</source>
        <translation>पर्चे की हर दवा का नाम होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <source>Flowsheet</source>
        <translation>रीडिंग तालिका</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <source>Flowsheet — {name}</source>
        <translation>रीडिंग तालिका — {name}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Frequency</source>
        <translation>कितनी बार</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>GST not charged (exempt supply)</source>
        <translation>GST नहीं लिया गया (छूट प्राप्त आपूर्ति)</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Grand total</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>In person</source>
        <translation>व्यक्तिगत रूप से</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Insurance</source>
        <translation>बीमा</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Invoice-cum-Bill of Supply</source>
        <translation>बीजक-सह-आपूर्ति का बिल</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Lab order</source>
        <translation>लैब जाँच पर्ची</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Lab order — {name}</source>
        <translation>लैब जाँच पर्ची — {name}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Lab tests advised</source>
        <translation>सुझाई गई लैब जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Medicine</source>
        <translation>दवा</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Mode: {method}</source>
        <translation>तरीका: {method}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Net banking</source>
        <translation>नेट बैंकिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>No lab tests were ordered.</source>
        <translation>कोई लैब जाँच नहीं लिखी गई।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>No medicines prescribed.</source>
        <translation>कोई दवा नहीं लिखी गई।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <source>No readings recorded.</source>
        <translation>कोई रीडिंग दर्ज नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>No show</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>None recorded</source>
        <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Original for recipient</source>
        <translation>प्राप्तकर्ता के लिए मूल प्रति</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Page {page} of {pages}</source>
        <translation>पृष्ठ {page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Patient ID {id}</source>
        <translation>मरीज़ आईडी {id}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Phone {phone}</source>
        <translation>फ़ोन {phone}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Please bring this slip and any earlier reports.</source>
        <translation>कृपया यह पर्ची और पहले की रिपोर्टें साथ लाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Please wait until your token is shown on the screen.</source>
        <translation>कृपया स्क्रीन पर अपना टोकन दिखने तक प्रतीक्षा करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Prefer not to say</source>
        <translation>बताना नहीं चाहते</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Prescription</source>
        <translation>पर्चा</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Prescription no.</source>
        <translation>पर्चा सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <source>Printed {when}</source>
        <translation>छपा {when}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Provisional diagnosis: {diagnosis}</source>
        <translation>अनुमानित निदान: {diagnosis}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Rates are inclusive of GST; the taxable value is derived from them.</source>
        <translation>दरों में GST शामिल है; कर योग्य मूल्य उन्हीं से निकाला गया है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Receipt no.</source>
        <translation>रसीद सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Reg. No. {number}</source>
        <translation>पंजीकरण सं. {number}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Round off</source>
        <translation>पूर्णांकन</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>State: {state}</source>
        <translation>राज्य: {state}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Sub-total</source>
        <translation>उप-योग</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Tax Invoice</source>
        <translation>कर बीजक</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Taxable
value</source>
        <translation>कर योग्य
मूल्य</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Tests requested</source>
        <translation>माँगी गई जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>The clinic logo is not a readable image.</source>
        <translation>क्लिनिक का लोगो पढ़ने योग्य चित्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>The clinic name is missing.</source>
        <translation>क्लिनिक का नाम नहीं दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/documents.py"/>
        <source>The copy could not be saved to {target}: {value}.</source>
        <translation>कॉपी {target} में सहेजी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>The doctor's name is missing.</source>
        <translation>डॉक्टर का नाम नहीं दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/documents.py"/>
        <source>The file {name} cannot be read: {value}.</source>
        <translation>फ़ाइल {name} पढ़ी नहीं जा सकती: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>The patient's name is missing.</source>
        <translation>मरीज़ का नाम नहीं दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>This is a computer-generated document and does not require a signature.</source>
        <translation>यह कंप्यूटर से बना दस्तावेज़ है और इस पर हस्ताक्षर की आवश्यकता नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Unpaid</source>
        <translation>भुगतान बाकी</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/flowsheet.py"/>
        <source>Values outside the target are shown in red and bold. Several readings on one day are listed with their times.</source>
        <translation>लक्ष्य से बाहर की रीडिंग लाल और मोटे अक्षरों में हैं। एक दिन की कई रीडिंग उनके समय के साथ दी गई हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>Visit: {when} · {mode}</source>
        <translation>विज़िट: {when} · {mode}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>exempt</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>via {method}</source>
        <translation>{method} से</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>{age} y</source>
        <translation>{age} वर्ष</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/slip.py"/>
        <source>{status} via {method}</source>
        <translation>{status} — {method} से</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>Both records have their own sign-in account. Deactivate the account the patient no longer uses (Users page), then merge.</source>
        <translation>दोनों रिकॉर्ड के अपने-अपने साइन-इन खाते हैं। जिस खाते का मरीज़ अब उपयोग नहीं करते उसे निष्क्रिय करें (उपयोगकर्ता पेज), फिर मिलाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>Choose two different records to merge.</source>
        <translation>मिलाने के लिए दो अलग रिकॉर्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>One of these records has already been merged into another.</source>
        <translation>इनमें से एक रिकॉर्ड पहले ही किसी दूसरे में मिलाया जा चुका है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>Same name and date of birth.</source>
        <translation>नाम और जन्म तारीख़ एक जैसे हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>Same phone number and a similar name.</source>
        <translation>फ़ोन नंबर एक ही है और नाम मिलता-जुलता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>Same phone number and the same date of birth.</source>
        <translation>फ़ोन नंबर और जन्म तारीख़ एक ही हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>Same phone number.</source>
        <translation>फ़ोन नंबर एक ही है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>Allergy warning — {matches} Change the prescription, or type why you prescribe it anyway.</source>
        <translation>एलर्जी की चेतावनी — {matches} पर्चा बदलें, या लिखें कि आप फिर भी यह दवा क्यों दे रहे हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>Please sign in first.</source>
        <translation>कृपया पहले साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>Someone else changed this record since you opened it. Reload it and make your change again.</source>
        <translation>आपके खोलने के बाद किसी और ने यह रिकॉर्ड बदल दिया है। इसे फिर से खोलें और अपना बदलाव दोबारा करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>That slot was just taken by someone else. Please choose another time.</source>
        <translation>यह समय अभी-अभी किसी और ने ले लिया। कृपया कोई दूसरा समय चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>The e-mail address or password is not correct.</source>
        <translation>ई-मेल पता या पासवर्ड सही नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>You are not allowed to do that.</source>
        <translation>आपको यह करने की अनुमति नहीं है।</translation>
    </message>
</context>
<context>
    <name>families</name>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>A patient cannot be their own family member.</source>
        <translation>मरीज़ स्वयं अपने परिवार का सदस्य नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>Only a patient can add family members to their own account.</source>
        <translation>केवल मरीज़ ही अपने खाते में परिवार के सदस्य जोड़ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>Those two patients are not linked as a family.</source>
        <translation>ये दोनों मरीज़ एक परिवार के रूप में जुड़े नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>{full_name} has no MedLink account to manage a family with.</source>
        <translation>{full_name} का कोई MedLink खाता नहीं है जिससे परिवार संभाला जा सके।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>{full_name} is already in {full_name2}'s family.</source>
        <translation>{full_name} पहले से {full_name2} के परिवार में हैं।</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>A note on what you did</source>
        <translation>आपने क्या किया, इसका नोट</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <location filename="../../medlink/services/doctors.py"/>
        <location filename="../../medlink/services/patients.py"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Advice</source>
        <translation>सलाह</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>Blood group</source>
        <translation>ब्लड ग्रुप</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>Clinic name</source>
        <translation>क्लिनिक का नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Consultation fee</source>
        <translation>परामर्श शुल्क</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Diagnosis</source>
        <translation>निदान</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Dose</source>
        <translation>खुराक</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>E-mail address</source>
        <translation>ई-मेल पता</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>Emergency contact</source>
        <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>Emergency contact phone</source>
        <translation>आपातकालीन संपर्क का फ़ोन</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Frequency</source>
        <translation>कितनी बार</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>GST rate</source>
        <translation>GST दर</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Hospital / clinic</source>
        <translation>अस्पताल / क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>Known conditions / medical history</source>
        <translation>ज्ञात बीमारियाँ / चिकित्सा इतिहास</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Lab test</source>
        <translation>लैब जाँच</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Lab test fee</source>
        <translation>लैब जाँच शुल्क</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Medical registration number</source>
        <translation>मेडिकल पंजीकरण संख्या</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Medication fee</source>
        <translation>दवा शुल्क</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Medicine {number}</source>
        <translation>दवा {number}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Other fee</source>
        <translation>अन्य शुल्क</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Price</source>
        <translation>क़ीमत</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Qualifications</source>
        <translation>योग्यताएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Reaction</source>
        <translation>प्रतिक्रिया</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <location filename="../../medlink/services/billing.py"/>
        <location filename="../../medlink/services/break_glass.py"/>
        <location filename="../../medlink/services/doctors.py"/>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>Reason for the merge</source>
        <translation>मिलाने का कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>Relationship</source>
        <translation>रिश्ता</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>SMTP port</source>
        <translation>SMTP पोर्ट</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Short bio</source>
        <translation>संक्षिप्त परिचय</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Strength</source>
        <translation>मात्रा (स्ट्रेंथ)</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Substance or medicine</source>
        <translation>पदार्थ या दवा</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Test name</source>
        <translation>जाँच का नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>The reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>Free follow-up days must be between 0 and {MAX_DAYS}.</source>
        <translation>मुफ़्त फ़ॉलो-अप के दिन 0 से {MAX_DAYS} के बीच होने चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>Free follow-up visits must be between 1 and {MAX_VISITS}.</source>
        <translation>मुफ़्त फ़ॉलो-अप मुलाक़ातें 1 से {MAX_VISITS} के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>Only the doctor or an administrator can set the follow-up rule.</source>
        <translation>फ़ॉलो-अप का नियम केवल डॉक्टर या व्यवस्थापक तय कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>That doctor does not exist.</source>
        <translation>वह डॉक्टर मौजूद नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>You can only set your own follow-up rule.</source>
        <translation>आप केवल अपना फ़ॉलो-अप नियम तय कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>front_desk</name>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>Choose a different doctor to move the appointments to.</source>
        <translation>अपॉइंटमेंट भेजने के लिए कोई दूसरा डॉक्टर चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>Choose another {speciality}.</source>
        <translation>कोई दूसरा {speciality} चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>That doctor does not exist.</source>
        <translation>वह डॉक्टर मौजूद नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>That doctor is not available for appointments.</source>
        <translation>वह डॉक्टर अपॉइंटमेंट के लिए उपलब्ध नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>The other doctor has no free slot left that day.</source>
        <translation>दूसरे डॉक्टर के पास उस दिन कोई ख़ाली समय नहीं बचा है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>The other doctor is busy at that time and has no later free slot that day.</source>
        <translation>दूसरे डॉक्टर उस समय व्यस्त हैं और उस दिन बाद में भी कोई ख़ाली समय नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>The patient has already checked in.</source>
        <translation>मरीज़ पहले ही चेक-इन कर चुके हैं।</translation>
    </message>
</context>
<context>
    <name>icd10</name>
    <message>
        <location filename="../../medlink/clinical/icd10.py"/>
        <source>Choose a diagnosis from the ICD-10 list.</source>
        <translation>ICD-10 सूची से निदान चुनें।</translation>
    </message>
</context>
<context>
    <name>key_files</name>
    <message>
        <location filename="../../medlink/security/key_files.py"/>
        <source>Could not write {path}: {value}.</source>
        <translation>{path} नहीं लिखी जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/key_files.py"/>
        <source>The passphrase is wrong, or the {what} was changed.</source>
        <translation>पासफ़्रेज़ ग़लत है, या {what} बदली गई है।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/key_files.py"/>
        <source>The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long.</source>
        <translation>पासफ़्रेज़ कम से कम {MIN_PASSPHRASE_LENGTH} अक्षरों का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/key_files.py"/>
        <source>There is no file {path}.</source>
        <translation>{path} नाम की कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/key_files.py"/>
        <source>This file is not a MedLink {what}.</source>
        <translation>यह फ़ाइल MedLink की {what} नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/key_files.py"/>
        <source>This file is too large to be a MedLink {what}.</source>
        <translation>यह फ़ाइल MedLink की {what} होने के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/key_files.py"/>
        <source>{path} cannot be read: {value}.</source>
        <translation>{path} पढ़ी नहीं जा सकती: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/key_files.py"/>
        <source>{path} is a folder, not a MedLink {what}.</source>
        <translation>{path} एक फ़ोल्डर है, MedLink की {what} नहीं।</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>Only files from the kiosk's drive or scanner can be uploaded here.</source>
        <translation>यहाँ केवल कियोस्क की ड्राइव या स्कैनर से फ़ाइलें अपलोड की जा सकती हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>That file is no longer there. Insert the drive again and refresh.</source>
        <translation>वह फ़ाइल अब वहाँ नहीं है। ड्राइव फिर से लगाएँ और रीफ़्रेश करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>The file could not be read: {value}.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>The file is too large to upload.</source>
        <translation>फ़ाइल अपलोड करने के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>The kiosk check-in is for patients.</source>
        <translation>कियोस्क पर चेक-इन मरीज़ों के लिए है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>Uploads at this kiosk are not set up. Please ask the front desk.</source>
        <translation>इस कियोस्क पर अपलोड की व्यवस्था नहीं है। कृपया फ़्रंट डेस्क से पूछें।</translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>A {test_name} of {number:g} is not possible: it must be between {low:g} and {high:g}. Please check the result.</source>
        <translation>{test_name} का {number:g} होना संभव नहीं है: यह {low:g} और {high:g} के बीच होना चाहिए। कृपया परिणाम जाँचें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Choose a patient.</source>
        <translation>मरीज़ चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Choose at least one test.</source>
        <translation>कम से कम एक जाँच चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Choose which trend the result belongs to.</source>
        <translation>चुनें कि यह परिणाम किस रुझान का है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Enter the result (a number, a written result, or both).</source>
        <translation>परिणाम लिखें (एक संख्या, लिखित परिणाम, या दोनों)।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Enter the result as a number, e.g. 6.8.</source>
        <translation>परिणाम संख्या में लिखें, जैसे 6.8।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>One of the chosen tests is no longer in the catalogue.</source>
        <translation>चुनी गई जाँचों में से एक अब सूची में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Only a test still awaiting its result can be cancelled.</source>
        <translation>केवल वही जाँच रद्द की जा सकती है जिसका परिणाम अभी आना बाकी है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Only the appointment's doctor can order its tests.</source>
        <translation>केवल इस अपॉइंटमेंट के डॉक्टर ही इसकी जाँचें लिख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Only the clinic can enter lab results.</source>
        <translation>केवल क्लिनिक ही लैब परिणाम दर्ज कर सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Tests cannot be ordered for a cancelled or missed appointment.</source>
        <translation>रद्द या छूटे हुए अपॉइंटमेंट के लिए जाँचें नहीं लिखी जा सकतीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>That appointment does not exist.</source>
        <translation>वह अपॉइंटमेंट मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>That lab order does not exist.</source>
        <translation>वह लैब ऑर्डर मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>That result is not possible; please check it.</source>
        <translation>वह परिणाम संभव नहीं है; कृपया उसे जाँचें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>The upper end of the reference range must be above the lower end.</source>
        <translation>संदर्भ सीमा का ऊपरी छोर निचले छोर से ऊपर होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>This order was cancelled.</source>
        <translation>यह ऑर्डर रद्द कर दिया गया था।</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>A phone or computer with camera and microphone, and a quiet, well-lit place</source>
        <translation>कैमरा और माइक्रोफ़ोन वाला फ़ोन या कंप्यूटर, और एक शांत, अच्छी रोशनी वाली जगह</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>A photo ID and your insurance card, if you have one</source>
        <translation>फ़ोटो वाला पहचान पत्र और आपका बीमा कार्ड, अगर हो</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Appointment cancelled: {doctor}, {when}</source>
        <translation>अपॉइंटमेंट रद्द: {doctor}, {when}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Appointment confirmed: {doctor}, {when}</source>
        <translation>अपॉइंटमेंट पक्का: {doctor}, {when}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Appointment moved: {doctor}, now {when}</source>
        <translation>अपॉइंटमेंट का समय बदला: {doctor}, अब {when}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Appointment reminder</source>
        <translation>अपॉइंटमेंट की याद</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Appointment with {doctor} ({qualifications}), {speciality}.</source>
        <translation>{doctor} ({qualifications}), {speciality} के साथ अपॉइंटमेंट।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Clinic: {name}, {phone}</source>
        <translation>क्लिनिक: {name}, {phone}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Earlier prescriptions and test reports, ready to show or share</source>
        <translation>पहले के पर्चे और जाँच रिपोर्ट, दिखाने या भेजने के लिए तैयार</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Earlier prescriptions, test reports and scans</source>
        <translation>पहले के पर्चे, जाँच रिपोर्ट और स्कैन</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>In person</source>
        <translation>व्यक्तिगत रूप से</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Join: {link}</source>
        <translation>जुड़ें: {link}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Mode: {mode}.</source>
        <translation>तरीक़ा: {mode}।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Online video consultation (Google Meet)</source>
        <translation>ऑनलाइन वीडियो परामर्श (Google Meet)</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Online, Google Meet (link below)</source>
        <translation>ऑनलाइन, Google Meet (लिंक नीचे है)</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Online, Google Meet (link to follow)</source>
        <translation>ऑनलाइन, Google Meet (लिंक बाद में भेजा जाएगा)</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Paid ({method})</source>
        <translation>भुगतान हुआ ({method})</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Reason: {reason}</source>
        <translation>कारण: {reason}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Receipt {number}</source>
        <translation>रसीद {number}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Reminder: {doctor}, {when}</source>
        <translation>याद दिलाना: {doctor}, {when}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>The Google Meet link will follow by e-mail.</source>
        <translation>Google Meet लिंक बाद में ई-मेल से आएगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/build.py"/>
        <source>The attachment {relative!r} is outside the records folder.</source>
        <translation>अटैचमेंट {relative!r} रिकॉर्ड फ़ोल्डर के बाहर है।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/build.py"/>
        <source>The attachment {relative} cannot be decrypted: {reason}</source>
        <translation>अटैचमेंट {relative} को डिक्रिप्ट नहीं किया जा सका: {reason}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/build.py"/>
        <source>The attachment {relative} could not be read: {value}.</source>
        <translation>अटैचमेंट {relative} पढ़ा नहीं जा सका: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/build.py"/>
        <source>The attachment {relative} is encrypted with the clinic key {key_id}, which is not on this computer.</source>
        <translation>अटैचमेंट {relative} क्लिनिक की कुंजी {key_id} से एन्क्रिप्ट है, जो इस कंप्यूटर पर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/build.py"/>
        <source>The attachment {relative} is missing from the records folder ({records_dir}).</source>
        <translation>अटैचमेंट {relative} रिकॉर्ड फ़ोल्डर ({records_dir}) में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>The medicines you take now (or a list of them)</source>
        <translation>अभी आप जो दवाएँ लेते हैं (या उनकी सूची)</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/build.py"/>
        <source>The records folder {records_dir} is not available.</source>
        <translation>रिकॉर्ड फ़ोल्डर {records_dir} उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/build.py"/>
        <source>The {what} address {address!r} is not a valid e-mail address.</source>
        <translation>{what} पता {address!r} सही ई-मेल पता नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Unpaid</source>
        <translation>भुगतान बाकी</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Video link for your consultation on {when}</source>
        <translation>{when} के आपके परामर्श का वीडियो लिंक</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your appointment has been moved</source>
        <translation>आपके अपॉइंटमेंट का समय बदल दिया गया है</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your appointment is cancelled</source>
        <translation>आपका अपॉइंटमेंट रद्द हो गया है</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your appointment is confirmed</source>
        <translation>आपका अपॉइंटमेंट पक्का हो गया है</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your receipt {number} from {clinic}</source>
        <translation>{clinic} से आपकी रसीद {number}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your video consultation link</source>
        <translation>आपके वीडियो परामर्श का लिंक</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>call us on {phone}</source>
        <translation>हमें {phone} पर फ़ोन करें</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>contact the clinic's front desk</source>
        <translation>क्लिनिक के फ़्रंट डेस्क से संपर्क करें</translation>
    </message>
</context>
<context>
    <name>mail_admin</name>
    <message>
        <location filename="../../medlink/services/mail_admin.py"/>
        <source>Enter an e-mail address.</source>
        <translation>ई-मेल पता लिखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/mail_admin.py"/>
        <source>The test e-mail was accepted by {server} for {address}.</source>
        <translation>टेस्ट ई-मेल {server} ने {address} के लिए स्वीकार कर लिया।</translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>(it can be regenerated)</source>
        <translation>(इसे फिर से बनाया जा सकता है)</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>Not enough free disk space to restore: the records need {value} MB, {value2} MB are free. Nothing was restored.</source>
        <translation>रीस्टोर के लिए डिस्क पर पर्याप्त जगह नहीं है: रिकॉर्ड को {value} MB चाहिए, {value2} MB ख़ाली हैं। कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The backup contains an unsafe path ({name!r}); nothing was restored.</source>
        <translation>बैकअप में एक असुरक्षित पाथ ({name!r}) है; कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The backup could not be written to {folder}: {value}.</source>
        <translation>बैकअप {folder} में नहीं लिखा जा सका: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The backup entry {value} expands beyond its stated size (a zip bomb?); nothing was restored.</source>
        <translation>बैकअप की प्रविष्टि {value} अपने बताए आकार से बड़ी खुलती है (ज़िप बम?); कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The backup entry {value} is larger than MedLink allows; nothing was restored.</source>
        <translation>बैकअप की प्रविष्टि {value} MedLink की सीमा से बड़ी है; कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The backup is damaged or was changed ({detail}); nothing was restored.</source>
        <translation>बैकअप ख़राब है या बदला गया है ({detail}); कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The backup is encrypted with another clinic key than the one it names: it was forged or changed; nothing was restored.</source>
        <translation>बैकअप उस क्लिनिक कुंजी से नहीं, किसी दूसरी कुंजी से एन्क्रिप्ट है जिसका वह नाम लेता है: यह नक़ली है या बदला गया है; कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The backup is larger than MedLink allows; nothing was restored.</source>
        <translation>बैकअप MedLink की सीमा से बड़ा है; कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The backup's schema revision differs from this MedLink's; restore it with the MedLink version that made it.</source>
        <translation>बैकअप का स्कीमा संशोधन इस MedLink से अलग है; इसे MedLink के उसी संस्करण से रीस्टोर करें जिसने इसे बनाया।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The disk became full during the restore; it was undone. Free some space and run it again.</source>
        <translation>रीस्टोर के दौरान डिस्क भर गई; उसे वापस ले लिया गया। कुछ जगह ख़ाली करें और फिर चलाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The disk is full: the backup could not be written to {folder} ({value} MB free). Free some space or choose another drive; nothing was changed.</source>
        <translation>डिस्क भर गई है: बैकअप {folder} में नहीं लिखा जा सका ({value} MB ख़ाली)। कुछ जगह ख़ाली करें या दूसरी ड्राइव चुनें; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The restore failed and was undone: {value}.</source>
        <translation>रीस्टोर विफल रहा और वापस ले लिया गया: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The target database is not empty. Restore into a new, empty database.</source>
        <translation>लक्ष्य डेटाबेस ख़ाली नहीं है। नए, ख़ाली डेटाबेस में रीस्टोर करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>The target records folder is not empty. Restore into a new, empty folder.</source>
        <translation>लक्ष्य रिकॉर्ड फ़ोल्डर ख़ाली नहीं है। नए, ख़ाली फ़ोल्डर में रीस्टोर करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>There is no file {path}.</source>
        <translation>{path} नाम की कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>This backup is encrypted with the clinic key {key_id}, which is not in this computer's keyring: it belongs to another clinic, or the clinic key must be imported first (`medlink key import RECOVERY-FILE`). Nothing was restored.</source>
        <translation>यह बैकअप क्लिनिक कुंजी {key_id} से एन्क्रिप्ट है, जो इस कंप्यूटर के कीरिंग में नहीं है: यह किसी दूसरे क्लिनिक का है, या पहले क्लिनिक कुंजी आयात करनी होगी (`medlink key import RECOVERY-FILE`)। कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>This backup was made by an incompatible MedLink version.</source>
        <translation>यह बैकअप MedLink के किसी असंगत संस्करण ने बनाया है।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>This backup was made by an older MedLink version, unencrypted and unsigned; it cannot be restored safely by this version.</source>
        <translation>यह बैकअप MedLink के पुराने संस्करण ने बिना एन्क्रिप्शन और बिना हस्ताक्षर के बनाया है; यह संस्करण इसे सुरक्षित रूप से रीस्टोर नहीं कर सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>left by an interrupted write</source>
        <translation>अधूरे रुके लेखन से बची</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>medical record #{id} has no file</source>
        <translation>मेडिकल रिकॉर्ड #{id} की कोई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>no record refers to this file</source>
        <translation>कोई रिकॉर्ड इस फ़ाइल का ज़िक्र नहीं करता</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>receipt or prescription PDF is missing (it can be regenerated)</source>
        <translation>रसीद या पर्चे की PDF नहीं है (इसे फिर से बनाया जा सकता है)</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>receipt or prescription left unencrypted by an older version (encrypted at the next start or by `medlink check --repair`)</source>
        <translation>पुराने संस्करण द्वारा बिना एन्क्रिप्शन के छोड़ी गई रसीद या पर्चा (अगली बार शुरू होने पर या `medlink check --repair` से एन्क्रिप्ट होगी)</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>the bill is issued but its receipt PDF is not written yet (written at the next start or by `medlink check --repair`)</source>
        <translation>बिल जारी हो चुका है, पर उसकी रसीद PDF अभी लिखी नहीं गई है (अगली बार शुरू होने पर या `medlink check --repair` से लिखी जाएगी)</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>{name} contains an entry MedLink did not write ({filename}; perhaps a zip bomb); nothing was restored.</source>
        <translation>{name} में एक प्रविष्टि है जो MedLink ने नहीं लिखी ({filename}; शायद ज़िप बम); कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>{name} is not a MedLink backup.</source>
        <translation>{name} MedLink का बैकअप नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>{name} is not a readable MedLink backup (it may be truncated or damaged); nothing was restored.</source>
        <translation>{name} पढ़ने योग्य MedLink बैकअप नहीं है (यह अधूरा या ख़राब हो सकता है); कुछ भी रीस्टोर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/maintenance.py"/>
        <source>{path} cannot be read: {value}.</source>
        <translation>{path} पढ़ी नहीं जा सकती: {value}।</translation>
    </message>
</context>
<context>
    <name>measurements</name>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>A reading you enter yourself is from home or the kiosk.</source>
        <translation>आपकी खुद दर्ज की गई रीडिंग घर या कियोस्क की मानी जाती है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>BMI is calculated from the weight and height.</source>
        <translation>BMI वज़न और लंबाई से निकाला जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Choose how often: every 1 to 366 days.</source>
        <translation>कितनी बार, यह चुनें: हर 1 से 366 दिन में।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Choose what was measured.</source>
        <translation>चुनें कि क्या मापा गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Enter when the reading was taken.</source>
        <translation>लिखें कि रीडिंग कब ली गई।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Flowsheet</source>
        <translation>फ़्लोशीट</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Only a doctor has a Needs attention list.</source>
        <translation>"ध्यान दें" सूची केवल डॉक्टर की होती है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Readings older than a year cannot be entered here; upload the record instead.</source>
        <translation>एक साल से पुरानी रीडिंग यहाँ दर्ज नहीं की जा सकती; उसकी जगह रिकॉर्ड अपलोड करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>That alert does not exist.</source>
        <translation>वह अलर्ट मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>That monitoring plan does not exist.</source>
        <translation>वह निगरानी योजना मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>The time of the reading cannot be in the future.</source>
        <translation>रीडिंग का समय भविष्य में नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>This alert was already acknowledged.</source>
        <translation>यह अलर्ट पहले ही देखा जा चुका है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>You can only change plans of your own patients.</source>
        <translation>आप केवल अपने मरीज़ों की योजनाएँ बदल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>You can only set a plan for a patient who has an appointment with you.</source>
        <translation>आप केवल उसी मरीज़ के लिए योजना बना सकते हैं जिसका आपके साथ अपॉइंटमेंट है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>usual {band}</source>
        <translation>सामान्य {band}</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <location filename="../../medlink/services/meetings.py"/>
        <source>A Google Meet link looks like https://meet.google.com/abc-defg-hij.</source>
        <translation>Google Meet लिंक ऐसा दिखता है: https://meet.google.com/abc-defg-hij।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/meetings.py"/>
        <source>That link is not in your list.</source>
        <translation>वह लिंक आपकी सूची में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/meetings.py"/>
        <source>This link is already in your list.</source>
        <translation>यह लिंक पहले से आपकी सूची में है।</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>Amounts must be exact, not float.</source>
        <translation>राशि सटीक होनी चाहिए, float नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>Paise must be a whole number.</source>
        <translation>पैसे एक पूर्ण संख्या होने चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} can have at most two decimal places (paise).</source>
        <translation>{label} में दशमलव के बाद अधिकतम दो अंक (पैसे) हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} cannot be negative.</source>
        <translation>{label} ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} is not a number.</source>
        <translation>{label} कोई संख्या नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} must be a finite number.</source>
        <translation>{label} एक सीमित संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} must be a number.</source>
        <translation>{label} एक संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} must be an exact amount, not {name__}.</source>
        <translation>{label} एक सटीक राशि होनी चाहिए, {name__} नहीं।</translation>
    </message>
</context>
<context>
    <name>numbering</name>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>'{fy_label}' is not a financial year label like '26-27'.</source>
        <translation>'{fy_label}' '26-27' जैसा वित्तीय वर्ष नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>'{number}' has a zero sequence number.</source>
        <translation>'{number}' की क्रम संख्या शून्य है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>'{number}' has an invalid prefix.</source>
        <translation>'{number}' का उपसर्ग अमान्य है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>'{number}' is not a receipt number like 'ML/26-27/000123'.</source>
        <translation>'{number}' 'ML/26-27/000123' जैसी रसीद संख्या नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>A receipt number may contain only ASCII characters.</source>
        <translation>रसीद संख्या में केवल ASCII अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>A receipt number may contain only letters, digits, '-' and '/'.</source>
        <translation>रसीद संख्या में केवल अक्षर, अंक, '-' और '/' हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>The receipt number '{number}' is longer than {MAX_RECEIPT_NUMBER_LENGTH} characters.</source>
        <translation>रसीद संख्या '{number}' {MAX_RECEIPT_NUMBER_LENGTH} अक्षरों से लंबी है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>The receipt number is empty.</source>
        <translation>रसीद संख्या खाली है।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>The receipt prefix may contain only letters, digits and '-'.</source>
        <translation>रसीद उपसर्ग में केवल अक्षर, अंक और '-' हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>The receipt sequence must be a positive whole number.</source>
        <translation>रसीद का क्रम एक धनात्मक पूर्ण संख्या होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>outbox_admin</name>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>A {status} e-mail cannot be cancelled.</source>
        <translation>{status} ई-मेल रद्द नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>A {status} e-mail cannot be retried.</source>
        <translation>{status} ई-मेल दोबारा नहीं भेजा जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>That e-mail is not in the outbox.</source>
        <translation>वह ई-मेल आउटबॉक्स में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>This e-mail is being sent right now and cannot be cancelled.</source>
        <translation>यह ई-मेल अभी भेजा जा रहा है और रद्द नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>This e-mail is being sent right now and cannot be retried.</source>
        <translation>यह ई-मेल अभी भेजा जा रहा है और दोबारा नहीं भेजा जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>This e-mail was already sent and cannot be cancelled.</source>
        <translation>यह ई-मेल पहले ही भेजा जा चुका है और रद्द नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>This e-mail was already sent and cannot be retried.</source>
        <translation>यह ई-मेल पहले ही भेजा जा चुका है और दोबारा नहीं भेजा जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>Unknown outbox status {value!r}.</source>
        <translation>अज्ञात आउटबॉक्स स्थिति {value!r}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>pending</source>
        <translation>बाक़ी</translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <location filename="../../medlink/security/passwords.py"/>
        <source>The password must be at least {MIN_PASSWORD_LENGTH} characters long.</source>
        <translation>पासवर्ड कम से कम {MIN_PASSWORD_LENGTH} अक्षरों का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/passwords.py"/>
        <source>The password must be at most {MAX_PASSWORD_LENGTH} characters long.</source>
        <translation>पासवर्ड अधिकतम {MAX_PASSWORD_LENGTH} अक्षरों का हो सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/passwords.py"/>
        <source>The password must not be your e-mail address.</source>
        <translation>पासवर्ड आपका ई-मेल पता नहीं होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/passwords.py"/>
        <source>This password is too common and easy to guess. Please choose another.</source>
        <translation>यह पासवर्ड बहुत आम है और आसानी से अनुमान लगाया जा सकता है। कृपया कोई दूसरा चुनें।</translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>Doctors cannot edit a patient's profile.</source>
        <translation>डॉक्टर मरीज़ की प्रोफ़ाइल नहीं बदल सकते।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>The sign-in e-mail address cannot be changed here; ask the front desk.</source>
        <translation>साइन-इन ई-मेल पता यहाँ नहीं बदला जा सकता; फ़्रंट डेस्क से कहें।</translation>
    </message>
</context>
<context>
    <name>pdf_safety</name>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>The PDF is damaged or incomplete and cannot be read.</source>
        <translation>PDF ख़राब या अधूरी है और पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>The PDF is too deeply nested to be checked.</source>
        <translation>PDF की बनावट जाँचने के लिए बहुत गहरी है।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>This PDF contains {what}, which MedLink does not accept for safety. Please print it to a new PDF or scan it, and upload that.</source>
        <translation>इस PDF में {what} है, जिसे MedLink सुरक्षा के कारण स्वीकार नहीं करता। कृपया इसे नई PDF में प्रिंट करें या स्कैन करें, और वह अपलोड करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>This PDF is protected by a password. Please upload a copy without a password.</source>
        <translation>यह PDF पासवर्ड से सुरक्षित है। कृपया बिना पासवर्ड वाली प्रति अपलोड करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>a form that imports data</source>
        <translation>डेटा आयात करने वाला फ़ॉर्म</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>a form that sends data</source>
        <translation>डेटा भेजने वाला फ़ॉर्म</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>a launch action</source>
        <translation>प्रोग्राम चलाने वाली क्रिया</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>a link to a file outside the PDF</source>
        <translation>PDF के बाहर की फ़ाइल का लिंक</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>a link to an embedded file</source>
        <translation>अंदर रखी फ़ाइल का लिंक</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>a media action</source>
        <translation>मीडिया क्रिया</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>a web address opened on start</source>
        <translation>खुलते ही खुलने वाला वेब पता</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>an XFA form</source>
        <translation>XFA फ़ॉर्म</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>an action run on opening</source>
        <translation>खुलते ही चलने वाली क्रिया</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>an automatic action</source>
        <translation>अपने-आप चलने वाली क्रिया</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>an embedded file</source>
        <translation>अंदर रखी फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/security/pdf_safety.py"/>
        <source>rich media</source>
        <translation>रिच मीडिया</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Only a clinician can {what}.</source>
        <translation>केवल चिकित्सक ही यह कर सकते हैं: {what}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Only a doctor can do that.</source>
        <translation>यह केवल डॉक्टर ही कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Only an administrator can {what}.</source>
        <translation>केवल व्यवस्थापक ही यह कर सकते हैं: {what}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Only clinic staff can {what}.</source>
        <translation>केवल क्लिनिक स्टाफ़ ही यह कर सकते हैं: {what}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Please choose a new password before you continue.</source>
        <translation>आगे बढ़ने से पहले कृपया नया पासवर्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>This request does not come from a signed-in account.</source>
        <translation>यह अनुरोध किसी साइन-इन किए हुए खाते से नहीं आया है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>This request does not match the signed-in account.</source>
        <translation>यह अनुरोध साइन-इन किए हुए खाते से मेल नहीं खाता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>You can only see patients who have an appointment with you.</source>
        <translation>आप केवल उन्हीं मरीज़ों को देख सकते हैं जिनका आपके साथ अपॉइंटमेंट है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>You can only see your own information.</source>
        <translation>आप केवल अपनी जानकारी देख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>You were signed out (on this or another workstation, or by an administrator). Please sign in again.</source>
        <translation>आप साइन आउट हो गए (इस या किसी दूसरे कंप्यूटर पर, या व्यवस्थापक द्वारा)। कृपया फिर से साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Your account has been deactivated. Please contact the clinic's front desk.</source>
        <translation>आपका खाता निष्क्रिय कर दिया गया है। कृपया क्लिनिक के फ़्रंट डेस्क से संपर्क करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Your account is suspended. Please contact the clinic.</source>
        <translation>आपका खाता निलंबित है। कृपया क्लिनिक से संपर्क करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Your account is suspended: {note}. Please contact the clinic.</source>
        <translation>आपका खाता निलंबित है: {note}। कृपया क्लिनिक से संपर्क करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Your account is verified.</source>
        <translation>आपका खाता सत्यापित है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Your account no longer exists.</source>
        <translation>आपका खाता अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Your registration is waiting for verification by the clinic's administrator. You can practise in MedLink once your credentials are verified.</source>
        <translation>आपका पंजीकरण क्लिनिक के एडमिनिस्ट्रेटर के सत्यापन की प्रतीक्षा में है। आपकी योग्यताएँ सत्यापित होते ही आप MedLink में प्रैक्टिस कर सकेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Your registration was not approved.</source>
        <translation>आपका पंजीकरण स्वीकृत नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Your registration was not approved: {note}</source>
        <translation>आपका पंजीकरण स्वीकृत नहीं हुआ: {note}</translation>
    </message>
</context>
<context>
    <name>prescriptions</name>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>A prescription can have at most {MAX_ITEMS} medicines.</source>
        <translation>एक पर्चे में अधिकतम {MAX_ITEMS} दवाएँ हो सकती हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Add at least one medicine, lab test or piece of advice.</source>
        <translation>कम से कम एक दवा, लैब जाँच या सलाह जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>At most {MAX_LAB_TESTS} lab tests can be advised at once.</source>
        <translation>एक बार में अधिकतम {MAX_LAB_TESTS} लैब जाँचें सुझाई जा सकती हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Enter the follow-up date.</source>
        <translation>फ़ॉलो-अप की तारीख लिखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Line {value}: enter the medicine's name.</source>
        <translation>पंक्ति {value}: दवा का नाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Only the appointment's doctor can write its prescription.</source>
        <translation>केवल इस अपॉइंटमेंट के डॉक्टर ही इसका पर्चा लिख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Prescription {number}</source>
        <translation>पर्चा {number}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Say in a sentence why the medicine is safe for this patient (at least 10 characters).</source>
        <translation>एक वाक्य में बताएँ कि यह दवा इस मरीज़ के लिए सुरक्षित क्यों है (कम से कम 10 अक्षर)।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>That appointment does not exist.</source>
        <translation>वह अपॉइंटमेंट मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>That prescription does not exist.</source>
        <translation>वह पर्चा मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>The follow-up date must be after the consultation.</source>
        <translation>फ़ॉलो-अप की तारीख परामर्श के बाद की होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>The prescription could not be saved in the records folder: {value}.</source>
        <translation>पर्चा रिकॉर्ड फ़ोल्डर में सहेजा नहीं जा सका: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>This appointment was {replace}; no prescription can be written for it.</source>
        <translation>यह अपॉइंटमेंट {replace} था; इसके लिए पर्चा नहीं लिखा जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Type why you prescribe this medicine despite the allergy, or change the prescription.</source>
        <translation>लिखें कि एलर्जी के बावजूद आप यह दवा क्यों दे रहे हैं, या पर्चा बदलें।</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../medlink/services/printing.py"/>
        <source>Choose A4, A5 or the 80 mm roll.</source>
        <translation>A4, A5 या 80 mm रोल चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/printing.py"/>
        <source>That appointment does not exist.</source>
        <translation>वह अपॉइंटमेंट मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/printing.py"/>
        <source>This document cannot be printed on that paper.</source>
        <translation>यह दस्तावेज़ उस कागज़ पर नहीं छापा जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/printing.py"/>
        <source>This prescription has no lab tests to order.</source>
        <translation>इस पर्चे में ऑर्डर करने के लिए कोई लैब जाँच नहीं है।</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Choose one of this patient's own appointments (or none).</source>
        <translation>इस मरीज़ का अपना कोई अपॉइंटमेंट चुनें (या कोई नहीं)।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Choose the kind of record.</source>
        <translation>रिकॉर्ड का प्रकार चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Could not save the file in the records folder: {value}.</source>
        <translation>फ़ाइल रिकॉर्ड फ़ोल्डर में सहेजी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Discharge summary</source>
        <translation>डिस्चार्ज सारांश</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Doctors cannot delete a patient's records.</source>
        <translation>डॉक्टर मरीज़ के रिकॉर्ड नहीं हटा सकते।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Enter the date of the record.</source>
        <translation>रिकॉर्ड की तारीख लिखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Imaging</source>
        <translation>इमेजिंग (एक्स-रे, स्कैन)</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Lab report</source>
        <translation>लैब रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Only PDF, JPEG and PNG files can be uploaded.</source>
        <translation>केवल PDF, JPEG और PNG फ़ाइलें अपलोड की जा सकती हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Prescription</source>
        <translation>पर्चा</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>That record does not exist.</source>
        <translation>वह रिकॉर्ड मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The PDF is incomplete (it may have been cut off while copying).</source>
        <translation>PDF अधूरी है (शायद कॉपी करते समय कट गई)।</translation>
    </message>
    <message>
        <source>The copy could not be saved to {target}: {value}.</source>
        <translation type="vanished">कॉपी {target} में सहेजी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The file could not be read: {value}.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The file is empty.</source>
        <translation>फ़ाइल खाली है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The file is larger than the limit of {value} MB.</source>
        <translation>फ़ाइल {value} MB की सीमा से बड़ी है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The image is damaged or incomplete and cannot be read.</source>
        <translation>चित्र खराब या अधूरा है और पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The image is too large (too many pixels).</source>
        <translation>चित्र बहुत बड़ा है (बहुत अधिक पिक्सेल)।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The image's content does not match its type.</source>
        <translation>चित्र की सामग्री उसके प्रकार से मेल नहीं खाती।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The record's date cannot be in the future.</source>
        <translation>रिकॉर्ड की तारीख भविष्य में नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The stored file does not match the record (checksum mismatch).</source>
        <translation>सहेजी गई फ़ाइल रिकॉर्ड से मेल नहीं खाती (checksum मेल नहीं खाता)।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>This file is already in the records (as “{duplicate}”).</source>
        <translation>यह फ़ाइल पहले से रिकॉर्ड में है (“{duplicate}” के रूप में)।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>This is a folder, not a file.</source>
        <translation>यह फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>This is not a regular file.</source>
        <translation>यह सामान्य फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>You can only delete files you uploaded yourself.</source>
        <translation>आप केवल वही फ़ाइलें हटा सकते हैं जो आपने खुद अपलोड की थीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>You can only upload to your own records and your family members'.</source>
        <translation>आप केवल अपने और अपने परिवार के सदस्यों के रिकॉर्ड में अपलोड कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>records_crypto</name>
    <message>
        <location filename="../../medlink/security/records_crypto.py"/>
        <source>Could not encrypt {name} in the records folder: {value}.</source>
        <translation>रिकॉर्ड फ़ोल्डर में {name} को एन्क्रिप्ट नहीं किया जा सका: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/records_crypto.py"/>
        <source>Could not save the file in the records folder: {value}.</source>
        <translation>फ़ाइल रिकॉर्ड फ़ोल्डर में सहेजी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/records_crypto.py"/>
        <source>The file of this record cannot be read: {value}.</source>
        <translation>इस रिकॉर्ड की फ़ाइल पढ़ी नहीं जा सकती: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/records_crypto.py"/>
        <source>The file of this record is missing from the records folder ({name}).</source>
        <translation>इस रिकॉर्ड की फ़ाइल रिकॉर्ड फ़ोल्डर में नहीं है ({name})।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/records_crypto.py"/>
        <source>The file was encrypted with another clinic key (key {hex}), not this clinic's key ({key_id_of}).</source>
        <translation>फ़ाइल किसी दूसरी क्लिनिक कुंजी (कुंजी {hex}) से एन्क्रिप्ट है, इस क्लिनिक की कुंजी ({key_id_of}) से नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/records_crypto.py"/>
        <source>The stored file failed its integrity check: it was changed, damaged or belongs to another record.</source>
        <translation>सहेजी गई फ़ाइल अखंडता जाँच में विफल रही: यह बदली गई है, ख़राब है या किसी दूसरे रिकॉर्ड की है।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/records_crypto.py"/>
        <source>The stored file is damaged (too short).</source>
        <translation>सहेजी गई फ़ाइल ख़राब है (बहुत छोटी)।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/records_crypto.py"/>
        <source>The stored file is not a MedLink encrypted file.</source>
        <translation>सहेजी गई फ़ाइल MedLink की एन्क्रिप्टेड फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/records_crypto.py"/>
        <source>The stored file is not a MedLink encrypted record.</source>
        <translation>सहेजी गई फ़ाइल MedLink का एन्क्रिप्टेड रिकॉर्ड नहीं है।</translation>
    </message>
</context>
<context>
    <name>scheduling</name>
    <message>
        <location filename="../../medlink/scheduling.py"/>
        <source>Weekday must be Monday to Sunday.</source>
        <translation>सप्ताह का दिन सोमवार से रविवार के बीच होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/scheduling.py"/>
        <source>{day}: the end time must be after the start time.</source>
        <translation>{day}: समाप्ति का समय शुरू के समय के बाद होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/scheduling.py"/>
        <source>{day}: the working hours overlap.</source>
        <translation>{day}: काम के घंटे आपस में टकरा रहे हैं।</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>Install and unlock a system keyring (on Debian/Ubuntu: `sudo apt install gnome-keyring` and sign in to a desktop session; KDE uses KWallet; Windows and macOS have one built in). For an account without a desktop keyring, such as a kiosk, use a passphrase-protected key file instead (see docs/security.md, “Accounts without a keyring”).</source>
        <translation>एक सिस्टम कीरिंग इंस्टॉल करें और खोलें (Debian/Ubuntu पर: `sudo apt install gnome-keyring` और डेस्कटॉप सत्र में साइन इन करें; KDE में KWallet है; Windows और macOS में यह पहले से होता है)। जिस खाते में डेस्कटॉप कीरिंग नहीं है, जैसे कियोस्क, उसमें पासफ़्रेज़ से सुरक्षित कुंजी फ़ाइल का उपयोग करें (देखें docs/security.md, “Accounts without a keyring”)।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>MEDLINK_KEY_FILE is set but no passphrase was given: set MEDLINK_KEY_FILE_PASSPHRASE for this account or start MedLink from a terminal.</source>
        <translation>MEDLINK_KEY_FILE सेट है पर कोई पासफ़्रेज़ नहीं दिया गया: इस खाते के लिए MEDLINK_KEY_FILE_PASSPHRASE सेट करें या MedLink को टर्मिनल से शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>No system keyring is available on this computer.</source>
        <translation>इस कंप्यूटर पर कोई सिस्टम कीरिंग उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>The clinic key is not loaded: open the clinic's database first.</source>
        <translation>क्लिनिक कुंजी लोड नहीं है: पहले क्लिनिक का डेटाबेस खोलें।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>The keyring in use ({name}) does not keep secrets after MedLink closes.</source>
        <translation>इस्तेमाल हो रहा कीरिंग ({name}) MedLink बंद होने के बाद गुप्त जानकारी नहीं रखता।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>The system keyring cannot be read ({name}).</source>
        <translation>सिस्टम कीरिंग पढ़ा नहीं जा सकता ({name})।</translation>
    </message>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>The system keyring could not be read ({name}). {KEYRING_HELP}</source>
        <translation>सिस्टम कीरिंग पढ़ा नहीं जा सका ({name})। {KEYRING_HELP}</translation>
    </message>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>The system keyring did not keep the secret. {KEYRING_HELP}</source>
        <translation>सिस्टम कीरिंग ने गुप्त जानकारी नहीं रखी। {KEYRING_HELP}</translation>
    </message>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>The system keyring refused to store the secret ({name}). {KEYRING_HELP}</source>
        <translation>सिस्टम कीरिंग ने गुप्त जानकारी रखने से मना किया ({name})। {KEYRING_HELP}</translation>
    </message>
    <message>
        <location filename="../../medlink/security/secrets.py"/>
        <source>{problem} MedLink keeps the clinic key and passwords in it and refuses to run without one, so that nothing is lost at the next start. {KEYRING_HELP}</source>
        <translation>{problem} MedLink क्लिनिक कुंजी और पासवर्ड इसी में रखता है और इसके बिना नहीं चलता, ताकि अगली बार शुरू होने पर कुछ न खोए। {KEYRING_HELP}</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>At the clinic.</source>
        <translation>क्लिनिक में।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Consent is recorded for online consultations only.</source>
        <translation>सहमति केवल ऑनलाइन परामर्श के लिए दर्ज की जाती है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Online consultation. Join: {link}</source>
        <translation>ऑनलाइन परामर्श। जुड़ें: {link}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Online consultation. The video link will follow.</source>
        <translation>ऑनलाइन परामर्श। वीडियो लिंक बाद में भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Only the patient or the front desk can record consent.</source>
        <translation>सहमति केवल मरीज़ या फ़्रंट डेस्क दर्ज कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Patient: {name}</source>
        <translation>मरीज़: {name}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>That appointment does not exist.</source>
        <translation>वह अपॉइंटमेंट मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>The last day must not be before the first day.</source>
        <translation>अंतिम दिन पहले दिन से पहले नहीं होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>When: {when}</source>
        <translation>कब: {when}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Where: {address}</source>
        <translation>कहाँ: {address}</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>You cannot share this appointment.</source>
        <translation>आप यह अपॉइंटमेंट साझा नहीं कर सकते।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>{clinic}: appointment with {doctor} ({speciality}, Reg. No. {number})</source>
        <translation>{clinic}: {doctor} ({speciality}, पंजीकरण सं. {number}) के साथ अपॉइंटमेंट</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>An unencrypted connection is only allowed to a mail relay on this computer (localhost). Choose SSL/TLS (port 465) or STARTTLS (port 587).</source>
        <translation>बिना एन्क्रिप्शन का कनेक्शन केवल इसी कंप्यूटर (localhost) के मेल रिले से ही हो सकता है। SSL/TLS (पोर्ट 465) या STARTTLS (पोर्ट 587) चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>Choose SSL/TLS, STARTTLS or none.</source>
        <translation>SSL/TLS, STARTTLS या कोई नहीं चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>Could not reach the mail server {server}: {os_reason}.</source>
        <translation>मेल सर्वर {server} तक नहीं पहुँच सके: {os_reason}।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>Enter the SMTP host and user name before the password.</source>
        <translation>पासवर्ड से पहले SMTP होस्ट और यूज़र नाम दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>Enter the address the clinic's e-mails come from.</source>
        <translation>वह पता दर्ज करें जिससे क्लिनिक के ई-मेल जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>Enter the mail server's host name, e.g. smtp.gmail.com.</source>
        <translation>मेल सर्वर का होस्ट नाम दर्ज करें, जैसे smtp.gmail.com।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>No SMTP password for {username} on {host} is stored in this computer's keyring. Enter it under Settings → E-mail.</source>
        <translation>{host} पर {username} का SMTP पासवर्ड इस कंप्यूटर के कीरिंग में नहीं है। इसे सेटिंग्स → ई-मेल में दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>No mail server is set up yet. An administrator enters it under Settings → E-mail.</source>
        <translation>अभी कोई मेल सर्वर सेट नहीं है। एडमिनिस्ट्रेटर इसे सेटिंग्स → ई-मेल में दर्ज करते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>Sending through {server} failed: {exc!r}</source>
        <translation>{server} से भेजना विफल रहा: {exc!r}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The CA certificate file {ca_file!r} could not be read: {os_reason}.</source>
        <translation>CA सर्टिफ़िकेट फ़ाइल {ca_file!r} पढ़ी नहीं जा सकी: {os_reason}।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The SMTP port must be between 1 and 65535.</source>
        <translation>SMTP पोर्ट 1 और 65535 के बीच होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The certificate of the mail server {server} could not be verified: {value}. If the server uses the clinic's own certificate authority, set its CA file in Settings → E-mail.</source>
        <translation>मेल सर्वर {server} का सर्टिफ़िकेट सत्यापित नहीं हो सका: {value}। अगर सर्वर क्लिनिक की अपनी सर्टिफ़िकेट अथॉरिटी इस्तेमाल करता है, तो उसकी CA फ़ाइल सेटिंग्स → ई-मेल में सेट करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server did not accept the recipient for now — {text}</source>
        <translation>मेल सर्वर ने अभी प्राप्तकर्ता स्वीकार नहीं किया — {text}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server is not accepting mail right now: {reply}</source>
        <translation>मेल सर्वर अभी मेल स्वीकार नहीं कर रहा: {reply}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server refused the message: {reply}</source>
        <translation>मेल सर्वर ने संदेश लेने से मना कर दिया: {reply}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server refused the recipient — {text}</source>
        <translation>मेल सर्वर ने प्राप्तकर्ता को मना कर दिया — {text}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server refused the sender address {sender!r}: {reply}</source>
        <translation>मेल सर्वर ने भेजने वाले का पता {sender!r} मना कर दिया: {reply}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server refused the user name or password: {reply_text}</source>
        <translation>मेल सर्वर ने यूज़र नाम या पासवर्ड मना कर दिया: {reply_text}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server settings are incomplete: {message}</source>
        <translation>मेल सर्वर की सेटिंग्स अधूरी हैं: {message}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server_label} does not offer STARTTLS. Choose SSL/TLS (usually port 465) or check the port.</source>
        <translation>मेल सर्वर {server_label} STARTTLS नहीं देता। SSL/TLS चुनें (आमतौर पर पोर्ट 465) या पोर्ट जाँचें।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} asked to try again later: {reply}</source>
        <translation>मेल सर्वर {server} ने बाद में फिर कोशिश करने को कहा: {reply}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} cannot carry this message: {exc}</source>
        <translation>मेल सर्वर {server} यह संदेश नहीं भेज सकता: {exc}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} closed the connection unexpectedly: {exc}</source>
        <translation>मेल सर्वर {server} ने अचानक कनेक्शन बंद कर दिया: {exc}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} did not answer in time.</source>
        <translation>मेल सर्वर {server} ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} does not accept a sign-in on this connection (it may require encryption).</source>
        <translation>मेल सर्वर {server} इस कनेक्शन पर साइन-इन स्वीकार नहीं करता (शायद एन्क्रिप्शन ज़रूरी है)।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} does not accept a sign-in on this connection.</source>
        <translation>मेल सर्वर {server} इस कनेक्शन पर साइन-इन स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} does not support a required feature: {exc}</source>
        <translation>मेल सर्वर {server} एक ज़रूरी सुविधा नहीं देता: {exc}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} refused the connection (is it running?).</source>
        <translation>मेल सर्वर {server} ने कनेक्शन मना कर दिया (क्या वह चल रहा है?)।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} refused the connection: {reply}</source>
        <translation>मेल सर्वर {server} ने कनेक्शन मना कर दिया: {reply}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server {server} reported a problem: {exc}</source>
        <translation>मेल सर्वर {server} ने एक समस्या बताई: {exc}</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The mail server's name {host!r} could not be looked up (no internet connection, or a typing mistake).</source>
        <translation>मेल सर्वर का नाम {host!r} खोजा नहीं जा सका (इंटरनेट कनेक्शन नहीं है, या टाइप करने में ग़लती है)।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The password is empty.</source>
        <translation>पासवर्ड ख़ाली है।</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/smtp.py"/>
        <source>The secure connection to {server} failed: {value}. Check that the security mode matches the port (SSL/TLS is usually 465, STARTTLS 587).</source>
        <translation>{server} से सुरक्षित कनेक्शन विफल रहा: {value}। जाँचें कि सुरक्षा मोड पोर्ट से मेल खाता है (SSL/TLS आमतौर पर 465, STARTTLS 587)।</translation>
    </message>
</context>
<context>
    <name>tokens</name>
    <message>
        <location filename="../../medlink/services/tokens.py"/>
        <source>Nobody is waiting for this doctor.</source>
        <translation>इस डॉक्टर के लिए कोई प्रतीक्षा नहीं कर रहा है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/tokens.py"/>
        <source>That appointment has no token; check the patient in first.</source>
        <translation>उस अपॉइंटमेंट का कोई टोकन नहीं है; पहले मरीज़ का चेक-इन करें।</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>A GSTIN has 15 characters: the state code, the PAN, the entity number, Z and a check digit, like 29AABFM1234K1ZC.</source>
        <translation>GSTIN में 15 अक्षर होते हैं: राज्य कोड, PAN, इकाई संख्या, Z और एक जाँच अंक, जैसे 29AABFM1234K1ZC।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Date of birth cannot be in the future.</source>
        <translation>जन्म तिथि भविष्य में नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Date of birth is required.</source>
        <translation>जन्म तिथि आवश्यक है।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Enter a valid e-mail address, like name@example.com ({exc})</source>
        <translation>सही ई-मेल पता लिखें, जैसे name@example.com ({exc})</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>MedLink is not available in that language yet.</source>
        <translation>MedLink अभी उस भाषा में उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Please check the year of birth.</source>
        <translation>कृपया जन्म का वर्ष जाँचें।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>This GSTIN is registered in {code_state} (code {number}), but the clinic's state is {state}.</source>
        <translation>यह GSTIN {code_state} (कोड {number}) में पंजीकृत है, लेकिन क्लिनिक का राज्य {state} है।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>This GSTIN's last character (the check digit) does not match: please check it against the registration certificate.</source>
        <translation>इस GSTIN का आख़िरी अक्षर (जाँच अंक) मेल नहीं खाता: कृपया इसे पंजीकरण प्रमाणपत्र से मिलाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} can have at most two decimal places (paise).</source>
        <translation>{label} में दशमलव के बाद अधिकतम दो अंक (पैसे) हो सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} cannot be negative.</source>
        <translation>{label} ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} is required (day-month-year, e.g. 15-08-1985).</source>
        <translation>{label} आवश्यक है (दिन-महीना-वर्ष, जैसे 15-08-1985)।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} is required.</source>
        <translation>{label} आवश्यक है।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} is too large.</source>
        <translation>{label} बहुत बड़ा है।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be a mobile number (e.g. 98765 43210), a landline with its STD code (e.g. 022 2345 6789) or an international number starting with +.</source>
        <translation>{label} मोबाइल नंबर (जैसे 98765 43210), STD कोड के साथ लैंडलाइन (जैसे 022 2345 6789) या + से शुरू होने वाला अंतरराष्ट्रीय नंबर होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be an amount like 500 or 499.50.</source>
        <translation>{label} 500 या 499.50 जैसी राशि होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be at most {max_length} characters.</source>
        <translation>{label} अधिकतम {max_length} अक्षरों का हो सकता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be given exactly (not as a floating-point number).</source>
        <translation>{label} सटीक रूप में दें (दशमलव फ़्लोटिंग-पॉइंट संख्या के रूप में नहीं)।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be one of: {items}.</source>
        <translation>{label} इनमें से एक होना चाहिए: {items}।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be text.</source>
        <translation>{label} पाठ होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must contain letters.</source>
        <translation>{label} में अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label}: type day-month-year, e.g. 15-08-1985.</source>
        <translation>{label}: दिन-महीना-वर्ष लिखें, जैसे 15-08-1985।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label}: {text} is not a date in the calendar.</source>
        <translation>{label}: {text} कैलेंडर की कोई तारीख नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{number} is not a GST state code.</source>
        <translation>{number} कोई GST राज्य कोड नहीं है।</translation>
    </message>
</context>
<context>
    <name>vitals</name>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>A lower (diastolic) pressure of {diastolic} mmHg is not possible: it must be between {low2:.0f} and {high2:.0f}. Please check the reading.</source>
        <translation>{diastolic} mmHg का निचला (डायस्टोलिक) दबाव संभव नहीं है: यह {low2:.0f} और {high2:.0f} के बीच होना चाहिए। कृपया रीडिंग जाँचें।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>A target of {v:g} {unit} is not possible for {lower}: use a value between {pmin:g} and {pmax:g}.</source>
        <translation>{lower} के लिए {v:g} {unit} का लक्ष्य संभव नहीं है: {pmin:g} और {pmax:g} के बीच का मान लें।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>An upper (systolic) pressure of {systolic} mmHg is not possible: it must be between {low:.0f} and {high:.0f}. Please check the reading.</source>
        <translation>{systolic} mmHg का ऊपरी (सिस्टोलिक) दबाव संभव नहीं है: यह {low:.0f} और {high:.0f} के बीच होना चाहिए। कृपया रीडिंग जाँचें।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Blood glucose, after a meal</source>
        <translation>ब्लड शुगर, खाने के बाद</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Blood glucose, fasting</source>
        <translation>ब्लड शुगर, खाली पेट</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Blood glucose, random</source>
        <translation>ब्लड शुगर, कभी भी</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Blood pressure</source>
        <translation>ब्लड प्रेशर</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Choose what was measured.</source>
        <translation>चुनें कि क्या मापा गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Drink water and contact your doctor today. If you are vomiting, breathless, very drowsy or confused, {call}.</source>
        <translation>पानी पिएँ और आज ही अपने डॉक्टर से संपर्क करें। अगर उल्टी हो रही है, साँस फूल रही है, बहुत नींद आ रही है या उलझन है, तो {call}।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Eat or drink 15 g of fast sugar now: 3 teaspoons of sugar or glucose in water, or half a glass of fruit juice. Measure again after 15 minutes and repeat if still below 70. If you feel drowsy or confused, or cannot swallow, {call}. Do not drive.</source>
        <translation>अभी 15 ग्राम जल्दी असर करने वाली शक्कर लें: पानी में 3 चम्मच चीनी या ग्लूकोज़, या आधा गिलास फलों का रस। 15 मिनट बाद फिर नापें और अगर अब भी 70 से कम हो तो दोहराएँ। अगर नींद या उलझन लगे, या निगल न सकें, तो {call}। गाड़ी न चलाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Enter the blood pressure as two numbers, upper/lower, e.g. 120/80.</source>
        <translation>ब्लड प्रेशर दो संख्याओं में लिखें, ऊपरी/निचला, जैसे 120/80।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Enter the {lower}, e.g. {example}.</source>
        <translation>{lower} लिखें, जैसे {example}।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Enter the {what} as a number, e.g. {spec_example}.</source>
        <translation>{what} संख्या में लिखें, जैसे {spec_example}।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Enter the {what} as a number.</source>
        <translation>{what} संख्या में लिखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Get warm with blankets and warm drinks. If you are confused or very drowsy, {call}.</source>
        <translation>कंबल और गरम पेय से शरीर गरम करें। अगर उलझन हो या बहुत नींद आ रही हो, तो {call}।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Height</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Pulse</source>
        <translation>नब्ज़</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Sit down, rest for 5 minutes and count again. If it stays like this, or you feel faint, breathless or have chest pain, {call}.</source>
        <translation>बैठ जाएँ, 5 मिनट आराम करें और फिर गिनें। अगर ऐसा ही रहे, या चक्कर आए, साँस फूले या सीने में दर्द हो, तो {call}।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Sit down, rest for 5 minutes and measure again. If it is still this high, or you have chest pain, breathlessness, a severe headache, weakness or numbness, trouble seeing or speaking, {call}. Do not drive yourself.</source>
        <translation>बैठ जाएँ, 5 मिनट आराम करें और फिर नापें। अगर यह अब भी इतना ज़्यादा है, या सीने में दर्द, साँस फूलना, तेज़ सिरदर्द, कमज़ोरी या सुन्नपन, देखने या बोलने में दिक़्क़त हो, तो {call}। ख़ुद गाड़ी न चलाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Sit upright, warm your hands and measure again. If it stays below 90, or you are breathless, have chest pain, blue lips or confusion, {call}.</source>
        <translation>सीधे बैठें, हाथ गरम करें और फिर नापें। अगर यह 90 से कम रहे, या साँस फूले, सीने में दर्द हो, होंठ नीले हों या उलझन हो, तो {call}।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>SpO₂ (oxygen saturation)</source>
        <translation>SpO₂ (ऑक्सीजन स्तर)</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Take paracetamol if your doctor allows it, drink fluids and sponge with lukewarm water. If there is confusion, a fit, a stiff neck, a rash or difficulty breathing, {call}.</source>
        <translation>अगर डॉक्टर ने अनुमति दी हो तो पैरासिटामोल लें, तरल पदार्थ पिएँ और गुनगुने पानी से स्पंज करें। अगर उलझन, दौरा, गर्दन में अकड़न, चकत्ते या साँस लेने में दिक़्क़त हो, तो {call}।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>The upper (systolic) number must be higher than the lower (diastolic) one, e.g. 120/80.</source>
        <translation>ऊपरी (सिस्टोलिक) संख्या निचली (डायस्टोलिक) से अधिक होनी चाहिए, जैसे 120/80।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>The upper end of the target must be above the lower end.</source>
        <translation>लक्ष्य का ऊपरी छोर निचले छोर से ऊपर होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Your blood pressure is dangerously high.</source>
        <translation>आपका ब्लड प्रेशर ख़तरनाक रूप से ज़्यादा है।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Your blood sugar is dangerously low.</source>
        <translation>आपकी ब्लड शुगर ख़तरनाक रूप से कम है।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Your blood sugar is very high.</source>
        <translation>आपकी ब्लड शुगर बहुत ज़्यादा है।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Your oxygen level is dangerously low.</source>
        <translation>आपका ऑक्सीजन स्तर ख़तरनाक रूप से कम है।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Your pulse is far outside the normal range.</source>
        <translation>आपकी नब्ज़ सामान्य सीमा से बहुत बाहर है।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Your temperature is dangerously low.</source>
        <translation>आपका तापमान ख़तरनाक रूप से कम है।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Your temperature is very high.</source>
        <translation>आपका तापमान बहुत ज़्यादा है।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>call 112 or 108 now</source>
        <translation>अभी 112 या 108 पर कॉल करें</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>{label} is entered in {items}.</source>
        <translation>{label} {items} में दर्ज किया जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>{label} of {shown} is not possible: it must be between {fmt} and {fmt2} {unit}. Please check the reading.</source>
        <translation>{label} का {shown} होना संभव नहीं है: यह {fmt} और {fmt2} {unit} के बीच होना चाहिए। कृपया रीडिंग जाँचें।</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../medlink/receipts/words.py"/>
        <source>Only whole, non-negative numbers can be written in words.</source>
        <translation>केवल पूरी, शून्य या उससे बड़ी संख्याएँ शब्दों में लिखी जा सकती हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/words.py"/>
        <source>The amount is too large to write in words.</source>
        <translation>राशि शब्दों में लिखने के लिए बहुत बड़ी है।</translation>
    </message>
</context>
</TS>
