<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <source>Only these %n senders</source>
        <translation>
            <numerusform>Only this %n sender</numerusform>
            <numerusform>Only these %n senders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %n order(s)</source>
        <translation>
            <numerusform>Import %n order</numerusform>
            <numerusform>Import %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message numerus="yes">
        <source>%n attempt(s) so far</source>
        <translation>
            <numerusform>%n attempt so far</numerusform>
            <numerusform>%n attempts so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n past the target</source>
        <translation>
            <numerusform>%n past the target</numerusform>
            <numerusform>%n past the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n customer(s) waiting past your reply target</source>
        <translation>
            <numerusform>%n customer waiting past your reply target</numerusform>
            <numerusform>%n customers waiting past your reply target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer message(s)</source>
        <translation>
            <numerusform>%n new customer message</numerusform>
            <numerusform>%n new customer messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the target</source>
        <translation>
            <numerusform>%n past the target</numerusform>
            <numerusform>%n past the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveMailboxDialog</name>
    <message numerus="yes">
        <source>%n message(s) in the outbox have not been sent from this mailbox yet: removing it deletes them. To keep them, cancel and send them first from &quot;Reply on its way&quot;, or copy what you wrote.</source>
        <translation>
            <numerusform>%n message in the outbox has not been sent from this mailbox yet: removing it deletes it. To keep it, cancel and send it first from &quot;Reply on its way&quot;, or copy what you wrote.</numerusform>
            <numerusform>%n messages in the outbox have not been sent from this mailbox yet: removing it deletes them. To keep them, cancel and send them first from &quot;Reply on its way&quot;, or copy what you wrote.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipmentsModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>%n earlier conversation(s)</source>
        <translation>
            <numerusform>%n earlier conversation</numerusform>
            <numerusform>%n earlier conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n message not sent</numerusform>
            <numerusform>%n messages not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)</source>
        <translation>
            <numerusform>Sending %n message</numerusform>
            <numerusform>Sending %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from today will count; %1 older ones are kept as history.</source>
        <translation>
            <numerusform>%n message from today will count; %1 older ones are kept as history.</numerusform>
            <numerusform>%n messages from today will count; %1 older ones are kept as history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the last %1 days will count; %2 older ones are kept as history.</source>
        <translation>
            <numerusform>%n message in the last %1 days will count; %2 older ones are kept as history.</numerusform>
            <numerusform>%n messages in the last %1 days will count; %2 older ones are kept as history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the last 24 hours will count; %1 older ones are kept as history.</source>
        <translation>
            <numerusform>%n message in the last 24 hours will count; %1 older ones are kept as history.</numerusform>
            <numerusform>%n messages in the last 24 hours will count; %1 older ones are kept as history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) since %1 will count; %2 older ones are kept as history.</source>
        <translation>
            <numerusform>%n message since %1 will count; %2 older ones are kept as history.</numerusform>
            <numerusform>%n messages since %1 will count; %2 older ones are kept as history.</numerusform>
        </translation>
    </message>
</context>
</TS>
