<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>Anonymise %1</source>
        <translation>%1 anonymisieren</translation>
    </message>
    <message>
        <source>Anonymising %1 erases their name, numbers, addresses, comments and other notes from this computer for good, the offline cache included. Counts, outcomes, durations, channels and dates stay as anonymous statistics. This cannot be undone.</source>
        <translation>Beim Anonymisieren von %1 werden Name, Rufnummern, Adressen, Kommentare und weitere Notizen endgültig von diesem Computer gelöscht, auch aus dem Offline-Cache. Anzahl, Ergebnisse, Dauer, Kanäle und Daten bleiben als anonyme Statistik erhalten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Type the customer id %1 to confirm:</source>
        <translation>Zur Bestätigung die Kunden-ID %1 eingeben:</translation>
    </message>
    <message>
        <source>Customer id to confirm</source>
        <translation>Kunden-ID zur Bestätigung</translation>
    </message>
    <message>
        <source>Works once the customer id is typed above</source>
        <translation>Erst verfügbar, wenn oben die Kunden-ID eingegeben ist</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <source>Current call</source>
        <translation>Aktueller Anruf</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet um %1</translation>
    </message>
</context>
<context>
    <name>CallPopController</name>
    <message>
        <source>Inbound calls need Data Cloud: Campaign Manager has no inbound history.</source>
        <translation>Für eingehende Anrufe wird Data Cloud benötigt: Campaign Manager hat keine Historie zu eingehenden Anrufen.</translation>
    </message>
    <message>
        <source>This call has no number to look up.</source>
        <translation>Zu diesem Anruf gibt es keine Nummer, nach der gesucht werden kann.</translation>
    </message>
    <message>
        <source>The caller&apos;s ID was “%1”.</source>
        <translation>Die Anrufer-ID war „%1“.</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Anruf von %1</translation>
    </message>
</context>
<context>
    <name>CallTray</name>
    <message>
        <source>Recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Noch keine Anrufe</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>Open this caller&apos;s journey</source>
        <translation>Historie dieses Anrufers öffnen</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connected: the back end answered.</source>
        <translation>Verbunden: Das Backend hat geantwortet.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Multi row</source>
        <translation>Mehrzeilig</translation>
    </message>
    <message>
        <source>Stairway</source>
        <translation>Treppe</translation>
    </message>
    <message>
        <source>Single row</source>
        <translation>Einzeilig</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>Timeline view mode</source>
        <translation>Darstellung der Zeitachse</translation>
    </message>
    <message>
        <source>Extended task result</source>
        <translation>Erweitertes Aufgabenergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Survey / rating</source>
        <translation>Umfrage / Bewertung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the conversation</source>
        <translation>Gesprächssitzung neu laden</translation>
    </message>
    <message>
        <source>This conversation is less than 2 minutes old: its codes and survey answers may still be missing. Refresh to load them.</source>
        <translation>Diese Gesprächssitzung ist jünger als 2 Minuten: Nachbearbeitungscodes und Umfrageantworten können noch fehlen. Aktualisieren Sie, um sie zu laden.</translation>
    </message>
    <message>
        <source>No timeline events were recorded for this conversation.</source>
        <translation>Für diese Gesprächssitzung wurden keine Ereignisse aufgezeichnet.</translation>
    </message>
    <message>
        <source>Pick a conversation from the history to read it here.</source>
        <translation>Wählen Sie eine Gesprächssitzung aus dem Verlauf, um sie hier zu lesen.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation timeline</source>
        <translation>Zeitachse der Gesprächssitzung</translation>
    </message>
    <message>
        <source>Left and Right move from event to event; hover a bar for details.</source>
        <translation>Links und Rechts springen von Ereignis zu Ereignis; für Details mit der Maus auf einen Balken zeigen.</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Campaigns listing this customer</source>
        <translation>Kampagnen, in denen dieser Kunde geführt wird</translation>
    </message>
    <message>
        <source>Lead status:</source>
        <translation>Lead-Status:</translation>
    </message>
    <message>
        <source>Lead status: %1</source>
        <translation>Lead-Status: %1</translation>
    </message>
    <message>
        <source>%1 in the last %2 days</source>
        <translation>%1 in den letzten %2 Tagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>Letzter Kontakt: %1</translation>
    </message>
    <message>
        <source>%1 failed attempts in a row</source>
        <translation>%1 erfolglose Versuche in Folge</translation>
    </message>
    <message>
        <source>Campaigns:</source>
        <translation>Kampagnen:</translation>
    </message>
    <message>
        <source>Show only the campaign %1</source>
        <translation>Nur die Kampagne %1 anzeigen</translation>
    </message>
    <message>
        <source>Filter by campaign %1</source>
        <translation>Nach Kampagne %1 filtern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln Interaktion</numerusform>
            <numerusform>%Ln Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
</context>
<context>
    <name>CustomerOperations</name>
    <message>
        <source>That session is no longer there.</source>
        <translation>Diese Gesprächssitzung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Save the session&apos;s trace</source>
        <translation>Trace der Gesprächssitzung speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>That customer is no longer there.</source>
        <translation>Dieser Kunde ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Choose a tenant and a customer to see their history.</source>
        <translation>Mandant und Kunde wählen, um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>The journey store is not open yet.</source>
        <translation>Der Journey-Speicher ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>This customer is not there, or not in your divisions.</source>
        <translation>Diesen Kunden gibt es nicht, oder er gehört nicht zu Ihren Abteilungen.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is anonymised; the statistics stay.</source>
        <translation>%1 ist anonymisiert; die Statistik bleibt erhalten.</translation>
    </message>
    <message>
        <source>Last interaction: %1</source>
        <translation>Letzte Interaktion: %1</translation>
    </message>
    <message>
        <source>(hidden by the filters)</source>
        <translation>(durch die Filter ausgeblendet)</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <source>Choose a customer (and a session) first.</source>
        <translation>Zuerst einen Kunden (und eine Gesprächssitzung) wählen.</translation>
    </message>
    <message>
        <source>Customer operations</source>
        <translation>Kundenoperationen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sessions of the customer, newest first; Enter on Actions saves the trace</source>
        <translation>Gesprächssitzungen des Kunden, neueste zuerst; Eingabe auf „Aktionen“ speichert den Trace</translation>
    </message>
    <message>
        <source>Download trace…</source>
        <translation>Trace herunterladen…</translation>
    </message>
    <message>
        <source>Download the selected session&apos;s trace</source>
        <translation>Trace der gewählten Gesprächssitzung herunterladen</translation>
    </message>
    <message>
        <source>Export customer…</source>
        <translation>Kunden exportieren…</translation>
    </message>
    <message>
        <source>Export all of the customer&apos;s data</source>
        <translation>Alle Daten des Kunden exportieren</translation>
    </message>
    <message>
        <source>Anonymise customer…</source>
        <translation>Kunden anonymisieren…</translation>
    </message>
    <message>
        <source>Anonymise the customer</source>
        <translation>Den Kunden anonymisieren</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Letzte Interaktion</translation>
    </message>
