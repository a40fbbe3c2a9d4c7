<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>accounts</name>
    <message>
        <location filename="../../medlink/services/languages.py"/>
        <source>Your account no longer exists.</source>
        <translation>आपका खाता अब मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <location filename="../../medlink/services/languages.py"/>
        <source>Doctors cannot edit a patient's profile.</source>
        <translation>डॉक्टर मरीज़ की प्रोफ़ाइल नहीं बदल सकते।</translation>
    </message>
    <message>
        <location filename="../../medlink/services/languages.py"/>
        <source>That patient does not exist.</source>
        <translation>वह मरीज़ मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../medlink/validation.py"/>
        <source>MedLink is not available in that language yet.</source>
        <translation>MedLink अभी उस भाषा में उपलब्ध नहीं है।</translation>
    </message>
</context>
</TS>
