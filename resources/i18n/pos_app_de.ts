<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>AlreadyRunningError</name>
    <message>
        <source>pos_app is already running on this database (pid {pid}): {database}. Close it first, or open another database with --db.</source>
        <translation>pos_app läuft bereits mit dieser Datenbank (PID {pid}): {database}. Schließen Sie es zuerst oder öffnen Sie mit --db eine andere Datenbank.</translation>
    </message>
    <message>
        <source>pos_app is already running on this database: {database}. Close it first, or open another database with --db.</source>
        <translation>pos_app läuft bereits mit dieser Datenbank: {database}. Schließen Sie es zuerst oder öffnen Sie mit --db eine andere Datenbank.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch Filialleitung</translation>
    </message>
    <message>
        <source>{why} A manager approves it here with their password.</source>
        <translation>{why} Eine Leitungsperson gibt es hier mit ihrem Passwort frei.</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>Name der Leitung</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>the trail ends here after {count:,} events, but the head records {recorded:,} events ending at row {last_row} with hash {hash}…: events were removed from the end or the head was altered</source>
        <translation>das Protokoll endet hier nach {count:,} Ereignissen, der Kopfeintrag verzeichnet aber {recorded:,} Ereignisse bis Zeile {last_row} mit Hash {hash}…: Ereignisse wurden am Ende entfernt oder der Kopfeintrag wurde verändert</translation>
    </message>
    <message>
        <source>its prev_hash does not link to the previous row&apos;s hash: a row before it was removed, inserted or reordered</source>
        <translation>ihr prev_hash passt nicht zum Hash der vorigen Zeile: eine Zeile davor wurde entfernt, eingefügt oder umsortiert</translation>
    </message>
    <message>
        <source>a field no longer holds a valid value: the row was edited</source>
        <translation>ein Feld enthält keinen gültigen Wert mehr: die Zeile wurde bearbeitet</translation>
    </message>
    <message>
        <source>its hash does not match its contents: the row was edited after it was written</source>
        <translation>ihr Hash passt nicht zum Inhalt: die Zeile wurde nach dem Schreiben bearbeitet</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>text in the details</source>
        <translation>Text in den Details</translation>
    </message>
    <message>
        <source>&amp;From / to:</source>
        <translation>&amp;Von / bis:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>&amp;Details contain:</source>
        <translation>&amp;Details enthalten:</translation>
    </message>
    <message>
        <source>Verify chain  ({key})</source>
        <translation>Kette prüfen  ({key})</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Schließen  (Esc)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>Das „Von“-Datum liegt nach dem „Bis“-Datum.</translation>
    </message>
    <message>
        <source>{count} event.</source>
        <translation>{count} Ereignis.</translation>
    </message>
    <message>
        <source>{count} events.</source>
        <translation>{count} Ereignisse.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: {error}</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} events, head {head}…</source>
        <translation>Prüfprotokoll unversehrt: {count} Ereignisse, Kopf {head}…</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at {where}</source>
        <translation>Prüfprotokoll BESCHÄDIGT bei {where}</translation>
    </message>
    <message>
        <source>Event {id}: {event}</source>
        <translation>Ereignis {id}: {event}</translation>
    </message>
    <message>
        <source>When: {local} (UTC {utc})</source>
        <translation>Wann: {local} (UTC {utc})</translation>
    </message>
    <message>
        <source>Who: {actor}</source>
        <translation>Wer: {actor}</translation>
    </message>
    <message>
        <source> (user {id})</source>
        <translation> (Benutzer {id})</translation>
    </message>
    <message>
        <source>Approved by: {approver}</source>
        <translation>Freigegeben von: {approver}</translation>
    </message>
    <message>
        <source>Register: {register}</source>
        <translation>Kasse: {register}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Gegenstand: {subject}</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Hash: {hash}</source>
        <translation>Hash: {hash}</translation>
    </message>
    <message>
        <source>{label}: “{typed}” is not a date; type it as YYYY-MM-DD.</source>
        <translation>{label}: „{typed}“ ist kein Datum; bitte als JJJJ-MM-TT eingeben.</translation>
    </message>
</context>
<context>
    <name>AuditLauncher</name>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{actor} (approved by {approver})</source>
        <translation>{actor} (freigegeben von {approver})</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>The {label} backup could not be made: {error}. Your sales are saved in the database; check the disk and make a backup with `pos-app backup` soon.</source>
        <translation>Die Sicherung ({label}) konnte nicht erstellt werden: {error}. Ihre Verkäufe sind in der Datenbank gespeichert; prüfen Sie den Datenträger und erstellen Sie bald eine Sicherung mit `pos-app backup`.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>shift-close</source>
        <translation>Schichtabschluss</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>could not back up {source}: there is no such file</source>
        <translation>{source} konnte nicht gesichert werden: Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>could not back up {source}: {reason}</source>
        <translation>{source} konnte nicht gesichert werden: {reason}</translation>
    </message>
    <message>
        <source>backup of {source} failed its integrity check: {problem}</source>
        <translation>Die Sicherung von {source} hat die Integritätsprüfung nicht bestanden: {problem}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No backup was made: {error}</source>
        <translation>Es wurde keine Sicherung erstellt: {error}</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Sicherung gespeichert: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>pos_app backups (*.sqlite3 *.db *.sqlite)</source>
        <translation>pos_app-Sicherungen (*.sqlite3 *.db *.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>{problem}. Nothing was restored.</source>
        <translation>{problem}. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s database by {name}?

The database as it is now is kept as a before-restore backup: anything done since this backup is in that copy, not in the restored shop. pos_app closes the shop and reopens it.</source>
        <translation>Die Datenbank des Geschäfts durch {name} ersetzen?

Die Datenbank in ihrem jetzigen Stand wird als Sicherung vor der Wiederherstellung aufbewahrt: Alles, was seit dieser Sicherung geschah, steht in dieser Kopie, nicht im wiederhergestellten Geschäft. pos_app schließt das Geschäft und öffnet es neu.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{source} is damaged or is not a database ({problem})</source>
        <translation>{source} ist beschädigt oder keine Datenbank ({problem})</translation>
    </message>
    <message>
        <source>{source} is not a pos_app database</source>
        <translation>{source} ist keine pos_app-Datenbank</translation>
    </message>
    <message>
        <source>{source} is not a pos_app database (it has no schema version)</source>
        <translation>{source} ist keine pos_app-Datenbank (sie hat keine Schemaversion)</translation>
    </message>
    <message>
        <source>{source} was written by a newer version of pos_app (schema {revision})</source>
        <translation>{source} wurde von einer neueren pos_app-Version geschrieben (Schema {revision})</translation>
    </message>
    <message>
        <source>{problem}. Nothing was restored.</source>
        <translation>{problem}. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>That is the database itself. Nothing was restored.</source>
        <translation>Das ist die Datenbank selbst. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not restore {source}: {reason}. The database was not replaced.</source>
        <translation>{source} konnte nicht wiederhergestellt werden: {reason}. Die Datenbank wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>Could not keep a copy of {database} before replacing it: {reason}. Nothing was restored.</source>
        <translation>Vor dem Ersetzen konnte keine Kopie von {database} angelegt werden: {reason}. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name or a folder</source>
        <translation>{target} existiert bereits; wählen Sie einen neuen Dateinamen oder einen Ordner</translation>
    </message>
    <message>
        <source>could not back up {database} to {target}: {reason}</source>
        <translation>{database} konnte nicht nach {target} gesichert werden: {reason}</translation>
    </message>
    <message>
        <source>backup of {database} failed its integrity check: {problem}</source>
        <translation>Die Sicherung von {database} hat die Integritätsprüfung nicht bestanden: {problem}</translation>
    </message>
</context>
<context>
    <name>BadRow</name>
    <message>
        <source>row {id} ({created_at}, {event}): {problem}</source>
        <translation>Zeile {id} ({created_at}, {event}): {problem}</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>was {price}</source>
        <translation>statt {price}</translation>
    </message>
    <message>
        <source>Catalog price {catalog}, charged {charged}: {reason}</source>
        <translation>Katalogpreis {catalog}, berechnet {charged}: {reason}</translation>
    </message>
</context>
<context>
    <name>Cash</name>
    <message>
        <source>A card payment of {amount} is more than the {due} still due; only cash may be overpaid</source>
        <translation>Eine Kartenzahlung von {amount} ist mehr als die noch offenen {due}; nur Bargeld darf überzahlt werden</translation>
    </message>
    <message>
        <source>A voucher payment of {amount} is more than the {due} still due; only cash may be overpaid</source>
        <translation>Eine Gutscheinzahlung von {amount} ist mehr als die noch offenen {due}; nur Bargeld darf überzahlt werden</translation>
    </message>
    <message>
        <source>{amount} is still due</source>
        <translation>Es sind noch {amount} offen</translation>
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
    <name>Catalog</name>
    <message>
        <source>The stock reason contains control characters.</source>
        <translation>Der Grund für die Bestandsänderung enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The stock reason is too long ({length} characters, at most {maximum}).</source>
        <translation>Der Grund für die Bestandsänderung ist zu lang ({length} Zeichen, höchstens {maximum}).</translation>
    </message>
</context>
<context>
    <name>CatalogController</name>
    <message>
        <source>That item no longer exists.</source>
        <translation>Diesen Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>SKU {sku} is already used by “{name}”.</source>
        <translation>Die Artikelnummer {sku} wird schon von „{name}“ verwendet.</translation>
    </message>
    <message>
        <source>Barcode {barcode} is already used by “{name}”.</source>
        <translation>Der Barcode {barcode} wird schon von „{name}“ verwendet.</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
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
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode</source>
        <translation>Suche nach Name, Art.-Nr. oder Barcode</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Inaktive zeigen</translation>
    </message>
    <message>
        <source>Add  (Ctrl+N)</source>
        <translation>Neu  (Strg+N)</translation>
    </message>
    <message>
        <source>Edit  (Enter)</source>
        <translation>Bearbeiten  (Enter)</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Tax rates…  (Ctrl+T)</source>
        <translation>Steuersätze…  (Strg+T)</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} Artikel</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} Artikel</translation>
    </message>
    <message>
        <source> matching “{text}”</source>
        <translation> passend zu „{text}“</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
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
    <name>CsvExport</name>
    <message>
        <source>The export could not be recorded in the audit trail ({reason}); the file was removed.</source>
        <translation>Der Export konnte nicht im Prüfprotokoll vermerkt werden ({reason}); die Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was exported.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}. Es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>CsvImportError</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>“{code}” is not an ISO 4217 currency code, like EUR, USD or GBP</source>
        <translation>„{code}“ ist kein ISO-4217-Währungscode wie EUR, USD oder GBP</translation>
    </message>
    <message>
        <source>{code} does not count in hundredths; pos_app keeps amounts to {digits} decimal places</source>
        <translation>{code} rechnet nicht in Hundertsteln; pos_app führt Beträge mit {digits} Nachkommastellen</translation>
    </message>
</context>
<context>
    <name>CurrencyPage</name>
    <message>
        <source>Currency and locale</source>
        <translation>Währung und Region</translation>
    </message>
    <message>
        <source>Prices, receipts and reports are in this currency. Type its code or pick it. The locale sets the language and how money and dates look.</source>
        <translation>Preise, Belege und Berichte sind in dieser Währung. Code eingeben oder auswählen. Die Region bestimmt die Sprache und wie Beträge und Daten aussehen.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Language and formats:</source>
        <translation>&amp;Sprache und Formate:</translation>
    </message>
    <message>
        <source>The language applies from the next start of pos_app.</source>
        <translation>Die Sprache gilt ab dem nächsten Start von pos_app.</translation>
    </message>
</context>
<context>
    <name>CustomerController</name>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{name} is on a sale in progress: finish or void that sale first.</source>
        <translation>{name} steht auf einem laufenden Verkauf: schließen oder stornieren Sie diesen Verkauf zuerst.</translation>
    </message>
    <message>
        <source>{name} has 1 sale in closed shifts, which can no longer change: the customer cannot be deleted. Edit their details instead.</source>
        <translation>{name} hat 1 Verkauf in abgeschlossenen Schichten, der nicht mehr geändert werden kann: der Kunde kann nicht gelöscht werden. Bearbeiten Sie stattdessen seine Angaben.</translation>
    </message>
    <message>
        <source>{name} has {count:,} sales in closed shifts, which can no longer change: the customer cannot be deleted. Edit their details instead.</source>
        <translation>{name} hat {count:,} Verkäufe in abgeschlossenen Schichten, die nicht mehr geändert werden können: der Kunde kann nicht gelöscht werden. Bearbeiten Sie stattdessen seine Angaben.</translation>
    </message>
    <message>
        <source>{email} is already the email of {other}.</source>
        <translation>{email} ist bereits die E-Mail-Adresse von {other}.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Add customer</source>
        <translation>Kunde anlegen</translation>
    </message>
    <message>
        <source>Edit customer — {name}</source>
        <translation>Kunde bearbeiten — {name}</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Customer for this sale</source>
        <translation>Kunde für diesen Verkauf</translation>
    </message>
    <message>
        <source>Type a name, email or phone</source>
        <translation>Name, E-Mail oder Telefon eingeben</translation>
    </message>
    <message>
        <source>Choose  (Enter)</source>
        <translation>Wählen  (Enter)</translation>
    </message>
    <message>
        <source>Walk-in (no customer)</source>
        <translation>Laufkunde (kein Kunde)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Abbrechen  (Esc)</translation>
    </message>
    <message>
        <source>No customer selected: type part of a name, or choose Walk-in.</source>
        <translation>Kein Kunde ausgewählt: Teil eines Namens eingeben oder Laufkunde wählen.</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Kein Kunde passt zu „{text}“.</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Delete {name}? They have no orders.</source>
        <translation>{name} löschen? Es gibt keine Bestellungen.</translation>
    </message>
    <message>
        <source>Delete {name}? Their 1 order and all its lines will be deleted too.</source>
        <translation>{name} löschen? Die eine Bestellung und alle ihre Positionen werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Delete {name}? Their {count} orders and all their lines will be deleted too.</source>
        <translation>{name} löschen? Die {count} Bestellungen und alle ihre Positionen werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation>Suche nach Name, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>Add  (Ctrl+N)</source>
        <translation>Neu  (Strg+N)</translation>
    </message>
    <message>
        <source>Edit  (Enter)</source>
        <translation>Bearbeiten  (Enter)</translation>
    </message>
    <message>
        <source>Delete  (Del)</source>
        <translation>Löschen  (Entf)</translation>
    </message>
    <message>
        <source>Deleted {name} and 1 order.</source>
        <translation>{name} und 1 Bestellung gelöscht.</translation>
    </message>
    <message>
        <source>Deleted {name} and {count} orders.</source>
        <translation>{name} und {count} Bestellungen gelöscht.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>{count} customer</source>
        <translation>{count} Kunde</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} Kunden</translation>
    </message>
    <message>
        <source>Orders of {name}</source>
        <translation>Bestellungen von {name}</translation>
    </message>