</context>
<context>
    <name>CustomerOperationsView</name>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln Gesprächssitzung</numerusform>
            <numerusform>%Ln Gesprächssitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Choose a tenant…</source>
        <translation>Mandant wählen…</translation>
    </message>
    <message>
        <source>No customer of this tenant matches.</source>
        <translation>Kein Kunde dieses Mandanten passt.</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The tenant whose customers to search</source>
        <translation>Der Mandant, dessen Kunden gesucht werden</translation>
    </message>
    <message>
        <source>Name, number or address</source>
        <translation>Name, Rufnummer oder Adresse</translation>
    </message>
    <message>
        <source>Suggestions from the third character on</source>
        <translation>Vorschläge ab dem dritten Zeichen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Suggestions appear after the third character; pick one with the arrows</source>
        <translation>Vorschläge erscheinen ab dem dritten Zeichen; mit den Pfeiltasten auswählen</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Number, address or name</source>
        <translation>Nummer, Adresse oder Name</translation>
    </message>
    <message>
        <source>Phone number, SIP address, e-mail address or name</source>
        <translation>Telefonnummer, SIP-Adresse, E-Mail-Adresse oder Name</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>Anrufer suchen</translation>
    </message>
    <message>
        <source>Matches appear from the third character; Down moves into them, Enter picks one, Escape closes the list.</source>
        <translation>Treffer erscheinen ab dem dritten Zeichen; Pfeil nach unten wechselt in die Liste, Eingabe wählt aus, Escape schließt die Liste.</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Anrufer</translation>
    </message>
    <message>
        <source>Type at least 3 characters of a number, address or name.</source>
        <translation>Mindestens 3 Zeichen einer Nummer, Adresse oder eines Namens eingeben.</translation>
    </message>
    <message>
        <source>Keep typing: matches appear from the third character.</source>
        <translation>Weiter tippen: Treffer erscheinen ab dem dritten Zeichen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Anrufer passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches: Down to choose, Enter to open.</source>
        <translation>
            <numerusform>%n Treffer: Pfeil nach unten zum Auswählen, Eingabe zum Öffnen.</numerusform>
            <numerusform>%n Treffer: Pfeil nach unten zum Auswählen, Eingabe zum Öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed; try again in a moment.</source>
        <translation>Die Suche ist fehlgeschlagen; bitte gleich noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Voriges Quartal</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Voriges Jahr</translation>
    </message>
    <message>
        <source>Current week</source>
        <translation>Aktuelle Woche</translation>
    </message>
    <message>
        <source>Current month</source>
        <translation>Aktueller Monat</translation>
    </message>
    <message>
        <source>Current quarter</source>
        <translation>Aktuelles Quartal</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>Aktuelles Jahr</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Latest: all conversations, newest first</source>
        <translation>Neueste: alle Gesprächssitzungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Which conversations the history lists</source>
        <translation>Welche Gesprächssitzungen der Verlauf zeigt</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>The From date is after the To date: choose a From date on or before it.</source>
        <translation>Das Von-Datum liegt nach dem Bis-Datum: Wählen Sie ein Von-Datum am oder vor dem Bis-Datum.</translation>
    </message>
</context>
<context>
    <name>DayCard</name>
    <message>
        <source>Transferred</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Last queue: %1</source>
        <translation>Letzte Warteschlange: %1</translation>
    </message>
    <message>
        <source>Last agent: %1</source>
        <translation>Letzter Agent: %1</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Queues: %1</source>
        <translation>Warteschlangen: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Kommentare: %1</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Interactions of the day</source>
        <translation>Interaktionen des Tages</translation>
    </message>
    <message>
        <source>Previous day with interactions</source>
        <translation>Vorheriger Tag mit Interaktionen</translation>
    </message>
    <message>
        <source>Next day with interactions</source>
        <translation>Nächster Tag mit Interaktionen</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>No day selected</source>
        <translation>Kein Tag ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln Interaktion</numerusform>
            <numerusform>%Ln Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>No interactions on this day</source>
        <translation>Keine Interaktionen an diesem Tag</translation>
    </message>
</context>
<context>
    <name>DetailFields</name>
    <message>
        <source>DateTime</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Previous Score</source>
        <translation>Vorheriger Score</translation>
    </message>
    <message>
        <source>Current Score</source>
        <translation>Aktueller Score</translation>
    </message>
    <message>
        <source>Agent Name</source>
        <translation>Name des Agenten</translation>
    </message>
    <message>
        <source>Agent Comments</source>
        <translation>Kommentare des Agenten</translation>
    </message>
    <message>
        <source>Call Start Time</source>
        <translation>Anrufbeginn</translation>
    </message>
    <message>
        <source>Call End Time</source>
        <translation>Anrufende</translation>
    </message>
    <message>
        <source>Channel Type</source>
        <translation>Kanaltyp</translation>
    </message>
    <message>
        <source>Channel Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Previous score</source>
        <translation>Vorheriger Score</translation>
    </message>
    <message>
        <source>Current score</source>
        <translation>Aktueller Score</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Account / channel used</source>
        <translation>Verwendetes Konto / Kanal</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Content offer</source>
        <translation>Inhaltsangebot</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Case Created</source>
        <translation>Fall erstellt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Sub Category</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Detail Category</source>
        <translation>Detailkategorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Date Created</source>
        <translation>Erstellungsdatum</translation>
    </message>
    <message>
        <source>Last Update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Case Owner</source>
        <translation>Fallverantwortlicher</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Agent comments</source>
        <translation>Kommentare des Agenten</translation>
    </message>
