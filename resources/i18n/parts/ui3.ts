<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Mitarbeiterkonto anlegen</translation>
    </message>
    <message>
        <source>first name, or as the till should show it</source>
        <translation>Vorname, oder wie die Kasse ihn zeigen soll</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>AdjustStockDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <source>Counted, like 12; or a change, like +5 or -3</source>
        <translation>Gezählt, z. B. 12; oder Änderung, z. B. +5 oder -3</translation>
    </message>
    <message>
        <source>Why: shelf count, breakage, theft…</source>
        <translation>Grund: Inventur, Bruch, Diebstahl…</translation>
    </message>
    <message>
        <source>&amp;Count or change</source>
        <translation>&amp;Zählung oder Änderung</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
</context>
<context>
    <name>CashMovementPage</name>
    <message>
        <source>Record  (Enter)</source>
        <translation>Buchen  (Enter)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Esc: back</source>
        <translation>Esc: zurück</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid in&lt;/b&gt;: cash put into the drawer that is not a sale.</source>
        <translation>&lt;b&gt;Einlage&lt;/b&gt;: Bargeld in die Kasse, das kein Verkauf ist.</translation>
    </message>
    <message>
        <source>Why? e.g. more change from the bank</source>
        <translation>Warum? z. B. Wechselgeld von der Bank</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid out&lt;/b&gt;: cash taken from the drawer that is not a refund.</source>
        <translation>&lt;b&gt;Entnahme&lt;/b&gt;: Bargeld aus der Kasse, das keine Erstattung ist.</translation>
    </message>
    <message>
        <source>Why? e.g. window cleaner</source>
        <translation>Warum? z. B. Fensterputzer</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>&lt;b&gt;Value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Count&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anzahl&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amount&lt;/b&gt;</source>
        <translation>&lt;b&gt;Betrag&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Count the drawer: type how many of each. Enter/Down: next, Up: previous.</source>
        <translation>Kasse zählen: Anzahl je Wert eingeben. Enter/Ab: weiter, Auf: zurück.</translation>
    </message>
    <message>
        <source>F12: close the shift with this count (final)    Esc: back</source>
        <translation>F12: Schicht mit dieser Zählung abschließen (endgültig)    Esc: zurück</translation>
    </message>
    <message>
        <source>The drawer is {amount} over.</source>
        <translation>In der Kasse sind {amount} zu viel.</translation>
    </message>
    <message>
        <source>The drawer is {amount} short.</source>
        <translation>In der Kasse fehlen {amount}.</translation>
    </message>
    <message>
        <source>The count matches the expected cash.</source>
        <translation>Die Zählung stimmt mit dem Soll-Bargeld überein.</translation>
    </message>
</context>
<context>
    <name>DeliveryLinesModel</name>
    <message>
        <source>{item}: the quantity is 1 already. Delete removes the line.</source>
        <translation>{item}: Die Menge ist bereits 1. Entf löscht die Position.</translation>
    </message>
    <message>
        <source>{item}: a quantity cannot be more than {maximum}.</source>
        <translation>{item}: Die Menge darf höchstens {maximum} sein.</translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translation>{item}: {problem}</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
</context>
<context>
    <name>OpenShiftPage</name>
    <message>
        <source>Who is on the till?</source>
        <translation>Wer kassiert?</translation>
    </message>
    <message>
        <source>Cash in the drawer now, e.g. 100.00</source>
        <translation>Bargeld jetzt in der Kasse, z. B. 100.00</translation>
    </message>
    <message>
        <source>Open shift  (Enter)</source>
        <translation>Schicht öffnen  (Enter)</translation>
    </message>
    <message>
        <source>Past shifts  (F6)</source>
        <translation>Frühere Schichten  (F6)</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>No shift is open. Count the float into the drawer and open a shift.</source>
        <translation>Keine Schicht geöffnet. Wechselgeld in die Kasse zählen und eine Schicht öffnen.</translation>
    </message>