</context>
<context>
    <name>Deliveries</name>
    <message>
        <source>The {what} contains control characters.</source>
        <translation>Das Feld „{what}“ enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Type the {what}.</source>
        <translation>Bitte „{what}“ eingeben.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters, at most {maximum}).</source>
        <translation>Das Feld „{what}“ ist zu lang ({length} Zeichen, höchstens {maximum}).</translation>
    </message>
    <message>
        <source>Line {number} ({ref})</source>
        <translation>Zeile {number} ({ref})</translation>
    </message>
    <message>
        <source>{where}: the quantity must be a whole number.</source>
        <translation>{where}: die Menge muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>{where}: the quantity must be a whole number (got {stripped!r}).</source>
        <translation>{where}: die Menge muss eine ganze Zahl sein (eingegeben: {stripped!r}).</translation>
    </message>
    <message>
        <source>{where}: the quantity must be at least 1 (got {quantity}).</source>
        <translation>{where}: die Menge muss mindestens 1 sein (eingegeben: {quantity}).</translation>
    </message>
    <message>
        <source>{where}: the quantity cannot be more than {maximum:,}.</source>
        <translation>{where}: die Menge darf höchstens {maximum:,} sein.</translation>
    </message>
    <message>
        <source>The delivery has no items: scan what came in.</source>
        <translation>Die Lieferung enthält keine Artikel: scannen Sie, was geliefert wurde.</translation>
    </message>
    <message>
        <source>A delivery can have at most {maximum:,} lines.</source>
        <translation>Eine Lieferung darf höchstens {maximum:,} Zeilen haben.</translation>
    </message>
    <message>
        <source>Line {number}: no barcode or SKU.</source>
        <translation>Zeile {number}: kein Barcode und keine Artikelnummer.</translation>
    </message>
    <message>
        <source>Line {number}: that is not a barcode or SKU ({length} characters).</source>
        <translation>Zeile {number}: das ist kein Barcode und keine Artikelnummer ({length} Zeichen).</translation>
    </message>
    <message>
        <source>Line {number}: not an item.</source>
        <translation>Zeile {number}: kein Artikel.</translation>
    </message>
    <message>
        <source>line {number} (item {ref})</source>
        <translation>Zeile {number} (Artikel {ref})</translation>
    </message>
    <message>
        <source>line {number} ({ref})</source>
        <translation>Zeile {number} ({ref})</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>No item has the barcode or SKU of {named}{more}. Nothing was received.</source>
        <translation>Kein Artikel hat den Barcode oder die Artikelnummer von {named}{more}. Es wurde nichts eingebucht.</translation>
    </message>
</context>
<context>
    <name>DeliveryController</name>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>delivery note number</source>
        <translation>Lieferscheinnummer</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Delivery note {reference} from {supplier} was already received ({when:%Y-%m-%d %H:%M}). Nothing was received.</source>
        <translation>Lieferschein {reference} von {supplier} wurde bereits eingebucht ({when:%d.%m.%Y %H:%M}). Es wurde nichts eingebucht.</translation>
    </message>
    <message>
        <source>That delivery does not exist.</source>
        <translation>Diese Lieferung gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Receive delivery</source>
        <translation>Lieferung annehmen</translation>
    </message>
    <message>
        <source>Who delivered, e.g. Acme Wholesale</source>
        <translation>Wer geliefert hat, z. B. Muster Großhandel</translation>
    </message>
    <message>
        <source>The delivery note number, if any</source>
        <translation>Lieferscheinnummer, falls vorhanden</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU and press Enter</source>
        <translation>Barcode scannen oder Art.-Nr. eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Receive  (F12)</source>
        <translation>Annehmen  (F12)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Abbrechen  (Esc)</translation>
    </message>
    <message>
        <source>&amp;Supplier</source>
        <translation>&amp;Lieferant</translation>
    </message>
    <message>
        <source>Delivery &amp;note no.</source>
        <translation>Liefer&amp;schein-Nr.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>S&amp;cannen</translation>
    </message>
    <message>
        <source>+ / -: quantity    F2: type a quantity    Del: remove line    Ctrl+Enter or F12: receive</source>
        <translation>+ / -: Menge    F2: Menge eingeben    Entf: Position entfernen    Strg+Enter oder F12: annehmen</translation>
    </message>
    <message>
        <source>Esc again throws away the {count} scanned lines; Ctrl+Enter receives them.</source>
        <translation>Nochmals Esc verwirft die {count} gescannten Positionen; Strg+Enter nimmt sie an.</translation>
    </message>
    <message>
        <source>Unknown barcode or SKU {code}: nothing was added.</source>
        <translation>Unbekannter Barcode oder Art.-Nr. {code}: nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed {name}</source>
        <translation>{name} entfernt</translation>
    </message>
    <message>
        <source>Scan an item first; F2 then types its quantity.</source>
        <translation>Zuerst einen Artikel scannen; mit F2 dann die Menge eingeben.</translation>
    </message>
    <message>
        <source>1 item, {units} units</source>
        <translation>1 Artikel, {units} Stück</translation>
    </message>
    <message>
        <source>{count} items, {units} units</source>
        <translation>{count} Artikel, {units} Stück</translation>
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
    <name>Denominations</name>
    <message>
        <source>The count of {label} must be a whole number of pieces (got {typed}).</source>
        <translation>Die Anzahl für {label} muss eine ganze Stückzahl sein (eingegeben: {typed}).</translation>
    </message>
    <message>
        <source>The count of {label} is more than {limit} pieces.</source>
        <translation>Die Anzahl für {label} ist größer als {limit} Stück.</translation>
    </message>
    <message>
        <source>{value} is not a denomination of this till.</source>
        <translation>{value} ist kein Nennwert dieser Kasse.</translation>
    </message>
    <message>
        <source>The count of {label} must be a whole number.</source>
        <translation>Die Anzahl für {label} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The count of {label} cannot be negative.</source>
        <translation>Die Anzahl für {label} darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A denomination</source>
        <translation>Ein Nennwert</translation>
    </message>
    <message>
        <source>A denomination must be more than 0.</source>
        <translation>Ein Nennwert muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>{value} is listed twice.</source>
        <translation>{value} ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>List at least one note or coin value.</source>
        <translation>Geben Sie mindestens einen Schein- oder Münzwert an.</translation>
    </message>
</context>
<context>
    <name>Discount</name>
    <message>
        <source>A discount must be more than 0</source>
        <translation>Ein Rabatt muss größer als 0 sein</translation>
    </message>
    <message>
        <source>A discount cannot be more than 100%</source>
        <translation>Ein Rabatt darf höchstens 100 % betragen</translation>
    </message>
    <message>
        <source>The discount is too large</source>
        <translation>Der Rabatt ist zu groß</translation>
    </message>
    <message>
        <source>A discount can have at most 2 decimal places</source>
        <translation>Ein Rabatt darf höchstens 2 Nachkommastellen haben</translation>
    </message>
    <message>
        <source>a discount</source>
        <translation>einen Rabatt</translation>
    </message>
    <message>
        <source>A discount of {amount} is more than the {base} it applies to</source>
        <translation>Ein Rabatt von {amount} ist mehr als die {base}, auf die er sich bezieht</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Price match</source>
        <translation>Preisangleich</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch Filialleitung</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>This &amp;line: {name}</source>
        <translation>Diese &amp;Position: {name}</translation>
    </message>
    <message>
        <source>This &amp;line</source>
        <translation>Diese &amp;Position</translation>
    </message>
    <message>
        <source>Whole &amp;sale</source>
        <translation>Ganzer &amp;Verkauf</translation>
    </message>
    <message>
        <source>10% or an amount, e.g. {example}</source>
        <translation>10% oder ein Betrag, z. B. {example}</translation>
    </message>
    <message>
        <source>Apply  (Enter)</source>
        <translation>Anwenden  (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove discount</source>
        <translation>Rabatt &amp;entfernen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Alt+L line, Alt+S sale (F5 switches)    Enter apply    Esc cancel</source>
        <translation>Alt+P Position, Alt+V Verkauf (F5 wechselt)    Enter anwenden    Esc abbrechen</translation>
    </message>
    <message>
        <source>no discount</source>
        <translation>kein Rabatt</translation>
    </message>
    <message>
        <source>Discount applied to the whole sale.</source>
        <translation>Rabatt auf den ganzen Verkauf angewendet.</translation>
    </message>
    <message>
        <source>Discount applied to {name}.</source>
        <translation>Rabatt auf {name} angewendet.</translation>
    </message>
    <message>
        <source>Sale discount removed.</source>
        <translation>Verkaufsrabatt entfernt.</translation>
    </message>
    <message>
        <source>Discount on {name} removed.</source>
        <translation>Rabatt auf {name} entfernt.</translation>
    </message>
</context>
<context>
    <name>DiscountDialogs</name>
    <message>
        <source>Why? Type it, or Up / Down for common reasons</source>
        <translation>Warum? Eingeben oder mit Auf / Ab gängige Gründe wählen</translation>
    </message>
</context>
<context>
    <name>Discounts</name>
    <message>
        <source>A reason is required for {what}</source>
        <translation>Für {what} ist ein Grund erforderlich</translation>
    </message>
    <message>
        <source>The reason is too long ({length} characters, at most {limit})</source>
        <translation>Der Grund ist zu lang ({length} Zeichen, höchstens {limit})</translation>
    </message>
    <message>
        <source>The reason contains control characters</source>
        <translation>Der Grund enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>Discount is required</source>
        <translation>Rabatt ist erforderlich</translation>
    </message>
    <message>
        <source>Discount must be a percentage like 10% or an amount like 2.50 (got {typed})</source>
        <translation>Der Rabatt muss ein Prozentsatz wie 10% oder ein Betrag wie 2,50 sein (eingegeben: {typed})</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again.</source>
        <translation>Die Datenbank ist belegt: ein anderes Programm schreibt gerade hinein. Es wurde nichts geändert; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The database is read-only here. Nothing was changed; everything saved before is safe. Make the file and its folder writable, then restart pos_app.</source>
        <translation>Die Datenbank ist hier schreibgeschützt. Es wurde nichts geändert; alles bisher Gespeicherte ist sicher. Machen Sie die Datei und ihren Ordner beschreibbar und starten Sie pos_app neu.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; everything saved before is safe. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Es wurde nichts geändert; alles bisher Gespeicherte ist sicher. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk reported an error (disk I/O error); the disk or the file may be damaged. Nothing was changed; everything saved before is safe. Check the disk and try again.</source>
        <translation>Der Datenträger meldet einen Fehler (Ein-/Ausgabefehler); Datenträger oder Datei sind vielleicht beschädigt. Es wurde nichts geändert; alles bisher Gespeicherte ist sicher. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file is damaged or unreadable. Nothing was changed.</source>
        <translation>Die Datenbankdatei ist beschädigt oder nicht lesbar. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That shift is closed: its sales, refunds and cash can no longer change. Nothing was changed.</source>
        <translation>Diese Schicht ist abgeschlossen: ihre Verkäufe, Erstattungen und Bargeldbewegungen können sich nicht mehr ändern. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A shift is already open on this till: close it first.</source>
        <translation>An dieser Kasse ist bereits eine Schicht offen: schließen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>That change conflicts with data already saved ({constraint}).</source>
        <translation>Diese Änderung widerspricht bereits gespeicherten Daten ({constraint}).</translation>
    </message>
</context>
<context>
    <name>EscposOutput</name>
    <message>
        <source>no USB backend (is libusb installed?)</source>
        <translation>kein USB-Backend (ist libusb installiert?)</translation>
    </message>
</context>
<context>
    <name>EscposReceiptPrinter</name>
    <message>
        <source>Receipt printer not reachable at {location}: pyusb is not installed</source>
        <translation>Bondrucker unter {location} nicht erreichbar: pyusb ist nicht installiert</translation>
    </message>
    <message>
        <source>Receipt printer not reachable at {location}: {reason}</source>
        <translation>Bondrucker unter {location} nicht erreichbar: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>That export was not permitted here, or its permit was used already.</source>
        <translation>Dieser Export wurde hier nicht freigegeben, oder die Freigabe wurde schon verwendet.</translation>
    </message>
</context>
<context>
    <name>ExportKind</name>
    <message>
        <source>orders</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>order lines</source>
        <translation>Verkaufspositionen</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 Verkauf</translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation>{count} Verkäufe</translation>
    </message>
    <message>
        <source>1 order line</source>
        <translation>1 Verkaufsposition</translation>
    </message>
    <message>
        <source>{count} order lines</source>
        <translation>{count} Verkaufspositionen</translation>
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
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} Kunden</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;orders…</source>
        <translation>&amp;Bestellungen exportieren…</translation>
    </message>
    <message>
        <source>Export order &amp;lines…</source>
        <translation>Bestell&amp;positionen exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;items…</source>
        <translation>&amp;Artikel exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;customers…</source>
        <translation>&amp;Kunden exportieren…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Export not allowed</source>
        <translation>Export nicht erlaubt</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>{what} exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting {what}…</source>
        <translation>{what} werden exportiert…</translation>
    </message>
    <message>
        <source>The export failed unexpectedly ({error}). Nothing was exported.</source>
        <translation>Der Export ist unerwartet fehlgeschlagen ({error}). Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Exporting {what}… {done} of {total}</source>
        <translation>{what} werden exportiert… {done} von {total}</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <source>{rows} exported to {path}</source>
        <translation>{rows} exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
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
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>pos_app is already running</source>
        <translation>pos_app läuft bereits</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source> The file it replaced was kept as {path}.</source>
        <translation> Die ersetzte Datei wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored the backup of {backup}.</source>
        <translation>Die Sicherung vom {backup} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Open a pos_app database</source>
        <translation>pos_app-Datenbank öffnen</translation>
    </message>
    <message>
        <source>pos_app databases (*.sqlite3 *.db *.sqlite)</source>
        <translation>pos_app-Datenbanken (*.sqlite3 *.db *.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup was not restored: {error}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {error}</translation>
    </message>
    <message>
        <source> The database it replaced was kept as {path}.</source>
        <translation> Die ersetzte Datenbank wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored {path}.</source>
        <translation>{path} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Sicherung gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>That order no longer exists.</source>
        <translation>Diesen Verkauf gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>HistoryDetail</name>
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
        <source>Select an order to see its lines, payments and returns.</source>
        <translation>Eine Bestellung wählen, um Positionen, Zahlungen und Rückgaben zu sehen.</translation>
    </message>
    <message>
        <source>{amount} off ({reason})</source>
        <translation>{amount} Rabatt ({reason})</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>{amount} Rabatt</translation>
    </message>
    <message>
        <source>price {paid} instead of {listed}</source>
        <translation>Preis {paid} statt {listed}</translation>
    </message>
    <message>
        <source>discount -{amount}</source>
        <translation>Rabatt -{amount}</translation>
    </message>
    <message>
        <source>order discount -{amount}</source>
        <translation>Bestellrabatt -{amount}</translation>
    </message>
    <message>
        <source>{count} returned</source>
        <translation>{count} zurückgegeben</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Beleg {number}</translation>
    </message>
    <message>
        <source>Order {id}</source>
        <translation>Bestellung {id}</translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation>begonnen {time}</translation>
    </message>
    <message>
        <source>paid {time}</source>
        <translation>bezahlt {time}</translation>
    </message>
    <message>
        <source>cashier {name}</source>
        <translation>Kassierer/in {name}</translation>
    </message>
    <message>
        <source>customer {name}</source>
        <translation>Kunde {name}</translation>
    </message>
    <message>
        <source>parked as “{label}”</source>
        <translation>geparkt als „{label}“</translation>
    </message>
    <message>
        <source>voided: {reason}</source>
        <translation>storniert: {reason}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Order discount: {discount} = -{amount}</source>
        <translation>Bestellrabatt: {discount} = -{amount}</translation>
    </message>
    <message>
        <source>All discounts: -{amount}</source>
        <translation>Alle Rabatte: -{amount}</translation>
    </message>
    <message>
        <source>Net: {amount}</source>
        <translation>Netto: {amount}</translation>
    </message>
    <message>
        <source>Tax: {amount}</source>
        <translation>MwSt.: {amount}</translation>
    </message>
    <message>
        <source>Cash rounding: {amount}</source>
        <translation>Bargeldrundung: {amount}</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Summe: {amount}</translation>
    </message>
    <message>
        <source>Tax per rate</source>
        <translation>MwSt. je Satz</translation>
    </message>
    <message>
        <source>tax {tax} on net {net}</source>
        <translation>MwSt. {tax} auf netto {net}</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source> (tendered {tendered}, change {change})</source>
        <translation> (gegeben {tendered}, Wechselgeld {change})</translation>
    </message>
    <message>
        <source> ref. {reference}</source>
        <translation> Ref. {reference}</translation>
    </message>
    <message>
        <source>Return on {time}</source>
        <translation>Rückgabe am {time}</translation>
    </message>
    <message>
        <source>{reason}, {amount} back</source>
        <translation>{reason}, {amount} zurück</translation>
    </message>
    <message>
        <source>Given back: {tenders}</source>
        <translation>Zurückgegeben: {tenders}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer/in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>Von JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation>Bis JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Customer: name, email, phone or #id</source>
        <translation>Kunde: Name, E-Mail, Telefon oder #ID</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Beleg-Nr.</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>Any cashier</source>
        <translation>Alle Kassierer</translation>
    </message>
    <message>
        <source>Clear  (Esc)</source>
        <translation>Zurücksetzen  (Esc)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Keine Bestellung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>{count} order</source>
        <translation>{count} Bestellung</translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation>{count} Bestellungen</translation>
    </message>
</context>
<context>
    <name>ImportConflictError</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; und {count} weitere</translation>
    </message>
    <message>
        <source>the {what} changed since the preview ({conflicts}); preview the file again</source>
        <translation>Seit der Vorschau hat sich {what} geändert ({conflicts}); bitte die Datei erneut in der Vorschau prüfen</translation>
    </message>
</context>
<context>
    <name>ImportCustomers</name>
    <message>
        <source>a customer with the email {email} was added</source>
        <translation>ein Kunde mit der E-Mail {email} wurde angelegt</translation>
    </message>
    <message>
        <source>the customer with the email {email} was changed or removed</source>
        <translation>der Kunde mit der E-Mail {email} wurde geändert oder entfernt</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>die Kundenliste</translation>
    </message>
    <message>
        <source>email {email} appears twice in the file (first on line {first})</source>
        <translation>E-Mail {email} steht zweimal in der Datei (zuerst in Zeile {first})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Zu aktualisieren</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Neu anzulegen</translation>
    </message>
    <message>
        <source>Import items — {file}</source>
        <translation>Artikel importieren – {file}</translation>
    </message>
    <message>
        <source>Import customers — {file}</source>
        <translation>Kunden importieren – {file}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message>
        <source>Apply  (Enter)</source>
        <translation>Übernehmen  (Enter)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Abbrechen  (Esc)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Columns of the file, and the field each one gives:</source>
        <translation>Spalten der Datei und das Feld, das jede füllt:</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}.</source>
        <translation>Nichts wurde importiert: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nichts wurde importiert: {reason}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft …</translation>
    </message>
    <message>
        <source>{file}: read as {encoding}, {separator}-separated, {count} columns</source>
        <translation>{file}: gelesen als {encoding}, getrennt durch {separator}, {count} Spalten</translation>
    </message>
    <message>
        <source>The columns need attention: {problems}.</source>
        <translation>Die Spalten brauchen Aufmerksamkeit: {problems}.</translation>
    </message>
    <message>
        <source>{file} cannot be imported</source>
        <translation>{file} kann nicht importiert werden</translation>
    </message>
    <message>
        <source>{reason}. Nothing can be imported from this file.</source>
        <translation>{reason}. Aus dieser Datei kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>{adds} to add · {updates} to update · {errors} with errors</source>
        <translation>{adds} neu · {updates} zu aktualisieren · {errors} mit Fehlern</translation>
    </message>
    <message>
        <source> · {count} unchanged</source>
        <translation> · {count} unverändert</translation>
    </message>
    <message>
        <source> (the first {count} errors are listed)</source>
        <translation> (die ersten {count} Fehler sind aufgeführt)</translation>
    </message>
    <message>
        <source>Choose a field (or “ignore”) for each column above.</source>
        <translation>Wählen Sie oben für jede Spalte ein Feld (oder „ignorieren“).</translation>
    </message>
    <message>
        <source>Correct the rows with errors in the file and open it again; nothing is imported until then.</source>
        <translation>Korrigieren Sie die fehlerhaften Zeilen in der Datei und öffnen Sie sie erneut; bis dahin wird nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing to import: every row matches what is stored.</source>
        <translation>Nichts zu importieren: Jede Zeile entspricht dem gespeicherten Stand.</translation>
    </message>
    <message>
        <source>Press Enter to import these rows in one go, or Escape to cancel.</source>
        <translation>Enter importiert diese Zeilen in einem Schritt, Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB, at most {limit} MB); split it into smaller files</source>
        <translation>Die Datei ist zu groß ({size} MB, höchstens {limit} MB); teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>Die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the file contains a NUL character: it is not a CSV text file</source>
        <translation>Die Datei enthält ein NUL-Zeichen: Sie ist keine CSV-Textdatei</translation>
    </message>
    <message>
        <source>the file is marked as UTF-8 but is not</source>
        <translation>Die Datei ist als UTF-8 gekennzeichnet, ist es aber nicht</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1252 text</source>
        <translation>Die Datei ist weder UTF-8- noch Windows-1252-Text</translation>
    </message>
    <message>
        <source>{problem} (byte {byte} cannot be read); save it from the spreadsheet as “CSV UTF-8”</source>
        <translation>{problem} (Byte {byte} ist nicht lesbar); speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>the row cannot be read as CSV ({reason})</source>
        <translation>Die Zeile ist kein gültiges CSV ({reason})</translation>
    </message>