</context>
<context>
    <name>DetailPopup</name>
    <message>
        <source>Interaction details</source>
        <translation>Details der Interaktion</translation>
    </message>
    <message>
        <source>Previous interaction of this date</source>
        <translation>Vorherige Interaktion an diesem Tag</translation>
    </message>
    <message>
        <source>Next interaction of this date</source>
        <translation>Nächste Interaktion an diesem Tag</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Case and interaction details</source>
        <translation>Fall- und Interaktionsdetails</translation>
    </message>
    <message>
        <source>Case: the case this interaction belongs to. Interaction: its own details.</source>
        <translation>Fall: der Fall, zu dem diese Interaktion gehört. Interaktion: ihre eigenen Details.</translation>
    </message>
    <message>
        <source>Detail tabs</source>
        <translation>Detail-Registerkarten</translation>
    </message>
    <message>
        <source>Hands the number to the softphone</source>
        <translation>Übergibt die Nummer an das Softphone</translation>
    </message>
    <message>
        <source>Copies the number to the clipboard</source>
        <translation>Kopiert die Nummer in die Zwischenablage</translation>
    </message>
    <message>
        <source>Open case in CRM</source>
        <translation>Fall im CRM öffnen</translation>
    </message>
    <message>
        <source>Opens the case in the web browser</source>
        <translation>Öffnet den Fall im Webbrowser</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Aufzeichnung abspielen</translation>
    </message>
    <message>
        <source>Opens the recording in the desktop&apos;s player or browser</source>
        <translation>Öffnet die Aufzeichnung im Player oder Browser des Desktops</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Shows the Case tab</source>
        <translation>Zeigt die Registerkarte „Fall“</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Task completion code:</source>
        <translation>Nachbearbeitungscode:</translation>
    </message>
    <message>
        <source>Cross-selling code:</source>
        <translation>Cross-Selling-Code:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Details der Gesprächssitzung</translation>
    </message>
    <message>
        <source>The feature is not configured for this service.</source>
        <translation>Die Funktion ist für diesen Service nicht konfiguriert.</translation>
    </message>
    <message>
        <source>The agent has not chosen a code for this conversation.</source>
        <translation>Der Agent hat für diese Gesprächssitzung keinen Code gewählt.</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Keiner gewählt</translation>
    </message>
    <message>
        <source>No parameters were recorded.</source>
        <translation>Es wurden keine Parameter erfasst.</translation>
    </message>
</context>
<context>
    <name>DialCommandField</name>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Call-&amp;back command:</source>
        <translation>Rückruf&amp;befehl:</translation>
    </message>
    <message>
        <source>Call-back command</source>
        <translation>Rückrufbefehl</translation>
    </message>
    <message>
        <source>%1 becomes the number (+49301234567), %2 the tel: or sip: address; without either, the number is added at the end. No shell: quotes group words, nothing else is special.</source>
        <translation>%1 wird durch die Nummer ersetzt (+49301234567), %2 durch die tel:- oder sip:-Adresse; fehlen beide, wird die Nummer am Ende angehängt. Keine Shell: Anführungszeichen fassen Wörter zusammen, sonst hat nichts eine besondere Bedeutung.</translation>
    </message>
    <message>
        <source>Empty: the desktop&apos;s softphone gets tel: and sip: links.</source>
        <translation>Leer: Das Softphone des Desktops erhält tel:- und sip:-Links.</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Startet: %1</translation>
    </message>
    <message>
        <source>This command cannot be used: it is longer than %1 characters.</source>
        <translation>Dieser Befehl ist nicht verwendbar: Er ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>This command cannot be used: it must be one line.</source>
        <translation>Dieser Befehl ist nicht verwendbar: Er muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>This command cannot be used: it must start with a program; %1 comes after it.</source>
        <translation>Dieser Befehl ist nicht verwendbar: Er muss mit einem Programm beginnen; %1 folgt danach.</translation>
    </message>
    <message>
        <source>This command cannot be used: a quote is not closed.</source>
        <translation>Dieser Befehl ist nicht verwendbar: Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Lead-Status</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies at once</source>
        <translation>Wirkt sofort</translation>
    </message>
    <message>
        <source>Filter outcome, agent, comments</source>
        <translation>Ergebnis, Agent, Kommentare filtern</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Apply campaign, channel and period</source>
        <translation>Kampagne, Kanal und Zeitraum anwenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Rescheduling, escalations and status updates, oldest first</source>
        <translation>Terminverschiebungen, Eskalationen und Statusänderungen, älteste zuerst</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>There is no number to call back.</source>
        <translation>Es gibt keine Nummer für einen Rückruf.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number or SIP address; nothing was dialled.</source>
        <translation>„%1“ ist keine Telefonnummer oder SIP-Adresse; es wurde nichts gewählt.</translation>
    </message>
    <message>
        <source>The call-back command in the settings cannot be used; check Settings › Calls.</source>
        <translation>Der Rückrufbefehl in den Einstellungen ist nicht verwendbar; bitte unter Einstellungen › Anrufe prüfen.</translation>
    </message>
    <message>
        <source>The softphone could not be started to call %1; check Settings › Calls.</source>
        <translation>Das Softphone konnte für den Anruf an %1 nicht gestartet werden; bitte unter Einstellungen › Anrufe prüfen.</translation>
    </message>
    <message>
        <source>Calling %1 …</source>
        <translation>%1 wird angerufen …</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>This interaction has no case.</source>
        <translation>Zu dieser Interaktion gibt es keinen Fall.</translation>
    </message>
    <message>
        <source>This link is not a web address and was not opened.</source>
        <translation>Dieser Link ist keine Webadresse und wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>No program could open the link.</source>
        <translation>Kein Programm konnte den Link öffnen.</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>%1 zurückrufen</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Call back (no number)</source>
        <translation>Zurückrufen (keine Nummer)</translation>
    </message>
    <message>
        <source>Copy number (no number)</source>
        <translation>Nummer kopieren (keine Nummer)</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Fall %1 öffnen</translation>
    </message>
    <message>
        <source>Open case (none)</source>
        <translation>Fall öffnen (keiner)</translation>
    </message>
    <message>
        <source>Act on this contact</source>
        <translation>Aktionen zu diesem Kontakt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Last interaction</source>
        <translation>Letzte Interaktion</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Verlauf der Gesprächssitzungen</translation>
    </message>
    <message>
        <source>Newest first; the customer&apos;s last interaction is marked.</source>
        <translation>Die neueste zuerst; die letzte Interaktion des Anrufers ist markiert.</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <source>Date &amp; time</source>
        <translation>Datum &amp; Uhrzeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Phone number / address</source>
        <translation>Telefonnummer / Adresse</translation>
    </message>
    <message>
        <source>Previous score</source>
        <translation>Vorheriger Score</translation>
    </message>
    <message>
        <source>Current score</source>
        <translation>Aktueller Score</translation>
    </message>
    <message>
        <source>Agent comments</source>
        <translation>Kommentare des Agenten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Click a column header to sort; Enter opens the selected interaction</source>
        <translation>Zum Sortieren auf eine Spaltenüberschrift klicken; die Eingabetaste öffnet die gewählte Interaktion</translation>
    </message>
    <message>
        <source>No interactions match the filter</source>
        <translation>Keine Interaktionen entsprechen dem Filter</translation>
    </message>
    <message>
        <source>Choose “All” or clear the text to see more.</source>
        <translation>Wählen Sie „Alle“ oder löschen Sie den Text, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>No interactions yet</source>
        <translation>Noch keine Interaktionen</translation>
    </message>
    <message numerus="yes">
        <source>No interactions in the last %n months</source>
        <translation>
            <numerusform>Keine Interaktionen im letzten %n Monat</numerusform>
            <numerusform>Keine Interaktionen in den letzten %n Monaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language of the window, dates and numbers</source>
        <translation>Die Sprache des Fensters, der Datumsangaben und Zahlen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>Number, e-mail, SIP address, id or name</source>
        <translation>Nummer, E-Mail, SIP-Adresse, ID oder Name</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Type a number, address, id or name and press Enter</source>
        <translation>Nummer, Adresse, Kundennummer oder Namen eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Strg+L</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Other views, settings and window options</source>
        <translation>Weitere Ansichten, Einstellungen und Fensteroptionen</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>Look up a customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Type a phone number, e-mail or SIP address, customer id or name and press Enter.</source>
        <translation>Geben Sie eine Telefonnummer, E-Mail- oder SIP-Adresse, Kunden-ID oder einen Namen ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Could not load the journey.</source>
        <translation>Die Customer Journey konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>No history for %1</source>
        <translation>Keine Historie für %1</translation>
    </message>
    <message>
        <source>No customer is known by this number, address or id.</source>
        <translation>Zu dieser Nummer, Adresse oder ID ist kein Kunde bekannt.</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Kein Kunde passt zu „%1“</translation>
    </message>
    <message>
        <source>Try a phone number, e-mail or SIP address, customer id or part of a name.</source>
        <translation>Versuchen Sie es mit einer Telefonnummer, E-Mail- oder SIP-Adresse, Kunden-ID oder einem Teil des Namens.</translation>
    </message>
    <message>
        <source>%1 customers match “%2”</source>
        <translation>%1 Kunden passen zu „%2“</translation>
    </message>
    <message>
        <source>Pick one from the list, or type more.</source>
        <translation>Wählen Sie einen Kunden aus der Liste oder geben Sie mehr ein.</translation>
    </message>
    <message>
        <source>%1 – Customer journey</source>
        <translation>%1 – Customer Journey</translation>
    </message>