</context>
<context>
    <name>PastShiftsPage</name>
    <message>
        <source>Up/Down to choose, Enter to show its report, Esc: back</source>
        <translation>Auf/Ab wählen, Enter zeigt den Bericht, Esc: zurück</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>Shift {shift}   {cashier}   {opened} to {until}</source>
        <translation>Schicht {shift}   {cashier}   {opened} bis {until}</translation>
    </message>
</context>
<context>
    <name>ReorderPointDialog</name>
    <message>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Blank: not tracked</source>
        <translation>Leer: nicht überwacht</translation>
    </message>
    <message>
        <source>Reorder &amp;point</source>
        <translation>&amp;Meldebestand</translation>
    </message>
    <message>
        <source>Stock at or below this shows under “Low stock only”.</source>
        <translation>Bestand bis zu diesem Wert erscheint unter „Nur knapper Bestand“.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Print…  (Ctrl+P)</source>
        <translation>Drucken…  (Strg+P)</translation>
    </message>
    <message>
        <source>Save as PDF…  (Ctrl+S)</source>
        <translation>Als PDF speichern…  (Strg+S)</translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation>Zurück  (Esc)</translation>
    </message>
    <message>
        <source>{back}  (Esc)</source>
        <translation>{back}  (Esc)</translation>
    </message>
    <message>
        <source>Print {report}</source>
        <translation>{report} drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change {name}&apos;s role</source>
        <translation>Rolle von {name} ändern</translation>
    </message>
    <message>
        <source>{name}&apos;s role: {role}.</source>
        <translation>Rolle von {name}: {role}.</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>Neue &amp;Rolle:</translation>
    </message>
    <message>
        <source>The password stays as it is.</source>
        <translation>Das Passwort bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Cashiers log in with a PIN: give the new PIN (the password goes).</source>
        <translation>Kassierer melden sich mit PIN an: neue PIN eingeben (das Passwort entfällt).</translation>
    </message>
    <message>
        <source>Managers and owners log in with a password: give it (the PIN goes).</source>
        <translation>Manager und Inhaber melden sich mit Passwort an: Passwort eingeben (die PIN entfällt).</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>{title}:</source>
        <translation>{title}:</translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <source>Scan a barcode, or type a name or SKU and press Enter</source>
        <translation>Barcode scannen oder Name bzw. Artikelnummer eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Customer: walk-in  (F4)</source>
        <translation>Kunde: Laufkunde  (F4)</translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation>Bezahlen  (F12)</translation>
    </message>
    <message>
        <source>Void sale  (Ctrl+Del)</source>
        <translation>Stornieren  (Strg+Entf)</translation>
    </message>
    <message>
        <source>Return  (F9)</source>
        <translation>Rückgabe  (F9)</translation>
    </message>
    <message>
        <source>Remove line  (Del)</source>
        <translation>Position löschen  (Entf)</translation>
    </message>
    <message>
        <source>Park  (F8)</source>
        <translation>Parken  (F8)</translation>
    </message>
    <message>
        <source>Parked sales  (F7)</source>
        <translation>Geparkte Bons  (F7)</translation>
    </message>
    <message>
        <source>Shift  (F10)</source>
        <translation>Schicht  (F10)</translation>
    </message>
    <message>
        <source>Discount  (F5)</source>
        <translation>Rabatt  (F5)</translation>
    </message>
    <message>
        <source>Price  (F6)</source>
        <translation>Preis  (F6)</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>Nothing to pay: scan an item first.</source>
        <translation>Nichts zu bezahlen: zuerst einen Artikel scannen.</translation>
    </message>
    <message>
        <source>Nothing to park: scan an item first.</source>
        <translation>Nichts zu parken: zuerst einen Artikel scannen.</translation>
    </message>
    <message>
        <source>Sale parked as “{label}”. Resume it with F7.</source>
        <translation>Bon geparkt als „{label}“. Mit F7 fortsetzen.</translation>
    </message>
    <message>
        <source>Parked sale resumed.</source>
        <translation>Geparkter Bon fortgesetzt.</translation>
    </message>
    <message>
        <source>Nothing to discount: scan an item first.</source>
        <translation>Nichts zu rabattieren: zuerst einen Artikel scannen.</translation>
    </message>
    <message>
        <source>Select a line to change its price (Up / Down), then press F6.</source>
        <translation>Position wählen, deren Preis sich ändern soll (Auf / Ab), dann F6 drücken.</translation>
    </message>
    <message>
        <source>Parked sales ({count})  (F7)</source>
        <translation>Geparkte Bons ({count})  (F7)</translation>
    </message>
    <message>
        <source>Nothing to void: the sale is empty.</source>
        <translation>Nichts zu stornieren: der Bon ist leer.</translation>
    </message>
    <message>
        <source>Sale voided.</source>
        <translation>Bon storniert.</translation>
    </message>
    <message>
        <source>Removed {name}</source>
        <translation>{name} entfernt</translation>
    </message>
    <message>
        <source>Sale discount: {discount}</source>
        <translation>Bonrabatt: {discount}</translation>
    </message>
    <message>
        <source>Customer: {name}  (F4)</source>
        <translation>Kunde: {name}  (F4)</translation>
    </message>
    <message>
        <source>Receipt {receipt} paid {total}