</context>
<context>
    <name>ImportItems</name>
    <message>
        <source>Stock counted in the CSV import {file}</source>
        <translation>Bestand gezählt im CSV-Import {file}</translation>
    </message>
    <message>
        <source>Opening stock from the CSV import {file}</source>
        <translation>Anfangsbestand aus dem CSV-Import {file}</translation>
    </message>
    <message>
        <source>SKU {sku} appears twice in the file (first on line {first})</source>
        <translation>Artikelnummer {sku} steht zweimal in der Datei (zuerst in Zeile {first})</translation>
    </message>
    <message>
        <source>barcode {barcode} appears twice in the file (first on line {first})</source>
        <translation>Barcode {barcode} steht zweimal in der Datei (zuerst in Zeile {first})</translation>
    </message>
    <message>
        <source>barcode {barcode} is already used by SKU {sku} “{name}”</source>
        <translation>Barcode {barcode} gehört bereits zu Artikelnummer {sku} „{name}“</translation>
    </message>
    <message>
        <source>SKU {sku} was added to the catalog (“{name}”)</source>
        <translation>Artikelnummer {sku} wurde in den Katalog aufgenommen („{name}“)</translation>
    </message>
    <message>
        <source>item {sku} was changed or removed</source>
        <translation>Artikel {sku} wurde geändert oder entfernt</translation>
    </message>
    <message>
        <source>barcode {barcode} was given to SKU {sku} “{name}”</source>
        <translation>Barcode {barcode} wurde Artikelnummer {sku} „{name}“ zugewiesen</translation>
    </message>
    <message>
        <source>the tax rate of {percent}% was deleted</source>
        <translation>der Steuersatz von {percent}% wurde gelöscht</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>der Artikelkatalog</translation>
    </message>
</context>
<context>
    <name>ImportLauncher</name>
    <message>
        <source>Import…  ({key})</source>
        <translation>Importieren …  ({key})</translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>{file} importiert: {summary}</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>expected {required} and optionally {optional}</source>
        <translation>erwartet werden {required} und optional {optional}</translation>
    </message>
    <message>
        <source>the first line must be a header naming the columns; {expected}</source>
        <translation>Die erste Zeile muss eine Kopfzeile mit den Spaltennamen sein; {expected}</translation>
    </message>
    <message>
        <source>the header names the column {column} twice</source>
        <translation>Die Kopfzeile nennt die Spalte {column} zweimal</translation>
    </message>
    <message>
        <source>the columns {first} and {second} both give the {field}</source>
        <translation>Die Spalten {first} und {second} liefern beide das Feld {field}</translation>
    </message>
    <message>
        <source>(column {number}, no name)</source>
        <translation>(Spalte {number}, ohne Namen)</translation>
    </message>
    <message>
        <source>unknown column {names} in the header; {expected} (or choose “ignore” for it in the preview)</source>
        <translation>Unbekannte Spalte {names} in der Kopfzeile; {expected} (oder wählen Sie in der Vorschau „ignorieren“ dafür)</translation>
    </message>
    <message>
        <source>no column is chosen for {names}</source>
        <translation>Für {names} ist keine Spalte gewählt</translation>
    </message>
    <message>
        <source>the header lacks the column {names}; {expected}</source>
        <translation>In der Kopfzeile fehlt die Spalte {names}; {expected}</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>{adds} to add, {updates} to update, {errors} with errors</source>
        <translation>{adds} neu, {updates} zu ändern, {errors} mit Fehlern</translation>
    </message>
    <message>
        <source>, {count} unchanged</source>
        <translation>, {count} unverändert</translation>
    </message>
    <message>
        <source>price {value}</source>
        <translation>Preis {value}</translation>
    </message>
    <message>
        <source>stock {value}</source>
        <translation>Bestand {value}</translation>
    </message>
    <message>
        <source>tax rate {value}</source>
        <translation>Steuersatz {value}</translation>
    </message>
    <message>
        <source>barcode {value}</source>
        <translation>Barcode {value}</translation>
    </message>
    <message>
        <source>phone {value}</source>
        <translation>Telefon {value}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Changes / reason</source>
        <translation>Änderungen / Grund</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>1 customer added</source>
        <translation>1 Kunde angelegt</translation>
    </message>
    <message>
        <source>{count} customers added</source>
        <translation>{count} Kunden angelegt</translation>
    </message>
    <message>
        <source>1 item added</source>
        <translation>1 Artikel angelegt</translation>
    </message>
    <message>
        <source>{count} items added</source>
        <translation>{count} Artikel angelegt</translation>
    </message>
    <message>
        <source>, {count} updated</source>
        <translation>, {count} geändert</translation>
    </message>
    <message>
        <source>, {count} unchanged</source>
        <translation>, {count} unverändert</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>the file has a header but no rows</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <source> (a value containing the separator must be in double quotes)</source>
        <translation> (ein Wert, der das Trennzeichen enthält, muss in doppelten Anführungszeichen stehen)</translation>
    </message>
    <message>
        <source>expected {expected} fields as in the header, found {found}</source>
        <translation>{expected} Felder wie in der Kopfzeile erwartet, {found} gefunden</translation>
    </message>
    <message>
        <source>value {value} is in a column without a name</source>
        <translation>Wert {value} steht in einer Spalte ohne Namen</translation>
    </message>
