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
        <source>Too many wrong passwords: this account is locked for 15 minutes. The front desk can unlock it sooner.</source>
        <translation>बहुत बार गलत पासवर्ड: यह खाता 15 मिनट के लिए बंद है। फ़्रंट डेस्क इसे पहले भी खोल सकता है।</translation>
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
        <source>Please ask your doctor to remove an allergy from your record.</source>
        <translation>रिकॉर्ड से एलर्जी हटाने के लिए कृपया अपने डॉक्टर से कहें।</translation>
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
        <source>Advice</source>
        <translation>सलाह</translation>
    </message>
    <message>
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
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Complaints</source>
        <translation>शिकायतें</translation>
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
        <location filename="../../medlink/receipts/pdf.py"/>
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
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>No medicines prescribed.</source>
        <translation>कोई दवा नहीं लिखी गई।</translation>
    </message>
    <message>
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
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
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
        <source>Place of supply</source>
        <translation>आपूर्ति का स्थान</translation>
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
        <source>Prescription no.</source>
        <translation>पर्चा सं.</translation>
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
        <source>Receipt no.</source>
        <translation>रसीद सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Reg. No. {number}</source>
        <translation>पंजीकरण सं. {number}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Round off</source>
        <translation>पूर्णांकन</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>State: {state}</source>
        <translation>राज्य: {state}</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Sub-total</source>
        <translation>उप-योग</translation>
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
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
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
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>via {method}</source>
        <translation>{method} से</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>{age} y</source>
        <translation>{age} वर्ष</translation>
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
        <source>The medicines you take now (or a list of them)</source>
        <translation>अभी आप जो दवाएँ लेते हैं (या उनकी सूची)</translation>
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
        <source>That e-mail is not in the outbox.</source>
        <translation>वह ई-मेल आउटबॉक्स में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>Unknown outbox status {value!r}.</source>
        <translation>अज्ञात आउटबॉक्स स्थिति {value!r}।</translation>
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
        <source>Your account no longer exists.</source>
        <translation>आपका खाता अब मौजूद नहीं है।</translation>
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
        <source>Only PDF, JPEG and PNG files can be uploaded.</source>
        <translation>केवल PDF, JPEG और PNG फ़ाइलें अपलोड की जा सकती हैं।</translation>
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
        <location filename="../../medlink/services/records.py"/>
        <source>The copy could not be saved to {target}: {value}.</source>
        <translation>कॉपी {target} में सहेजी नहीं जा सकी: {value}।</translation>
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
    <name>sharing</name>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Consent is recorded for online consultations only.</source>
        <translation>सहमति केवल ऑनलाइन परामर्श के लिए दर्ज की जाती है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Only the patient or the front desk can record consent.</source>
        <translation>सहमति केवल मरीज़ या फ़्रंट डेस्क दर्ज कर सकते हैं।</translation>
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
        <source>You cannot share this appointment.</source>
        <translation>आप यह अपॉइंटमेंट साझा नहीं कर सकते।</translation>
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
        <source>Choose what was measured.</source>
        <translation>चुनें कि क्या मापा गया।</translation>
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
        <source>{label} is entered in {items}.</source>
        <translation>{label} {items} में दर्ज किया जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>{label} of {shown} is not possible: it must be between {fmt} and {fmt2} {unit}. Please check the reading.</source>
        <translation>{label} का {shown} होना संभव नहीं है: यह {fmt} और {fmt2} {unit} के बीच होना चाहिए। कृपया रीडिंग जाँचें।</translation>
    </message>
</context>
</TS>