Tendered {tendered} — change {change}</source>
        <translation>Beleg {receipt} bezahlt {total}
Gegeben {tendered} — Rückgeld {change}</translation>
    </message>
    <message>
        <source>Sale complete. Change due: {change}</source>
        <translation>Verkauf abgeschlossen. Rückgeld: {change}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>No shift has been opened on this till yet.</source>
        <translation>An dieser Kasse wurde noch keine Schicht geöffnet.</translation>
    </message>
    <message>
        <source>Shift {shift} opened for {cashier} with a float of {float}.</source>
        <translation>Schicht {shift} für {cashier} geöffnet, Wechselgeld {float}.</translation>
    </message>
    <message>
        <source>Shift {shift} closed: counted {counted}, expected {expected}, variance {variance}. Press F10 to open the next shift.</source>
        <translation>Schicht {shift} abgeschlossen: gezählt {counted}, Soll {expected}, Differenz {variance}. F10 öffnet die nächste Schicht.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The shift is closed. Print the Z report (Ctrl+P) or save it (Ctrl+S).</source>
        <translation>Die Schicht ist abgeschlossen. Z-Bericht drucken (Strg+P) oder speichern (Strg+S).</translation>
    </message>
</context>
<context>
    <name>ShiftMenuPage</name>
    <message>
        <source>Paid in  (F2)</source>
        <translation>Einlage  (F2)</translation>
    </message>
    <message>
        <source>Paid out  (F3)</source>
        <translation>Entnahme  (F3)</translation>
    </message>
    <message>
        <source>X report  (F4)</source>
        <translation>X-Bericht  (F4)</translation>
    </message>
    <message>
        <source>Close shift: count, Z report  (F5)</source>
        <translation>Schicht abschließen: zählen, Z-Bericht  (F5)</translation>
    </message>
    <message>
        <source>Past shifts  (F6)</source>
        <translation>Frühere Schichten  (F6)</translation>
    </message>
    <message>
        <source>Esc: back to the sale</source>
        <translation>Esc: zurück zum Verkauf</translation>
    </message>
    <message>
        <source>Shift {shift}: {cashier}, open since {opened}, float {float}</source>
        <translation>Schicht {shift}: {cashier}, offen seit {opened}, Wechselgeld {float}</translation>
    </message>