</context>
<context>
    <name>OperationsFilterBar</name>
    <message>
        <source>Initial service</source>
        <translation>Erster Service</translation>
    </message>
    <message>
        <source>1st queued service</source>
        <translation>1. Service mit Warteschlange</translation>
    </message>
    <message>
        <source>Last connected user</source>
        <translation>Zuletzt verbundener Benutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>“All” shows the history unfiltered</source>
        <translation>„Alle“ zeigt den Verlauf ungefiltert</translation>
    </message>
    <message>
        <source>Clear the filter %1</source>
        <translation>Filter %1 leeren</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Add or hide filters of the history</source>
        <translation>Filter des Verlaufs hinzufügen oder ausblenden</translation>
    </message>
    <message>
        <source>Showing all sessions</source>
        <translation>Alle Gesprächssitzungen</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Gefiltert nach %1</translation>
    </message>
</context>
<context>
    <name>OperationsHistory</name>
    <message>
        <source>Date &amp; time</source>
        <translation>Datum &amp; Uhrzeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Initial service</source>
        <translation>Erster Service</translation>
    </message>
    <message>
        <source>1st queued service</source>
        <translation>1. Service mit Warteschlange</translation>
    </message>
    <message>
        <source>Last connected user</source>
        <translation>Zuletzt verbundener Benutzer</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Issues reported</source>
        <translation>Gemeldete Probleme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Download this session&apos;s trace as a JSON file</source>
        <translation>Trace dieser Gesprächssitzung als JSON-Datei herunterladen</translation>
    </message>
    <message>
        <source>%1 · last interaction</source>
        <translation>%1 · letzte Interaktion</translation>
    </message>
    <message>
        <source>Download trace</source>
        <translation>Trace herunterladen</translation>
    </message>
</context>
<context>
    <name>OperationsMenu</name>
    <message>
        <source>Customer &amp;operations</source>
        <translation>&amp;Kundenoperationen</translation>
    </message>
    <message>
        <source>Find a customer by tenant and source, export, anonymise</source>
        <translation>Kunden nach Mandant und Quelle finden, exportieren, anonymisieren</translation>
    </message>
    <message>
        <source>&amp;Export customer…</source>
        <translation>Kunden e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Anony&amp;mise customer…</source>
        <translation>Kunden an&amp;onymisieren…</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Conversation report</source>
        <translation>Gesprächsbericht</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Anrufer:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>Gedruckt:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>Keine Gesprächssitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Selected conversation</source>
        <translation>Gewählte Gesprächssitzung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Legende:</translation>
    </message>
    <message>
        <source>No timeline events were recorded for this conversation.</source>
        <translation>Für diese Gesprächssitzung wurden keine Ereignisse aufgezeichnet.</translation>
    </message>
    <message>
        <source>Extended task result</source>
        <translation>Erweitertes Aufgabenergebnis</translation>
    </message>
    <message>
        <source>How it ended:</source>
        <translation>Abschluss:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalität:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Not measured for this conversation</source>
        <translation>Für diese Gesprächssitzung nicht gemessen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The feature is not configured for this service.</source>
        <translation>Die Funktion ist für diesen Service nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Task completion code:</source>
        <translation>Nachbearbeitungscode:</translation>
    </message>
    <message>
        <source>Cross-selling code:</source>
        <translation>Cross-Selling-Code:</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Keiner gewählt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Survey / rating</source>
        <translation>Umfrage / Bewertung</translation>
    </message>
    <message>
        <source>No survey answers for this conversation.</source>
        <translation>Keine Umfrageantworten zu dieser Gesprächssitzung.</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 von %2 Sternen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ReportLauncher</name>
    <message>
        <source>Conversation &amp;report</source>
        <translation>Gesprächs&amp;bericht</translation>
    </message>
    <message>
        <source>Find a caller and read one conversation in depth; print it</source>
        <translation>Einen Anrufer finden, eine Gesprächssitzung im Detail lesen und drucken</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Conversation report</source>
        <translation>Gesprächsbericht</translation>
    </message>
    <message>
        <source>Selected conversation</source>
        <translation>Gewählte Gesprächssitzung</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the report, with a preview</source>
        <translation>Den Bericht mit Vorschau drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Den Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations. Select several to compare them at one scale.</source>
        <translation>
            <numerusform>%Ln Gesprächssitzung. Mehrere auswählen, um sie im gleichen Maßstab zu vergleichen.</numerusform>
            <numerusform>%Ln Gesprächssitzungen. Mehrere auswählen, um sie im gleichen Maßstab zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation-report</source>
        <translation>gespraechsbericht</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Find a customer to see their conversations.</source>
        <translation>Suchen Sie einen Anrufer, um seine Gesprächssitzungen zu sehen.</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Gesprächssitzungen werden geladen…</translation>
    </message>
    <message>
        <source>No conversations in this period. Choose another period.</source>
        <translation>Keine Gesprächssitzungen in diesem Zeitraum. Wählen Sie einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>This customer is no longer in the journey store.</source>
        <translation>Dieser Anrufer ist nicht mehr im Journey-Speicher.</translation>
    </message>
    <message>
        <source>Could not load the conversations. %1</source>
        <translation>Die Gesprächssitzungen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Bericht gespeichert als %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No customer is known by “%1”.</source>
        <translation>Kein Anrufer ist unter „%1“ bekannt.</translation>
    </message>
