<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>accounts</name>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>An account with this e-mail address already exists. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Only an administrator can create another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Staff accounts are either front-desk staff or administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>That account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>The e-mail address or password is not correct. Please wait {total_seconds} seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>The last active administrator cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>The new password must be different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>This kiosk is for patients. Staff and doctors please use a clinic workstation.</source>
        <translation>यह कियॉस्क मरीज़ों के लिए है। स्टाफ़ और डॉक्टर कृपया क्लिनिक का कंप्यूटर इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Too many wrong passwords: this account is locked for 15 minutes. The front desk can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/accounts.py"/>
        <source>Too many wrong sign-ins at this kiosk. Please wait {total_seconds} seconds and try again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/admin_tools.py"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/admin_tools.py"/>
        <source>The folder {target_dir} cannot be created: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allergies</name>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>An allergy to {substance} is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Choose a drug class from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Choose how severe the reaction is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>Please ask your doctor to remove an allergy from your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>That allergy is not on the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>That appointment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>That problem is not on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/allergies.py"/>
        <source>{label} is already on the problem list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>appointments</name>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>A past appointment cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>A past appointment cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>An appointment can be marked completed or no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Appointments can be booked at most a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Check-in opens at {opens:%H:%M} on {opens:%d %b %Y}, {value} minutes before the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Choose another {speciality}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Only a booked appointment that has not started can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Only the appointment's doctor can write its diagnosis and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Only the appointment's doctor can write its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Only the front desk can move an appointment to another doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Patients cannot change the outcome of an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>Please give the patient a reason for the cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>That appointment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>That doctor is not available for appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>That time has already passed. Please choose a future slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>The appointment time has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This appointment has not started yet: it can be marked {replace} once it has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This appointment is already {replace}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This appointment is over: it can no longer be checked in. Please book a new one at the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This appointment is {replace}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>This is another doctor's appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You already have an appointment at that time (with {full_name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You can only book appointments for yourself and your family members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You can only book appointments for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You can only check in for your own appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>You cannot change this appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/appointments.py"/>
        <source>{full_name} does not see patients at that time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arithmetic</name>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A GST rate can have at most two decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A GST rate must be an exact number (Decimal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A GST rate must be between 0 and 100 per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A SAC/HSN code is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A bill needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>A line description can be at most {MAX_DESCRIPTION_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>Every bill line needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The clinic's state must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The discount cannot be more than the line amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The line amount is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The quantity can be at most {MAX_QUANTITY}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The quantity must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/arithmetic.py"/>
        <source>Unknown line category {category!r}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing</name>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>A bill needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Choose how the bill was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Line {index}: unknown category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Mark the appointment completed before billing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Only the clinic can record payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Only the doctor or the front desk can issue bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Only the doctor or the front desk can prepare bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>Payment method must be one of: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>That appointment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>That bill does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>The receipt could not be saved in the records folder: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>This appointment already has a bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>This bill belongs to another doctor's appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>You can only bill your own appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/billing.py"/>
        <source>You can only see your own bills and your family members'.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>break_glass</name>
    <message>
        <location filename="../../medlink/services/break_glass.py"/>
        <source>Describe the emergency in a sentence (at least {MIN_REASON_LENGTH} characters): administrators review every emergency access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/break_glass.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>clinic_key</name>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>A rotation to the clinic key {new_id} was started on another computer and is not finished; finish it there, or import that key here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>Another workstation changed the clinic key meanwhile; run the rotation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>The clinic key {key_id} in this computer's keyring is damaged. {IMPORT_HELP}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>The file cannot be read: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This clinic key file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This clinic's records were encrypted by an older MedLink version with a key that is not on this computer. Open MedLink once on the computer that made them, then export the key there (`medlink key export FILE`) and import it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This clinic's records were made by an older MedLink version; export the key on the computer that made them. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This computer does not have the clinic key ({key_id}) that protects this clinic's records. {IMPORT_HELP}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This file is not a MedLink clinic key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_key.py"/>
        <source>This key file belongs to another clinic ({clinic}, key {items}); this clinic's data is encrypted with key {clinic_id}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic_settings</name>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>Choose SSL/TLS, STARTTLS or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>Choose the clinic's state from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>The receipt prefix must be 1–3 letters or digits, e.g. ML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>Unknown setting {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>{label} must be between {lo} and {hi}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/clinic_settings.py"/>
        <source>{value!r} is not a known time zone (e.g. Asia/Kolkata).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../medlink/services/dashboard.py"/>
        <source>Choose a period of at most two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/dashboard.py"/>
        <source>The end date must be on or after the start date.</source>
        <translation>अंतिम तारीख़ शुरुआती तारीख़ के बाद या उसी दिन होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>doctor_patients</name>
    <message>
        <location filename="../../medlink/services/doctor_patients.py"/>
        <source>Only a doctor has a patient list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctor_patients.py"/>
        <source>Only a doctor has patient charts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doctors</name>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>A doctor with this registration number is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Choose a speciality from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Only a doctor can edit a doctor profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Please give the reason for rejecting the registration.</source>
        <translation>कृपया पंजीकरण अस्वीकार करने का कारण बताएँ।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Slot length must be one of {items} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>That doctor does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>That doctor is not available in this clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The photo is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The photo is not a readable JPEG or PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The photo is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The registration number can only be changed by the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>The registration number may contain letters, digits, '/', '-' and '.' only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Years of experience must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/doctors.py"/>
        <source>Years of experience must be between 0 and 70.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>A date and time on a document must include its time zone.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Amount in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Amounts in Indian Rupees ({sign})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Billed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Computer-generated prescription. Valid with the doctor's name and registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Consulting doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Date</source>
        <translation>तारीख़</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Every prescribed item needs a medicine name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>GST not charged (exempt supply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Lab tests advised</source>
        <translation>सुझाई गई जाँचें</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Mode: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>No medicines prescribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>None recorded</source>
        <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Original for recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Patient ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Phone {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Place of supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Prescription no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Rates are inclusive of GST; the taxable value is derived from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Receipt no.</source>
        <translation>रसीद सं.</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Reg. No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Round off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Sub-total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Taxable
value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Taxable value</source>
        <translation>कर-योग्य मूल्य</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>The clinic logo is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>The clinic name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>The doctor's name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>The patient's name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>This is a computer-generated document and does not require a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>via {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/pdf.py"/>
        <source>{age} y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>Both records have their own sign-in account. Deactivate the account the patient no longer uses (Users page), then merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>Choose two different records to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/duplicates.py"/>
        <source>One of these records has already been merged into another.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>Someone else changed this record since you opened it. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>That slot was just taken by someone else. Please choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>The e-mail address or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/errors.py"/>
        <source>You are not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>families</name>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>A patient cannot be their own family member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>Only a patient can add family members to their own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>Those two patients are not linked as a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>{full_name} has no MedLink account to manage a family with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/families.py"/>
        <source>{full_name} is already in {full_name2}'s family.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>Free follow-up days must be between 0 and {MAX_DAYS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>Free follow-up visits must be between 1 and {MAX_VISITS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>Only the doctor or an administrator can set the follow-up rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>That doctor does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/follow_up.py"/>
        <source>You can only set your own follow-up rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>front_desk</name>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>Choose a different doctor to move the appointments to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>Choose another {speciality}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>That doctor does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/front_desk.py"/>
        <source>That doctor is not available for appointments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>Only files from the kiosk's drive or scanner can be uploaded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>That file is no longer there. Insert the drive again and refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>The file could not be read: {value}.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>The file is too large to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>The kiosk check-in is for patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/kiosk.py"/>
        <source>Uploads at this kiosk are not set up. Please ask the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labs</name>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>A {test_name} of {number:g} is not possible: it must be between {low:g} and {high:g}. Please check the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Choose a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Choose at least one test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Choose which trend the result belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Enter the result (a number, a written result, or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Enter the result as a number, e.g. 6.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>One of the chosen tests is no longer in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Only a test still awaiting its result can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Only the appointment's doctor can order its tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Only the clinic can enter lab results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>Tests cannot be ordered for a cancelled or missed appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>That appointment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>That lab order does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>That result is not possible; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>The upper end of the reference range must be above the lower end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/labs.py"/>
        <source>This order was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>A phone or computer with camera and microphone, and a quiet, well-lit place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>A photo ID and your insurance card, if you have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Appointment cancelled: {doctor}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Appointment confirmed: {doctor}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Appointment moved: {doctor}, now {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Appointment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Earlier prescriptions and test reports, ready to show or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Earlier prescriptions, test reports and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>In person</source>
        <translation>क्लिनिक में</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Online video consultation (Google Meet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Online, Google Meet (link below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Online, Google Meet (link to follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Paid ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Reminder: {doctor}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>The medicines you take now (or a list of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Unpaid</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Video link for your consultation on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your appointment has been moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your appointment is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your appointment is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your receipt {number} from {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>Your video consultation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>call us on {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/mail/events.py"/>
        <source>contact the clinic's front desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mail_admin</name>
    <message>
        <location filename="../../medlink/services/mail_admin.py"/>
        <source>Enter an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measurements</name>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>A reading you enter yourself is from home or the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>BMI is calculated from the weight and height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Choose how often: every 1 to 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Choose what was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Enter when the reading was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Only a doctor has a Needs attention list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>Readings older than a year cannot be entered here; upload the record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>That alert does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>That monitoring plan does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>The time of the reading cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>This alert was already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>You can only change plans of your own patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/measurements.py"/>
        <source>You can only set a plan for a patient who has an appointment with you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <location filename="../../medlink/services/meetings.py"/>
        <source>A Google Meet link looks like https://meet.google.com/abc-defg-hij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/meetings.py"/>
        <source>That link is not in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/meetings.py"/>
        <source>This link is already in your list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>Amounts must be exact, not float.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>Paise must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} can have at most two decimal places (paise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/money.py"/>
        <source>{label} must be an exact amount, not {name__}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>numbering</name>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>'{fy_label}' is not a financial year label like '26-27'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>'{number}' has a zero sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>'{number}' has an invalid prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>'{number}' is not a receipt number like 'ML/26-27/000123'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>A receipt number may contain only ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>A receipt number may contain only letters, digits, '-' and '/'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>The receipt number '{number}' is longer than {MAX_RECEIPT_NUMBER_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>The receipt number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>The receipt prefix may contain only letters, digits and '-'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/receipts/numbering.py"/>
        <source>The receipt sequence must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outbox_admin</name>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>That e-mail is not in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/outbox_admin.py"/>
        <source>Unknown outbox status {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <location filename="../../medlink/security/passwords.py"/>
        <source>The password must be at least {MIN_PASSWORD_LENGTH} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/security/passwords.py"/>
        <source>The password must be at most {MAX_PASSWORD_LENGTH} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/security/passwords.py"/>
        <source>The password must not be your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/security/passwords.py"/>
        <source>This password is too common and easy to guess. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <location filename="../../medlink/services/languages.py"/>
        <location filename="../../medlink/services/patients.py"/>
        <source>Doctors cannot edit a patient's profile.</source>
        <translation>डॉक्टर मरीज़ की प्रोफ़ाइल नहीं बदल सकते।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/languages.py"/>
        <location filename="../../medlink/services/patients.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/patients.py"/>
        <source>The sign-in e-mail address cannot be changed here; ask the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Only a clinician can {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Only a doctor can do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Only an administrator can {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Only clinic staff can {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Please choose a new password before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>This request does not come from a signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>This request does not match the signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>You can only see patients who have an appointment with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>You can only see your own information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>You were signed out (on this or another workstation, or by an administrator). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/permissions.py"/>
        <source>Your account has been deactivated. Please contact the clinic's front desk.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Add at least one medicine, lab test or piece of advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>At most {MAX_LAB_TESTS} lab tests can be advised at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Enter the follow-up date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Line {value}: enter the medicine's name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Only the appointment's doctor can write its prescription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Say in a sentence why the medicine is safe for this patient (at least 10 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>That appointment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>That prescription does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>The follow-up date must be after the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>The prescription could not be saved in the records folder: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>This appointment was {replace}; no prescription can be written for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/prescriptions.py"/>
        <source>Type why you prescribe this medicine despite the allergy, or change the prescription.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../medlink/services/printing.py"/>
        <source>Choose A4, A5 or the 80 mm roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/printing.py"/>
        <source>That appointment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/printing.py"/>
        <source>This document cannot be printed on that paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/printing.py"/>
        <source>This prescription has no lab tests to order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Choose one of this patient's own appointments (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Choose the kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Could not save the file in the records folder: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Doctors cannot delete a patient's records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Enter the date of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>Only PDF, JPEG and PNG files can be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>That record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The PDF is incomplete (it may have been cut off while copying).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The copy could not be saved to {target}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The file could not be read: {value}.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The file is larger than the limit of {value} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The image is damaged or incomplete and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The image is too large (too many pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The image's content does not match its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The record's date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>The stored file does not match the record (checksum mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>This file is already in the records (as “{duplicate}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>You can only delete files you uploaded yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/records.py"/>
        <source>You can only upload to your own records and your family members'.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scheduling</name>
    <message>
        <location filename="../../medlink/scheduling.py"/>
        <source>Weekday must be Monday to Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/scheduling.py"/>
        <source>{day}: the end time must be after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/scheduling.py"/>
        <source>{day}: the working hours overlap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Consent is recorded for online consultations only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>Only the patient or the front desk can record consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>That appointment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>The last day must not be before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/sharing.py"/>
        <source>You cannot share this appointment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokens</name>
    <message>
        <location filename="../../medlink/services/tokens.py"/>
        <source>Nobody is waiting for this doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/services/tokens.py"/>
        <source>That appointment has no token; check the patient in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>A GSTIN has 15 characters: the state code, the PAN, the entity number, Z and a check digit, like 29AABFM1234K1ZC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Date of birth is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Enter a valid e-mail address, like name@example.com ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>MedLink is not available in that language yet.</source>
        <translation>MedLink अभी उस भाषा में उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>Please check the year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>This GSTIN is registered in {code_state} (code {number}), but the clinic's state is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>This GSTIN's last character (the check digit) does not match: please check it against the registration certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} can have at most two decimal places (paise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} is required (day-month-year, e.g. 15-08-1985).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be an amount like 500 or 499.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be given exactly (not as a floating-point number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be one of: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label} must contain letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label}: type day-month-year, e.g. 15-08-1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{label}: {text} is not a date in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>{number} is not a GST state code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vitals</name>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>A lower (diastolic) pressure of {diastolic} mmHg is not possible: it must be between {low2:.0f} and {high2:.0f}. Please check the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>A target of {v:g} {unit} is not possible for {lower}: use a value between {pmin:g} and {pmax:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>An upper (systolic) pressure of {systolic} mmHg is not possible: it must be between {low:.0f} and {high:.0f}. Please check the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Choose what was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Enter the blood pressure as two numbers, upper/lower, e.g. 120/80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Enter the {lower}, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Enter the {what} as a number, e.g. {spec_example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>Enter the {what} as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>The upper (systolic) number must be higher than the lower (diastolic) one, e.g. 120/80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>The upper end of the target must be above the lower end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>{label} is entered in {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/clinical/vitals.py"/>
        <source>{label} of {shown} is not possible: it must be between {fmt} and {fmt2} {unit}. Please check the reading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