</context>
<context>
    <name>ShiftReportText</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>{kind} report, shift {shift} (closed)</source>
        <translation>{kind}-Bericht, Schicht {shift} (abgeschlossen)</translation>
    </message>
    <message>
        <source>{kind} report, shift {shift} (open, not final)</source>
        <translation>{kind}-Bericht, Schicht {shift} (offen, vorläufig)</translation>
    </message>
    <message>
        <source>Register {register}</source>
        <translation>Kasse     {register}</translation>
    </message>
    <message>
        <source>Cashier  {cashier}</source>
        <translation>Kassierer {cashier}</translation>
    </message>
    <message>
        <source>Opened   {time}</source>
        <translation>Beginn    {time}</translation>
    </message>
    <message>
        <source>Closed   {time}</source>
        <translation>Ende      {time}</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>Verkäufe ({count})</translation>
    </message>
    <message>
        <source>Refunds ({count})</source>
        <translation>Erstattungen ({count})</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Discounts given (in sales)</source>
        <translation>Gewährte Rabatte (im Umsatz)</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Bargeldrundung</translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation>Verkäufe nach Zahlungsart</translation>
    </message>
    <message>
        <source>Refunds by tender</source>
        <translation>Erstattungen nach Zahlungsart</translation>
    </message>
    <message>
        <source>Tax per rate (sales less refunds)</source>
        <translation>MwSt. je Satz (Verkäufe minus Erstattungen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{rate} net</source>
        <translation>{rate} netto</translation>
    </message>
    <message>
        <source>{rate} tax</source>
        <translation>{rate} MwSt.</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Anfangswechselgeld</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Barverkäufe</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Barerstattungen</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Einlagen</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Entnahmen</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Soll-Bargeld</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Paid in and out</source>
        <translation>Einlagen und Entnahmen</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>X report: a reading, the shift stays open.</source>
        <translation>X-Bericht: Ablesung, Schicht bleibt offen.</translation>
    </message>
    <message>
        <source>{tender} ({count})</source>
        <translation>{tender} ({count})</translation>
    </message>
</context>
<context>
    <name>ShiftReportView</name>
    <message>
        <source>Cannot write the PDF to {path}: {reason}</source>
        <translation>Das PDF kann nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ShiftStatus</name>
    <message>
        <source>No shift open: press F10 to open one</source>
        <translation>Keine Schicht geöffnet: F10 öffnet eine</translation>
    </message>
    <message>
        <source>Shift {shift}: {cashier}, since {opened} (float {float})</source>
        <translation>Schicht {shift}: {cashier}, seit {opened} (Wechselgeld {float})</translation>
    </message>
</context>
<context>
    <name>StaffAccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Logs in with</source>
        <translation>Anmeldung mit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Gesperrt bis {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Neu &amp;anlegen…</translation>
    </message>
    <message>
        <source>Change &amp;PIN / Reset password…</source>
        <translation>&amp;PIN ändern / Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reak&amp;tivieren</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Schließen  (Esc)</translation>
    </message>
    <message>
        <source>Give {name} a new PIN.</source>
        <translation>{name} eine neue PIN geben.</translation>
    </message>
    <message>
        <source>Give {name} a new password.</source>
        <translation>{name} ein neues Passwort geben.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} angelegt.</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>Neue PIN für {name}</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>{name} hat eine neue PIN.</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>Neues Passwort für {name}</translation>
    </message>
    <message>
        <source>{name} has a new password.</source>
        <translation>{name} hat ein neues Passwort.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} ist jetzt {role}.</translation>
    </message>
    <message>
        <source>{name} is deactivated and can no longer log in.</source>
        <translation>{name} ist deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>New PIN for {name}, who comes back</source>
        <translation>Neue PIN für {name} (kehrt zurück)</translation>
    </message>
    <message>
        <source>{name} can log in again, with the new PIN.</source>
        <translation>{name} kann sich wieder anmelden, mit der neuen PIN.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Zuerst jemanden in der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>StaffForms</name>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