</context>
<context>
    <name>ItemChooserDialog</name>
    <message>
        <source>Choose an item</source>
        <translation>Artikel auswählen</translation>
    </message>
    <message>
        <source>{count} items match “{typed}”. Up/Down, then Enter:</source>
        <translation>{count} Artikel passen zu „{typed}“. Pfeil auf/ab, dann Enter:</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Choose a tax rate; if the list is empty, add the shop&apos;s rates first (Tax rates…, Ctrl+T)</source>
        <translation>Wählen Sie einen MwSt.-Satz; ist die Liste leer, legen Sie zuerst die Sätze des Geschäfts an (MwSt.-Sätze …, Ctrl+T)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Artikel anlegen</translation>
    </message>
    <message>
        <source>Edit item — {sku}</source>
        <translation>Artikel bearbeiten – {sku}</translation>
    </message>
    <message>
        <source>e.g. DAI-001</source>
        <translation>z. B. DAI-001</translation>
    </message>
    <message>
        <source>EAN-13, EAN-8 or UPC-A; empty if none</source>
        <translation>EAN-13, EAN-8 oder UPC-A; leer, wenn keiner</translation>
    </message>
    <message>
        <source>Name on the receipt</source>
        <translation>Name auf dem Bon</translation>
    </message>
    <message>
        <source>e.g. 4.99</source>
        <translation>z. B. 4,99</translation>
    </message>
    <message>
        <source>Why the count changed, e.g. breakage (optional)</source>
        <translation>Grund der Änderung, z. B. Bruch (optional)</translation>
    </message>
    <message>
        <source>No tax rates yet: add them with Tax rates… (Ctrl+T)</source>
        <translation>Noch keine MwSt.-Sätze: unter MwSt.-Sätze … anlegen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Active (sold at the till and found by search)</source>
        <translation>Aktiv (an der Kasse verkauft und in der Suche gefunden)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;Artikelnr.</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Barcode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>Bes&amp;tand</translation>
    </message>
    <message>
        <source>Stock r&amp;eason</source>
        <translation>Änderungs&amp;grund</translation>
    </message>
    <message>
        <source>Ta&amp;x rate</source>
        <translation>&amp;MwSt.-Satz</translation>
    </message>
    <message>
        <source>{percent}% (no named rate)</source>
        <translation>{percent} % (kein benannter Satz)</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>The till is locked</source>
        <translation>Die Kasse ist gesperrt</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter.</source>
        <translation>PIN eingeben und Enter drücken.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Manager / owner login  (Alt+M)</source>
        <translation>Anmeldung &amp;Manager / Inhaber  (Alt+M)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Type your name and password, then Enter.</source>
        <translation>Name und Passwort eingeben, dann Enter.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Point of sale {version}</source>
        <translation>Kasse {version}</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Angemeldet: {name} ({role})</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <source>this database holds tables of another program</source>
        <translation>Diese Datenbank enthält Tabellen eines anderen Programms</translation>
    </message>
    <message>
        <source>this database was written by a newer version of pos_app (schema {revision})</source>
        <translation>Diese Datenbank wurde von einer neueren pos_app-Version geschrieben (Schema {revision})</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{amount} is not an amount of money</source>
        <translation>{amount} ist kein Geldbetrag</translation>
    </message>
    <message>
        <source>{amount} has more than {digits} decimal places</source>
        <translation>{amount} hat mehr als {digits} Nachkommastellen</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field} ist erforderlich</translation>
    </message>
    <message>
        <source>{field} cannot be negative</source>
        <translation>{field} darf nicht negativ sein</translation>
    </message>
    <message>
        <source>{field} is too large</source>
        <translation>{field} ist zu groß</translation>
    </message>
    <message>
        <source>{field} can have at most {digits} decimal places</source>
        <translation>{field} darf höchstens {digits} Nachkommastellen haben</translation>
    </message>
    <message>
        <source>{field} {got} is ambiguous: type the decimals after “{decimal}”, like {example}</source>
        <translation>{field} {got} ist mehrdeutig: Nachkommastellen nach „{decimal}“ eingeben, z. B. {example}</translation>
    </message>
    <message>
        <source>{field} must be a number, like {example} (got {got})</source>
        <translation>{field} muss eine Zahl sein, z. B. {example} (eingegeben: {got})</translation>
    </message>
</context>
<context>
    <name>NoSaleDialog</name>
    <message>
        <source>Open the drawer (no sale)</source>
        <translation>Kassenlade öffnen (ohne Verkauf)</translation>
    </message>
    <message>
        <source>The drawer opens without a sale; the reason goes on the audit trail.</source>
        <translation>Die Kassenlade öffnet sich ohne Verkauf; der Grund wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Why? e.g. change for the bank</source>
        <translation>Warum? z. B. Wechselgeld für die Bank</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Lade öffnen</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
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
    <name>OrderHistory</name>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>The From date is after the To date.</source>
        <translation>Das Von-Datum liegt nach dem Bis-Datum.</translation>
    </message>
    <message>
        <source>Unknown order status: {statuses}.</source>
        <translation>Unbekannter Verkaufsstatus: {statuses}.</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>The minimum amount is more than the maximum amount.</source>
        <translation>Der Mindestbetrag ist größer als der Höchstbetrag.</translation>
    </message>
    <message>
        <source>The cashier&apos;s name is longer than {maximum} characters.</source>
        <translation>Der Name des Kassierers ist länger als {maximum} Zeichen.</translation>
    </message>
    <message>
        <source>{label} must be a date like 2026-11-24 (got “{shown}”).</source>
        <translation>{label} muss ein Datum wie 2026-11-24 sein (eingegeben: „{shown}“).</translation>
    </message>
    <message>
        <source>A customer number is # and digits, like #42.</source>
        <translation>Eine Kundennummer ist # mit Ziffern, z. B. #42.</translation>
    </message>
    <message>
        <source>The customer search is longer than {maximum} characters.</source>
        <translation>Die Kundensuche ist länger als {maximum} Zeichen.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>The owner&apos;s account</source>
        <translation>Das Konto der Inhaberin / des Inhabers</translation>
    </message>
    <message>
        <source>The owner logs in with this name and password and may do everything, including adding staff. Keep the password safe: there is no other way in.</source>
        <translation>Die Inhaberin oder der Inhaber meldet sich mit diesem Namen und Passwort an und darf alles, auch Personal anlegen. Passwort gut verwahren: Es gibt keinen anderen Zugang.</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Die beiden Passwörter sind verschieden: bitte zweimal dasselbe Passwort eingeben.</translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <source>Park sale</source>
        <translation>Verkauf parken</translation>
    </message>
    <message>
        <source>Who or what is it for? e.g. Table 4</source>
        <translation>Für wen oder was? z. B. Tisch 4</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>Geparkte Verkäufe</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Up/Down to choose, Enter to resume:</source>
        <translation>Pfeil auf/ab zum Auswählen, Enter zum Fortsetzen:</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Position</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} Positionen</translation>
    </message>
    <message>
        <source>No sales are parked.</source>
        <translation>Keine Verkäufe geparkt.</translation>
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
    <name>PaymentDialog</name>
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
        <source>Payment</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Enter = exact cash</source>
        <translation>Enter = passend bar</translation>
    </message>
    <message>
        <source>card slip or voucher number (optional)</source>
        <translation>Kartenbeleg- oder Gutscheinnummer (optional)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Bisher bezahlt</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>Enter: cash    F2: card    F3: voucher    F4: undo last    Esc: back to the sale</source>
        <translation>Enter: bar    F2: Karte    F3: Gutschein    F4: letzte zurücknehmen    Esc: zurück zum Verkauf</translation>
    </message>
    <message>
        <source>Short by {amount}</source>
        <translation>Es fehlen {amount}</translation>
    </message>
    <message>
        <source>Type an amount to pay.</source>
        <translation>Bitte einen Betrag eingeben.</translation>
    </message>
    <message>
        <source>A card payment of {amount} is more than the {due} still due; only cash may be overpaid.</source>
        <translation>Eine Kartenzahlung von {amount} ist mehr als die noch offenen {due}; nur bar darf überzahlt werden.</translation>
    </message>
    <message>
        <source>A voucher payment of {amount} is more than the {due} still due; only cash may be overpaid.</source>
        <translation>Eine Gutscheinzahlung von {amount} ist mehr als die noch offenen {due}; nur bar darf überzahlt werden.</translation>
    </message>
    <message>
        <source>{due}  (in cash {cash})</source>
        <translation>{due}  (bar {cash})</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Giving a discount</source>
        <translation>Rabatte geben</translation>
    </message>
    <message>
        <source>A discount above the cashier&apos;s limit</source>
        <translation>Rabatte über dem Kassiererlimit geben</translation>
    </message>
    <message>
        <source>Voiding a sale</source>
        <translation>Verkäufe stornieren</translation>
    </message>
    <message>
        <source>Refunding a sale</source>
        <translation>Verkäufe erstatten</translation>
    </message>
    <message>
        <source>Changing a price at the till</source>
        <translation>Preise an der Kasse ändern</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale</source>
        <translation>Kassenlade ohne Verkauf öffnen</translation>
    </message>
    <message>
        <source>Changing the catalog</source>
        <translation>Artikelkatalog ändern</translation>
    </message>
    <message>
        <source>Viewing reports</source>
        <translation>Berichte ansehen</translation>
    </message>
    <message>
        <source>Exporting data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Purging old sales</source>
        <translation>Alte Verkäufe löschen</translation>
    </message>
    <message>
        <source>Changing the shop&apos;s settings</source>
        <translation>Einstellungen des Geschäfts ändern</translation>
    </message>
    <message>
        <source>Managing staff accounts</source>
        <translation>Mitarbeiterkonten verwalten</translation>
    </message>
    <message>
        <source>a cashier</source>
        <translation>einen Kassierer</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>einen Manager</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>den Inhaber</translation>
    </message>
    <message>
        <source>{action} needs {role}.</source>
        <translation>{action} erfordert die Freigabe durch {role}.</translation>
    </message>
</context>
<context>
    <name>PriceOverride</name>
    <message>
        <source>An overridden price cannot be negative</source>
        <translation>Ein geänderter Preis darf nicht negativ sein</translation>
    </message>
    <message>
        <source>The overridden price is too large</source>
        <translation>Der geänderte Preis ist zu hoch</translation>
    </message>
    <message>
        <source>A price can have at most 2 decimal places</source>
        <translation>Ein Preis darf höchstens 2 Nachkommastellen haben</translation>
    </message>
    <message>
        <source>a price override</source>
        <translation>eine Preisänderung</translation>
    </message>
</context>
<context>
    <name>PriceOverrideDialog</name>
    <message>
        <source>Price match</source>
        <translation>Preisangleich</translation>
    </message>
    <message>
        <source>Wrong shelf label</source>
        <translation>Falsches Regaletikett</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Short-dated</source>
        <translation>Kurzes MHD</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch Filialleitung</translation>
    </message>
    <message>
        <source>Price — {name}</source>
        <translation>Preis — {name}</translation>
    </message>
    <message>
        <source>{price} ({reason})</source>
        <translation>{price} ({reason})</translation>
    </message>
    <message>
        <source>the catalog price</source>
        <translation>der Katalogpreis</translation>
    </message>
    <message>
        <source>new unit price, e.g. {example}</source>
        <translation>neuer Stückpreis, z. B. {example}</translation>
    </message>
    <message>
        <source>Apply  (Enter)</source>
        <translation>Anwenden  (Enter)</translation>
    </message>
    <message>
        <source>&amp;Catalog price</source>
        <translation>&amp;Katalogpreis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>Katalogpreis</translation>
    </message>
    <message>
        <source>Charged now</source>
        <translation>Aktuell berechnet</translation>
    </message>
    <message>
        <source>New &amp;price</source>
        <translation>Neuer &amp;Preis</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Enter apply    Alt+C catalog price    Esc cancel</source>
        <translation>Enter anwenden    Alt+K Katalogpreis    Esc abbrechen</translation>
    </message>
    <message>
        <source>{name} now costs {price}.</source>
        <translation>{name} kostet jetzt {price}.</translation>
    </message>
    <message>
        <source>{name} is back at its catalog price.</source>
        <translation>{name} hat wieder den Katalogpreis.</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>dummy printer</source>
        <translation>Testdrucker</translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <source>Type the cut-off date as {format}.</source>
        <translation>Geben Sie den Stichtag als {format} ein.</translation>
    </message>
    <message>
        <source>“{shown}” is not a date: type the cut-off as {format}, e.g. 2024-01-01.</source>
        <translation>„{shown}“ ist kein Datum: geben Sie den Stichtag als {format} ein, z. B. 2024-01-01.</translation>
    </message>
    <message>
        <source>The cut-off {cutoff} is in the future. Nothing was deleted.</source>
        <translation>Der Stichtag {cutoff} liegt in der Zukunft. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The cut-off {cutoff} is too recent: orders of the last {days} days are never purged. Choose {latest} or earlier. Nothing was deleted.</source>
        <translation>Der Stichtag {cutoff} ist zu neu: Verkäufe der letzten {days} Tage werden nie bereinigt. Wählen Sie {latest} oder früher. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>{counted:,} orders would go now, not the {expected:,} confirmed: the shop changed meanwhile. Preview again. Nothing was deleted.</source>
        <translation>Jetzt würden {counted:,} Verkäufe gelöscht, nicht die bestätigten {expected:,}: im Geschäft hat sich inzwischen etwas geändert. Bitte die Vorschau erneut ansehen. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>A purge backs up the shop&apos;s SQLite file first, and this database is not one.</source>
        <translation>Vor dem Bereinigen wird die SQLite-Datei des Geschäfts gesichert, und diese Datenbank ist keine.</translation>
    </message>
    <message>
        <source>The backup before the purge failed ({error}). Nothing was deleted.</source>
        <translation>Die Sicherung vor dem Bereinigen ist fehlgeschlagen ({error}). Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The purge deleted {deleted_orders:,} orders and {deleted_shifts:,} shifts where it counted {counted_orders:,} and {counted_shifts:,}; it was undone. Nothing was deleted.</source>
        <translation>Das Bereinigen hat {deleted_orders:,} Verkäufe und {deleted_shifts:,} Schichten gelöscht, gezählt waren {counted_orders:,} und {counted_shifts:,}; es wurde rückgängig gemacht. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The purge would leave broken references ({broken}); it was undone.</source>
        <translation>Das Bereinigen würde fehlerhafte Verweise hinterlassen ({broken}); es wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Stock would no longer match the stock journal for {drifted} items; undone.</source>
        <translation>Der Bestand würde bei {drifted} Artikeln nicht mehr zum Lagerjournal passen; rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The database could not be compacted ({error}). Nothing was lost.</source>
        <translation>Die Datenbank konnte nicht verkleinert werden ({error}). Es ging nichts verloren.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge old orders</source>
        <translation>Alte Vorgänge bereinigen</translation>
    </message>
    <message>
        <source>Preview  (Enter)</source>
        <translation>Vorschau  (Enter)</translation>
    </message>
    <message>
        <source>Type the number of orders to confirm</source>
        <translation>Zur Bestätigung die Anzahl der Vorgänge eingeben</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Schließen  (Esc)</translation>
    </message>
    <message>
        <source>Deletes the orders created before the cut-off date (local time) with their lines, payments, taxes and returns, and the shifts closed before it that nothing kept refers to. The last {days} days are never purged. The database is backed up first.</source>
        <translation>Löscht die Vorgänge vor dem Stichtag (Ortszeit) mit ihren Positionen, Zahlungen, Steuern und Rückgaben sowie die davor abgeschlossenen Schichten, auf die nichts Verbleibendes verweist. Die letzten {days} Tage werden nie bereinigt. Die Datenbank wird zuerst gesichert.</translation>
    </message>
    <message>
        <source>Delete orders before</source>
        <translation>Vorgänge löschen vor dem</translation>
    </message>
    <message>
        <source>Type {confirmation} to delete these {count} orders</source>
        <translation>{confirmation} eingeben, um diese {count} Vorgänge zu löschen</translation>
    </message>
    <message>
        <source>Nothing is deleted until you type the number and press Purge.</source>
        <translation>Nichts wird gelöscht, bevor Sie die Zahl eingeben und auf Bereinigen drücken.</translation>
    </message>
    <message>
        <source>Nothing to purge before that date.</source>
        <translation>Vor diesem Datum gibt es nichts zu bereinigen.</translation>
    </message>
    <message>
        <source>Backing up, then purging… (a few seconds per hundred thousand orders)</source>
        <translation>Sichern, dann bereinigen … (einige Sekunden je hunderttausend Vorgänge)</translation>
    </message>
    <message>
        <source>Purged. The backup above still holds everything that was deleted.</source>
        <translation>Bereinigt. Die Sicherung oben enthält weiterhin alles Gelöschte.</translation>
    </message>
