<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>Permissions</name>
    <message>
        <source>Giving a discount</source>
        <translation>Rabatte geben</translation>
    </message>
    <message>
        <source>A discount above the cashier's limit</source>
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
        <source>Changing the shop's settings</source>
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
    <name>PrinterSettings</name>
    <message>
        <source>dummy printer</source>
        <translation>Testdrucker</translation>
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
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Scannen Sie den Barcode des Bons oder geben Sie seine Nummer ein.</translation>
    </message>
    <message>
        <source>That is a refund slip, not a sale receipt: scan the barcode of the sale's receipt.</source>
        <translation>Das ist ein Rückgabebeleg, kein Verkaufsbon: Scannen Sie den Barcode des Verkaufsbons.</translation>
    </message>
    <message>
        <source>“{typed}” is not a receipt number: scan the receipt's barcode or type its number.</source>
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
        <source>Type a label, such as the customer's name</source>
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
</TS>