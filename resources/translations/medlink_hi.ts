<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>&lt;h2&gt;MedLink {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;MedLink {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>About MedLink</source>
        <translation>MedLink के बारे में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Configuration file</source>
        <translation>कॉन्फ़िगरेशन फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Data folder</source>
        <translation>डेटा फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Folders</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Logs</source>
        <translation>लॉग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Machine-wide configuration</source>
        <translation>पूरे कंप्यूटर का कॉन्फ़िगरेशन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Package</source>
        <translation>पैकेज</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Records folder</source>
        <translation>रिकॉर्ड फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>The NOTICE file is missing from this installation.</source>
        <translation>इस इंस्टॉलेशन में NOTICE फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>The offline desktop application that runs a small clinic. Free software under the %1.</source>
        <translation>छोटे क्लिनिक को चलाने वाला ऑफ़लाइन डेस्कटॉप एप्लिकेशन। %1 के अंतर्गत मुक्त सॉफ़्टवेयर।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Third-party licences</source>
        <translation>अन्य पक्षों के लाइसेंस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Window settings</source>
        <translation>विंडो सेटिंग्स</translation>
    </message>
</context>
<context>
    <name>AddFamilyMemberDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Date of birth</source>
        <translation>जन्म तिथि (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Full name</source>
        <translation>पूरा नाम (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Gender</source>
        <translation>लिंग (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Relationship to you</source>
        <translation>आपसे संबंध (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Add a family member</source>
        <translation>परिवार का सदस्य जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Mobile number (optional)</source>
        <translation>मोबाइल नंबर (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Their own record, managed from your account. Phone and address are copied from yours when left empty.</source>
        <translation>उनका अपना रिकॉर्ड, आपके खाते से संभाला जाता है। ख़ाली छोड़ने पर फ़ोन और पता आपके विवरण से लिए जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>day-month-year, e.g. 02-03-2019</source>
        <translation>दिन-महीना-वर्ष, जैसे 02-03-2019</translation>
    </message>
</context>
<context>
    <name>AllergiesProblemsTab</name>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Add allergy</source>
        <translation>एलर्जी जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Add to problem list</source>
        <translation>समस्या सूची में जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Class</source>
        <translation>वर्ग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Codes and titles: WHO ICD-10 (2019), a bundled primary-care list.</source>
        <translation>कोड और नाम: WHO ICD-10 (2019), साथ दी गई प्राथमिक-चिकित्सा सूची।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Diagnosis</source>
        <translation>निदान</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Drug class: recognise from the name</source>
        <translation>दवा वर्ग: नाम से पहचानें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Mark resolved</source>
        <translation>हल हुआ दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Note (optional)</source>
        <translation>नोट (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Problem list (ICD-10)</source>
        <translation>समस्या सूची (ICD-10)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reaction</source>
        <translation>प्रतिक्रिया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reaction, e.g. hives, swelling</source>
        <translation>प्रतिक्रिया, जैसे पित्ती, सूजन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reason to remove the selected allergy</source>
        <translation>चुनी हुई एलर्जी हटाने का कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Recorded</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Search ICD-10 by code or words, e.g. E11 or diabetes</source>
        <translation>ICD-10 में कोड या शब्दों से खोजें, जैसे E11 या diabetes</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Search for the diagnosis and choose it from the list.</source>
        <translation>निदान खोजें और सूची से चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Since</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Substance</source>
        <translation>पदार्थ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Substance or medicine, e.g. Penicillin</source>
        <translation>पदार्थ या दवा, जैसे पेनिसिलिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>by the patient</source>
        <translation>मरीज़ द्वारा</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../medlink/ui/app.py"/>
        <source>MedLink cannot start</source>
        <translation>MedLink शुरू नहीं हो सका</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../medlink/ui/app.py"/>
        <source>MedLink</source>
        <translation>MedLink</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/app.py"/>
        <source>You were signed out because the screen was left idle.</source>
        <translation>स्क्रीन निष्क्रिय रहने के कारण आप साइन आउट हो गए।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/app.py"/>
        <source>Your password was changed. Please sign in with the new password.</source>
        <translation>आपका पासवर्ड बदल दिया गया। कृपया नए पासवर्ड से साइन इन करें।</translation>
    </message>
</context>
<context>
    <name>AppointmentDetails</name>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>&amp;Mark completed</source>
        <translation>पूरा दर्ज करें (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>&amp;Prescription…</source>
        <translation>पर्चा (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>&lt;b&gt;Reason:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;कारण:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>&lt;i&gt;No reason given.&lt;/i&gt;</source>
        <translation>&lt;i&gt;कोई कारण नहीं बताया गया।&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>&lt;span style='color:{colour}; font-weight:600'&gt;● {status}&lt;/span&gt;</source>
        <translation>&lt;span style='color:{colour}; font-weight:600'&gt;● {status}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Available once the appointment has begun.</source>
        <translation>अपॉइंटमेंट शुरू होने के बाद उपलब्ध।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Bill / receipt…</source>
        <translation>बिल / रसीद…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Cancel…</source>
        <translation>रद्द करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Consultation notes</source>
        <translation>परामर्श नोट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Copied ✓</source>
        <translation>कॉपी हो गया ✓</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Copy link</source>
        <translation>लिंक कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Diagnosis</source>
        <translation>निदान</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Findings, vitals, what was discussed…</source>
        <translation>जाँच के निष्कर्ष, वाइटल्स, क्या बात हुई…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Join Meet</source>
        <translation>Meet से जुड़ें</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="vanished">पूरा दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark the appointment completed to bill it.</source>
        <translation>बिल बनाने के लिए अपॉइंटमेंट को पूरा दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>No Meet link yet — add one on the Meeting links page; the patient is e-mailed as soon as it is assigned.</source>
        <translation>अभी Meet लिंक नहीं है — “मीटिंग लिंक” पन्ने पर जोड़ें; लिंक मिलते ही मरीज़ को ई-मेल भेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>No-show</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Patient chart</source>
        <translation>मरीज़ का चार्ट</translation>
    </message>
    <message>
        <source>Prescription…</source>
        <translation type="vanished">पर्चा…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Save &amp;notes</source>
        <translation>नोट सहेजें (&amp;N)</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation type="vanished">नोट सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Select an appointment to see its details, write notes, a prescription or a bill.</source>
        <translation>विवरण देखने, नोट, पर्चा या बिल लिखने के लिए अपॉइंटमेंट चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>e.g. Acute viral fever</source>
        <translation>जैसे तीव्र वायरल बुख़ार</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>&amp;Book appointment</source>
        <translation>अपॉइंटमेंट बुक करें (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>&amp;Move appointment</source>
        <translation>अपॉइंटमेंट बदलें (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>&amp;Route to this doctor</source>
        <translation>इन डॉक्टर के पास भेजें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>All specialities</source>
        <translation>सभी विशेषज्ञताएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Book an appointment for {patient_name}</source>
        <translation>{patient_name} के लिए अपॉइंटमेंट बुक करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Choose a free time.</source>
        <translation>ख़ाली समय चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Free times</source>
        <translation>ख़ाली समय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Free times on {strftime}:</source>
        <translation>{strftime} को ख़ाली समय:</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Fully booked that day — choose another date.</source>
        <translation>उस दिन सब बुक है — दूसरी तारीख़ चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>In person</source>
        <translation>क्लिनिक में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>No other verified doctor of this speciality is available.</source>
        <translation>इस विशेषज्ञता का कोई दूसरा सत्यापित डॉक्टर उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>No verified doctors yet.</source>
        <translation>अभी कोई सत्यापित डॉक्टर नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Now: {doctor_name} ({speciality}), {format_when}</source>
        <translation>अभी: {doctor_name} ({speciality}), {format_when}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Online (Google Meet)</source>
        <translation>ऑनलाइन (Google Meet)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Reason for the visit, e.g. fever for three days</source>
        <translation>आने का कारण, जैसे तीन दिन से बुख़ार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Reschedule {patient_name}'s appointment</source>
        <translation>{patient_name} के अपॉइंटमेंट का समय बदलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Route {patient_name} to another doctor</source>
        <translation>{patient_name} को दूसरे डॉक्टर के पास भेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Speciality</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>The doctor does not see patients on {strftime}. Days in bold are working days.</source>
        <translation>डॉक्टर {strftime} को मरीज़ नहीं देखते। गहरे अक्षरों वाले दिन काम के दिन हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>This doctor has no working days in the next few months.</source>
        <translation>अगले कुछ महीनों में इन डॉक्टर का कोई कार्य-दिवस नहीं है।</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Add a Meet link</source>
        <translation>Meet लिंक जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Blue: booked · green: completed · amber: no-show · grey: outside your hours. Click an appointment to open it.</source>
        <translation>नीला: बुक · हरा: पूरा · पीला: नहीं आए · धूसर: आपके समय के बाहर। खोलने के लिए अपॉइंटमेंट पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Cancel appointment</source>
        <translation>अपॉइंटमेंट रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Cancel {patient_name}'s appointment on {format_when}? The patient is e-mailed with your reason.</source>
        <translation>{format_when} को {patient_name} का अपॉइंटमेंट रद्द करें? मरीज़ को आपके कारण के साथ ई-मेल भेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Go back</source>
        <translation>वापस जाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark as no-show</source>
        <translation>नहीं आए दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark completed</source>
        <translation>पूरा दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark no-show</source>
        <translation>नहीं आए दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark {name}'s visit of {when} completed? It can then be billed and cannot be reopened.</source>
        <translation>{name} की {when} की विज़िट को पूरा दर्ज करें? फिर इसका बिल बन सकेगा और इसे दोबारा खोला नहीं जा सकेगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark {patient_name}'s appointment as a no-show?</source>
        <translation>{patient_name} के अपॉइंटमेंट को "नहीं आए" दर्ज करें?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Next  ▶</source>
        <translation>आगे  ▶</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>No appointments today. Patients book your free slots from the kiosk, at home or through the front desk.</source>
        <translation>आज कोई अपॉइंटमेंट नहीं। मरीज़ कियॉस्क से, घर से या फ़्रंट डेस्क के ज़रिए आपका ख़ाली समय बुक करते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>No past appointments in the last 90 days.</source>
        <translation>पिछले 90 दिनों में कोई अपॉइंटमेंट नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Nothing booked in the next 60 days yet.</source>
        <translation>अगले 60 दिनों में अभी कुछ बुक नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Past</source>
        <translation>पिछले</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Save notes</source>
        <translation>नोट सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Saved ✓</source>
        <translation>सहेजा गया ✓</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>This week</source>
        <translation>इस सप्ताह</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Today ({active_today})</source>
        <translation>आज ({active_today})</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Upcoming</source>
        <translation>आने वाले</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Upcoming ({len})</source>
        <translation>आने वाले ({len})</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Week</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>e.g. I am called away for an emergency surgery. Please book another slot.</source>
        <translation>जैसे मुझे आपातकालीन सर्जरी के लिए जाना पड़ रहा है। कृपया दूसरा समय बुक करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>{name}'s visit is at {when} and has not started yet. Mark it completed anyway? It can then be billed and cannot be reopened.</source>
        <translation>{name} की विज़िट {when} पर है और अभी शुरू नहीं हुई है। फिर भी पूरा दर्ज करें? फिर इसका बिल बन सकेगा और इसे दोबारा खोला नहीं जा सकेगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>◀  Previous</source>
        <translation>◀  पिछला</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Acknowledge</source>
        <translation>देख लिया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Acknowledged</source>
        <translation>देखा गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Alert</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Needs attention</source>
        <translation>ध्यान दें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Nothing needs your attention. Set a monitoring plan in a patient's chart (Readings tab) to be told about their readings.</source>
        <translation>अभी किसी चीज़ पर ध्यान देने की ज़रूरत नहीं। मरीज़ की रीडिंग की सूचना पाने के लिए उसके चार्ट (रीडिंग टैब) में निगरानी योजना बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Open chart</source>
        <translation>चार्ट खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Readings from your monitored patients that are dangerous, outside the target you set or changed a lot, planned readings that are overdue, and abnormal lab results. Each one was also e-mailed to you.</source>
        <translation>आपकी निगरानी वाले मरीज़ों की वे रीडिंग जो ख़तरनाक हैं, आपके तय लक्ष्य से बाहर हैं या बहुत बदली हैं, बाक़ी रह गई योजनाबद्ध रीडिंग, और असामान्य लैब परिणाम। हर एक आपको ई-मेल से भी भेजी गई।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Show acknowledged</source>
        <translation>देखे गए भी दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>What you did, e.g. “Called the patient; dose increased”</source>
        <translation>आपने क्या किया, जैसे “मरीज़ को फ़ोन किया; ख़ुराक बढ़ाई”</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source> — scroll down for more</source>
        <translation> — और देखने के लिए नीचे स्क्रॉल करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Any action (e.g. patient. or auth.login)</source>
        <translation>कोई भी कार्य (जैसे patient. या auth.login)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Everyone</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Exported {n} entries to {path}</source>
        <translation>{n} प्रविष्टियाँ {path} में निर्यात की गईं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Nothing was logged with these filters.</source>
        <translation>इन फ़िल्टर के साथ कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>OK</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Patient no.</source>
        <translation>मरीज़ सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Record id</source>
        <translation>रिकॉर्ड id</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Refused / failed</source>
        <translation>अस्वीकृत / विफल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>The end date must be on or after the start date.</source>
        <translation>अंतिम तारीख़ शुरुआती तारीख़ के बाद या उसी दिन होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>The patient number is a whole number (shown in the patient list).</source>
        <translation>मरीज़ संख्या एक पूर्ण संख्या है (मरीज़ सूची में दिखती है)।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Who</source>
        <translation>कौन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Who did what, and when — every sign-in, every look at a patient's data, every change. The log cannot be edited or deleted.</source>
        <translation>किसने क्या और कब किया — हर साइन-इन, मरीज़ के डेटा को हर बार देखना, हर बदलाव। यह लॉग न बदला जा सकता है, न हटाया।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>{shown} entries</source>
        <translation>{shown} प्रविष्टियाँ</translation>
    </message>
</context>
<context>
    <name>AvailabilityPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>&amp;Save hours</source>
        <translation>समय सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Add day off</source>
        <translation>छुट्टी जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Availability</source>
        <translation>उपलब्धता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Cancel appointment</source>
        <translation>अपॉइंटमेंट रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Cancel selected…</source>
        <translation>चुने हुए रद्द करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Cancel {patient_name}'s appointment on {format_when}? The patient is e-mailed with your reason.</source>
        <translation>{format_when} को {patient_name} का अपॉइंटमेंट रद्द करें? मरीज़ को आपके कारण के साथ ई-मेल भेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Copy Monday to Tue–Fri</source>
        <translation>सोमवार को मंगल–शुक्र में कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Days off and leave</source>
        <translation>छुट्टियाँ और अवकाश</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Keep all</source>
        <translation>सभी रखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Keep selected</source>
        <translation>चुने हुए रखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>No days off planned.</source>
        <translation>कोई छुट्टी तय नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>No slots are offered on these days. Appointments already booked on a day you mark are listed above so you can cancel or keep them.</source>
        <translation>इन दिनों कोई समय नहीं दिया जाता। आपके चुने दिन पर पहले से बुक अपॉइंटमेंट ऊपर दिए हैं, ताकि आप उन्हें रद्द करें या रखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Reason (optional, e.g. Conference)</source>
        <translation>कारण (वैकल्पिक, जैसे सम्मेलन)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation type="vanished">समय सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Saved ✓</source>
        <translation>सहेजा गया ✓</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Slot length</source>
        <translation>समय-खंड की अवधि</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>These booked appointments are outside your new hours. Nothing was cancelled: keep them (you will still see the patients), or cancel them with a reason — the patient is e-mailed and can book another slot.</source>
        <translation>ये बुक अपॉइंटमेंट आपके नए समय से बाहर हैं। कुछ रद्द नहीं हुआ: इन्हें रखें (आप मरीज़ों को फिर भी देखेंगे), या कारण के साथ रद्द करें — मरीज़ को ई-मेल जाता है और वे दूसरा समय बुक कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Weekly hours</source>
        <translation>साप्ताहिक समय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Your weekly consulting hours in the clinic's time zone. Patients can book only inside these hours. Add two ranges for a split day, e.g. 9:00 AM–1:00 PM and 5:00 PM–8:00 PM.</source>
        <translation>क्लिनिक के समय क्षेत्र में आपका साप्ताहिक परामर्श समय। मरीज़ केवल इसी समय में बुक कर सकते हैं। बँटे हुए दिन के लिए दो समय जोड़ें, जैसे 9:00 AM–1:00 PM और 5:00 PM–8:00 PM।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>booked on {day}</source>
        <translation>{day} को बुक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>e.g. My consulting hours have changed; please book a new slot.</source>
        <translation>जैसे मेरा परामर्श समय बदल गया है; कृपया नया समय बुक करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>outside your hours</source>
        <translation>आपके समय से बाहर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>outside your new hours</source>
        <translation>आपके नए समय से बाहर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} मिनट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>{n} booked appointment {suffix}</source>
        <translation>{n} बुक अपॉइंटमेंट {suffix}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>{n} booked appointments {suffix}</source>
        <translation>{n} बुक अपॉइंटमेंट {suffix}</translation>
    </message>
    <message>
        <source>{n} booked appointment{value} {suffix}</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>&amp;Generate receipt</source>
        <translation>रसीद बनाएँ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>&amp;Print receipt…</source>
        <translation>रसीद प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>+ Add line</source>
        <translation>+ पंक्ति जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Bill for {patient_name}</source>
        <translation>{patient_name} का बिल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Bill {number} issued, but its receipt PDF could not be saved yet: {reason} It is written when you open the receipt, and then e-mailed to the patient.</source>
        <translation>बिल {number} जारी हो गया, पर उसकी रसीद PDF अभी सहेजी नहीं जा सकी: {reason} रसीद खोलने पर वह लिखी जाएगी और फिर मरीज़ को ई-मेल की जाएगी।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Bill — {patient_name}</source>
        <translation>बिल — {patient_name}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Change method</source>
        <translation>तरीक़ा बदलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Consultation {format_when} · {doctor_name}</source>
        <translation>परामर्श {format_when} · {doctor_name}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Discount (₹)</source>
        <translation>छूट (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Generate receipt</source>
        <translation>रसीद बनाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Generating…</source>
        <translation>बन रही है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Mark paid</source>
        <translation>भुगतान दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Mark unpaid</source>
        <translation>बकाया दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Open receipt PDF</source>
        <translation>रसीद की PDF खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Paid now</source>
        <translation>अभी भुगतान हुआ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Payment method</source>
        <translation>भुगतान का तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Receipt no.</source>
        <translation>रसीद सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Receipt {number} generated; the e-mail to the patient is queued in the outbox.</source>
        <translation>रसीद {number} बन गई; मरीज़ को ई-मेल आउटबॉक्स में कतार में है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Receipt {number}.</source>
        <translation>रसीद {number}।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Round-off</source>
        <translation>पूर्णांकन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Taxable value</source>
        <translation>कर-योग्य मूल्य</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Totals</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Unit price (₹)</source>
        <translation>इकाई दाम (₹)</translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Unpaid</source>
        <translation>बकाया</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>&amp;Online video consultation</source>
        <translation>ऑनलाइन वीडियो परामर्श (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>1. Choose a date   2. Choose a time   3. In person or online   4. Confirm</source>
        <translation>1. तारीख़ चुनें   2. समय चुनें   3. क्लिनिक में या ऑनलाइन   4. पुष्टि करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>&lt;p style='font-size:13pt'&gt;&lt;b&gt;{escape}&lt;/b&gt; ({escape2})&lt;/p&gt;&lt;p style='font-size:13pt'&gt;{format_when}&lt;/p&gt;&lt;p&gt;{escape3}&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:13pt'&gt;&lt;b&gt;{escape}&lt;/b&gt; ({escape2})&lt;/p&gt;&lt;p style='font-size:13pt'&gt;{format_when}&lt;/p&gt;&lt;p&gt;{escape3}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Afternoon</source>
        <translation>दोपहर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Appointment booked</source>
        <translation>अपॉइंटमेंट बुक हुआ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Appointment moved</source>
        <translation>अपॉइंटमेंट बदला गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Book an appointment with {doctor_name}</source>
        <translation>{doctor_name} के साथ अपॉइंटमेंट बुक करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Book — {doctor_name}</source>
        <translation>बुक करें — {doctor_name}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Choose a time to continue.</source>
        <translation>आगे बढ़ने के लिए समय चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Confirm &amp;booking</source>
        <translation>बुकिंग की पुष्टि करें (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Confirm &amp;new time</source>
        <translation>नए समय की पुष्टि करें (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Currently: {format_when}. Choose a new date and time; your current time is kept until the new one is confirmed.</source>
        <translation>अभी: {format_when}। नई तारीख़ और समय चुनें; नए समय की पुष्टि होने तक आपका मौजूदा समय बना रहता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>E-mail confirmation queued</source>
        <translation>पुष्टि का ई-मेल कतार में है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Evening</source>
        <translation>शाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Free times on {strftime}</source>
        <translation>{strftime} को ख़ाली समय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Greyed-out days: the doctor does not see patients.</source>
        <translation>धूसर दिन: उस दिन डॉक्टर मरीज़ नहीं देखते।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>How would you like to see the doctor?</source>
        <translation>आप डॉक्टर से कैसे मिलना चाहेंगे?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>In &amp;person at the clinic</source>
        <translation>क्लिनिक में आकर (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>In person at the clinic. Please arrive 10 minutes early.</source>
        <translation>क्लिनिक में आकर। कृपया 10 मिनट पहले पहुँचें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Loading the doctor's calendar…</source>
        <translation>डॉक्टर का कैलेंडर लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Me (%s)</source>
        <translation>मैं (%s)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Morning</source>
        <translation>सुबह</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Move appointment — {doctor_name}</source>
        <translation>अपॉइंटमेंट बदलें — {doctor_name}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Move your appointment with {doctor_name}</source>
        <translation>{doctor_name} के साथ अपना अपॉइंटमेंट बदलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>No free times left on this day. Please choose another date.</source>
        <translation>इस दिन कोई ख़ाली समय नहीं बचा। कृपया दूसरी तारीख़ चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Online video consultation — join at {meet_link}</source>
        <translation>ऑनलाइन वीडियो परामर्श — {meet_link} पर जुड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Online video consultation — the link will appear under My appointments.</source>
        <translation>ऑनलाइन वीडियो परामर्श — लिंक “मेरे अपॉइंटमेंट” में दिखेगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Reason for the visit / symptoms (optional)</source>
        <translation>आने का कारण / लक्षण (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>The visit stays {mode}; to change it, cancel and book again.</source>
        <translation>विज़िट {mode} ही रहेगी; बदलने के लिए रद्द करके फिर से बुक करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>This doctor has no working days in the coming year. Please choose another doctor.</source>
        <translation>आने वाले साल में इन डॉक्टर का कोई कार्य-दिवस नहीं है। कृपया दूसरा डॉक्टर चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Who is the appointment for?</source>
        <translation>अपॉइंटमेंट किसके लिए है?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>e.g. Fever and cough for three days</source>
        <translation>जैसे तीन दिन से बुख़ार और खाँसी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>in person</source>
        <translation>क्लिनिक में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>{doctor} does not see patients on {day}.</source>
        <translation>{doctor} {day} को मरीज़ नहीं देखते।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>{format_when} with {doctor_name}</source>
        <translation>{format_when}, {doctor_name} के साथ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>{title} · {len} free</source>
        <translation>{title} · {len} ख़ाली</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>Change password</source>
        <translation>पासवर्ड बदलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>Current password</source>
        <translation>मौजूदा पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>Repeat new password</source>
        <translation>नया पासवर्ड दोबारा लिखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>The two new passwords are different.</source>
        <translation>दोनों नए पासवर्ड अलग हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>Your password was reset by the clinic. Please choose a new one to continue.</source>
        <translation>क्लिनिक ने आपका पासवर्ड रीसेट किया है। आगे बढ़ने के लिए कृपया नया पासवर्ड चुनें।</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../medlink/ui/charts.py"/>
        <source>Nothing in this period</source>
        <translation>इस अवधि में कुछ नहीं</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Ask about common illnesses, which doctor to see, fees, your appointments and video-call links.</source>
        <translation>आम बीमारियों, किस डॉक्टर को दिखाएँ, फ़ीस, अपने अपॉइंटमेंट और वीडियो-कॉल लिंक के बारे में पूछें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Ask “{text}”</source>
        <translation>पूछें “{text}”</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Clear conversation</source>
        <translation>बातचीत मिटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Copied ✓</source>
        <translation>कॉपी हो गया ✓</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Fees for a cardiologist</source>
        <translation>कार्डियोलॉजिस्ट की फीस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Health assistant</source>
        <translation>स्वास्थ्य सहायक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>I have fever and headache</source>
        <translation>मुझे बुखार और सिरदर्द है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>MedLink assistant is typing</source>
        <translation>MedLink सहायक लिख रहा है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>MedLink assistant is typing...</source>
        <translation>MedLink सहायक लिख रहा है...</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Namaste{who}! I'm the MedLink health assistant. Ask me about common illnesses and home care, which doctor to see, consultation fees, your appointments or your video-call link.</source>
        <translation>नमस्ते{who}! मैं MedLink स्वास्थ्य सहायक हूं। आप आम बीमारियों, घरेलू देखभाल, किस डॉक्टर को दिखाएं, फीस, अपनी अपॉइंटमेंट या वीडियो कॉल लिंक के बारे में पूछ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Remove all messages from this screen</source>
        <translation>इस स्क्रीन से सभी संदेश हटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Sorry, I couldn't answer that just now. Please try again in a moment, or ask at the front desk. In an emergency call 112.</source>
        <translation>माफ़ कीजिए, अभी जवाब नहीं दे पाया। थोड़ी देर में फिर से कोशिश करें या रिसेप्शन पर पूछें। आपातकाल में 112 पर कॉल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>This assistant gives general information, not a diagnosis. In an emergency call 112.</source>
        <translation>यह सहायक सामान्य जानकारी देता है, बीमारी की पहचान नहीं। आपातकाल में 112 पर कॉल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Type your question, e.g. “I have a sore throat since 2 days”</source>
        <translation>अपना सवाल लिखें, जैसे “2 दिन से मेरे गले में ख़राश है”</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>What is dengue?</source>
        <translation>डेंगू क्या है?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Where is my meeting link?</source>
        <translation>मेरा मीटिंग लिंक कहां है?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Your message</source>
        <translation>आपका संदेश</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>typing</source>
        <translation>लिख रहे हैं</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>&amp;Check in</source>
        <translation>चेक-इन करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Add a report</source>
        <translation>रिपोर्ट जोड़ें</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="vanished">चेक-इन करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Check in for today's appointment so the doctor knows you are here. You can also add a report or scan the doctor should see.</source>
        <translation>आज के अपॉइंटमेंट के लिए चेक-इन करें, ताकि डॉक्टर को पता चले कि आप आ गए हैं। आप डॉक्टर को दिखाने के लिए रिपोर्ट या स्कैन भी जोड़ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Find a doctor</source>
        <translation>डॉक्टर खोजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Loading today's appointments…</source>
        <translation>आज के अपॉइंटमेंट लोड हो रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Print slip</source>
        <translation>पर्ची प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Welcome, {value}</source>
        <translation>स्वागत है, {value}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>You are checked in for {when} with {doctor}. Please take a seat — you will be called.</source>
        <translation>{doctor} के साथ {when} के लिए आपका चेक-इन हो गया है। कृपया बैठ जाएँ — आपको बुलाया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>You are checked in for {when} with {doctor}. Your token is {token} — please take a seat and watch the screen.</source>
        <translation>{doctor} के साथ {when} के लिए आपका चेक-इन हो गया है। आपका टोकन {token} है — कृपया बैठ जाएँ और स्क्रीन देखते रहें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>You have no appointments today.
You can book one now.</source>
        <translation>आज आपका कोई अपॉइंटमेंट नहीं है।
आप अभी बुक कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>“{title}” was added for {doctor_name}.</source>
        <translation>“{title}” {doctor_name} के लिए जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>✓ Checked in</source>
        <translation>✓ चेक-इन हो गया</translation>
    </message>
</context>
<context>
    <name>ClinicKeyImportDialog</name>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Choose the clinic key file</source>
        <translation>क्लिनिक कुंजी फ़ाइल चुनें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Choose the key file.</source>
        <translation>कुंजी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Import and continue</source>
        <translation>आयात करें और आगे बढ़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Import the clinic key</source>
        <translation>क्लिनिक कुंजी आयात करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Key file</source>
        <translation>कुंजी फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>MedLink key files (*.medlink-key);;All files (*)</source>
        <translation>MedLink कुंजी फ़ाइलें (*.medlink-key);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>The clinic key is needed</source>
        <translation>क्लिनिक कुंजी ज़रूरी है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>The recovery key file or an export from another workstation</source>
        <translation>रिकवरी कुंजी फ़ाइल या दूसरे कंप्यूटर से निर्यात</translation>
    </message>
</context>
<context>
    <name>ClinicalLabels</name>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Abnormal lab result</source>
        <translation>असामान्य लैब परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>At home</source>
        <translation>घर पर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>At the clinic</source>
        <translation>क्लिनिक में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Awaiting result</source>
        <translation>परिणाम की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Blood glucose, after a meal</source>
        <translation>ब्लड शुगर, खाने के बाद</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Blood glucose, fasting</source>
        <translation>ब्लड शुगर, खाली पेट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Blood glucose, random</source>
        <translation>ब्लड शुगर, कभी भी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Blood pressure</source>
        <translation>ब्लड प्रेशर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Dangerous reading</source>
        <translation>ख़तरनाक रीडिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Height</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Lab result</source>
        <translation>लैब परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Life-threatening</source>
        <translation>जानलेवा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Mild</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Moderate</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>On the kiosk</source>
        <translation>कियॉस्क पर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Outside the target</source>
        <translation>लक्ष्य से बाहर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Pulse</source>
        <translation>नब्ज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Reading overdue</source>
        <translation>रीडिंग बाक़ी है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Report attached</source>
        <translation>रिपोर्ट लगी है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Severe</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Severity not known</source>
        <translation>गंभीरता ज्ञात नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Significant change</source>
        <translation>बड़ा बदलाव</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>SpO₂ (oxygen saturation)</source>
        <translation>SpO₂ (ऑक्सीजन स्तर)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
</context>
<context>
    <name>CreateStaffDialog</name>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Create account</source>
        <translation>खाता बनाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>E-mail address</source>
        <translation>ई-मेल पता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Front desk</source>
        <translation>फ़्रंट डेस्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Give the temporary password to the person; they choose their own at first sign-in.</source>
        <translation>अस्थायी पासवर्ड उस व्यक्ति को दें; पहली बार साइन इन करने पर वे अपना पासवर्ड चुनेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>New staff account</source>
        <translation>नया स्टाफ़ खाता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Temporary password</source>
        <translation>अस्थायी पासवर्ड</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Appointments per day</source>
        <translation>प्रति दिन अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Arrived</source>
        <translation>पहुँच गए</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Busiest speciality</source>
        <translation>सबसे व्यस्त विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Completed</source>
        <translation>पूरे</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Custom</source>
        <translation>अपनी पसंद का</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>GST (INR)</source>
        <translation>GST (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>GST collected</source>
        <translation>वसूला गया GST</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>No appointments today yet.</source>
        <translation>आज अभी तक कोई अपॉइंटमेंट नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>No-show</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>No-show rate</source>
        <translation>न आने की दर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>No-shows</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Per doctor</source>
        <translation>डॉक्टर के अनुसार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue</source>
        <translation>आय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue (INR)</source>
        <translation>आय (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue (bills issued)</source>
        <translation>आय (जारी बिल)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue and GST are shown to administrators only.</source>
        <translation>आय और GST केवल प्रशासकों को दिखते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue per %1 (₹)</source>
        <translation>प्रति %1 आय (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue per day (₹)</source>
        <translation>प्रति दिन आय (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Seen</source>
        <translation>देखे गए</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Speciality</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>The file could not be written: {value}.</source>
        <translation>फ़ाइल लिखी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Top specialities</source>
        <translation>प्रमुख विशेषज्ञताएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>week</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>{strftime} — {total} appointment(s)</source>
        <translation>{strftime} — {total} अपॉइंटमेंट</translation>
    </message>
</context>
<context>
    <name>DoctorAppointmentsPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
</context>
<context>
    <name>DoctorDayPage</name>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source> — suspended</source>
        <translation> — निलंबित</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancel all</source>
        <translation>सभी रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancel all {count} appointment(s) of {currentText} on {strftime}?

Every patient is e-mailed.</source>
        <translation>{strftime} को {currentText} के सभी {count} अपॉइंटमेंट रद्द करें?

हर मरीज़ को ई-मेल भेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancel all…</source>
        <translation>सभी रद्द करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancel the day</source>
        <translation>दिन रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancelled {done} of {len}</source>
        <translation>{len} में से {done} रद्द</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancelled, patient informed</source>
        <translation>रद्द, मरीज़ को सूचित किया गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Choose a doctor and a day.</source>
        <translation>डॉक्टर और दिन चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Doctor's day</source>
        <translation>डॉक्टर का दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Keep them</source>
        <translation>इन्हें रखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Move all to this doctor</source>
        <translation>सभी को इस डॉक्टर के पास भेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Move appointments</source>
        <translation>अपॉइंटमेंट बदलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Move to</source>
        <translation>यहाँ ले जाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Move {count} appointment(s) to {currentText}?

Each patient keeps their time where the other doctor is free, otherwise gets the next free time that day, and is told by e-mail.</source>
        <translation>{count} अपॉइंटमेंट {currentText} के पास भेजें?

जहाँ दूसरे डॉक्टर ख़ाली हैं वहाँ मरीज़ का समय वही रहता है, नहीं तो उस दिन का अगला ख़ाली समय मिलता है, और उन्हें ई-मेल से बताया जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Moved to the next free time</source>
        <translation>अगले ख़ाली समय पर भेजा गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Moved {len} of {total} to {to_doctor}</source>
        <translation>{total} में से {len} को {to_doctor} के पास भेजा गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Moved, same time</source>
        <translation>भेजा गया, वही समय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>No appointments for this doctor on this day.</source>
        <translation>इस दिन इस डॉक्टर का कोई अपॉइंटमेंट नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>No colleague of the same speciality</source>
        <translation>उसी विशेषज्ञता का कोई सहकर्मी नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>No verified doctors yet.</source>
        <translation>अभी कोई सत्यापित डॉक्टर नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Not cancelled: {error}</source>
        <translation>रद्द नहीं हुआ: {error}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Not moved: {reason}</source>
        <translation>नहीं भेजा गया: {reason}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Or cancel</source>
        <translation>या रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Please give the reason patients will read.</source>
        <translation>कृपया वह कारण बताएँ जो मरीज़ पढ़ेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Reason patients will read, e.g. The doctor is unwell today</source>
        <translation>मरीज़ों के लिए कारण, जैसे आज डॉक्टर अस्वस्थ हैं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Was</source>
        <translation>पहले</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>When a doctor cannot come, move all their appointments of the day to a colleague of the same speciality — or cancel them. Patients are e-mailed either way.</source>
        <translation>जब कोई डॉक्टर न आ सकें, तो उनके उस दिन के सभी अपॉइंटमेंट उसी विशेषज्ञता के सहकर्मी के पास भेजें — या रद्द करें। दोनों ही स्थितियों में मरीज़ों को ई-मेल जाता है।</translation>
    </message>
</context>
<context>
    <name>DoctorFormWidget</name>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source> years</source>
        <translation> वर्ष</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>10-digit mobile, e.g. 98450 12345</source>
        <translation>10 अंकों का मोबाइल, जैसे 98450 12345</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>A few lines patients will see</source>
        <translation>कुछ पंक्तियाँ जो मरीज़ देखेंगे</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>At least 10 characters</source>
        <translation>कम से कम 10 अक्षर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Choose a speciality…</source>
        <translation>विशेषज्ञता चुनें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Choose photo…</source>
        <translation>फ़ोटो चुनें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Choose your photo</source>
        <translation>अपनी फ़ोटो चुनें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Dr. Firstname Lastname</source>
        <translation>डॉ. नाम उपनाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>E-mail address</source>
        <translation>ई-मेल पता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Hospital / clinic</source>
        <translation>अस्पताल / क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Hospital address</source>
        <translation>अस्पताल का पता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>चित्र (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Languages spoken</source>
        <translation>बोली जाने वाली भाषाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Medical registration no.</source>
        <translation>मेडिकल पंजीकरण सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Mobile number</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>No photo</source>
        <translation>कोई फ़ोटो नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Photo (optional)</source>
        <translation>फ़ोटो (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Qualifications / education</source>
        <translation>योग्यताएँ / शिक्षा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Repeat password</source>
        <translation>पासवर्ड दोबारा लिखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Short bio</source>
        <translation>संक्षिप्त परिचय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Speciality</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Street, area, city, PIN code</source>
        <translation>गली, इलाक़ा, शहर, पिन कोड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>The file could not be read: {value}.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Years of experience</source>
        <translation>अनुभव के वर्ष</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>e.g. English, Hindi, Kannada</source>
        <translation>जैसे अंग्रेज़ी, हिन्दी, कन्नड़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>e.g. KMC-48211 (State Medical Council / NMC)</source>
        <translation>जैसे KMC-48211 (राज्य मेडिकल काउंसिल / NMC)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>e.g. MBBS (Bangalore Medical College, 2008); MD General Medicine (2012)</source>
        <translation>जैसे MBBS (बैंगलोर मेडिकल कॉलेज, 2008); MD जनरल मेडिसिन (2012)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
</context>
<context>
    <name>DoctorProfileDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Book appointment</source>
        <translation>अपॉइंटमेंट बुक करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Clinic</source>
        <translation>क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Doctor profile</source>
        <translation>डॉक्टर प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Fees</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Lab tests</source>
        <translation>लैब जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Lab tests, medication and other items: GST as applicable is added on the receipt.</source>
        <translation>लैब जाँच, दवाएँ और अन्य चीज़ें: लागू GST रसीद पर जोड़ा जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Loading the profile…</source>
        <translation>प्रोफ़ाइल लोड हो रही है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Medication</source>
        <translation>दवाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>On leave: {upcoming}{value}</source>
        <translation>छुट्टी पर: {upcoming}{value}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Speaks {languages}</source>
        <translation>भाषाएँ: {languages}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>The profile could not be loaded.</source>
        <translation>प्रोफ़ाइल लोड नहीं हो सकी।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Weekly hours</source>
        <translation>साप्ताहिक समय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{fee} (no GST: exempt health care)</source>
        <translation>{fee} (GST नहीं: छूट-प्राप्त स्वास्थ्य सेवा)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{fee} + {rate} % GST = {total}</source>
        <translation>{fee} + {rate} % GST = {total}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{full_name} — profile</source>
        <translation>{full_name} — प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{minutes}-minute appointments</source>
        <translation>{minutes} मिनट के अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{speciality} · {years_experience} years of experience</source>
        <translation>{speciality} · {years_experience} वर्ष का अनुभव</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{total} incl. {rate} % GST</source>
        <translation>{total} ({rate} % GST सहित)</translation>
    </message>
</context>
<context>
    <name>DoctorSignUpDialog</name>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Choose a password.</source>
        <translation>पासवर्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Fill in your professional details. The clinic's administrator checks your medical registration before you can see patients in MedLink; you will get an e-mail when that is done.</source>
        <translation>अपना पेशेवर विवरण भरें। MedLink में मरीज़ देखने से पहले क्लिनिक के प्रशासक आपके मेडिकल पंजीकरण की जाँच करते हैं; यह होने पर आपको ई-मेल मिलेगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Register</source>
        <translation>पंजीकरण करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Register as a doctor</source>
        <translation>डॉक्टर के रूप में पंजीकरण करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>The two passwords are different.</source>
        <translation>दोनों पासवर्ड अलग हैं।</translation>
    </message>
</context>
<context>
    <name>DoctorWindow</name>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Account suspended</source>
        <translation>खाता निलंबित</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Availability</source>
        <translation>उपलब्धता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Fees</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Meeting links</source>
        <translation>मीटिंग लिंक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>My profile</source>
        <translation>मेरी प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Patients</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Registration</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Registration not approved</source>
        <translation>पंजीकरण स्वीकृत नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Registration verified</source>
        <translation>पंजीकरण सत्यापित</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Waiting for verification</source>
        <translation>सत्यापन की प्रतीक्षा</translation>
    </message>
</context>
<context>
    <name>DocumentViewerDialog</name>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>A decrypted copy was saved to {path}. It is no longer protected by MedLink.</source>
        <translation>खुली (डिक्रिप्ट की गई) प्रति {path} में सहेजी गई। अब यह MedLink द्वारा सुरक्षित नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Fit width</source>
        <translation>चौड़ाई में फ़िट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Next page ▶</source>
        <translation>अगला पन्ना ▶</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Page {n} of {total}</source>
        <translation>पन्ना {n} / {total}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Save a copy</source>
        <translation>एक प्रति सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Save a copy…</source>
        <translation>एक प्रति सहेजें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Sent {n} page(s) to the printer.</source>
        <translation>{n} पन्ने प्रिंटर को भेजे गए।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>The file cannot be shown ({name}).</source>
        <translation>फ़ाइल दिखाई नहीं जा सकती ({name})।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>The printer could not be started.</source>
        <translation>प्रिंटर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Zoom in</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Zoom out</source>
        <translation>छोटा करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>◀ Previous page</source>
        <translation>◀ पिछला पन्ना</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>&amp;Merge selected…</source>
        <translation>चुने हुए मिलाएँ (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Duplicate patients</source>
        <translation>दोहरे मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Group %s — %s</source>
        <translation>समूह %s — %s</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Keep P%06d and move everything of P%06d into it? This cannot be undone.</source>
        <translation>P%06d रखें और P%06d का सब कुछ उसमें ले जाएँ? इसे वापस नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Merge</source>
        <translation>मिलाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Merge records</source>
        <translation>रिकॉर्ड मिलाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Merged P%06d into P%06d (moved: %s).</source>
        <translation>P%06d को P%06d में मिलाया गया (ले जाया गया: %s)।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>No likely duplicates. New registrations are checked as they are typed.</source>
        <translation>कोई संभावित दोहरा रिकॉर्ड नहीं। नए पंजीकरण लिखते समय ही जाँचे जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Records that share a phone number and have a similar name or the same date of birth. Choose the record to keep first, then the duplicate: its appointments, bills, records and prescriptions move to the record you keep.</source>
        <translation>ऐसे रिकॉर्ड जिनका फ़ोन नंबर एक है और नाम मिलता-जुलता या जन्म तिथि एक है। पहले रखने वाला रिकॉर्ड चुनें, फिर दोहरा: उसके अपॉइंटमेंट, बिल, रिकॉर्ड और पर्चे आपके रखे रिकॉर्ड में चले जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Which record do you keep?</source>
        <translation>आप कौन-सा रिकॉर्ड रखेंगे?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Why are these the same person? (kept in the audit log)</source>
        <translation>ये एक ही व्यक्ति क्यों हैं? (ऑडिट लॉग में रखा जाता है)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../medlink/ui/errors.py"/>
        <source>Details were written to {log_file}</source>
        <translation>विवरण {log_file} में लिखे गए हैं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/errors.py"/>
        <source>MedLink</source>
        <translation>MedLink</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/errors.py"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/errors.py"/>
        <source>Sorry — something went wrong and MedLink could not finish this action. Nothing was lost.</source>
        <translation>क्षमा करें — कुछ गड़बड़ हुई और MedLink यह काम पूरा नहीं कर सका। कुछ भी खोया नहीं है।</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source> visit(s)</source>
        <translation> विज़िट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>&amp;Offer free follow-ups</source>
        <translation>मुफ़्त फ़ॉलो-अप दें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>&amp;Save fees</source>
        <translation>फ़ीस सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>A return visit within the period after a paid consultation is billed at no charge, and the receipt says so.</source>
        <translation>सशुल्क परामर्श के बाद इस अवधि में दोबारा आने पर कोई शुल्क नहीं लगता, और रसीद पर यह लिखा होता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Fees</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Free follow-up visits</source>
        <translation>मुफ़्त फ़ॉलो-अप विज़िट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Save &amp;rule</source>
        <translation>नियम सहेजें (&amp;R)</translation>
    </message>
    <message>
        <source>Save fees</source>
        <translation type="vanished">फ़ीस सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Saved ✓</source>
        <translation>सहेजा गया ✓</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>These are your own fees.</source>
        <translation>ये आपकी अपनी फ़ीस हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Up to</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Within</source>
        <translation>इतने समय में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>You have not set your own fees yet — these are the clinic's defaults. Save them (changed or not) to make them yours.</source>
        <translation>आपने अभी अपनी फ़ीस तय नहीं की है — ये क्लिनिक की सामान्य फ़ीस हैं। इन्हें अपना बनाने के लिए सहेजें (बदलकर या ऐसे ही)।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Your default charges. A new bill starts from these lines; you can change any line on the bill itself. Amounts are in rupees, before GST (the clinic's GST settings apply).</source>
        <translation>आपके सामान्य शुल्क। नया बिल इन्हीं पंक्तियों से शुरू होता है; बिल पर आप कोई भी पंक्ति बदल सकते हैं। राशि रुपये में है, GST से पहले (क्लिनिक की GST सेटिंग लागू होती है)।</translation>
    </message>
</context>
<context>
    <name>FindDoctor</name>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Fee incl. GST</source>
        <translation>फ़ीस (GST सहित)</translation>
    </message>
</context>
<context>
    <name>FindDoctorPage</name>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>&amp;Book appointment</source>
        <translation>अपॉइंटमेंट बुक करें (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>All specialities</source>
        <translation>सभी विशेषज्ञताएँ</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation type="vanished">अपॉइंटमेंट बुक करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Doctor's name, e.g. Meera</source>
        <translation>डॉक्टर का नाम, जैसे मीरा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Find a doctor</source>
        <translation>डॉक्टर खोजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>No doctor matches your search. Try another name or choose “All specialities”.</source>
        <translation>आपकी खोज से कोई डॉक्टर मेल नहीं खाता। दूसरा नाम आज़माएँ या “सभी विशेषज्ञताएँ” चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>No doctors are taking appointments yet. Please ask at the front desk.</source>
        <translation>अभी कोई डॉक्टर अपॉइंटमेंट नहीं ले रहे हैं। कृपया फ़्रंट डेस्क पर पूछें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Search by the doctor's name or choose a speciality. Double-click a doctor to see their profile.</source>
        <translation>डॉक्टर के नाम से खोजें या विशेषज्ञता चुनें। प्रोफ़ाइल देखने के लिए डॉक्टर पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Searching…</source>
        <translation>खोज हो रही है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>View profile</source>
        <translation>प्रोफ़ाइल देखें</translation>
    </message>
    <message>
        <source>{len} doctor{value}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{n} doctor</source>
        <translation>{n} डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{n} doctors</source>
        <translation>{n} डॉक्टर</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Create administrator</source>
        <translation>प्रशासक बनाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Create the first administrator account. The administrator verifies doctors, creates front-desk accounts and sets up the clinic.</source>
        <translation>पहला प्रशासक खाता बनाएँ। प्रशासक डॉक्टरों का सत्यापन करता है, फ़्रंट-डेस्क खाते बनाता है और क्लिनिक की सेटिंग करता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>E-mail address</source>
        <translation>ई-मेल पता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Every record is encrypted with the clinic key, which is kept in this computer's keyring. If this computer is lost or replaced, the records can be read again only with the recovery key. Choose a passphrase, save the recovery key on a USB stick or print it, and keep the passphrase in a different safe place.</source>
        <translation>हर रिकॉर्ड क्लिनिक कुंजी से एन्क्रिप्ट होता है, जो इस कंप्यूटर के कीरिंग में रखी है। यह कंप्यूटर खो जाए या बदला जाए, तो रिकॉर्ड सिर्फ़ रिकवरी कुंजी से ही फिर पढ़े जा सकते हैं। एक पासफ़्रेज़ चुनें, रिकवरी कुंजी USB स्टिक पर सहेजें या प्रिंट करें, और पासफ़्रेज़ किसी दूसरी सुरक्षित जगह रखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Finish</source>
        <translation>पूरा करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>MedLink key files (*.medlink-key)</source>
        <translation>MedLink कुंजी फ़ाइलें (*.medlink-key)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Passphrase (10+ characters)</source>
        <translation>पासफ़्रेज़ (10+ अक्षर)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Recovery key {key} saved to {path}. Keep it safe, away from this computer.</source>
        <translation>रिकवरी कुंजी {key} {path} में सहेजी गई। इसे इस कंप्यूटर से दूर, सुरक्षित रखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Repeat the passphrase</source>
        <translation>पासफ़्रेज़ दोबारा लिखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Save recovery key…</source>
        <translation>रिकवरी कुंजी सहेजें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Save the clinic's recovery key</source>
        <translation>क्लिनिक की रिकवरी कुंजी सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Save the recovery key</source>
        <translation>रिकवरी कुंजी सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Save the recovery key first: without it, the clinic's records are lost with this computer.</source>
        <translation>पहले रिकवरी कुंजी सहेजें: इसके बिना इस कंप्यूटर के साथ क्लिनिक के रिकॉर्ड भी खो जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Set up your clinic</source>
        <translation>अपना क्लिनिक सेट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>The passphrases do not match.</source>
        <translation>पासफ़्रेज़ मेल नहीं खाते।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Welcome to MedLink</source>
        <translation>MedLink में आपका स्वागत है</translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>&amp;Close the kiosk</source>
        <translation>कियॉस्क बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>Administrator e-mail</source>
        <translation>प्रशासक का ई-मेल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>For clinic staff: an administrator signs in to close the kiosk.</source>
        <translation>क्लिनिक स्टाफ़ के लिए: कियॉस्क बंद करने के लिए प्रशासक साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>Leave kiosk mode</source>
        <translation>कियॉस्क मोड छोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>That did not work.</source>
        <translation>यह नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>KioskFilePicker</name>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>&amp;Use this file</source>
        <translation>यह फ़ाइल इस्तेमाल करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>Choose your report</source>
        <translation>अपनी रिपोर्ट चुनें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>Insert your USB drive or scan your document at the scanner, then press Refresh. Only PDF, JPEG and PNG files are listed.</source>
        <translation>अपनी USB ड्राइव लगाएँ या स्कैनर पर दस्तावेज़ स्कैन करें, फिर “ताज़ा करें” दबाएँ। केवल PDF, JPEG और PNG फ़ाइलें दिखती हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>No report found. Insert your USB drive or scan your document, then press Refresh.</source>
        <translation>कोई रिपोर्ट नहीं मिली। अपनी USB ड्राइव लगाएँ या दस्तावेज़ स्कैन करें, फिर “ताज़ा करें” दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>Uploading from this kiosk is not set up. Please ask the front desk to scan your report.</source>
        <translation>इस कियॉस्क से अपलोड की सुविधा नहीं है। कृपया फ़्रंट डेस्क से अपनी रिपोर्ट स्कैन करवाएँ।</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>1 tablet</source>
        <translation>1 गोली</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>5 days</source>
        <translation>5 दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>650 mg</source>
        <translation>650 mg</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>After food</source>
        <translation>खाने के बाद</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Arrived</source>
        <translation>पहुँच गए</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Awaiting verification</source>
        <translation>सत्यापन की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Bill of Supply</source>
        <translation>आपूर्ति का बिल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/patient/common.py"/>
        <source>Booked</source>
        <translation>बुक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/patient/common.py"/>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Cardiologist</source>
        <translation>हृदय रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/patient/common.py"/>
        <source>Checked in</source>
        <translation>चेक-इन हो गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Child</source>
        <translation>संतान</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Clinic charge</source>
        <translation>क्लिनिक शुल्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Clinic service charge (₹)</source>
        <translation>क्लिनिक सेवा शुल्क (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/patient/common.py"/>
        <source>Completed</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Consultation fee (₹)</source>
        <translation>परामर्श फ़ीस (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Dentist</source>
        <translation>दंत चिकित्सक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Dermatologist</source>
        <translation>त्वचा रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Discharge summary</source>
        <translation>डिस्चार्ज सारांश</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Dose</source>
        <translation>ख़ुराक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>ENT</source>
        <translation>नाक-कान-गला (ENT)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Endocrinologist</source>
        <translation>हार्मोन रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Frequency</source>
        <translation>कितनी बार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Friday</source>
        <translation>शुक्रवार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Front desk</source>
        <translation>फ़्रंट डेस्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Gastroenterologist</source>
        <translation>पेट रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>General Physician</source>
        <translation>सामान्य चिकित्सक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Grandchild</source>
        <translation>पोता/पोती</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Grandparent</source>
        <translation>दादा-दादी/नाना-नानी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Gynaecologist</source>
        <translation>स्त्री रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Imaging</source>
        <translation>इमेजिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>In person</source>
        <translation>क्लिनिक में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Insurance</source>
        <translation>बीमा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Invoice-cum-Bill of Supply</source>
        <translation>बीजक-सह-आपूर्ति का बिल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Lab report</source>
        <translation>लैब रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Lab test</source>
        <translation>लैब जाँच</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Lab test fee (₹)</source>
        <translation>लैब जाँच फ़ीस (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Lab tests</source>
        <translation>लैब जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Last 365 days</source>
        <translation>पिछले 365 दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Last 90 days</source>
        <translation>पिछले 90 दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Medication</source>
        <translation>दवाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Medication fee (₹)</source>
        <translation>दवा फ़ीस (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Medicine</source>
        <translation>दवा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/common.py"/>
        <source>Missed</source>
        <translation>छूटा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Monday</source>
        <translation>सोमवार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Net banking</source>
        <translation>नेट बैंकिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Neurologist</source>
        <translation>तंत्रिका रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>No-show</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>None — local relay only</source>
        <translation>कोई नहीं — केवल स्थानीय रिले</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Ophthalmologist</source>
        <translation>नेत्र रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Orthopaedist</source>
        <translation>हड्डी रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Other charges</source>
        <translation>अन्य शुल्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Other family member</source>
        <translation>परिवार का अन्य सदस्य</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Other fee (₹)</source>
        <translation>अन्य फ़ीस (₹)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Paediatrician</source>
        <translation>बाल रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Parent</source>
        <translation>माता/पिता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Prefer not to say</source>
        <translation>बताना नहीं चाहते</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Prescription</source>
        <translation>पर्चा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Psychiatrist</source>
        <translation>मनोचिकित्सक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Pulmonologist</source>
        <translation>फेफड़ा रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Saturday</source>
        <translation>शनिवार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Seen</source>
        <translation>देखे गए</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Service charge</source>
        <translation>सेवा शुल्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Sibling</source>
        <translation>भाई/बहन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Spouse</source>
        <translation>पति/पत्नी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Strength</source>
        <translation>पावर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Sunday</source>
        <translation>रविवार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Suspended</source>
        <translation>निलंबित</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Tax Invoice</source>
        <translation>कर बीजक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Thursday</source>
        <translation>गुरुवार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Tuesday</source>
        <translation>मंगलवार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Unpaid</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Urologist</source>
        <translation>मूत्र रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Void</source>
        <translation>अमान्य</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Wednesday</source>
        <translation>बुधवार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>e.g. Paracetamol</source>
        <translation>जैसे पैरासिटामोल</translation>
    </message>
</context>
<context>
    <name>LabsTab</name>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>&amp;Save result</source>
        <translation>परिणाम सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Attach lab's PDF…</source>
        <translation>लैब की PDF लगाएँ…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Attach the lab's report</source>
        <translation>लैब की रिपोर्ट लगाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Awaiting result</source>
        <translation>परिणाम की प्रतीक्षा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Choose the visit and the test.</source>
        <translation>विज़िट और जाँच चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Flag</source>
        <translation>संकेत</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Order for visit</source>
        <translation>विज़िट के लिए लिखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Order test</source>
        <translation>जाँच लिखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Ordered</source>
        <translation>लिखी गई</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Price</source>
        <translation>दाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reports (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>रिपोर्ट (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Result in</source>
        <translation>परिणाम दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Result value</source>
        <translation>परिणाम का मान</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="vanished">परिणाम सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Select the test the report is for.</source>
        <translation>वह जाँच चुनें जिसकी यह रिपोर्ट है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Select the test the result is for.</source>
        <translation>वह जाँच चुनें जिसका यह परिणाम है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Test</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Written result / comment (optional)</source>
        <translation>लिखित परिणाम / टिप्पणी (वैकल्पिक)</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../medlink/ui/language_chooser.py"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/language_chooser.py"/>
        <source>The language of MedLink's screens on this computer</source>
        <translation>इस कंप्यूटर पर MedLink की स्क्रीनों की भाषा</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>&amp;E-mail address</source>
        <translation>ई-मेल पता (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>&amp;Sign in</source>
        <translation>साइन इन करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>About</source>
        <translation>परिचय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Demo clinic accounts (select and copy)</source>
        <translation>डेमो क्लिनिक खाते (चुनकर कॉपी करें)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Doctor? Register</source>
        <translation>डॉक्टर हैं? पंजीकरण करें</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Enter your e-mail address and password.</source>
        <translation>अपना ई-मेल पता और पासवर्ड डालें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>New patient? Create an account</source>
        <translation>नए मरीज़ हैं? खाता बनाएँ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Staff: leave kiosk</source>
        <translation>स्टाफ़: कियॉस्क छोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Still opening the clinic's database — one moment, please.</source>
        <translation>क्लिनिक का डेटाबेस अभी खुल रहा है — कृपया एक क्षण रुकें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>This kiosk is for patients. Staff and doctors please use a clinic workstation.</source>
        <translation>यह कियॉस्क मरीज़ों के लिए है। स्टाफ़ और डॉक्टर कृपया क्लिनिक का कंप्यूटर इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Version, licences and data folders (F1)</source>
        <translation>संस्करण, लाइसेंस और डेटा फ़ोल्डर (F1)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Welcome! Sign in to book, check in or upload your reports.</source>
        <translation>स्वागत है! अपॉइंटमेंट बुक करने, चेक-इन करने या रिपोर्ट अपलोड करने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Welcome. Please sign in.</source>
        <translation>स्वागत है। कृपया साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>{clinic_name} — Patient kiosk</source>
        <translation>{clinic_name} — मरीज़ कियॉस्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>{clinic_name} — Sign in</source>
        <translation>{clinic_name} — साइन इन</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source> ({regenerated} regenerated)</source>
        <translation> ({regenerated} फिर से बनाई गईं)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Also decrypt every record to verify it (slower)</source>
        <translation>हर रिकॉर्ड खोलकर भी जाँचें (धीमा)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Back up now…</source>
        <translation>अभी बैकअप लें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Backup</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Backup (*.zip)</source>
        <translation>बैकअप (*.zip)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Backup written and verified: {path} ({value:.1f} MB, {sum} rows, {files} files).</source>
        <translation>बैकअप लिखा और जाँचा गया: {path} ({value:.1f} MB, {sum} पंक्तियाँ, {files} फ़ाइलें)।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Check now</source>
        <translation>अभी जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Clinic key</source>
        <translation>क्लिनिक कुंजी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Clinic key {0}, in this computer’s keyring.</source>
        <translation>क्लिनिक कुंजी {0}, इस कंप्यूटर के कीरिंग में।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Clinic key {0}. A rotation to {1} is unfinished: resume it to finish re-encrypting.</source>
        <translation>क्लिनिक कुंजी {0}। {1} पर बदलाव अधूरा है: दोबारा एन्क्रिप्ट करना पूरा करने के लिए इसे फिर से शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Compares the records folder with the database: files that are missing, files no record refers to, and files left by an interrupted write.</source>
        <translation>रिकॉर्ड फ़ोल्डर को डेटाबेस से मिलाता है: ग़ायब फ़ाइलें, ऐसी फ़ाइलें जिनका कोई रिकॉर्ड नहीं, और अधूरे लेखन से बची फ़ाइलें।</translation>
    </message>
    <message>
        <source>Copies every receipt PDF of a period into a folder (e.g. for the accountant). Missing PDFs are regenerated with their number.</source>
        <translation type="vanished">किसी अवधि की हर रसीद की PDF एक फ़ोल्डर में कॉपी करता है (जैसे अकाउंटेंट के लिए)। ग़ायब PDF उसी संख्या के साथ फिर से बनती हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Copies every receipt PDF of a period, decrypted, into a folder you choose (e.g. for the accountant); the copies there are no longer protected by MedLink, and the export is recorded in the audit log. Missing PDFs are regenerated with their number.</source>
        <translation>किसी अवधि की हर रसीद की PDF, डिक्रिप्ट करके, आपके चुने फ़ोल्डर में कॉपी करता है (जैसे अकाउंटेंट के लिए); वहाँ की कॉपियाँ MedLink से सुरक्षित नहीं रहतीं, और यह एक्सपोर्ट ऑडिट लॉग में दर्ज होता है। ग़ायब PDF उसी संख्या के साथ फिर से बनती हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Every audit row is sealed with the clinic key and the seal of the row before it. Verifying recomputes every seal and names the first row that was changed or deleted. Emergency (break-glass) chart access by doctors is listed below for review.</source>
        <translation>हर ऑडिट पंक्ति क्लिनिक कुंजी और पिछली पंक्ति की मुहर से सील होती है। जाँच हर मुहर को दोबारा गिनती है और बदली या हटाई गई पहली पंक्ति बताती है। डॉक्टरों द्वारा आपातकालीन (ब्रेक-ग्लास) चार्ट पहुँच समीक्षा के लिए नीचे दी गई है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Every record, the database and every backup are encrypted with the clinic key. Rotating it makes a new key and re-encrypts everything in the background; it can be stopped and resumed later. Close MedLink on the other workstations first, and export the new key afterwards.</source>
        <translation>हर रिकॉर्ड, डेटाबेस और हर बैकअप क्लिनिक कुंजी से एन्क्रिप्ट है। कुंजी बदलने पर नई कुंजी बनती है और सब कुछ पृष्ठभूमि में दोबारा एन्क्रिप्ट होता है; इसे रोका और बाद में फिर शुरू किया जा सकता है। पहले दूसरे वर्कस्टेशनों पर MedLink बंद करें, और बाद में नई कुंजी निर्यात करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Everything matches: no problems found.</source>
        <translation>सब कुछ मेल खाता है: कोई समस्या नहीं मिली।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Export receipts</source>
        <translation>रसीदें निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Export receipts into</source>
        <translation>रसीदें यहाँ निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Exporting receipts…</source>
        <translation>रसीदें निर्यात हो रही हैं…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Fails its integrity check</source>
        <translation>अखंडता जाँच में असफल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>File missing</source>
        <translation>फ़ाइल नहीं मिली</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>File without a record</source>
        <translation>बिना रिकॉर्ड की फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Keep the clinic's data safe. Each task runs in the background; you can keep working meanwhile.</source>
        <translation>क्लिनिक का डेटा सुरक्षित रखें। हर काम पृष्ठभूमि में चलता है; इस बीच आप काम करते रह सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Left by an interrupted write</source>
        <translation>अधूरे लेखन से बची</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Maintenance</source>
        <translation>रखरखाव</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Make a new clinic key and re-encrypt every record and the database with it?

Close MedLink on the other workstations first. Afterwards, export the new key (medlink key export FILE) and keep it with the recovery file.</source>
        <translation>नई क्लिनिक कुंजी बनाकर हर रिकॉर्ड और डेटाबेस को उससे दोबारा एन्क्रिप्ट करें?

पहले दूसरे वर्कस्टेशनों पर MedLink बंद करें। बाद में नई कुंजी निर्यात करें (medlink key export FILE) और उसे रिकवरी फ़ाइल के साथ रखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>No emergency chart access has been recorded.</source>
        <translation>कोई आपातकालीन चार्ट पहुँच दर्ज नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>No receipts were issued in that period.</source>
        <translation>उस अवधि में कोई रसीद जारी नहीं हुई।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Not checked yet.</source>
        <translation>अभी जाँचा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Not verified yet.</source>
        <translation>अभी सत्यापित नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>One encrypted, signed file with every table and every record, verified after writing. It can be restored only with the clinic key: keep the recovery key file and its passphrase safe as well. Restore with the command “medlink restore FILE”.</source>
        <translation>हर तालिका और हर रिकॉर्ड वाली एक एन्क्रिप्टेड, हस्ताक्षरित फ़ाइल, जो लिखने के बाद जाँची जाती है। इसे केवल क्लिनिक कुंजी से वापस लाया जा सकता है: रिकवरी कुंजी फ़ाइल और उसका पासफ़्रेज़ भी सुरक्षित रखें। “medlink restore FILE” कमांड से वापस लाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Re-encrypting the clinic's files…</source>
        <translation>क्लिनिक की फ़ाइलें दोबारा एन्क्रिप्ट हो रही हैं…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Re-encrypting with a new clinic key…</source>
        <translation>नई क्लिनिक कुंजी से दोबारा एन्क्रिप्ट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Reading the clinic key…</source>
        <translation>क्लिनिक कुंजी पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Records folder check</source>
        <translation>रिकॉर्ड फ़ोल्डर की जाँच</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Resume the rotation</source>
        <translation>कुंजी बदलना फिर शुरू करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Rotate the clinic key</source>
        <translation>क्लिनिक कुंजी बदलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Rotate the clinic key…</source>
        <translation>क्लिनिक कुंजी बदलें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Save backup as</source>
        <translation>बैकअप इस नाम से सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The audit log could not be verified.</source>
        <translation>ऑडिट लॉग की जाँच नहीं हो सकी।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The audit log is intact: {0} rows checked, every link holds.</source>
        <translation>ऑडिट लॉग सुरक्षित है: {0} पंक्तियाँ जाँची गईं, हर कड़ी सही है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The backup was not written.</source>
        <translation>बैकअप नहीं लिखा गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The check could not run.</source>
        <translation>जाँच नहीं चल सकी।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The clinic key is now {0} ({1} files re-encrypted, {2} already done). Export the new key now and keep it with the recovery file.</source>
        <translation>क्लिनिक कुंजी अब {0} है ({1} फ़ाइलें दोबारा एन्क्रिप्ट हुईं, {2} पहले ही हो चुकी थीं)। नई कुंजी अभी निर्यात करें और उसे रिकवरी फ़ाइल के साथ रखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The clinic key's state could not be read.</source>
        <translation>क्लिनिक कुंजी की स्थिति पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The export did not finish.</source>
        <translation>निर्यात पूरा नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The rotation did not finish; resume it to continue where it stopped.</source>
        <translation>कुंजी बदलना पूरा नहीं हुआ; जहाँ रुका था वहीं से जारी रखने के लिए इसे फिर शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The rotation was stopped; the files done so far keep the new key. Resume it to finish.</source>
        <translation>कुंजी बदलना रोक दिया गया; अब तक की फ़ाइलें नई कुंजी के साथ रहेंगी। पूरा करने के लिए इसे फिर शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Verify audit log</source>
        <translation>ऑडिट लॉग जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Verifying…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Workstation</source>
        <translation>कंप्यूटर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Writing and verifying the backup…</source>
        <translation>बैकअप लिखा और जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>{exported} receipt(s) exported to {folder}{extra}.</source>
        <translation>{exported} रसीदें {folder} में निर्यात की गईं{extra}।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>{len} problem(s) found. “medlink check --repair” removes leftovers older than 10 minutes; missing receipts are regenerated when opened.</source>
        <translation>{len} समस्याएँ मिलीं। “medlink check --repair” 10 मिनट से पुराने बचे हुए हिस्से हटाता है; ग़ायब रसीदें खोलने पर फिर से बन जाती हैं।</translation>
    </message>
</context>
<context>
    <name>MeetLinksPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Add a link</source>
        <translation>लिंक जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Add link</source>
        <translation>लिंक जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Create a new Meet…</source>
        <translation>नया Meet बनाएँ…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Link</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Make personal room</source>
        <translation>निजी रूम बनाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Meeting links</source>
        <translation>मीटिंग लिंक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>No meeting links yet. Create a Meet in your browser, copy its link and paste it above — online appointments then get it automatically.</source>
        <translation>अभी कोई मीटिंग लिंक नहीं है। ब्राउज़र में Meet बनाएँ, उसका लिंक कॉपी करके ऊपर पेस्ट करें — फिर ऑनलाइन अपॉइंटमेंट को यह अपने-आप मिल जाएगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Online consultations use Google Meet. Keep one personal room, or a few links that MedLink shares out among your online appointments. Patients get the link by e-mail.</source>
        <translation>ऑनलाइन परामर्श Google Meet से होते हैं। एक निजी रूम रखें, या कुछ लिंक जिन्हें MedLink आपके ऑनलाइन अपॉइंटमेंट में बाँट देता है। मरीज़ों को लिंक ई-मेल से मिलता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Opens meet.google.com/new in your browser; copy the new link and paste it here.</source>
        <translation>आपके ब्राउज़र में meet.google.com/new खुलता है; नया लिंक कॉपी करके यहाँ पेस्ट करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Paste from clipboard</source>
        <translation>क्लिपबोर्ड से पेस्ट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Personal room</source>
        <translation>निजी रूम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Pool</source>
        <translation>साझा सूची</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Remove link</source>
        <translation>लिंक हटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Remove {url} from your links? Appointments that already have this link keep it.</source>
        <translation>{url} को अपने लिंक से हटाएँ? जिन अपॉइंटमेंट में यह लिंक पहले से है, उनमें बना रहेगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Remove…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>The clipboard is empty. Copy the Meet link first.</source>
        <translation>क्लिपबोर्ड ख़ाली है। पहले Meet लिंक कॉपी करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>This is my personal room (used for every online appointment)</source>
        <translation>यह मेरा निजी रूम है (हर ऑनलाइन अपॉइंटमेंट के लिए)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Use</source>
        <translation>इस्तेमाल करें</translation>
    </message>
</context>
<context>
    <name>MessageRow</name>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>  ·  MedLink assistant</source>
        <translation>  ·  MedLink सहायक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Assistant: </source>
        <translation>सहायक: </translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Copy {value} to the clipboard</source>
        <translation>{value} को क्लिपबोर्ड पर कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Open the booking page for a {value}</source>
        <translation>{value} के लिए बुकिंग पन्ना खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>You: </source>
        <translation>आप: </translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>⚠  Possible emergency — get help now</source>
        <translation>⚠  संभावित आपातकाल — तुरंत मदद लें</translation>
    </message>
</context>
<context>
    <name>MyAppointmentsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source> · Cancelled: {cancel_reason}</source>
        <translation> · रद्द: {cancel_reason}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Appointment cancelled. A confirmation e-mail is queued.</source>
        <translation>अपॉइंटमेंट रद्द हो गया। पुष्टि का ई-मेल कतार में है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Book a new appointment</source>
        <translation>नया अपॉइंटमेंट बुक करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Cancel appointment</source>
        <translation>अपॉइंटमेंट रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Cancel appointment…</source>
        <translation>अपॉइंटमेंट रद्द करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Cancel your appointment with {doctor_name} on {format_when}?

The time will be offered to other patients.</source>
        <translation>{format_when} को {doctor_name} के साथ अपना अपॉइंटमेंट रद्द करें?

यह समय दूसरे मरीज़ों को दिया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Copy link</source>
        <translation>लिंक कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Join video call</source>
        <translation>वीडियो कॉल से जुड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Link copied. Paste it into your browser at the appointment time.</source>
        <translation>लिंक कॉपी हो गया। अपॉइंटमेंट के समय इसे अपने ब्राउज़र में पेस्ट करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>My appointments</source>
        <translation>मेरे अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Past</source>
        <translation>पिछले</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Past ({len})</source>
        <translation>पिछले ({len})</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Reschedule…</source>
        <translation>समय बदलें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Select an appointment to see what you can do with it.</source>
        <translation>अपॉइंटमेंट चुनें, यह देखने के लिए कि आप उसमें क्या कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Times are clinic time ({getattr}).</source>
        <translation>समय क्लिनिक के समय ({getattr}) के अनुसार है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Upcoming</source>
        <translation>आने वाले</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Upcoming ({len})</source>
        <translation>आने वाले ({len})</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>You have no upcoming appointments. Use “Book a new appointment” to see a doctor.</source>
        <translation>आपका कोई आने वाला अपॉइंटमेंट नहीं है। डॉक्टर से मिलने के लिए “नया अपॉइंटमेंट बुक करें” इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Your past appointments will appear here.</source>
        <translation>आपके पिछले अपॉइंटमेंट यहाँ दिखेंगे।</translation>
    </message>
</context>
<context>
    <name>MyBillsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>My bills</source>
        <translation>मेरे बिल</translation>
    </message>
    <message>
        <source>No PDF viewer was found on this computer. Use “Save receipt as…”.</source>
        <translation type="vanished">इस कंप्यूटर पर कोई PDF व्यूअर नहीं मिला। “रसीद इस नाम से सहेजें…” इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>No bills yet. After a visit the clinic's receipt appears here.</source>
        <translation>अभी कोई बिल नहीं है। विज़िट के बाद क्लिनिक की रसीद यहाँ दिखेगी।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Open receipt</source>
        <translation>रसीद खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Receipts for your consultations, tests and medicines. Amounts include GST where it applies.</source>
        <translation>आपके परामर्श, जाँचों और दवाओं की रसीदें। जहाँ लागू हो, राशि में GST शामिल है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Save receipt</source>
        <translation>रसीद सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Save receipt as…</source>
        <translation>रसीद इस नाम से सहेजें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Saved to {target}</source>
        <translation>{target} में सहेजा गया</translation>
    </message>
    <message>
        <source>The receipt could not be saved: {value}.</source>
        <translation type="vanished">रसीद सहेजी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <source>{len} receipt{value}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>{len} unpaid · {format_money} due at the front desk</source>
        <translation>{len} बकाया · {format_money} फ़्रंट डेस्क पर देय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>{n} receipt</source>
        <translation>{n} रसीद</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>{n} receipts</source>
        <translation>{n} रसीदें</translation>
    </message>
</context>
<context>
    <name>MyFamilyPage</name>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Add a family member…</source>
        <translation>परिवार का सदस्य जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Book appointments, upload records and see bills for your children or parents from your own account.</source>
        <translation>अपने ही खाते से अपने बच्चों या माता-पिता के लिए अपॉइंटमेंट बुक करें, रिकॉर्ड अपलोड करें और बिल देखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>My family</source>
        <translation>मेरा परिवार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>No family members yet. Add a child or a parent to book for them.</source>
        <translation>अभी परिवार का कोई सदस्य नहीं है। उनके लिए बुक करने हेतु बच्चे या माता-पिता को जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Relationship</source>
        <translation>संबंध</translation>
    </message>
</context>
<context>
    <name>MyPrescriptionsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Everything your doctors prescribed or tested. Open a prescription to print it or show it at the pharmacy.</source>
        <translation>आपके डॉक्टरों ने जो भी दवा लिखी या जाँच करवाई। पर्चा प्रिंट करने या फ़ार्मेसी पर दिखाने के लिए उसे खोलें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Flag</source>
        <translation>संकेत</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>High</source>
        <translation>अधिक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Lab results</source>
        <translation>लैब परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Lab results (%1)</source>
        <translation>लैब परिणाम (%1)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Medicines / tests</source>
        <translation>दवाएँ / जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>No lab tests yet. Tests your doctor orders, and their results, appear here.</source>
        <translation>अभी कोई लैब जाँच नहीं है। डॉक्टर जो जाँचें लिखते हैं, और उनके परिणाम, यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>No prescriptions yet. After a consultation your doctor's prescription appears here.</source>
        <translation>अभी कोई पर्चा नहीं है। परामर्श के बाद आपके डॉक्टर का पर्चा यहाँ दिखेगा।</translation>
    </message>
    <message>
        <source>No program to open this file was found on this computer.</source>
        <translation type="vanished">इस कंप्यूटर पर यह फ़ाइल खोलने वाला कोई प्रोग्राम नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>No.</source>
        <translation>सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Open lab report</source>
        <translation>लैब रिपोर्ट खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Open prescription</source>
        <translation>पर्चा खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Ordered</source>
        <translation>लिखी गई</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Prescriptions</source>
        <translation>पर्चे</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Prescriptions (%1)</source>
        <translation>पर्चे (%1)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Prescriptions and lab results</source>
        <translation>पर्चे और लैब परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Test</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>The lab's report for this test has not been added yet.</source>
        <translation>इस जाँच की लैब रिपोर्ट अभी नहीं जोड़ी गई है।</translation>
    </message>
</context>
<context>
    <name>MyProfilePage</name>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>&amp;Save changes</source>
        <translation>बदलाव सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Change password…</source>
        <translation>पासवर्ड बदलें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Keep these details up to date — doctors see your allergies and known conditions. Your e-mail address is your sign-in name; ask the front desk to change it.</source>
        <translation>यह विवरण सही रखें — डॉक्टर आपकी एलर्जी और ज्ञात बीमारियाँ देखते हैं। आपका ई-मेल पता ही आपका साइन-इन नाम है; इसे बदलने के लिए फ़्रंट डेस्क से कहें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>My profile</source>
        <translation>मेरी प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="vanished">बदलाव सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Undo changes</source>
        <translation>बदलाव वापस लें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Your password was changed.</source>
        <translation>आपका पासवर्ड बदल दिया गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Your profile was saved.</source>
        <translation>आपकी प्रोफ़ाइल सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>MyRecordsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Delete record</source>
        <translation>रिकॉर्ड हटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Delete “{title}” from your records?

This cannot be undone.</source>
        <translation>“{title}” को अपने रिकॉर्ड से हटाएँ?

इसे वापस नहीं लाया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Lab reports, prescriptions and scans. Your doctors at this clinic can see them; files are stored encrypted.</source>
        <translation>लैब रिपोर्ट, पर्चे और स्कैन। इस क्लिनिक के आपके डॉक्टर इन्हें देख सकते हैं; फ़ाइलें एन्क्रिप्ट करके रखी जाती हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Loading preview…</source>
        <translation>पूर्वावलोकन लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>My records</source>
        <translation>मेरे रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>No preview available.</source>
        <translation>पूर्वावलोकन उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>No records yet. Use “Upload a record…” to add a lab report, prescription or scan (PDF, JPEG or PNG).</source>
        <translation>अभी कोई रिकॉर्ड नहीं है। लैब रिपोर्ट, पर्चा या स्कैन (PDF, JPEG या PNG) जोड़ने के लिए “रिकॉर्ड अपलोड करें…” इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>PDF document

Use “Open” to read it here; nothing is copied out of MedLink.</source>
        <translation>PDF दस्तावेज़

इसे यहीं पढ़ने के लिए “खोलें” इस्तेमाल करें; MedLink से बाहर कुछ भी कॉपी नहीं होता।</translation>
    </message>
    <message>
        <source>PDF document

Use “Open” to read it in your PDF viewer.</source>
        <translation type="vanished">PDF दस्तावेज़

अपने PDF व्यूअर में पढ़ने के लिए “खोलें” इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Select a record to preview it.</source>
        <translation>पूर्वावलोकन के लिए रिकॉर्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Upload a record…</source>
        <translation>रिकॉर्ड अपलोड करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>“{title}” was deleted.</source>
        <translation>“{title}” हटा दिया गया।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>“{title}” was uploaded and stored encrypted.</source>
        <translation>“{title}” अपलोड होकर एन्क्रिप्ट करके रखा गया।</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>All messages</source>
        <translation>सभी संदेश</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Booking confirmation</source>
        <translation>बुकिंग की पुष्टि</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Cancellation</source>
        <translation>रद्दीकरण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Don't send</source>
        <translation>न भेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Don't send…</source>
        <translation>न भेजें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>E-mail outbox</source>
        <translation>ई-मेल आउटबॉक्स</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Every e-mail MedLink sends waits here until the mail server accepts it. Failed messages show the server's reason; fix the settings, then retry.</source>
        <translation>MedLink का हर ई-मेल तब तक यहाँ रहता है जब तक मेल सर्वर उसे स्वीकार न कर ले। असफल संदेशों में सर्वर का कारण दिखता है; सेटिंग ठीक करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Failed</source>
        <translation>असफल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Failed after {attempts} tries: {last_error}</source>
        <translation>{attempts} कोशिशों के बाद असफल: {last_error}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Meeting link</source>
        <translation>मीटिंग लिंक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Never send “{subject}” to {to_address}?</source>
        <translation>“{subject}” को {to_address} पर कभी न भेजें?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Next try {format_when}</source>
        <translation>अगली कोशिश {format_when}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>No {lower} messages.</source>
        <translation>कोई {lower} संदेश नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Note to doctor</source>
        <translation>डॉक्टर के लिए नोट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Reason / sent</source>
        <translation>कारण / भेजा गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Reminder</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Reschedule</source>
        <translation>समय बदलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>The outbox is empty.</source>
        <translation>आउटबॉक्स ख़ाली है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Verification result</source>
        <translation>सत्यापन का परिणाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
</context>
<context>
    <name>PatientAppointmentsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Link will be sent</source>
        <translation>लिंक भेजा जाएगा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Speciality</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Video link</source>
        <translation>वीडियो लिंक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
</context>
<context>
    <name>PatientBillsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Receipt no.</source>
        <translation>रसीद सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
</context>
<context>
    <name>PatientDoctorsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Clinic</source>
        <translation>क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Exp.</source>
        <translation>अनुभव</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Next free slot</source>
        <translation>अगला ख़ाली समय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Qualifications</source>
        <translation>योग्यताएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Speciality</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{years} yrs</source>
        <translation>{years} वर्ष</translation>
    </message>
</context>
<context>
    <name>PatientFields</name>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>About you</source>
        <translation>आपके बारे में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>As on your ID, e.g. Priya Sharma</source>
        <translation>जैसा आपके पहचान-पत्र पर है, जैसे प्रिया शर्मा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Blood group</source>
        <translation>ब्लड ग्रुप</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>DD-MM-YYYY, e.g. 15-08-1985</source>
        <translation>DD-MM-YYYY, जैसे 15-08-1985</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>E-mail address</source>
        <translation>ई-मेल पता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>E-mails, reminders and printed documents use this language.</source>
        <translation>ई-मेल, रिमाइंडर और प्रिंट किए गए दस्तावेज़ इसी भाषा में होंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Emergency contact</source>
        <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Emergency contact phone</source>
        <translation>आपातकालीन संपर्क फ़ोन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Health and emergency contact</source>
        <translation>स्वास्थ्य और आपातकालीन संपर्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>House, street, area, city, PIN code</source>
        <translation>मकान, गली, इलाक़ा, शहर, पिन कोड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Known conditions</source>
        <translation>ज्ञात बीमारियाँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Known conditions / medical history</source>
        <translation>ज्ञात बीमारियाँ / चिकित्सा इतिहास</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Mobile number</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Name and relation, e.g. Anil (husband)</source>
        <translation>नाम और संबंध, जैसे अनिल (पति)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Not known</source>
        <translation>ज्ञात नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Preferred language</source>
        <translation>पसंदीदा भाषा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Their phone</source>
        <translation>उनका फ़ोन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>e.g. diabetes since 2015, asthma</source>
        <translation>जैसे 2015 से मधुमेह, दमा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>e.g. penicillin, peanuts — or leave empty</source>
        <translation>जैसे पेनिसिलिन, मूँगफली — या ख़ाली छोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
</context>
<context>
    <name>PatientRecordsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Uploaded by</source>
        <translation>अपलोड करने वाले</translation>
    </message>
</context>
<context>
    <name>PatientSignUpDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>&amp;Create account</source>
        <translation>खाता बनाएँ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Choose a password.</source>
        <translation>पासवर्ड चुनें।</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="vanished">खाता बनाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Create new account</source>
        <translation>नया खाता बनाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Create your patient account</source>
        <translation>अपना मरीज़ खाता बनाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Creating your account…</source>
        <translation>आपका खाता बन रहा है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Repeat password</source>
        <translation>पासवर्ड दोबारा लिखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>The clinic may already have your record (same mobile number). The front desk can connect it to an account so your visits stay together.

Create a new account anyway?</source>
        <translation>हो सकता है क्लिनिक में आपका रिकॉर्ड पहले से हो (वही मोबाइल नंबर)। फ़्रंट डेस्क उसे खाते से जोड़ सकता है ताकि आपकी सारी विज़िट एक साथ रहें।

फिर भी नया खाता बनाएँ?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>The two passwords are different.</source>
        <translation>दोनों पासवर्ड अलग हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>With an account you can book appointments, see your bills and keep your reports in one place. Fields marked with a message must be corrected before the account can be created.</source>
        <translation>खाते से आप अपॉइंटमेंट बुक कर सकते हैं, अपने बिल देख सकते हैं और अपनी रिपोर्ट एक जगह रख सकते हैं। खाता बनाने से पहले संदेश वाले खाने ठीक करने होंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>You may already be registered</source>
        <translation>हो सकता है आपका पंजीकरण पहले से हो</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Your e-mail address is your sign-in name. We send appointment confirmations to it.</source>
        <translation>आपका ई-मेल पता ही आपका साइन-इन नाम है। अपॉइंटमेंट की पुष्टि हम उसी पर भेजते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>at least 8 characters</source>
        <translation>कम से कम 8 अक्षर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>{clinic_name} — Create your patient account</source>
        <translation>{clinic_name} — अपना मरीज़ खाता बनाएँ</translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>Check in</source>
        <translation>चेक-इन करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>Find a doctor</source>
        <translation>डॉक्टर खोजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>Health assistant</source>
        <translation>स्वास्थ्य सहायक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My appointments</source>
        <translation>मेरे अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My bills</source>
        <translation>मेरे बिल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My family</source>
        <translation>मेरा परिवार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My prescriptions</source>
        <translation>मेरे पर्चे</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My profile</source>
        <translation>मेरी प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My readings</source>
        <translation>मेरी रीडिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My records</source>
        <translation>मेरे रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>{clinic_name} — Patient kiosk</source>
        <translation>{clinic_name} — मरीज़ कियॉस्क</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>&amp;Book appointment</source>
        <translation>अपॉइंटमेंट बुक करें (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>&amp;Check in</source>
        <translation>चेक-इन करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Age</source>
        <translation>उम्र</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Age / gender</source>
        <translation>उम्र / लिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Allergies and problems</source>
        <translation>एलर्जी और समस्याएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Allergies and problems (%1)</source>
        <translation>एलर्जी और समस्याएँ (%1)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Allergies:</source>
        <translation>एलर्जी:</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Another doctor…</source>
        <translation>दूसरा डॉक्टर…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Bills ({len})</source>
        <translation>बिल ({len})</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Blood group</source>
        <translation>ब्लड ग्रुप</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Blood group {blood_group}</source>
        <translation>ब्लड ग्रुप {blood_group}</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation type="vanished">अपॉइंटमेंट बुक करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Born</source>
        <translation>जन्म</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Cancel appointment</source>
        <translation>अपॉइंटमेंट रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Cancel appointment…</source>
        <translation>अपॉइंटमेंट रद्द करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Cancel {full_name}'s appointment with {doctor_name} on {format_when}?

The patient is told by e-mail.</source>
        <translation>{format_when} को {doctor_name} के साथ {full_name} का अपॉइंटमेंट रद्द करें?

मरीज़ को ई-मेल से बताया जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Cancelled at the front desk</source>
        <translation>फ़्रंट डेस्क पर रद्द किया गया</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="vanished">चेक-इन करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Choose a patient on the left to see their details and appointments.</source>
        <translation>विवरण और अपॉइंटमेंट देखने के लिए बाईं ओर से मरीज़ चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Choose a patient to open their chart.</source>
        <translation>चार्ट खोलने के लिए मरीज़ चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Diagnosis</source>
        <translation>निदान</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Emergency: {name} {phone}</source>
        <translation>आपातकालीन संपर्क: {name} {phone}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Find a patient by name, mobile number or e-mail address — results appear as you type.</source>
        <translation>नाम, मोबाइल नंबर या ई-मेल पते से मरीज़ खोजें — लिखते ही परिणाम दिखते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Has an account</source>
        <translation>खाता है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Image</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Labs</source>
        <translation>लैब</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Labs (%1)</source>
        <translation>लैब (%1)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Last visit</source>
        <translation>पिछली विज़िट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Loading preview…</source>
        <translation>पूर्वावलोकन लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Mark paid</source>
        <translation>भुगतान दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Mark unpaid</source>
        <translation>बकाया दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Medicines / tests</source>
        <translation>दवाएँ / जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Move to another doctor of the same speciality (e.g. the doctor is absent)</source>
        <translation>उसी विशेषज्ञता के दूसरे डॉक्टर के पास भेजें (जैसे डॉक्टर अनुपस्थित हैं)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No appointments with you.</source>
        <translation>आपके साथ कोई अपॉइंटमेंट नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>No appointments yet. Use “Book appointment” to book one.</source>
        <translation>अभी कोई अपॉइंटमेंट नहीं है। बुक करने के लिए “अपॉइंटमेंट बुक करें” इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No bills for your appointments with this patient.</source>
        <translation>इस मरीज़ के साथ आपके अपॉइंटमेंट का कोई बिल नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No medical records uploaded for this patient yet.</source>
        <translation>इस मरीज़ का अभी कोई मेडिकल रिकॉर्ड अपलोड नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>No patient matches “{strip}”.

Check the spelling, or register them with “Register walk-in”.</source>
        <translation>“{strip}” से कोई मरीज़ मेल नहीं खाता।

वर्तनी जाँचें, या “वॉक-इन पंजीकरण” से पंजीकरण करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No patient of yours matches that name.</source>
        <translation>आपका कोई मरीज़ उस नाम से मेल नहीं खाता।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No patients yet. Patients appear here once they book an appointment with you.</source>
        <translation>अभी कोई मरीज़ नहीं। आपके साथ अपॉइंटमेंट बुक करते ही मरीज़ यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No prescriptions yet. Write one from the patient's appointment.</source>
        <translation>अभी कोई पर्चा नहीं। मरीज़ के अपॉइंटमेंट से पर्चा लिखें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No preview available</source>
        <translation>पूर्वावलोकन उपलब्ध नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No.</source>
        <translation>सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>None recorded</source>
        <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Not known</source>
        <translation>ज्ञात नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Open PDF</source>
        <translation>PDF खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Open in Appointments</source>
        <translation>अपॉइंटमेंट में खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Open receipt</source>
        <translation>रसीद खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>PDF document
{size}

Click Open to view it.</source>
        <translation>PDF दस्तावेज़
{size}

देखने के लिए “खोलें” पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Paid by</source>
        <translation>भुगतान का तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Patient ID P{id:06d}</source>
        <translation>मरीज़ ID P{id:06d}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Patients</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Prescriptions</source>
        <translation>पर्चे</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Prescriptions ({len})</source>
        <translation>पर्चे ({len})</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Print &amp;lab order…</source>
        <translation>लैब जाँच पर्ची प्रिंट करें (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Print receipt…</source>
        <translation>रसीद प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Problems / history:</source>
        <translation>समस्याएँ / इतिहास:</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Readings</source>
        <translation>रीडिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Record blood pressure, weight, sugar… at this visit</source>
        <translation>इस विज़िट में ब्लड प्रेशर, वज़न, शुगर… दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Records</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Records ({len})</source>
        <translation>रिकॉर्ड ({len})</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Register &amp;walk-in</source>
        <translation>वॉक-इन पंजीकरण (&amp;W)</translation>
    </message>
    <message>
        <source>Register walk-in</source>
        <translation type="vanished">वॉक-इन पंजीकरण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Reschedule…</source>
        <translation>समय बदलें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Search your patients by name…</source>
        <translation>अपने मरीज़ों को नाम से खोजें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Search: name, 98765 43210 or name@example.com</source>
        <translation>खोजें: नाम, 98765 43210 या name@example.com</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Select a record</source>
        <translation>रिकॉर्ड चुनें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>The file cannot be shown.</source>
        <translation>फ़ाइल नहीं दिखाई जा सकती।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Type at least one letter or three digits to find a patient.

New here? Use “Register walk-in”.</source>
        <translation>मरीज़ खोजने के लिए कम से कम एक अक्षर या तीन अंक लिखें।

नए हैं? “वॉक-इन पंजीकरण” इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Visits</source>
        <translation>विज़िट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Visits ({len})</source>
        <translation>विज़िट ({len})</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Vitals for %1</source>
        <translation>%1 के वाइटल्स</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Vitals — %1</source>
        <translation>वाइटल्स — %1</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Vitals…</source>
        <translation>वाइटल्स…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Walk-in (no account)</source>
        <translation>वॉक-इन (बिना खाता)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>none recorded</source>
        <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>{age} years</source>
        <translation>{age} वर्ष</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>{file} — uploaded by {who}</source>
        <translation>{file} — {who} ने अपलोड किया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>{value} years · {value2}</source>
        <translation>{value} वर्ष · {value2}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>— (none given)</source>
        <translation>— (नहीं दिया गया)</translation>
    </message>
</context>
<context>
    <name>PrescriptionDialog</name>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source> · Diagnosis: {diagnosis}</source>
        <translation> · निदान: {diagnosis}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>&amp;Save prescription</source>
        <translation>पर्चा सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>+ Add medicine</source>
        <translation>+ दवा जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Advice</source>
        <translation>सलाह</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Allergies:</source>
        <translation>एलर्जी:</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Allergies: loading…</source>
        <translation>एलर्जी: लोड हो रही है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Allergy warning</source>
        <translation>एलर्जी चेतावनी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Change the medicine, or type why you prescribe it anyway.</source>
        <translation>दवा बदलें, या लिखें कि फिर भी आप इसे क्यों लिख रहे हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Consultation {format_when}</source>
        <translation>परामर्श {format_when}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Follow-up visit on</source>
        <translation>फ़ॉलो-अप विज़िट की तारीख़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Lab tests advised</source>
        <translation>सुझाई गई जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Medicines</source>
        <translation>दवाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>One test per line, e.g.
Complete blood count
Dengue NS1 antigen</source>
        <translation>हर पंक्ति में एक जाँच, जैसे
Complete blood count
Dengue NS1 antigen</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Open PDF</source>
        <translation>PDF खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Prescribe anyway</source>
        <translation>फिर भी लिखें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Prescription %1 saved. The patient can see it in MedLink under My prescriptions.</source>
        <translation>पर्चा %1 सहेजा गया। मरीज़ इसे MedLink में “मेरे पर्चे” में देख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Prescription for {patient_name}</source>
        <translation>{patient_name} का पर्चा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Prescription — {patient_name}</source>
        <translation>पर्चा — {patient_name}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Remove this medicine</source>
        <translation>यह दवा हटाएँ</translation>
    </message>
    <message>
        <source>Save prescription</source>
        <translation type="vanished">पर्चा सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Why is this medicine safe for this patient? (required to prescribe it anyway; kept in the audit log)</source>
        <translation>यह दवा इस मरीज़ के लिए सुरक्षित क्यों है? (फिर भी लिखने के लिए ज़रूरी; ऑडिट लॉग में रखा जाता है)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>e.g. Drink plenty of fluids; rest for three days.</source>
        <translation>जैसे ख़ूब तरल पदार्थ पिएँ; तीन दिन आराम करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>none recorded</source>
        <translation>कुछ दर्ज नहीं</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>Paper:</source>
        <translation>काग़ज़:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>80 mm receipt roll</source>
        <translation>80 मिमी रसीद रोल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>80 mm roll</source>
        <translation>80 मिमी रोल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>A4 sheet</source>
        <translation>A4 पन्ना</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>A5 sheet</source>
        <translation>A5 पन्ना</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/operations/printing.py"/>
        <source>Print appointment slip</source>
        <translation>अपॉइंटमेंट पर्ची प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/operations/printing.py"/>
        <source>Print lab order</source>
        <translation>लैब जाँच पर्ची प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/operations/printing.py"/>
        <source>Print prescription</source>
        <translation>पर्चा प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/operations/printing.py"/>
        <source>Print receipt {number}</source>
        <translation>रसीद {number} प्रिंट करें</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>&amp;Save profile</source>
        <translation>प्रोफ़ाइल सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Change password…</source>
        <translation>पासवर्ड बदलें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>My profile</source>
        <translation>मेरी प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="vanished">प्रोफ़ाइल सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Saved ✓</source>
        <translation>सहेजा गया ✓</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>What patients see when they choose a doctor. Your e-mail address and registration number were verified by the clinic and can only be changed by the administrator.</source>
        <translation>डॉक्टर चुनते समय मरीज़ यह देखते हैं। आपका ई-मेल पता और पंजीकरण संख्या क्लिनिक ने सत्यापित की है और इन्हें केवल प्रशासक बदल सकते हैं।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>N&amp;o to All</source>
        <translation>सभी को नहीं (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/i18n.py"/>
        <source>Yes to &amp;All</source>
        <translation>सभी को हाँ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>All doctors</source>
        <translation>सभी डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mark &amp;arrived</source>
        <translation>पहुँचे दर्ज करें (&amp;A)</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation type="vanished">पहुँचे दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mark no-show</source>
        <translation>नहीं आए दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mark {patient_name} as not having come?</source>
        <translation>दर्ज करें कि {patient_name} नहीं आए?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>No appointments on this day.</source>
        <translation>इस दिन कोई अपॉइंटमेंट नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Print &amp;slip…</source>
        <translation>पर्ची प्रिंट करें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Queue</source>
        <translation>कतार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Select a patient, then mark them arrived when they reach the desk.</source>
        <translation>मरीज़ चुनें, फिर डेस्क पर पहुँचने पर उन्हें “पहुँचे” दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>{len} appointments · {waiting} expected · {arrived} arrived · {done} seen</source>
        <translation>{len} अपॉइंटमेंट · {waiting} अपेक्षित · {arrived} पहुँचे · {done} देखे गए</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>{status} at {time}</source>
        <translation>{status}, {time} बजे</translation>
    </message>
</context>
<context>
    <name>ReadingsPanel</name>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source> day(s)</source>
        <translation> दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>%1 every %2 day(s), target %3 — next due %4</source>
        <translation>%1 हर %2 दिन में, लक्ष्य %3 — अगली बार %4</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>&amp;Save reading</source>
        <translation>रीडिंग सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>&lt;b&gt;Monitoring plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;निगरानी योजना&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>&lt;b&gt;Monitoring plan&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;निगरानी योजना&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>&lt;b&gt;Monitoring plan&lt;/b&gt; (none yet)</source>
        <translation>&lt;b&gt;निगरानी योजना&lt;/b&gt; (अभी कोई नहीं)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>&lt;b&gt;{headline}&lt;/b&gt;&lt;br&gt;{advice}</source>
        <translation>&lt;b&gt;{headline}&lt;/b&gt;&lt;br&gt;{advice}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>BMI %1.</source>
        <translation>BMI %1.</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Entered %1</source>
        <translation>दर्ज %1</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Entered by</source>
        <translation>दर्ज करने वाले</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Instructions, e.g. before breakfast</source>
        <translation>निर्देश, जैसे नाश्ते से पहले</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Measurement</source>
        <translation>माप</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Monitoring plan:</source>
        <translation>निगरानी योजना:</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>My readings</source>
        <translation>मेरी रीडिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>No readings yet. Enter one above to start the trend.</source>
        <translation>अभी कोई रीडिंग नहीं है। रुझान शुरू करने के लिए ऊपर एक रीडिंग दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Note (optional), e.g. after a walk</source>
        <translation>नोट (वैकल्पिक), जैसे टहलने के बाद</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Plan:</source>
        <translation>योजना:</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Print flowsheet (PDF)</source>
        <translation>फ़्लोशीट प्रिंट करें (PDF)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Reading</source>
        <translation>रीडिंग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Save &amp;plan</source>
        <translation>योजना सहेजें (&amp;P)</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="vanished">योजना सहेजें</translation>
    </message>
    <message>
        <source>Save reading</source>
        <translation type="vanished">रीडिंग सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Saved: %1 %2.</source>
        <translation>सहेजा गया: %1 %2।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Show older readings</source>
        <translation>पुरानी रीडिंग दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>The monitoring doctor has been alerted.</source>
        <translation>निगरानी करने वाले डॉक्टर को सूचित कर दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>There is no plan for this measurement.</source>
        <translation>इस माप के लिए कोई योजना नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>This is outside the target your doctor set.</source>
        <translation>यह आपके डॉक्टर के तय लक्ष्य से बाहर है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Trend of</source>
        <translation>रुझान:</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Your doctor asked you to measure:</source>
        <translation>आपके डॉक्टर ने यह मापने को कहा है:</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Your doctor has been told.</source>
        <translation>आपके डॉक्टर को बता दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>dia. high</source>
        <translation>डाय. अधिक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>dia. low</source>
        <translation>डाय. कम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>e.g. %1</source>
        <translation>जैसे %1</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>every </source>
        <translation>हर </translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>high</source>
        <translation>अधिक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>low</source>
        <translation>कम</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../medlink/ui/doctor/common.py"/>
        <source>Go back</source>
        <translation>वापस जाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/common.py"/>
        <source>Please give a reason — the patient will see it.</source>
        <translation>कृपया कारण बताएँ — मरीज़ इसे देखेंगे।</translation>
    </message>
</context>
<context>
    <name>RecallPage</name>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Due</source>
        <translation>बाक़ी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Follow-ups due</source>
        <translation>बाक़ी फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Next 14 days</source>
        <translation>अगले 14 दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Next 30 days</source>
        <translation>अगले 30 दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Next 7 days</source>
        <translation>अगले 7 दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>No follow-ups are due in this period.</source>
        <translation>इस अवधि में कोई फ़ॉलो-अप बाक़ी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Opens WhatsApp with the reminder typed in; you press Send.</source>
        <translation>रिमाइंडर लिखा हुआ WhatsApp खुलता है; आप “भेजें” दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Overdue (last 14 days)</source>
        <translation>समय निकल चुका (पिछले 14 दिन)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Patients whose doctor asked to see them again and who have not booked yet. Call them, or send the reminder on WhatsApp.</source>
        <translation>वे मरीज़ जिन्हें डॉक्टर ने दोबारा बुलाया है और जिन्होंने अभी बुक नहीं किया। उन्हें फ़ोन करें, या WhatsApp पर रिमाइंडर भेजें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Share on &amp;WhatsApp</source>
        <translation>WhatsApp पर भेजें (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
</context>
<context>
    <name>RecordUploadDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>&amp;Upload</source>
        <translation>अपलोड करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Choose a report or scan</source>
        <translation>रिपोर्ट या स्कैन चुनें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Choose file…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Choose the file to upload.</source>
        <translation>अपलोड करने के लिए फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Date of the report</source>
        <translation>रिपोर्ट की तारीख़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Encrypting and saving the file…</source>
        <translation>फ़ाइल एन्क्रिप्ट करके सहेजी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>No file chosen</source>
        <translation>कोई फ़ाइल नहीं चुनी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>PDF, JPEG or PNG. The file is encrypted before it is stored.</source>
        <translation>PDF, JPEG या PNG। रखने से पहले फ़ाइल एन्क्रिप्ट की जाती है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="vanished">अपलोड करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Upload a record</source>
        <translation>रिकॉर्ड अपलोड करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Upload a report or scan</source>
        <translation>रिपोर्ट या स्कैन अपलोड करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Uploading</source>
        <translation>अपलोड हो रहा है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>e.g. Blood test — CBC</source>
        <translation>जैसे ख़ून की जाँच — CBC</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reset password</source>
        <translation>पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reset the password of {full_name}</source>
        <translation>{full_name} का पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Temporary password</source>
        <translation>अस्थायी पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>{email} must choose a new password at the next sign-in. The account is unlocked as well.</source>
        <translation>{email} को अगली बार साइन इन पर नया पासवर्ड चुनना होगा। खाता भी अनलॉक कर दिया गया है।</translation>
    </message>
</context>
<context>
    <name>RoleWindow</name>
    <message>
        <location filename="../../medlink/ui/shell.py"/>
        <source>About MedLink</source>
        <translation>MedLink के बारे में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/shell.py"/>
        <source>MedLink</source>
        <translation>MedLink</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/shell.py"/>
        <source>No activity — you will be signed out in {seconds_left} s. Touch or move the mouse to stay.</source>
        <translation>कोई गतिविधि नहीं — {seconds_left} सेकंड में आप साइन आउट हो जाएँगे। बने रहने के लिए स्क्रीन छुएँ या माउस हिलाएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/shell.py"/>
        <source>Sign out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/shell.py"/>
        <source>Version, licences and data folders (F1)</source>
        <translation>संस्करण, लाइसेंस और डेटा फ़ोल्डर (F1)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source> minutes</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source> seconds</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>&amp;Save settings</source>
        <translation>सेटिंग्स सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>18 % GST on consultations (founding design)</source>
        <translation>परामर्श पर 18 % GST (मूल डिज़ाइन)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Always</source>
        <translation>हमेशा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Another rate (below)</source>
        <translation>दूसरी दर (नीचे)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Billing and GST</source>
        <translation>बिलिंग और GST</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Browse…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>CA certificate</source>
        <translation>CA प्रमाणपत्र</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>प्रमाणपत्र (*.pem *.crt *.cer);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Check-in opens before the appointment</source>
        <translation>चेक-इन अपॉइंटमेंट से पहले खुलता है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Choose image…</source>
        <translation>चित्र चुनें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Choose the clinic's logo</source>
        <translation>क्लिनिक का लोगो चुनें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Clinic</source>
        <translation>क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Clinic name</source>
        <translation>क्लिनिक का नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Clinic settings</source>
        <translation>क्लिनिक सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Consultations</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Default fees</source>
        <translation>सामान्य फ़ीस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Defaults for doctors who have not set their own fees, GST rates per category and how receipts are numbered.</source>
        <translation>जिन डॉक्टरों ने अपनी फ़ीस तय नहीं की उनके लिए सामान्य फ़ीस, श्रेणी के अनुसार GST दरें और रसीदों की नंबरिंग।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Doctors keep chart access after the last visit</source>
        <translation>अंतिम विज़िट के बाद डॉक्टर इतने समय चार्ट देख सकते हैं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Enter the SMTP server and user name with the password.</source>
        <translation>पासवर्ड के साथ SMTP सर्वर और उपयोगकर्ता नाम डालें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Exempt health care — 0 % (notification 12/2017, entry 74)</source>
        <translation>छूट-प्राप्त स्वास्थ्य सेवा — 0 % (अधिसूचना 12/2017, प्रविष्टि 74)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>GST rate per category (%)</source>
        <translation>श्रेणी के अनुसार GST दर (%)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Headings in English and Hindi on receipts and prescriptions</source>
        <translation>रसीदों और पर्चों पर शीर्षक अंग्रेज़ी और हिन्दी में</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>How the clinic appears on receipts, e-mails and the kiosk.</source>
        <translation>रसीदों, ई-मेल और कियॉस्क पर क्लिनिक कैसा दिखता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>चित्र (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Kiosk idle sign-out</source>
        <translation>कियॉस्क पर निष्क्रिय होने पर साइन-आउट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Largest medical record upload</source>
        <translation>सबसे बड़ा मेडिकल रिकॉर्ड अपलोड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Logo</source>
        <translation>लोगो</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>No logo</source>
        <translation>कोई लोगो नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Prices include GST</source>
        <translation>दाम में GST शामिल है</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Receipt number prefix</source>
        <translation>रसीद संख्या का उपसर्ग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Round the total to the nearest rupee</source>
        <translation>कुल राशि को निकटतम रुपये तक पूर्णांकित करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>SMTP server</source>
        <translation>SMTP सर्वर</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="vanished">सेटिंग्स सहेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Screens sign out by themselves after the idle time, so an unattended screen does not show patient data.</source>
        <translation>निष्क्रिय समय के बाद स्क्रीन अपने-आप साइन आउट हो जाती हैं, ताकि बिना देखरेख की स्क्रीन पर मरीज़ का डेटा न दिखे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Security and limits</source>
        <translation>सुरक्षा और सीमाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Send test e-mail</source>
        <translation>परीक्षण ई-मेल भेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Send to</source>
        <translation>किसे भेजें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Sender address</source>
        <translation>भेजने वाले का पता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Sender name</source>
        <translation>भेजने वाले का नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Settings saved.</source>
        <translation>सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Staff and doctor idle sign-out</source>
        <translation>स्टाफ़ और डॉक्टर के निष्क्रिय होने पर साइन-आउट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Test</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>The file could not be read: {value}.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>The mail server that sends appointment confirmations, reminders and receipts. The password is kept in the system keyring, never in the database.</source>
        <translation>वह मेल सर्वर जो अपॉइंटमेंट की पुष्टि, रिमाइंडर और रसीदें भेजता है। पासवर्ड सिस्टम कीरिंग में रखा जाता है, डेटाबेस में कभी नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>The state decides CGST + SGST (same state) or IGST (other states).</source>
        <translation>राज्य से तय होता है कि CGST + SGST (उसी राज्य में) लगेगा या IGST (दूसरे राज्यों में)।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>The test e-mail was not sent: {text}</source>
        <translation>परीक्षण ई-मेल नहीं भेजा गया: {text}</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Time zone</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>e.g. 29AABFM1234K1ZC — leave empty if not registered</source>
        <translation>जैसे 29AABFM1234K1ZC — पंजीकृत न हों तो ख़ाली छोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>e.g. smtp.gmail.com</source>
        <translation>जैसे smtp.gmail.com</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>leave empty to keep the stored password</source>
        <translation>सहेजा हुआ पासवर्ड रखने के लिए ख़ाली छोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>optional: the CA certificate of a private mail server</source>
        <translation>वैकल्पिक: निजी मेल सर्वर का CA प्रमाणपत्र</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>your own address</source>
        <translation>आपका अपना पता</translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Export to CSV</source>
        <translation>CSV में निर्यात करें</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Administration</source>
        <translation>प्रशासन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Doctor's day</source>
        <translation>डॉक्टर का दिन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Doctors</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Duplicates</source>
        <translation>दोहरे रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>E-mail outbox</source>
        <translation>ई-मेल आउटबॉक्स</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Follow-ups due</source>
        <translation>बाक़ी फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Front desk</source>
        <translation>फ़्रंट डेस्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Maintenance</source>
        <translation>रखरखाव</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Patients</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Today's queue</source>
        <translation>आज की कतार</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Waiting room</source>
        <translation>प्रतीक्षा कक्ष</translation>
    </message>
</context>
<context>
    <name>TokenScreen</name>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>MedLink</source>
        <translation>MedLink</translation>
    </message>
</context>
<context>
    <name>TokenScreenWindow</name>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>MedLink — waiting room</source>
        <translation>MedLink — प्रतीक्षा कक्ष</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>Next: %s</source>
        <translation>अगला: %s</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>No patients are waiting yet.</source>
        <translation>अभी कोई मरीज़ प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>Nobody waiting</source>
        <translation>कोई प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>Now seeing</source>
        <translation>अभी देख रहे हैं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>Please wait for your token number</source>
        <translation>कृपया अपने टोकन नंबर की प्रतीक्षा करें</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../medlink/ui/trend_chart.py"/>
        <source>No readings yet.</source>
        <translation>अभी कोई रीडिंग नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/trend_chart.py"/>
        <source>Target %1 (set by the doctor)</source>
        <translation>लक्ष्य %1 (डॉक्टर द्वारा तय)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/trend_chart.py"/>
        <source>Usual range %1</source>
        <translation>सामान्य सीमा %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>All roles</source>
        <translation>सभी भूमिकाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Deactivate</source>
        <translation>निष्क्रिय करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Deactivate account</source>
        <translation>खाता निष्क्रिय करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Deactivate {full_name} ({email})? They can no longer sign in. Their records are kept.</source>
        <translation>{full_name} ({email}) को निष्क्रिय करें? वे अब साइन इन नहीं कर पाएँगे। उनके रिकॉर्ड बने रहेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Deactivated</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Deactivate…</source>
        <translation>निष्क्रिय करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Filter by name or e-mail</source>
        <translation>नाम या ई-मेल से छाँटें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Last sign-in</source>
        <translation>पिछला साइन-इन</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Let {full_name} ({email}) sign in again?</source>
        <translation>{full_name} ({email}) को फिर से साइन इन करने दें?</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>New staff account</source>
        <translation>नया स्टाफ़ खाता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>No accounts match.</source>
        <translation>कोई खाता मेल नहीं खाता।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reactivate</source>
        <translation>फिर से सक्रिय करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reactivate account</source>
        <translation>खाता फिर से सक्रिय करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reactivate…</source>
        <translation>फिर से सक्रिय करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reset password…</source>
        <translation>पासवर्ड रीसेट करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>The account was created. Give the person the temporary password.</source>
        <translation>खाता बन गया। व्यक्ति को अस्थायी पासवर्ड दें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>must change password</source>
        <translation>पासवर्ड बदलना ज़रूरी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>{name} can sign in again.</source>
        <translation>{name} फिर से साइन इन कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>{name} is active.</source>
        <translation>{name} सक्रिय हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>{name} is deactivated.</source>
        <translation>{name} निष्क्रिय कर दिए गए।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>{name}'s password was reset. Give them the temporary password; they must change it when they sign in.</source>
        <translation>{name} का पासवर्ड रीसेट हो गया। उन्हें अस्थायी पासवर्ड दें; साइन इन करते समय उन्हें इसे बदलना होगा।</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>&amp;Approve</source>
        <translation>स्वीकृत करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>&amp;Reject…</source>
        <translation>अस्वीकार करें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>&amp;Suspend…</source>
        <translation>निलंबित करें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Approve doctor</source>
        <translation>डॉक्टर को स्वीकृत करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Check each registration against the medical council's register before approving. The doctor is e-mailed the decision.</source>
        <translation>स्वीकृत करने से पहले हर पंजीकरण को मेडिकल काउंसिल के रजिस्टर से मिलाएँ। डॉक्टर को निर्णय ई-मेल से भेजा जाता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Choose a doctor to see the details they submitted.</source>
        <translation>डॉक्टर चुनें, उनके भेजे गए विवरण देखने के लिए।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Doctors</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Experience</source>
        <translation>अनुभव</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Hospital / clinic</source>
        <translation>अस्पताल / क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Mode</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No photo</source>
        <translation>कोई फ़ोटो नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No registrations are waiting. New doctor sign-ups appear here for you to verify.</source>
        <translation>कोई पंजीकरण प्रतीक्षा में नहीं है। नए डॉक्टरों के पंजीकरण सत्यापन के लिए यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No rejected registrations.</source>
        <translation>कोई अस्वीकृत पंजीकरण नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No suspended doctors.</source>
        <translation>कोई निलंबित डॉक्टर नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No verified doctors yet.</source>
        <translation>अभी कोई सत्यापित डॉक्टर नहीं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Open in Doctor's day to move them</source>
        <translation>बदलने के लिए “डॉक्टर का दिन” में खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Please give the reason for rejecting the registration.</source>
        <translation>कृपया पंजीकरण अस्वीकार करने का कारण बताएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Please give the reason for the suspension.</source>
        <translation>कृपया निलंबन का कारण बताएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Qualifications</source>
        <translation>योग्यताएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reason (required to reject or suspend; the doctor will read it)</source>
        <translation>कारण (अस्वीकार या निलंबित करने के लिए ज़रूरी; डॉक्टर इसे पढ़ेंगे)</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Registered</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Registration no.</source>
        <translation>पंजीकरण सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reinstate</source>
        <translation>बहाल करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reinstate doctor</source>
        <translation>डॉक्टर को बहाल करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reject registration</source>
        <translation>पंजीकरण अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reject {full_name}'s registration? They are e-mailed the reason.</source>
        <translation>{full_name} का पंजीकरण अस्वीकार करें? उन्हें कारण ई-मेल से भेजा जाता है।</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="vanished">अस्वीकार करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Speciality</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Suspend</source>
        <translation>निलंबित करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Suspend doctor</source>
        <translation>डॉक्टर को निलंबित करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Suspend {full_name}? They can no longer practise in MedLink and their future appointments must be moved or cancelled.</source>
        <translation>{full_name} को निलंबित करें? वे MedLink में अब प्रैक्टिस नहीं कर पाएँगे और उनके आगे के अपॉइंटमेंट बदलने या रद्द करने होंगे।</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation type="vanished">निलंबित करें…</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>{name} is suspended — no future appointments to rebook</source>
        <translation>{name} निलंबित हैं — दोबारा बुक करने के लिए कोई आगे का अपॉइंटमेंट नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>{name} is suspended — {len} future appointment(s) to rebook</source>
        <translation>{name} निलंबित हैं — {len} आगे के अपॉइंटमेंट दोबारा बुक करने हैं</translation>
    </message>
    <message>
        <source>{verb} doctor</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>{verb} {name} (registration {number})? They can then practise in MedLink and patients can book them.</source>
        <translation>{name} (पंजीकरण {number}) — {verb}? इसके बाद वे MedLink में प्रैक्टिस कर सकेंगे और मरीज़ उन्हें बुक कर सकेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>{years_experience} years</source>
        <translation>{years_experience} वर्ष</translation>
    </message>
</context>
<context>
    <name>VerificationStatePage</name>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Check again</source>
        <translation>फिर से जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Qualifications</source>
        <translation>योग्यताएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Questions? Contact the clinic's administrator. You will also receive an e-mail when your registration is decided.</source>
        <translation>कोई प्रश्न? क्लिनिक के प्रशासक से संपर्क करें। पंजीकरण पर निर्णय होने पर आपको ई-मेल भी मिलेगा।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Registration no.</source>
        <translation>पंजीकरण सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Registration status</source>
        <translation>पंजीकरण की स्थिति</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Speciality</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Your account is suspended. Please contact the clinic.</source>
        <translation>आपका खाता निलंबित है। कृपया क्लिनिक से संपर्क करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Your account is suspended: {note} Please contact the clinic.</source>
        <translation>आपका खाता निलंबित है: {note} कृपया क्लिनिक से संपर्क करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Your registration has been verified. Sign out and sign in again to start seeing patients in MedLink.</source>
        <translation>आपका पंजीकरण सत्यापित हो गया है। MedLink में मरीज़ देखना शुरू करने के लिए साइन आउट करके फिर से साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Your registration is waiting for verification by the clinic's administrator. You can practise in MedLink once your credentials are verified.</source>
        <translation>आपका पंजीकरण क्लिनिक के प्रशासक के सत्यापन की प्रतीक्षा में है। आपके प्रमाण-पत्र सत्यापित होते ही आप MedLink में मरीज़ देख सकेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Your registration was not approved.</source>
        <translation>आपका पंजीकरण स्वीकृत नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Your registration was not approved: {note}</source>
        <translation>आपका पंजीकरण स्वीकृत नहीं हुआ: {note}</translation>
    </message>
</context>
<context>
    <name>WaitingRoomPage</name>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>&amp;Call next</source>
        <translation>अगले को बुलाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation type="vanished">अगले को बुलाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Nobody called in yet</source>
        <translation>अभी किसी को नहीं बुलाया</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Nobody has checked in today yet. Check patients in on Today's queue; their tokens appear here.</source>
        <translation>आज अभी तक किसी ने चेक-इन नहीं किया है। “आज की कतार” में मरीज़ों का चेक-इन करें; उनके टोकन यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Nobody waiting</source>
        <translation>कोई प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Now seeing: token %s</source>
        <translation>अभी देख रहे हैं: टोकन %s</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Open token screen</source>
        <translation>टोकन स्क्रीन खोलें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Patients get a token when they check in. Call the next token when the doctor is ready; the token screen shows it at once.</source>
        <translation>चेक-इन करने पर मरीज़ों को टोकन मिलता है। डॉक्टर तैयार हों तो अगला टोकन बुलाएँ; टोकन स्क्रीन पर यह तुरंत दिखता है।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Shows token numbers (never names) full screen, for a TV in the waiting room. F11 leaves full screen.</source>
        <translation>प्रतीक्षा कक्ष के टीवी के लिए, पूरी स्क्रीन पर टोकन नंबर (नाम कभी नहीं) दिखाता है। F11 से पूरी स्क्रीन से बाहर आएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Token %(token)s called in: %(name)s</source>
        <translation>टोकन %(token)s बुलाया गया: %(name)s</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Waiting room</source>
        <translation>प्रतीक्षा कक्ष</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Waiting: %s</source>
        <translation>प्रतीक्षा में: %s</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Possible duplicate</source>
        <translation>संभावित दोहरा रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Register a walk-in patient</source>
        <translation>वॉक-इन मरीज़ का पंजीकरण करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Register anyway</source>
        <translation>फिर भी पंजीकरण करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Register patient</source>
        <translation>मरीज़ का पंजीकरण करें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>The patient does not need an e-mail address or an account. They can create an account later with the same details.</source>
        <translation>मरीज़ को ई-मेल पते या खाते की ज़रूरत नहीं है। वे बाद में उसी विवरण से खाता बना सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>This may be a patient the clinic already has:
%s

Register a new record anyway?</source>
        <translation>यह मरीज़ शायद क्लिनिक में पहले से है:
%s

फिर भी नया रिकॉर्ड बनाएँ?</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source> · off</source>
        <translation> · छुट्टी</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source> · online</source>
        <translation> · ऑनलाइन</translation>
    </message>
</context>
<context>
    <name>_DayRow</name>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>+ Hours</source>
        <translation>+ समय जोड़ें</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Not working</source>
        <translation>काम नहीं</translation>
    </message>
</context>
<context>
    <name>_LineRow</name>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Remove this line</source>
        <translation>यह पंक्ति हटाएँ</translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>What is charged</source>
        <translation>किसका शुल्क</translation>
    </message>
</context>
<context>
    <name>_PasswordField</name>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>New suggestion</source>
        <translation>नया सुझाव</translation>
    </message>
</context>
<context>
    <name>_RangeRow</name>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Remove these hours</source>
        <translation>यह समय हटाएँ</translation>
    </message>
</context>
</TS>
