<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>About MedLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>The NOTICE file is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>The offline desktop application that runs a small clinic. Free software under the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFamilyMemberDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Relationship to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Add a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Mobile number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Their own record, managed from your account. Phone and address are copied from yours when left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>day-month-year, e.g. 02-03-2019</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllergiesProblemsTab</name>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Add allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Add to problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Codes and titles: WHO ICD-10 (2019), a bundled primary-care list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Drug class: recognise from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Problem list (ICD-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reaction, e.g. hives, swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reason to remove the selected allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Search ICD-10 by code or words, e.g. E11 or diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Search for the diagnosis and choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Substance or medicine, e.g. Penicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>by the patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../medlink/ui/app.py"/>
        <source>Your password was changed. Please sign in with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDetails</name>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Available once the appointment has begun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark {name}'s visit of {when} completed? It can then be billed and cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>{name}'s visit is at {when} and has not started yet. Mark it completed anyway? It can then be billed and cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Nothing needs your attention. Set a monitoring plan in a patient's chart (Readings tab) to be told about their readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Open chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Readings from your monitored patients that are dangerous, outside the target you set or changed a lot, planned readings that are overdue, and abnormal lab results. Each one was also e-mailed to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>Show acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>What you did, e.g. “Called the patient; dose increased”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/attention_page.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>&amp;Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Receipt {number} generated; the e-mail to the patient is queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>&amp;Online video consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Confirm &amp;booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Confirm &amp;new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>How would you like to see the doctor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>In &amp;person at the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Me (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>The visit stays {mode}; to change it, cancel and book again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Who is the appointment for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../medlink/ui/charts.py"/>
        <source>Nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>You are checked in for {when} with {doctor}. Please take a seat — you will be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>You are checked in for {when} with {doctor}. Your token is {token} — please take a seat and watch the screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicKeyImportDialog</name>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Choose the clinic key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Choose the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Import and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Import the clinic key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>MedLink key files (*.medlink-key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>The clinic key is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/key_import.py"/>
        <source>The recovery key file or an export from another workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalLabels</name>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Abnormal lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>At the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Blood glucose, after a meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Blood glucose, fasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Blood glucose, random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Dangerous reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>HbA1c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>On the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Outside the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Reading overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Severity not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>SpO₂ (oxygen saturation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/clinical_labels.py"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Appointments per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue per %1 (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue per day (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Top specialities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorProfileDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Lab tests, medication and other items: GST as applicable is added on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{fee} (no GST: exempt health care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{fee} + {rate} % GST = {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{total} incl. {rate} % GST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewerDialog</name>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>A decrypted copy was saved to {path}. It is no longer protected by MedLink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Next page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Sent {n} page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/viewer.py"/>
        <source>◀ Previous page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>&amp;Merge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Duplicate patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Group %s — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Keep P%06d and move everything of P%06d into it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Merge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Merged P%06d into P%06d (moved: %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>No likely duplicates. New registrations are checked as they are typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Records that share a phone number and have a similar name or the same date of birth. Choose the record to keep first, then the duplicate: its appointments, bills, records and prescriptions move to the record you keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Which record do you keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>Why are these the same person? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/duplicates_page.py"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source> visit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>&amp;Offer free follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>A return visit within the period after a paid consultation is billed at no charge, and the receipt says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Free follow-up visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Save &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindDoctor</name>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Fee incl. GST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Every record is encrypted with the clinic key, which is kept in this computer's keyring. If this computer is lost or replaced, the records can be read again only with the recovery key. Choose a passphrase, save the recovery key on a USB stick or print it, and keep the passphrase in a different safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>MedLink key files (*.medlink-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Passphrase (10+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Recovery key {key} saved to {path}. Keep it safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Save recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Save the clinic's recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Save the recovery key first: without it, the clinic's records are lost with this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>&amp;Close the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>Administrator e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>For clinic staff: an administrator signs in to close the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/kiosk_exit.py"/>
        <source>That did not work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskFilePicker</name>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>&amp;Use this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>Choose your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>Insert your USB drive or scan your document at the scanner, then press Refresh. Only PDF, JPEG and PNG files are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>No report found. Insert your USB drive or scan your document, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/kiosk_picker.py"/>
        <source>Uploading from this kiosk is not set up. Please ask the front desk to scan your report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabsTab</name>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Attach lab's PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Attach the lab's report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Awaiting result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Choose the visit and the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Order for visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Order test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Reports (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Result in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Result value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Select the test the report is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Select the test the result is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/chart_clinical.py"/>
        <source>Written result / comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Staff: leave kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Version, licences and data folders (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Every audit row is sealed with the clinic key and the seal of the row before it. Verifying recomputes every seal and names the first row that was changed or deleted. Emergency (break-glass) chart access by doctors is listed below for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>No emergency chart access has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>One encrypted, signed file with every table and every record, verified after writing. It can be restored only with the clinic key: keep the recovery key file and its passphrase safe as well. Restore with the command “medlink restore FILE”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The audit log could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The audit log is intact: {0} rows checked, every link holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyBillsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyFamilyPage</name>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>&amp;Add a family member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Book appointments, upload records and see bills for your children or parents from your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>My family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>No family members yet. Add a child or a parent to book for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/family_page.py"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyPrescriptionsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Everything your doctors prescribed or tested. Open a prescription to print it or show it at the pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Lab results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Medicines / tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>No lab tests yet. Tests your doctor orders, and their results, appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>No prescriptions yet. After a consultation your doctor's prescription appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>No program to open this file was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Open lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Open prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Prescriptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Prescriptions and lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/prescriptions_page.py"/>
        <source>The lab's report for this test has not been added yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientFields</name>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>DD-MM-YYYY, e.g. 15-08-1985</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientSignUpDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Create new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>The clinic may already have your record (same mobile number). The front desk can connect it to an account so your visits stay together.

Create a new account anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>You may already be registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My readings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Allergies and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Allergies and problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Allergies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Labs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Print &amp;lab order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Problems / history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Record blood pressure, weight, sugar… at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Vitals for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Vitals — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Vitals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionDialog</name>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Allergies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Allergies: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Allergy warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Change the medicine, or type why you prescribe it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Prescribe anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Prescription %1 saved. The patient can see it in MedLink under My prescriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Why is this medicine safe for this patient? (required to prescribe it anyway; kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>80 mm receipt roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/printing.py"/>
        <source>A5 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/operations/printing.py"/>
        <source>Print appointment slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/operations/printing.py"/>
        <source>Print lab order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/operations/printing.py"/>
        <source>Print prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/operations/printing.py"/>
        <source>Print receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Print &amp;slip…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingsPanel</name>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>%1 every %2 day(s), target %3 — next due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>&lt;b&gt;Monitoring plan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>&lt;b&gt;Monitoring plan&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>&lt;b&gt;Monitoring plan&lt;/b&gt; (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>BMI %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Entered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Instructions, e.g. before breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Monitoring plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>My readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>No readings yet. Enter one above to start the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Note (optional), e.g. after a walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Print flowsheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Save reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Saved: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>The monitoring doctor has been alerted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>There is no plan for this measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>This is outside the target your doctor set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Trend of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Your doctor asked you to measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>Your doctor has been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>dia. high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>dia. low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/readings_panel.py"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallPage</name>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>No follow-ups are due in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Opens WhatsApp with the reminder typed in; you press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Patients whose doctor asked to see them again and who have not booked yet. Call them, or send the reminder on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Share on &amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/recall_page.py"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleWindow</name>
    <message>
        <location filename="../../medlink/ui/shell.py"/>
        <source>About MedLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/shell.py"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/shell.py"/>
        <source>Version, licences and data folders (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>18 % GST on consultations (founding design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Another rate (below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Check-in opens before the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Doctors keep chart access after the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Exempt health care — 0 % (notification 12/2017, entry 74)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenScreenWindow</name>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>MedLink — waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>Next: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>No patients are waiting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>Nobody waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>Now seeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>Please wait for your token number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../medlink/ui/trend_chart.py"/>
        <source>No readings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/trend_chart.py"/>
        <source>Target %1 (set by the doctor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/trend_chart.py"/>
        <source>Usual range %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>{verb} doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>{verb} {name} (registration {number})? They can then practise in MedLink and patients can book them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingRoomPage</name>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Nobody called in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Nobody has checked in today yet. Check patients in on Today's queue; their tokens appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Nobody waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Now seeing: token %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Open token screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Patients get a token when they check in. Call the next token when the doctor is ready; the token screen shows it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Shows token numbers (never names) full screen, for a TV in the waiting room. F11 leaves full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Token %(token)s called in: %(name)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/waiting_room_page.py"/>
        <source>Waiting: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>This may be a patient the clinic already has:
%s

Register a new record anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
