<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../medlink/ui/about_dialog.py"/>
        <source>&lt;h2&gt;MedLink {version}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>App</name>
    <message>
        <location filename="../../medlink/ui/app.py"/>
        <source>MedLink cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../medlink/ui/app.py"/>
        <source>MedLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/app.py"/>
        <source>You were signed out because the screen was left idle.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&lt;b&gt;Reason:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>&lt;i&gt;No reason given.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>&lt;span style='color:{colour}; font-weight:600'&gt;● {status}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Available once the appointment has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Bill / receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Consultation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Findings, vitals, what was discussed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Join Meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark the appointment completed to bill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>No Meet link yet — add one on the Meeting links page; the patient is e-mailed as soon as it is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Patient chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Prescription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Select an appointment to see its details, write notes, a prescription or a bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>e.g. Acute viral fever</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>All specialities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Free times on {strftime}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Fully booked that day — choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Now: {doctor_name} ({speciality}), {format_when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Online (Google Meet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>Reason for the visit, e.g. fever for three days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>The doctor does not see patients on {strftime}. Days in bold are working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/booking.py"/>
        <source>This doctor has no working days in the next few months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Add a Meet link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Blue: booked · green: completed · amber: no-show · grey: outside your hours. Click an appointment to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Cancel {patient_name}'s appointment on {format_when}? The patient is e-mailed with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark as no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark {name}'s visit of {when} completed? It can then be billed and cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mark {patient_name}'s appointment as a no-show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Today ({active_today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Upcoming ({len})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>e.g. I am called away for an emergency surgery. Please book another slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>{name}'s visit is at {when} and has not started yet. Mark it completed anyway? It can then be billed and cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>◀  Previous</source>
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
    <name>AuditPage</name>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Any action (e.g. patient. or auth.login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Exported {n} entries to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Nothing was logged with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Patient no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>Who did what, and when — every sign-in, every look at a patient's data, every change. The log cannot be edited or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/audit_page.py"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Add day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Cancel selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Cancel {patient_name}'s appointment on {format_when}? The patient is e-mailed with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Copy Monday to Tue–Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Days off and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Keep all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Keep selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>No days off planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>No slots are offered on these days. Appointments already booked on a day you mark are listed above so you can cancel or keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Reason (optional, e.g. Conference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Save hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Slot length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>These booked appointments are outside your new hours. Nothing was cancelled: keep them (you will still see the patients), or cancel them with a reason — the patient is e-mailed and can book another slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Your weekly consulting hours in the clinic's time zone. Patients can book only inside these hours. Add two ranges for a split day, e.g. 9:00 AM–1:00 PM and 5:00 PM–8:00 PM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>e.g. My consulting hours have changed; please book a new slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>{n} booked appointment{value} {suffix}</source>
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
        <source>+ Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Bill for {patient_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Bill — {patient_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Change method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Consultation {format_when} · {doctor_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Generate receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Mark unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Open receipt PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Paid now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Receipt {number} generated; the e-mail to the patient is queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Receipt {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Unpaid</source>
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
        <source>1. Choose a date   2. Choose a time   3. In person or online   4. Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>&lt;p style='font-size:13pt'&gt;&lt;b&gt;{escape}&lt;/b&gt; ({escape2})&lt;/p&gt;&lt;p style='font-size:13pt'&gt;{format_when}&lt;/p&gt;&lt;p&gt;{escape3}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Appointment booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Appointment moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Book an appointment with {doctor_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Book — {doctor_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Choose a time to continue.</source>
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
        <source>Currently: {format_when}. Choose a new date and time; your current time is kept until the new one is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>E-mail confirmation queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Free times on {strftime}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Greyed-out days: the doctor does not see patients.</source>
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
        <source>Loading the doctor's calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Me (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Move appointment — {doctor_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Move your appointment with {doctor_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>Reason for the visit / symptoms (optional)</source>
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
        <source>e.g. Fever and cough for three days</source>
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
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>{format_when} with {doctor_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/booking.py"/>
        <source>{title} · {len} free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/password_dialog.py"/>
        <source>Your password was reset by the clinic. Please choose a new one to continue.</source>
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
    <name>ChatPanel</name>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Ask about common illnesses, which doctor to see, fees, your appointments and video-call links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Ask “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Clear conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Health assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Remove all messages from this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Type your question, e.g. “I have a sore throat since 2 days”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Add a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Check in for today's appointment so the doctor knows you are here. You can also add a report or scan the doctor should see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Find a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Loading today's appointments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>Welcome, {value}</source>
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
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>You have no appointments today.
You can book one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>“{title}” was added for {doctor_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/checkin_page.py"/>
        <source>✓ Checked in</source>
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
    <name>CreateStaffDialog</name>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Give the temporary password to the person; they choose their own at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Temporary password</source>
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
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>No appointments today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Per doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Revenue and GST are shown to administrators only.</source>
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
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Speciality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>Today</source>
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
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/dashboard_page.py"/>
        <source>{strftime} — {total} appointment(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorAppointmentsPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/appointments_page.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorDayPage</name>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancel all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancel all {count} appointment(s) of {currentText} on {strftime}?

Every patient is e-mailed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancel all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Cancel the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Choose a doctor and a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Doctor's day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Move all to this doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Move appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Move {count} appointment(s) to {currentText}?

Each patient keeps their time where the other doctor is free, otherwise gets the next free time that day, and is told by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>No appointments for this doctor on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>No colleague of the same speciality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>No verified doctors yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Reason patients will read, e.g. The doctor is unwell today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>When a doctor cannot come, move all their appointments of the day to a colleague of the same speciality — or cancel them. Patients are e-mailed either way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorFormWidget</name>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>10-digit mobile, e.g. 98450 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>At least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Choose a speciality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Choose your photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Dr. Firstname Lastname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Hospital / clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Hospital address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Medical registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Photo (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Qualifications / education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Short bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Speciality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>e.g. English, Hindi, Kannada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>e.g. KMC-48211 (State Medical Council / NMC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorProfileDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Book appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Doctor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Lab tests, medication and other items: GST as applicable is added on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Loading the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>The profile could not be loaded.</source>
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
        <source>{full_name} — profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{total} incl. {rate} % GST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorSignUpDialog</name>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Fill in your professional details. The clinic's administrator checks your medical registration before you can see patients in MedLink; you will get an e-mail when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/sign_up.py"/>
        <source>Register as a doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorWindow</name>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Account suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Meeting links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Registration not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Registration verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Waiting for verification</source>
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
    <name>Errors</name>
    <message>
        <location filename="../../medlink/ui/errors.py"/>
        <source>MedLink</source>
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
        <source>Fees</source>
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
        <source>Save fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>These are your own fees.</source>
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
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>You have not set your own fees yet — these are the clinic's defaults. Save them (changed or not) to make them yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Your default charges. A new bill starts from these lines; you can change any line on the bill itself. Amounts are in rupees, before GST (the clinic's GST settings apply).</source>
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
    <name>FindDoctorPage</name>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>All specialities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Book appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Doctor's name, e.g. Meera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Find a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>No doctor matches your search. Try another name or choose “All specialities”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>No doctors are taking appointments yet. Please ask at the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Search by the doctor's name or choose a speciality. Double-click a doctor to see their profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>View profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>{len} doctor{value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Create the first administrator account. The administrator verifies doctors, creates front-desk accounts and sets up the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Full name</source>
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
        <source>Password</source>
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
        <source>Set up your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/first_run.py"/>
        <source>Welcome to MedLink</source>
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
    <name>Labels</name>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/patient/common.py"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/patient/common.py"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/patient/common.py"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <location filename="../../medlink/ui/patient/common.py"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/common.py"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/labels.py"/>
        <source>Void</source>
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
        <source>Demo clinic accounts (select and copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Doctor? Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Enter your e-mail address and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>New patient? Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Staff: leave kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>This kiosk is for patients. Staff and doctors please use a clinic workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Version, licences and data folders (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Welcome! Sign in to book, check in or upload your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>Welcome. Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>{clinic_name} — Patient kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/login.py"/>
        <source>{clinic_name} — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Also decrypt every record to verify it (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Backup (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Backup written and verified: {path} ({value:.1f} MB, {sum} rows, {files} files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Detail</source>
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
        <source>Everything matches: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Export receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Export receipts into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Fails its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>File without a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Left by an interrupted write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>No emergency chart access has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>No receipts were issued in that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Not checked yet.</source>
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
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Records folder check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Save backup as</source>
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
        <source>The backup was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>The export did not finish.</source>
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
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>Writing and verifying the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>{exported} receipt(s) exported to {folder}{extra}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/maintenance_page.py"/>
        <source>{len} problem(s) found. “medlink check --repair” removes leftovers older than 10 minutes; missing receipts are regenerated when opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetLinksPage</name>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Add a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Create a new Meet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Make personal room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Meeting links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>No meeting links yet. Create a Meet in your browser, copy its link and paste it above — online appointments then get it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Online consultations use Google Meet. Keep one personal room, or a few links that MedLink shares out among your online appointments. Patients get the link by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Opens meet.google.com/new in your browser; copy the new link and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Paste from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Remove {url} from your links? Appointments that already have this link keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>This is my personal room (used for every online appointment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/links_page.py"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageRow</name>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Copy {value} to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>Open the booking page for a {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/chat_panel.py"/>
        <source>⚠  Possible emergency — get help now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyAppointmentsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Book a new appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Cancel appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Cancel your appointment with {doctor_name} on {format_when}?

The time will be offered to other patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Join video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Link copied. Paste it into your browser at the appointment time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>My appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Past ({len})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Select an appointment to see what you can do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Times are clinic time ({getattr}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Upcoming ({len})</source>
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
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>My bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>No bills yet. After a visit the clinic's receipt appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Open receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Receipts for your consultations, tests and medicines. Amounts include GST where it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Save receipt as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Saved to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>{len} receipt{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>{len} unpaid · {format_money} due at the front desk</source>
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
    <name>MyProfilePage</name>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Keep these details up to date — doctors see your allergies and known conditions. Your e-mail address is your sign-in name; ask the front desk to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/profile_page.py"/>
        <source>Your profile was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyRecordsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Delete “{title}” from your records?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Lab reports, prescriptions and scans. Your doctors at this clinic can see them; files are stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>My records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>No preview available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>No records yet. Use “Upload a record…” to add a lab report, prescription or scan (PDF, JPEG or PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>PDF document

Use “Open” to read it in your PDF viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Select a record to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Upload a record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>“{title}” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>“{title}” was uploaded and stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Booking confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Don't send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Don't send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>E-mail outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Every e-mail MedLink sends waits here until the mail server accepts it. Failed messages show the server's reason; fix the settings, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Failed after {attempts} tries: {last_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Meeting link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Never send “{subject}” to {to_address}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Next try {format_when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>No {lower} messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Note to doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Reason / sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/outbox.py"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientAppointmentsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Speciality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>Video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/appointments_page.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientBillsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/bills_page.py"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDoctorsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Next free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/doctors_page.py"/>
        <source>Speciality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientFields</name>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>As on your ID, e.g. Priya Sharma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Blood group</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>E-mails, reminders and printed documents use this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Known conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Name and relation, e.g. Anil (husband)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>Their phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/form.py"/>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientRecordsPage</name>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Uploaded by</source>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Create new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Create your patient account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Repeat password</source>
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
        <source>With an account you can book appointments, see your bills and keep your reports in one place. Fields marked with a message must be corrected before the account can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>You may already be registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>Your e-mail address is your sign-in name. We send appointment confirmations to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/sign_up.py"/>
        <source>{clinic_name} — Create your patient account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>Find a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>Health assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/window.py"/>
        <source>My records</source>
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
        <source>Age</source>
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
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Another doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Bills ({len})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Book appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Cancel appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Cancel {full_name}'s appointment with {doctor_name} on {format_when}?

The patient is told by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Choose a patient on the left to see their details and appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Choose a patient to open their chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Find a patient by name, mobile number or e-mail address — results appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Has an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Keep it</source>
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
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Mark unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Medicines / tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Move to another doctor of the same speciality (e.g. the doctor is absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>No appointments yet. Use “Book appointment” to book one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>No patient matches “{strip}”.

Check the spelling, or register them with “Register walk-in”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No patient of yours matches that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No patients yet. Patients appear here once they book an appointment with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No preview available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Open in Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Open receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>PDF document
{size}

Click Open to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Prescriptions ({len})</source>
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
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Record blood pressure, weight, sugar… at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Records ({len})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Register walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Search your patients by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Search: name, 98765 43210 or name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Select a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>The file cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Type at least one letter or three digits to find a patient.

New here? Use “Register walk-in”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>Visits ({len})</source>
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
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Walk-in (no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/patients_page.py"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>{value} years · {value2}</source>
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
        <source>+ Add medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Advice</source>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Change the medicine, or type why you prescribe it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Follow-up visit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Lab tests advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>One test per line, e.g.
Complete blood count
Dengue NS1 antigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Open PDF</source>
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
        <source>Prescription for {patient_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Prescription — {patient_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Remove this medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Save prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>Why is this medicine safe for this patient? (required to prescribe it anyway; kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/prescription_dialog.py"/>
        <source>e.g. Drink plenty of fluids; rest for three days.</source>
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
    <name>ProfilePage</name>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>Saved ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/fees_profile_pages.py"/>
        <source>What patients see when they choose a doctor. Your e-mail address and registration number were verified by the clinic and can only be changed by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>All doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mark arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mark {patient_name} as not having come?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>No appointments on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Print &amp;slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Select a patient, then mark them arrived when they reach the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/queue.py"/>
        <source>{len} appointments · {waiting} expected · {arrived} arrived · {done} seen</source>
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
        <source>&lt;b&gt;{headline}&lt;/b&gt;&lt;br&gt;{advice}</source>
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
    <name>ReasonDialog</name>
    <message>
        <location filename="../../medlink/ui/doctor/common.py"/>
        <source>Go back</source>
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
    <name>RecordUploadDialog</name>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Date of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Upload a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Upload a report or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/patient/records_page.py"/>
        <source>e.g. Blood test — CBC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reset the password of {full_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>{email} must choose a new password at the next sign-in. The account is unlocked as well.</source>
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
        <source>MedLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/shell.py"/>
        <source>No activity — you will be signed out in {seconds_left} s. Touch or move the mouse to stay.</source>
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
        <source>Address</source>
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
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Check-in opens before the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Choose the clinic's logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Default fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Doctors keep chart access after the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Exempt health care — 0 % (notification 12/2017, entry 74)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>GST rate per category (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Kiosk idle sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Largest medical record upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Prices include GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Receipt number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Round the total to the nearest rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Send test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Staff and doctor idle sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>The state decides CGST + SGST (same state) or IGST (other states).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>The test e-mail was not sent: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>e.g. 29AABFM1234K1ZC — leave empty if not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>e.g. smtp.gmail.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>leave empty to keep the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>optional: the CA certificate of a private mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/settings_page.py"/>
        <source>your own address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffCommon</name>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/common.py"/>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Doctor's day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>E-mail outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Today's queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/window.py"/>
        <source>Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenScreen</name>
    <message>
        <location filename="../../medlink/ui/token_screen.py"/>
        <source>MedLink</source>
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
    <name>UsersPage</name>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Deactivate {full_name} ({email})? They can no longer sign in. Their records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Filter by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Let {full_name} ({email}) sign in again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>No accounts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>Users</source>
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
        <source>Check each registration against the medical council's register before approving. The doctor is e-mailed the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Choose a doctor to see the details they submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No registrations are waiting. New doctor sign-ups appear here for you to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No rejected registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No suspended doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>No verified doctors yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Open in Doctor's day to move them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reason (required to reject or suspend; the doctor will read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reject registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reject {full_name}'s registration? They are e-mailed the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Speciality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Suspend doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Suspend {full_name}? They can no longer practise in MedLink and their future appointments must be moved or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>{name} is suspended — no future appointments to rebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>{name} is suspended — {len} future appointment(s) to rebook</source>
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
    <message>
        <location filename="../../medlink/ui/staff/verification.py"/>
        <source>{years_experience} years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationStatePage</name>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Questions? Contact the clinic's administrator. You will also receive an e-mail when your registration is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Registration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/window.py"/>
        <source>Your registration has been verified. Sign out and sign in again to start seeing patients in MedLink.</source>
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
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Register a walk-in patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>Register patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/staff/patients.py"/>
        <source>The patient does not need an e-mail address or an account. They can create an account later with the same details.</source>
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
<context>
    <name>_DayRow</name>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>+ Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LineRow</name>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../medlink/ui/doctor/bill_dialog.py"/>
        <source>What is charged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PasswordField</name>
    <message>
        <location filename="../../medlink/ui/staff/users.py"/>
        <source>New suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RangeRow</name>
    <message>
        <location filename="../../medlink/ui/doctor/availability_page.py"/>
        <source>Remove these hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