</context>
<context>
    <name>SectionBar</name>
    <message>
        <source>Journey sections</source>
        <translation>Bereiche der Customer Journey</translation>
    </message>
    <message>
        <source>Interactions or tickets of this customer; arrow keys switch</source>
        <translation>Interaktionen oder Tickets dieses Kunden; die Pfeiltasten wechseln</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Timeline and grid of the interactions</source>
        <translation>Zeitleiste und Tabelle der Interaktionen</translation>
    </message>
    <message>
        <source>Tickets (%1 open)</source>
        <translation>Tickets (%1 offen)</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Tickets (%1)</translation>
    </message>
    <message>
        <source>Tickets and their follow-ups</source>
        <translation>Tickets und ihre Wiedervorlagen</translation>
    </message>
</context>
<context>
    <name>SegmentLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>SegmentWords</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Transfer target</source>
        <translation>Weiterleitungsziel</translation>
    </message>
    <message>
        <source>Voicemail box</source>
        <translation>Voicemail-Box</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>SettingsChoices</name>
    <message>
        <source>Local store</source>
        <translation>Lokaler Speicher</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>Data Cloud</source>
        <translation>Data Cloud</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Enter the back end&apos;s base URL.</source>
        <translation>Geben Sie die Basis-URL des Backends ein.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// or http:// and name a server, like https://crm.example.com/api.</source>
        <translation>Die Basis-URL muss mit https:// oder http:// beginnen und einen Server nennen, z. B. https://crm.example.com/api.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; use the authentication fields.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; nutzen Sie die Felder zur Authentifizierung.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Signed out: the stored secret and the offline copies are gone.</source>
        <translation>Abgemeldet: Das gespeicherte Geheimnis und die Offline-Kopien sind gelöscht.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>&amp;Datenquelle:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Base URL of the back end</source>
        <translation>Basis-URL des Backends</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation>API-Schlüssel-&amp;Header:</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>Header für den API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>OAuth2 token URL</source>
        <translation>OAuth2-Token-URL</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>OAuth2 client ID</source>
        <translation>OAuth2-Client-ID</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit pro Anfrage in Sekunden</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>&amp;Zeitlimit pro Anfrage:</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard-&amp;Region:</translation>
    </message>
    <message>
        <source>Default region for numbers</source>
        <translation>Standardregion für Rufnummern</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Th&amp;eme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Where journeys are read: this computer&apos;s store, Campaign Manager or Data Cloud. Inbound calls need Data Cloud</source>
        <translation>Woher die Customer Journeys gelesen werden: lokaler Speicher dieses Computers, Campaign Manager oder Data Cloud. Eingehende Anrufe erfordern Data Cloud</translation>
    </message>
    <message>
        <source>How the widget signs in to the back end</source>
        <translation>Wie sich das Widget beim Backend anmeldet</translation>
    </message>
    <message>
        <source>The country assumed for numbers without a country code</source>
        <translation>Das Land, das für Rufnummern ohne Ländervorwahl angenommen wird</translation>
    </message>
    <message>
        <source>The widget&apos;s language; System follows the computer&apos;s</source>
        <translation>Die Sprache des Widgets; „System“ folgt der Sprache des Computers</translation>
    </message>
    <message>
        <source>Light or dark colours; System follows the desktop&apos;s scheme</source>
        <translation>Helle oder dunkle Farben; „System“ folgt dem Farbschema des Desktops</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Keep an offline copy</source>
        <translation>Offline-&amp;Kopie behalten</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Offline-Kopie</translation>
    </message>
    <message>
        <source>Shows a saved journey at once and while the back end is down</source>
        <translation>Zeigt eine gespeicherte Historie sofort und während das Backend nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>S&amp;ign out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Forget the stored secret of the saved back end and empty the offline copies</source>
        <translation>Das gespeicherte Geheimnis des eingerichteten Backends vergessen und die Offline-Kopien löschen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Asks the back end with the values entered here, without saving them</source>
        <translation>Fragt das Backend mit den hier eingegebenen Werten an, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The secret cannot be saved: this computer has no keyring. Clear the field and set JOURNEY_WIDGET_SECRET instead.</source>
        <translation>Das Geheimnis kann nicht gespeichert werden: Dieser Computer hat keinen Schlüsselbund. Leeren Sie das Feld und setzen Sie stattdessen JOURNEY_WIDGET_SECRET.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Your role does not allow changing the data source.</source>
        <translation>Ihre Rolle erlaubt nicht, die Datenquelle zu ändern.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>From JOURNEY_WIDGET_SECRET; type to replace</source>
        <translation>Aus JOURNEY_WIDGET_SECRET; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Success:</source>
        <translation>Erfolg:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