</context>
<context>
    <name>PurgeLauncher</name>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Geschäft</translation>
    </message>
    <message>
        <source>&amp;Purge old orders…</source>
        <translation>Alte Vorgänge &amp;bereinigen …</translation>
    </message>
    <message>
        <source>Purged {count} old orders.</source>
        <translation>{count} alte Vorgänge bereinigt.</translation>
    </message>
</context>
<context>
    <name>PurgePreview</name>
    <message>
        <source>No order was created before {cutoff}: nothing to purge.</source>
        <translation>Vor dem {cutoff} wurde kein Verkauf angelegt: nichts zu bereinigen.</translation>
    </message>
    <message>
        <source>Orders created before {cutoff}: {orders:,} ({paid:,} paid, {void:,} voided, {parked:,} parked, {drafts:,} abandoned drafts)</source>
        <translation>Verkäufe vor dem {cutoff}: {orders:,} ({paid:,} bezahlt, {void:,} storniert, {parked:,} geparkt, {drafts:,} verworfene Entwürfe)</translation>
    </message>
    <message>
        <source>from {oldest} to {newest}</source>
        <translation>vom {oldest} bis {newest}</translation>
    </message>
    <message>
        <source>Sale lines: {lines:,}; payments: {payments:,}; tax lines: {order_taxes:,}</source>
        <translation>Verkaufspositionen: {lines:,}; Zahlungen: {payments:,}; Steuerzeilen: {order_taxes:,}</translation>
    </message>
    <message>
        <source>Returns: {refunds:,} ({refund_lines:,} lines, {refund_tenders:,} refund tenders)</source>
        <translation>Rückgaben: {refunds:,} ({refund_lines:,} Positionen, {refund_tenders:,} Erstattungszahlungen)</translation>
    </message>
    <message>
        <source>Shifts: {shifts:,} (with {cash_movements:,} cash movements and {cash_counts:,} drawer counts)</source>
        <translation>Schichten: {shifts:,} (mit {cash_movements:,} Bargeldbewegungen und {cash_counts:,} Kassenzählungen)</translation>
    </message>
    <message>
        <source>Stock movements kept, their link to the sale removed: {unlinked_movements:,}</source>
        <translation>Lagerbewegungen behalten, ihr Bezug zum Verkauf entfernt: {unlinked_movements:,}</translation>
    </message>
    <message>
        <source>Kept: {kept_returned_later:,} older sales with a return on or after the cut-off</source>
        <translation>Behalten: {kept_returned_later:,} ältere Verkäufe mit einer Rückgabe am oder nach dem Stichtag</translation>
    </message>
</context>
<context>
    <name>PurgeResult</name>
    <message>
        <source>Backup: {backup}</source>
        <translation>Sicherung: {backup}</translation>
    </message>
    <message>
        <source>Deleted {orders:,} orders, {lines:,} sale lines, {payments:,} payments, {refunds:,} returns and {shifts:,} shifts in {seconds:.1f} s.</source>
        <translation>{orders:,} Verkäufe, {lines:,} Verkaufspositionen, {payments:,} Zahlungen, {refunds:,} Rückgaben und {shifts:,} Schichten in {seconds:.1f} s gelöscht.</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Sale complete. Change due: {change}. Receipt {receipt} printed.</source>
        <translation>Verkauf abgeschlossen. Wechselgeld: {change}. Bon {receipt} gedruckt.</translation>
    </message>
    <message>
        <source>Sale complete (receipt {receipt}, change {change}), but the printer failed:</source>
        <translation>Verkauf abgeschlossen (Bon {receipt}, Wechselgeld {change}), aber der Drucker hat versagt:</translation>
    </message>
    <message>
        <source>{payouts} Refund slip {slip} printed.</source>
        <translation>{payouts} Rückgabebeleg {slip} gedruckt.</translation>
    </message>
    <message>
        <source>{payouts} (refund slip {slip}), but the printer failed:</source>
        <translation>{payouts} (Rückgabebeleg {slip}), aber der Drucker hat versagt:</translation>
    </message>
    <message>
        <source>Print last  ({key})</source>
        <translation>Letzten drucken  ({key})</translation>
    </message>
    <message>
        <source>Reprint…  ({key})</source>
        <translation>Nachdruck …  ({key})</translation>
    </message>
    <message>
        <source>No sale…  ({key})</source>
        <translation>Lade öffnen …  ({key})</translation>
    </message>
    <message>
        <source>Printing failed unexpectedly ({error}).</source>
        <translation>Drucken unerwartet fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>{failed} {reason} Press {key} to print it again.</source>
        <translation>{failed} {reason} Mit {key} erneut drucken.</translation>
    </message>
    <message>
        <source>The drawer was opened (no sale).</source>
        <translation>Die Kassenlade wurde geöffnet (ohne Verkauf).</translation>
    </message>
    <message>
        <source>{title} printed.</source>
        <translation>{title} gedruckt.</translation>
    </message>
</context>
<context>
    <name>ReceiptController</name>
    <message>
        <source>Sale {order_id}</source>
        <translation>Verkauf {order_id}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Bon {number}</translation>
    </message>
    <message>
        <source>No sale has been completed yet: there is no receipt to print.</source>
        <translation>Es wurde noch kein Verkauf abgeschlossen: es gibt keinen Bon zum Drucken.</translation>
    </message>
    <message>
        <source>Refund slip {number} does not exist.</source>
        <translation>Erstattungsbeleg {number} gibt es nicht.</translation>
    </message>
    <message>
        <source>Refund slip {number} does not add up ({problems}); it was not printed.</source>
        <translation>Erstattungsbeleg {number} geht rechnerisch nicht auf ({problems}); er wurde nicht gedruckt.</translation>
    </message>
    <message>
        <source>{what} does not exist.</source>
        <translation>{what} gibt es nicht.</translation>
    </message>
    <message>
        <source>{what} is not a paid sale, so it has no receipt.</source>
        <translation>{what} ist kein bezahlter Verkauf und hat daher keinen Bon.</translation>
    </message>
    <message>
        <source>Receipt {number} does not add up ({problems}); it was not printed.</source>
        <translation>Bon {number} geht rechnerisch nicht auf ({problems}); er wurde nicht gedruckt.</translation>
    </message>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>Geben Sie an, warum die Kassenlade ohne Verkauf geöffnet wird.</translation>
    </message>
    <message>
        <source>Keep the reason under {maximum} characters.</source>
        <translation>Der Grund darf höchstens {maximum} Zeichen haben.</translation>
    </message>
    <message>
        <source>The cash drawer opens through an ESC/POS receipt printer: choose one in Settings (Ctrl+,).</source>
        <translation>Die Kassenlade öffnet über einen ESC/POS-Bondrucker: wählen Sie einen in den Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>No receipt printer is set up: choose one in Settings (Ctrl+,).</source>
        <translation>Es ist kein Bondrucker eingerichtet: wählen Sie einen in den Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>System printers can only be used from the till&apos;s window.</source>
        <translation>Systemdrucker können nur aus dem Kassenfenster verwendet werden.</translation>
    </message>
    <message>
        <source>The receipt printer settings are not usable: {error}</source>
        <translation>Die Einstellungen des Bondruckers sind nicht verwendbar: {error}</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Refund slip {number}</source>
        <translation>Rückgabebeleg {number}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Bon {number}</translation>
    </message>
</context>
<context>
    <name>ReceiptLabels</name>
    <message>
        <source>Tax ID: {tax_id}</source>
        <translation>USt-IdNr.: {tax_id}</translation>
    </message>
    <message>
        <source>*** REFUND ***</source>
        <translation>*** RÜCKGABE ***</translation>
    </message>
    <message>
        <source>for receipt {number}</source>
        <translation>zu Bon {number}</translation>
    </message>
    <message>
        <source>Receipt: {number}</source>
        <translation>Bon: {number}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Cashier: {name}</source>
        <translation>Kassierer: {name}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Kunde: {name}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source> (was {price})</source>
        <translation> (statt {price})</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Discount: {reason}</source>
        <translation>Rabatt: {reason}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
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
        <source>Included tax</source>
        <translation>enth. MwSt.</translation>
    </message>
    <message>
        <source>Incl. tax</source>
        <translation>inkl. MwSt.</translation>
    </message>
    <message>
        <source>REFUND TOTAL</source>
        <translation>SUMME RÜCKGABE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Rundung Bargeld</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>Auszuzahlen</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Ref: {reference}</source>
        <translation>Ref.: {reference}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wechselgeld</translation>
    </message>
</context>
<context>
    <name>ReceiptNumbers</name>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number.</source>
        <translation>Scannen Sie den Barcode des Bons oder geben Sie seine Nummer ein.</translation>
    </message>
    <message>
        <source>That is a refund slip, not a sale receipt: scan the barcode of the sale&apos;s receipt.</source>
        <translation>Das ist ein Rückgabebeleg, kein Verkaufsbon: Scannen Sie den Barcode des Verkaufsbons.</translation>
    </message>
    <message>
        <source>“{typed}” is not a receipt number: scan the receipt&apos;s barcode or type its number.</source>
        <translation>„{typed}“ ist keine Bonnummer: Scannen Sie den Barcode des Bons oder geben Sie seine Nummer ein.</translation>
    </message>
    <message>
        <source>Receipt numbers start at 1.</source>
        <translation>Bonnummern beginnen bei 1.</translation>
    </message>
    <message>
        <source>“{typed}” is not a refund slip number: refund slips read RF- and a number.</source>
        <translation>„{typed}“ ist keine Rückgabebeleg-Nummer: Rückgabebelege tragen RF- und eine Nummer.</translation>
    </message>
    <message>
        <source>Refund slip numbers start at 1.</source>
        <translation>Rückgabebeleg-Nummern beginnen bei 1.</translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <source>Cannot write the receipt PDF to {path}: {reason}</source>
        <translation>Das Bon-PDF kann nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Bon {number}</translation>
    </message>
    <message>
        <source>Receipt roll 80 mm x {height} mm</source>
        <translation>Bonrolle 80 mm x {height} mm</translation>
    </message>
    <message>
        <source>The printer does not accept a {size} page</source>
        <translation>Der Drucker nimmt das Seitenformat {size} nicht an</translation>
    </message>
    <message>
        <source>The receipt barcode cannot be drawn: {reason}</source>
        <translation>Der Barcode des Bons kann nicht gezeichnet werden: {reason}</translation>
    </message>
    <message>
        <source>The printer could not start the receipt (is it available?)</source>
        <translation>Der Drucker konnte den Bon nicht beginnen (ist er verfügbar?)</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <source>Roll 80 mm</source>
        <translation>Rolle 80 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>&amp;Drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Drucken … (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save PDF… (Ctrl+S)</source>
        <translation>PDF &amp;speichern … (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} drucken</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Bon als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
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
        <source>The receipt could not be printed: {error}</source>
        <translation>Der Bon konnte nicht gedruckt werden: {error}</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Order: </source>
        <translation>Bon: </translation>
    </message>
    <message>
        <source>Discount as sold</source>
        <translation>Rabatt wie verkauft</translation>
    </message>
    <message>
        <source>{method} refunded</source>
        <translation>{method} erstattet</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>Druckertest</translation>
    </message>
    <message>
        <source>Test print - not a sale</source>
        <translation>Testdruck - kein Verkauf</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Return at least one unit</source>
        <translation>Geben Sie mindestens ein Stück zurück</translation>
    </message>
    <message>
        <source>All {count} have already been returned</source>
        <translation>Alle {count} wurden bereits zurückgegeben</translation>
    </message>
    <message>
        <source>Only {left} of {count} can be returned ({returned} already returned); {quantity} is too many</source>
        <translation>Nur {left} von {count} können zurückgegeben werden ({returned} bereits zurückgegeben); {quantity} sind zu viele</translation>
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
    <name>ReportChart</name>
    <message>
        <source>{title} (first {count})</source>
        <translation>{title} (erste {count})</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Total collected</source>
        <translation>Eingenommen gesamt</translation>
    </message>
    <message>
        <source>Sku</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Stück verkauft</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>Stück zurück</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>{title}, all dates</source>
        <translation>{title}, gesamter Zeitraum</translation>
    </message>
    <message>
        <source>{title}, from {first}</source>
        <translation>{title}, ab {first}</translation>
    </message>
    <message>
        <source>{title}, up to {last}</source>
        <translation>{title}, bis {last}</translation>
    </message>
    <message>
        <source>{title}, {first} to {last}</source>
        <translation>{title}, {first} bis {last}</translation>
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
    <name>ReportPdf</name>
    <message>
        <source>No sales in this range.</source>
        <translation>Keine Verkäufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Sales by day</source>
        <translation>Umsatz nach Tag</translation>
    </message>
    <message>
        <source>Sales by week</source>
        <translation>Umsatz nach Woche</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Umsatz nach Monat</translation>
    </message>
    <message>
        <source>Sales by hour of day</source>
        <translation>Umsatz nach Tageszeit</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Umsatz nach Artikel</translation>
    </message>
    <message>
        <source>Top items by net sales</source>
        <translation>Top-Artikel nach Nettoumsatz</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>Umsatz nach Kunde</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Umsatz nach Kassierer</translation>
    </message>
    <message>
        <source>Payments by tender</source>
        <translation>Zahlungen nach Zahlungsart</translation>
    </message>
    <message>
        <source>The first day ({first}) is after the last day ({last}).</source>
        <translation>Der erste Tag ({first}) liegt nach dem letzten Tag ({last}).</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>(no customer)</source>
        <translation>(kein Kunde)</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Sales by day</source>
        <translation>Umsatz pro Tag</translation>
    </message>
    <message>
        <source>Sales by week</source>
        <translation>Umsatz pro Woche</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Umsatz pro Monat</translation>
    </message>
    <message>
        <source>Sales by hour of day</source>
        <translation>Umsatz nach Tageszeit</translation>
    </message>
    <message>
        <source>Top 10 items</source>
        <translation>Top-10-Artikel</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Umsatz pro Artikel</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>Umsatz pro Kunde</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Umsatz pro Kassierer</translation>
    </message>
    <message>
        <source>Payments by tender</source>
        <translation>Zahlungen nach Zahlungsart</translation>
    </message>
    <message>
        <source>{field} must be a date like 2026-03-31 (got {text}).</source>
        <translation>{field} muss ein Datum wie 2026-03-31 sein (eingegeben: {text}).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: no limit)</source>
        <translation>JJJJ-MM-TT (leer: ohne Grenze)</translation>
    </message>
    <message>
        <source>Run  (Enter)</source>
        <translation>Ausführen  (Enter)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>From ({first}) is after To ({last}): nothing to report.</source>
        <translation>Von ({first}) liegt nach Bis ({last}): nichts auszuwerten.</translation>
    </message>
    <message>
        <source>No sales in this range.</source>
        <translation>Keine Verkäufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>1 row.</source>
        <translation>1 Zeile.</translation>
    </message>
    <message>
        <source>{count} rows.</source>
        <translation>{count} Zeilen.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint a receipt</source>
        <translation>Bon nachdrucken</translation>
    </message>
    <message>
        <source>Type the receipt or refund slip number, or scan its barcode</source>
        <translation>Bon- oder Rückgabebelegnummer eingeben oder Barcode scannen</translation>
    </message>
    <message>
        <source>Receipt &amp;number</source>
        <translation>Bon&amp;nummer</translation>
    </message>
    <message>
        <source>Enter: show the receipt    Esc: back to the sale</source>
        <translation>Enter: Bon anzeigen    Esc: zurück zum Verkauf</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number, then Enter</source>
        <translation>Barcode des Bons scannen oder Bonnummer eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Why is it coming back? e.g. damaged, wrong size</source>
        <translation>Warum kommt es zurück? z. B. beschädigt, falsche Größe</translation>
    </message>
    <message>
        <source>Original tender  (F2)</source>
        <translation>Ursprüngliche Zahlungsart  (F2)</translation>
    </message>
    <message>
        <source>Cash  (F3)</source>
        <translation>Bar  (F3)</translation>
    </message>
    <message>
        <source>Refund  (Enter)</source>
        <translation>Erstatten  (Enter)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Abbrechen  (Esc)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Erstatten auf</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Up/Down: line    digits: how many    Space: all / none    + / -: one more / less    Tab: reason
