<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>BadRow</name>
    <message>
        <source>row {id} ({created_at}, {event}): {problem}</source>
        <translation>Zeile {id} ({created_at}, {event}): {problem}</translation>
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
    <name>ExportController</name>
    <message>
        <source>That export was not permitted here, or its permit was used already.</source>
        <translation>Dieser Export wurde hier nicht freigegeben, oder die Freigabe wurde schon verwendet.</translation>
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
    <name>ShopSettings</name>
    <message>
        <source>{field} is longer than {maximum} characters</source>
        <translation>{field} ist länger als {maximum} Zeichen</translation>
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
    <name>_PlanJob</name>
    <message>
        <source>the file could not be checked ({error})</source>
        <translation>die Datei konnte nicht geprüft werden ({error})</translation>
    </message>
</context>
</TS>