</context>
<context>
    <name>SourceBanner</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask the back end for fresh data again</source>
        <translation>Das Backend erneut nach aktuellen Daten fragen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Showing the saved journey, updated %1.</source>
        <translation>Gespeicherte Historie, Stand: %1</translation>
    </message>
    <message>
        <source>Saved copy</source>
        <translation>Gespeicherte Kopie</translation>
    </message>
    <message>
        <source>Updated %1 · refreshing…</source>
        <translation>Stand %1 · wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>SourceErrors</name>
    <message>
        <source>The back end cannot be reached.</source>
        <translation>Das Backend ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server was not found or refused the connection. Check the network and the base URL in Settings.</source>
        <translation>Der Server wurde nicht gefunden oder hat die Verbindung abgelehnt. Prüfen Sie das Netzwerk und die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The back end did not answer in time.</source>
        <translation>Das Backend hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server is slow or overloaded. Try again in a moment.</source>
        <translation>Der Server ist langsam oder überlastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The back end did not accept the credentials.</source>
        <translation>Das Backend hat die Anmeldedaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The API key, token or client secret is wrong or has expired. Enter a valid one in Settings.</source>
        <translation>API-Schlüssel, Token oder Client-Geheimnis sind falsch oder abgelaufen. Geben Sie in den Einstellungen gültige Daten ein.</translation>
    </message>
    <message>
        <source>You may not see this customer&apos;s history.</source>
        <translation>Sie dürfen die Historie dieses Kunden nicht sehen.</translation>
    </message>
    <message>
        <source>The back end refused access. Ask your administrator for permission.</source>
        <translation>Das Backend hat den Zugriff verweigert. Bitten Sie Ihren Administrator um die Berechtigung.</translation>
    </message>
    <message>
        <source>The back end is busy.</source>
        <translation>Das Backend ist ausgelastet.</translation>
    </message>
    <message>
        <source>Too many requests were sent. Try again in a minute.</source>
        <translation>Es wurden zu viele Anfragen gesendet. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The back end has a problem.</source>
        <translation>Das Backend hat ein Problem.</translation>
    </message>
    <message>
        <source>The server reported an internal error. Try again later.</source>
        <translation>Der Server hat einen internen Fehler gemeldet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The back end sent data the widget cannot read.</source>
        <translation>Das Backend hat Daten gesendet, die das Widget nicht lesen kann.</translation>
    </message>
    <message>
        <source>The answer was not valid JSON, had values of the wrong type or lacked required fields. Tell your administrator.</source>
        <translation>Die Antwort war kein gültiges JSON, enthielt Werte vom falschen Typ oder es fehlten Pflichtfelder. Informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The back end&apos;s answer is too large.</source>
        <translation>Die Antwort des Backends ist zu groß.</translation>
    </message>
    <message>
        <source>The answer exceeded the size limit and was not read. Choose a shorter period or tell your administrator.</source>
        <translation>Die Antwort hat die Größengrenze überschritten und wurde nicht gelesen. Wählen Sie einen kürzeren Zeitraum oder informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The journey store cannot be read.</source>
        <translation>Der Historienspeicher kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The local store is missing, damaged or not readable. Import the data again or start with --demo.</source>
        <translation>Der lokale Speicher fehlt, ist beschädigt oder nicht lesbar. Importieren Sie die Daten erneut oder starten Sie mit --demo.</translation>
    </message>
    <message>
        <source>The connection is not set up completely.</source>
        <translation>Die Verbindung ist nicht vollständig eingerichtet.</translation>
    </message>
    <message>
        <source>A setting is missing or unusable, for example the base URL. Open Settings to complete it.</source>
        <translation>Eine Einstellung fehlt oder ist unbrauchbar, zum Beispiel die Basis-URL. Vervollständigen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>This customer changed at the back end while loading.</source>
        <translation>Dieser Kunde wurde während des Ladens im Backend geändert.</translation>
    </message>
    <message>
        <source>The customer was merged with another or removed between two requests. Look them up again.</source>
        <translation>Der Kunde wurde zwischen zwei Abfragen mit einem anderen zusammengeführt oder entfernt. Suchen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The journey could not be loaded.</source>
        <translation>Die Kundenhistorie konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>No API key, token or client secret is stored for this back end. Enter it in Settings.</source>
        <translation>Für dieses Backend ist kein API-Schlüssel, Token oder Client-Geheimnis gespeichert. Geben Sie es in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>No API key, token or client secret is configured. This computer has no keyring: set the environment variable JOURNEY_WIDGET_SECRET.</source>
        <translation>Kein API-Schlüssel, Token oder Client-Geheimnis eingerichtet. Dieser Computer hat keinen Schlüsselbund: Setzen Sie die Umgebungsvariable JOURNEY_WIDGET_SECRET.</translation>
    </message>
    <message>
        <source>No secret is configured.</source>
        <translation>Kein Geheimnis eingerichtet.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so secrets cannot be saved. Set the environment variable JOURNEY_WIDGET_SECRET before starting the widget, or test with the secret typed here.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher können Geheimnisse nicht gespeichert werden. Setzen Sie vor dem Start die Umgebungsvariable JOURNEY_WIDGET_SECRET oder testen Sie mit dem hier eingegebenen Geheimnis.</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Try the last action again</source>
        <translation>Letzte Aktion erneut ausführen</translation>
    </message>
</context>
<context>
    <name>SuggestionPopup</name>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter opens the customer, Escape closes</source>
        <translation>Pfeil hoch und runter wählen, Eingabe öffnet den Kunden, Escape schließt</translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 von %2 Sternen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No survey answers for this conversation.</source>
        <translation>Keine Umfrageantworten zu dieser Gesprächssitzung.</translation>
    </message>
</context>
<context>
    <name>TaskResultLegendDialog</name>
    <message>
        <source>Task result legend</source>
        <translation>Legende der Aufgabenergebnisse</translation>
    </message>
    <message>
        <source>Task results and what they mean</source>
        <translation>Aufgabenergebnisse und ihre Bedeutung</translation>
    </message>