F2: original tender    F3: cash    Enter: refund    Esc: cancel</source>
        <translation>Pfeil auf/ab: Position    Ziffern: Anzahl    Leertaste: alle / keine    + / -: eins mehr / weniger    Tab: Grund
F2: ursprüngliche Zahlungsart    F3: bar    Enter: erstatten    Esc: abbrechen</translation>
    </message>
    <message>
        <source>Everything on receipt {receipt} has already been returned.</source>
        <translation>Alles auf Bon {receipt} wurde bereits zurückgegeben.</translation>
    </message>
    <message>
        <source>Choose what comes back: type a quantity, or Space for the whole line.</source>
        <translation>Wählen Sie, was zurückkommt: Menge eingeben oder Leertaste für die ganze Position.</translation>
    </message>
    <message>
        <source> · refunded before {amount}</source>
        <translation> · bereits erstattet {amount}</translation>
    </message>
    <message>
        <source>Receipt {receipt} · {time}{customer} · total {total} · paid {paid}{before}</source>
        <translation>Bon {receipt} · {time}{customer} · Summe {total} · bezahlt {paid}{before}</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>(nothing to pay out after cash rounding)</source>
        <translation>(nach Bargeldrundung nichts auszuzahlen)</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Can return</source>
        <translation>Rückgabefähig</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>Eine Menge kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>{item}: all {count} have already been returned.</source>
        <translation>{item}: alle {count} wurden bereits zurückgegeben.</translation>
    </message>
    <message>
        <source>{item}: at most {count} can be returned.</source>
        <translation>{item}: höchstens {count} können zurückgegeben werden.</translation>
    </message>
    <message>
        <source>Type a whole number of units to return (got {text}).</source>
        <translation>Geben Sie eine ganze Stückzahl für die Rückgabe ein (eingegeben: {text}).</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>The reason contains control characters.</source>
        <translation>Der Grund enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Type the reason for the return (e.g. damaged, wrong size).</source>
        <translation>Geben Sie den Grund der Rückgabe ein (z. B. beschädigt, falsche Größe).</translation>
    </message>
    <message>
        <source>The reason is too long ({length} characters, at most {maximum}).</source>
        <translation>Der Grund ist zu lang ({length} Zeichen, höchstens {maximum}).</translation>
    </message>
    <message>
        <source>Return of {total} recorded; nothing to pay out after cash rounding.</source>
        <translation>Rückgabe über {total} erfasst; nach der Bargeldrundung ist nichts auszuzahlen.</translation>
    </message>
    <message>
        <source>Refunded {amount} in cash{reference}.</source>
        <translation>{amount} bar erstattet{reference}.</translation>
    </message>
    <message>
        <source>Refunded {amount} to the {method}{reference}.</source>
        <translation>{amount} auf {method}{reference} erstattet.</translation>
    </message>
    <message>
        <source>Refunded {amount}: {parts}.</source>
        <translation>{amount} erstattet: {parts}.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Receipt {number} is not a completed sale ({status}): nothing can be returned.</source>
        <translation>Bon {number} ist kein abgeschlossener Verkauf ({status}): nichts kann zurückgegeben werden.</translation>
    </message>
</context>
<context>
    <name>ReturnsController</name>
    <message>
        <source>There is no receipt {number}.</source>
        <translation>Es gibt keinen Bon {number}.</translation>
    </message>
    <message>
        <source>That sale no longer exists.</source>
        <translation>Diesen Verkauf gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Choose what comes back: type a quantity on at least one line.</source>
        <translation>Wählen Sie, was zurückkommt: geben Sie bei mindestens einer Position eine Menge ein.</translation>
    </message>
    <message>
        <source>That line is not part of this sale.</source>
        <translation>Diese Position gehört nicht zu diesem Verkauf.</translation>
    </message>
    <message>
        <source>{name}: return a whole number of units.</source>
        <translation>{name}: nur ganze Stückzahlen zurückgeben.</translation>
    </message>
    <message>
        <source>{name}: {message}.</source>
        <translation>{name}: {message}.</translation>
    </message>
    <message>
        <source>This till&apos;s shift was closed meanwhile: open a shift (F10) and try again. Nothing was refunded.</source>
        <translation>Die Schicht dieser Kasse wurde inzwischen geschlossen: öffnen Sie eine Schicht (F10) und versuchen Sie es erneut. Es wurde nichts erstattet.</translation>
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
    <name>Sale</name>
    <message>
        <source>Discount must be a percentage like 10% or an amount like 2.50 (got {typed!r})</source>
        <translation>Der Rabatt muss ein Prozentsatz wie 10% oder ein Betrag wie 2,50 sein (eingegeben: {typed!r})</translation>
    </message>
    <message>
        <source>The sale discount of {discount} is more than the {left} the sale would come to: change or remove the sale discount (F5) first. Nothing was changed.</source>
        <translation>Der Bonrabatt von {discount} ist höher als die {left}, die der Verkauf ergäbe: ändern oder entfernen Sie zuerst den Bonrabatt (F5). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{message}. Nothing was changed.</source>
        <translation>{message}. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SaleController</name>
    <message>
        <source>That is not a barcode ({length} characters).</source>
        <translation>Das ist kein Barcode ({length} Zeichen).</translation>
    </message>
    <message>
        <source>Unknown barcode {code}: nothing was added.</source>
        <translation>Unbekannter Barcode {code}: nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>No item matches “{code}”: nothing was added.</source>
        <translation>Kein Artikel passt zu „{code}“: nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>{name} is no longer sold (inactive in the catalog).</source>
        <translation>{name} wird nicht mehr verkauft (im Sortiment inaktiv).</translation>
    </message>
    <message>
        <source>There is no open sale.</source>
        <translation>Es gibt keinen offenen Verkauf.</translation>
    </message>
    <message>
        <source>Quantity cannot go below 1: press Delete to remove the line.</source>
        <translation>Die Menge kann nicht unter 1 sinken: mit Entf die Position entfernen.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>voiding a sale</source>
        <translation>die Stornierung eines Verkaufs</translation>
    </message>
    <message>
        <source>This sale is no longer open.</source>
        <translation>Dieser Verkauf ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>Nothing to discount: the sale is empty.</source>
        <translation>Nichts zu rabattieren: der Verkauf ist leer.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Nothing to change: the sale is empty.</source>
        <translation>Nichts zu ändern: der Verkauf ist leer.</translation>
    </message>
    <message>
        <source>{price} is the catalog price: restore it with “Catalog price” instead.</source>
        <translation>{price} ist der Sortimentspreis: stellen Sie ihn stattdessen mit „Sortimentspreis“ wieder her.</translation>
    </message>
    <message>
        <source>Nothing to park: the sale is empty.</source>
        <translation>Nichts zu parken: der Verkauf ist leer.</translation>
    </message>
    <message>
        <source>Finish, park or void the open sale before resuming another one.</source>
        <translation>Schließen, parken oder stornieren Sie den offenen Verkauf, bevor Sie einen anderen fortsetzen.</translation>
    </message>
    <message>
        <source>That parked sale is no longer waiting; it was not resumed.</source>
        <translation>Dieser geparkte Verkauf wartet nicht mehr; er wurde nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>{given} does not cover the total of {total}.</source>
        <translation>{given} deckt die Summe von {total} nicht.</translation>
    </message>
    <message>
        <source>Nothing to pay: the sale is empty.</source>
        <translation>Nichts zu bezahlen: der Verkauf ist leer.</translation>
    </message>
    <message>
        <source>This sale was already completed; it was not charged again.</source>
        <translation>Dieser Verkauf wurde bereits abgeschlossen; er wurde nicht erneut kassiert.</translation>
    </message>
    <message>
        <source>That line is no longer in the sale.</source>
        <translation>Diese Position ist nicht mehr im Verkauf.</translation>
    </message>
    <message>
        <source>The sale would come to {total}, more than the {maximum} one sale can take; nothing was changed.</source>
        <translation>Der Verkauf käme auf {total}, mehr als die {maximum}, die ein Verkauf haben kann; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This sale was completed or voided on another register; nothing was changed. A new sale has been started.</source>
        <translation>Dieser Verkauf wurde an einer anderen Kasse abgeschlossen oder storniert; es wurde nichts geändert. Ein neuer Verkauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Quantity must be at least 1.</source>
        <translation>Die Menge muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Quantity cannot be more than {maximum:,}.</source>
        <translation>Die Menge darf höchstens {maximum:,} sein.</translation>
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
    <name>Settings</name>
    <message>
        <source>USB printer “{text}” is not vendor:product in hexadecimal, e.g. 04b8:0202</source>
        <translation>USB-Drucker „{text}“ ist nicht Hersteller:Produkt in Hexadezimal, z. B. 04b8:0202</translation>
    </message>
    <message>
        <source>USB printer “{text}”: the ids are 4 hexadecimal digits each, e.g. 04b8:0202</source>
        <translation>USB-Drucker „{text}“: die Kennungen haben je 4 Hexadezimalziffern, z. B. 04b8:0202</translation>
    </message>
    <message>
        <source>Printer address “{text}” is not a host name or address (host or host:port)</source>
        <translation>Druckeradresse „{text}“ ist kein Hostname und keine Adresse (Host oder Host:Port)</translation>
    </message>
    <message>
        <source>Printer port “{port}” is not a number from 1 to 65535</source>
        <translation>Druckerport „{port}“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>The shop name</source>
        <translation>Der Geschäftsname</translation>
    </message>
    <message>
        <source>The shop address</source>
        <translation>Die Geschäftsadresse</translation>
    </message>
    <message>
        <source>The tax ID</source>
        <translation>Die Steuernummer</translation>
    </message>
    <message>
        <source>The receipt footer</source>
        <translation>Die Bon-Fußzeile</translation>
    </message>
    <message>
        <source>The USB printer ids</source>
        <translation>Die USB-Druckerkennung</translation>
    </message>
    <message>
        <source>The printer address</source>
        <translation>Die Druckeradresse</translation>
    </message>
    <message>
        <source>The printer device file</source>
        <translation>Die Druckergerätedatei</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>None (to the cent)</source>
        <translation>Keine (auf den Cent)</translation>
    </message>
    <message>
        <source>To {step}</source>
        <translation>Auf {step}</translation>
    </message>
    <message>
        <source>Per line</source>
        <translation>Pro Position</translation>
    </message>
    <message>
        <source>Per order (per rate)</source>
        <translation>Pro Bestellung (je Satz)</translation>
    </message>
    <message>
        <source>None (preview only)</source>
        <translation>Keiner (nur Vorschau)</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>Systemdrucker</translation>
    </message>
    <message>
        <source>ESC/POS thermal printer</source>
        <translation>ESC/POS-Thermodrucker</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Gerätedatei</translation>
    </message>
    <message>
        <source>Roll 80 mm</source>
        <translation>Rolle 80 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Catalog prices include ta&amp;x</source>
        <translation>Katalogpreise enthalten &amp;MwSt.</translation>
    </message>
    <message>
        <source>vendor:product, e.g. 04b8:0202 (lsusb shows it)</source>
        <translation>Hersteller:Produkt, z. B. 04b8:0202 (zeigt lsusb)</translation>
    </message>
    <message>
        <source>host or host:port, e.g. 192.168.1.50:9100</source>
        <translation>Host oder Host:Port, z. B. 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>e.g. /dev/usb/lp0</source>
        <translation>z. B. /dev/usb/lp0</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>Print a receipt after each &amp;sale</source>
        <translation>Nach jedem &amp;Verkauf einen Bon drucken</translation>
    </message>
    <message>
        <source>Open the cash &amp;drawer on cash sales (ESC/POS)</source>
        <translation>Bei Barverkäufen die Kassen&amp;lade öffnen (ESC/POS)</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 bis 100</translation>
    </message>
    <message>
        <source>0 = never</source>
        <translation>0 = nie</translation>
    </message>
    <message>
        <source>&amp;Test print  ({key})</source>
        <translation>&amp;Testdruck  ({key})</translation>
    </message>
    <message>
        <source>Save  ({key})</source>
        <translation>Speichern  ({key})</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Abbrechen  (Esc)</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;Name des Geschäfts</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Tax &amp;ID</source>
        <translation>Steuer-&amp;ID</translation>
    </message>
    <message>
        <source>Receipt &amp;footer</source>
        <translation>Bon-&amp;Fußzeile</translation>
    </message>
    <message>
        <source>Receipt header and footer</source>
        <translation>Bonkopf und Bonfuß</translation>
    </message>
    <message>
        <source>&amp;Cash rounding</source>
        <translation>&amp;Bargeldrundung</translation>
    </message>
    <message>
        <source>Tax r&amp;ounding</source>
        <translation>Steuer&amp;rundung</translation>
    </message>
    <message>
        <source>Lan&amp;guage and formats</source>
        <translation>S&amp;prache und Formate</translation>
    </message>
    <message>
        <source>The language, and how money and dates look, change at the next start of pos_app.</source>
        <translation>Die Sprache und das Format von Beträgen und Daten ändern sich beim nächsten Start von pos_app.</translation>
    </message>
    <message>
        <source>Tax, cash and locale</source>
        <translation>Steuer, Bargeld und Region</translation>
    </message>
    <message>
        <source>&amp;Receipts print on</source>
        <translation>&amp;Bons drucken auf</translation>
    </message>
    <message>
        <source>&amp;Paper (system printer)</source>
        <translation>&amp;Papier (Systemdrucker)</translation>
    </message>
    <message>
        <source>Conn&amp;ection (ESC/POS)</source>
        <translation>Verbin&amp;dung (ESC/POS)</translation>
    </message>
    <message>
        <source>&amp;USB ids</source>
        <translation>&amp;USB-IDs</translation>
    </message>
    <message>
        <source>Net&amp;work address</source>
        <translation>Net&amp;zwerkadresse</translation>
    </message>
    <message>
        <source>De&amp;vice file</source>
        <translation>Gerä&amp;tedatei</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <source>Cashier discount li&amp;mit (%)</source>
        <translation>Rabatt&amp;grenze Kasse (%)</translation>
    </message>
    <message>
        <source>Auto-loc&amp;k after (minutes)</source>
        <translation>Automatisch sperren &amp;nach (Minuten)</translation>
    </message>
    <message>
        <source>Staff (with staff accounts)</source>
        <translation>Personal (mit Personalkonten)</translation>
    </message>
    <message>
        <source>Ctrl+S: save    Ctrl+T: test print    Esc: cancel</source>
        <translation>Strg+S: speichern    Strg+T: Testdruck    Esc: abbrechen</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name: it heads every receipt.</source>
        <translation>Namen des Geschäfts eingeben: Er steht oben auf jedem Bon.</translation>
    </message>
    <message>
        <source>Columns must be a whole number from {low} to {high} (48 for an 80 mm roll, 32 for 58 mm).</source>
        <translation>Spalten müssen eine ganze Zahl von {low} bis {high} sein (48 für eine 80-mm-Rolle, 32 für 58 mm).</translation>
    </message>
    <message>
        <source>This is longer than {limit} characters ({length}).</source>
        <translation>Das ist länger als {limit} Zeichen ({length}).</translation>
    </message>
    <message>
        <source>Test receipt sent to the printer. Save to keep these settings.</source>
        <translation>Testbon an den Drucker gesendet. Speichern, um diese Einstellungen zu behalten.</translation>
    </message>
    <message>
        <source>The cashier&apos;s discount limit is a percent from 0 to 100, e.g. 10 or 12.5.</source>
        <translation>Die Rabattgrenze der Kasse ist ein Prozentsatz von 0 bis 100, z. B. 10 oder 12,5.</translation>
    </message>
    <message>
        <source>Auto-lock is a whole number of minutes from 0 (never) to {limit}.</source>
        <translation>Automatisches Sperren ist eine ganze Zahl von Minuten von 0 (nie) bis {limit}.</translation>
    </message>