</context>
<context>
    <name>StaffLauncher</name>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>&amp;Mitarbeiterkonten…</translation>
    </message>
    <message>
        <source>Only the owner manages staff accounts: log in as the owner.</source>
        <translation>Nur der Inhaber verwaltet Mitarbeiterkonten: als Inhaber anmelden.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>a cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>Inhaber</translation>
    </message>
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <source>pos_app cannot open the database</source>
        <translation>pos_app kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>A backup that passes its check is available. Restoring it keeps a copy of this file.</source>
        <translation>Eine geprüfte Sicherung ist vorhanden. Beim Wiederherstellen bleibt eine Kopie dieser Datei erhalten.</translation>
    </message>
    <message>
        <source>Restore the latest good backup ({backup})</source>
        <translation>Letzte gute Sicherung wiederherstellen ({backup})</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>StockDeliveryModel</name>
    <message>
        <source>A quantity is a whole number from 1 up (got {text}): it was not changed.</source>
        <translation>Eine Menge ist eine ganze Zahl ab 1 (eingegeben: {text}): nicht geändert.</translation>
    </message>
    <message>
        <source>A quantity must be at least 1: Delete removes the line.</source>
        <translation>Die Menge muss mindestens 1 sein: Entf löscht die Position.</translation>
    </message>
    <message>
        <source>A quantity cannot be more than {maximum}: it was not changed.</source>
        <translation>Die Menge darf höchstens {maximum} sein: nicht geändert.</translation>
    </message>
</context>
<context>
    <name>StockDialogs</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>On hand: {stock}    Reorder point: {point}</source>
        <translation>Bestand: {stock}    Meldebestand: {point}</translation>
    </message>
</context>
<context>
    <name>StockJournalModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Receipt / delivery</source>
        <translation>Beleg / Lieferung</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation>Beleg {receipt}</translation>
    </message>
    <message>
        <source>Refund {refund}</source>
        <translation>Erstattung {refund}</translation>
    </message>
    <message>
        <source>Delivery: {details}</source>
        <translation>Lieferung: {details}</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <source>Last movement</source>
        <translation>Letzte Bewegung</translation>
    </message>
    <message>
        <source>On hand, lowest first</source>
        <translation>Bestand, niedrigster zuerst</translation>
    </message>
    <message>
        <source>Shortfall, largest first</source>
        <translation>Fehlmenge, größte zuerst</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode</source>
        <translation>Suche nach Name, Artikelnummer oder Barcode</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>Nur &amp;knapper Bestand</translation>
    </message>
    <message>
        <source>&amp;Negative stock only</source>
        <translation>Nur &amp;negativer Bestand</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <source>Set reorder point…  (Ctrl+O)</source>
        <translation>Meldebestand setzen…  (Strg+O)</translation>
    </message>
    <message>
        <source>Adjust stock…  (Ctrl+J)</source>
        <translation>Bestand korrigieren…  (Strg+J)</translation>
    </message>
    <message>
        <source>Receive delivery…  (Ctrl+D)</source>
        <translation>Lieferung erfassen…  (Strg+D)</translation>
    </message>
    <message>
        <source>Select an item (Up / Down) to set its reorder point, then press Ctrl+O.</source>
        <translation>Artikel wählen (Auf / Ab), um den Meldebestand zu setzen, dann Strg+O drücken.</translation>
    </message>
    <message>
        <source>Select an item (Up / Down) to adjust its stock, then press Ctrl+J.</source>
        <translation>Artikel wählen (Auf / Ab), um den Bestand zu korrigieren, dann Strg+J drücken.</translation>
    </message>
    <message>
        <source>Reorder point of {item} cleared: not tracked.</source>
        <translation>Meldebestand von {item} gelöscht: nicht überwacht.</translation>
    </message>
    <message>
        <source>Reorder point of {item} set to {point}.</source>
        <translation>Meldebestand von {item} auf {point} gesetzt.</translation>
    </message>
    <message>
        <source>Stock of {item} is now {stock}.</source>
        <translation>Bestand von {item} ist jetzt {stock}.</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} Artikel</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 Stück</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} Stück</translation>
    </message>
    <message>
        <source>Delivery received: {items}, {units}.</source>
        <translation>Lieferung erfasst: {items}, {units}.</translation>
    </message>
    <message>
        <source>Movements of {item}</source>
        <translation>Bewegungen von {item}</translation>
    </message>
