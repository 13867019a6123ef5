<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name, or as the till should show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustStockDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted, like 12; or a change, like +5 or -3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: shelf count, breakage, theft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashMovementPage</name>
    <message>
        <source>Record  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid in&lt;/b&gt;: cash put into the drawer that is not a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? e.g. more change from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid out&lt;/b&gt;: cash taken from the drawer that is not a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? e.g. window cleaner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>&lt;b&gt;Value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Count&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Amount&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer: type how many of each. Enter/Down: next, Up: previous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12: close the shift with this count (final)    Esc: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is {amount} over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is {amount} short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count matches the expected cash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryLinesModel</name>
    <message>
        <source>{item}: the quantity is 1 already. Delete removes the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: a quantity cannot be more than {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenShiftPage</name>
    <message>
        <source>Who is on the till?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in the drawer now, e.g. 100.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past shifts  (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open. Count the float into the drawer and open a shift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastShiftsPage</name>
    <message>
        <source>Up/Down to choose, Enter to show its report, Esc: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift {shift}   {cashier}   {opened} to {until}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderPointDialog</name>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder &amp;point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at or below this shows under “Low stock only”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Print…  (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…  (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{back}  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change {name}&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s role: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashiers log in with a PIN: give the new PIN (the password goes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers and owners log in with a password: give it (the PIN goes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>{title}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <source>Scan a barcode, or type a name or SKU and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: walk-in  (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale  (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return  (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line  (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park  (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sales  (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift  (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount  (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price  (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay: scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to park: scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale parked as “{label}”. Resume it with F7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sale resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to discount: scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to change its price (Up / Down), then press F6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sales ({count})  (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to void: the sale is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale discount: {discount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {name}  (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {receipt} paid {total}
Tendered {tendered} — change {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale complete. Change due: {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift has been opened on this till yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift {shift} opened for {cashier} with a float of {float}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift {shift} closed: counted {counted}, expected {expected}, variance {variance}. Press F10 to open the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is closed. Print the Z report (Ctrl+P) or save it (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftMenuPage</name>
    <message>
        <source>Paid in  (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out  (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report  (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift: count, Z report  (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past shifts  (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc: back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift {shift}: {cashier}, open since {opened}, float {float}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReportText</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} report, shift {shift} (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} report, shift {shift} (open, not final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register {register}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier  {cashier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened   {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed   {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts given (in sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds by tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax per rate (sales less refunds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report: a reading, the shift stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tender} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReportView</name>
    <message>
        <source>Cannot write the PDF to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftStatus</name>
    <message>
        <source>No shift open: press F10 to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift {shift}: {cashier}, since {opened} (float {float})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccountsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>a cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;PIN / Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is deactivated and can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for {name}, who comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can log in again, with the new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffForms</name>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffLauncher</name>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner manages staff accounts: log in as the owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <source>pos_app cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup that passes its check is available. Restoring it keeps a copy of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest good backup ({backup})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDeliveryModel</name>
    <message>
        <source>A quantity is a whole number from 1 up (got {text}): it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity must be at least 1: Delete removes the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity cannot be more than {maximum}: it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDialogs</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand: {stock}    Reorder point: {point}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockJournalModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt / delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {refund}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Negative stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set reorder point…  (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock…  (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive delivery…  (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item (Up / Down) to set its reorder point, then press Ctrl+O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item (Up / Down) to adjust its stock, then press Ctrl+J.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point of {item} cleared: not tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point of {item} set to {point}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of {item} is now {stock}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery received: {items}, {units}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements of {item}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemReceiptPrinter</name>
    <message>
        <source>No system printer is set up on this computer: add one, or choose another output in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer {printer}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system printer has no cash drawer: the drawer needs an ESC/POS printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxRatesDialog</name>
    <message>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Standard, Reduced, Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20 or 5.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete  (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items refer to a rate by its percent; changing it moves the items along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax rates yet. Type a name and a percent (e.g. Standard and 20) and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}   (1 item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}   ({count} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {rate}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {rate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {rate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; 1 item moved to {rate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; {count} items moved to {rate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {rate}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this sale of 1 item, {total}? Its lines are kept on record as void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this sale of {count} items, {total}? Its lines are kept on record as void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? e.g. customer changed their mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SecretPair</name>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ: type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ: type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