</context>
<context>
    <name>SettingsLauncher</name>
    <message>
        <source>Settings…  ({key})</source>
        <translation>Einstellungen…  ({key})</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>SetupLauncher</name>
    <message>
        <source>Set up the shop and owner account…</source>
        <translation>Geschäft und Inhaberkonto einrichten…</translation>
    </message>
</context>
<context>
    <name>SetupResult</name>
    <message>
        <source>none added</source>
        <translation>keine angelegt</translation>
    </message>
    <message>
        <source>{shop_name} is set up: owner {owner}, currency {currency}, tax rates: {rates}.</source>
        <translation>{shop_name} ist eingerichtet: Inhaber {owner}, Währung {currency}, Steuersätze: {rates}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up your shop</source>
        <translation>Geschäft einrichten</translation>
    </message>
    <message>
        <source>none added</source>
        <translation>keine hinzugefügt</translation>
    </message>
    <message>
        <source>Shop: {name}</source>
        <translation>Geschäft: {name}</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>Adresse: {address}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Currency: {code}</source>
        <translation>Währung: {code}</translation>
    </message>
    <message>
        <source>Language and formats: {locale}</source>
        <translation>Sprache und Formate: {locale}</translation>
    </message>
    <message>
        <source>Tax rates: {rates}</source>
        <translation>Steuersätze: {rates}</translation>
    </message>
    <message>
        <source>Owner: {name} (logs in with the password just typed)</source>
        <translation>Inhaber/in: {name} (meldet sich mit dem eben eingegebenen Passwort an)</translation>
    </message>