</context>
<context>
    <name>TaskResultPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How it ended:</source>
        <translation>Abschluss:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalität:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Task result &amp;legend…</source>
        <translation>&amp;Legende der Aufgabenergebnisse…</translation>
    </message>
    <message>
        <source>Task result legend</source>
        <translation>Legende der Aufgabenergebnisse</translation>
    </message>
    <message>
        <source>Every task result and what it means</source>
        <translation>Alle Aufgabenergebnisse und ihre Bedeutung</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Not measured for this conversation</source>
        <translation>Für diese Gesprächssitzung nicht gemessen</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Back to the ticket list (Esc)</source>
        <translation>Zurück zur Ticketliste (Esc)</translation>
    </message>
    <message>
        <source>Back to the ticket list</source>
        <translation>Zurück zur Ticketliste</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Gesprächssitzung</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation>Ticketdetails</translation>
    </message>
    <message>
        <source>Pick a ticket to see its details.</source>
        <translation>Ticket auswählen, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>%1 · %2 · updated %3</source>
        <translation>%1 · %2 · aktualisiert %3</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Gesprächssitzung</translation>
    </message>
    <message>
        <source>Ticket scope</source>
        <translation>Ticket-Umfang</translation>
    </message>
    <message>
        <source>Customer: every ticket of this customer. Session: only tickets raised in the selected interaction.</source>
        <translation>Kunde: alle Tickets dieses Kunden. Gesprächssitzung: nur Tickets aus der ausgewählten Interaktion.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Enter opens a ticket&apos;s details; the column headers sort</source>
        <translation>Eingabe öffnet die Ticketdetails; die Spaltenköpfe sortieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <translation>
            <numerusform>%1 von %Ln</numerusform>
            <numerusform>%1 von %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no tickets.</source>
        <translation>Dieser Kunde hat keine Tickets.</translation>
    </message>
    <message>
        <source>Select an interaction in the journey to see its tickets.</source>
        <translation>Eine Interaktion in der Journey auswählen, um ihre Tickets zu sehen.</translation>
    </message>
    <message>
        <source>Tickets raised in the selected interaction.</source>
        <translation>Tickets aus der ausgewählten Interaktion.</translation>
    </message>
    <message>
        <source>No tickets were raised in this session.</source>
        <translation>In dieser Gesprächssitzung wurden keine Tickets erstellt.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Scroll through time</source>
        <translation>Durch die Zeit blättern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more here; click to zoom in</source>
        <translation>
            <numerusform>Hier %Ln weitere Interaktion – klicken Sie zum Vergrößern</numerusform>
            <numerusform>Hier %Ln weitere Interaktionen – klicken Sie zum Vergrößern</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and Right move between interactions, Enter opens one, Home and End go to the oldest and the newest, + and - zoom.</source>
        <translation>Pfeil links und rechts wechseln zwischen Interaktionen, Eingabe öffnet eine, Pos1 und Ende springen zur ältesten und neuesten, + und - zoomen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Show the newest interactions</source>
        <translation>Neueste Interaktionen anzeigen</translation>
    </message>