</context>
<context>
    <name>SystemReceiptPrinter</name>
    <message>
        <source>No system printer is set up on this computer: add one, or choose another output in Settings.</source>
        <translation>Auf diesem Computer ist kein Systemdrucker eingerichtet: einen hinzufügen oder in den Einstellungen eine andere Ausgabe wählen.</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Beleg {number}</translation>
    </message>
    <message>
        <source>Printer {printer}: {error}</source>
        <translation>Drucker {printer}: {error}</translation>
    </message>
    <message>
        <source>A system printer has no cash drawer: the drawer needs an ESC/POS printer.</source>
        <translation>Ein Systemdrucker hat keine Kassenlade: die Lade braucht einen ESC/POS-Drucker.</translation>
    </message>
</context>
<context>
    <name>TaxRatesDialog</name>
    <message>
        <source>No tax rates yet. Type a name and a percent (e.g. Standard and 20) and press Enter.</source>
        <translation>Noch keine Steuersätze. Name und Prozent eingeben (z. B. Normal und 19) und Enter drücken.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>e.g. Standard, Reduced, Zero</source>
        <translation>z. B. Normal, Ermäßigt, Null</translation>
    </message>
    <message>
        <source>e.g. 20 or 5.5</source>
        <translation>z. B. 19 oder 7</translation>
    </message>
    <message>
        <source>New  (Ctrl+N)</source>
        <translation>Neu  (Strg+N)</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Speichern  (Enter)</translation>
    </message>
    <message>
        <source>Delete  (Del)</source>
        <translation>Löschen  (Entf)</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Schließen  (Esc)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Prozent</translation>
    </message>
    <message>
        <source>Items refer to a rate by its percent; changing it moves the items along.</source>
        <translation>Artikel verweisen über den Prozentsatz auf einen Steuersatz; eine Änderung nimmt die Artikel mit.</translation>
    </message>
    <message>
        <source>{rate}   (1 item)</source>
        <translation>{rate}   (1 Artikel)</translation>
    </message>
    <message>
        <source>{rate}   ({count} items)</source>
        <translation>{rate}   ({count} Artikel)</translation>
    </message>
    <message>
        <source>Change {rate}:</source>
        <translation>{rate} ändern:</translation>
    </message>
    <message>
        <source>New rate:</source>
        <translation>Neuer Steuersatz:</translation>
    </message>
    <message>
        <source>Added {rate}.</source>
        <translation>{rate} hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved {rate}.</source>
        <translation>{rate} gespeichert.</translation>
    </message>
    <message>
        <source>Saved; 1 item moved to {rate}.</source>
        <translation>Gespeichert; 1 Artikel jetzt mit {rate}.</translation>
    </message>
    <message>
        <source>Saved; {count} items moved to {rate}.</source>
        <translation>Gespeichert; {count} Artikel jetzt mit {rate}.</translation>
    </message>
    <message>
        <source>Deleted {rate}.</source>
        <translation>{rate} gelöscht.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void sale</source>
        <translation>Bon stornieren</translation>
    </message>
    <message>
        <source>Void this sale of 1 item, {total}? Its lines are kept on record as void.</source>
        <translation>Diesen Bon mit 1 Artikel, {total}, stornieren? Die Positionen bleiben als storniert gespeichert.</translation>
    </message>
    <message>
        <source>Void this sale of {count} items, {total}? Its lines are kept on record as void.</source>
        <translation>Diesen Bon mit {count} Artikeln, {total}, stornieren? Die Positionen bleiben als storniert gespeichert.</translation>
    </message>
    <message>
        <source>Why? e.g. customer changed their mind</source>
        <translation>Warum? z. B. Kunde hat es sich anders überlegt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>_SecretPair</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>4 to 6 digits</source>
        <translation>4 bis 6 Ziffern</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>The two entries differ: type the same PIN twice.</source>
        <translation>Die beiden Eingaben weichen ab: zweimal dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <source>The two entries differ: type the same password twice.</source>
        <translation>Die beiden Eingaben weichen ab: zweimal dasselbe Passwort eingeben.</translation>
    </message>
</context>
</TS>