</context>
<context>
    <name>ShiftController</name>
    <message>
        <source>No shift is open: there is no X report to read.</source>
        <translation>Keine Schicht offen: es gibt keinen X-Bericht.</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>The cashier&apos;s name is longer than {maximum} characters.</source>
        <translation>Der Name des Kassierers ist länger als {maximum} Zeichen.</translation>
    </message>
    <message>
        <source>A shift is already open on this till: close it first.</source>
        <translation>An dieser Kasse ist bereits eine Schicht offen: schließen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>No shift is open: there is nothing to close.</source>
        <translation>Keine Schicht offen: es gibt nichts abzuschließen.</translation>
    </message>
    <message>
        <source>This shift was closed meanwhile: nothing was changed.</source>
        <translation>Diese Schicht wurde inzwischen geschlossen: es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Der Betrag</translation>
    </message>
    <message>
        <source>{label}: the amount must be more than 0.</source>
        <translation>{label}: der Betrag muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>{label}: type the reason.</source>
        <translation>{label}: bitte den Grund eingeben.</translation>
    </message>
    <message>
        <source>The reason is longer than {maximum} characters.</source>
        <translation>Der Grund ist länger als {maximum} Zeichen.</translation>
    </message>
    <message>
        <source>No shift is open: open a shift (F10) before paying cash in or out.</source>
        <translation>Keine Schicht offen: öffnen Sie eine Schicht (F10), bevor Sie Bargeld einlegen oder entnehmen.</translation>
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
    <name>ShiftQueries</name>
    <message>
        <source>No shift is open: open a shift with the cash float first (F10).</source>
        <translation>Keine Schicht offen: öffnen Sie zuerst eine Schicht mit dem Wechselgeld (F10).</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>There is no shift number {shift_id}.</source>
        <translation>Es gibt keine Schicht Nummer {shift_id}.</translation>
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
    <name>Shifts</name>
    <message>
        <source>{label} {amount}: {reason}</source>
        <translation>{label} {amount}: {reason}</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Entnahme</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>The name and address print on every receipt.</source>
        <translation>Name und Adresse stehen auf jedem Bon.</translation>
    </message>
    <message>
        <source>Street, town (optional; Enter starts a new line)</source>
        <translation>Straße, Ort (optional; Enter beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>Na&amp;me des Geschäfts:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>{field} is longer than {maximum} characters</source>
        <translation>{field} ist länger als {maximum} Zeichen</translation>
    </message>
    <message>
        <source>“{locale}” is not a locale pos_app knows, like en_US or de_DE</source>
        <translation>„{locale}“ ist keine Region, die pos_app kennt, wie en_US oder de_DE</translation>
    </message>
    <message>
        <source>Printer columns must be from {minimum} to {maximum}</source>
        <translation>Die Druckerspalten müssen zwischen {minimum} und {maximum} liegen</translation>
    </message>
    <message>
        <source>Auto-lock must be from 0 (never) to {maximum} minutes</source>
        <translation>Die automatische Sperre muss zwischen 0 (nie) und {maximum} Minuten liegen</translation>
    </message>
    <message>
        <source>The cashier&apos;s discount limit must be from 0 to 100 %</source>
        <translation>Das Rabattlimit der Kassierer muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>The cash drawer opens through an ESC/POS printer: choose ESC/POS or untick the drawer.</source>
        <translation>Die Kassenlade öffnet über einen ESC/POS-Drucker: wählen Sie ESC/POS oder deaktivieren Sie die Kassenlade.</translation>
    </message>
    <message>
        <source>Type the USB printer&apos;s vendor:product ids (e.g. 04b8:0202, as lsusb shows them).</source>
        <translation>Geben Sie die Hersteller:Produkt-Kennung des USB-Druckers ein (z. B. 04b8:0202, wie lsusb sie anzeigt).</translation>
    </message>
    <message>
        <source>Type the network printer&apos;s address (host or host:port).</source>
        <translation>Geben Sie die Adresse des Netzwerkdruckers ein (Host oder Host:Port).</translation>
    </message>
    <message>
        <source>Type the printer&apos;s device file (e.g. /dev/usb/lp0).</source>
        <translation>Geben Sie die Gerätedatei des Druckers ein (z. B. /dev/usb/lp0).</translation>
    </message>
</context>
<context>
    <name>ShopSetup</name>
    <message>
        <source>Type the shop&apos;s name.</source>
        <translation>Geben Sie den Namen des Geschäfts ein.</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s currency, like EUR, USD or GBP.</source>
        <translation>Wählen Sie die Währung des Geschäfts, z. B. EUR, USD oder GBP.</translation>
    </message>
    <message>
        <source>“{locale}” is not a locale pos_app knows, like en_US or de_DE.</source>
        <translation>„{locale}“ ist keine Region, die pos_app kennt, wie en_US oder de_DE.</translation>
    </message>
    <message>
        <source>Tax rate {name}={percent}: {error}</source>
        <translation>Steuersatz {name}={percent}: {error}</translation>
    </message>
</context>
<context>
    <name>ShopSetupController</name>
    <message>
        <source>This shop is already set up: it has an owner. Add staff with `pos-app user add`.</source>
        <translation>Dieses Geschäft ist bereits eingerichtet: es hat einen Inhaber. Mitarbeiter fügen Sie mit `pos-app user add` hinzu.</translation>
    </message>
    <message>
        <source>{earlier} and {name} both have {percent}%: each percent has one name.</source>
        <translation>{earlier} und {name} haben beide {percent}%: jeder Prozentsatz hat nur einen Namen.</translation>
    </message>
    <message>
        <source>Two tax rates are named {name}.</source>
        <translation>Zwei Steuersätze heißen {name}.</translation>
    </message>
    <message>
        <source>Setting up the owner account needs a manager logged in (or `pos-app setup`).</source>
        <translation>Zum Einrichten des Inhaberkontos muss ein Manager angemeldet sein (oder `pos-app setup` verwenden).</translation>
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
    <name>StaffAdminController</name>
    <message>
        <source>You cannot change your own role while logged in: another owner can do it.</source>
        <translation>Ihre eigene Rolle können Sie nicht ändern, solange Sie angemeldet sind: ein anderer Inhaber kann das tun.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself while logged in: another owner can do it.</source>
        <translation>Sie können sich nicht selbst deaktivieren, solange Sie angemeldet sind: ein anderer Inhaber kann das tun.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Dieses Konto gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <source>{name} cannot approve this: {refusal}</source>
        <translation>{name} darf das nicht freigeben: {refusal}</translation>
    </message>
    <message>
        <source>Nobody is logged in: log in first.</source>
        <translation>Niemand ist angemeldet: bitte zuerst anmelden.</translation>
    </message>
    <message>
        <source>That approval was for something else. {refusal}</source>
        <translation>Diese Freigabe galt für etwas anderes. {refusal}</translation>
    </message>
    <message>
        <source>That approval is not valid (each one is for one action, until logout). </source>
        <translation>Diese Freigabe ist nicht gültig (jede gilt für eine Aktion, bis zur Abmeldung). </translation>
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
    <name>Startup</name>
    <message>
        <source>{reason}. Install the newer pos_app, or restore an older backup.</source>
        <translation>{reason}. Installieren Sie die neuere pos_app-Version oder stellen Sie eine ältere Sicherung wieder her.</translation>
    </message>
    <message>
        <source>{database} is not a pos_app database ({reason}). Nothing was changed; choose another file.</source>
        <translation>{database} ist keine pos_app-Datenbank ({reason}). Es wurde nichts geändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: {reason}</source>
        <translation>Die Datenbank konnte vor der Aktualisierung nicht gesichert werden: {reason}</translation>
    </message>
    <message>
        <source> — free some space on the disk and start again</source>
        <translation> – schaffen Sie Platz auf dem Datenträger und starten Sie erneut</translation>
    </message>
    <message>
        <source>Could not open the database at {database}: {reason}</source>
        <translation>Die Datenbank {database} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read (permission denied). Nothing was changed.</source>
        <translation>Die Datenbank {path} kann nicht gelesen werden (Zugriff verweigert). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database {path} is read-only: sales could not be saved. Nothing was changed. Make the file writable, or copy it to a writable folder and open it with --db.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt: Verkäufe könnten nicht gespeichert werden. Es wurde nichts geändert. Machen Sie die Datei beschreibbar oder kopieren Sie sie in einen beschreibbaren Ordner und öffnen Sie sie mit --db.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: the database needs to write its journal beside it. Nothing was changed. Move the database to a writable folder.</source>
        <translation>Der Ordner {folder} ist schreibgeschützt: Die Datenbank muss daneben ihr Journal schreiben. Es wurde nichts geändert. Verschieben Sie die Datenbank in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a pos_app database ({problem}). Nothing was changed. Restore a backup from {backups} or choose another file with --db.</source>
        <translation>Die Datenbank {path} ist beschädigt oder keine pos_app-Datenbank ({problem}). Es wurde nichts geändert. Stellen Sie eine Sicherung aus {backups} wieder her oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database {path}: {reason}</source>
        <translation>Der Ordner für die Datenbank {path} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: {reason}</source>
        <translation>Die Datenbank {path} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the folder is read-only for this user</source>
        <translation>der Ordner ist für diesen Benutzer schreibgeschützt</translation>
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
        <source>&lt;b&gt;{name}&lt;/b&gt;  ({sku})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;  ({sku})</translation>
    </message>
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
    <name>StockLevelController</name>
    <message>
        <source>That item no longer exists.</source>
        <translation>Diesen Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The stock on hand is already {before:,}: nothing was changed.</source>
        <translation>Der Bestand ist bereits {before:,}: es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That would make the stock {after:,}: check the figure.</source>
        <translation>Damit wäre der Bestand {after:,}: bitte die Zahl prüfen.</translation>
    </message>
</context>
<context>
    <name>StockLevels</name>
    <message>
        <source>The reorder point must be a whole number of 0 or more, or blank for none (got {stripped!r}).</source>
        <translation>Der Meldebestand muss eine ganze Zahl ab 0 sein oder leer für keinen (eingegeben: {stripped!r}).</translation>
    </message>
    <message>
        <source>The reorder point cannot be more than {maximum:,}.</source>
        <translation>Der Meldebestand darf höchstens {maximum:,} sein.</translation>
    </message>
    <message>
        <source>Type the count (like 12) or a change (like +5 or -3).</source>
        <translation>Geben Sie den gezählten Bestand (z. B. 12) oder eine Änderung (z. B. +5 oder -3) ein.</translation>
    </message>
    <message>
        <source>Type a whole number: the count (like 12) or a change (like +5 or -3); got {stripped!r}.</source>
        <translation>Geben Sie eine ganze Zahl ein: den gezählten Bestand (z. B. 12) oder eine Änderung (z. B. +5 oder -3); eingegeben: {stripped!r}.</translation>
    </message>
    <message>
        <source>That is more than {maximum:,}: check the figure.</source>
        <translation>Das ist mehr als {maximum:,}: bitte die Zahl prüfen.</translation>
    </message>
    <message>
        <source>A change of 0 changes nothing: type the count, or a change like +5.</source>
        <translation>Eine Änderung um 0 ändert nichts: geben Sie den gezählten Bestand oder eine Änderung wie +5 ein.</translation>
    </message>
    <message>
        <source>The reason contains control characters.</source>
        <translation>Der Grund enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Say why the stock is corrected (a count, breakage, theft…).</source>
        <translation>Geben Sie an, warum der Bestand korrigiert wird (Inventur, Bruch, Diebstahl…).</translation>
    </message>
    <message>
        <source>The reason is too long ({length} characters, at most {maximum}).</source>
        <translation>Der Grund ist zu lang ({length} Zeichen, höchstens {maximum}).</translation>
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
    <name>SummaryPage</name>
    <message>
        <source>Ready to save</source>
        <translation>Bereit zum Speichern</translation>
    </message>
    <message>
        <source>Finish saves all of this at once; Back changes it.</source>
        <translation>Fertigstellen speichert alles auf einmal; Zurück ändert es.</translation>
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
    <name>TaxPage</name>
    <message>
        <source>Name, like Standard</source>
        <translation>Name, z. B. Normal</translation>
    </message>
    <message>
        <source>Percent, like 20</source>
        <translation>Prozent, z. B. 19</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Items refer to a rate by its percent: add each rate you sell at (0 for tax-free goods).</source>
        <translation>Artikel verweisen über den Prozentsatz auf einen Steuersatz: jeden Satz anlegen, zu dem Sie verkaufen (0 für steuerfreie Waren).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>&amp;Add a tax rate</source>
        <translation>Steuersatz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The shop has: {rates}. Add more here, or none.</source>
        <translation>Das Geschäft hat: {rates}. Hier weitere hinzufügen, oder keine.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>TaxRate</name>
    <message>
        <source>A tax rate needs a name</source>
        <translation>Ein Steuersatz braucht einen Namen</translation>
    </message>
    <message>
        <source>A tax rate name is at most {limit} plain characters</source>
        <translation>Der Name eines Steuersatzes hat höchstens {limit} einfache Zeichen</translation>
    </message>
    <message>
        <source>Tax rate must be between 0 and 100 percent</source>
        <translation>Der Steuersatz muss zwischen 0 und 100 Prozent liegen</translation>
    </message>
    <message>
        <source>Tax rate can have at most 2 decimal places</source>
        <translation>Der Steuersatz darf höchstens 2 Nachkommastellen haben</translation>
    </message>
</context>
<context>
    <name>TaxRateController</name>
    <message>
        <source>That tax rate no longer exists.</source>
        <translation>Diesen Steuersatz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>1 item uses {name} ({percent}%): move them to another rate before deleting it.</source>
        <translation>1 Artikel verwendet {name} ({percent}%): stellen Sie ihn auf einen anderen Satz um, bevor Sie diesen löschen.</translation>
    </message>
    <message>
        <source>{count:,} items use {name} ({percent}%): move them to another rate before deleting it.</source>
        <translation>{count:,} Artikel verwenden {name} ({percent}%): stellen Sie sie auf einen anderen Satz um, bevor Sie diesen löschen.</translation>
    </message>
    <message>
        <source>{name} already has {percent}%: items refer to a rate by its percent, so each percent has one name.</source>
        <translation>{name} hat bereits {percent}%: Artikel verweisen über den Prozentsatz auf einen Steuersatz, daher hat jeder Prozentsatz nur einen Namen.</translation>
    </message>
    <message>
        <source>There is already a tax rate named {name}.</source>
        <translation>Es gibt bereits einen Steuersatz namens {name}.</translation>
    </message>
</context>
<context>
    <name>TaxRates</name>
    <message>
        <source>No tax rate of {percent}%: add it under Tax rates first</source>
        <translation>Kein Steuersatz mit {percent}%: legen Sie ihn zuerst unter Steuersätze an</translation>
    </message>
    <message>
        <source>Type the rate&apos;s percent, like 20 (or 0 for a zero rate)</source>
        <translation>Geben Sie den Prozentsatz ein, z. B. 20 (oder 0 für einen Nullsatz)</translation>
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
    <name>TaxRounding</name>
    <message>
        <source>Round tax on each line</source>
        <translation>Steuer pro Position runden</translation>
    </message>
    <message>
        <source>Round tax once per rate for the whole sale</source>
        <translation>Steuer einmal je Steuersatz für den ganzen Verkauf runden</translation>
    </message>
</context>
<context>
    <name>Tender</name>
    <message>
        <source>A payment reference has at most {limit} printable characters</source>
        <translation>Eine Zahlungsreferenz hat höchstens {limit} druckbare Zeichen</translation>
    </message>
    <message>
        <source>A payment must be more than 0</source>
        <translation>Eine Zahlung muss größer als 0 sein</translation>
    </message>
    <message>
        <source>The payment is too large</source>
        <translation>Die Zahlung ist zu hoch</translation>
    </message>
    <message>
        <source>A payment can have at most 2 decimal places</source>
        <translation>Eine Zahlung darf höchstens 2 Nachkommastellen haben</translation>
    </message>
</context>
<context>
    <name>UserController</name>
    <message>
        <source>Cashiers log in with a PIN: give a PIN, not a password.</source>
        <translation>Kassierer melden sich mit einer PIN an: geben Sie eine PIN an, kein Passwort.</translation>
    </message>
    <message>
        <source>A cashier needs a PIN (4 to 6 digits).</source>
        <translation>Ein Kassierer braucht eine PIN (4 bis 6 Ziffern).</translation>
    </message>
    <message>
        <source>Managers and owners log in with a password: give a password, not a PIN.</source>
        <translation>Manager und Inhaber melden sich mit einem Passwort an: geben Sie ein Passwort an, keine PIN.</translation>
    </message>
    <message>
        <source>An owner needs a password.</source>
        <translation>Ein Inhaber braucht ein Passwort.</translation>
    </message>
    <message>
        <source>A manager needs a password.</source>
        <translation>Ein Manager braucht ein Passwort.</translation>
    </message>
    <message>
        <source>{name} is already deactivated.</source>
        <translation>{name} ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>The shop needs an active owner: add another owner first.</source>
        <translation>Das Geschäft braucht einen aktiven Inhaber: legen Sie zuerst einen weiteren Inhaber an.</translation>
    </message>
    <message>
        <source>Only cashiers have a PIN; managers and owners use a password.</source>
        <translation>Nur Kassierer haben eine PIN; Manager und Inhaber verwenden ein Passwort.</translation>
    </message>
    <message>
        <source>Cashiers log in with a PIN, not a password.</source>
        <translation>Kassierer melden sich mit einer PIN an, nicht mit einem Passwort.</translation>
    </message>
    <message>
        <source>{name} is already active.</source>
        <translation>{name} ist bereits aktiv.</translation>
    </message>
    <message>
        <source>{name} needs a new PIN to come back (4 to 6 digits).</source>
        <translation>{name} braucht zur Reaktivierung eine neue PIN (4 bis 6 Ziffern).</translation>
    </message>
    <message>
        <source>Managers and owners keep their password: no PIN is needed.</source>
        <translation>Manager und Inhaber behalten ihr Passwort: eine PIN ist nicht nötig.</translation>
    </message>
    <message>
        <source>{name} is already {role}.</source>
        <translation>{name} ist bereits {role}.</translation>
    </message>
    <message>
        <source>The shop needs an active owner: make someone else owner before changing this role.</source>
        <translation>Das Geschäft braucht einen aktiven Inhaber: machen Sie zuerst jemand anderen zum Inhaber, bevor Sie diese Rolle ändern.</translation>
    </message>
    <message>
        <source>As a cashier {name} needs a PIN (4 to 6 digits).</source>
        <translation>Als Kassierer braucht {name} eine PIN (4 bis 6 Ziffern).</translation>
    </message>
    <message>
        <source>As {role} {name} needs a password.</source>
        <translation>Als {role} braucht {name} ein Passwort.</translation>
    </message>
    <message>
        <source>{name} keeps their password as {role}: use Reset password to change it.</source>
        <translation>{name} behält als {role} das Passwort: zum Ändern „Passwort zurücksetzen“ verwenden.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Geben Sie Ihre PIN ein.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: the PIN pad is locked until {until}. A manager can log in with a password.</source>
        <translation>Zu viele falsche PINs: die PIN-Eingabe ist bis {until} gesperrt. Ein Manager kann sich mit Passwort anmelden.</translation>
    </message>
    <message>
        <source>Wrong PIN, {failures} times: the PIN pad is locked until {until}.</source>
        <translation>{failures}-mal falsche PIN: die PIN-Eingabe ist bis {until} gesperrt.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Falscher Name oder falsches Passwort.</translation>
    </message>
    <message>
        <source>{name} is a cashier: cashiers log in with their PIN.</source>
        <translation>{name} ist Kassierer: Kassierer melden sich mit ihrer PIN an.</translation>
    </message>
    <message>
        <source>{name} is locked after {failures} wrong passwords, until {until}.</source>
        <translation>{name} ist nach {failures} falschen Passwörtern bis {until} gesperrt.</translation>
    </message>
    <message>
        <source>Wrong password, {failures} times: {name} is locked until {until}.</source>
        <translation>{failures}-mal falsches Passwort: {name} ist bis {until} gesperrt.</translation>
    </message>
    <message>
        <source>Another cashier has that PIN: choose another.</source>
        <translation>Ein anderer Kassierer hat diese PIN: wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>There is already someone called {existing}.</source>
        <translation>Es gibt bereits jemanden namens {existing}.</translation>
    </message>
    <message>
        <source>There is nobody called {name}.</source>
        <translation>Es gibt niemanden namens {name}.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Dieses Konto gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>a cashier</source>
        <translation>Kassierer</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>A name is at most {maximum} characters.</source>
        <translation>Ein Name hat höchstens {maximum} Zeichen.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters.</source>
        <translation>Ein Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>Eine PIN hat 4 bis 6 Ziffern.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (all one digit, or digits in a row): choose another.</source>
        <translation>Diese PIN ist zu leicht zu erraten (nur eine Ziffer oder Ziffernfolge): wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>A password is at least {minimum} characters.</source>
        <translation>Ein Passwort hat mindestens {minimum} Zeichen.</translation>
    </message>
    <message>
        <source>A password is at most {maximum} characters.</source>
        <translation>Ein Passwort hat höchstens {maximum} Zeichen.</translation>
    </message>
    <message>
        <source>Unknown role “{role}”: choose cashier, manager or owner.</source>
        <translation>Unbekannte Rolle „{role}“: wählen Sie cashier, manager oder owner.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>{field} contains control characters</source>
        <translation>{field} enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field} ist erforderlich</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {limit})</source>
        <translation>{field} ist zu lang ({length} Zeichen, höchstens {limit})</translation>
    </message>
    <message>
        <source>Label contains control characters</source>
        <translation>Die Bezeichnung enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>Type a label, such as the customer&apos;s name</source>
        <translation>Geben Sie eine Bezeichnung ein, z. B. den Namen des Kunden</translation>
    </message>
    <message>
        <source>Label is too long ({length} characters, at most {limit})</source>
        <translation>Die Bezeichnung ist zu lang ({length} Zeichen, höchstens {limit})</translation>
    </message>
    <message>
        <source>SKU is required</source>
        <translation>Artikelnummer ist erforderlich</translation>
    </message>
    <message>
        <source>SKU is too long (at most {limit} characters)</source>
        <translation>Artikelnummer ist zu lang (höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <source>SKU may contain letters, digits and punctuation, no spaces</source>
        <translation>Artikelnummer darf Buchstaben, Ziffern und Satzzeichen enthalten, keine Leerzeichen</translation>
    </message>
    <message>
        <source>Barcode is too long (at most {limit} characters)</source>
        <translation>Barcode ist zu lang (höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <source>Barcode may contain letters, digits and punctuation</source>
        <translation>Barcode darf Buchstaben, Ziffern und Satzzeichen enthalten</translation>
    </message>
    <message>
        <source>A numeric barcode must be EAN-8, UPC-A, EAN-13 or GTIN-14 (got {count} digits)</source>
        <translation>Ein numerischer Barcode muss EAN-8, UPC-A, EAN-13 oder GTIN-14 sein ({count} Ziffern eingegeben)</translation>
    </message>
    <message>
        <source>Barcode {code} has a wrong check digit (EAN/UPC)</source>
        <translation>Barcode {code} hat eine falsche Prüfziffer (EAN/UPC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>{field} must be a whole number (got {typed})</source>
        <translation>{field} muss eine ganze Zahl sein (eingegeben: {typed})</translation>
    </message>
    <message>
        <source>{field} cannot be less than {minimum}</source>
        <translation>{field} darf nicht kleiner als {minimum} sein</translation>
    </message>
    <message>
        <source>{field} cannot be more than {maximum}</source>
        <translation>{field} darf nicht größer als {maximum} sein</translation>
    </message>
    <message>
        <source>Tax rate must be a percentage, like 20 (got {typed})</source>
        <translation>Der Steuersatz muss ein Prozentsatz sein, z. B. 20 (eingegeben: {typed})</translation>
    </message>
    <message>
        <source>Tax rate must be between 0 and 100 percent</source>
        <translation>Der Steuersatz muss zwischen 0 und 100 Prozent liegen</translation>
    </message>
    <message>
        <source>Tax rate can have at most 2 decimal places</source>
        <translation>Der Steuersatz darf höchstens 2 Nachkommastellen haben</translation>
    </message>
    <message>
        <source>{typed} is not an email address</source>
        <translation>{typed} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone may contain digits, spaces and + ( ) - . /</source>
        <translation>Telefon darf Ziffern, Leerzeichen und + ( ) - . / enthalten</translation>
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
    <name>_PlanJob</name>
    <message>
        <source>the file could not be checked ({error})</source>
        <translation>die Datei konnte nicht geprüft werden ({error})</translation>
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
