<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
      <source>Manager's name</source>
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
      <source>Replace the shop's database by {name}?

The database as it is now is kept as a before-restore backup: anything done since this backup is in that copy, not in the restored shop. pos_app closes the shop and reopens it.</source>
      <translation>Die Datenbank des Geschäfts durch {name} ersetzen?

Die Datenbank in ihrem jetzigen Stand wird als Sicherung vor der Wiederherstellung aufbewahrt: Alles, was seit dieser Sicherung geschah, steht in dieser Kopie, nicht im wiederhergestellten Geschäft. pos_app schließt das Geschäft und öffnet es neu.</translation>
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
      <source>The owner's account</source>
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
      <source>Type the shop's name: it heads every receipt.</source>
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
      <source>The cashier's discount limit is a percent from 0 to 100, e.g. 10 or 12.5.</source>
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
      <source>“{locale}” is not a locale pos_app knows, like en_US or de_DE</source>
      <translation>„{locale}“ ist keine Region, die pos_app kennt, wie en_US oder de_DE</translation>
    </message>
  </context>
  <context>
    <name>ShopSetup</name>
    <message>
      <source>“{locale}” is not a locale pos_app knows, like en_US or de_DE.</source>
      <translation>„{locale}“ ist keine Region, die pos_app kennt, wie en_US oder de_DE.</translation>
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
</TS>
