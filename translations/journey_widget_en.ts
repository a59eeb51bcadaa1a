<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CustomerHeader</name>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerOperationsView</name>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message numerus="yes">
        <source>%n matches: Down to choose, Enter to open.</source>
        <translation>
            <numerusform>%n match: Down to choose, Enter to open.</numerusform>
            <numerusform>%n matches: Down to choose, Enter to open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message numerus="yes">
        <source>No interactions in the last %n months</source>
        <translation>
            <numerusform>No interactions in the last month</numerusform>
            <numerusform>No interactions in the last %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message numerus="yes">
        <source>%Ln conversations. Select several to compare them at one scale.</source>
        <translation>
            <numerusform>%Ln conversation. Select several to compare them at one scale.</numerusform>
            <numerusform>%Ln conversations. Select several to compare them at one scale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceBanner</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <translation>
            <numerusform>%1 of %Ln</numerusform>
            <numerusform>%1 of %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more here; click to zoom in</source>
        <translation>
            <numerusform>%Ln more here; click to zoom in</numerusform>
            <numerusform>%Ln more here; click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln shown</source>
        <translation>
            <numerusform>%1 of %Ln shown</numerusform>
            <numerusform>%1 of %Ln shown</numerusform>
        </translation>
    </message>
</context>
</TS>
