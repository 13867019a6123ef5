<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Print {name}</source>
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
</TS>