</context>
<context>
    <name>UrlOpenFilter</name>
    <message>
        <source>This link cannot be opened.</source>
        <translation>Dieser Link kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Interactions along a time axis, newest at the right</source>
        <translation>Interaktionen auf einer Zeitachse, die neueste rechts</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Interactions as a sortable table</source>
        <translation>Interaktionen als sortierbare Tabelle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>One column per day</source>
        <translation>Eine Spalte pro Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>One column per week</source>
        <translation>Eine Spalte pro Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>One column per month</source>
        <translation>Eine Spalte pro Monat</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomstufe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln Interaktion</numerusform>
            <numerusform>%Ln Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln shown</source>
        <translation>
            <numerusform>%1 von %Ln angezeigt</numerusform>
            <numerusform>%1 von %Ln angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowPlacement</name>
    <message>
        <source>Always on &amp;top</source>
        <translation>Immer im &amp;Vordergrund</translation>
    </message>
    <message>
        <source>Keep this window above the softphone and other windows</source>
        <translation>Dieses Fenster vor dem Softphone und allen anderen Fenstern halten</translation>
    </message>
    <message>
        <source>S&amp;nap to the left edge</source>
        <translation>Am &amp;linken Rand andocken</translation>
    </message>
    <message>
        <source>Snap to the ri&amp;ght edge</source>
        <translation>Am &amp;rechten Rand andocken</translation>
    </message>
    <message>
        <source>St&amp;art at login</source>
        <translation>Bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Full screen height at the left edge, same width</source>
        <translation>Volle Bildschirmhöhe am linken Rand, Breite bleibt</translation>
    </message>
    <message>
        <source>Full screen height at the right edge, same width</source>
        <translation>Volle Bildschirmhöhe am rechten Rand, Breite bleibt</translation>
    </message>
    <message>
        <source>Open the widget when you log in</source>
        <translation>Die Customer Journey öffnet sich, sobald Sie sich anmelden</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Could not open the journey store.</source>
        <translation>Die Journey-Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Demodaten werden vorbereitet…</translation>
    </message>
    <message>
        <source>The first start takes a few seconds.</source>
        <translation>Der erste Start dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>Could not prepare the demo data.</source>
        <translation>Die Demodaten konnten nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>No journey store found.</source>
        <translation>Keine Journey-Datenbank gefunden.</translation>
    </message>
    <message>
        <source>There is no journey store at %1. Load one with “journey-widget import FILE”, or start with --demo.</source>
        <translation>Unter %1 gibt es keine Journey-Datenbank. Laden Sie eine mit „journey-widget import FILE“ oder starten Sie mit --demo.</translation>
    </message>
    <message>
        <source>The call&apos;s details are not valid JSON.</source>
        <translation>Die Anrufdaten sind kein gültiges JSON.</translation>
    </message>
    <message>
        <source>This call cannot be shown.</source>
        <translation>Dieser Anruf kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>No history for %1.</source>
        <translation>Keine Historie für %1.</translation>
    </message>
    <message>
        <source>%1 customers match; pass a number, address or id.</source>
        <translation>%1 passende Kunden; geben Sie eine Nummer, Adresse oder ID an.</translation>
    </message>
    <message>
        <source>The window was closed before it was ready.</source>
        <translation>Das Fenster wurde geschlossen, bevor es bereit war.</translation>
    </message>
    <message>
        <source>The journey did not load within %1 seconds.</source>
        <translation>Die Customer Journey wurde nicht innerhalb von %1 Sekunden geladen.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Voice</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Webchat</translation>
    </message>
    <message>
        <source>Web messaging</source>
        <translation>Web-Messaging</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Facebook Messenger</source>
        <translation>Facebook Messenger</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Web event</source>
        <translation>Web-Ereignis</translation>
    </message>
    <message>
        <source>Content offer</source>
        <translation>Inhaltsangebot</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Anderer Kanal</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Manual outbound</source>
        <translation>Manuell ausgehend</translation>
    </message>
    <message>
        <source>Call as a service</source>
        <translation>Call as a Service</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Agentless</source>
        <translation>Ohne Agent</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Hangup before Accept</source>
        <translation>Aufgelegt vor Annahme</translation>
    </message>
    <message>
        <source>Hangup in IVR</source>
        <translation>Aufgelegt im IVR</translation>
    </message>
    <message>
        <source>Hangup in Queue</source>
        <translation>Aufgelegt in der Warteschlange</translation>
    </message>
    <message>
        <source>Hangup in IVR after Queue</source>
        <translation>Aufgelegt im IVR nach der Warteschlange</translation>
    </message>
    <message>
        <source>Hangup by Workflow</source>
        <translation>Vom Workflow beendet</translation>
    </message>
    <message>
        <source>Accepted by User</source>
        <translation>Vom Agenten angenommen</translation>
    </message>
    <message>
        <source>Transferred by Workflow</source>
        <translation>Vom Workflow weitergeleitet</translation>
    </message>
    <message>
        <source>Transferred by User</source>
        <translation>Vom Agenten weitergeleitet</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Weiterleitung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Destination accepted</source>
        <translation>Vom Ziel angenommen</translation>
    </message>
    <message>
        <source>Destination declined</source>
        <translation>Vom Ziel abgelehnt</translation>
    </message>
    <message>
        <source>Destination not reached</source>
        <translation>Ziel nicht erreicht</translation>
    </message>
    <message>
        <source>User aborted</source>
        <translation>Vom Agenten abgebrochen</translation>
    </message>
    <message>
        <source>Lost in Queue</source>
        <translation>In der Warteschlange verloren</translation>
    </message>
    <message>
        <source>Cancelled by external system</source>
        <translation>Von externem System abgebrochen</translation>
    </message>
    <message>
        <source>Marked as handled by User</source>
        <translation>Vom Agenten als erledigt markiert</translation>
    </message>
    <message>
        <source>Marked as handled by Workflow</source>
        <translation>Vom Workflow als erledigt markiert</translation>
    </message>
    <message>
        <source>Standby Duty Accepted</source>
        <translation>Vom Bereitschaftsdienst angenommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>IVR</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Innerhalb des SLA</translation>
    </message>
    <message>
        <source>Outside SLA</source>
        <translation>Außerhalb des SLA</translation>
    </message>
    <message>
        <source>The workflow recorded the conversation as a voice message.</source>
        <translation>Der Workflow hat die Gesprächssitzung als Sprachnachricht aufgezeichnet.</translation>
    </message>
    <message>
        <source>The customer hung up before the call could be answered.</source>
        <translation>Der Anrufer hat aufgelegt, bevor der Anruf angenommen werden konnte.</translation>
    </message>
    <message>
        <source>The customer hung up during announcements or IVR prompts, before the call entered the queue.</source>
        <translation>Der Anrufer hat während der Ansagen oder IVR-Abfragen aufgelegt, bevor der Anruf in die Warteschlange kam.</translation>
    </message>
    <message>
        <source>The customer hung up while the task was queued.</source>
        <translation>Der Anrufer hat aufgelegt, während die Aufgabe in der Warteschlange war.</translation>
    </message>
    <message>
        <source>The session left the queue, then the customer hung up during the announcements that followed.</source>
        <translation>Die Gesprächssitzung hat die Warteschlange verlassen; danach hat der Anrufer während der folgenden Ansagen aufgelegt.</translation>
    </message>
    <message>
        <source>The workflow disconnected the session.</source>
        <translation>Der Workflow hat die Gesprächssitzung getrennt.</translation>
    </message>
    <message>
        <source>A user answered the call.</source>
        <translation>Ein Agent hat den Anruf angenommen.</translation>
    </message>
    <message>
        <source>The workflow executed the transfer.</source>
        <translation>Der Workflow hat die Weiterleitung ausgeführt.</translation>
    </message>
    <message>
        <source>A user executed the transfer.</source>
        <translation>Ein Agent hat die Weiterleitung ausgeführt.</translation>
    </message>
    <message>
        <source>The workflow or a user tried to transfer the call, but it did not succeed.</source>
        <translation>Der Workflow oder ein Agent hat versucht, den Anruf weiterzuleiten, aber es ist nicht gelungen.</translation>
    </message>
    <message>
        <source>Outbound task or call on behalf: the callee accepted the call.</source>
        <translation>Ausgehende Aufgabe oder Anruf im Auftrag: Der Angerufene hat den Anruf angenommen.</translation>
    </message>
    <message>
        <source>Outbound task or call on behalf: the callee declined the call.</source>
        <translation>Ausgehende Aufgabe oder Anruf im Auftrag: Der Angerufene hat den Anruf abgelehnt.</translation>
    </message>
    <message>
        <source>Outbound task or call on behalf: the callee did not pick up in time.</source>
        <translation>Ausgehende Aufgabe oder Anruf im Auftrag: Der Angerufene hat nicht rechtzeitig abgenommen.</translation>
    </message>
    <message>
        <source>Outbound task or call on behalf: a user aborted the dial-out.</source>
        <translation>Ausgehende Aufgabe oder Anruf im Auftrag: Ein Agent hat das Wählen abgebrochen.</translation>
    </message>
    <message>
        <source>Outbound task only: the maximum queue time was reached.</source>
        <translation>Nur ausgehende Aufgaben: Die maximale Wartezeit in der Warteschlange wurde erreicht.</translation>
    </message>
    <message>
        <source>External task only: the task was cancelled through a dashboard widget or an automation.</source>
        <translation>Nur externe Aufgaben: Die Aufgabe wurde über ein Dashboard-Widget oder eine Automatisierung abgebrochen.</translation>
    </message>
    <message>
        <source>E-mail only: a user marked the task as handled.</source>
        <translation>Nur E-Mail: Ein Agent hat die Aufgabe als erledigt markiert.</translation>
    </message>
    <message>
        <source>E-mail only: the workflow marked the task as handled.</source>
        <translation>Nur E-Mail: Der Workflow hat die Aufgabe als erledigt markiert.</translation>
    </message>
    <message>
        <source>A number from the standby duty list accepted the call.</source>
        <translation>Eine Nummer aus der Bereitschaftsliste hat den Anruf angenommen.</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>OMS</source>
        <translation>OMS</translation>
    </message>
    <message>
        <source>MyDX</source>
        <translation>MyDX</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1 (other channel)</source>
        <translation>%1 (anderer Kanal)</translation>
    </message>
</context>
</TS>
