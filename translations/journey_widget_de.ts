<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>%n interactions</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
</context>
<context>
    <name>DayCard</name>
    <message>
        <source>Transferred</source>
        <translation>Weitergeleitet</translation>
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
        <source>%n interactions</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
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
        <source>Started</source>
        <translation>Beginn</translation>
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
        <source>Phone number / address</source>
        <translation>Telefonnummer / Adresse</translation>
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
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Content offer</source>
        <translation>Inhaltsangebot</translation>
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
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
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
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
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
        <source>Quit</source>
        <translation>Beenden</translation>
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
        <source>Show the newest interactions</source>
        <translation>Neueste Interaktionen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n more here; click to zoom in</source>
        <translation>
            <numerusform>Hier %n weitere Interaktion – klicken Sie zum Vergrößern</numerusform>
            <numerusform>Hier %n weitere Interaktionen – klicken Sie zum Vergrößern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
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
        <source>%n interactions</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 von %n angezeigt</numerusform>
            <numerusform>%1 von %n angezeigt</numerusform>
        </translation>
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
</context>
</TS>
