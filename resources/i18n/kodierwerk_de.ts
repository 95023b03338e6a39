<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgreementFiles</name>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="49"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, durch Kommas getrennt (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="50"/>
        <source>CSV, semicolon-separated, for Excel in German (*.csv)</source>
        <translation>CSV, durch Semikolons getrennt, für deutsches Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="73"/>
        <source>Export agreement to Word</source>
        <translation>Übereinstimmung nach Word exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="75"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="85"/>
        <source>Export disagreements to CSV</source>
        <translation>Nichtübereinstimmungen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="97"/>
        <source>Export agreement statistics to CSV</source>
        <translation>Übereinstimmungsstatistik als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="110"/>
        <source>Writing {0}…</source>
        <translation>Schreibe {0}…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="116"/>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="66"/>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="118"/>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="63"/>
        <source>Intercoder Agreement – {0}</source>
        <translation>Intercoder-Übereinstimmung – {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="90"/>
        <source>Segment (MAXQDA)</source>
        <translation>Segmente (MAXQDA)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="91"/>
        <source>Character (NVivo)</source>
        <translation>Zeichen (NVivo)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="92"/>
        <source>Code presence</source>
        <translation>Code-Vorkommen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="92"/>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="151"/>
        <source>Double-click a place to open it in the text</source>
        <translation>Doppelklick öffnet die Stelle im Text</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="156"/>
        <source>Show All Codes</source>
        <translation>Alle Codes zeigen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="175"/>
        <source>Export to Word…</source>
        <translation>Nach Word exportieren…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="176"/>
        <source>Disagreements as CSV…</source>
        <translation>Nichtübereinstimmungen als CSV…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="178"/>
        <source>Statistics as CSV…</source>
        <translation>Statistik als CSV…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="185"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="202"/>
        <source>Intercoder Agreement</source>
        <translation>Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="224"/>
        <source>Choose coders, documents and codes, then press Compute.</source>
        <translation>Codierende, Dokumente und Codes wählen, dann „Berechnen“ drücken.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="234"/>
        <source>1 document</source>
        <translation>1 Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="235"/>
        <source>{0} documents</source>
        <translation>{0} Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="236"/>
        <source>1 code</source>
        <translation>1 Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="236"/>
        <source>{0} codes</source>
        <translation>{0} Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="237"/>
        <source>{0} · {1} · {2} · overlap {3} %</source>
        <translation>{0} · {1} · {2} · Überlappung {3} %</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="243"/>
        <source>Codings of {0} and {1}, per code: a coding agrees when one by the other coder overlaps it by at least {2} % of both together. κ after Brennan &amp; Prediger, chance agreement 1/{3} ({3} codes).</source>
        <translation>Codierungen von {0} und {1}, je Code: Eine Codierung stimmt überein, wenn eine der anderen Person sie zu mindestens {2} % beider zusammen überlappt. κ nach Brennan &amp; Prediger, Zufallsübereinstimmung 1/{3} ({3} Codes).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="247"/>
        <source>Every character of the chosen documents, per code: coded by both, one or neither of {0} and {1}. κ after Cohen.</source>
        <translation>Jedes Zeichen der gewählten Dokumente, je Code: von beiden, einer Person oder keiner von {0} und {1} codiert. κ nach Cohen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="250"/>
        <source>Per document and code: did {0} and {1} use the code anywhere in the document? κ after Cohen.</source>
        <translation>Je Dokument und Code: Haben {0} und {1} den Code irgendwo im Dokument vergeben? κ nach Cohen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="253"/>
        <source>Krippendorff&apos;s α (nominal) over the characters of the chosen documents, per code; coders: {0}.</source>
        <translation>Krippendorffs α (nominal) über die Zeichen der gewählten Dokumente, je Code; Codierende: {0}.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="296"/>
        <source>Disagreements</source>
        <translation>Nichtübereinstimmungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="298"/>
        <source>Disagreements: {0} places</source>
        <translation>Nichtübereinstimmungen: {0} Stellen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="300"/>
        <source>Disagreements in “{0}”: {1} of {2} places</source>
        <translation>Nichtübereinstimmungen bei „{0}“: {1} von {2} Stellen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="347"/>
        <source>The choices or the project changed since these results were computed: press Compute to update them.</source>
        <translation>Auswahl oder Projekt haben sich seit der Berechnung geändert: „Berechnen“ aktualisiert die Ergebnisse.</translation>
    </message>
</context>
<context>
    <name>AssistMenu</name>
    <message>
        <location filename="../../qda_app/ui/assist/assist_menu.py" line="25"/>
        <source>Similar &amp;Passages…</source>
        <translation>Ähnliche &amp;Passagen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_menu.py" line="27"/>
        <source>Suggest Codes for &amp;Selection…</source>
        <translation>Codes für die &amp;Markierung vorschlagen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_menu.py" line="29"/>
        <source>Consistency C&amp;heck…</source>
        <translation>Konsistenz&amp;prüfung…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_menu.py" line="56"/>
        <source>More Like This</source>
        <translation>Mehr davon</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_menu.py" line="59"/>
        <source>Suggest Codes…</source>
        <translation>Codes vorschlagen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_menu.py" line="64"/>
        <source>More Like This Coding of “{0}”</source>
        <translation>Mehr wie diese Codierung von „{0}“</translation>
    </message>
</context>
<context>
    <name>AssistPane</name>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="64"/>
        <source>Type a sentence to find passages like it…</source>
        <translation>Einen Satz eingeben, um ähnliche Passagen zu finden…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="67"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="68"/>
        <source>Like the Selection</source>
        <translation>Wie die Markierung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="71"/>
        <source>Type a sentence above, or right-click a selection or a coding in the transcript and choose “More Like This”. Double-click a passage to open it; tick passages and “Code These…” codes them in one step.</source>
        <translation>Oben einen Satz eingeben, oder im Transkript eine Markierung oder Codierung mit der rechten Maustaste anklicken und „Mehr davon“ wählen. Doppelklick öffnet eine Passage; angehakte Passagen codiert „Diese codieren…“ in einem Schritt.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="77"/>
        <source>Tick All</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="78"/>
        <source>Code These…</source>
        <translation>Diese codieren…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="91"/>
        <source>Suggest Codes for the Selection</source>
        <translation>Codes für die Markierung vorschlagen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="95"/>
        <source>Select a passage in the transcript and ask for codes: the codes whose codings are nearest come first, with those codings as the reason. Nothing is coded until you click “Code Selection with This”.</source>
        <translation>Markieren Sie eine Passage im Transkript und lassen Sie Codes vorschlagen: zuerst die Codes mit den nächstliegenden Codierungen, diese Codierungen als Begründung. Codiert wird erst, wenn Sie „Markierung damit codieren“ klicken.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="101"/>
        <source>Code Selection with This</source>
        <translation>Markierung damit codieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="112"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="114"/>
        <source>Possible misses: passages very similar to a code&apos;s codings but not coded with it. Possible slips: codings far from all other codings of their code. Questions for the team meeting; nothing is changed.</source>
        <translation>Möglicherweise übersehen: Passagen, die den Codierungen eines Codes sehr ähnlich, aber nicht mit ihm codiert sind. Mögliche Ausreißer: Codierungen, die allen anderen Codierungen ihres Codes fern sind. Fragen für die Teamsitzung; nichts wird geändert.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="120"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="124"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/tabs.py" line="135"/>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="56"/>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="57"/>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="58"/>
        <source>Speaker turns</source>
        <translation>Sprecherbeiträge</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="98"/>
        <source>&lt;b&gt;Computed on this computer.&lt;/b&gt; Nothing is sent anywhere; no model is downloaded. Engine: {0}.</source>
        <translation>&lt;b&gt;Auf diesem Computer berechnet.&lt;/b&gt; Nichts wird irgendwohin gesendet, kein Modell wird heruntergeladen. Verfahren: {0}.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="103"/>
        <source>Semantic search needs pip install &apos;kodierwerk[assist]&apos;; using the lexical engine (shared words).</source>
        <translation>Die semantische Suche braucht pip install &apos;kodierwerk[assist]&apos;; verwendet wird das lexikalische Verfahren (gemeinsame Wörter).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="115"/>
        <source>Indexing on this computer… %v of %m passages</source>
        <translation>Indexiert auf diesem Computer… %v von %m Passagen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="116"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="122"/>
        <source>Similar Passages</source>
        <translation>Ähnliche Passagen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="123"/>
        <source>Suggested Codes</source>
        <translation>Vorgeschlagene Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="124"/>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="128"/>
        <source>Passages:</source>
        <translation>Passagen:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="170"/>
        <source>Indexing the documents on this computer; you can go on coding.</source>
        <translation>Die Dokumente werden auf diesem Computer indexiert; Sie können weiter codieren.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="210"/>
        <source>Similar passages: {0} · engine: {1}</source>
        <translation>Ähnliche Passagen: {0} · Verfahren: {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="212"/>
        <source>No passage has anything in common with it.</source>
        <translation>Keine Passage hat etwas damit gemeinsam.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="223"/>
        <source>Select a passage in the transcript first.</source>
        <translation>Markieren Sie zuerst eine Passage im Transkript.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="248"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="249"/>
        <source>Suggested codes: {0} · already on the selection: {1}</source>
        <translation>Vorgeschlagene Codes: {0} · schon an der Markierung: {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="264"/>
        <source>Checking the codes…</source>
        <translation>Die Codes werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="269"/>
        <source>Possible misses: {0} · possible slips: {1}</source>
        <translation>Möglicherweise übersehen: {0} · mögliche Ausreißer: {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="289"/>
        <source>This document no longer exists (another program may have deleted it).</source>
        <translation>Dieses Dokument gibt es nicht mehr (ein anderes Programm hat es vielleicht gelöscht).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="296"/>
        <source>Tick the passages to code first.</source>
        <translation>Haken Sie zuerst die Passagen an, die codiert werden sollen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="299"/>
        <source>Code the ticked passages with</source>
        <translation>Die angehakten Passagen codieren mit</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="319"/>
        <source>Code {0} passages with “{1}”</source>
        <translation>{0} Passagen mit „{1}“ codieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/assist_pane.py" line="324"/>
        <source>Coded with “{0}”: new codings: {1}, already there: {2}.</source>
        <translation>Mit „{0}“ codiert: neue Codierungen: {1}, schon vorhanden: {2}.</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="33"/>
        <source>the hit itself</source>
        <translation>den Treffer selbst</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="34"/>
        <source>its sentence</source>
        <translation>seinen Satz</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="35"/>
        <source>its paragraph</source>
        <translation>seinen Absatz</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="36"/>
        <source>its speaker turn</source>
        <translation>seinen Sprecherbeitrag</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="45"/>
        <source>Code All Hits</source>
        <translation>Alle Treffer codieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="49"/>
        <source>Hits of “{0}”: {1} · documents: {2} · coder: {3}</source>
        <translation>Treffer für „{0}“: {1} · Dokumente: {2} · Codierer:in: {3}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="76"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="77"/>
        <source>For each hit, code:</source>
        <translation>Je Treffer codieren:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="114"/>
        <source>Choose a code (type part of its name).</source>
        <translation>Einen Code wählen (Teil des Namens tippen).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="126"/>
        <source>New codings: {0}. Already there (not added again): {1}.</source>
        <translation>Neue Codierungen: {0}. Schon vorhanden (nicht noch einmal hinzugefügt): {1}.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="130"/>
        <source>Overlapping units are merged: {0} hits make {1} codings.</source>
        <translation>Überlappende Einheiten werden zusammengefasst: {0} Treffer ergeben {1} Codierungen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="133"/>
        <source>Hits in no speaker turn (not coded): {0}.</source>
        <translation>Treffer außerhalb von Sprecherbeiträgen (nicht codiert): {0}.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/autocode_dialog.py" line="135"/>
        <source>Hits of blank space only (not coded): {0}.</source>
        <translation>Treffer nur aus Leerraum (nicht codiert): {0}.</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <location filename="../../qda_app/ui/codes/category_picker.py" line="41"/>
        <source>Category “{0}”</source>
        <translation>Kategorie „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/category_picker.py" line="46"/>
        <source>“{0}” is a category: it groups codes. Code with a subcode of “{0}”?</source>
        <translation>„{0}“ ist eine Kategorie: Sie fasst Codes zusammen. Mit einem Subcode von „{0}“ codieren?</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/category_picker.py" line="48"/>
        <source>“{0}” is a category: it groups codes, and has no subcodes yet. Code with “{0}” itself?</source>
        <translation>„{0}“ ist eine Kategorie: Sie fasst Codes zusammen und hat noch keine Subcodes. Mit „{0}“ selbst codieren?</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/category_picker.py" line="64"/>
        <source>Code with subcode</source>
        <translation>Mit Subcode codieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/category_picker.py" line="66"/>
        <source>Code with “{0}” itself</source>
        <translation>Mit „{0}“ selbst codieren</translation>
    </message>
</context>
<context>
    <name>ChoicesPanel</name>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="78"/>
        <source>Drag to reorder: the segment, character and presence levels compare the first two checked coders</source>
        <translation>Zum Umordnen ziehen: Segment-, Zeichen- und Vorkommens-Ebene vergleichen die ersten beiden markierten Codierenden</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="93"/>
        <source>Segment level: two codings match when they overlap by at least this share of their union</source>
        <translation>Segment-Ebene: Zwei Codierungen passen zueinander, wenn sie sich mindestens zu diesem Anteil ihrer Vereinigung überlappen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="98"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="104"/>
        <source>Coders</source>
        <translation>Codierende</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="105"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="106"/>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="111"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="107"/>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="112"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="108"/>
        <source>Coded</source>
        <translation>Codierte</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="109"/>
        <source>Set…</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="110"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="113"/>
        <source>Used</source>
        <translation>Verwendete</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="115"/>
        <source>Segment overlap:</source>
        <translation>Segment-Überlappung:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="164"/>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="197"/>
        <source>{0}: {1} codings</source>
        <translation>{0}: {1} Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="170"/>
        <source>{0}: {1} characters, {2} codings</source>
        <translation>{0}: {1} Zeichen, {2} Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="178"/>
        <source>{0} (no codings)</source>
        <translation>{0} (keine Codierungen)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="245"/>
        <source>Activated: {0}</source>
        <translation>Aktiviert: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="251"/>
        <source>No sets yet</source>
        <translation>Noch keine Sets</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="308"/>
        <source>Check at least two coders.</source>
        <translation>Mindestens zwei Codierende markieren.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="309"/>
        <source>Agreement needs at least two coders; this project has {0}.</source>
        <translation>Für die Übereinstimmung braucht es mindestens zwei Codierende; dieses Projekt hat {0}.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_choices.py" line="311"/>
        <source>Segment, character and presence levels compare {0} and {1}; α takes all {2}.</source>
        <translation>Segment-, Zeichen- und Vorkommens-Ebene vergleichen {0} und {1}; α nimmt alle {2}.</translation>
    </message>
</context>
<context>
    <name>CodeActions</name>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="53"/>
        <source>New code…</source>
        <translation>Neuer Code…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="54"/>
        <source>New top-level code</source>
        <translation>Neuer Code auf oberster Ebene</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="55"/>
        <source>New subcode…</source>
        <translation>Neuer Subcode…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="56"/>
        <source>New subcode of the current code</source>
        <translation>Neuer Subcode des aktuellen Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="57"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="58"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="59"/>
        <source>Description…</source>
        <translation>Beschreibung…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="61"/>
        <source>Make category</source>
        <translation>Zur Kategorie machen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="63"/>
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="64"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="65"/>
        <source>Delete the current code</source>
        <translation>Den aktuellen Code löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="67"/>
        <source>Activate all</source>
        <translation>Alle aktivieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="69"/>
        <source>Deactivate all</source>
        <translation>Alle deaktivieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="109"/>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="109"/>
        <source>New subcode</source>
        <translation>Neuer Subcode</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="110"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="161"/>
        <source>Merge “{0}” into…</source>
        <translation>„{0}“ zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_actions.py" line="191"/>
        <source>The code “{0}” no longer exists (another program may have deleted it); the code system is up to date again.</source>
        <translation>Den Code „{0}“ gibt es nicht mehr (vielleicht hat ein anderes Programm ihn gelöscht); das Codesystem ist wieder aktuell.</translation>
    </message>
</context>
<context>
    <name>CodeCommands</name>
    <message>
        <location filename="../../qda_app/ui/commands/code_commands.py" line="81"/>
        <source>New code “{0}”</source>
        <translation>Neuer Code „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/code_commands.py" line="118"/>
        <source>Rename code “{0}”</source>
        <translation>Code „{0}“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/code_commands.py" line="142"/>
        <source>Move code “{0}”</source>
        <translation>Code „{0}“ verschieben</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/code_commands.py" line="166"/>
        <source>Colour of “{0}”</source>
        <translation>Farbe von „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/code_commands.py" line="192"/>
        <source>Description of “{0}”</source>
        <translation>Beschreibung von „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/code_commands.py" line="231"/>
        <source>Make “{0}” a code</source>
        <translation>„{0}“ zum Code machen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/code_commands.py" line="232"/>
        <source>Make “{0}” a category</source>
        <translation>„{0}“ zur Kategorie machen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/code_commands.py" line="256"/>
        <source>Delete code “{0}”</source>
        <translation>Code „{0}“ löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/code_commands.py" line="280"/>
        <source>Merge “{0}” into “{1}”</source>
        <translation>„{0}“ mit „{1}“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>CodeDialogs</name>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="32"/>
        <source>1 coding</source>
        <translation>1 Codierung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="34"/>
        <source>{0} codings</source>
        <translation>{0} Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="36"/>
        <source>1 subcode</source>
        <translation>1 Subcode</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="38"/>
        <source>{0} subcodes</source>
        <translation>{0} Subcodes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="40"/>
        <source>Delete the code “{0}” with its {1} and {2}?</source>
        <translation>Den Code „{0}“ mit seinen {1} und {2} löschen?</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="43"/>
        <source>Delete the code “{0}” with its {1}? They have no codings.</source>
        <translation>Den Code „{0}“ mit seinen {1} löschen? Sie haben keine Codierungen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="47"/>
        <source>Delete the code “{0}” and its {1}?</source>
        <translation>Den Code „{0}“ und seine {1} löschen?</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="49"/>
        <source>Delete the code “{0}”? It has no codings.</source>
        <translation>Den Code „{0}“ löschen? Er hat keine Codierungen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="55"/>
        <source>Delete code</source>
        <translation>Code löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="58"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z lässt sich das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="59"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="72"/>
        <source>Code colour</source>
        <translation>Codefarbe</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_dialogs.py" line="88"/>
        <source>Code description</source>
        <translation>Code-Beschreibung</translation>
    </message>
</context>
<context>
    <name>CodeMatrixModel</name>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_model.py" line="139"/>
        <source>(no speaker)</source>
        <translation>(ohne Sprecher:in)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_model.py" line="142"/>
        <source>all codes</source>
        <translation>alle Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_model.py" line="144"/>
        <source>{0} in all documents</source>
        <translation>{0} in allen Dokumenten</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_model.py" line="148"/>
        <source>{0} in {1}</source>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_model.py" line="151"/>
        <source>{0} in the turns of {1}</source>
        <translation>{0} in den Beiträgen von {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_model.py" line="152"/>
        <source>{0} outside speaker turns</source>
        <translation>{0} außerhalb der Sprecherbeiträge</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_model.py" line="184"/>
        <source>{0}: {1} codings</source>
        <translation>{0}: {1} Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_model.py" line="196"/>
        <location filename="../../qda_app/ui/analysis/matrix_model.py" line="209"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>CodeMatrixWindow</name>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="67"/>
        <source>Code Matrix – {0}</source>
        <translation>Code-Matrix – {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="84"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="87"/>
        <source>Speakers</source>
        <translation>Sprecher:innen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="90"/>
        <source>A column per speaker across the documents: the codings that start in the speaker&apos;s turns. Codings outside every turn make a column &quot;(no speaker)&quot;.</source>
        <translation>Eine Spalte je Sprecher:in über alle Dokumente: die Codierungen, die in ihren Beiträgen beginnen. Codierungen außerhalb aller Beiträge bilden die Spalte „(ohne Sprecher:in)“.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="96"/>
        <source>One column per coder</source>
        <translation>Eine Spalte je Codierer:in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="105"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="111"/>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="150"/>
        <source>Codings: {0} · codes: {1} · speakers: {2}. A darker cell holds more codings; double-click a cell to list its segments.</source>
        <translation>Codierungen: {0} · Codes: {1} · Sprecher:innen: {2}. Eine dunklere Zelle enthält mehr Codierungen; Doppelklick listet ihre Segmente.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="153"/>
        <source>Codings: {0} · codes: {1} · documents: {2}. A darker cell holds more codings; double-click a cell to list its segments.</source>
        <translation>Codierungen: {0} · Codes: {1} · Dokumente: {2}. Eine dunklere Zelle enthält mehr Codierungen; Doppelklick listet ihre Segmente.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="184"/>
        <source>{0} segments: {1}</source>
        <translation>{0} Segmente: {1}</translation>
    </message>
</context>
<context>
    <name>CodeMemoPanel</name>
    <message>
        <location filename="../../qda_app/ui/codes/code_memo.py" line="112"/>
        <source>No code selected</source>
        <translation>Kein Code ausgewählt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_memo.py" line="119"/>
        <source>Describe the code: what it means, when to use it, an example…</source>
        <translation>Den Code beschreiben: Was er bedeutet, wann er passt, ein Beispiel…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_memo.py" line="145"/>
        <source>The description typed for “{0}” was not saved: the code no longer exists.</source>
        <translation>Die für „{0}“ eingegebene Beschreibung wurde nicht gespeichert: Der Code existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../qda_app/ui/codes/code_picker.py" line="57"/>
        <source>Filter codes…</source>
        <translation>Codes filtern…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_picker.py" line="123"/>
        <source>Create new code “{0}”</source>
        <translation>Neuen Code „{0}“ anlegen</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_model.py" line="98"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_model.py" line="98"/>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_model.py" line="135"/>
        <source>Category: groups codes; coding with it asks first</source>
        <translation>Kategorie: fasst Codes zusammen; vor dem Codieren mit ihr wird nachgefragt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_model.py" line="140"/>
        <source>Quick code: Ctrl+{0}</source>
        <translation>Schnellcode: Strg+{0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_model.py" line="154"/>
        <source>{0} codings of this code</source>
        <translation>{0} Codierungen dieses Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_model.py" line="157"/>
        <source>{0} with its subcodes</source>
        <translation>{0} mit seinen Subcodes</translation>
    </message>
</context>
<context>
    <name>CodeTreePanel</name>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_panel.py" line="121"/>
        <source>Filter codes…</source>
        <translation>Codes filtern…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_panel.py" line="237"/>
        <source>Make category</source>
        <translation>Zur Kategorie machen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_panel.py" line="153"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_panel.py" line="154"/>
        <source>Subcode</source>
        <translation>Subcode</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_panel.py" line="155"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_panel.py" line="236"/>
        <source>Make code</source>
        <translation>Zum Code machen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_panel.py" line="250"/>
        <source>Pin as quick code</source>
        <translation>Als Schnellcode festlegen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/codes/code_tree_panel.py" line="264"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="78"/>
        <source>The code you chose no longer exists (another program may have deleted it); the code system now shows the project as it is.</source>
        <translation>Den gewählten Code gibt es nicht mehr (vielleicht hat ein anderes Programm ihn gelöscht); das Codesystem zeigt jetzt den aktuellen Stand des Projekts.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="97"/>
        <source>Select some text first, then choose a code.</source>
        <translation>Zuerst Text markieren, dann einen Code wählen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="123"/>
        <source>This passage is already coded with “{0}” by you.</source>
        <translation>Diese Stelle haben Sie schon mit „{0}“ codiert.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="119"/>
        <source>Code with “{0}”</source>
        <translation>Mit „{0}“ codieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="128"/>
        <source>Coded {0} characters with “{1}”.</source>
        <translation>{0} Zeichen mit „{1}“ codiert.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="136"/>
        <source>Nothing coded: “{0}” is a category.</source>
        <translation>Nichts codiert: „{0}“ ist eine Kategorie.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="155"/>
        <source>No code used yet in this session.</source>
        <translation>In dieser Sitzung wurde noch kein Code verwendet.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="158"/>
        <source>The code “{0}” used last no longer exists; pick a code with Ctrl+Shift+C.</source>
        <translation>Den zuletzt verwendeten Code „{0}“ gibt es nicht mehr; wählen Sie mit Strg+Umschalt+C einen Code.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="163"/>
        <source>No code is pinned to Ctrl+{0}: right-click a code → Pin as quick code.</source>
        <translation>Auf Strg+{0} liegt kein Code: Rechtsklick auf einen Code → Als Schnellcode festlegen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="166"/>
        <source>The code “{0}” pinned to Ctrl+{1} no longer exists, so it is unpinned; pin another code from the code system&apos;s context menu.</source>
        <translation>Den auf Strg+{1} gelegten Code „{0}“ gibt es nicht mehr, daher ist Strg+{1} wieder frei; legen Sie über das Kontextmenü des Codesystems einen anderen Code fest.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="174"/>
        <source>Code with…</source>
        <translation>Codieren mit…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="184"/>
        <source>The selection has no words to name a code after.</source>
        <translation>Die Markierung enthält keine Wörter für einen Codenamen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="190"/>
        <source>New in-vivo code “{0}”.</source>
        <translation>Neuer In-Vivo-Code „{0}“.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="202"/>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="219"/>
        <source>There is no speaker turn here.</source>
        <translation>Hier beginnt kein Sprecherbeitrag.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="205"/>
        <source>The code “{0}” used last no longer exists; pick a code for the speaker turn.</source>
        <translation>Den zuletzt verwendeten Code „{0}“ gibt es nicht mehr; wählen Sie einen Code für den Sprecherbeitrag.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="208"/>
        <source>Code whole speaker turn with…</source>
        <translation>Ganzen Sprecherbeitrag codieren mit…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="221"/>
        <source>Code whole speaker turn of {0} with…</source>
        <translation>Ganzen Beitrag von {0} codieren mit…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="245"/>
        <source>“{0}” is now quick code Ctrl+{1}.</source>
        <translation>„{0}“ ist jetzt Schnellcode Strg+{1}.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="259"/>
        <source>Coding “{0}” by {1} selected: Del removes it, Ctrl+M moves it, Ctrl+Shift+M edits its memo, Ctrl+B sets its bounds to the selection.</source>
        <translation>Codierung „{0}“ von {1} ausgewählt: Entf entfernt sie, Strg+M verschiebt sie, Strg+Umschalt+M bearbeitet ihr Memo, Strg+B setzt ihre Grenzen auf die Markierung.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="266"/>
        <source>Click a coding stripe first to select a coding.</source>
        <translation>Zuerst einen Codierstreifen anklicken, um eine Codierung auszuwählen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="286"/>
        <source>Remove coding “{0}”</source>
        <translation>Codierung „{0}“ entfernen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="295"/>
        <source>Move coding to…</source>
        <translation>Codierung verschieben nach…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="299"/>
        <source>Move coding</source>
        <translation>Codierung verschieben</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="307"/>
        <source>Memo for “{0}”</source>
        <translation>Memo zu „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="313"/>
        <source>Edit coding memo</source>
        <translation>Codierungsmemo bearbeiten</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="322"/>
        <source>Select the new extent in the text first.</source>
        <translation>Zuerst den neuen Umfang im Text markieren.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_actions.py" line="325"/>
        <source>Change coding bounds</source>
        <translation>Grenzen der Codierung ändern</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/coding_commands.py" line="114"/>
        <source>In-vivo code “{0}”</source>
        <translation>In-Vivo-Code „{0}“</translation>
    </message>
</context>
<context>
    <name>CodingEntries</name>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="30"/>
        <source>Code &amp;with…</source>
        <translation>Codieren &amp;mit…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="32"/>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="78"/>
        <source>Code with &amp;Last Code</source>
        <translation>Mit &amp;letztem Code codieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="34"/>
        <source>&amp;In-vivo Code</source>
        <translation>&amp;In-Vivo codieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="36"/>
        <source>Code Whole Speaker &amp;Turn</source>
        <translation>Ganzen Sprecher&amp;beitrag codieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="38"/>
        <source>Quick Code {0}</source>
        <translation>Schnellcode {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="41"/>
        <source>&amp;Remove Selected Coding</source>
        <translation>Ausgewählte Codierung &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="43"/>
        <source>&amp;Move Coding to…</source>
        <translation>Codierung &amp;verschieben nach…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="45"/>
        <source>Coding M&amp;emo…</source>
        <translation>Codierungs-&amp;Memo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="47"/>
        <source>Set Coding &amp;Bounds to Selection</source>
        <translation>Codierungs&amp;grenzen auf Markierung setzen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/coding_entries.py" line="76"/>
        <source>Code with “{0}”</source>
        <translation>Mit „{0}“ codieren</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="49"/>
        <source>New set from a condition</source>
        <translation>Neues Set aus einer Bedingung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="50"/>
        <source>Activate documents by a condition</source>
        <translation>Dokumente per Bedingung aktivieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="54"/>
        <source>e.g. Region = Thüringen and Alter &lt; 40</source>
        <translation>z. B. Region = Thüringen und Alter &lt; 40</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="60"/>
        <source>Compare variables with = != &lt; &lt;= &gt; &gt;= or contains; join with and, or, not and parentheses (und, oder, nicht work too). Put a value of several words that holds a keyword in quotes. Variables: {0}</source>
        <translation>Variablen vergleichen mit = != &lt; &lt;= &gt; &gt;= oder enthält; verbinden mit und, oder, nicht und Klammern (and, or, not gehen auch). Einen Wert aus mehreren Wörtern, der ein solches Wort enthält, in Anführungszeichen setzen. Variablen: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="62"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="69"/>
        <source>Name of the set:</source>
        <translation>Name des Sets:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="71"/>
        <source>Condition:</source>
        <translation>Bedingung:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="95"/>
        <source>Type a condition.</source>
        <translation>Eine Bedingung eingeben.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="106"/>
        <source>{0} of {1} documents match: {2}</source>
        <translation>{0} von {1} Dokumenten passen: {2}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="108"/>
        <source>No document matches.</source>
        <translation>Kein Dokument passt.</translation>
    </message>
</context>
<context>
    <name>CooccurrenceModel</name>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_model.py" line="35"/>
        <source>Codings of {0}: {1}</source>
        <translation>Codierungen von {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_model.py" line="36"/>
        <source>Pairs of codings of {0} and {1} ({2}): {3}</source>
        <translation>Paare von Codierungen von {0} und {1} ({2}): {3}</translation>
    </message>
</context>
<context>
    <name>CooccurrenceRows</name>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="38"/>
        <source>Pairs of codings:</source>
        <translation>Paare von Codierungen:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="41"/>
        <source>All coders</source>
        <translation>Alle Codierenden</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="46"/>
        <source>Coder:</source>
        <translation>Codierer:in:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="49"/>
        <source>Documents: {0}</source>
        <translation>Dokumente: {0}</translation>
    </message>
</context>
<context>
    <name>CooccurrenceWindow</name>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="66"/>
        <source>Code Co-occurrence – {0}</source>
        <translation>Code-Kookkurrenz – {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="74"/>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="168"/>
        <source>Double-click a cell to list its pairs of codings.</source>
        <translation>Doppelklick auf eine Zelle listet ihre Paare von Codierungen auf.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="100"/>
        <source>Coder:</source>
        <translation>Codierer:in:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="100"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="140"/>
        <source>All coders</source>
        <translation>Alle Codierenden</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="174"/>
        <source>Codes: {0} · pairs of codings: {1}. A cell counts the pairs of codings of its two codes; the grey diagonal, each code&apos;s codings. A darker cell holds more pairs.</source>
        <translation>Codes: {0} · Paare von Codierungen: {1}. Eine Zelle zählt die Paare von Codierungen ihrer beiden Codes, die graue Diagonale die Codierungen jedes Codes. Eine dunklere Zelle enthält mehr Paare.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="180"/>
        <source>{0} documents have no speaker turns: their codings pair with none.</source>
        <translation>Dokumente ohne Sprecherbeiträge: {0}; ihre Codierungen bilden hier keine Paare.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="211"/>
        <source>Codings of {0}: {1}</source>
        <translation>Codierungen von {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="220"/>
        <source>Pairs of codings of {0} and {1}: {2}. Double-click one to open it in the text.</source>
        <translation>Paare von Codierungen von {0} und {1}: {2}. Doppelklick öffnet ein Paar im Text.</translation>
    </message>
</context>
<context>
    <name>CountingWindow</name>
    <message>
        <location filename="../../qda_app/ui/analysis/counting_window.py" line="70"/>
        <source>This document no longer exists (another program may have deleted it).</source>
        <translation>Dieses Dokument gibt es nicht mehr (ein anderes Programm hat es vielleicht gelöscht).</translation>
    </message>
</context>
<context>
    <name>CrosstabModel</name>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_model.py" line="28"/>
        <source>{0}: {1} documents</source>
        <translation>{0}: {1} Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_model.py" line="38"/>
        <source>(no value)</source>
        <translation>(ohne Wert)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_model.py" line="38"/>
        <source>(in no set)</source>
        <translation>(in keinem Set)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_model.py" line="39"/>
        <source>(no speaker)</source>
        <translation>(ohne Sprecher:in)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_model.py" line="43"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_model.py" line="43"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_model.py" line="56"/>
        <source>{0} × {1}: {2} codings in {3} of {4} documents</source>
        <translation>{0} × {1}: {2} Codierungen in {3} von {4} Dokumenten</translation>
    </message>
</context>
<context>
    <name>CrosstabRows</name>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="102"/>
        <source>Variable: {0}</source>
        <translation>Variable: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="103"/>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="104"/>
        <source>Speakers</source>
        <translation>Sprecher:innen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="112"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="113"/>
        <source>Count subcodes in their parent</source>
        <translation>Subcodes beim Obercode mitzählen</translation>
    </message>
</context>
<context>
    <name>CrosstabWindow</name>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="57"/>
        <source>Crosstab – {0}</source>
        <translation>Kreuztabelle – {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="79"/>
        <source>each value</source>
        <translation>jeder Wert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="80"/>
        <source>Numbers: a column per value, or this many ranges of equal width</source>
        <translation>Zahlen: eine Spalte je Wert oder so viele gleich breite Bereiche</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="88"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="89"/>
        <source>Ranges:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="90"/>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="99"/>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="102"/>
        <source>Documents with codings</source>
        <translation>Dokumente mit Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="108"/>
        <source>Count subcodes in their parent</source>
        <translation>Subcodes beim Obercode mitzählen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="112"/>
        <source>Cells:</source>
        <translation>Zellen:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="125"/>
        <source>Variable: {0}</source>
        <translation>Variable: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="126"/>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="127"/>
        <source>Speakers</source>
        <translation>Sprecher:innen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="165"/>
        <source>Codes: {0} · columns: {1} · documents: {2}. Each column&apos;s heading says how many documents it has; a darker cell holds more.</source>
        <translation>Codes: {0} · Spalten: {1} · Dokumente: {2}. Jeder Spaltenkopf nennt die Zahl ihrer Dokumente; eine dunklere Zelle enthält mehr.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="169"/>
        <source>Codings counted: {0}.</source>
        <translation>Gezählte Codierungen: {0}.</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="243"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="243"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="243"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="243"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="248"/>
        <source>coded {0}</source>
        <translation>codiert {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="275"/>
        <source>{0} did not code this place with {1}</source>
        <translation>{0} hat diese Stelle nicht mit {1} codiert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="277"/>
        <source>{0}–{1}: matched by every other coder</source>
        <translation>{0}–{1}: von allen anderen ebenso codiert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="279"/>
        <source>{0}–{1}: no matching coding by another coder</source>
        <translation>{0}–{1}: keine passende Codierung der anderen</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="34"/>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="35"/>
        <source>Delete the document “{0}” with its {1} codings and {2} memos? Undo brings it back.</source>
        <translation>Das Dokument „{0}“ mit seinen {1} Codierungen und {2} Memos löschen? „Rückgängig“ holt es zurück.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="48"/>
        <source>Document &amp;Memo…</source>
        <translation>Dokument&amp;memo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="49"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="51"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="54"/>
        <source>&amp;Own Order</source>
        <translation>&amp;Eigene Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="54"/>
        <source>By &amp;Name</source>
        <translation>Nach &amp;Name</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="55"/>
        <source>By &amp;Import Date</source>
        <translation>Nach &amp;Importdatum</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="110"/>
        <source>Open Document &amp;Memo…</source>
        <translation>Dokument&amp;memo öffnen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="111"/>
        <source>New Document &amp;Memo…</source>
        <translation>Neues Dokument&amp;memo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="116"/>
        <source>&amp;Sort</source>
        <translation>&amp;Sortieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="125"/>
        <source>Choose a document in the list first.</source>
        <translation>Wählen Sie zuerst ein Dokument in der Liste.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_actions.py" line="157"/>
        <source>Deleted “{0}” with {1} codings and {2} memos; Ctrl+Z brings it back.</source>
        <translation>„{0}“ mit {1} Codierungen und {2} Memos gelöscht; Strg+Z holt es zurück.</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <location filename="../../qda_app/ui/search/document_choice.py" line="110"/>
        <location filename="../../qda_app/ui/search/document_choice.py" line="129"/>
        <source>Activated: {0}</source>
        <translation>Aktiviert: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/document_choice.py" line="112"/>
        <location filename="../../qda_app/ui/search/document_choice.py" line="133"/>
        <source>Set: {0}</source>
        <translation>Set: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/document_choice.py" line="114"/>
        <source>Documents: all</source>
        <translation>Dokumente: alle</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/document_choice.py" line="116"/>
        <source>Document: {0}</source>
        <translation>Dokument: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/document_choice.py" line="118"/>
        <source>Documents: {0} of {1}</source>
        <translation>Dokumente: {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/document_choice.py" line="125"/>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/document_choice.py" line="139"/>
        <source>Only the Open Document</source>
        <translation>Nur das geöffnete Dokument</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../qda_app/ui/commands/document_commands.py" line="22"/>
        <source>Rename document “{0}”</source>
        <translation>Dokument „{0}“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/document_commands.py" line="41"/>
        <source>Move document “{0}”</source>
        <translation>Dokument „{0}“ verschieben</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/document_commands.py" line="60"/>
        <source>Delete document “{0}”</source>
        <translation>Dokument „{0}“ löschen</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../qda_app/ui/documents/document_import.py" line="33"/>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_import.py" line="35"/>
        <source>Transcripts ({0})</source>
        <translation>Transkripte ({0})</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_import.py" line="45"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_import.py" line="45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_import.py" line="56"/>
        <source>Importing {0}…</source>
        <translation>Importiere {0}…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_import.py" line="68"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../qda_app/ui/documents/document_list.py" line="105"/>
        <source>
Has a document memo</source>
        <translation>
Hat ein Dokumentmemo</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/documents/document_list.py" line="106"/>
        <source>{0}
{1} characters, {2} codings
Speakers: {3}</source>
        <translation>{0}
{1} Zeichen, {2} Codierungen
Sprecher:innen: {3}</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="124"/>
        <source>&amp;Codebook (Word)…</source>
        <translation>&amp;Codebuch (Word)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="133"/>
        <source>Coded &amp;Segments (Word/Excel/CSV)…</source>
        <translation>Codierte &amp;Segmente (Word/Excel/CSV)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="143"/>
        <source>Coded &amp;Transcript (Word)…</source>
        <translation>Codiertes &amp;Transkript (Word)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="151"/>
        <source>Every coding becomes a Word comment on its text (author: the coder), the text shaded in the code&apos;s colour.</source>
        <translation>Jede Codierung wird ein Word-Kommentar an ihrem Text (Autor:in: die codierende Person), der Text in der Farbe des Codes hinterlegt.</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="154"/>
        <source>Code &amp;Matrix (Excel/CSV)…</source>
        <translation>Code-&amp;Matrix (Excel/CSV)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="166"/>
        <source>Code C&amp;o-occurrence (Excel/CSV)…</source>
        <translation>Code-K&amp;ookkurrenz (Excel/CSV)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="173"/>
        <source>Export code co-occurrence</source>
        <translation>Code-Kookkurrenz exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="174"/>
        <source>Writing the code co-occurrence…</source>
        <translation>Die Code-Kookkurrenz wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="177"/>
        <source>&amp;Word Frequencies (Excel/CSV)…</source>
        <translation>&amp;Worthäufigkeiten (Excel/CSV)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="184"/>
        <source>Export word frequencies</source>
        <translation>Worthäufigkeiten exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="185"/>
        <source>Counting and writing the words…</source>
        <translation>Die Wörter werden gezählt und geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="188"/>
        <source>C&amp;rosstab (Excel/CSV)…</source>
        <translation>&amp;Kreuztabelle (Excel/CSV)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="196"/>
        <source>Export crosstab</source>
        <translation>Kreuztabelle exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="197"/>
        <source>Writing the crosstab…</source>
        <translation>Die Kreuztabelle wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="200"/>
        <source>Document &amp;Variables (Excel/CSV)…</source>
        <translation>Dokument&amp;variablen (Excel/CSV)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="207"/>
        <source>Export document variables</source>
        <translation>Dokumentvariablen exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="208"/>
        <source>Writing the document variables…</source>
        <translation>Die Dokumentvariablen werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="211"/>
        <source>Co&amp;nsistency Check (Excel/CSV)…</source>
        <translation>Ko&amp;nsistenzprüfung (Excel/CSV)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="218"/>
        <source>Export consistency check</source>
        <translation>Konsistenzprüfung exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="219"/>
        <source>Checking the codes and writing…</source>
        <translation>Die Codes werden geprüft und geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="222"/>
        <source>REFI-QDA Code&amp;book (.qdc)…</source>
        <translation>REFI-QDA-Code&amp;buch (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="232"/>
        <source>REFI-QDA &amp;Project (.qdpx)…</source>
        <translation>REFI-QDA-&amp;Projekt (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="86"/>
        <source>Import REFI-QDA Code&amp;book…</source>
        <translation>REFI-QDA-&amp;Codebuch importieren…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="88"/>
        <source>Open REFI-QDA Pro&amp;ject (.qdpx)…</source>
        <translation>REFI-QDA-Pro&amp;jekt öffnen (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="129"/>
        <source>Export codebook</source>
        <translation>Codebuch exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="246"/>
        <source>Word documents</source>
        <translation>Word-Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="130"/>
        <source>Writing the codebook…</source>
        <translation>Das Codebuch wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="247"/>
        <source>Excel workbooks</source>
        <translation>Excel-Arbeitsmappen</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="248"/>
        <source>CSV tables</source>
        <translation>CSV-Tabellen</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="139"/>
        <source>Export coded segments</source>
        <translation>Codierte Segmente exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="140"/>
        <source>Writing the coded segments…</source>
        <translation>Die codierten Segmente werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="105"/>
        <source>The project has no documents to export.</source>
        <translation>Das Projekt hat keine Dokumente zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="149"/>
        <source>Export coded transcript</source>
        <translation>Codiertes Transkript exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="150"/>
        <source>Writing the coded transcript…</source>
        <translation>Das codierte Transkript wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="162"/>
        <source>Export code matrix</source>
        <translation>Code-Matrix exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="163"/>
        <source>Writing the code matrix…</source>
        <translation>Die Code-Matrix wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="228"/>
        <source>Export REFI-QDA codebook</source>
        <translation>REFI-QDA-Codebuch exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="175"/>
        <location filename="../../qda_app/exporters/registry.py" line="249"/>
        <source>REFI-QDA codebooks</source>
        <translation>REFI-QDA-Codebücher</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="229"/>
        <source>Writing the REFI-QDA codebook…</source>
        <translation>Das REFI-QDA-Codebuch wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="239"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="190"/>
        <location filename="../../qda_app/exporters/registry.py" line="250"/>
        <source>REFI-QDA projects</source>
        <translation>REFI-QDA-Projekte</translation>
    </message>
    <message>
        <location filename="../../qda_app/exporters/registry.py" line="240"/>
        <source>Writing the REFI-QDA project…</source>
        <translation>Das REFI-QDA-Projekt wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="173"/>
        <source>Import REFI-QDA codebook</source>
        <translation>REFI-QDA-Codebuch importieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="178"/>
        <source>Reading {0}…</source>
        <translation>Lese {0}…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="188"/>
        <source>Open REFI-QDA project</source>
        <translation>REFI-QDA-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="194"/>
        <source>Save the imported project as</source>
        <translation>Das importierte Projekt speichern als</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="195"/>
        <source>Kodierwerk projects</source>
        <translation>Kodierwerk-Projekte</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="198"/>
        <source>Importing {0}…</source>
        <translation>Importiere {0}…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="222"/>
        <location filename="../../qda_app/ui/analysis/agreement_files.py" line="63"/>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="224"/>
        <source>Nothing written: {0} exists already.</source>
        <translation>Nichts geschrieben: {0} gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="232"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="236"/>
        <source>Wrote {0}</source>
        <translation>{0} geschrieben</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="132"/>
        <location filename="../../qda_app/ui/exchange/export_actions.py" line="243"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="105"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="125"/>
        <source>One column per coder</source>
        <translation>Eine Spalte je Codierer:in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="128"/>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="196"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="155"/>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="225"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="162"/>
        <source>Coded segments quoted under each code, in tree and document order</source>
        <translation>Codierte Segmente als Zitate unter jedem Code, in Baum- und Dokumentreihenfolge</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="164"/>
        <source>Examples per code:</source>
        <translation>Beispiele je Code:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="171"/>
        <source>Include subcodes</source>
        <translation>Mit Subcodes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="179"/>
        <source>by code, then document</source>
        <translation>nach Code, dann Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="180"/>
        <source>by document, then code</source>
        <translation>nach Dokument, dann Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="183"/>
        <source>Group:</source>
        <translation>Gruppieren:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="190"/>
        <source>One per document</source>
        <translation>Eine je Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="191"/>
        <source>One per speaker</source>
        <translation>Eine je Sprecher:in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="194"/>
        <source>Per speaker: the codings that start in a speaker&apos;s turns, in all documents; codings outside every turn make a column &quot;(no speaker)&quot;.</source>
        <translation>Je Sprecher:in: die Codierungen, die in ihren Beiträgen beginnen, in allen Dokumenten; Codierungen außerhalb aller Beiträge bilden die Spalte „(ohne Sprecher:in)“.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="206"/>
        <source>Only the {0} activated codes</source>
        <translation>Nur die {0} aktivierten Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="212"/>
        <source>Only the activated codes</source>
        <translation>Nur die aktivierten Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="214"/>
        <source>No codes are activated in the code system: all codes.</source>
        <translation>Im Codesystem sind keine Codes aktiviert: alle Codes.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="215"/>
        <source>Codes:</source>
        <translation>Codes:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="221"/>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="230"/>
        <source>All coders</source>
        <translation>Alle Codierenden</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="234"/>
        <source>Coder:</source>
        <translation>Codierer:in:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="242"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="246"/>
        <source>semicolon (German Excel)</source>
        <translation>Semikolon (deutsches Excel)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="247"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="247"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="250"/>
        <source>CSV separator:</source>
        <translation>CSV-Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="261"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="262"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="265"/>
        <source>Language of the headings and labels in the file; texts and code names are exported as they are.</source>
        <translation>Sprache der Überschriften und Beschriftungen in der Datei; Texte und Codenamen werden unverändert exportiert.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="267"/>
        <source>Labels in:</source>
        <translation>Beschriftungen auf:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="270"/>
        <source>Unique code names</source>
        <translation>Eindeutige Codenamen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="273"/>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_dialogs.py" line="274"/>
        <source>Codes that share a name get their parent&apos;s in the file, e.g. “Sonstiges (Schule)”: QualCoder needs unique code names. The project keeps its names.</source>
        <translation>Gleichnamige Codes erhalten in der Datei den Namen ihres Obercodes dazu, z. B. „Sonstiges (Schule)“: QualCoder braucht eindeutige Codenamen. Das Projekt behält seine Namen.</translation>
    </message>
</context>
<context>
    <name>ExportWarnings</name>
    <message>
        <location filename="../../qda_app/ui/exchange/export_warnings.py" line="28"/>
        <source>{0} categories are named “{1}”: {2}</source>
        <translation>{0} Kategorien heißen „{1}“: {2}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_warnings.py" line="30"/>
        <source>{0} codes are named “{1}”: {2}</source>
        <translation>{0} Codes heißen „{1}“: {2}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_warnings.py" line="33"/>
        <source>The category “{0}” has {1} codings of its own; QualCoder drops codings of a category.</source>
        <translation>Die Kategorie „{0}“ hat {1} eigene Codierungen; QualCoder verwirft Codierungen einer Kategorie.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_warnings.py" line="45"/>
        <source>QualCoder needs unique code names: it would take codes that share a name for one, and their codings would lose their code. Tick “Unique code names” in the export options to qualify them in the file.</source>
        <translation>QualCoder braucht eindeutige Codenamen: Gleichnamige Codes hielte es für einen, und ihre Codierungen verlören ihren Code. Kreuzen Sie in den Exportoptionen „Eindeutige Codenamen“ an, um sie in der Datei zu ergänzen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_warnings.py" line="50"/>
        <source>Other programs may not read everything of this export.</source>
        <translation>Andere Programme lesen diesen Export womöglich nicht vollständig.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/exchange/export_warnings.py" line="56"/>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="158"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="159"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="160"/>
        <source>Score</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="161"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="162"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="163"/>
        <source>Most similar coding</source>
        <translation>Ähnlichste Codierung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="168"/>
        <source>possible miss</source>
        <translation>möglicherweise übersehen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="171"/>
        <source>possible slip</source>
        <translation>möglicher Ausreißer</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="176"/>
        <source>Very similar to a coding of this code, but not coded with it</source>
        <translation>Einer Codierung dieses Codes sehr ähnlich, aber nicht mit ihm codiert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="178"/>
        <source>A coding of this code far from all its other codings</source>
        <translation>Eine Codierung dieses Codes, die allen seinen anderen Codierungen fern ist</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="30"/>
        <source>Import variables from {0}</source>
        <translation>Variablen aus {0} importieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="31"/>
        <source>{0} values for {1} documents, in {2} variables:</source>
        <translation>{0} Werte für {1} Dokumente, in {2} Variablen:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="35"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="35"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="36"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="42"/>
        <source>{0} (new)</source>
        <translation>{0} (neu)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="58"/>
        <source>Empty cells change nothing. Undo takes the whole import back.</source>
        <translation>Leere Zellen ändern nichts. Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="65"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="76"/>
        <source>Rows naming no document of the project (left out): {0}</source>
        <translation>Zeilen, die kein Dokument des Projekts nennen (ausgelassen): {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="79"/>
        <source>Documents named in more than one row (the last row counts): {0}</source>
        <translation>Dokumente, die in mehr als einer Zeile stehen (die letzte Zeile gilt): {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/import_preview.py" line="82"/>
        <source>Values that do not fit their variable (nothing can be imported until they are corrected in the file):</source>
        <translation>Werte, die nicht zu ihrer Variable passen (nichts kann importiert werden, bis sie in der Datei korrigiert sind):</translation>
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <location filename="../../qda_app/ui/analysis/word_models.py" line="27"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_models.py" line="28"/>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_models.py" line="28"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_models.py" line="29"/>
        <source>After</source>
        <translation>Danach</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <location filename="../../qda_app/ui/team/live_window.py" line="39"/>
        <source>Back online: the project was reloaded with what the other coders did meanwhile</source>
        <translation>Wieder verbunden: Das Projekt wurde mit dem neu geladen, was die anderen Codierenden inzwischen getan haben</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="380"/>
        <source>Intercoder &amp;Agreement…</source>
        <translation>Intercoder-&amp;Übereinstimmung…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_window.py" line="382"/>
        <source>Compare coders: agreement tables and the places where they differ</source>
        <translation>Codierende vergleichen: Übereinstimmungstabellen und die Stellen, an denen sie sich unterscheiden</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="127"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="134"/>
        <source>Code System</source>
        <translation>Codesystem</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="136"/>
        <source>Retrieved Segments</source>
        <translation>Liste der codierten Segmente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="139"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="144"/>
        <source>Assist</source>
        <translation>Assistenz</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="150"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="156"/>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="181"/>
        <source>Coder: {0}</source>
        <translation>Codierer:in: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="226"/>
        <source>This document no longer exists (another program may have deleted it); the list is up to date again.</source>
        <translation>Dieses Dokument gibt es nicht mehr (vielleicht hat ein anderes Programm es gelöscht); die Liste ist wieder aktuell.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="234"/>
        <source>The document of this segment no longer exists (another program may have deleted it).</source>
        <translation>Das Dokument dieses Segments gibt es nicht mehr (vielleicht hat ein anderes Programm es gelöscht).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/main_window.py" line="251"/>
        <source>team project {0}</source>
        <translation>Teamprojekt {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/matrix_view.py" line="49"/>
        <source>Code &amp;Matrix…</source>
        <translation>Code-&amp;Matrix…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_dialog.py" line="88"/>
        <source>&amp;Merge Coder Projects…</source>
        <translation>Projekte von Codierenden &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_dialog.py" line="91"/>
        <source>Merge coders&apos; project files into this project, after a preview</source>
        <translation>Die Projektdateien der Codierenden in dieses Projekt zusammenführen, nach einer Vorschau</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/cooccurrence_window.py" line="52"/>
        <source>Code &amp;Co-occurrence…</source>
        <translation>Code-&amp;Kookkurrenz…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="61"/>
        <source>&amp;Word Frequencies…</source>
        <translation>&amp;Worthäufigkeiten…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="64"/>
        <source>Document &amp;Variables…</source>
        <translation>Dokument&amp;variablen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/crosstab_window.py" line="45"/>
        <source>C&amp;rosstab…</source>
        <translation>Kreuz&amp;tabelle…</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="84"/>
        <source>Score</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="85"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="86"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="87"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="165"/>
        <source>Name of the set:</source>
        <translation>Name des Sets:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_dialogs.py" line="167"/>
        <source>Documents of the set:</source>
        <translation>Dokumente des Sets:</translation>
    </message>
</context>
<context>
    <name>MemoCommands</name>
    <message>
        <location filename="../../qda_app/ui/commands/memo_commands.py" line="24"/>
        <source>New memo “{0}”</source>
        <translation>Neues Memo „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/memo_commands.py" line="45"/>
        <source>Edit memo “{0}”</source>
        <translation>Memo „{0}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/memo_commands.py" line="64"/>
        <source>Delete memo “{0}”</source>
        <translation>Memo „{0}“ löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/memo_commands.py" line="83"/>
        <source>Unlink memo from {0}</source>
        <translation>Memo von {0} lösen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/memo_commands.py" line="84"/>
        <source>Link memo to {0}</source>
        <translation>Memo mit {0} verknüpfen</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../qda_app/ui/common/dialogs.py" line="63"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/dialogs.py" line="166"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/dialogs.py" line="167"/>
        <source>Discard the changes to this memo?</source>
        <translation>Die Änderungen an diesem Memo verwerfen?</translation>
    </message>
</context>
<context>
    <name>MemoEditing</name>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="40"/>
        <source>Delete memo</source>
        <translation>Memo löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="41"/>
        <source>Delete the memo “{0}”? Undo brings it back.</source>
        <translation>Das Memo „{0}“ löschen? „Rückgängig“ holt es zurück.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="77"/>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="149"/>
        <source>The project&apos;s research journal</source>
        <translation>Das Forschungstagebuch des Projekts</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="79"/>
        <source>Linked to: {0}</source>
        <translation>Verknüpft mit: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="80"/>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="152"/>
        <source>Free memo, linked to nothing yet</source>
        <translation>Freies Memo, noch mit nichts verknüpft</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="81"/>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="165"/>
        <source>Belongs to: {0}</source>
        <translation>Gehört zu: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="84"/>
        <source>unknown author</source>
        <translation>unbekannte:r Autor:in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="86"/>
        <source>{0} · written {1} · changed {2}</source>
        <translation>{0} · geschrieben {1} · geändert {2}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="88"/>
        <source>{0} · written {1}</source>
        <translation>{0} · geschrieben {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="113"/>
        <source>This memo no longer exists (another program may have deleted it).</source>
        <translation>Dieses Memo gibt es nicht mehr (ein anderes Programm hat es vielleicht gelöscht).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="137"/>
        <source>{0} · new</source>
        <translation>{0} · neu</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="144"/>
        <source>{0} “{1}” written.</source>
        <translation>{0} „{1}“ geschrieben.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="160"/>
        <source>This document no longer exists (another program may have deleted it).</source>
        <translation>Dieses Dokument gibt es nicht mehr (ein anderes Programm hat es vielleicht gelöscht).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="166"/>
        <source>Document: {0}</source>
        <translation>Dokument: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="186"/>
        <source>This coding no longer exists (another program may have removed it).</source>
        <translation>Diese Codierung gibt es nicht mehr (ein anderes Programm hat sie vielleicht entfernt).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="189"/>
        <source>Memo for “{0}”</source>
        <translation>Memo zu „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_editing.py" line="195"/>
        <source>Edit coding memo</source>
        <translation>Codierungsmemo bearbeiten</translation>
    </message>
</context>
<context>
    <name>MemoLabels</name>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="21"/>
        <source>Project memo</source>
        <translation>Projektmemo</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="22"/>
        <source>Document memo</source>
        <translation>Dokumentmemo</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="23"/>
        <source>Code memo</source>
        <translation>Codememo</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="24"/>
        <source>Memo in the text</source>
        <translation>Memo im Text</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="25"/>
        <source>Free memo</source>
        <translation>Freies Memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="26"/>
        <source>Coding memo</source>
        <translation>Codierungsmemo</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="35"/>
        <source>Document: {0}</source>
        <translation>Dokument: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="37"/>
        <source>Code: {0}</source>
        <translation>Code: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="40"/>
        <source>{0}: “{1}”</source>
        <translation>{0}: „{1}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="42"/>
        <source>Coding {0} in {1}</source>
        <translation>Codierung {0} in {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="45"/>
        <source>Memo: {0}</source>
        <translation>Memo: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_labels.py" line="46"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>MemoManager</name>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="72"/>
        <source>Filter memos…</source>
        <translation>Memos filtern…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="77"/>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="89"/>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="292"/>
        <source>New Project Memo…</source>
        <translation>Neues Projektmemo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="90"/>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="294"/>
        <source>New Free Memo…</source>
        <translation>Neues freies Memo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="91"/>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="298"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="92"/>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="301"/>
        <source>Go To</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="93"/>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="310"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="217"/>
        <source>Choose a memo in the list first.</source>
        <translation>Wählen Sie zuerst ein Memo in der Liste.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="237"/>
        <source>A project memo belongs to no place; double-click opens it.</source>
        <translation>Ein Projektmemo gehört zu keiner Stelle; ein Doppelklick öffnet es.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="257"/>
        <source>What this memo belongs to no longer exists.</source>
        <translation>Das, wozu dieses Memo gehört, gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="273"/>
        <source>Delete coding memo</source>
        <translation>Codierungsmemo löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="305"/>
        <source>Go To {0}</source>
        <translation>Gehe zu {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="320"/>
        <source>Link To</source>
        <translation>Verknüpfen mit</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="326"/>
        <source>Open a document, choose a code or select a coding first</source>
        <translation>Öffnen Sie zuerst ein Dokument, wählen Sie einen Code oder eine Codierung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_manager.py" line="330"/>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
</context>
<context>
    <name>MemoMenu</name>
    <message>
        <location filename="../../qda_app/ui/memos/memo_menu.py" line="26"/>
        <source>&amp;Memos</source>
        <translation>&amp;Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_menu.py" line="47"/>
        <source>Open a document first.</source>
        <translation>Öffnen Sie zuerst ein Dokument.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_menu.py" line="51"/>
        <source>Memo &amp;Manager</source>
        <translation>Memo-&amp;Manager</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_menu.py" line="54"/>
        <source>New &amp;Project Memo…</source>
        <translation>Neues &amp;Projektmemo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_menu.py" line="56"/>
        <source>New &amp;Free Memo…</source>
        <translation>Neues &amp;freies Memo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_menu.py" line="57"/>
        <source>&amp;Document Memo…</source>
        <translation>&amp;Dokumentmemo…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_menu.py" line="70"/>
        <source>Open document “{0}”</source>
        <translation>Geöffnetes Dokument „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_menu.py" line="76"/>
        <source>Current code “{0}”</source>
        <translation>Aktueller Code „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_menu.py" line="82"/>
        <source>Selected coding “{0}” ({1})</source>
        <translation>Ausgewählte Codierung „{0}“ ({1})</translation>
    </message>
</context>
<context>
    <name>MemoTableModel</name>
    <message>
        <location filename="../../qda_app/ui/memos/memo_model.py" line="65"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_model.py" line="65"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_model.py" line="65"/>
        <source>Belongs to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_model.py" line="65"/>
        <source>Author</source>
        <translation>Autor:in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/memo_model.py" line="66"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="77"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="78"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="79"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="80"/>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="83"/>
        <source>&amp;Import Documents…</source>
        <translation>Dokumente &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="85"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="90"/>
        <source>Change Coder &amp;Name…</source>
        <translation>Codierer-Na&amp;men ändern…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="99"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="102"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="109"/>
        <source>&amp;Find in Transcript…</source>
        <translation>Im Transkript &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="115"/>
        <source>&amp;Code</source>
        <translation>&amp;Codieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="211"/>
        <location filename="../../qda_app/ui/menus.py" line="229"/>
        <source>Kodierwerk projects</source>
        <translation>Kodierwerk-Projekte</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="250"/>
        <source>&lt;b&gt;Kodierwerk {0}&lt;/b&gt;&lt;p&gt;Qualitative data analysis for research teams: code transcripts offline, merge coders&apos; work, measure agreement, report to Word and exchange REFI-QDA.&lt;/p&gt;&lt;p&gt;Project: {1}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Kodierwerk {0}&lt;/b&gt;&lt;p&gt;Qualitative Datenanalyse für Forschungsteams: Transkripte offline codieren, die Arbeit der Codierenden zusammenführen, Übereinstimmung messen, nach Word berichten und per REFI-QDA austauschen.&lt;/p&gt;&lt;p&gt;Projekt: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="118"/>
        <source>&amp;Quick Codes</source>
        <translation>&amp;Schnellcodes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="123"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="140"/>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="144"/>
        <source>Show Codings &amp;of</source>
        <translation>Codierungen &amp;zeigen von</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="149"/>
        <source>&amp;About Kodierwerk</source>
        <translation>&amp;Über Kodierwerk</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="152"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="157"/>
        <source> Show codings of: </source>
        <translation> Codierungen zeigen von: </translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="172"/>
        <source>all coders</source>
        <translation>allen Codierenden</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="173"/>
        <source>me ({0})</source>
        <translation>mir ({0})</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="211"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="227"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/menus.py" line="249"/>
        <source>About Kodierwerk</source>
        <translation>Über Kodierwerk</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <location filename="../../qda_app/ui/team/merge_dialog.py" line="57"/>
        <location filename="../../qda_app/ui/team/merge_dialog.py" line="74"/>
        <source>Merge Coder Projects</source>
        <translation>Projekte zusammenführen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_dialog.py" line="81"/>
        <source>Merged {0} file(s): {1} codings added. Undo starts afresh after a merge.</source>
        <translation>{0} Datei(en) zusammengeführt: {1} Codierungen hinzugefügt. Nach dem Zusammenführen beginnt „Rückgängig“ neu.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="62"/>
        <source>Merge Coder Projects – Preview</source>
        <translation>Projekte zusammenführen – Vorschau</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="84"/>
        <source>Nothing has been written yet. A merge cannot be undone; the coder files are not changed. After the merge, Undo starts afresh: earlier steps in this window can no longer be undone. Keep a copy of the team file if you may want to go back.</source>
        <translation>Noch wurde nichts geschrieben. Das Zusammenführen lässt sich nicht rückgängig machen; die Dateien der Codierenden bleiben unverändert. Danach beginnt „Rückgängig“ neu: frühere Schritte in diesem Fenster lassen sich nicht mehr rückgängig machen. Bewahren Sie eine Kopie der Teamdatei auf, falls Sie zurückwollen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="96"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="96"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="104"/>
        <source>Mapping File…</source>
        <translation>Zuordnungsdatei…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="106"/>
        <source>A file of &apos;old path=new path&apos; lines, one for each code a coder renamed as a new code</source>
        <translation>Eine Datei mit Zeilen &apos;alter Pfad=neuer Pfad&apos;, eine je Code, den jemand als neuen Code umbenannt hat</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="109"/>
        <source>No Mapping</source>
        <translation>Keine Zuordnung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="116"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="161"/>
        <source>Renamed codes: no mapping file</source>
        <translation>Umbenannte Codes: keine Zuordnungsdatei</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="162"/>
        <source>Renamed codes: mapping file {0}</source>
        <translation>Umbenannte Codes: Zuordnungsdatei {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="166"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="167"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="171"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="172"/>
        <source>{0} files</source>
        <translation>{0} Dateien</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="174"/>
        <source>The team file already has everything from {0}; there is nothing to merge.</source>
        <translation>Die Teamdatei enthält schon alles aus {0}; es gibt nichts zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="177"/>
        <source>1 coding</source>
        <translation>1 Codierung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="177"/>
        <source>{0} codings</source>
        <translation>{0} Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="179"/>
        <source>1 code</source>
        <translation>1 Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="179"/>
        <source>{0} codes</source>
        <translation>{0} Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="181"/>
        <source>1 coder</source>
        <translation>1 Codierer:in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="181"/>
        <source>{0} coders</source>
        <translation>{0} Codierende</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="183"/>
        <source>1 document</source>
        <translation>1 Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="183"/>
        <source>{0} documents</source>
        <translation>{0} Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="184"/>
        <source>1 memo</source>
        <translation>1 Memo</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="185"/>
        <source>{0} memos</source>
        <translation>{0} Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="188"/>
        <source>Merging {0} into “{1}” adds {2}.</source>
        <translation>Das Zusammenführen von {0} in „{1}“ fügt {2} hinzu.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="196"/>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="197"/>
        <source>“{0}” matched no code in any file</source>
        <translation>„{0}“ passt zu keinem Code in einer Datei</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="202"/>
        <source>{0} codings added, {1} duplicate</source>
        <translation>{0} Codierungen hinzugefügt, {1} doppelt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="212"/>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="212"/>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="215"/>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="219"/>
        <source>{0} added, {1} duplicate</source>
        <translation>{0} hinzugefügt, {1} doppelt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="219"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="222"/>
        <source>Changed since merged</source>
        <translation>Seit dem Zusammenführen geändert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="223"/>
        <source>{0} codings: the team file keeps its version</source>
        <translation>{0} Codierungen: Die Teamdatei behält ihre Fassung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="231"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="231"/>
        <source>{0} matched, {1} added</source>
        <translation>{0} zugeordnet, {1} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="235"/>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="249"/>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="269"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="237"/>
        <source>matched (same text)</source>
        <translation>zugeordnet (gleicher Text)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="244"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="245"/>
        <source>{0} matched, {1} added, {2} conflicting</source>
        <translation>{0} zugeordnet, {1} hinzugefügt, {2} abweichend</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="251"/>
        <source>matched by {0}</source>
        <translation>zugeordnet über {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="255"/>
        <source>conflict: {0}</source>
        <translation>Abweichung: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="264"/>
        <source>Coders</source>
        <translation>Codierende</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="265"/>
        <source>{0} matched, {1} added, {2} clashing</source>
        <translation>{0} zugeordnet, {1} hinzugefügt, {2} im Konflikt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="272"/>
        <source>clash: the team file has another coder of this name (other UUID); the codings go to the team file&apos;s {0}</source>
        <translation>Konflikt: Die Teamdatei hat eine andere Person dieses Namens (andere UUID); die Codierungen gehen an {0} der Teamdatei</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="276"/>
        <source>is {0} in the team file (same UUID)</source>
        <translation>heißt in der Teamdatei {0} (gleiche UUID)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="278"/>
        <source>matched</source>
        <translation>zugeordnet</translation>
    </message>
</context>
<context>
    <name>NewVariableDialog</name>
    <message>
        <location filename="../../qda_app/ui/variables/variable_dialogs.py" line="29"/>
        <source>New variable</source>
        <translation>Neue Variable</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_dialogs.py" line="32"/>
        <source>e.g. Alter, Region, Interviewdatum</source>
        <translation>z. B. Alter, Region, Interviewdatum</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_dialogs.py" line="38"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_dialogs.py" line="39"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../qda_app/ui/team/offline_banner.py" line="31"/>
        <source>Offline: the connection to the team project at {0} was lost. Reconnecting… Nothing can be changed until it is back; what you see may be out of date.</source>
        <translation>Offline: Die Verbindung zum Teamprojekt auf {0} ist unterbrochen. Verbindung wird wiederhergestellt… Bis dahin kann nichts geändert werden; was Sie sehen, ist vielleicht nicht mehr aktuell.</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <location filename="../../qda_app/ui/analysis/pair_model.py" line="15"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/pair_model.py" line="16"/>
        <source>Coders</source>
        <translation>Codierende</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/pair_model.py" line="68"/>
        <source>Coding</source>
        <translation>Codierung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/pair_model.py" line="68"/>
        <source>Co-occurring coding</source>
        <translation>Gemeinsam auftretende Codierung</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../qda_app/ui/common/progress_run.py" line="32"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/progress_run.py" line="35"/>
        <source>Kodierwerk</source>
        <translation>Kodierwerk</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../qda_app/ui/common/dialogs.py" line="177"/>
        <source>Your name as a coder</source>
        <translation>Ihr Name als Codierer:in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/dialogs.py" line="178"/>
        <source>Every coding you make is attached to this name:</source>
        <translation>Jede Ihrer Codierungen trägt diesen Namen:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/error_box.py" line="22"/>
        <source>Something went wrong: {0}. Your project is unchanged.</source>
        <translation>Etwas ist schiefgegangen: {0}. Ihr Projekt ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/error_box.py" line="25"/>
        <location filename="../../qda_app/ui/app.py" line="117"/>
        <source>Kodierwerk</source>
        <translation>Kodierwerk</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_dialog.py" line="27"/>
        <source>Choose the coders&apos; project files to merge</source>
        <translation>Projektdateien der Codierenden zum Zusammenführen wählen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_dialog.py" line="28"/>
        <source>Kodierwerk projects (*.qda)</source>
        <translation>Kodierwerk-Projekte (*.qda)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="50"/>
        <source>Mapping file for renamed codes</source>
        <translation>Zuordnungsdatei für umbenannte Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/merge_preview.py" line="51"/>
        <source>Mapping files (*.txt *.map);;All files (*)</source>
        <translation>Zuordnungsdateien (*.txt *.map);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/app.py" line="109"/>
        <source>Team project</source>
        <translation>Teamprojekt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/app.py" line="120"/>
        <source>Check project…</source>
        <translation>Projekt prüfen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/app.py" line="138"/>
        <source>Check project</source>
        <translation>Projekt prüfen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/app.py" line="140"/>
        <source>No problems found in {0}.</source>
        <translation>In {0} wurden keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/app.py" line="143"/>
        <source>Problems found in {0} ({1}):</source>
        <translation>Probleme in {0} ({1}):</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/app.py" line="207"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
</context>
<context>
    <name>RecentChooser</name>
    <message>
        <location filename="../../qda_app/ui/common/recent_chooser.py" line="33"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/recent_chooser.py" line="42"/>
        <source>Open a recent project:</source>
        <translation>Ein zuletzt geöffnetes Projekt öffnen:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/recent_chooser.py" line="43"/>
        <source>No recent projects: open a project file.</source>
        <translation>Keine zuletzt geöffneten Projekte: Öffnen Sie eine Projektdatei.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/recent_chooser.py" line="55"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/recent_chooser.py" line="58"/>
        <source>Open File…</source>
        <translation>Datei öffnen…</translation>
    </message>
</context>
<context>
    <name>RightsHints</name>
    <message>
        <location filename="../../qda_app/ui/common/rights_hints.py" line="22"/>
        <source>Only the team&apos;s lead changes documents.</source>
        <translation>Nur die Projektleitung ändert Dokumente.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/rights_hints.py" line="26"/>
        <source>Only the team&apos;s lead changes document variables.</source>
        <translation>Nur die Projektleitung ändert Dokumentvariablen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/rights_hints.py" line="30"/>
        <source>Only the team&apos;s lead changes sets.</source>
        <translation>Nur die Projektleitung ändert Sets.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/rights_hints.py" line="34"/>
        <source>A reader reads and exports: coding and memos are the coders&apos;.</source>
        <translation>Leser/innen lesen und exportieren: Codieren und Memos sind Sache der Codierenden.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/rights_hints.py" line="39"/>
        <source>Only the team&apos;s lead adds codes, unless they let coders add them (Team Settings).</source>
        <translation>Nur die Projektleitung fügt Codes hinzu, außer sie erlaubt es den Codierenden (Team-Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/rights_hints.py" line="47"/>
        <source>Only the team&apos;s lead changes this memo (its author is not known).</source>
        <translation>Nur die Projektleitung ändert dieses Memo (wer es geschrieben hat, ist nicht bekannt).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/rights_hints.py" line="49"/>
        <source>Written by {0}: you can read it; only {0} or the team&apos;s lead can change it.</source>
        <translation>Geschrieben von {0}: Sie können es lesen; ändern können es nur {0} und die Projektleitung.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/common/rights_hints.py" line="55"/>
        <source>Coded by {0}: only {0} or the team&apos;s lead can change this coding.</source>
        <translation>Kodiert von {0}: ändern können diese Kodierung nur {0} und die Projektleitung.</translation>
    </message>
</context>
<context>
    <name>ScopeBox</name>
    <message>
        <location filename="../../qda_app/ui/sets/scope_box.py" line="39"/>
        <source>The documents this reads: all, those activated in the Sets panel, a set&apos;s, or one</source>
        <translation>Die Dokumente, die hier gelesen werden: alle, die im Bereich Sets aktivierten, die eines Sets oder eines</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/scope_box.py" line="41"/>
        <source>The documents this reads: all, those activated in the Sets panel, or a set&apos;s</source>
        <translation>Die Dokumente, die hier gelesen werden: alle, die im Bereich Sets aktivierten oder die eines Sets</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/scope_box.py" line="86"/>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/scope_box.py" line="88"/>
        <source>Activated: {0}</source>
        <translation>Aktiviert: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/scope_box.py" line="93"/>
        <source>Set: {0} ({1})</source>
        <translation>Set: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../qda_app/ui/transcript/search_bar.py" line="21"/>
        <source>Find in transcript…</source>
        <translation>Im Transkript suchen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/search_bar.py" line="28"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/search_bar.py" line="29"/>
        <source>Next hit (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/search_bar.py" line="84"/>
        <source>no hits</source>
        <translation>keine Treffer</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/transcript/search_bar.py" line="86"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../qda_app/ui/search/search_model.py" line="30"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_model.py" line="31"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_model.py" line="32"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_model.py" line="99"/>
        <source>Paragraph {0}, characters {1}–{2}</source>
        <translation>Absatz {0}, Zeichen {1}–{2}</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="56"/>
        <source>Search all documents…</source>
        <translation>In allen Dokumenten suchen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="58"/>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="60"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="62"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="66"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="68"/>
        <source>Code All Hits…</source>
        <translation>Alle Treffer codieren…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="110"/>
        <source>Type a word or phrase above and press Enter: every document is searched (case ignored; “STRASSE” finds “Straße”). Double-click a hit to open it.</source>
        <translation>Oben ein Wort oder eine Wortfolge eingeben und Eingabe drücken: Alle Dokumente werden durchsucht (ohne Unterschied von Groß- und Kleinschreibung; „STRASSE“ findet „Straße“). Doppelklick auf einen Treffer öffnet ihn.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="130"/>
        <source>Find in &amp;All Documents…</source>
        <translation>In &amp;allen Dokumenten suchen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="178"/>
        <source>Hits of “{0}”: {1} · documents: {2}</source>
        <translation>Treffer für „{0}“: {1} · Dokumente: {2}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="207"/>
        <source>The document of this hit no longer exists (another program may have deleted it).</source>
        <translation>Das Dokument dieses Treffers gibt es nicht mehr (ein anderes Programm hat es vielleicht gelöscht).</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="225"/>
        <source>Coded with “{0}”: new codings: {1}, already there: {2}.</source>
        <translation>Mit „{0}“ codiert: neue Codierungen: {1}, schon vorhanden: {2}.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/search/search_pane.py" line="222"/>
        <source>Code all hits of “{0}” with “{1}”</source>
        <translation>Alle Treffer für „{0}“ mit „{1}“ codieren</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_model.py" line="32"/>
        <source>Excerpt</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_model.py" line="32"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_model.py" line="33"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_model.py" line="33"/>
        <source>Speaker</source>
        <translation>Sprecher:in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_model.py" line="34"/>
        <source>Coder</source>
        <translation>Codierer:in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_model.py" line="34"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>SegmentPanel</name>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="60"/>
        <source>Include subcodes</source>
        <translation>Mit Subcodes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="72"/>
        <source>The codings that start in this speaker&apos;s turns</source>
        <translation>Die Codierungen, die in den Beiträgen dieser Person beginnen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="85"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="87"/>
        <source>Coder:</source>
        <translation>Codierer:in:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="89"/>
        <source>Speaker:</source>
        <translation>Sprecher:in:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="117"/>
        <source>(no speaker)</source>
        <translation>(ohne Sprecher:in)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="128"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="163"/>
        <source>No codes activated</source>
        <translation>Keine Codes aktiviert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="165"/>
        <source>Tick codes in the code system to list their coded segments here.</source>
        <translation>Codes im Codesystem ankreuzen (aktivieren), um ihre codierten Segmente hier aufzulisten.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="167"/>
        <source>No coded segments match the activated codes and filters.</source>
        <translation>Keine codierten Segmente passen zu den aktivierten Codes und Filtern.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="181"/>
        <source>An activated code or the chosen document no longer exists; the retrieved segments are up to date again.</source>
        <translation>Ein aktivierter Code oder das gewählte Dokument existiert nicht mehr; die Liste der codierten Segmente ist wieder aktuell.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/retrieval/segment_table.py" line="189"/>
        <source>{0} segments from {1} activated codes</source>
        <translation>{0} Segmente aus {1} aktivierten Codes</translation>
    </message>
</context>
<context>
    <name>SetCommands</name>
    <message>
        <location filename="../../qda_app/ui/commands/set_commands.py" line="22"/>
        <source>New set “{0}”</source>
        <translation>Neues Set „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/set_commands.py" line="41"/>
        <source>Rename set “{0}”</source>
        <translation>Set „{0}“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/set_commands.py" line="58"/>
        <source>Delete set “{0}”</source>
        <translation>Set „{0}“ löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/set_commands.py" line="76"/>
        <source>Add to set “{0}”</source>
        <translation>Zu Set „{0}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/set_commands.py" line="77"/>
        <source>Remove from set “{0}”</source>
        <translation>Aus Set „{0}“ entfernen</translation>
    </message>
</context>
<context>
    <name>SetListModel</name>
    <message>
        <location filename="../../qda_app/ui/sets/set_model.py" line="85"/>
        <source>Documents: {0}</source>
        <translation>Dokumente: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_model.py" line="86"/>
        <source>No documents</source>
        <translation>Keine Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_model.py" line="88"/>
        <source>Made from: {0}</source>
        <translation>Entstanden aus: {0}</translation>
    </message>
</context>
<context>
    <name>SetPanel</name>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="54"/>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="224"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="78"/>
        <source>New Set</source>
        <translation>Neues Set</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="81"/>
        <source>From Documents…</source>
        <translation>Aus Dokumenten…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="83"/>
        <source>From a Condition…</source>
        <translation>Aus einer Bedingung…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="87"/>
        <source>Activate by Condition…</source>
        <translation>Per Bedingung aktivieren…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="122"/>
        <source>Nothing activated: the analyses read all documents. Double-click a set to activate it.</source>
        <translation>Nichts aktiviert: Die Analysen lesen alle Dokumente. Doppelklick auf ein Set aktiviert es.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="126"/>
        <source>Activated: set {0}</source>
        <translation>Aktiviert: Set {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="127"/>
        <source>Activated: {0}</source>
        <translation>Aktiviert: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="128"/>
        <source>{0} ({1} documents)</source>
        <translation>{0} ({1} Dokumente)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="159"/>
        <source>New set</source>
        <translation>Neues Set</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="172"/>
        <source>Rename set</source>
        <translation>Set umbenennen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="172"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="179"/>
        <source>Documents of {0}</source>
        <translation>Dokumente von {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="189"/>
        <source>Change the documents of set “{0}”</source>
        <translation>Dokumente von Set „{0}“ ändern</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="198"/>
        <source>Delete the set “{0}”? Its documents stay in the project.</source>
        <translation>Das Set „{0}“ löschen? Seine Dokumente bleiben im Projekt.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="200"/>
        <source>Delete set</source>
        <translation>Set löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="224"/>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="227"/>
        <source>Documents…</source>
        <translation>Dokumente…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="230"/>
        <source>Add the Open Document</source>
        <translation>Das offene Dokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="232"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/sets/set_panel.py" line="233"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="96"/>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="103"/>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="126"/>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="147"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="104"/>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="105"/>
        <source>Codings
{0}</source>
        <translation>Codierungen
{0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="104"/>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="105"/>
        <source>Codings by {0}</source>
        <translation>Codierungen von {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="106"/>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="127"/>
        <source>Agreements</source>
        <translation>Übereinstimmungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="106"/>
        <source>Codings with a matching coding by the other coder</source>
        <translation>Codierungen mit passender Codierung der anderen Person</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="108"/>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="129"/>
        <source>Disagreements</source>
        <translation>Nichtübereinstimmungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="108"/>
        <source>Codings without a match</source>
        <translation>Codierungen ohne Gegenstück</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="109"/>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="131"/>
        <source>% agreement</source>
        <translation>% Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="110"/>
        <source>κ
(Brennan &amp; Prediger)</source>
        <translation>κ
(Brennan &amp; Prediger)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="111"/>
        <source>Brennan &amp; Prediger&apos;s kappa: chance agreement 1/number of codes</source>
        <translation>Kappa nach Brennan &amp; Prediger: Zufallsübereinstimmung 1/Anzahl der Codes</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="124"/>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="124"/>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="127"/>
        <source>{0} both or neither coder coded</source>
        <translation>{0} von beiden oder keiner Person codiert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="129"/>
        <source>{0} only one coder coded</source>
        <translation>{0} nur von einer Person codiert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="132"/>
        <source>κ
(Cohen)</source>
        <translation>κ
(Cohen)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="132"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="136"/>
        <source>both coded: {0}, neither: {1}</source>
        <translation>beide codiert: {0}, keine: {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="138"/>
        <source>only {0}: {1}, only {2}: {3}</source>
        <translation>nur {0}: {1}, nur {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="148"/>
        <source>Coded by
{0} coders</source>
        <translation>Codiert von
{0} Personen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="149"/>
        <source>Characters coded by exactly {0} of the {1} coders</source>
        <translation>Zeichen, die genau {0} der {1} Codierenden codiert haben</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="151"/>
        <source>α
(Krippendorff)</source>
        <translation>α
(Krippendorff)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="152"/>
        <source>Krippendorff&apos;s alpha (nominal) over the characters</source>
        <translation>Krippendorffs Alpha (nominal) über die Zeichen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/agreement_tables.py" line="190"/>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
</context>
<context>
    <name>StopListDialog</name>
    <message>
        <location filename="../../qda_app/ui/analysis/stop_list.py" line="62"/>
        <source>Stop List</source>
        <translation>Stoppliste</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/stop_list.py" line="64"/>
        <source>Words the word frequencies leave out, one a line (case does not matter). The German and English lists are the Snowball stop lists.</source>
        <translation>Wörter, die die Worthäufigkeiten auslassen, eines pro Zeile (Groß- und Kleinschreibung egal). Die deutsche und die englische Liste sind die Snowball-Stopplisten.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/stop_list.py" line="72"/>
        <source>German and English Lists</source>
        <translation>Deutsche und englische Liste</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/stop_list.py" line="76"/>
        <source>Empty</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/stop_list.py" line="99"/>
        <source>{0} words</source>
        <translation>Wörter: {0}</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="136"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="137"/>
        <source>Score</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/assist/result_models.py" line="138"/>
        <source>Nearest codings (the reason)</source>
        <translation>Nächstliegende Codierungen (die Begründung)</translation>
    </message>
</context>
<context>
    <name>TeamRights</name>
    <message>
        <location filename="../../qda_app/ui/team/team_rights.py" line="49"/>
        <source>In a team project you code under your login&apos;s name.</source>
        <translation>In einem Teamprojekt kodieren Sie unter dem Namen Ihrer Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_rights.py" line="89"/>
        <source>You read this team project as a reader: coding and changes are the team&apos;s.</source>
        <translation>Sie lesen dieses Teamprojekt als Leser/in: Kodieren und Ändern ist Sache des Teams.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_rights.py" line="96"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_rights.py" line="99"/>
        <source>Team &amp;Settings…</source>
        <translation>Team-&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_rights.py" line="103"/>
        <source>Only the team&apos;s lead changes them.</source>
        <translation>Nur die Projektleitung ändert sie.</translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="36"/>
        <source>lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="37"/>
        <source>coder</source>
        <translation>Kodierer/in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="38"/>
        <source>reader</source>
        <translation>Leser/in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="39"/>
        <source>administrator</source>
        <translation>Administrator/in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="40"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="47"/>
        <source>Team Settings – {0}</source>
        <translation>Team-Einstellungen – {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="51"/>
        <source>Coding</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="53"/>
        <source>Blinded coding: coders see only their own codings</source>
        <translation>Verblindetes Kodieren: Kodierende sehen nur ihre eigenen Kodierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="56"/>
        <source>Coders may add new codes to the code system</source>
        <translation>Kodierende dürfen dem Codesystem neue Codes hinzufügen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="59"/>
        <source>The database enforces both, also for coders who connect with other programs. Renaming, moving and deleting codes stays yours.</source>
        <translation>Die Datenbank setzt beides durch, auch bei Kodierenden, die sich mit anderen Programmen verbinden. Codes umbenennen, verschieben und löschen bleibt Ihnen vorbehalten.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="75"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="80"/>
        <source>Coder</source>
        <translation>Kodierer/in</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="80"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="80"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_settings_dialog.py" line="90"/>
        <source>New members get a login from the server&apos;s administrator: qda team add-coder URL NAME --role coder</source>
        <translation>Neue Mitglieder erhalten ihre Anmeldung von der Server-Administration: qda team add-coder URL NAME --role coder</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <location filename="../../qda_app/ui/team/team_status.py" line="54"/>
        <source>{0} · offline, reconnecting…</source>
        <translation>{0} · offline, Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_status.py" line="61"/>
        <source>1 coder online</source>
        <translation>1 Codierende:r online</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_status.py" line="62"/>
        <source>{0} coders online</source>
        <translation>{0} Codierende online</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_status.py" line="63"/>
        <source>{0} · connected as {1} · {2}</source>
        <translation>{0} · verbunden als {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_status.py" line="65"/>
        <source>{0} · blinded</source>
        <translation>{0} · verblindet</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/team/team_status.py" line="74"/>
        <location filename="../../qda_app/ui/team/team_status.py" line="75"/>
        <source>team project {0}</source>
        <translation>Teamprojekt {0}</translation>
    </message>
</context>
<context>
    <name>TextMemos</name>
    <message>
        <location filename="../../qda_app/ui/memos/text_memos.py" line="31"/>
        <source>Add &amp;Memo Here…</source>
        <translation>Memo an dieser &amp;Stelle…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/text_memos.py" line="62"/>
        <source>Select the passage the memo is about first.</source>
        <translation>Markieren Sie zuerst die Textstelle, um die es im Memo geht.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/text_memos.py" line="64"/>
        <source>Belongs to: {0}</source>
        <translation>Gehört zu: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/memos/text_memos.py" line="64"/>
        <source>{0}: “{1}”</source>
        <translation>{0}: „{1}“</translation>
    </message>
</context>
<context>
    <name>ToolWindow</name>
    <message>
        <location filename="../../qda_app/ui/common/tool_window.py" line="79"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>TranscriptMenu</name>
    <message>
        <location filename="../../qda_app/ui/transcript/transcript_menu.py" line="66"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <location filename="../../qda_app/ui/transcript/transcript_pane.py" line="121"/>
        <source>The document “{0}” no longer exists in the project. Choose a document from the list.</source>
        <translation>Das Dokument „{0}“ gibt es im Projekt nicht mehr. Wählen Sie ein Dokument aus der Liste.</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../qda_app/ui/commands/command_base.py" line="89"/>
        <source>Could not undo “{0}”: {1}. Nothing was changed; the step was dropped.</source>
        <translation>„{0}“ konnte nicht rückgängig gemacht werden: {1}. Nichts wurde geändert; der Schritt wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/command_base.py" line="91"/>
        <source>Could not redo “{0}”: {1}. Nothing was changed; the step was dropped.</source>
        <translation>„{0}“ konnte nicht wiederhergestellt werden: {1}. Nichts wurde geändert; der Schritt wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/command_base.py" line="94"/>
        <source>Could not undo “{0}”: {1}. The step was dropped because the project changed.</source>
        <translation>„{0}“ konnte nicht rückgängig gemacht werden: {1}. Der Schritt wurde verworfen, weil sich das Projekt geändert hat.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/command_base.py" line="96"/>
        <source>Could not redo “{0}”: {1}. The step was dropped because the project changed.</source>
        <translation>„{0}“ konnte nicht wiederhergestellt werden: {1}. Der Schritt wurde verworfen, weil sich das Projekt geändert hat.</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="12"/>
        <source>Overlapping codings</source>
        <translation>Überschneidende Codierungen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="13"/>
        <source>In the same paragraph</source>
        <translation>Im selben Absatz</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="14"/>
        <source>In the same speaker turn</source>
        <translation>Im selben Sprecherbeitrag</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="15"/>
        <source>Within N characters</source>
        <translation>Höchstens N Zeichen entfernt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="18"/>
        <source>overlapping</source>
        <translation>überschneidend</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="19"/>
        <source>in the same paragraph</source>
        <translation>im selben Absatz</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="20"/>
        <source>in the same speaker turn</source>
        <translation>im selben Sprecherbeitrag</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="21"/>
        <source>at most {0} characters apart</source>
        <translation>höchstens {0} Zeichen voneinander entfernt</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="48"/>
        <source>What two codings must share to count as a pair: at least one character of text, a paragraph (a line of the document), a speaker turn, or a stretch of at most N characters between them</source>
        <translation>Was zwei Codierungen teilen müssen, um als Paar zu zählen: mindestens ein Zeichen Text, einen Absatz (eine Zeile des Dokuments), einen Sprecherbeitrag, oder höchstens N Zeichen Abstand</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="55"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/unit_chooser.py" line="56"/>
        <source>At most this many characters between the codings (0: touching or overlapping)</source>
        <translation>Höchstens so viele Zeichen zwischen den Codierungen (0: aneinandergrenzend oder überschneidend)</translation>
    </message>
</context>
<context>
    <name>VariableCommands</name>
    <message>
        <location filename="../../qda_app/ui/commands/variable_commands.py" line="26"/>
        <source>Set {0}</source>
        <translation>{0} setzen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/variable_commands.py" line="45"/>
        <source>New variable “{0}”</source>
        <translation>Neue Variable „{0}“</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/variable_commands.py" line="65"/>
        <source>Rename variable “{0}”</source>
        <translation>Variable „{0}“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/variable_commands.py" line="84"/>
        <source>Change the type of “{0}”</source>
        <translation>Typ von „{0}“ ändern</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/variable_commands.py" line="100"/>
        <source>Delete variable “{0}”</source>
        <translation>Variable „{0}“ löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/commands/variable_commands.py" line="118"/>
        <source>Import variables from {0}</source>
        <translation>Variablen aus {0} importieren</translation>
    </message>
</context>
<context>
    <name>VariableTableModel</name>
    <message>
        <location filename="../../qda_app/ui/variables/variable_model.py" line="78"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_model.py" line="78"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_model.py" line="196"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_model.py" line="205"/>
        <source>{0}: {1}, {2} of {3} documents with a value</source>
        <translation>{0}: {1}, {2} von {3} Dokumenten mit Wert</translation>
    </message>
</context>
<context>
    <name>VariableTypes</name>
    <message>
        <location filename="../../qda_app/ui/variables/variable_model.py" line="214"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_model.py" line="215"/>
        <source>whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_model.py" line="216"/>
        <source>decimal number</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_model.py" line="217"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_model.py" line="218"/>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
</context>
<context>
    <name>VariableWindow</name>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="77"/>
        <source>Document Variables – {0}</source>
        <translation>Dokumentvariablen – {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="102"/>
        <source>Clear Value</source>
        <translation>Wert leeren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="130"/>
        <source>Filter: documents and values containing…</source>
        <translation>Filter: Dokumente und Werte mit…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="136"/>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="276"/>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="308"/>
        <source>New Variable…</source>
        <translation>Neue Variable…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="138"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="167"/>
        <source>Documents: {0}</source>
        <translation>Dokumente: {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="168"/>
        <source>Documents: {0} of {1}</source>
        <translation>Dokumente: {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="170"/>
        <source>{0} · variables: {1}. {2} Filter, sort and export them as you like.</source>
        <translation>{0} · Variablen: {1}. {2} Filtern, sortieren und exportieren können Sie sie nach Belieben.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="175"/>
        <source>{0} · variables: {1}. Double-click a cell to edit it, Delete clears it; right-click a column&apos;s heading to add, rename, retype or delete a variable.</source>
        <translation>{0} · Variablen: {1}. Doppelklick auf eine Zelle bearbeitet sie, Entf leert sie; Rechtsklick auf einen Spaltenkopf fügt Variablen hinzu, benennt sie um, ändert ihren Typ oder löscht sie.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="210"/>
        <source>Clear {0} values</source>
        <translation>{0} Werte leeren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="227"/>
        <source>Rename variable</source>
        <translation>Variable umbenennen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="227"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="241"/>
        <source>Delete the variable “{0}” and its {1} values?</source>
        <translation>Die Variable „{0}“ und ihre {1} Werte löschen?</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="243"/>
        <source>Delete variable</source>
        <translation>Variable löschen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="248"/>
        <source>Import variables</source>
        <translation>Variablen importieren</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="250"/>
        <source>Spreadsheets</source>
        <translation>Tabellenblätter</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="251"/>
        <source>CSV tables</source>
        <translation>CSV-Tabellen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="261"/>
        <source>Imported {0} values of {1} documents</source>
        <translation>{0} Werte von {1} Dokumenten importiert</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="279"/>
        <source>Rename “{0}”…</source>
        <translation>„{0}“ umbenennen…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="281"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/variables/variable_window.py" line="290"/>
        <source>Delete “{0}”…</source>
        <translation>„{0}“ löschen…</translation>
    </message>
</context>
<context>
    <name>WordFrequencyWindow</name>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="84"/>
        <source>Word Frequencies – {0}</source>
        <translation>Worthäufigkeiten – {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="94"/>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="242"/>
        <source>Choose a word to see where it occurs.</source>
        <translation>Ein Wort wählen, um zu sehen, wo es vorkommt.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="109"/>
        <source>Count the words of this code&apos;s segments (with its subcodes&apos;) only</source>
        <translation>Nur die Wörter der Segmente dieses Codes (und seiner Subcodes) zählen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="116"/>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="117"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="124"/>
        <source>Lemmas</source>
        <translation>Lemmata</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="126"/>
        <source>Count the forms of a word together under its lemma (Kinder, Kindern: Kind)</source>
        <translation>Die Formen eines Wortes zusammen unter seinem Lemma zählen (Kinder, Kindern: Kind)</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="130"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="131"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="132"/>
        <source>Leave out stop words</source>
        <translation>Stoppwörter auslassen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="135"/>
        <source>Stop List…</source>
        <translation>Stoppliste…</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="138"/>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="143"/>
        <source>at least </source>
        <translation>mindestens </translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="144"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="147"/>
        <source>Filter words</source>
        <translation>Wörter filtern</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="208"/>
        <source>All text</source>
        <translation>Der ganze Text</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="244"/>
        <source>Words: {0} · documents: {1} · different words shown: {2}. % is a word&apos;s share of all words, stop words included.</source>
        <translation>Wörter: {0} · Dokumente: {1} · verschiedene Wörter angezeigt: {2}. % ist der Anteil eines Wortes an allen Wörtern, Stoppwörter eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="277"/>
        <source>Places of “{0}”: {1}. Double-click one to open it in the text.</source>
        <translation>Fundstellen von „{0}“: {1}. Doppelklick öffnet eine im Text.</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="296"/>
        <source>Add “{0}” to the Stop List</source>
        <translation>„{0}“ zur Stoppliste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_window.py" line="306"/>
        <source>“{0}” is on the stop list now.</source>
        <translation>„{0}“ steht jetzt auf der Stoppliste.</translation>
    </message>
</context>
<context>
    <name>WordModel</name>
    <message>
        <location filename="../../qda_app/ui/analysis/word_models.py" line="24"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_models.py" line="24"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_models.py" line="25"/>
        <source>% of words</source>
        <translation>% der Wörter</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_models.py" line="26"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/word_models.py" line="69"/>
        <source>Counted together: {0}</source>
        <translation>Zusammen gezählt: {0}</translation>
    </message>
</context>
<context>
    <name>WordRows</name>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="63"/>
        <source>Leave out stop words</source>
        <translation>Stoppwörter auslassen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="66"/>
        <source>Count lemmas</source>
        <translation>Lemmata zählen</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="73"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="75"/>
        <source>At least:</source>
        <translation>Mindestens:</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="80"/>
        <source>all documents</source>
        <translation>alle Dokumente</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="82"/>
        <source>segments of {0}</source>
        <translation>Segmente von {0}</translation>
    </message>
    <message>
        <location filename="../../qda_app/ui/analysis/export_rows.py" line="84"/>
        <source>Text: {0}</source>
        <translation>Text: {0}</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../qda_app/ui/workbench.py" line="108"/>
        <source>Updated: the project was changed by another program</source>
        <translation>Aktualisiert: Das Projekt wurde von einem anderen Programm geändert</translation>
    </message>
</context>
</TS>
