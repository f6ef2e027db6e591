<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>{d} hari {h} jam</source>
        <translation type="vanished">{d} d {h} h</translation>
    </message>
    <message>
        <source>{h} jam {m} menit</source>
        <translation type="vanished">{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} menit</source>
        <translation type="vanished">{m} min</translation>
    </message>
    <message>
        <source>Uang masuk</source>
        <translation type="vanished">Money in</translation>
    </message>
    <message>
        <source>Cara bayar</source>
        <translation type="vanished">Payment method</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="vanished">Total</translation>
    </message>
    <message>
        <source>Dikembalikan (refund)</source>
        <translation type="vanished">Refunded</translation>
    </message>
    <message>
        <source>Uang tunai di laci (tunai masuk − refund tunai)</source>
        <translation type="vanished">Cash in drawer (cash in − cash refunds)</translation>
    </message>
    <message>
        <source>DP hangus</source>
        <translation type="vanished">Forfeited deposits</translation>
    </message>
    <message>
        <source>Pembayaran belum cair</source>
        <translation type="vanished">Payments not yet cleared</translation>
    </message>
    <message>
        <source>COD belum diterima</source>
        <translation type="vanished">COD cash not yet received</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation type="vanished">Summary</translation>
    </message>
    <message>
        <source>Pos</source>
        <translation type="vanished">Item</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation type="vanished">Rupiah</translation>
    </message>
    <message>
        <source>Pesanan</source>
        <translation type="vanished">Order</translation>
    </message>
    <message>
        <source>Pelanggan</source>
        <translation type="vanished">Customer</translation>
    </message>
    <message>
        <source>Cara</source>
        <translation type="vanished">Method</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="vanished">Time</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation type="vanished">Note</translation>
    </message>
    <message>
        <source>Cair tanggal</source>
        <translation type="vanished">Clears on</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="vanished">Refunds</translation>
    </message>
    <message>
        <source>Pembayaran belum cair (akhir hari)</source>
        <translation type="vanished">Payments not yet cleared (end of day)</translation>
    </message>
    <message>
        <source>COD belum diterima dari kurir</source>
        <translation type="vanished">COD cash not yet received from couriers</translation>
    </message>
    <message>
        <source>Kurir</source>
        <translation type="vanished">Courier</translation>
    </message>
    <message>
        <source>Resi</source>
        <translation type="vanished">Tracking no.</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation type="vanished">Delivered</translation>
    </message>
    <message>
        <source>Keluhan dibuka dan ditutup hari ini</source>
        <translation type="vanished">Complaints opened and closed today</translation>
    </message>
    <message>
        <source>dibuka</source>
        <translation type="vanished">opened</translation>
    </message>
    <message>
        <source>ditutup</source>
        <translation type="vanished">closed</translation>
    </message>
    <message>
        <source>Ujung rantai bukti (cetak dan simpan di luar komputer)</source>
        <translation type="vanished">Evidence chain heads (print and keep somewhere other than the computer)</translation>
    </message>
    <message>
        <source>Rantai</source>
        <translation type="vanished">Chain</translation>
    </message>
    <message>
        <source>Jumlah catatan</source>
        <translation type="vanished">Number of entries</translation>
    </message>
    <message>
        <source>Hash terakhir</source>
        <translation type="vanished">Latest hash</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Temuan</source>
        <translation type="vanished">Finding</translation>
    </message>
    <message>
        <source>Penyelesaian</source>
        <translation type="vanished">Resolution</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation type="vanished">Cost</translation>
    </message>
    <message>
        <source>Keluhan</source>
        <translation type="vanished">Complaints</translation>
    </message>
    <message>
        <source>Keluhan masuk</source>
        <translation type="vanished">Complaints received</translation>
    </message>
    <message>
        <source>Keluhan ditutup</source>
        <translation type="vanished">Complaints closed</translation>
    </message>
    <message>
        <source>Median waktu tanggapan pertama</source>
        <translation type="vanished">Median time to first response</translation>
    </message>
    <message>
        <source>Median waktu penyelesaian</source>
        <translation type="vanished">Median time to resolution</translation>
    </message>
    <message>
        <source>Biaya keluhan bagi toko</source>
        <translation type="vanished">Complaint costs to the shop</translation>
    </message>
    <message>
        <source>Angka</source>
        <translation type="vanished">Figure</translation>
    </message>
    <message>
        <source>Penilaian pelanggan</source>
        <translation type="vanished">Customer ratings</translation>
    </message>
    <message>
        <source>{n} penilaian, rata-rata {avg} dari 5</source>
        <translation type="vanished">{n} ratings, average {avg} out of 5</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation type="vanished">Rating</translation>
    </message>
    <message>
        <source>Komentar</source>
        <translation type="vanished">Comment</translation>
    </message>
    <message>
        <source>Pengambilan pesanan</source>
        <translation type="vanished">Order pickups</translation>
    </message>
    <message>
        <source>Jatuh tempo ambil di periode ini</source>
        <translation type="vanished">Due for pickup in this period</translation>
    </message>
    <message>
        <source>Diambil tepat waktu</source>
        <translation type="vanished">Collected on time</translation>
    </message>
    <message>
        <source>Diambil terlambat</source>
        <translation type="vanished">Collected late</translation>
    </message>
    <message>
        <source>Hangus (tidak diambil)</source>
        <translation type="vanished">Forfeited (not collected)</translation>
    </message>
    <message>
        <source>Masih ditunggu</source>
        <translation type="vanished">Still awaited</translation>
    </message>
    <message>
        <source>Tingkat tidak datang (hangus + terlambat) ÷ jatuh tempo</source>
        <translation type="vanished">No-show rate (forfeited + late) ÷ due</translation>
    </message>
    <message>
        <source>Tanggal ambil</source>
        <translation type="vanished">Pickup date</translation>
    </message>
    <message>
        <source>Hari terakhir gratis</source>
        <translation type="vanished">Last free day</translation>
    </message>
    <message>
        <source>Lewat (hari)</source>
        <translation type="vanished">Overdue (days)</translation>
    </message>
    <message>
        <source>Sisa tagihan</source>
        <translation type="vanished">Balance due</translation>
    </message>
    <message>
        <source>Uang</source>
        <translation type="vanished">Money</translation>
    </message>
    <message>
        <source>DP dipegang di akhir periode</source>
        <translation type="vanished">Deposits held at end of period</translation>
    </message>
    <message>
        <source>DP hangus di periode ini ({n} pesanan)</source>
        <translation type="vanished">Deposits forfeited in this period ({n} orders)</translation>
    </message>
    <message>
        <source>Biaya simpan diterima</source>
        <translation type="vanished">Storage fees received</translation>
    </message>
    <message>
        <source>Nilai pesanan masuk ({n} pesanan)</source>
        <translation type="vanished">Value of new orders ({n} orders)</translation>
    </message>
    <message>
        <source>Waktu ramai (pesanan masuk)</source>
        <translation type="vanished">Busy times (new orders)</translation>
    </message>
    <message>
        <source>Perubahan status pelanggan</source>
        <translation type="vanished">Customer status changes</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="vanished">From</translation>
    </message>
    <message>
        <source>Menjadi</source>
        <translation type="vanished">To</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="vanished">Reason</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation type="vanished">By</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="164"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="165"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="166"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="167"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="168"/>
        <source>Tgl ambil</source>
        <translation>Pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="169"/>
        <source>Untuk diambil</source>
        <translation>Due at pickup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="170"/>
        <source>Biaya simpan</source>
        <translation>Storage fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="171"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="188"/>
        <source>Kirim &amp;WhatsApp (W)</source>
        <translation>Send &amp;WhatsApp (W)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="189"/>
        <source>Kirim e-mail (E)</source>
        <translation>Send e-mail (E)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="190"/>
        <source>Salin teks (C)</source>
        <translation>Copy text (C)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="191"/>
        <source>Tandai terkirim (S)</source>
        <translation>Mark as sent (S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="192"/>
        <source>Catat telepon (T)</source>
        <translation>Log phone call (T)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="193"/>
        <source>Buka pesanan (Enter)</source>
        <translation>Open order (Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="194"/>
        <source>Tanggal ambil baru (D)</source>
        <translation>New pickup date (D)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="195"/>
        <source>Tahan DP / batalkan (K)</source>
        <translation>Keep deposit / cancel (K)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="196"/>
        <source>Lewati pengingat (X)</source>
        <translation>Skip reminder (X)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="217"/>
        <source>Jalankan aturan harian</source>
        <translation>Run daily rules</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="241"/>
        <source>Agenda — {day}</source>
        <translation>Agenda — {day}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="289"/>
        <source>Urusan toko</source>
        <translation>Shop task</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="296"/>
        <source>belum siap; tanggal ambil {n} hari lagi</source>
        <translation>not ready; pickup date in {n} day(s)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="298"/>
        <source>belum siap; terlambat {n} hari</source>
        <translation>not ready; {n} day(s) late</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="301"/>
        <source>lewat {n} hari</source>
        <translation>{n} day(s) overdue</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="303"/>
        <source>batal otomatis {day}</source>
        <translation>auto-cancels {day}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="305"/>
        <source>pelanggan memberi kabar: tentukan tanggal baru (D) atau tahan DP (K)</source>
        <translation>customer got in touch: set a new date (D) or keep the deposit (K)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="307"/>
        <source>tertunda sejak {day}</source>
        <translation>pending since {day}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="362"/>
        <source>Tidak ada pesan untuk pelanggan di baris ini (urusan toko).</source>
        <translation>There is no customer message for this row (shop task).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="377"/>
        <source>Pelanggan ini tidak punya nomor WhatsApp.</source>
        <translation>This customer has no WhatsApp number.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="381"/>
        <source>WhatsApp atau peramban tidak bisa dibuka. Salin teksnya (C) dan kirim manual.</source>
        <translation>Could not open WhatsApp or the browser. Copy the text (C) and send it manually.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="386"/>
        <source>Kirim WhatsApp</source>
        <translation>Send WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="387"/>
        <source>Pesan untuk {name} ({code}) sudah terkirim di WhatsApp?</source>
        <translation>Has the message to {name} ({code}) been sent on WhatsApp?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="394"/>
        <source>Belum dicatat; pengingat tetap di agenda.</source>
        <translation>Not recorded; the reminder stays on the agenda.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="413"/>
        <source>Terkirim dan dicatat: {code}</source>
        <translation>Sent and recorded: {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="423"/>
        <source>Teks pesan {code} disalin.</source>
        <translation>Message text for {code} copied.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="432"/>
        <source>Pelanggan ini belum punya alamat e-mail.</source>
        <translation>This customer has no e-mail address yet.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="457"/>
        <source>Tanggal ambil {code} diubah.</source>
        <translation>Pickup date for {code} changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="467"/>
        <source>Keputusan menahan DP hanya oleh pemilik (atau staf yang diberi izin).</source>
        <translation>Only the owner (or staff with permission) can decide to keep a deposit.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="472"/>
        <source>Tahan DP — {code}</source>
        <translation>Keep deposit — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="473"/>
        <source>Pesanan dibatalkan dan DP tidak dikembalikan. Alasan keputusan (wajib):</source>
        <translation>The order will be cancelled and the deposit not refunded. Reason for the decision (required):</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="474"/>
        <source>Batalkan &amp; tahan DP</source>
        <translation>Cancel &amp; keep deposit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="475"/>
        <source>Jangan</source>
        <translation>Don&apos;t</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="482"/>
        <source>{code} dibatalkan; DP ditahan.</source>
        <translation>{code} cancelled; deposit kept.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="494"/>
        <source>Pengingat {code} dilewati.</source>
        <translation>Reminder for {code} skipped.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="648"/>
        <source>← Se&amp;belumnya</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="650"/>
        <source>Berikut&amp;nya →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="652"/>
        <source>&amp;Pas di layar (F)</source>
        <translation>&amp;Fit to screen (F)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="656"/>
        <source>Buka dengan &amp;aplikasi lain</source>
        <translation>Open with &amp;another app</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="659"/>
        <source>&amp;Simpan salinan… (Ctrl+S)</source>
        <translation>&amp;Save a copy… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="662"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="705"/>
        <source>Lampiran catatan #{id} — {name}</source>
        <translation>Attachments of log entry #{id} — {name}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="708"/>
        <source>{i} dari {n} · {name} · {kind} · {size}</source>
        <translation>{i} of {n} · {name} · {kind} · {size}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="716"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="744"/>
        <source>{kind} · {size}

Tekan Alt+A untuk membuka dengan aplikasi lain,
atau Ctrl+S untuk menyimpan salinannya.</source>
        <translation>{kind} · {size}

Press Alt+A to open it with another app,
or Ctrl+S to save a copy.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="757"/>
        <source>Gambar ini tidak bisa ditampilkan; simpan salinannya untuk dibuka.</source>
        <translation>This image cannot be displayed; save a copy to open it.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="784"/>
        <source>{w} × {h} piksel · {how}</source>
        <translation>{w} × {h} pixels · {how}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="787"/>
        <source>pas di layar</source>
        <translation>fit to screen</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="787"/>
        <source>ukuran asli</source>
        <translation>actual size</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="801"/>
        <source>Simpan salinan lampiran</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="812"/>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="840"/>
        <source>Tidak ada aplikasi untuk membuka berkas ini. Simpan salinannya (Ctrl+S) lalu buka.</source>
        <translation>No app can open this file. Save a copy (Ctrl+S), then open that.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="843"/>
        <source>Dibuka: {path}</source>
        <translation>Opened: {path}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="149"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="154"/>
        <source>Semua orang</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="158"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="168"/>
        <source>Hanya yang ditolak/&amp;gagal</source>
        <translation>Refused/failed &amp;only</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="176"/>
        <source>&amp;Orang:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="177"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="178"/>
        <source>&amp;Dari:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="179"/>
        <source>&amp;Sampai:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="210"/>
        <source>Enter atau klik dua kali pada baris pesanan atau pelanggan untuk membukanya.</source>
        <translation>Press Enter or double-click an order or customer row to open it.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="212"/>
        <source>Muat &amp;ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="217"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="251"/>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="285"/>
        <source>{n} kejadian</source>
        <translation>{n} events</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="97"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="98"/>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="99"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="100"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="101"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="87"/>
        <source>Cadangan data</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="92"/>
        <source>Seluruh data toko (pesanan, pembayaran, catatan komunikasi dan lampirannya) disalin ke folder cadangan setiap hari selagi aplikasi berjalan, lalu diperiksa. Pilih flashdisk atau folder yang disinkronkan (Google Drive, OneDrive), bukan disk komputer ini saja.</source>
        <translation>All shop data (orders, payments, communication logs and their attachments) is copied to the backup folder every day while the app is running, and then checked. Choose a USB flash drive or a synced folder (Google Drive, OneDrive), not just this computer&apos;s own disk.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="102"/>
        <source>contoh E:\Cadangan TokoDesk</source>
        <translation>e.g. E:\TokoDesk Backups</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="103"/>
        <source>Pilih f&amp;older…</source>
        <translation>Choose f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="115"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="116"/>
        <source> minggu</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="117"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="125"/>
        <source>&amp;Folder cadangan</source>
        <translation>Backup &amp;folder</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="127"/>
        <source>Cadangan otomatis dibuat sekali sehari ke sini.</source>
        <translation>An automatic backup is made here once a day.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="130"/>
        <source>Simpan &amp;harian</source>
        <translation>Keep &amp;daily</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="132"/>
        <source>Cadangan terbaru setiap hari, untuk sekian hari terakhir.</source>
        <translation>The latest backup of each day, for this many recent days.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="135"/>
        <source>Simpan &amp;mingguan</source>
        <translation>Keep &amp;weekly</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="137"/>
        <source>Ditambah cadangan terbaru setiap minggu, untuk sekian minggu.</source>
        <translation>Plus the latest backup of each week, for this many weeks.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="140"/>
        <source>Simpan &amp;bulanan</source>
        <translation>Keep &amp;monthly</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="143"/>
        <source>Ditambah cadangan terbaru setiap bulan. Cadangan lain dihapus otomatis; cadangan sebelum pembaruan dan sebelum pemulihan tidak pernah dihapus.</source>
        <translation>Plus the latest backup of each month. Other backups are deleted automatically; backups made before an update or before a restore are never deleted.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="156"/>
        <source>Cadangkan &amp;sekarang (Ctrl+B)</source>
        <translation>Back up &amp;now (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="172"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="172"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="172"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="172"/>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="187"/>
        <source>Cadangan di folder &amp;ini</source>
        <translation>Backups in th&amp;is folder</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="193"/>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="198"/>
        <source>Pulihkan dari berkas &amp;lain…</source>
        <translation>Restore from &amp;another file…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="212"/>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="214"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="222"/>
        <source>Tempat dan rotasi</source>
        <translation>Location and rotation</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="227"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="292"/>
        <source>Pilih folder cadangan</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="317"/>
        <source>Pengaturan cadangan disimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="341"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="343"/>
        <source>Cadangan terakhir GAGAL ({when}): {reason}
Terakhir berhasil: {last}</source>
        <translation>Last backup FAILED ({when}): {reason}
Last successful: {last}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="349"/>
        <source>Belum ada folder cadangan: pilih folder di atas, lalu Simpan atau Cadangkan sekarang.</source>
        <translation>No backup folder yet: choose a folder above, then Save or Back up now.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="353"/>
        <source>Cadangan terakhir: {last} — sudah lebih dari sehari.</source>
        <translation>Last backup: {last} — more than a day ago.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="356"/>
        <source>Cadangan terakhir: {last} · {file}</source>
        <translation>Last backup: {last} · {file}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="380"/>
        <source>Mencadangkan dan memeriksa…</source>
        <translation>Backing up and checking…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="397"/>
        <source>Cadangan dibuat dan diperiksa: {name} ({size}, {seconds} detik). Utuh: {orders} pesanan, {entries} entri pembayaran, {logs} catatan, {files} lampiran.</source>
        <translation>Backup made and checked: {name} ({size}, {seconds} s). Intact: {orders} orders, {entries} payment entries, {logs} log entries, {files} attachments.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="409"/>
        <source>{n} cadangan lama dihapus menurut rotasi.</source>
        <translation>{n} old backups deleted by rotation.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="420"/>
        <source>Cadangan GAGAL: {reason}
Data di komputer ini tidak berubah.</source>
        <translation>Backup FAILED: {reason}
The data on this computer has not changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="437"/>
        <source>Membaca folder…</source>
        <translation>Reading folder…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="461"/>
        <source>Pilih folder cadangan dulu.</source>
        <translation>Choose a backup folder first.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="463"/>
        <source>Belum ada cadangan di folder ini.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="466"/>
        <source>{n} cadangan · Enter atau Pulihkan… untuk memulihkan</source>
        <translation>{n} backups · Enter or Restore… to restore</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="480"/>
        <source>memeriksa…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="484"/>
        <source>utuh · {orders} pesanan, {entries} pembayaran, {logs} catatan</source>
        <translation>intact · {orders} orders, {entries} payments, {logs} log entries</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="488"/>
        <source> (versi lama)</source>
        <translation> (old version)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="490"/>
        <source>utuh (arsip pg_dump)</source>
        <translation>intact (pg_dump archive)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="493"/>
        <source>RUSAK: {problem}</source>
        <translation>DAMAGED: {problem}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="561"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="563"/>
        <source>Cadangan TokoDesk (*.sqlite3 *.bak);;Semua berkas (*)</source>
        <translation>TokoDesk backups (*.sqlite3 *.bak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="571"/>
        <source>folder database</source>
        <translation>database folder</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="573"/>
        <source>Pulihkan data dari cadangan {when}?

Sebelum database diganti, keadaan data sekarang dicadangkan dulu ke {folder}. Semua yang dicatat sesudah {when} tidak ada lagi di database (tetap tersimpan di cadangan keadaan sekarang itu).

Sesudah pemulihan, semua orang masuk lagi dengan PIN.</source>
        <translation>Restore data from the backup of {when}?

Before the database is replaced, the current data is first backed up to {folder}. Anything recorded after {when} will no longer be in the database (it stays in that backup of the current state).

After the restore, everyone signs in again with their PIN.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="579"/>
        <source>Pulihkan data</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="579"/>
        <source>Ya, cadangkan lalu pulihkan</source>
        <translation>Yes, back up and then restore</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="579"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BlacklistReviewDialog</name>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="217"/>
        <source>Tinjauan daftar hitam</source>
        <translation>Blacklist review</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="224"/>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="240"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="225"/>
        <source>Saran</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="226"/>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="242"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="227"/>
        <source>Sekarang</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="228"/>
        <source>Bukti terbaru</source>
        <translation>Latest evidence</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="229"/>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="244"/>
        <source>No. HP</source>
        <translation>Phone no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="233"/>
        <source>&amp;Saran TokoDesk (pemilik yang memutuskan)</source>
        <translation>TokoDesk &amp;suggestions (the owner decides)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="241"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="243"/>
        <source>Diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="248"/>
        <source>&amp;Diwaspadai dan daftar hitam</source>
        <translation>&amp;Questionable and blacklisted</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="255"/>
        <source>Bukti pelanggan t&amp;erpilih</source>
        <translation>&amp;Evidence for the selected customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="259"/>
        <source>&amp;Putuskan… (Ctrl+Enter)</source>
        <translation>&amp;Decide… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="262"/>
        <source>&amp;Biarkan…</source>
        <translation>&amp;Leave as is…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="264"/>
        <source>Status tetap; menjawab saran dengan alasan</source>
        <translation>Status stays the same; answers the suggestion with a reason</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="266"/>
        <source>Kembalikan ke &amp;normal…</source>
        <translation>Return to &amp;normal…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="303"/>
        <source>Muat &amp;ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="308"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="380"/>
        <source>Tidak ada saran dan tidak ada pelanggan yang ditandai.</source>
        <translation>No suggestions and no flagged customers.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="468"/>
        <source>Riwayat keputusan</source>
        <translation>Decision history</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="477"/>
        <source>Belum ada keputusan.</source>
        <translation>No decisions yet.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="480"/>
        <source>Pesanan hangus</source>
        <translation>Forfeited orders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="486"/>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="500"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="488"/>
        <source>biaya</source>
        <translation>cost</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="490"/>
        <source>Insiden pengiriman</source>
        <translation>Delivery incidents</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="503"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="512"/>
        <source>Belum ada pesanan.</source>
        <translation>No orders yet.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="516"/>
        <source>Catatan komunikasi terakhir</source>
        <translation>Latest communication log entries</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="523"/>
        <source>Belum ada catatan.</source>
        <translation>No log entries yet.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="569"/>
        <source>Keputusan disimpan.</source>
        <translation>Decision saved.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="570"/>
        <source>Status dibiarkan; saran dijawab.</source>
        <translation>Status left as is; suggestion answered.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="571"/>
        <source>Pelanggan dikembalikan ke normal.</source>
        <translation>Customer returned to normal.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="402"/>
        <source>Ganti PIN saya</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="408"/>
        <source>Akun: {name}</source>
        <translation>Account: {name}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="409"/>
        <source>PIN &amp;lama:</source>
        <translation>&amp;Old PIN:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="410"/>
        <source>PIN &amp;baru:</source>
        <translation>&amp;New PIN:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="411"/>
        <source>&amp;Ulangi PIN baru:</source>
        <translation>&amp;Repeat new PIN:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="414"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="414"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CodPage</name>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="620"/>
        <source>Uang COD belum diterima toko</source>
        <translation>COD cash not yet received by the shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="627"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="628"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="629"/>
        <source>Kurir</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="630"/>
        <source>Resi</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="631"/>
        <source>Nilai COD</source>
        <translation>COD amount</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="632"/>
        <source>Diterima pelanggan</source>
        <translation>Delivered to customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="633"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="645"/>
        <source>Uang COD sudah &amp;diterima (R)</source>
        <translation>COD cash &amp;received (R)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="646"/>
        <source>Buka pesanan (Enter)</source>
        <translation>Open order (Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="674"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="689"/>
        <source>&lt;b&gt;{n} paket, total {total}&lt;/b&gt; belum disetor kurir</source>
        <translation>&lt;b&gt;{n} parcels, total {total}&lt;/b&gt; not yet paid in by the courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="712"/>
        <source>Uang COD diterima</source>
        <translation>COD cash received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="713"/>
        <source>Uang COD {amount} untuk {code} ({courier}) sudah masuk ke toko?</source>
        <translation>Has the COD cash of {amount} for {code} ({courier}) reached the shop?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="718"/>
        <source>Ya, catat diterima</source>
        <translation>Yes, record as received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="719"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="514"/>
        <source>Keluhan #{id}</source>
        <translation>Complaint #{id}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="538"/>
        <source>&amp;Lihat bukti (Enter)</source>
        <translation>&amp;View evidence (Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="541"/>
        <source>Tambah &amp;bukti… (Ctrl+B)</source>
        <translation>&amp;Add evidence… (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="544"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="556"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="556"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="556"/>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="556"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="563"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="570"/>
        <source>&amp;Tanggapi… (Ctrl+R)</source>
        <translation>&amp;Reply… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="571"/>
        <source>&amp;Mulai cek (Ctrl+M)</source>
        <translation>Start &amp;check (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="572"/>
        <source>T&amp;emuan… (Ctrl+E)</source>
        <translation>&amp;Finding… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="573"/>
        <source>&amp;Selesaikan… (Ctrl+Enter)</source>
        <translation>Re&amp;solve… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="574"/>
        <source>T&amp;olak… (Ctrl+D)</source>
        <translation>&amp;Decline… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="627"/>
        <source>&lt;b&gt;Balasan pertama&lt;/b&gt; (Tanggapi mengisinya otomatis)</source>
        <translation>&lt;b&gt;First reply&lt;/b&gt; (Reply fills it in automatically)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="649"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="675"/>
        <source>Keluhan #{id} — {name}</source>
        <translation>Complaint #{id} — {name}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="676"/>
        <source>Keluhan #{id} · {kind}</source>
        <translation>Complaint #{id} · {kind}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="712"/>
        <source>Panduan: {kind}</source>
        <translation>Guideline: {kind}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="719"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="720"/>
        <source>Pesanan</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="720"/>
        <source>— tanpa pesanan —</source>
        <translation>— no order —</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="722"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="723"/>
        <source>dicatat oleh {staff}</source>
        <translation>logged by {staff}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="725"/>
        <source>Kata pelanggan</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="726"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="731"/>
        <location filename="../../tokodesk/ui/complaints.py" line="742"/>
        <source>Tanggapan pertama</source>
        <translation>First response</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="732"/>
        <source>{when} (setelah {took})</source>
        <translation>{when} (after {took})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="750"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="751"/>
        <source>{when} (lama kasus {took})</source>
        <translation>{when} (case took {took})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="757"/>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="759"/>
        <source>Ditolak</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="762"/>
        <source>Penyelesaian</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="763"/>
        <source>Biaya bagi toko</source>
        <translation>Cost to the shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="765"/>
        <source>Sudah dibayar</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="789"/>
        <source>Balasan terkirim dan dicatat.</source>
        <translation>Reply sent and logged.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="812"/>
        <source>Kasus selesai.</source>
        <translation>Case closed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="830"/>
        <source>Bukti: {what}</source>
        <translation>Evidence: {what}</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="113"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="114"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="115"/>
        <source>Pesanan</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="116"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="120"/>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="121"/>
        <source>Penyelesaian</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="122"/>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="123"/>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="159"/>
        <source>Keluhan pelanggan</source>
        <translation>Customer complaints</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="163"/>
        <source>Hanya yang &amp;terbuka</source>
        <translation>&amp;Open only</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="169"/>
        <source>Cari nama, No. HP, kode pesanan atau isi keluhan…</source>
        <translation>Search name, phone no., order code or complaint text…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="177"/>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="205"/>
        <source>Buka kasus (Enter)</source>
        <translation>Open case (Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="206"/>
        <source>Keluhan baru (N)</source>
        <translation>New complaint (N)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="254"/>
        <source>{n} kasus terbuka</source>
        <translation>{n} open cases</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="45"/>
        <source>Konfirmasi detail pesanan — {code}</source>
        <translation>Confirm order details — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="56"/>
        <source>(tanpa tangkapan layar)</source>
        <translation>(no screenshot)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="57"/>
        <source>&amp;Lampirkan tangkapan layar…</source>
        <translation>&amp;Attach screenshot…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="66"/>
        <source>Produksi dimulai setelah pelanggan mengonfirmasi detail custom secara tertulis. Tempel teks persis yang disetujui pelanggan.</source>
        <translation>Production starts once the customer has confirmed the custom details in writing. Paste the exact text the customer approved.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="72"/>
        <source>&amp;Saluran</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="73"/>
        <source>&amp;Dikonfirmasi oleh</source>
        <translation>Confirmed &amp;by</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="74"/>
        <source>&amp;Teks yang dikonfirmasi</source>
        <translation>Confirmed &amp;text</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="75"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="77"/>
        <source>&amp;Simpan konfirmasi (Ctrl+S)</source>
        <translation>&amp;Save confirmation (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="77"/>
        <source>&amp;Batal</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="89"/>
        <source>Tangkapan layar konfirmasi</source>
        <translation>Confirmation screenshot</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="89"/>
        <source>Gambar (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="95"/>
        <source>Berkas tidak bisa dibaca: {e}</source>
        <translation>Could not read the file: {e}</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="50"/>
        <source>Ubah pelanggan</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="50"/>
        <source>Pelanggan baru</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="61"/>
        <source>sama dengan No. HP</source>
        <translation>same as phone no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="65"/>
        <source>boleh kosong; contoh nama@gmail.com</source>
        <translation>optional; e.g. name@gmail.com</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="78"/>
        <source>&amp;Pakai pelanggan ini</source>
        <translation>&amp;Use this customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="90"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="91"/>
        <source>No. &amp;HP</source>
        <translation>&amp;Phone no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="93"/>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="94"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="95"/>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="96"/>
        <source>Ca&amp;tatan</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="101"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="101"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="147"/>
        <source>Nomor ini sudah terdaftar atas nama &lt;b&gt;{name}&lt;/b&gt; ({phone}).</source>
        <translation>This number is already registered to &lt;b&gt;{name}&lt;/b&gt; ({phone}).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="193"/>
        <source>Nomor sudah terdaftar</source>
        <translation>Number already registered</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="194"/>
        <source>Nomor {phone} sudah terdaftar atas nama {name}.
Pakai pelanggan itu?</source>
        <translation>The number {phone} is already registered to {name}.
Use that customer?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="197"/>
        <source>Ya, pakai {name}</source>
        <translation>Yes, use {name}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="198"/>
        <source>Tidak, perbaiki nomor</source>
        <translation>No, fix the number</translation>
    </message>
</context>
<context>
    <name>CustomerLogDialog</name>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="36"/>
        <source>Catatan komunikasi — {name}</source>
        <translation>Communication log — {name}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="49"/>
        <source>Catatan tidak pernah diubah atau dihapus; salah catat diperbaiki dengan koreksi, dan keduanya tetap terlihat.</source>
        <translation>Log entries are never edited or deleted; a mistaken entry is fixed with a correction, and both stay visible.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="59"/>
        <source>Impor chat &amp;WhatsApp…</source>
        <translation>Import &amp;WhatsApp chat…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="62"/>
        <source>Ekspor &amp;bukti (PDF + ZIP)…</source>
        <translation>Export &amp;evidence (PDF + ZIP)…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="78"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="95"/>
        <source>Impor chat WhatsApp</source>
        <translation>Import WhatsApp chat</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="95"/>
        <source>Ekspor chat WhatsApp (*.txt *.zip)</source>
        <translation>WhatsApp chat export (*.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="103"/>
        <source>Mengimpor chat…</source>
        <translation>Importing chat…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="116"/>
        <source>{added} pesan diimpor, {skipped} sudah ada sebelumnya.</source>
        <translation>{added} messages imported, {skipped} were already there.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="121"/>
        <source>baris {line}: {message}</source>
        <translation>line {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="125"/>
        <source>… dan {n} baris lain</source>
        <translation>… and {n} more lines</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="134"/>
        <source>Siapa pelanggannya?</source>
        <translation>Which one is the customer?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="135"/>
        <source>Pengirim mana di chat ini yang {name}?</source>
        <translation>Which sender in this chat is {name}?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="150"/>
        <source>Ekspor bukti</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="150"/>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="167"/>
        <source>Menyusun berkas bukti…</source>
        <translation>Putting the evidence file together…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="173"/>
        <source>segel utuh</source>
        <translation>seals intact</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="173"/>
        <source>PERHATIAN: ada segel yang rusak, lihat PDF</source>
        <translation>WARNING: a seal is broken, see the PDF</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="177"/>
        <source>Bukti disimpan: {path} ({size}) · {entries} catatan, {att} lampiran, {orders} pesanan · {seal}</source>
        <translation>Evidence saved: {path} ({size}) · {entries} log entries, {att} attachments, {orders} orders · {seal}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../tokodesk/ui/customer_picker.py" line="36"/>
        <source>Ketik nama atau No. HP pelanggan, lalu Enter</source>
        <translation>Type the customer&apos;s name or phone no., then press Enter</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_picker.py" line="80"/>
        <source>Tidak ada pelanggan yang cocok</source>
        <translation>No matching customer</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="224"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="225"/>
        <source>No. HP</source>
        <translation>Phone no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="226"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="227"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="228"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="230"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="192"/>
        <source>Cari nama atau No. HP pelanggan (Ctrl+F)</source>
        <translation>Search customer name or phone no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="200"/>
        <source>Pelanggan &amp;baru</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="202"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="204"/>
        <source>Pesanan untuk pelanggan &amp;ini</source>
        <translation>New order for th&amp;is customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="207"/>
        <source>&amp;Lihat pesanannya</source>
        <translation>&amp;View their orders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="209"/>
        <source>Catatan &amp;komunikasi</source>
        <translation>Communication &amp;log</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="231"/>
        <source>{n} pelanggan</source>
        <translation>{n} customers</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="120"/>
        <source>Putuskan status pelanggan</source>
        <translation>Decide customer status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="121"/>
        <source>Biarkan status pelanggan</source>
        <translation>Leave customer status as is</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="122"/>
        <source>Kembalikan ke normal</source>
        <translation>Return to normal</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="128"/>
        <source>{name} — status sekarang: {standing}</source>
        <translation>{name} — current status: {standing}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="144"/>
        <source>contoh: dua kali tidak mengambil pesanan, DP ditahan</source>
        <translation>e.g. did not collect an order twice, deposit kept</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="149"/>
        <source>&amp;Status baru:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="150"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="151"/>
        <source>&amp;Bukti:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="154"/>
        <source>Alasan wajib diisi dan disimpan sebagai riwayat. Pelanggan daftar hitam wajib bayar penuh di muka; pesanan pelanggan yang diwaspadai menampilkan peringatan.</source>
        <translation>A reason is required and is kept in the history. Blacklisted customers must pay in full up front; orders from questionable customers show a warning.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="163"/>
        <source>&amp;Simpan (Enter)</source>
        <translation>&amp;Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="163"/>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="318"/>
        <source>Tolak keluhan #{id}</source>
        <translation>Decline complaint #{id}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="323"/>
        <source>alasan yang disampaikan ke pelanggan (wajib)</source>
        <translation>reason given to the customer (required)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="327"/>
        <source>&amp;Tolak keluhan (Ctrl+S)</source>
        <translation>&amp;Decline complaint (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="327"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="330"/>
        <source>&amp;Temuan</source>
        <translation>&amp;Finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="331"/>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="333"/>
        <source>Tolak hanya setelah dicek dan bila bukan kesalahan toko. Jangan menyalahkan.</source>
        <translation>Decline only after checking, and only if the shop is not at fault. Don&apos;t blame the customer.</translation>
    </message>
</context>
<context>
    <name>DeliveryOfferDialog</name>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="79"/>
        <source>Tawarkan antar — {code}</source>
        <translation>Offer delivery — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="90"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="148"/>
        <source>Buka &amp;WhatsApp</source>
        <translation>Open &amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="152"/>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="277"/>
        <source>&amp;Sudah terkirim (Ctrl+S)</source>
        <translation>&amp;Sent (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="163"/>
        <source>&amp;Wilayah</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="164"/>
        <source>&amp;Kurir</source>
        <translation>C&amp;ourier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="165"/>
        <source>&amp;Ongkos kirim</source>
        <translation>&amp;Delivery fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="166"/>
        <source>Biaya &amp;kemas</source>
        <translation>Pac&amp;king fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="167"/>
        <source>&amp;Berat</source>
        <translation>Wei&amp;ght</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="168"/>
        <source>Perkiraan &amp;tiba</source>
        <translation>Es&amp;timated arrival</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="169"/>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="175"/>
        <source>&amp;Pesan untuk pelanggan (dari templat; bisa diubah)</source>
        <translation>&amp;Message to the customer (from the template; can be edited)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="180"/>
        <source>&amp;Lewat</source>
        <translation>&amp;Via</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="199"/>
        <source>(ongkir diketik sendiri)</source>
        <translation>(delivery fee typed in manually)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="201"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="201"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="238"/>
        <source>&lt;i&gt;Ongkos kirim dan biaya kemas harus rupiah utuh.&lt;/i&gt;</source>
        <translation>&lt;i&gt;The delivery fee and packing fee must be whole rupiah.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="241"/>
        <source>Sisa pembayaran</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="242"/>
        <source>Biaya simpan sampai hari ini</source>
        <translation>Storage fee to date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="243"/>
        <source>Ongkos kirim</source>
        <translation>Delivery fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="244"/>
        <source>Biaya kemas</source>
        <translation>Packing fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="249"/>
        <source>Total dibayar sekarang</source>
        <translation>Total to pay now</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="277"/>
        <source>Kirim &amp;e-mail (Ctrl+S)</source>
        <translation>Send &amp;e-mail (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="282"/>
        <source>Pelanggan ini tidak punya nomor WhatsApp.</source>
        <translation>This customer has no WhatsApp number.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="286"/>
        <source>WhatsApp atau peramban tidak bisa dibuka. Salin teksnya dan kirim manual.</source>
        <translation>Could not open WhatsApp or the browser. Copy the text and send it manually.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="289"/>
        <source>WhatsApp dibuka. Setelah pesan terkirim, tekan «Sudah terkirim».</source>
        <translation>WhatsApp has opened. Once the message has been sent, press «Sent».</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="353"/>
        <source>jawaban pelanggan, contoh: setuju lewat WA; wajib bila tidak jadi</source>
        <translation>customer&apos;s answer, e.g. agreed via WA; required if declined</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="355"/>
        <source>Pelanggan &amp;setuju (Ctrl+Enter)</source>
        <translation>Customer &amp;agrees (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="359"/>
        <source>&amp;Tidak jadi (Ctrl+D)</source>
        <translation>Customer &amp;declines (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="379"/>
        <source>&lt;b&gt;Tawaran #{id}&lt;/b&gt; dikirim {at} oleh {who} lewat {channel}, menunggu jawaban.&lt;br&gt;{courier}, tiba {eta}, {address}&lt;br&gt;Sisa {balance} + biaya simpan {fee} + ongkir {delivery} + kemas {packing} = &lt;b&gt;{total}&lt;/b&gt;.&lt;br&gt;Bila setuju: pesanan menjadi pesanan antar, biaya masuk buku kas, paket dicatat «Dikemas», dan biaya simpan berhenti hari ini.</source>
        <translation>&lt;b&gt;Offer #{id}&lt;/b&gt; sent {at} by {who} via {channel}, awaiting an answer.&lt;br&gt;{courier}, arriving {eta}, {address}&lt;br&gt;Balance {balance} + storage fee {fee} + delivery {delivery} + packing {packing} = &lt;b&gt;{total}&lt;/b&gt;.&lt;br&gt;If the customer agrees: the order becomes a delivery order, the fees go into the ledger, the parcel is recorded as «Packed», and the storage fee stops today.</translation>
    </message>
</context>
<context>
    <name>DeliveryRatesDialog</name>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="442"/>
        <source>Ongkir antar per wilayah</source>
        <translation>Delivery fees by area</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="446"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="446"/>
        <source>Ongkir</source>
        <translation>Delivery fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="446"/>
        <source>Lama (hari)</source>
        <translation>Time (days)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="451"/>
        <source>&amp;Tambah baris (Ctrl+N)</source>
        <translation>&amp;Add row (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="454"/>
        <source>&amp;Hapus baris (Ctrl+Del)</source>
        <translation>&amp;Delete row (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="460"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="460"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="467"/>
        <source>Biaya &amp;kemas bawaan</source>
        <translation>Default &amp;packing fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="471"/>
        <source>Ongkir yang ditawarkan ke pelanggan yang belum mengambil pesanan, menurut wilayah.</source>
        <translation>Delivery fees offered, by area, to customers who have not yet collected their orders.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="525"/>
        <source>Baris {n}: ongkir «{text}» bukan jumlah rupiah</source>
        <translation>Row {n}: delivery fee «{text}» is not a rupiah amount</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="529"/>
        <source>Baris {n}: lama antar harus angka hari</source>
        <translation>Row {n}: delivery time must be a number of days</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="81"/>
        <source>Cetak dokumen</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="106"/>
        <source>&amp;Cetak… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="109"/>
        <source>Simpan &amp;PDF… (Ctrl+Shift+S)</source>
        <translation>&amp;Save PDF… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="112"/>
        <source>Printer &amp;struk</source>
        <translation>&amp;Receipt printer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="115"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="121"/>
        <source>&amp;Dokumen:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="123"/>
        <source>&amp;Kertas:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="163"/>
        <source>Atur printer struk di Pengaturan toko untuk mencetak langsung</source>
        <translation>Set up a receipt printer in Shop settings to print directly</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="170"/>
        <source>Menyiapkan dokumen…</source>
        <translation>Preparing document…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="207"/>
        <source>{kind} {code} · {size} · {n} halaman · S&amp;K versi {version}</source>
        <translation>{kind} {code} · {size} · {n} pages · T&amp;C version {version}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="234"/>
        <source>Cetak {code}</source>
        <translation>Print {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="242"/>
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="246"/>
        <source>Tercetak: {n} halaman ke {printer}</source>
        <translation>Printed: {n} pages to {printer}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="258"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="258"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="267"/>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="277"/>
        <source>Mengirim ke printer struk…</source>
        <translation>Sending to the receipt printer…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="287"/>
        <source>Terkirim ke printer struk ({target})</source>
        <translation>Sent to the receipt printer ({target})</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="639"/>
        <source>Tambah bukti — keluhan #{id}</source>
        <translation>Add evidence — complaint #{id}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="647"/>
        <source>&amp;Tambahkan (Ctrl+S)</source>
        <translation>&amp;Add (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="647"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="652"/>
        <source>Centang catatan komunikasi {name} yang menjadi bukti (Spasi mencentang):</source>
        <translation>Tick the entries in {name}&apos;s communication log that serve as evidence (Space ticks):</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="669"/>
        <source>Tidak ada catatan lain untuk pelanggan ini.</source>
        <translation>There are no other log entries for this customer.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="677"/>
        <source>Centang dulu catatan yang menjadi bukti.</source>
        <translation>First tick the entries that serve as evidence.</translation>
    </message>
</context>
<context>
    <name>FeedbackRequestDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="263"/>
        <source>Minta ulasan — {code}</source>
        <translation>Ask for feedback — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="265"/>
        <source>Permintaan ulasan dari templat; ubah seperlunya, kirim, lalu tandai «Sudah terkirim».</source>
        <translation>Feedback request from the template; edit as needed, send it, then mark it «Sent».</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="279"/>
        <source>Temuan — keluhan #{id}</source>
        <translation>Finding — complaint #{id}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="285"/>
        <source>contoh: foto paket saat dikirim lengkap</source>
        <translation>e.g. parcel photo at dispatch shows it was complete</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="289"/>
        <source>&amp;Simpan temuan (Ctrl+S)</source>
        <translation>&amp;Save finding (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="289"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="292"/>
        <source>&amp;Temuan</source>
        <translation>&amp;Finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="293"/>
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="425"/>
        <source>Paket dalam perjalanan</source>
        <translation>Parcels in transit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="431"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="432"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="433"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="434"/>
        <source>Kurir</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="435"/>
        <source>Resi</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="436"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="437"/>
        <source>Dikirim</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="438"/>
        <source>Kabar terakhir</source>
        <translation>Last update</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="450"/>
        <source>Kabari via &amp;WhatsApp (W)</source>
        <translation>Update via &amp;WhatsApp (W)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="451"/>
        <source>Lacak paket (T)</source>
        <translation>Track parcel (T)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="452"/>
        <source>Tandai diterima (D)</source>
        <translation>Mark as delivered (D)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="453"/>
        <source>Buka pesanan (Enter)</source>
        <translation>Open order (Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="480"/>
        <source>belum pernah · {n} hari sejak dikirim</source>
        <translation>never · {n} days since shipping</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="482"/>
        <source>{n} hari lalu</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="504"/>
        <source>{n} paket di perjalanan; {quiet} belum dikabari 2 hari atau lebih</source>
        <translation>{n} parcels in transit; {quiet} without an update for 2 days or more</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="541"/>
        <source>Pelanggan ini tidak punya nomor WhatsApp.</source>
        <translation>This customer has no WhatsApp number.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="544"/>
        <source>WhatsApp atau peramban tidak bisa dibuka.</source>
        <translation>Could not open WhatsApp or the browser.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="548"/>
        <source>Kirim WhatsApp</source>
        <translation>Send WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="549"/>
        <source>Kabar paket untuk {name} ({code}) sudah terkirim di WhatsApp?</source>
        <translation>Has the parcel update for {name} ({code}) been sent on WhatsApp?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="554"/>
        <source>Belum dicatat; paket tetap di daftar.</source>
        <translation>Not recorded; the parcel stays on the list.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="569"/>
        <source>Kurir ini tidak punya halaman lacak; tanyakan ke kurirnya.</source>
        <translation>This courier has no tracking page; ask the courier directly.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="572"/>
        <source>Peramban tidak bisa dibuka.</source>
        <translation>Could not open the browser.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="580"/>
        <source>Paket diterima</source>
        <translation>Parcel delivered</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="581"/>
        <source>Paket {code} untuk {name} sudah diterima pelanggan?</source>
        <translation>Has parcel {code} been delivered to {name}?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="584"/>
        <source>Ya, sudah diterima</source>
        <translation>Yes, delivered</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="585"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GuidelinesDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="754"/>
        <source>Panduan penanganan keluhan</source>
        <translation>Complaint handling guidelines</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="772"/>
        <source>Isian yang bisa dipakai di balasan: {list}</source>
        <translation>Fields you can use in the reply: {list}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="775"/>
        <source>&amp;Kembalikan bawaan</source>
        <translation>&amp;Restore default</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="782"/>
        <source>&amp;Simpan panduan (Ctrl+S)</source>
        <translation>&amp;Save guideline (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="782"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="787"/>
        <source>&amp;Langkah untuk staf (satu langkah satu baris)</source>
        <translation>S&amp;teps for staff (one step per line)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="789"/>
        <source>&amp;Balasan pertama ke pelanggan</source>
        <translation>&amp;First reply to the customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="834"/>
        <source>Memakai panduan bawaan.</source>
        <translation>Using the default guideline.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="834"/>
        <source>Panduan toko sendiri.</source>
        <translation>The shop&apos;s own guideline.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="846"/>
        <source>Dikosongkan: setelah disimpan, panduan bawaan (abu-abu) dipakai.</source>
        <translation>Cleared: once saved, the default guideline (in grey) will be used.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="199"/>
        <source>Serahkan pesanan — {code}</source>
        <translation>Hand over order — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="204"/>
        <source>&amp;Bebaskan biaya simpan</source>
        <translation>&amp;Waive storage fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="213"/>
        <source>alasan (wajib bila dibebaskan), contoh: pelanggan sakit</source>
        <translation>reason (required if waived), e.g. customer was ill</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="227"/>
        <source>Sisa tagihan</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="231"/>
        <source>{fee} ({days} hari × {rate}, gratis sampai {day})</source>
        <translation>{fee} ({days} days × {rate}, free until {day})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="240"/>
        <source>Biaya simpan</source>
        <translation>Storage fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="242"/>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="243"/>
        <source>Harus dibayar</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="244"/>
        <source>&amp;Dibayar sekarang</source>
        <translation>&amp;Paid now</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="245"/>
        <source>&amp;Metode</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="247"/>
        <source>&amp;Serahkan (Ctrl+S)</source>
        <translation>&amp;Hand over (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="247"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="274"/>
        <source>Biaya di atas {limit}: hanya pemilik yang bisa membebaskan</source>
        <translation>Fee above {limit}: only the owner can waive it</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="302"/>
        <source>Tulis alasan membebaskan biaya simpan.</source>
        <translation>Enter a reason for waiving the storage fee.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="755"/>
        <source>Masalah pengiriman</source>
        <translation>Delivery problem</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="768"/>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="772"/>
        <source>Paket pengganti</source>
        <translation>Replacement parcel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="780"/>
        <source>Kurir</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="781"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="782"/>
        <source>Resi</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="783"/>
        <source>Berat</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="784"/>
        <source>Ongkos kirim</source>
        <translation>Delivery fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="785"/>
        <source>Label retur</source>
        <translation>Return label</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="787"/>
        <source>Pengembalian dana</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="793"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="794"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="800"/>
        <source>&amp;Kejadian</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="801"/>
        <source>Ke&amp;putusan</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="802"/>
        <source>&amp;Biaya bagi toko</source>
        <translation>Cos&amp;t to the shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="803"/>
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="806"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="806"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="822"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; · {name} · {courier} {resi} · {status}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; · {name} · {courier} {resi} · {status}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="831"/>
        <source>Tercatat saat dikirim: berat {weight} g, {photos} foto paket{insured}.</source>
        <translation>Recorded at dispatch: weight {weight} g, {photos} parcel photo(s){insured}.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="834"/>
        <source>, diasuransikan</source>
        <translation>, insured</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="906"/>
        <source>Periksa nomor resi</source>
        <translation>Check the tracking number</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="908"/>
        <source>Resi benar, simpan</source>
        <translation>Tracking number is correct, save</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="909"/>
        <source>Perbaiki resi</source>
        <translation>Fix tracking number</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="921"/>
        <source>Status pelanggan</source>
        <translation>Customer status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="923"/>
        <source>Paket COD ditolak dan ongkirnya dicatat sebagai kerugian. Pelanggan ini masuk daftar saran untuk ditinjau pemilik (diragukan / daftar hitam).</source>
        <translation>The COD parcel was refused and its delivery fee has been recorded as a loss. This customer has been added to the suggestions list for the owner to review (questionable / blacklist).</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="37"/>
        <source>Bahasa / Language</source>
        <translation>Bahasa / Language</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="56"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="56"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="59"/>
        <source>Bahasa &amp;layar di PC ini</source>
        <translation>Screen &amp;language on this PC</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="60"/>
        <source>Berlaku setelah TokoDesk dibuka ulang; PC lain tidak berubah.</source>
        <translation>Applies when TokoDesk is opened again; other PCs do not change.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="61"/>
        <source>Bahasa &amp;nota, slip &amp;&amp; pesan untuk pelanggan</source>
        <translation>Language of &amp;receipts, slips &amp;&amp; messages for customers</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="81"/>
        <source>Bahasa untuk pelanggan hanya dapat diubah oleh pemilik toko.</source>
        <translation>Only the shop owner can change the language for customers.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="85"/>
        <source>Nota, slip, lembar konfirmasi dan pesan bawaan untuk pelanggan memakai bahasa ini. Pesan yang Anda tulis sendiri tidak diterjemahkan.</source>
        <translation>Receipts, slips, confirmation sheets and the default messages for customers use this language. Messages you wrote yourself are not translated.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="92"/>
        <source>S&amp;K toko adalah teks Anda sendiri dan tetap seperti itu: terjemahkan di Profil toko supaya nota tidak memakai dua bahasa.</source>
        <translation>The shop&apos;s T&amp;C are your own text and stay as they are: translate them in Shop profile so a receipt does not mix two languages.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="97"/>
        <source>S&amp;K awal ikut berganti bahasa (disimpan sebagai versi S&amp;K baru).</source>
        <translation>The starter T&amp;C change language too (saved as a new T&amp;C version).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="105"/>
        <source>Bahasa layar: {name} (berlaku setelah TokoDesk dibuka ulang).</source>
        <translation>Screen language: {name} (applies when TokoDesk is opened again).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="118"/>
        <source>Bahasa untuk pelanggan: {name}.</source>
        <translation>Language for customers: {name}.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/language_dialog.py" line="120"/>
        <source>S&amp;K versi {n} disimpan dalam bahasa ini.</source>
        <translation>T&amp;C version {n} saved in this language.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="321"/>
        <source>TokoDesk — masuk</source>
        <translation>TokoDesk — sign in</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="353"/>
        <source>TokoDesk</source>
        <translation>TokoDesk</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="137"/>
        <source>#{id} {when} · {channel} · {direction}: {text}</source>
        <translation>#{id} {when} · {channel} · {direction}: {text}</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="316"/>
        <source>Belum ada catatan. Tekan Ctrl+L untuk mencatat chat, telepon, atau obrolan di toko.</source>
        <translation>No log entries yet. Press Ctrl+L to log a chat, a phone call or a conversation in the shop.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="328"/>
        <source>Catatan komunikasi</source>
        <translation>Communication log</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="332"/>
        <source>&amp;Semua catatan pelanggan</source>
        <translation>&amp;All of the customer&apos;s log entries</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="334"/>
        <source>Tampilkan seluruh catatan pelanggan ini; catatan pesanan ini ditandai garis biru</source>
        <translation>Show this customer&apos;s entire log; entries for this order are marked with a blue line</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="341"/>
        <source>Catatan &amp;baru (Ctrl+L)</source>
        <translation>&amp;New entry (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="344"/>
        <source>Koreksi &amp;catatan…</source>
        <translation>&amp;Correct entry…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="347"/>
        <source>B&amp;uka lampiran (Enter)</source>
        <translation>&amp;Open attachment (Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="427"/>
        <source>{n} catatan terbaru</source>
        <translation>{n} latest entries</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="429"/>
        <source>{n} catatan</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="458"/>
        <source>Pesanan {code}</source>
        <translation>Order {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="460"/>
        <source>dicatat {when} oleh {staff}</source>
        <translation>logged {when} by {staff}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="464"/>
        <source>impor chat WhatsApp</source>
        <translation>WhatsApp chat import</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="466"/>
        <source>sumber: {source}</source>
        <translation>source: {source}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="469"/>
        <source>↳ mengoreksi #{id}</source>
        <translation>↳ corrects #{id}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="472"/>
        <source>⚠ dikoreksi oleh {ids}</source>
        <translation>⚠ corrected by {ids}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="523"/>
        <source>Pilih dulu catatan yang mau dikoreksi (↑/↓ di daftar).</source>
        <translation>First select the entry you want to correct (↑/↓ in the list).</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="50"/>
        <source>Pengaturan e-mail</source>
        <translation>E-mail settings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="55"/>
        <source>contoh smtp.gmail.com; kosong = e-mail tidak dipakai</source>
        <translation>e.g. smtp.gmail.com; empty = e-mail not used</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="62"/>
        <source>STARTTLS (biasanya port 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="63"/>
        <source>SSL (biasanya port 465)</source>
        <translation>SSL (usually port 465)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="64"/>
        <source>Tanpa enkripsi</source>
        <translation>No encryption</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="68"/>
        <source>kosong bila server tidak meminta login</source>
        <translation>leave empty if the server does not require a login</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="75"/>
        <source>alamat e-mail toko, contoh toko@gmail.com</source>
        <translation>the shop&apos;s e-mail address, e.g. shop@gmail.com</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="78"/>
        <source>Ser&amp;ver SMTP</source>
        <translation>SMTP ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="79"/>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="80"/>
        <source>&amp;Keamanan</source>
        <translation>S&amp;ecurity</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="81"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="82"/>
        <source>Kata san&amp;di</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="83"/>
        <source>&amp;Alamat pengirim</source>
        <translation>Sender &amp;address</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="85"/>
        <source>Kirim e-mail &amp;uji…</source>
        <translation>Send &amp;test e-mail…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="105"/>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="105"/>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="105"/>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="105"/>
        <source>Sebab</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="113"/>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="118"/>
        <source>E-mail yang &amp;gagal terkirim</source>
        <translation>&amp;Failed e-mails</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="125"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="125"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="207"/>
        <source>Kirim e-mail uji</source>
        <translation>Send test e-mail</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="208"/>
        <source>Kirim e-mail uji ke alamat:</source>
        <translation>Send a test e-mail to:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="210"/>
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="211"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="233"/>
        <source>Mengirim e-mail uji ke {to}…</source>
        <translation>Sending test e-mail to {to}…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="245"/>
        <source>E-mail uji terkirim ke {to}. Periksa kotak masuknya.</source>
        <translation>Test e-mail sent to {to}. Check that inbox.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="251"/>
        <source>E-mail uji gagal: {reason}</source>
        <translation>Test e-mail failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="260"/>
        <source>{queued} e-mail menunggu dikirim, {failed} gagal.</source>
        <translation>{queued} e-mails waiting to be sent, {failed} failed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="269"/>
        <source>{n}× — berhenti</source>
        <translation>{n}× — stopped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="271"/>
        <source>{n}× — dicoba lagi {at}</source>
        <translation>{n}× — retrying {at}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="275"/>
        <source>TokoDesk — meja pesanan toko</source>
        <translation>TokoDesk — shop order desk</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="284"/>
        <location filename="../../tokodesk/ui/main_window.py" line="345"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="285"/>
        <location filename="../../tokodesk/ui/main_window.py" line="346"/>
        <source>Pelanggan</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="286"/>
        <location filename="../../tokodesk/ui/main_window.py" line="908"/>
        <source>Agenda hari ini</source>
        <translation>Today&apos;s agenda</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="287"/>
        <location filename="../../tokodesk/ui/main_window.py" line="347"/>
        <source>Paket di jalan</source>
        <translation>Parcels in transit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="288"/>
        <location filename="../../tokodesk/ui/main_window.py" line="348"/>
        <source>COD belum diterima</source>
        <translation>COD cash not yet received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="289"/>
        <location filename="../../tokodesk/ui/main_window.py" line="349"/>
        <location filename="../../tokodesk/ui/main_window.py" line="667"/>
        <source>Keluhan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="322"/>
        <source>Aksi</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="329"/>
        <source>Pesanan baru (Ctrl+N)</source>
        <translation>New order (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="332"/>
        <source>Pelanggan baru (Ctrl+Shift+N)</source>
        <translation>New customer (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="335"/>
        <source>Catat komunikasi (Ctrl+L)</source>
        <translation>Log communication (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="337"/>
        <source>Cari (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="338"/>
        <source>Segarkan (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="340"/>
        <source>Agenda (Alt+3)</source>
        <translation>Agenda (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="341"/>
        <source>Pengaturan toko (Ctrl+,)</source>
        <translation>Shop settings (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="343"/>
        <source>Periksa segel bukti (Ctrl+Shift+V)</source>
        <translation>Check evidence seals (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="350"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="351"/>
        <source>Profil toko &amp;&amp; S&amp;&amp;K…</source>
        <translation>Shop profile &amp;&amp; T&amp;&amp;C…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="353"/>
        <source>&amp;Aturan ambil &amp;&amp; biaya simpan…</source>
        <translation>&amp;Pickup rules &amp;&amp; storage fees…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="355"/>
        <source>&amp;Templat pesan…</source>
        <translation>&amp;Message templates…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="356"/>
        <source>&amp;E-mail (SMTP)…</source>
        <translation>&amp;E-mail (SMTP)…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="358"/>
        <source>Panduan &amp;keluhan…</source>
        <translation>Complaint &amp;guidelines…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="361"/>
        <source>&amp;Ongkir antar per wilayah…</source>
        <translation>&amp;Delivery fees by area…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="363"/>
        <source>&amp;Bahasa / Language…</source>
        <translation>&amp;Language / Bahasa…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="365"/>
        <source>&amp;Cadangan data…</source>
        <translation>Data &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="370"/>
        <source>&amp;Akun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="371"/>
        <source>&amp;Kunci / ganti pengguna (F12)</source>
        <translation>&amp;Lock / switch user (F12)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="373"/>
        <source>Ganti &amp;PIN saya…</source>
        <translation>Change my &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="375"/>
        <source>&amp;Staf &amp;&amp; izin…</source>
        <translation>&amp;Staff &amp;&amp; permissions…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="376"/>
        <source>&amp;Jejak audit…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="378"/>
        <source>Tinjau daftar &amp;hitam &amp;&amp; saran… (Ctrl+Shift+B)</source>
        <translation>Review &amp;blacklist &amp;&amp; suggestions… (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="382"/>
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="385"/>
        <source>&amp;Tutup kas harian… (Ctrl+Shift+T)</source>
        <translation>&amp;Daily closing… (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="392"/>
        <source>Tinjauan &amp;mingguan… (Ctrl+Shift+W)</source>
        <translation>&amp;Weekly review… (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="399"/>
        <source>Tinjauan &amp;bulanan… (Ctrl+Shift+M)</source>
        <translation>&amp;Monthly review… (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="434"/>
        <source>Membuka database…</source>
        <translation>Opening database…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="435"/>
        <source>memproses…</source>
        <translation>working…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="468"/>
        <source>Siap. TokoDesk {version}</source>
        <translation>Ready. TokoDesk {version}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="470"/>
        <source>Database diperbarui; salinan lama disimpan di {path}</source>
        <translation>Database updated; the old copy was saved to {path}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="476"/>
        <source>Lokasi database berisiko</source>
        <translation>Risky database location</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="533"/>
        <source>Pilih nama Anda lalu ketik PIN.</source>
        <translation>Choose your name, then type your PIN.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="536"/>
        <source>Layar dikunci karena tidak ada kegiatan. Pekerjaan yang terbuka tetap tersimpan di layar.</source>
        <translation>Screen locked after a period of inactivity. Any open work is still on screen.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="539"/>
        <source>Layar dikunci. Masuk lagi atau ganti pengguna.</source>
        <translation>Screen locked. Sign in again or switch user.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="548"/>
        <source>Masuk: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>Bahasa / Language</source>
        <translation type="vanished">Language / Bahasa</translation>
    </message>
    <message>
        <source>Bahasa tampilan di PC ini (berlaku setelah TokoDesk dibuka ulang):</source>
        <translation type="vanished">Display language on this PC (applies after TokoDesk is restarted):</translation>
    </message>
    <message>
        <source>Bahasa tampilan: {name}. Buka ulang TokoDesk untuk menerapkannya.</source>
        <translation type="vanished">Display language: {name}. Restart TokoDesk to apply it.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="667"/>
        <source>Keluhan ({n})</source>
        <translation>Complaints ({n})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="755"/>
        <source>{n} pengingat baru</source>
        <translation>{n} new reminders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="757"/>
        <source>{n} pesanan batal otomatis</source>
        <translation>{n} orders cancelled automatically</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="759"/>
        <source>Aturan harian {day}: {what}. Lihat Agenda (Alt+3).</source>
        <translation>Daily rules for {day}: {what}. See Agenda (Alt+3).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="797"/>
        <source>Cadangan GAGAL {when}</source>
        <translation>Backup FAILED {when}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="799"/>
        <source>terakhir berhasil: {last}</source>
        <translation>last successful: {last}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="804"/>
        <location filename="../../tokodesk/ui/main_window.py" line="817"/>
        <source>Cadangan terakhir: {last}</source>
        <translation>Last backup: {last}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="806"/>
        <location filename="../../tokodesk/ui/main_window.py" line="811"/>
        <source>Belum ada cadangan</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="808"/>
        <source>atur folder di Pengaturan › Cadangan data…</source>
        <translation>set the folder in Settings › Data backup…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="814"/>
        <source>Cadangan terakhir: {last} (terlambat)</source>
        <translation>Last backup: {last} (overdue)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="822"/>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="847"/>
        <source>Cadangan harian dibuat dan diperiksa: {name}</source>
        <translation>Daily backup created and verified: {name}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="855"/>
        <source>Cadangan harian GAGAL: {reason}</source>
        <translation>Daily backup FAILED: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="876"/>
        <source>Memulihkan data dari {name}…</source>
        <translation>Restoring data from {name}…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="890"/>
        <source>Data dipulihkan dari {file}.
Keadaan sebelumnya dicadangkan ke {before}.

Masuk lagi dengan PIN.</source>
        <translation>Data restored from {file}.
The previous state was backed up to {before}.

Sign in again with your PIN.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="893"/>
        <source>Pemulihan selesai</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="902"/>
        <source>Pemulihan dibatalkan; database tidak diubah.</source>
        <translation>Restore cancelled; the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="908"/>
        <source>Agenda hari ini ({n})</source>
        <translation>Today&apos;s agenda ({n})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="940"/>
        <source>E-mail untuk {code} diantrekan; dikirim di latar belakang.</source>
        <translation>E-mail for {code} queued; it will be sent in the background.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="956"/>
        <source>E-mail belum terkirim: {reason} (dicoba lagi otomatis; lihat Pengaturan › E-mail)</source>
        <translation>E-mail not sent yet: {reason} (will retry automatically; see Settings › E-mail)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="962"/>
        <source>{n} e-mail terkirim dan dicatat.</source>
        <translation>{n} e-mails sent and logged.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="971"/>
        <source>Aturan disimpan; S&amp;K versi {n} berlaku untuk pesanan baru.</source>
        <translation>Rules saved; T&amp;C version {n} applies to new orders.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="973"/>
        <source>Aturan disimpan.</source>
        <translation>Rules saved.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="995"/>
        <source>TokoDesk</source>
        <translation>TokoDesk</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1023"/>
        <source>Pengaturan disimpan; S&amp;K versi {n} berlaku untuk pesanan baru.</source>
        <translation>Settings saved; T&amp;C version {n} applies to new orders.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1025"/>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1036"/>
        <source>Memeriksa segel…</source>
        <translation>Checking seals…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1043"/>
        <source>{chain}: {n} entri, utuh</source>
        <translation>{chain}: {n} entries, intact</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1046"/>
        <source>{chain}: RUSAK — {problem}</source>
        <translation>{chain}: BROKEN — {problem}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1053"/>
        <location filename="../../tokodesk/ui/main_window.py" line="1055"/>
        <source>Segel bukti</source>
        <translation>Evidence seal</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1077"/>
        <source>Ini kode pembayaran QRIS, bukan slip pesanan.</source>
        <translation>This is a QRIS payment code, not an order slip.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1078"/>
        <source>Nominal: {amount}</source>
        <translation>Amount: {amount}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1080"/>
        <source>Nominal: diisi sendiri oleh pembayar (QRIS statis)</source>
        <translation>Amount: entered by the payer (static QRIS)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1081"/>
        <source>Penerima: {name}, {city}</source>
        <translation>Payee: {name}, {city}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1085"/>
        <source>Untuk tagihan: {bill}</source>
        <translation>For bill: {bill}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1088"/>
        <source>Bukan QRIS toko ini: uang yang dibayar lewat kode ini tidak masuk ke toko.</source>
        <translation>Not this shop&apos;s QRIS: money paid with this code does not go to the shop.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1091"/>
        <location filename="../../tokodesk/ui/main_window.py" line="1113"/>
        <source>Kode pembayaran QRIS</source>
        <translation>QRIS payment code</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1098"/>
        <source>&amp;Buka pesanan {code}</source>
        <translation>&amp;Open order {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1101"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1109"/>
        <source>Kode pembayaran QRIS ini tidak bisa dipakai: {reason}</source>
        <translation>This QRIS payment code cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1117"/>
        <source>Dipindai: {code}</source>
        <translation>Scanned: {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1121"/>
        <source>Yang dipindai bukan kode QR TokoDesk.</source>
        <translation>What was scanned is not a TokoDesk QR code.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1124"/>
        <source>Kode QR {code} tidak dikeluarkan toko ini (tanda ceknya tidak cocok). Slip ini palsu atau salah ketik; cari pesanan dengan kodenya bila perlu.</source>
        <translation>QR code {code} was not issued by this shop (its check digits do not match). The slip is fake or was mistyped; search for the order by its code if needed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1128"/>
        <source>Slip sah, tetapi pesanan {code} tidak ada di database ini.</source>
        <translation>The slip is genuine, but order {code} is not in this database.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1132"/>
        <source>Pindai QR</source>
        <translation>Scan QR</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1160"/>
        <source>Catatan #{id} disimpan.</source>
        <translation>Log #{id} saved.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="150"/>
        <source>Buka &amp;WhatsApp</source>
        <translation>Open &amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="161"/>
        <source>&amp;Sudah terkirim (Ctrl+S)</source>
        <translation>&amp;Sent (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="161"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="164"/>
        <source>&amp;Pesan</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="168"/>
        <source>&amp;Lewat</source>
        <translation>&amp;Via</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="196"/>
        <source>Pelanggan ini tidak punya nomor WhatsApp.</source>
        <translation>This customer has no WhatsApp number.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="200"/>
        <source>WhatsApp atau peramban tidak bisa dibuka. Salin teksnya dan kirim manual.</source>
        <translation>WhatsApp or the web browser could not be opened. Copy the text and send it manually.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="203"/>
        <source>WhatsApp dibuka. Setelah pesan terkirim, tekan «Sudah terkirim».</source>
        <translation>WhatsApp is open. Once the message has been sent, press «Sent».</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="331"/>
        <source>Keluhan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="347"/>
        <source>keluhan pelanggan dengan kata-katanya sendiri</source>
        <translation>the customer&apos;s complaint in their own words</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="361"/>
        <source>&amp;Simpan keluhan (Ctrl+S)</source>
        <translation>&amp;Save complaint (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="361"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="368"/>
        <source>Pe&amp;langgan</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="371"/>
        <source>&amp;Pesanan</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="372"/>
        <source>&amp;Saluran</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="373"/>
        <source>&amp;Jenis keluhan</source>
        <translation>Complaint &amp;type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="374"/>
        <source>&amp;Kata pelanggan</source>
        <translation>Customer&apos;s &amp;words</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="375"/>
        <source>&amp;Diterima</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="376"/>
        <source>&amp;Bukti dari catatan
komunikasi (Spasi
mencentang)</source>
        <translation>&amp;Evidence from the
communication log
(Space to tick)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="402"/>
        <source>— pilih pelanggan dulu —</source>
        <translation>— choose a customer first —</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="412"/>
        <source>Keluhan baru — {name}</source>
        <translation>New complaint — {name}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="425"/>
        <source>— tanpa pesanan —</source>
        <translation>— no order —</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="436"/>
        <source>Belum ada catatan komunikasi pelanggan ini.</source>
        <translation>This customer has no communication log yet.</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="63"/>
        <source>Pesanan baru</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="79"/>
        <source>Pelanggan &amp;baru</source>
        <translation>New customer (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="85"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="97"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="114"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="130"/>
        <source>Nama barang</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="107"/>
        <source>Detail custom: nama, inisial, ukuran, warna…</source>
        <translation>Custom details: name, initials, size, colour…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="108"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="115"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="131"/>
        <source>Jml</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="116"/>
        <source>Harga satuan</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="117"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="133"/>
        <source>Detail custom</source>
        <translation>Custom details</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="132"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="134"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="145"/>
        <source>&amp;Hapus baris</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="147"/>
        <source>&amp;Ubah baris</source>
        <translation>&amp;Edit line</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="157"/>
        <source>Barang</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="177"/>
        <source>Pakai &amp;saran</source>
        <translation>Use &amp;suggestion</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="191"/>
        <source>&amp;Cara ambil</source>
        <translation>&amp;Fulfilment</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="192"/>
        <source>Tanggal &amp;ambil</source>
        <translation>&amp;Pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="193"/>
        <source>&amp;DP (uang muka)</source>
        <translation>&amp;Deposit (DP)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="196"/>
        <source>&amp;Metode bayar</source>
        <translation>Payment &amp;method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="197"/>
        <source>Catata&amp;n</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="202"/>
        <source>Simpan pesanan (Ctrl+S)</source>
        <translation>Save order (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="202"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="73"/>
        <source>Tidak ada yang cocok — tekan Alt+B untuk pelanggan baru</source>
        <translation>No match — press Alt+B for a new customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="246"/>
        <source>Pelanggan daftar hitam: wajib bayar penuh di muka.</source>
        <translation>Blacklisted customer: must pay in full up front.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="248"/>
        <source>Pelanggan perlu diwaspadai: minta foto paket sebelum dikirim.</source>
        <translation>Customer needs caution: ask for a photo of the parcel before it is shipped.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="265"/>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="285"/>
        <source>Nama barang wajib diisi</source>
        <translation>Item name is required</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="289"/>
        <source>Jumlah harus angka bulat minimal 1</source>
        <translation>Quantity must be a whole number of at least 1</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="294"/>
        <source>Jumlah terlalu besar (maksimal {max})</source>
        <translation>Quantity is too large (maximum {max})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="301"/>
        <source>Harga: {msg}</source>
        <translation>Price: {msg}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="370"/>
        <source>Total: {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="374"/>
        <source>Minimal {minimum} ({pct}%) · disarankan {suggested}</source>
        <translation>Minimum {minimum} ({pct}%) · suggested {suggested}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="394"/>
        <source>Pilih pelanggan dulu (ketik nama/No. HP, atau Alt+B)</source>
        <translation>Choose a customer first (type a name/mobile number, or Alt+B)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="400"/>
        <source>DP: {msg}</source>
        <translation>Deposit: {msg}</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="365"/>
        <source>Pesanan</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="388"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="389"/>
        <source>Jml</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="390"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="391"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="392"/>
        <source>Detail custom</source>
        <translation>Custom details</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="398"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="399"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="400"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="401"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="402"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="403"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Menjadi</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="417"/>
        <source>Riwa&amp;yat status</source>
        <translation>Status &amp;history</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="418"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="805"/>
        <source>C&amp;atatan komunikasi</source>
        <translation>Communication lo&amp;g</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="429"/>
        <source>Terima &amp;pembayaran (F2)</source>
        <translation>Receive &amp;payment (F2)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="433"/>
        <source>&amp;Koreksi entri terpilih</source>
        <translation>Correct selected &amp;entry</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="437"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="451"/>
        <source>C&amp;etak nota sekarang (Ctrl+P)</source>
        <translation>Pr&amp;int receipt now (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="454"/>
        <source>Pratinjau &amp;&amp; pilihan cetak (Ctrl+Shift+P)</source>
        <translation>Preview &amp;&amp; print options (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="462"/>
        <source>Dana &amp;cair (entri terpilih)</source>
        <translation>Mark c&amp;leared (selected entry)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="465"/>
        <source>Dana tidak &amp;masuk…</source>
        <translation>Mark as &amp;bounced…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="471"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="636"/>
        <source>Konfirmasi &amp;detail (Ctrl+K)</source>
        <translation>Confirm &amp;details (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="475"/>
        <source>&amp;Buat ulang…</source>
        <translation>&amp;Remake…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="481"/>
        <source>Kirim pa&amp;ket… (Ctrl+Shift+K)</source>
        <translation>&amp;Ship parcel… (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="485"/>
        <source>Masalah &amp;pengiriman…</source>
        <translation>Shipping iss&amp;ue…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="491"/>
        <source>Tawarkan &amp;antar… (Ctrl+Shift+A)</source>
        <translation>&amp;Offer delivery… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="500"/>
        <source>Ke&amp;luhan… (Ctrl+Shift+C)</source>
        <translation>Co&amp;mplaint… (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="517"/>
        <source>Minta &amp;ulasan…</source>
        <translation>Request &amp;feedback…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="520"/>
        <source>Catat &amp;nilai…</source>
        <translation>Record ra&amp;ting…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="536"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="542"/>
        <source>&lt;b&gt;Barang&lt;/b&gt;</source>
        <translation>&lt;b&gt;Items&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="547"/>
        <source>&lt;b&gt;Pembayaran&lt;/b&gt; (buku kas: entri tidak pernah diubah; salah catat dikoreksi dengan entri pembalik)</source>
        <translation>&lt;b&gt;Payments&lt;/b&gt; (ledger: entries are never changed; mistakes are corrected with a reversing entry)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="590"/>
        <source>Keluhan: </source>
        <translation>Complaints: </translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="593"/>
        <source>Keluhan: tidak ada</source>
        <translation>Complaints: none</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="596"/>
        <source>Ulasan: belum diminta</source>
        <translation>Feedback: not requested yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="601"/>
        <source>diminta {when} lewat {channel}</source>
        <translation>requested {when} via {channel}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="607"/>
        <source>nilai &lt;b&gt;{stars} {n}/5&lt;/b&gt;</source>
        <translation>rating &lt;b&gt;{stars} {n}/5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="613"/>
        <source>belum ada nilai</source>
        <translation>no rating yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="614"/>
        <source>Ulasan: </source>
        <translation>Feedback: </translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="632"/>
        <source>Ulasan diminta setelah pesanan diambil, dikirim atau diterima</source>
        <translation>Feedback can be requested once the order has been collected, shipped or delivered</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="638"/>
        <source>Detail sudah dikonfirmasi ✓ (Ctrl+K: catat lagi)</source>
        <translation>Details confirmed ✓ (Ctrl+K: record again)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="643"/>
        <source>Koreksi pembayaran hanya oleh pemilik (atau staf yang diberi izin)</source>
        <translation>Payment corrections are for the owner only (or staff with permission)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="648"/>
        <source>Pesanan {code}</source>
        <translation>Order {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="656"/>
        <source>Pelanggan: &lt;b&gt;{name}&lt;/b&gt; · {phone}{warn}&lt;br&gt;Cara ambil: {fulfilment} · Tanggal ambil: &lt;b&gt;{pickup}&lt;/b&gt; · Dibuat {created} oleh {staff}</source>
        <translation>Customer: &lt;b&gt;{name}&lt;/b&gt; · {phone}{warn}&lt;br&gt;Fulfilment: {fulfilment} · Pickup date: &lt;b&gt;{pickup}&lt;/b&gt; · Created {created} by {staff}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="667"/>
        <source>&lt;br&gt;Catatan: {notes}</source>
        <translation>&lt;br&gt;Notes: {notes}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="689"/>
        <source>Koreksi: {kind}</source>
        <translation>Correction: {kind}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="690"/>
        <source>membalik entri #{id}: {note}</source>
        <translation>reverses entry #{id}: {note}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="693"/>
        <source>(dikoreksi oleh #{id})</source>
        <translation>(corrected by #{id})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="698"/>
        <source>(belum cair)</source>
        <translation>(not yet cleared)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="725"/>
        <source>Total barang</source>
        <translation>Items total</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="727"/>
        <source>Biaya tambahan</source>
        <translation>Extra charges</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="727"/>
        <source>Potongan (kompensasi)</source>
        <translation>Allowance (compensation)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="730"/>
        <source>Sudah dibayar</source>
        <translation>Paid so far</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="733"/>
        <source>Belum cair</source>
        <translation>Not yet cleared</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="735"/>
        <source>DP hangus</source>
        <translation>Deposit forfeited</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="739"/>
        <source>Biaya simpan s.d. hari ini (ditagih saat diambil)</source>
        <translation>Storage fee to date (charged at pickup)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="746"/>
        <source>(tidak ditagih)</source>
        <translation>(not charged)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="748"/>
        <source>Sisa tagihan</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="761"/>
        <source>Gratis sampai {day}</source>
        <translation>Free until {day}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="763"/>
        <source>biaya simpan sejauh ini {fee}</source>
        <translation>storage fee so far {fee}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="764"/>
        <source>batal otomatis {day}</source>
        <translation>auto-cancel on {day}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="778"/>
        <source>Pesanan sudah selesai; status tidak bisa diubah lagi.</source>
        <translation>The order is finished; its status can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="788"/>
        <source>→ {status}</source>
        <translation>→ {status}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="790"/>
        <source>→ Serahkan &amp; lunasi…</source>
        <translation>→ Hand over &amp; settle…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="805"/>
        <source>C&amp;atatan komunikasi ({n})</source>
        <translation>Communication lo&amp;g ({n})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="884"/>
        <source>Pesanan ini belum punya paket yang dikirim.</source>
        <translation>This order has no shipped parcel yet.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="969"/>
        <source>Pilih dulu pembayaran yang belum cair di tabel pembayaran.</source>
        <translation>First select a payment that has not yet cleared in the payments table.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="978"/>
        <source>Dana cair</source>
        <translation>Money cleared</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="979"/>
        <source>Dana {what} sudah terlihat masuk di rekening/aplikasi?</source>
        <translation>Has the money for {what} shown up in the bank account/app?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="980"/>
        <source>Ya, sudah masuk</source>
        <translation>Yes, it has arrived</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="987"/>
        <source>Dana tidak masuk</source>
        <translation>Money never arrived</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="989"/>
        <source>Pembayaran {what} dicatat tidak masuk; pesanan kembali berutang.
Alasan (wajib):</source>
        <translation>Payment {what} will be recorded as bounced; the order will owe money again.
Reason (required):</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="991"/>
        <source>Catat tidak masuk</source>
        <translation>Record as bounced</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1020"/>
        <source>Pembayaran belum cair</source>
        <translation>Payment not yet cleared</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1022"/>
        <source>Ada pembayaran {pending} yang belum cair. Teruskan juga? Keputusan ini dicatat.
Alasan (wajib):</source>
        <translation>There is a {pending} payment that has not yet cleared. Continue anyway? This decision will be logged.
Reason (required):</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1025"/>
        <source>Teruskan dengan alasan</source>
        <translation>Continue with reason</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1026"/>
        <source>Tunggu dana masuk</source>
        <translation>Wait for the money</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1031"/>
        <source>Perlu alasan untuk meneruskan; pesanan tidak diubah.</source>
        <translation>A reason is needed to continue; the order was not changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1044"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="1046"/>
        <source>Batalkan pesanan</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1045"/>
        <source>Alasan pembatalan (wajib):</source>
        <translation>Reason for cancelling (required):</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1047"/>
        <source>Jangan batalkan</source>
        <translation>Don&apos;t cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1052"/>
        <source>Pembatalan perlu alasan; pesanan tidak diubah.</source>
        <translation>Cancelling needs a reason; the order was not changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1085"/>
        <source>Tidak bisa diubah</source>
        <translation>Cannot be changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1092"/>
        <source>Pesanan berubah</source>
        <translation>Order changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1099"/>
        <source>Pilih dulu entri pembayaran yang mau dikoreksi.</source>
        <translation>First select the payment entry you want to correct.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1106"/>
        <source>Koreksi entri</source>
        <translation>Correct entry</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1108"/>
        <source>Entri {what} akan dibalik dengan entri baru (entri lama tetap tercatat).
Alasan koreksi (wajib):</source>
        <translation>Entry {what} will be reversed by a new entry (the old entry stays on record).
Reason for the correction (required):</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1111"/>
        <source>Catat koreksi</source>
        <translation>Record correction</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="981"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="992"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="1112"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1167"/>
        <source>Belum ada printer terpasang di komputer ini. Buka pratinjau (Ctrl+Shift+P) untuk menyimpan PDF, atau atur printer struk di Pengaturan toko.</source>
        <translation>No printer is installed on this computer. Open the preview (Ctrl+Shift+P) to save a PDF, or set up a receipt printer in Shop settings.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1187"/>
        <source>{code} dicetak ke {where}.</source>
        <translation>{code} printed to {where}.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="193"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="194"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="195"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="196"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="197"/>
        <source>Tgl ambil</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="198"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="199"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="200"/>
        <source>Sisa</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="201"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="110"/>
        <source>Cari kode pesanan, nama atau No. HP — atau pindai QR nota (Ctrl+F)</source>
        <translation>Search order code, name or mobile number — or scan the receipt QR (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="115"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="116"/>
        <source>Masih berjalan</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="128"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="142"/>
        <source>{n} pesanan</source>
        <translation>{n} orders</translation>
    </message>
</context>
<context>
    <name>OwnerSetupPanel</name>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="250"/>
        <source>Selamat datang di TokoDesk. Buat dulu akun pemilik toko: nama dan PIN 4–8 angka. Dengan akun ini pemilik menambah staf, mengatur kebijakan, dan melihat siapa mengerjakan apa.</source>
        <translation>Welcome to TokoDesk. First create the shop owner&apos;s account: a name and a 4–8 digit PIN. With this account the owner adds staff, sets policies and sees who did what.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="263"/>
        <source>&amp;Buat akun pemilik</source>
        <translation>&amp;Create owner account</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="267"/>
        <source>&amp;Nama pemilik:</source>
        <translation>Owner&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="268"/>
        <source>&amp;PIN (4–8 angka):</source>
        <translation>&amp;PIN (4–8 digits):</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="269"/>
        <source>&amp;Ulangi PIN:</source>
        <translation>&amp;Repeat PIN:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="99"/>
        <source>Terima pembayaran — {code}</source>
        <translation>Receive payment — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="110"/>
        <source>Dana &amp;belum masuk (menunggu cair)</source>
        <translation>Money not yet &amp;received (pending clearance)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="123"/>
        <source>Sisa tagihan</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="124"/>
        <source>&amp;Jumlah</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="125"/>
        <source>&amp;Metode</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="127"/>
        <source>&amp;Tanggal cair</source>
        <translation>Clearance &amp;date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="128"/>
        <source>&amp;Catatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="130"/>
        <source>&amp;Simpan pembayaran (Ctrl+S)</source>
        <translation>&amp;Save payment (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="130"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PlaceholderList</name>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="57"/>
        <source>Klik untuk menyisipkan {{{name}}} di posisi kursor</source>
        <translation>Click to insert {{{name}}} at the cursor</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="49"/>
        <source>Aturan pengambilan &amp; biaya simpan</source>
        <translation>Pickup rules &amp; storage fees</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="55"/>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="63"/>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="71"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="66"/>
        <source>contoh 2,1</source>
        <translation>e.g. 2,1</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="70"/>
        <source>hari ini + </source>
        <translation>today + </translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="77"/>
        <source>&amp;Gratis disimpan</source>
        <translation>&amp;Free storage</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="79"/>
        <source>Setelah tanggal ambil, barang masih boleh diambil tanpa biaya selama sekian hari.</source>
        <translation>After the pickup date, the goods can still be collected free of charge for this many days.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="82"/>
        <source>&amp;Biaya simpan per hari</source>
        <translation>Storage fee per &amp;day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="84"/>
        <source>Dikenakan mulai hari sesudah masa gratis habis. Isi 0 bila tidak memungut biaya.</source>
        <translation>Charged from the day after the free period ends. Enter 0 if you do not charge a fee.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="87"/>
        <source>Batas &amp;total biaya simpan</source>
        <translation>Cap on &amp;total storage fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="89"/>
        <source>Biaya simpan tidak akan melebihi jumlah ini. Kosong atau 0 = tanpa batas.</source>
        <translation>The storage fee will never exceed this amount. Empty or 0 = no cap.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="92"/>
        <source>Batal &amp;otomatis setelah</source>
        <translation>Aut&amp;o-cancel after</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="95"/>
        <source>Dihitung dari tanggal ambil. Pesanan yang tidak diambil dan tanpa kabar dibatalkan, DP tidak dikembalikan.</source>
        <translation>Counted from the pickup date. Orders not collected with no word from the customer are cancelled and the deposit is not refunded.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="100"/>
        <source>&amp;Pengingat sebelum ambil</source>
        <translation>&amp;Reminders before pickup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="103"/>
        <source>Berapa hari sebelum tanggal ambil pelanggan diingatkan, dipisah koma: 2,1 = H-2 dan H-1.</source>
        <translation>How many days before the pickup date the customer is reminded, separated by commas: 2,1 = two days and one day before.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="107"/>
        <source>Tanggal ambil &amp;bawaan</source>
        <translation>D&amp;efault pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="109"/>
        <source>Tanggal ambil yang terisi otomatis saat mencatat pesanan baru.</source>
        <translation>The pickup date filled in automatically when recording a new order.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="126"/>
        <source>Begini aturan ini berjalan untuk satu pesanan</source>
        <translation>How these rules play out for one order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="139"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="139"/>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="235"/>
        <source>Contoh: pesanan selesai dan siap hari ini ({ready}), tanggal ambil yang disepakati {pickup}. Bendera di atas tanggal adalah pesan yang dikirim ke pelanggan hari itu.</source>
        <translation>Example: the order is finished and ready today ({ready}), with an agreed pickup date of {pickup}. The flags above the dates are the messages sent to the customer on that day.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="240"/>
        <source>Di nota tertulis: {rules}</source>
        <translation>The receipt says: {rules}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="252"/>
        <source>&lt;b&gt;Angka aturan berubah.&lt;/b&gt; Menyimpan membuat Syarat &amp;amp; Ketentuan versi {new}: pesanan baru memakai angka baru, pesanan yang sudah dicatat tetap memakai angka versi {n} yang disetujui pelanggan.</source>
        <translation>&lt;b&gt;The rule figures have changed.&lt;/b&gt; Saving creates Terms &amp;amp; Conditions version {new}: new orders use the new figures, while orders already recorded keep the figures of version {n} that the customer agreed to.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="260"/>
        <source>Angka ini tercantum di Syarat &amp;amp; Ketentuan versi {n}. Mengubahnya membuat versi baru; pesanan yang sudah dicatat tetap memakai angka lamanya.</source>
        <translation>These figures are in Terms &amp;amp; Conditions version {n}. Changing them creates a new version; orders already recorded keep their old figures.</translation>
    </message>
</context>
<context>
    <name>QrisPanel</name>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="96"/>
        <source>QRIS toko belum dimuat</source>
        <translation>Shop QRIS not loaded yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="97"/>
        <source>Pemilik memuatnya di Pengaturan › Profil toko (foto stiker QRIS).</source>
        <translation>The owner loads it in Settings › Shop profile (photo of the QRIS sticker).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="100"/>
        <source>Tidak ada yang perlu dibayar</source>
        <translation>Nothing to pay</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="106"/>
        <source>Jumlah ini tidak bisa dibuat kode QRIS</source>
        <translation>A QRIS code cannot be made for this amount</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="111"/>
        <source>Bayar {amount} dengan QRIS</source>
        <translation>Pay {amount} with QRIS</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="113"/>
        <source> Termasuk biaya simpan {fee}.</source>
        <translation> Includes storage fee of {fee}.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="118"/>
        <source>Penerima: {merchant} · {code}. Nominal sudah terisi.{fee}</source>
        <translation>Payee: {merchant} · {code}. Amount already filled in.{fee}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="127"/>
        <source>Tercatat, menunggu dana. Periksa aplikasi merchant: bila {amount} sudah masuk, tekan {key}. Bukti layar dari pelanggan bukan bukti dana masuk.</source>
        <translation>Recorded, waiting for the money. Check the merchant app: once {amount} has arrived, press {key}. A screenshot from the customer is not proof that the money has arrived.</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="219"/>
        <source>Koreksi catatan #{id}</source>
        <translation>Correct log #{id}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="221"/>
        <source>Catat komunikasi</source>
        <translation>Log communication</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="230"/>
        <source>&amp;Ganti pelanggan</source>
        <translation>Change c&amp;ustomer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="251"/>
        <location filename="../../tokodesk/ui/quick_log.py" line="423"/>
        <location filename="../../tokodesk/ui/quick_log.py" line="434"/>
        <location filename="../../tokodesk/ui/quick_log.py" line="453"/>
        <source>— tidak terkait pesanan —</source>
        <translation>— not linked to an order —</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="274"/>
        <source>A&amp;rah</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="283"/>
        <source>Isi chat, ringkasan telepon, atau catatan…</source>
        <translation>Chat text, call summary or note…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="299"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="300"/>
        <source>Pilih &amp;berkas… (Ctrl+O)</source>
        <translation>Choose &amp;file… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="303"/>
        <source>&amp;Tempel (Ctrl+V)</source>
        <translation>&amp;Paste (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="306"/>
        <source>&amp;Hapus lampiran (Del)</source>
        <translation>&amp;Remove attachment (Del)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="311"/>
        <source>Tempel tangkapan layar dengan Ctrl+V, atau seret foto/berkas ke jendela ini.</source>
        <translation>Paste a screenshot with Ctrl+V, or drag photos/files onto this window.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="339"/>
        <source>&amp;Pelanggan</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="343"/>
        <source>Pes&amp;anan</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="344"/>
        <source>&amp;Saluran</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="345"/>
        <source>&amp;Waktu kejadian</source>
        <translation>&amp;When it happened</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="346"/>
        <source>&amp;Isi</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="347"/>
        <source>Lampira&amp;n</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="352"/>
        <source>Simpan catatan (Ctrl+S)</source>
        <translation>Save log (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="352"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="388"/>
        <source>Tempel tangkapan layar dengan Ctrl+V, atau seret foto/berkas ke jendela ini. Ukuran terbesar {mb} MB per berkas.</source>
        <translation>Paste a screenshot with Ctrl+V, or drag photos/files onto this window. Maximum size {mb} MB per file.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="401"/>
        <source>Koreksi untuk catatan &lt;b&gt;#{id}&lt;/b&gt; ({when}, {channel}). Catatan lama tetap tersimpan apa adanya; koreksi ini dicatat sebagai catatan baru yang menunjuk ke #{id}.</source>
        <translation>Correction to log &lt;b&gt;#{id}&lt;/b&gt; ({when}, {channel}). The old log stays exactly as it was; this correction is recorded as a new log that refers to #{id}.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="437"/>
        <source>{code} · {status} · ambil {pickup}</source>
        <translation>{code} · {status} · pickup {pickup}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="483"/>
        <source>Papan klip tidak berisi gambar atau berkas untuk dilampirkan.</source>
        <translation>The clipboard has no image or file to attach.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="507"/>
        <source>Pilih berkas untuk dilampirkan</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="509"/>
        <source>Gambar, PDF, suara, video ({exts});;Semua berkas (*)</source>
        <translation>Images, PDF, audio, video ({exts});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="525"/>
        <source>Berkas «{name}» tidak bisa dibaca: {reason}</source>
        <translation>File «{name}» cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="527"/>
        <source>Berkas «{name}» terlalu besar untuk dilampirkan ({size})</source>
        <translation>File «{name}» is too large to attach ({size})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="614"/>
        <source>Pilih pelanggan dulu (ketik nama atau No. HP, lalu Enter)</source>
        <translation>Choose a customer first (type a name or mobile number, then Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="658"/>
        <source>Buang catatan?</source>
        <translation>Discard log?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="659"/>
        <source>Isi dan lampiran yang belum disimpan akan dibuang.</source>
        <translation>Unsaved text and attachments will be discarded.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="660"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="661"/>
        <source>Kembali mengisi</source>
        <translation>Back to editing</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="902"/>
        <source>Nilai dari pelanggan — {code}</source>
        <translation>Customer rating — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="907"/>
        <source>— pilih 1 sampai 5 —</source>
        <translation>— choose 1 to 5 —</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="910"/>
        <source>kata-kata pelanggan (boleh kosong)</source>
        <translation>the customer&apos;s words (optional)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="917"/>
        <source>&amp;Simpan nilai (Ctrl+S)</source>
        <translation>&amp;Save rating (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="917"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="920"/>
        <source>&amp;Nilai</source>
        <translation>&amp;Rating</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="921"/>
        <source>&amp;Komentar</source>
        <translation>C&amp;omment</translation>
    </message>
</context>
<context>
    <name>RemakeDialog</name>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="134"/>
        <source>Buat ulang — {code}</source>
        <translation>Remake — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="144"/>
        <source>mis. nama salah ketik «RAKA» → «RAKHA», dicetak ulang</source>
        <translation>e.g. name mistyped «RAKA» → «RAKHA», reprinted</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="147"/>
        <source>&amp;Kesalahan</source>
        <translation>&amp;Mistake</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="148"/>
        <source>&amp;Biaya untuk pelanggan (0 = gratis)</source>
        <translation>C&amp;harge to customer (0 = free)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="149"/>
        <source>&amp;Apa yang dibuat ulang</source>
        <translation>&amp;What is being remade</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="151"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="151"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="240"/>
        <source>Tanggapi keluhan #{id}</source>
        <translation>Reply to complaint #{id}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="243"/>
        <source>Balasan dari panduan untuk &lt;b&gt;{name}&lt;/b&gt;; ubah seperlunya. Balasan pertama dicatat sebagai waktu tanggapan.</source>
        <translation>Reply from the guideline for &lt;b&gt;{name}&lt;/b&gt;; edit as needed. The first reply is recorded as the response time.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="206"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="221"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="223"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="225"/>
        <source>&amp;Tampilkan (F5)</source>
        <translation>&amp;Show (F5)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="228"/>
        <source>Simpan &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="231"/>
        <source>Simpan &amp;Excel…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="251"/>
        <source>Tutup kas harian dan angka uang hanya untuk pemilik (izin «Laporan keuangan»).</source>
        <translation>Daily closing and money figures are for the owner only (permission «Financial reports»).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="283"/>
        <source>Menyusun laporan…</source>
        <translation>Preparing report…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="299"/>
        <source>{label} · dibuat {at}</source>
        <translation>{label} · generated {at}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="317"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="317"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="319"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="334"/>
        <source>Menyimpan {name}…</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="341"/>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="357"/>
        <location filename="../../tokodesk/ui/reports.py" line="380"/>
        <source>Uang masuk</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="359"/>
        <source>Tidak ada uang masuk hari ini.</source>
        <translation>No money came in today.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="369"/>
        <location filename="../../tokodesk/ui/reports.py" line="376"/>
        <location filename="../../tokodesk/ui/reports.py" line="403"/>
        <location filename="../../tokodesk/ui/reports.py" line="437"/>
        <location filename="../../tokodesk/ui/reports.py" line="563"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="374"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="381"/>
        <source>Dikembalikan (refund)</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="382"/>
        <source>Uang tunai di laci (tunai masuk − refund tunai)</source>
        <translation>Cash in drawer (cash in − cash refunds)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="383"/>
        <location filename="../../tokodesk/ui/reports.py" line="426"/>
        <source>DP hangus</source>
        <translation>Forfeited deposits</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="384"/>
        <source>Pembayaran belum cair</source>
        <translation>Payments not yet cleared</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="385"/>
        <source>COD belum diterima</source>
        <translation>COD cash not yet received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="387"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="390"/>
        <location filename="../../tokodesk/ui/reports.py" line="538"/>
        <location filename="../../tokodesk/ui/reports.py" line="605"/>
        <location filename="../../tokodesk/ui/reports.py" line="648"/>
        <source>Pos</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="390"/>
        <location filename="../../tokodesk/ui/reports.py" line="648"/>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="401"/>
        <location filename="../../tokodesk/ui/reports.py" line="433"/>
        <location filename="../../tokodesk/ui/reports.py" line="502"/>
        <location filename="../../tokodesk/ui/reports.py" line="585"/>
        <location filename="../../tokodesk/ui/reports.py" line="611"/>
        <source>Pesanan</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="402"/>
        <location filename="../../tokodesk/ui/reports.py" line="434"/>
        <location filename="../../tokodesk/ui/reports.py" line="503"/>
        <location filename="../../tokodesk/ui/reports.py" line="585"/>
        <location filename="../../tokodesk/ui/reports.py" line="612"/>
        <location filename="../../tokodesk/ui/reports.py" line="668"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="404"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="405"/>
        <location filename="../../tokodesk/ui/reports.py" line="667"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="406"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="409"/>
        <source>Cair tanggal</source>
        <translation>Clears on</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="425"/>
        <source>Refund</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="427"/>
        <source>Pembayaran belum cair (akhir hari)</source>
        <translation>Payments not yet cleared (end of day)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="429"/>
        <source>COD belum diterima dari kurir</source>
        <translation>COD cash not yet received from couriers</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="435"/>
        <source>Kurir</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="436"/>
        <source>Resi</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="438"/>
        <source>Sampai</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="454"/>
        <source>Keluhan dibuka dan ditutup hari ini</source>
        <translation>Complaints opened and closed today</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="455"/>
        <source>dibuka</source>
        <translation>opened</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="456"/>
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="461"/>
        <location filename="../../tokodesk/ui/reports.py" line="688"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="462"/>
        <source>Ujung rantai bukti (cetak dan simpan di luar komputer)</source>
        <translation>Evidence chain heads (print and keep somewhere other than the computer)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="465"/>
        <source>Rantai</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="465"/>
        <source>Jumlah catatan</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="465"/>
        <source>Hash terakhir</source>
        <translation>Latest hash</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="504"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="505"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="506"/>
        <location filename="../../tokodesk/ui/reports.py" line="548"/>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="507"/>
        <location filename="../../tokodesk/ui/reports.py" line="557"/>
        <source>Penyelesaian</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="508"/>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="520"/>
        <source>Keluhan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="532"/>
        <source>Keluhan masuk</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="533"/>
        <source>Keluhan ditutup</source>
        <translation>Complaints closed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="534"/>
        <source>Median waktu tanggapan pertama</source>
        <translation>Median time to first response</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="535"/>
        <source>Median waktu penyelesaian</source>
        <translation>Median time to resolution</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="536"/>
        <source>Biaya keluhan bagi toko</source>
        <translation>Complaint costs to the shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="538"/>
        <location filename="../../tokodesk/ui/reports.py" line="605"/>
        <source>Angka</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="541"/>
        <source>Keluhan menurut jenis</source>
        <translation>Complaints by type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="565"/>
        <source>Daftar keluhan</source>
        <translation>List of complaints</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="568"/>
        <source>Penilaian pelanggan</source>
        <translation>Customer ratings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="570"/>
        <source>{n} penilaian, rata-rata {avg} dari 5</source>
        <translation>{n} ratings, average {avg} out of 5</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="585"/>
        <source>Nilai</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="585"/>
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="593"/>
        <source>Belum ada penilaian di periode ini.</source>
        <translation>No ratings in this period yet.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="595"/>
        <source>Pengambilan pesanan</source>
        <translation>Order pickups</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="598"/>
        <source>Jatuh tempo ambil di periode ini</source>
        <translation>Due for pickup in this period</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="599"/>
        <source>Diambil tepat waktu</source>
        <translation>Collected on time</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="600"/>
        <source>Diambil terlambat</source>
        <translation>Collected late</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="601"/>
        <source>Hangus (tidak diambil)</source>
        <translation>Forfeited (not collected)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="602"/>
        <source>Masih ditunggu</source>
        <translation>Still awaited</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="603"/>
        <source>Tingkat tidak datang (hangus + terlambat) ÷ jatuh tempo</source>
        <translation>No-show rate (forfeited + late) ÷ due</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="607"/>
        <source>Lewat batas di akhir periode</source>
        <translation>Past the deadline at the end of the period</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="613"/>
        <source>Tanggal ambil</source>
        <translation>Pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="614"/>
        <source>Hari terakhir gratis</source>
        <translation>Last free day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="615"/>
        <source>Lewat (hari)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="616"/>
        <source>Sisa tagihan</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="633"/>
        <source>Uang</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="636"/>
        <source>DP dipegang di akhir periode</source>
        <translation>Deposits held at end of period</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="638"/>
        <source>DP hangus di periode ini ({n} pesanan)</source>
        <translation>Deposits forfeited in this period ({n} orders)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="641"/>
        <source>Biaya simpan diterima</source>
        <translation>Storage fees received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="643"/>
        <source>Nilai pesanan masuk ({n} pesanan)</source>
        <translation>Value of new orders ({n} orders)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="651"/>
        <source>Angka uang hanya untuk pemilik.</source>
        <translation>Money figures are for the owner only.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="653"/>
        <source>Waktu ramai (pesanan masuk)</source>
        <translation>Busy times (new orders)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="655"/>
        <source>Menurut hari</source>
        <translation>By day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="657"/>
        <source>Menurut jam</source>
        <translation>By hour</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="659"/>
        <source>Hari × jam (makin gelap makin ramai)</source>
        <translation>Day × hour (darker is busier)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="662"/>
        <source>Perubahan status pelanggan</source>
        <translation>Customer status changes</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="669"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="670"/>
        <source>Menjadi</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="671"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="672"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="78"/>
        <source>Tanggal ambil baru — {code}</source>
        <translation>New pickup date — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="89"/>
        <source>contoh: pelanggan di luar kota, minta diambil Sabtu</source>
        <translation>e.g. customer is out of town, asks to collect on Saturday</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="97"/>
        <source>Pesanan</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="100"/>
        <source>&amp;Tanggal ambil baru</source>
        <translation>&amp;New pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="101"/>
        <source>&amp;Alasan (wajib)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="102"/>
        <source>Kabar pelanggan &amp;lewat</source>
        <translation>Customer told us &amp;via</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="105"/>
        <source>Pengingat, masa gratis, biaya simpan dan batal otomatis dihitung ulang dari tanggal baru. Perubahan dicatat di catatan komunikasi pelanggan.</source>
        <translation>Reminders, the free period, storage fees and auto-cancel are recalculated from the new date. The change is recorded in the customer&apos;s communication log.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="111"/>
        <source>&amp;Simpan tanggal (Ctrl+S)</source>
        <translation>&amp;Save date (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="111"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="389"/>
        <source>Selesaikan keluhan #{id}</source>
        <translation>Resolve complaint #{id}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="394"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt; · {name}{order}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; · {name}{order}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="417"/>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="525"/>
        <source>Sudah dibayar pelanggan: &lt;b&gt;{paid}&lt;/b&gt;</source>
        <translation>Already paid by the customer: &lt;b&gt;{paid}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="425"/>
        <source>Paket pengganti</source>
        <translation>Replacement parcel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="440"/>
        <source>seperti paket asli</source>
        <translation>same as the original parcel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="445"/>
        <source>K&amp;urir</source>
        <translation>Co&amp;urier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="446"/>
        <source>La&amp;yanan</source>
        <translation>S&amp;ervice</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="447"/>
        <source>&amp;Resi</source>
        <translation>&amp;Tracking number</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="448"/>
        <source>Be&amp;rat</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="449"/>
        <source>&amp;Ongkos kirim</source>
        <translation>&amp;Delivery fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="459"/>
        <source>diisi dari penyelesaian; boleh diubah</source>
        <translation>filled in from the resolution; can be changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="465"/>
        <source>&amp;Temuan</source>
        <translation>&amp;Finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="466"/>
        <source>&amp;Penyelesaian</source>
        <translation>Res&amp;olution</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="468"/>
        <source>&amp;Jumlah refund</source>
        <translation>Refund &amp;amount</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="469"/>
        <source>&amp;Metode refund</source>
        <translation>Refund &amp;method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="471"/>
        <source>Biaya buat &amp;ulang (pelanggan)</source>
        <translation>Remake c&amp;harge (customer)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="472"/>
        <source>Nilai &amp;voucher</source>
        <translation>&amp;Voucher value</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="476"/>
        <source>&amp;Biaya bagi toko</source>
        <translation>Cost to the &amp;shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="479"/>
        <source>&amp;Catatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="483"/>
        <source>&amp;Selesaikan kasus (Ctrl+S)</source>
        <translation>&amp;Resolve case (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="483"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="521"/>
        <source>Refund penuh: semua yang sudah dibayar, &lt;b&gt;{paid}&lt;/b&gt;, dikembalikan.</source>
        <translation>Full refund: everything paid so far, &lt;b&gt;{paid}&lt;/b&gt;, is returned.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="528"/>
        <source>penjelasan yang diberikan ke pelanggan (wajib)</source>
        <translation>explanation given to the customer (required)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="595"/>
        <source>Periksa nomor resi</source>
        <translation>Check the tracking number</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="597"/>
        <source>Resi benar, simpan</source>
        <translation>Tracking number is correct, save</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="598"/>
        <source>Perbaiki resi</source>
        <translation>Fix tracking number</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="81"/>
        <source>Menyiapkan toko — TokoDesk</source>
        <translation>Setting up the shop — TokoDesk</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="84"/>
        <source>Atur &amp;nanti</source>
        <translation>Set up &amp;later</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="85"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="86"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="87"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="88"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="105"/>
        <source>1. Profil toko</source>
        <translation>1. Shop profile</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="107"/>
        <source>Dicetak di setiap nota dan slip; pelanggan menghubungi toko lewat nomor ini.</source>
        <translation>Printed on every receipt and slip; customers reach the shop through these numbers.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="110"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="111"/>
        <source>Pilih l&amp;ogo…</source>
        <translation>Choose l&amp;ogo…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="118"/>
        <source>&amp;Nama toko</source>
        <translation>Shop &amp;name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="119"/>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="120"/>
        <source>&amp;Telepon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="121"/>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="122"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="128"/>
        <source>&amp;Bahasa nota &amp;&amp; pesan</source>
        <translation>&amp;Language of receipts &amp;&amp; messages</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="133"/>
        <source>Nota, slip, S&amp;K awal dan pesan bawaan untuk pelanggan ditulis dalam bahasa ini. Bahasa layar di PC ini diatur terpisah.</source>
        <translation>Receipts, slips, the starter T&amp;C and the default messages for customers are written in this language. The screen language of this PC is set separately.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="147"/>
        <source>2. DP dan aturan pengambilan</source>
        <translation>2. Deposit and pickup rules</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="150"/>
        <source>Angka bawaan dipakai banyak toko. DP melindungi toko dari pesanan yang tidak diambil; biaya simpan dan batas batal membuat pelanggan datang tepat waktu.</source>
        <translation>The defaults are what many shops use. A deposit protects the shop from orders that are never collected; the storage fee and the cancellation deadline bring customers in on time.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="172"/>
        <source>DP &amp;minimal</source>
        <translation>&amp;Minimum deposit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="173"/>
        <source>Pesanan tidak bisa disimpan dengan DP di bawah ini.</source>
        <translation>An order cannot be saved with a deposit below this.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="174"/>
        <source>DP &amp;disarankan</source>
        <translation>&amp;Suggested deposit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="175"/>
        <source>&amp;Gratis simpan (hari setelah tanggal ambil)</source>
        <translation>&amp;Free storage (days after the pickup date)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="176"/>
        <source>&amp;Biaya simpan per hari</source>
        <translation>Storage fee per &amp;day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="177"/>
        <source>Batas biaya &amp;simpan (0 = tanpa batas)</source>
        <translation>Storage fee &amp;cap (0 = no cap)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="178"/>
        <source>Batal &amp;otomatis, DP hangus (hari setelah tanggal ambil)</source>
        <translation>Automatic cancellation, deposit f&amp;orfeited (days after the pickup date)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="179"/>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="184"/>
        <source>3. Syarat &amp; Ketentuan</source>
        <translation>3. Terms &amp; Conditions</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="187"/>
        <source>S&amp;K awal ini dicetak di setiap nota. Baca dan sesuaikan; isian seperti {dp_minimal} diisi otomatis dari aturan di halaman sebelumnya.</source>
        <translation>These starter T&amp;C are printed on every receipt. Read and adjust them; fields such as {dp_minimal} are filled in from the rules on the previous page.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="200"/>
        <source>4. Printer dan kertas</source>
        <translation>4. Printer and paper</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="203"/>
        <source>Nota dicetak lewat printer mana pun di PC ini. Printer struk (thermal) bisa juga dikirimi langsung: isi alamatnya, atau biarkan kosong.</source>
        <translation>Receipts print on any printer of this PC. A receipt (thermal) printer can also be driven directly: enter its address, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="213"/>
        <source>contoh: network:192.168.1.50, usb:0416:5011, serial:COM3</source>
        <translation>e.g. network:192.168.1.50, usb:0416:5011, serial:COM3</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="216"/>
        <source>&amp;Ukuran kertas nota</source>
        <translation>Receipt &amp;paper size</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="217"/>
        <source>&amp;Printer struk</source>
        <translation>Receipt prin&amp;ter</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="222"/>
        <source>5. Cadangan data</source>
        <translation>5. Data backup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="225"/>
        <source>TokoDesk mencadangkan data setiap hari. Pilih folder di flashdisk atau folder yang disinkronkan (Google Drive, OneDrive) supaya data selamat bila PC rusak.</source>
        <translation>TokoDesk backs up the data every day. Choose a folder on a USB stick or a synced folder (Google Drive, OneDrive) so the data survives if the PC breaks.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="231"/>
        <source>kosong = di samping database (kurang aman)</source>
        <translation>empty = next to the database (less safe)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="232"/>
        <source>Pilih &amp;folder…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="241"/>
        <source>&amp;Folder cadangan</source>
        <translation>Backup f&amp;older</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="242"/>
        <source>Semua jawaban bisa diubah nanti di menu Pengaturan.</source>
        <translation>Every answer can be changed later in the Settings menu.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="273"/>
        <source>Batal otomatis harus sesudah hari gratis terakhir.</source>
        <translation>Automatic cancellation must come after the last free day.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="286"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="286"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="294"/>
        <source>Logo tidak bisa dibaca: {reason}</source>
        <translation>The logo cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/setup_wizard.py" line="298"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="131"/>
        <source>Kirim paket</source>
        <translation>Ship parcel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="147"/>
        <source>REG, YES, Halu, Best, Instant…</source>
        <translation>REG, YES, Halu, Best, Instant…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="155"/>
        <source>Ongkir ditagihkan ke pelanggan (ditambahkan ke COD)</source>
        <translation>Delivery fee charged to the customer (added to the COD amount)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="159"/>
        <source>Diasuransikan / dengan tanda tangan penerima</source>
        <translation>Insured / recipient signature required</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="161"/>
        <source>Sudah diserahkan ke kurir (tanpa centang: baru dikemas)</source>
        <translation>Already handed to the courier (unticked: only packed so far)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="171"/>
        <source>Tambah &amp;foto…</source>
        <translation>Add &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="174"/>
        <source>&amp;Hapus foto</source>
        <translation>Re&amp;move photo</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="189"/>
        <source>&amp;Kurir</source>
        <translation>Co&amp;urier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="190"/>
        <source>&amp;Layanan</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="191"/>
        <source>Nomor &amp;resi</source>
        <translation>&amp;Tracking number</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="192"/>
        <source>&amp;Berat paket</source>
        <translation>Parcel &amp;weight</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="193"/>
        <source>&amp;Ongkos kirim</source>
        <translation>&amp;Delivery fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="195"/>
        <source>Nilai &amp;COD</source>
        <translation>COD &amp;amount</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="199"/>
        <source>Foto paket</source>
        <translation>Parcel photos</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="200"/>
        <source>C&amp;atatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="205"/>
        <source>&amp;Simpan pengiriman (Ctrl+S)</source>
        <translation>&amp;Save shipment (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="205"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="226"/>
        <source>Kirim paket — {code}</source>
        <translation>Ship parcel — {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="229"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; · {name}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; · {name}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="230"/>
        <source>Total {total} · sisa {balance}</source>
        <translation>Total {total} · balance {balance}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="233"/>
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="233"/>
        <source>Dikirim (sudah lunas)</source>
        <translation>Shipped (paid in full)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="236"/>
        <source>{n} paket sudah tercatat</source>
        <translation>{n} parcels already recorded</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="242"/>
        <source>⚠ Pelanggan ini berstatus &lt;b&gt;diragukan&lt;/b&gt;{reason}. Lampirkan foto paket yang sudah dikemas (isi terlihat); tanpa foto pengiriman diblokir.</source>
        <translation>⚠ This customer is marked &lt;b&gt;questionable&lt;/b&gt;{reason}. Attach a photo of the packed parcel (contents visible); without a photo the shipment is blocked.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="249"/>
        <source>⚠ Nilai pesanan di atas {limit}: pilih layanan dengan asuransi/tanda tangan dan lampirkan foto paket.</source>
        <translation>⚠ Order value is above {limit}: choose a service with insurance/signature and attach a photo of the parcel.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="256"/>
        <source>⚠ Ada pembayaran {pending} yang belum cair.</source>
        <translation>⚠ There is a {pending} payment that has not yet cleared.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="262"/>
        <source>⚠ Pelanggan COD baru: ongkos kirim harus dibayar di muka sebelum paket dikirim.</source>
        <translation>⚠ New COD customer: the delivery fee must be paid up front before the parcel is shipped.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="281"/>
        <source>Pilih foto paket</source>
        <translation>Choose parcel photos</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="286"/>
        <source>Foto tidak bisa dibaca: {reason}</source>
        <translation>Photo cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="367"/>
        <source>Periksa nomor resi</source>
        <translation>Check the tracking number</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="367"/>
        <source>Resi benar, simpan</source>
        <translation>Tracking number is correct, save</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="367"/>
        <source>Perbaiki resi</source>
        <translation>Fix tracking number</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="378"/>
        <source>Kirim walau belum cair</source>
        <translation>Ship although not yet cleared</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="379"/>
        <source>Alasan pemilik meneruskan pengiriman (dicatat):</source>
        <translation>Owner&apos;s reason for going ahead with the shipment (logged):</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="380"/>
        <source>Kirim</source>
        <translation>Ship</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="381"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="48"/>
        <source>Pengaturan toko</source>
        <translation>Shop settings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="52"/>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="169"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="56"/>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="58"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="72"/>
        <source>kosong = lewat printer Windows/Linux; contoh network:192.168.1.50</source>
        <translation>empty = through the Windows/Linux printer; e.g. network:192.168.1.50</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="81"/>
        <source>tempel isi kode QRIS statis, atau muat dari foto stiker</source>
        <translation>paste the static QRIS code content, or load it from a photo of the sticker</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="83"/>
        <source>Muat dari &amp;gambar…</source>
        <translation>Load from &amp;image…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="86"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="102"/>
        <source>Isian yang diganti otomatis: {list}</source>
        <translation>Fields filled in automatically: {list}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="107"/>
        <source>&amp;Nama toko</source>
        <translation>Shop &amp;name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="108"/>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="109"/>
        <source>&amp;Telepon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="110"/>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="111"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="112"/>
        <source>&amp;Kertas cetak</source>
        <translation>Print pap&amp;er</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="113"/>
        <source>&amp;Printer struk</source>
        <translation>&amp;Receipt printer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="114"/>
        <source>Batas &amp;lampiran catatan</source>
        <translation>Log a&amp;ttachment limit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="115"/>
        <source>&amp;QRIS toko</source>
        <translation>Shop &amp;QRIS</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="123"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="123"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="127"/>
        <source>&lt;b&gt;Syarat &amp;amp; Ketentuan&lt;/b&gt; (dicetak di setiap nota)</source>
        <translation>&lt;b&gt;Terms &amp;amp; Conditions&lt;/b&gt; (printed on every receipt)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="150"/>
        <source>Versi berlaku: {n}, disimpan {at} oleh {who}. Menyimpan teks yang diubah membuat versi baru; pesanan lama tetap memakai versinya.</source>
        <translation>Current version: {n}, saved {at} by {who}. Saving changed text creates a new version; older orders keep their version.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="173"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="173"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="180"/>
        <source>Logo tidak bisa dibaca: {reason}</source>
        <translation>Logo cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="190"/>
        <source>Belum ada QRIS: nota dan slip dicetak tanpa kode bayar.</source>
        <translation>No QRIS yet: receipts and slips are printed without a payment code.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="201"/>
        <source>✓ QRIS {name}, {city}{nmid}. Pastikan ini nama toko Anda sebelum menyimpan.</source>
        <translation>✓ QRIS {name}, {city}{nmid}. Make sure this is your shop&apos;s name before saving.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="211"/>
        <source>Foto atau pindaian stiker QRIS</source>
        <translation>Photo or scan of the QRIS sticker</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="213"/>
        <source>Gambar (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="222"/>
        <source>Membaca kode QR dari gambar…</source>
        <translation>Reading the QR code from the image…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="235"/>
        <source>Gambar tidak bisa dibuka: {reason}</source>
        <translation>Image cannot be opened: {reason}</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="122"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="129"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="131"/>
        <source>&amp;Siapa yang bertugas?</source>
        <translation>&amp;Who&apos;s on duty?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="191"/>
        <source>Terlalu banyak PIN salah. Tunggu {n} detik lalu coba lagi.</source>
        <translation>Too many wrong PINs. Wait {n} seconds, then try again.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="197"/>
        <source>Terlalu banyak PIN salah</source>
        <translation>Too many wrong PINs</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="206"/>
        <source>Ketik PIN Anda.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="230"/>
        <source>PIN salah. Sisa {n} kali sebelum harus menunggu.</source>
        <translation>Wrong PIN. {n} tries left before you have to wait.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="263"/>
        <source>Staf &amp; izin</source>
        <translation>Staff &amp; permissions</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Izin</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="286"/>
        <source>&amp;Daftar staf</source>
        <translation>Staff &amp;list</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="290"/>
        <source>&amp;Tambah staf…</source>
        <translation>&amp;Add staff…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="293"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="296"/>
        <source>&amp;Reset PIN…</source>
        <translation>&amp;Reset PIN…</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="299"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="313"/>
        <source>Izin pemilik untuk staf ini</source>
        <translation>Owner permissions for this staff member</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="333"/>
        <source>Simpan &amp;izin</source>
        <translation>Save &amp;permissions</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="350"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="355"/>
        <source>Simpan &amp;pengaturan</source>
        <translation>Save &amp;settings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="359"/>
        <source>Kunci layar &amp;&amp; batas staf</source>
        <translation>Lock screen &amp;&amp; staff limits</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="364"/>
        <source>&amp;Kunci layar setelah</source>
        <translation>Loc&amp;k screen after</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="366"/>
        <source>tanpa aktivitas; setelah itu orang yang bekerja harus memasukkan PIN lagi.</source>
        <translation>without activity; after that, whoever is working must enter their PIN again.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="369"/>
        <source>&amp;Batas bebas biaya simpan</source>
        <translation>Storage fee &amp;waiver limit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="371"/>
        <source>Staf boleh membebaskan biaya simpan sampai jumlah ini; di atasnya perlu pemilik.</source>
        <translation>Staff may waive storage fees up to this amount; above it, the owner is needed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="384"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="439"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="441"/>
        <source>aktif, belum ada PIN</source>
        <translation>active, no PIN yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="443"/>
        <source>aktif, menunggu s.d. {at}</source>
        <translation>active, waiting until {at}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="444"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="447"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="451"/>
        <source>semua izin</source>
        <translation>all permissions</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="488"/>
        <source>Pilih satu orang di daftar.</source>
        <translation>Select one person in the list.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="492"/>
        <source>Pemilik memiliki semua izin</source>
        <translation>The owner has all permissions</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="496"/>
        <source>Tanpa centang, staf hanya melakukan pekerjaan konter. Centang lalu simpan.</source>
        <translation>With nothing ticked, staff only do counter work. Tick, then save.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="518"/>
        <source>Izin {name} disimpan.</source>
        <translation>Permissions for {name} saved.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="536"/>
        <source>Staf ditambahkan.</source>
        <translation>Staff member added.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="537"/>
        <source>Akun disimpan.</source>
        <translation>Account saved.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="538"/>
        <source>PIN baru disimpan.</source>
        <translation>New PIN saved.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="561"/>
        <source>Nonaktifkan akun</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="563"/>
        <source>Nonaktifkan akun {name}? Ia tidak bisa masuk lagi. Semua catatannya tetap ada; untuk mengaktifkan kembali, beri PIN baru (Reset PIN).</source>
        <translation>Deactivate {name}&apos;s account? They will no longer be able to sign in. All their records stay; to reactivate the account, give it a new PIN (Reset PIN).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="566"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="567"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="574"/>
        <source>Akun {name} dinonaktifkan.</source>
        <translation>{name}&apos;s account deactivated.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="615"/>
        <source>Pengaturan kunci layar disimpan.</source>
        <translation>Lock screen settings saved.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="129"/>
        <source>Tambah staf</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="130"/>
        <source>Ubah akun staf</source>
        <translation>Edit staff account</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="131"/>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="152"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="153"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="156"/>
        <source>P&amp;IN ({lo}–{hi} angka):</source>
        <translation>P&amp;IN ({lo}–{hi} digits):</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="158"/>
        <source>&amp;Ulangi PIN:</source>
        <translation>Re&amp;peat PIN:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="162"/>
        <source>Setiap orang memakai PIN sendiri, berbeda dari PIN akun lain. Staf hanya bisa melakukan pekerjaan konter; izin pemilik diberikan satu per satu di daftar staf.</source>
        <translation>Everyone uses their own PIN, different from every other account&apos;s PIN. Staff can only do counter work; owner permissions are granted one by one in the staff list.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="167"/>
        <source>Pemilik memiliki semua izin; staf hanya izin yang diberikan.</source>
        <translation>The owner has all permissions; staff only the ones granted.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="169"/>
        <source>PIN baru untuk {name}. Sampaikan PIN ini hanya kepada orangnya.</source>
        <translation>New PIN for {name}. Tell this PIN only to that person.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="173"/>
        <source>Akun ini nonaktif; dengan PIN baru akun aktif kembali.</source>
        <translation>This account is inactive; a new PIN makes it active again.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="182"/>
        <source>&amp;Simpan (Enter)</source>
        <translation>&amp;Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="182"/>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="83"/>
        <source>Templat pesan ke pelanggan</source>
        <translation>Message templates for customers</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="124"/>
        <source>&amp;Kembalikan ke bawaan</source>
        <translation>&amp;Reset to default</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="129"/>
        <source>&amp;Simpan pesan ini (Ctrl+S)</source>
        <translation>&amp;Save this message (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="129"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="143"/>
        <source>&lt;b&gt;Isian&lt;/b&gt; — klik untuk menyisipkan di posisi kursor</source>
        <translation>&lt;b&gt;Fields&lt;/b&gt; — click to insert at the cursor</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="171"/>
        <source>Pesan yang dikirim ke pelanggan untuk setiap kejadian. Isian dalam kurung kurawal, misalnya {nama} atau {tanggal_ambil}, diganti otomatis dengan data pesanan.</source>
        <translation>Messages sent to the customer for each event. Fields in curly braces, such as {nama} or {tanggal_ambil}, are replaced automatically with the order&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="206"/>
        <source> (diubah)</source>
        <translation> (edited)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="233"/>
        <source>&lt;b&gt;Pratinjau&lt;/b&gt; — contoh pesanan {name} ({code})</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt; — sample order {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="256"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="257"/>
        <source>Pesan «{kind}» sudah diubah tetapi belum disimpan. Buang perubahannya?</source>
        <translation>The «{kind}» message has been changed but not saved. Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="260"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="261"/>
        <source>Kembali mengedit</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="273"/>
        <source>(pratinjau muncul lagi setelah isi pesan diperbaiki)</source>
        <translation>(the preview will reappear once the message text is fixed)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="282"/>
        <source>Belum disimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="284"/>
        <source>Teks bawaan</source>
        <translation>Default text</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="286"/>
        <source>Tersimpan (teks Anda sendiri)</source>
        <translation>Saved (your own text)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="316"/>
        <source>Kembalikan ke teks bawaan</source>
        <translation>Reset to default text</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="317"/>
        <source>Ganti pesan «{kind}» dengan teks bawaan? Teks yang sekarang akan hilang.</source>
        <translation>Replace the «{kind}» message with the default text? The current text will be lost.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="320"/>
        <source>Kembalikan</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="321"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="341"/>
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="731"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="128"/>
        <source>Contoh linimasa pengambilan</source>
        <translation>Sample pickup timeline</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="167"/>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="169"/>
        <source>H-{n}</source>
        <translation>D-{n}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="171"/>
        <source>Hari terakhir gratis</source>
        <translation>Last free day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="173"/>
        <source>Biaya mulai</source>
        <translation>Fee starts</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="175"/>
        <source>Peringatan terakhir</source>
        <translation>Final notice</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="176"/>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="298"/>
        <source>Batal, DP hangus</source>
        <translation>Cancelled, deposit forfeited</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="188"/>
        <source>Tanggal ambil</source>
        <translation>Pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="189"/>
        <source>Batal otomatis</source>
        <translation>Auto-cancel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="247"/>
        <source>sebelum tanggal ambil</source>
        <translation>before the pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="249"/>
        <source>gratis</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="251"/>
        <source>batal, DP hangus</source>
        <translation>cancelled, deposit forfeited</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="253"/>
        <source>biaya simpan naik sampai {fee}</source>
        <translation>storage fee rises to {fee}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="255"/>
        <source>biaya simpan tetap {fee}</source>
        <translation>storage fee stays at {fee}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="257"/>
        <source>biaya simpan {fee}</source>
        <translation>storage fee {fee}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="258"/>
        <source> (batas)</source>
        <translation> (cap)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="270"/>
        <source>{first}–{last} ({n} hari)</source>
        <translation>{first}–{last} ({n} days)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="280"/>
        <source>pesan «{name}»</source>
        <translation>message «{name}»</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="287"/>
        <source>Sebelum tanggal ambil</source>
        <translation>Before the pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="287"/>
        <source>Sebelum ambil</source>
        <translation>Before pickup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="289"/>
        <source>Gratis disimpan</source>
        <translation>Free storage</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="289"/>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="291"/>
        <source>Biaya simpan {fee}/hari</source>
        <translation>Storage fee {fee}/day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="295"/>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="297"/>
        <source>Biaya simpan</source>
        <translation>Storage fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="296"/>
        <source>, paling banyak {cap}</source>
        <translation>, at most {cap}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="298"/>
        <source>Batal otomatis, DP hangus</source>
        <translation>Auto-cancelled, deposit forfeited</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="298"/>
        <source>DP hangus</source>
        <translation>Deposit forfeited</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="302"/>
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="303"/>
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="304"/>
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="305"/>
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="306"/>
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="307"/>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="308"/>
        <source>Min</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="431"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="140"/>
        <source>Demo — PIN: {people}</source>
        <translation>Demo — PIN: {people}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="188"/>
        <source>DEMO — data contoh, tidak disimpan</source>
        <translation>DEMO — sample data, not saved</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="197"/>
        <source> — DEMO</source>
        <translation> — DEMO</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="213"/>
        <source>Database tidak bisa dibuka:
{detail}

Tidak ada data yang diubah.</source>
        <translation>The database cannot be opened:
{detail}

No data has been changed.</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="126"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="128"/>
        <source>Suara</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="130"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="132"/>
        <source>Gambar</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="133"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>d</name>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="183"/>
        <source>Dana &amp;sudah masuk ({key})</source>
        <translation>Money has &amp;arrived ({key})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="186"/>
        <source>&amp;Tutup, periksa nanti</source>
        <translation>&amp;Close, check later</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="59"/>
        <source>Tanggal ambil: {pickup}.</source>
        <translation>Pickup date: {pickup}.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="64"/>
        <source>Gratis penyimpanan sampai {day} ({n} hari setelah tanggal ambil).</source>
        <translation>Free storage until {day} ({n} days after the pickup date).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="71"/>
        <source>Mulai {day} dikenakan biaya penyimpanan {fee} per hari</source>
        <translation>From {day} a storage fee of {fee} per day is charged</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="74"/>
        <source> (paling banyak {cap})</source>
        <translation> (at most {cap})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="80"/>
        <source>Jika sampai {day} pesanan belum diambil dan tidak ada kabar dari Anda, pesanan dibatalkan otomatis dan DP tidak dikembalikan.</source>
        <translation>If the order has not been collected by {day} and we have not heard from you, it will be cancelled automatically and the deposit will not be refunded.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="94"/>
        <source>Ambil {pickup}. Lewat {day}: biaya simpan {fee}/hari; {forfeit}: batal, DP hangus.</source>
        <translation>Pickup {pickup}. After {day}: storage fee {fee}/day; {forfeit}: cancelled, deposit forfeited.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="46"/>
        <source>Nota</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="47"/>
        <source>Slip pengambilan</source>
        <translation>Pickup slip</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="48"/>
        <source>Nota lunas</source>
        <translation>Final receipt (paid)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="49"/>
        <source>Lembar konfirmasi</source>
        <translation>Confirmation sheet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="76"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="77"/>
        <location filename="../../tokodesk/documents/render.py" line="1305"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="78"/>
        <source>Pelanggan: {name} {phone}</source>
        <translation>Customer: {name} {phone}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="81"/>
        <source>Cara ambil: {how}</source>
        <translation>Collection: {how}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="88"/>
        <location filename="../../tokodesk/documents/render.py" line="766"/>
        <location filename="../../tokodesk/documents/render.py" line="1162"/>
        <source>Tanggal ambil</source>
        <translation>Pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="90"/>
        <location filename="../../tokodesk/documents/render.py" line="926"/>
        <location filename="../../tokodesk/documents/render.py" line="1163"/>
        <source>Sisa tagihan</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="108"/>
        <source>Tanda tangan: {line}</source>
        <translation>Signature: {line}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="110"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="113"/>
        <location filename="../../tokodesk/documents/render.py" line="894"/>
        <source>Biaya tambahan</source>
        <translation>Additional charges</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="115"/>
        <location filename="../../tokodesk/documents/render.py" line="896"/>
        <source>Potongan (kompensasi)</source>
        <translation>Allowance (compensation)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="121"/>
        <location filename="../../tokodesk/documents/render.py" line="362"/>
        <location filename="../../tokodesk/documents/render.py" line="915"/>
        <source>{label} (belum cair)</source>
        <translation>{label} (not yet cleared)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="124"/>
        <location filename="../../tokodesk/documents/render.py" line="924"/>
        <source>Sudah dibayar</source>
        <translation>Paid so far</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="127"/>
        <location filename="../../tokodesk/documents/render.py" line="939"/>
        <source>LUNAS</source>
        <translation>PAID</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="129"/>
        <source>SISA TAGIHAN</source>
        <translation>BALANCE DUE</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="140"/>
        <location filename="../../tokodesk/documents/render.py" line="992"/>
        <source>Syarat &amp; Ketentuan (versi {version})</source>
        <translation>Terms &amp; Conditions (version {version})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/escpos.py" line="149"/>
        <source>Dicetak {when}</source>
        <translation>Printed {when}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/model.py" line="38"/>
        <source>NOTA PESANAN</source>
        <translation>ORDER RECEIPT</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/model.py" line="39"/>
        <source>SLIP PENGAMBILAN</source>
        <translation>PICKUP SLIP</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/model.py" line="40"/>
        <source>NOTA LUNAS</source>
        <translation>PAID RECEIPT</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/model.py" line="41"/>
        <source>KONFIRMASI PESANAN</source>
        <translation>ORDER CONFIRMATION</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/model.py" line="45"/>
        <source>Saya sudah memeriksa detail di atas dan menyetujuinya untuk diproduksi.</source>
        <translation>I have checked the details above and approve them for production.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/model.py" line="103"/>
        <source>Bayar sisa {amount} dengan QRIS</source>
        <translation>Pay the balance of {amount} with QRIS</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/model.py" line="109"/>
        <source>Scan dengan aplikasi bank atau dompet digital; nominal (termasuk biaya simpan {fee}) sudah terisi. Penerima: {merchant}. Pembayaran dicatat setelah dana masuk ke toko.</source>
        <translation>Scan with a banking or e-wallet app; the amount (including a storage fee of {fee}) is already filled in. Payee: {merchant}. The payment is recorded once the funds reach the shop.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/model.py" line="115"/>
        <source>Scan dengan aplikasi bank atau dompet digital; nominal sudah terisi. Penerima: {merchant}. Pembayaran dicatat setelah dana masuk ke toko.</source>
        <translation>Scan with a banking or e-wallet app; the amount is already filled in. Payee: {merchant}. The payment is recorded once the funds reach the shop.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="347"/>
        <source>Telp/WA {phone}</source>
        <translation>Tel/WA {phone}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="350"/>
        <source>Telp {phone}</source>
        <translation>Tel {phone}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="352"/>
        <source>WA {phone}</source>
        <translation>WA {phone}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="763"/>
        <location filename="../../tokodesk/documents/render.py" line="1005"/>
        <location filename="../../tokodesk/documents/render.py" line="1161"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="764"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="765"/>
        <source>Pengambilan</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="768"/>
        <source>Tanggal pesan</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="769"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="771"/>
        <source>Dilayani oleh</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="789"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="790"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="791"/>
        <source>Jml</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="792"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="793"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="890"/>
        <location filename="../../tokodesk/documents/render.py" line="1262"/>
        <source>Total pesanan</source>
        <translation>Order total</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="900"/>
        <source>Total tagihan</source>
        <translation>Total billed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="909"/>
        <source>Rincian pembayaran &amp; biaya:</source>
        <translation>Payments &amp; charges:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="929"/>
        <source>Menunggu pencairan</source>
        <translation>Awaiting clearance</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="957"/>
        <source>Ketentuan pengambilan</source>
        <translation>Pickup terms</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1007"/>
        <source>Toko</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1027"/>
        <source>Dicetak {when} · {code}</source>
        <translation>Printed {when} · {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1034"/>
        <source>Terima kasih atas pesanan Anda.</source>
        <translation>Thank you for your order.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1056"/>
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1071"/>
        <source>Status pesanan: {status}. Barang sudah diserahkan kepada pelanggan.</source>
        <translation>Order status: {status}. The goods have been handed over to the customer.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1119"/>
        <source>Pesanan ini mengikuti Syarat &amp; Ketentuan versi {version} yang tercantum lengkap pada nota pesanan.</source>
        <translation>This order follows the Terms &amp; Conditions version {version}, printed in full on the order receipt.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1200"/>
        <source>Termasuk {amount} yang belum cair.</source>
        <translation>Includes {amount} not yet cleared.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1228"/>
        <source>Bawa slip ini saat mengambil pesanan.</source>
        <translation>Bring this slip when you collect your order.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1247"/>
        <source>✂ gunting di sepanjang garis putus-putus</source>
        <translation>✂ cut along the dashed line</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1268"/>
        <source>Mohon periksa detail pesanan di bawah ini dengan teliti. Produksi dimulai setelah Anda menyetujuinya; detail yang sudah disetujui menjadi acuan produksi.</source>
        <translation>Please check the order details below carefully. Production starts once you approve them; the approved details are what we make.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1283"/>
        <source>Jumlah {qty} × {price} = {total}</source>
        <translation>Quantity {qty} × {price} = {total}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1303"/>
        <location filename="../../tokodesk/documents/render.py" line="1331"/>
        <source>Tanda tangan pelanggan</source>
        <translation>Customer&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1333"/>
        <source>Nama &amp; tanggal</source>
        <translation>Name &amp; date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1355"/>
        <source>Tanpa detail custom.</source>
        <translation>No custom details.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/render.py" line="1528"/>
        <source>Halaman {n}/{count}</source>
        <translation>Page {n}/{count}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="91"/>
        <source>Koreksi: {label}</source>
        <translation>Correction: {label}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="136"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="76"/>
        <source>Tidak tersimpan; data yang sudah tersimpan aman. Sebabnya: {reason}</source>
        <translation>Not saved; data already saved is safe. Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="79"/>
        <source>Terjadi kesalahan yang tidak terduga; data yang sudah tersimpan aman. Rincian: {detail}</source>
        <translation>An unexpected error occurred; data already saved is safe. Details: {detail}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/dates.py" line="72"/>
        <source>Tanggal «{text}» tidak sah; tulis sebagai TTTT-BB-HH, contoh 2026-11-22</source>
        <translation>Date «{text}» is not valid; write it as YYYY-MM-DD, e.g. 2026-11-22</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/deposit.py" line="44"/>
        <source>DP tidak boleh negatif</source>
        <translation>The deposit cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/deposit.py" line="50"/>
        <source>Pelanggan ini masuk daftar hitam: wajib bayar penuh {minimum} di muka</source>
        <translation>This customer is blacklisted: must pay the full {minimum} up front</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/deposit.py" line="57"/>
        <source>DP minimal {percent}% dari total, yaitu {minimum}</source>
        <translation>The deposit must be at least {percent}% of the total, i.e. {minimum}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/deposit.py" line="64"/>
        <location filename="../../tokodesk/services/exchange.py" line="835"/>
        <source>DP tidak boleh melebihi total pesanan {total}</source>
        <translation>The deposit cannot be more than the order total {total}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="137"/>
        <source>Entri koreksi tidak dapat dikoreksi lagi; catat entri baru</source>
        <translation>A correction entry cannot be corrected again; record a new entry instead</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="140"/>
        <source>Entri ini sudah dikoreksi sebelumnya</source>
        <translation>This entry has already been corrected</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="142"/>
        <source>Entri bernilai nol tidak perlu dikoreksi</source>
        <translation>A zero-value entry does not need correcting</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/money.py" line="43"/>
        <source>Jumlah uang wajib diisi, contoh: 1.250.000</source>
        <translation>Enter an amount of money, e.g. 1.250.000</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/money.py" line="49"/>
        <source>«{text}» bukan jumlah rupiah yang sah. Tulis angka bulat saja, contoh: 1.250.000 atau 1250000</source>
        <translation>«{text}» is not a valid rupiah amount. Write a whole number only, e.g. 1.250.000 or 1250000</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/money.py" line="58"/>
        <source>Jumlah uang tidak boleh negatif</source>
        <translation>The amount of money cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/money.py" line="61"/>
        <source>Jumlah uang terlalu besar: {text}</source>
        <translation>The amount of money is too large: {text}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="125"/>
        <source>Pesanan sudah «{src}»; statusnya tidak bisa diubah lagi</source>
        <translation>The order is already «{src}»; its status can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="129"/>
        <source>Status «{src}» tidak bisa langsung menjadi «{dst}»</source>
        <translation>Status «{src}» cannot change directly to «{dst}»</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="135"/>
        <source>Belum bisa diproduksi: DP minimal {minimum} belum masuk (baru {paid})</source>
        <translation>Cannot go into production yet: the minimum deposit of {minimum} has not been received (only {paid} so far)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="143"/>
        <source>Detail custom belum dikonfirmasi pelanggan secara tertulis; catat konfirmasinya dulu (tombol «Konfirmasi detail»)</source>
        <translation>The customer has not yet confirmed the custom details in writing; record the confirmation first (button «Confirm details»)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="150"/>
        <source>Pesanan custom harus diproduksi dulu sebelum siap diambil</source>
        <translation>A custom order must be produced before it can be ready for pickup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="153"/>
        <source>Ada pembayaran {pending} yang belum cair; tunggu sampai dana masuk</source>
        <translation>There is a {pending} payment that has not yet cleared; wait until the money arrives</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="158"/>
        <source>Pesanan ini dikirim, bukan diambil di toko</source>
        <translation>This order is shipped, not collected at the shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="161"/>
        <source>Belum lunas: sisa {balance} harus dibayar sebelum diambil</source>
        <translation>Not paid in full: the balance of {balance} must be paid before collection</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="166"/>
        <location filename="../../tokodesk/services/shipping.py" line="378"/>
        <source>Pesanan ini diambil di toko, bukan dikirim</source>
        <translation>This order is collected at the shop, not shipped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="169"/>
        <source>Belum lunas: sisa {balance} harus dibayar sebelum dikirim</source>
        <translation>Not paid in full: the balance of {balance} must be paid before shipping</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="199"/>
        <source>Tanggal ambil tidak boleh sebelum hari ini ({today})</source>
        <translation>The pickup date cannot be before today ({today})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/phone.py" line="15"/>
        <source>Nomor HP wajib diisi, contoh: 0812-3456-7890</source>
        <translation>Enter a mobile number, e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/phone.py" line="27"/>
        <source>Nomor HP «{text}» tidak sah. Tulis nomor lengkap, contoh: 0812-3456-7890 atau +62 812-3456-7890</source>
        <translation>Mobile number «{text}» is not valid. Write the full number, e.g. 0812-3456-7890 or +62 812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/customers.py" line="56"/>
        <location filename="../../tokodesk/services/exchange.py" line="536"/>
        <source>Nomor {phone} sudah terdaftar atas nama {name}</source>
        <translation>Number {phone} is already registered to {name}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/customers.py" line="77"/>
        <location filename="../../tokodesk/services/exchange.py" line="623"/>
        <source>Nama pelanggan wajib diisi</source>
        <translation>Enter the customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/customers.py" line="82"/>
        <location filename="../../tokodesk/services/exchange.py" line="630"/>
        <source>Nama pelanggan terlalu panjang (maksimal {max} huruf)</source>
        <translation>Customer name is too long (maximum {max} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="128"/>
        <source>Keluhan tidak ditemukan</source>
        <translation>Complaint not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="176"/>
        <source>Bukti harus catatan komunikasi pelanggan yang sama</source>
        <translation>Evidence must be a communication log of the same customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="188"/>
        <location filename="../../tokodesk/services/customers.py" line="157"/>
        <location filename="../../tokodesk/services/customers.py" line="212"/>
        <location filename="../../tokodesk/services/evidence.py" line="202"/>
        <location filename="../../tokodesk/services/log.py" line="139"/>
        <location filename="../../tokodesk/services/mail.py" line="462"/>
        <location filename="../../tokodesk/services/standing.py" line="257"/>
        <location filename="../../tokodesk/services/standing.py" line="470"/>
        <location filename="../../tokodesk/services/standing.py" line="530"/>
        <location filename="../../tokodesk/services/whatsapp.py" line="321"/>
        <source>Pelanggan tidak ditemukan</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="199"/>
        <source>Pilih jenis keluhan</source>
        <translation>Choose a complaint type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="204"/>
        <source>Pilih saluran keluhan</source>
        <translation>Choose the channel of the complaint</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="210"/>
        <source>Tulis keluhan pelanggan dengan kata-katanya sendiri</source>
        <translation>Write the customer&apos;s complaint in their own words</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="217"/>
        <source>Keluhan terlalu panjang (paling banyak {n} huruf)</source>
        <translation>Complaint is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="224"/>
        <source>Waktu keluhan tidak boleh di masa depan</source>
        <translation>The complaint time cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="332"/>
        <location filename="../../tokodesk/services/complaints.py" line="373"/>
        <location filename="../../tokodesk/services/complaints.py" line="508"/>
        <source>Keluhan ini sudah ditutup</source>
        <translation>This complaint is already closed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="358"/>
        <source>Jumlah rupiah tidak masuk akal</source>
        <translation>The rupiah amount does not make sense</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="379"/>
        <source>Penyelesaian ini butuh pesanan; keluhan ini tidak terkait pesanan</source>
        <translation>This resolution needs an order; this complaint is not linked to an order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="389"/>
        <source>Tulis penjelasan yang diberikan ke pelanggan</source>
        <translation>Write the explanation given to the customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="392"/>
        <source>Isi nilai voucher</source>
        <translation>Enter the voucher value</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="395"/>
        <source>Isi biaya buat ulang untuk pelanggan</source>
        <translation>Enter the remake charge for the customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="416"/>
        <source>Belum ada uang yang dibayar; tidak ada yang dikembalikan</source>
        <translation>Nothing has been paid yet; there is nothing to refund</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="421"/>
        <source>Refund sebagian harus lebih dari Rp0 dan kurang dari yang dibayar ({paid})</source>
        <translation>A partial refund must be more than Rp0 and less than the amount paid ({paid})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="449"/>
        <source>Pesanan ini belum pernah dikirim; pilih buat ulang atau refund</source>
        <translation>This order has never been shipped; choose remake or refund</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="514"/>
        <source>Keluhan hanya ditolak bila temuannya bukan kesalahan toko; pilih temuannya</source>
        <translation>A complaint can only be declined if the finding is that the shop was not at fault; choose the finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="522"/>
        <source>Tulis alasan penolakan yang disampaikan ke pelanggan</source>
        <translation>Write the reason for declining that will be given to the customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="565"/>
        <source>Isi balasan tidak boleh kosong</source>
        <translation>The reply cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="795"/>
        <source>Tulis langkah penanganannya</source>
        <translation>Write the handling step</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="800"/>
        <source>Langkah terlalu panjang (paling banyak {n} huruf)</source>
        <translation>Step is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/demo.py" line="373"/>
        <source>Database ini sudah berisi data; data demo hanya untuk database kosong</source>
        <translation>This database already contains data; demo data is only for an empty database</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="141"/>
        <source>Berkas tidak diimpor: ada {count} kesalahan. Perbaiki lalu impor lagi.</source>
        <translation>File not imported: there are {count} errors. Fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="211"/>
        <source>Format «{fmt}» tidak dikenal; pilih csv atau xlsx</source>
        <translation>Unknown format «{fmt}»; choose csv or xlsx</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="215"/>
        <source>Nama berkas «{name}» tidak cocok dengan format {fmt}</source>
        <translation>File name «{name}» does not match the {fmt} format</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="224"/>
        <source>Berkas Excel lama (.xls) tidak didukung; di Excel simpan ulang sebagai .xlsx atau .csv</source>
        <translation>Old Excel files (.xls) are not supported; in Excel, save it again as .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="230"/>
        <source>Format berkas «{name}» tidak dikenal; pakai berkas .csv atau .xlsx</source>
        <translation>Unknown format for file «{name}»; use a .csv or .xlsx file</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="241"/>
        <source>Berkas «{path}» tidak ditemukan</source>
        <translation>File «{path}» not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="243"/>
        <source>«{path}» adalah folder, bukan berkas</source>
        <translation>«{path}» is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="248"/>
        <source>Berkas «{path}» tidak bisa dibaca: {reason}</source>
        <translation>File «{path}» cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="261"/>
        <source>Berkas «{name}» berisi data Excel; ganti akhiran namanya menjadi .xlsx</source>
        <translation>File «{name}» contains Excel data; change its name to end in .xlsx</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="292"/>
        <source>Berkas «{name}» baris {line} tidak bisa dibaca sebagai CSV: {reason}</source>
        <translation>File «{name}», line {line} cannot be read as CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="330"/>
        <source>Berkas «{name}» bukan berkas Excel (.xlsx) yang sah</source>
        <translation>File «{name}» is not a valid Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="363"/>
        <source>Berkas «{name}» kosong: baris judul kolom tidak ada</source>
        <translation>File «{name}» is empty: the column heading row is missing</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="382"/>
        <source>Kolom «{name}» wajib ada</source>
        <translation>Column «{name}» is required</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="397"/>
        <source>Kolom «{name}» muncul dua kali</source>
        <translation>Column «{name}» appears twice</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="406"/>
        <source>Kolom «{name}» tidak dikenal; kolom yang dipakai: {known}</source>
        <translation>Unknown column «{name}»; the columns used are: {known}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="425"/>
        <source>Baris ini berisi lebih banyak kolom daripada judulnya; adakah tanda «{delimiter}» di dalam teks yang tidak diapit tanda kutip?</source>
        <translation>This row has more columns than the heading row; is there a «{delimiter}» inside text that is not enclosed in quotation marks?</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="432"/>
        <source>Ada isi di kolom yang tidak berjudul</source>
        <translation>There is data in a column without a heading</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="484"/>
        <source>Status pelanggan «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation>Unknown customer status «{text}»; choose one of: {choices}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="497"/>
        <source>Hanya pemilik toko yang boleh memasukkan pelanggan ke daftar hitam</source>
        <translation>Only the shop owner may put customers on the blacklist</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="512"/>
        <source>Nomor HP sama dengan baris {line}, tetapi namanya lain ({name})</source>
        <translation>Same mobile number as line {line}, but a different name ({name})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="642"/>
        <source>Nama barang wajib diisi</source>
        <translation>Item name is required</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="648"/>
        <source>Nama barang terlalu panjang (maksimal {max} huruf)</source>
        <translation>Item name is too long (maximum {max} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="659"/>
        <source>Jumlah «{text}» harus bilangan bulat, minimal 1</source>
        <translation>Quantity «{text}» must be a whole number, at least 1</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="666"/>
        <source>Jumlah terlalu besar (maksimal {max})</source>
        <translation>Quantity is too large (maximum {max})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="681"/>
        <source>Cara ambil «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation>Unknown fulfilment method «{text}»; choose one of: {choices}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="688"/>
        <source>Status «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation>Unknown status «{text}»; choose one of: {choices}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="711"/>
        <source>Metode bayar «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation>Unknown payment method «{text}»; choose one of: {choices}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="743"/>
        <source>Pelanggan berbeda dengan baris {line} untuk pesanan {code}</source>
        <translation>Different customer from line {line} for order {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="748"/>
        <source>Isinya berbeda dengan baris {line} untuk pesanan {code}</source>
        <translation>Contents differ from line {line} for order {code}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="772"/>
        <source>Kode pesanan terlalu panjang (maksimal {max} huruf)</source>
        <translation>Order code is too long (maximum {max} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="781"/>
        <location filename="../../tokodesk/services/orders.py" line="95"/>
        <source>Terlalu banyak baris barang (maksimal {max})</source>
        <translation>Too many item rows (maximum {max})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="790"/>
        <source>Tanggal pesanan {date} belum terjadi (hari ini {today})</source>
        <translation>Order date {date} is in the future (today is {today})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="800"/>
        <source>Tanggal ambil {pickup} sebelum tanggal pesanan {created}</source>
        <translation>Pickup date {pickup} is before the order date {created}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="813"/>
        <source>Status «{status}» tidak cocok dengan cara ambil «{fulfilment}»</source>
        <translation>Status «{status}» does not match the fulfilment method «{fulfilment}»</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="826"/>
        <location filename="../../tokodesk/services/orders.py" line="138"/>
        <source>Total pesanan terlalu besar; periksa jumlah dan harga</source>
        <translation>Order total is too large; check the quantities and prices</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="847"/>
        <source>Metode bayar wajib diisi untuk pesanan yang sudah dibayar</source>
        <translation>Payment method is required for orders that have been paid</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="872"/>
        <source>Kode pesanan wajib diisi</source>
        <translation>Order code is required</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="895"/>
        <source>Pesanan {code} sudah ada di database</source>
        <translation>Order {code} is already in the database</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="1102"/>
        <source>Tidak bisa menulis «{path}»: {reason}</source>
        <translation>Cannot write «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="89"/>
        <source>Pesanan harus berisi minimal satu barang</source>
        <translation>An order must contain at least one item</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="106"/>
        <source>Baris {row}: nama barang wajib diisi</source>
        <translation>Row {row}: item name is required</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="114"/>
        <source>Baris {row}: jumlah minimal 1</source>
        <translation>Row {row}: quantity must be at least 1</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="122"/>
        <source>Baris {row}: jumlah terlalu besar</source>
        <translation>Row {row}: quantity is too large</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="130"/>
        <source>Baris {row}: harga tidak boleh negatif</source>
        <translation>Row {row}: price cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="297"/>
        <source>Pilih atau buat pelanggan dulu</source>
        <translation>Select or create a customer first</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="63"/>
        <location filename="../../tokodesk/services/delivery.py" line="136"/>
        <location filename="../../tokodesk/services/documents.py" line="64"/>
        <location filename="../../tokodesk/services/feedback.py" line="40"/>
        <location filename="../../tokodesk/services/handover.py" line="54"/>
        <location filename="../../tokodesk/services/notify.py" line="107"/>
        <location filename="../../tokodesk/services/orders.py" line="347"/>
        <location filename="../../tokodesk/services/orders.py" line="397"/>
        <location filename="../../tokodesk/services/payments.py" line="179"/>
        <location filename="../../tokodesk/services/pickup.py" line="186"/>
        <location filename="../../tokodesk/services/qris.py" line="85"/>
        <location filename="../../tokodesk/services/shipping.py" line="112"/>
        <location filename="../../tokodesk/services/shipping.py" line="347"/>
        <location filename="../../tokodesk/services/shipping.py" line="376"/>
        <source>Pesanan tidak ditemukan</source>
        <translation>Order not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="75"/>
        <source>Tulis siapa yang mengonfirmasi</source>
        <translation>Write who confirmed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="79"/>
        <source>Nama yang mengonfirmasi terlalu panjang</source>
        <translation>The name of the person who confirmed is too long</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="85"/>
        <source>Tempel teks persis yang dikonfirmasi pelanggan (nama, ukuran, warna)</source>
        <translation>Paste the exact text the customer confirmed (name, size, colour)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="94"/>
        <source>Waktu konfirmasi tidak boleh di masa depan</source>
        <translation>The confirmation time cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="100"/>
        <source>Pesanan ini sudah selesai; konfirmasi tidak diperlukan</source>
        <translation>This order is already completed; no confirmation is needed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="191"/>
        <source>Pilih kesalahan siapa</source>
        <translation>Choose whose mistake it was</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="193"/>
        <source>Biaya buat ulang tidak masuk akal</source>
        <translation>The remake charge does not make sense</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="198"/>
        <source>Kesalahan toko: buat ulang tanpa biaya untuk pelanggan</source>
        <translation>Shop&apos;s mistake: remake at no charge to the customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="203"/>
        <source>Tulis apa yang salah dan apa yang dibuat ulang</source>
        <translation>Write what went wrong and what is being remade</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="207"/>
        <source>Pesanan yang batal tidak dibuat ulang</source>
        <translation>Cancelled orders are not remade</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="69"/>
        <source>Syarat dan ketentuan toko belum ada</source>
        <translation>The shop has no terms and conditions yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="73"/>
        <source>Nota lunas dicetak saat pesanan diserahkan (status sekarang: {status})</source>
        <translation>The final receipt is printed when the order is handed over (current status: {status})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="138"/>
        <location filename="../../tokodesk/services/evidence.py" line="90"/>
        <location filename="../../tokodesk/services/log.py" line="289"/>
        <source>Tidak ada pesanan dengan kode «{code}»</source>
        <translation>There is no order with code «{code}»</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="54"/>
        <source>Pesanan ini baru saja diubah di kasir lain; data dimuat ulang. Periksa lalu ulangi.</source>
        <translation>This order was just changed at another counter; the data has been reloaded. Check it, then try again.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="185"/>
        <source>Pesanan {code} sudah ditutup; pembayaran tidak bisa dicatat</source>
        <translation>Order {code} is already closed; the payment cannot be recorded</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="189"/>
        <source>Jumlah bayar harus lebih dari Rp0</source>
        <translation>Payment amount must be more than Rp0</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="196"/>
        <source>Sisa tagihan sudah tertutup pembayaran {pending} yang belum cair; tunggu dananya masuk</source>
        <translation>The balance due is already covered by {pending} in payments that have not cleared yet; wait for the money to arrive</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="203"/>
        <source>Pesanan ini sudah lunas</source>
        <translation>This order is already paid in full</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="206"/>
        <source>Jumlah bayar melebihi sisa tagihan {owed}; catat kembaliannya di luar</source>
        <translation>Payment amount exceeds the balance due of {owed}; record the change separately</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="216"/>
        <source>Tanggal cair tidak boleh sebelum tanggal bayar</source>
        <translation>The cleared date cannot be before the payment date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="303"/>
        <location filename="../../tokodesk/services/payments.py" line="341"/>
        <source>Entri pembayaran tidak ditemukan</source>
        <translation>Payment entry not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="310"/>
        <source>Pembayaran ini tidak menunggu dana cair</source>
        <translation>This payment is not waiting to clear</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="312"/>
        <source>Pembayaran ini sudah diselesaikan atau dikoreksi</source>
        <translation>This payment has already been settled or corrected</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="317"/>
        <source>Tulis alasan dana tidak masuk (mis. cek ditolak bank, transfer tidak ada)</source>
        <translation>Write why the money never arrived (e.g. cheque rejected by the bank, transfer not found)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="352"/>
        <source>Tulis alasan koreksi</source>
        <translation>Write the reason for the correction</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="112"/>
        <source>database sedang dipakai program lain; tunggu sebentar lalu coba lagi</source>
        <translation>the database is being used by another program; wait a moment and try again</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="269"/>
        <source>berkas tidak bisa dibaca ({detail})</source>
        <translation>the file cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="272"/>
        <location filename="../../tokodesk/db/migrate.py" line="297"/>
        <location filename="../../tokodesk/services/database.py" line="116"/>
        <source>berkas ini bukan database TokoDesk</source>
        <translation>this file is not a TokoDesk database</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="276"/>
        <source>berkas tidak bisa dibuka ({detail})</source>
        <translation>the file cannot be opened ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="284"/>
        <source>berkas rusak (pemeriksaan integritas: {detail})</source>
        <translation>the file is damaged (integrity check: {detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="292"/>
        <source>berkas rusak ({detail})</source>
        <translation>the file is damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="299"/>
        <source>berkas rusak (ada rujukan antartabel yang putus)</source>
        <translation>the file is damaged (there are broken references between tables)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="302"/>
        <location filename="../../tokodesk/services/backup.py" line="986"/>
        <source>salinan tidak sama dengan database asal (jumlah baris berbeda: {tables})</source>
        <translation>the copy does not match the original database (row counts differ: {tables})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="325"/>
        <source>Database «{path}» tidak ditemukan</source>
        <translation>Database «{path}» not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="337"/>
        <location filename="../../tokodesk/services/backup.py" line="760"/>
        <location filename="../../tokodesk/services/backup.py" line="774"/>
        <source>Cadangan gagal diperiksa dan dihapus: {problem}</source>
        <translation>The backup failed its check and was deleted: {problem}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="347"/>
        <location filename="../../tokodesk/services/backup.py" line="782"/>
        <source>Cadangan tidak bisa ditulis ke «{folder}»: {reason}</source>
        <translation>The backup cannot be written to «{folder}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="370"/>
        <location filename="../../tokodesk/db/migrate.py" line="377"/>
        <source>disk penuh</source>
        <translation>disk full</translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="372"/>
        <location filename="../../tokodesk/db/migrate.py" line="379"/>
        <source>tidak ada izin menulis (folder hanya-baca?)</source>
        <translation>no permission to write (read-only folder?)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="105"/>
        <source>server database tidak bisa dihubungi; periksa jaringan dan server lalu coba lagi</source>
        <translation>the database server cannot be reached; check the network and the server, then try again</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="118"/>
        <source>berkas database tidak bisa dibuka atau ditulis (periksa folder dan izinnya)</source>
        <translation>the database file cannot be opened or written (check the folder and its permissions)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="122"/>
        <source>disk bermasalah atau penuh ({detail})</source>
        <translation>the disk has a problem or is full ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="124"/>
        <source>database ini dibuat oleh versi TokoDesk yang lebih baru; perbarui TokoDesk dulu</source>
        <translation>this database was created by a newer version of TokoDesk; update TokoDesk first</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/evidence.py" line="81"/>
        <location filename="../../tokodesk/services/log.py" line="284"/>
        <source>Tidak ada pelanggan dengan No. HP {phone}</source>
        <translation>There is no customer with mobile number {phone}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/files.py" line="27"/>
        <source>Folder «{folder}» tidak ada</source>
        <translation>Folder «{folder}» does not exist</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/files.py" line="39"/>
        <source>Berkas «{path}» tidak bisa ditulis: {reason}</source>
        <translation>File «{path}» cannot be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/printing.py" line="32"/>
        <source>Printer struk belum diatur dengan benar («{target}»). Contoh: network:192.168.1.50, usb:0416:5011, serial:COM3, file:/dev/usb/lp0</source>
        <translation>The receipt printer is not set up correctly («{target}»). Examples: network:192.168.1.50, usb:0416:5011, serial:COM3, file:/dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/printing.py" line="83"/>
        <source>Printer struk ({target}) tidak bisa dipakai: {reason}. Periksa kabel, daya dan kertasnya.</source>
        <translation>The receipt printer ({target}) cannot be used: {reason}. Check the cable, power and paper.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="85"/>
        <source>Nama toko wajib diisi</source>
        <translation>Shop name is required</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="88"/>
        <source>Nama toko terlalu panjang (maksimal 80 huruf)</source>
        <translation>Shop name is too long (maximum 80 characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="95"/>
        <source>Logo terlalu besar (maksimal 512 KB)</source>
        <translation>Logo is too large (maximum 512 KB)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="98"/>
        <source>Logo harus gambar PNG atau JPEG</source>
        <translation>Logo must be a PNG or JPEG image</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="100"/>
        <source>Ukuran kertas tidak dikenal</source>
        <translation>Unknown paper size</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="104"/>
        <source>Batas lampiran harus 1 sampai 500 MB</source>
        <translation>Attachment limit must be 1 to 500 MB</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="65"/>
        <source>Teks syarat dan ketentuan tidak boleh kosong</source>
        <translation>The terms and conditions text cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="67"/>
        <source>Teks syarat dan ketentuan terlalu panjang</source>
        <translation>The terms and conditions text is too long</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="187"/>
        <location filename="../../tokodesk/services/delivery.py" line="304"/>
        <location filename="../../tokodesk/services/feedback.py" line="75"/>
        <source>Isi pesan tidak boleh kosong</source>
        <translation>The message text cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="191"/>
        <source>Isi pesan terlalu panjang (paling banyak {n} huruf)</source>
        <translation>The message text is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="199"/>
        <location filename="../../tokodesk/services/terms.py" line="73"/>
        <source>Kurung kurawal tidak berpasangan; tulis {{ dan }} untuk kurung biasa</source>
        <translation>Unmatched curly brackets; write {{ and }} for literal brackets</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="207"/>
        <location filename="../../tokodesk/services/terms.py" line="81"/>
        <source>Isian {{{name}}} tidak dikenal. Yang bisa dipakai: {known}</source>
        <translation>Unknown field {{{name}}}. You can use: {known}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/printing.py" line="63"/>
        <source>Printer «{name}» tidak bisa dipakai; periksa apakah menyala dan terpasang</source>
        <translation>Printer «{name}» cannot be used; check that it is switched on and connected</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/whatsapp.py" line="117"/>
        <source>«{name}» bukan ekspor chat WhatsApp: tidak ada baris berbentuk «tanggal, jam - nama: pesan». Di WhatsApp buka chatnya, lalu ⋮ → Lainnya → Ekspor chat.</source>
        <translation>«{name}» is not a WhatsApp chat export: there are no lines in the form «date, time - name: message». In WhatsApp, open the chat, then ⋮ → More → Export chat.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/whatsapp.py" line="122"/>
        <source>«{name}» tidak bisa dibaca sebagai teks, jadi bukan ekspor chat WhatsApp</source>
        <translation>«{name}» cannot be read as text, so it is not a WhatsApp chat export</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/whatsapp.py" line="125"/>
        <source>tanggal atau jam «{stamp}» tidak dikenali; pesan ini dilewati</source>
        <translation>date or time «{stamp}» not recognised; this message was skipped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/whatsapp.py" line="126"/>
        <source>{count} baris sebelum pesan pertama tidak diawali tanggal dan jam; dilewati</source>
        <translation>{count} lines before the first message do not start with a date and time; skipped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="317"/>
        <source>{chain} #{id}: tidak bersegel (ditambahkan di luar aplikasi)</source>
        <translation>{chain} #{id}: not sealed (added outside the app)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="322"/>
        <source>{chain} #{id}: isinya tidak cocok dengan segelnya (diubah, atau entri palsu)</source>
        <translation>{chain} #{id}: its contents do not match its seal (changed, or a forged entry)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="331"/>
        <source>{chain} #{id}: urutannya diubah (seharusnya sesudah #{other})</source>
        <translation>{chain} #{id}: its position in the sequence was changed (it should come after #{other})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="339"/>
        <source>{chain} #{id}: entri di antara #{other} dan #{id} hilang (dihapus)</source>
        <translation>{chain} #{id}: entries between #{other} and #{id} are missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="347"/>
        <source>{chain} #{id}: entri-entri sebelumnya hilang (dihapus)</source>
        <translation>{chain} #{id}: the earlier entries are missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="351"/>
        <source>{chain} #{id}: entri sebelumnya hilang (dihapus) atau entri ini disisipkan</source>
        <translation>{chain} #{id}: the previous entry is missing (deleted) or this entry was inserted</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="295"/>
        <source>{chain}: {n} entri terakhir hilang (dihapus) sesudah #{id}</source>
        <translation>{chain}: the last {n} entries are missing (deleted) after #{id}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="300"/>
        <source>{chain} #{id}: ujung rantai tidak cocok (entri ditambahkan di luar aplikasi)</source>
        <translation>{chain} #{id}: the end of the chain does not match (entries added outside the app)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="82"/>
        <source>Lampiran «{name}» terlalu besar ({size} MB); batasnya {limit} MB</source>
        <translation>Attachment «{name}» is too large ({size} MB); the limit is {limit} MB</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="95"/>
        <source>Lampiran «{name}» bukan jenis yang disimpan (gambar, PDF, pesan suara, video)</source>
        <translation>Attachment «{name}» is not a type that is kept (image, PDF, voice message, video)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="194"/>
        <location filename="../../tokodesk/services/log.py" line="144"/>
        <location filename="../../tokodesk/services/mail.py" line="473"/>
        <location filename="../../tokodesk/services/whatsapp.py" line="326"/>
        <source>Pesanan itu bukan milik pelanggan ini</source>
        <translation>That order does not belong to this customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="149"/>
        <source>Tulis isi catatan atau lampirkan berkas</source>
        <translation>Write the log text or attach a file</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="152"/>
        <source>Isi catatan terlalu panjang</source>
        <translation>The log text is too long</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="158"/>
        <source>Waktu kejadian tidak boleh di masa depan</source>
        <translation>The time of the event cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="164"/>
        <source>Entri yang dikoreksi tidak ditemukan</source>
        <translation>The entry being corrected was not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="272"/>
        <source>Lampiran tidak ditemukan</source>
        <translation>Attachment not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="119"/>
        <source>Berkas «{name}» tidak bisa dibaca: {reason}</source>
        <translation>File «{name}» cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="127"/>
        <source>«{name}» adalah ZIP yang rusak atau bersandi; tidak bisa dibaca</source>
        <translation>«{name}» is a damaged or password-protected ZIP; it cannot be read</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="181"/>
        <source>ZIP «{name}» tidak berisi ekspor chat WhatsApp (berkas .txt percakapannya)</source>
        <translation>ZIP «{name}» does not contain a WhatsApp chat export (the chat&apos;s .txt file)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="220"/>
        <source>Lebih dari satu pengirim di chat ini cocok dengan pelanggan {customer}: {senders}. Sebutkan pengirim mana yang pelanggan.</source>
        <translation>More than one sender in this chat matches customer {customer}: {senders}. Specify which sender is the customer.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="229"/>
        <source>Tidak ada pengirim di chat ini yang cocok dengan nama atau nomor pelanggan {customer} ({phone}); pengirim di chat: {senders}. Sebutkan pengirim mana yang pelanggan.</source>
        <translation>No sender in this chat matches the name or number of customer {customer} ({phone}); senders in the chat: {senders}. Specify which sender is the customer.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="266"/>
        <source>Lampiran «{name}» terlalu besar ({size} MB; batasnya {limit} MB); teks pesannya tetap diimpor</source>
        <translation>Attachment «{name}» is too large ({size} MB; the limit is {limit} MB); the message text is still imported</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="284"/>
        <source>{reason}; teks pesannya tetap diimpor</source>
        <translation>{reason}; the message text is still imported</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="292"/>
        <source>Lampiran «{name}» rusak di dalam ZIP; teks pesannya tetap diimpor</source>
        <translation>Attachment «{name}» is damaged inside the ZIP; the message text is still imported</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="357"/>
        <source>waktu pesan {time} ada di masa depan; pesan ini dilewati (jam komputer salah?)</source>
        <translation>message time {time} is in the future; this message was skipped (is the computer clock wrong?)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="377"/>
        <source>pesan terlalu panjang; dipotong jadi {max} huruf</source>
        <translation>message too long; shortened to {max} characters</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="383"/>
        <source>pesan kosong; dilewati</source>
        <translation>empty message; skipped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="402"/>
        <source>{reason}; pesan ini dilewati</source>
        <translation>{reason}; this message was skipped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="192"/>
        <source>Hari pengingat «{text}» tidak sah; tulis angka 1 sampai {max} dipisah koma, contoh 2,1</source>
        <translation>Invalid reminder days «{text}»; write numbers from 1 to {max} separated by commas, e.g. 2,1</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="79"/>
        <source>Jumlah bayar tidak boleh negatif</source>
        <translation>Payment amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="79"/>
        <source>Kode QRIS rusak: susunan datanya terputus di karakter {pos}</source>
        <translation>Damaged QRIS code: the data structure breaks off at character {pos}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="86"/>
        <source>Kode QRIS tidak lengkap: tag {tag} meminta {length} karakter, sisa {left}</source>
        <translation>Incomplete QRIS code: tag {tag} requires {length} characters, {left} remain</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="135"/>
        <source>Nominal QRIS (tag 54) tidak bisa dibaca: {value}</source>
        <translation>The QRIS amount (tag 54) cannot be read: {value}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="152"/>
        <source>Isi kode QRIS kosong</source>
        <translation>The QRIS code is empty</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="156"/>
        <source>Ini bukan kode pembayaran QRIS: tidak diawali penanda format 000201</source>
        <translation>This is not a QRIS payment code: it does not start with the format marker 000201</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="161"/>
        <source>Kode QRIS tidak lengkap: CRC (tag 63) tidak ada di akhir</source>
        <translation>Incomplete QRIS code: the CRC (tag 63) is missing at the end</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="166"/>
        <source>CRC kode QRIS salah ({found}, seharusnya {expected}): kodenya rusak atau salah salin</source>
        <translation>Wrong QRIS code CRC ({found}, should be {expected}): the code is damaged or was copied incorrectly</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="177"/>
        <source>Kode QRIS rusak: tag {tag} muncul dua kali</source>
        <translation>Damaged QRIS code: tag {tag} appears twice</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="181"/>
        <source>Kode QRIS tanpa akun merchant (tag 02–51)</source>
        <translation>QRIS code without a merchant account (tags 02–51)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="191"/>
        <source>Ini bukan QRIS Indonesia (mata uang {currency}, negara {country}); pakai QRIS dari bank atau dompet digital toko</source>
        <translation>This is not an Indonesian QRIS (currency {currency}, country {country}); use the shop&apos;s QRIS from its bank or e-wallet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="202"/>
        <source>Nama merchant (tag 59) tidak ada di kode QRIS</source>
        <translation>The merchant name (tag 59) is missing from the QRIS code</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="204"/>
        <source>Kota merchant (tag 60) tidak ada di kode QRIS</source>
        <translation>The merchant city (tag 60) is missing from the QRIS code</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="208"/>
        <source>Kode QRIS rusak: metode inisiasi (tag 01) {value} tidak dikenal</source>
        <translation>Damaged QRIS code: unknown initiation method (tag 01) {value}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="232"/>
        <source>Kode ini QRIS dinamis untuk satu pembayaran{amount}; muat QRIS statis dari stiker toko</source>
        <translation>This is a dynamic QRIS code for a single payment{amount}; load the static QRIS from the shop&apos;s sticker</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="243"/>
        <location filename="../../tokodesk/services/handover.py" line="158"/>
        <source>Jumlah bayar QRIS harus lebih dari Rp0</source>
        <translation>The QRIS payment amount must be more than Rp0</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="245"/>
        <source>Jumlah bayar QRIS terlalu besar</source>
        <translation>The QRIS payment amount is too large</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="174"/>
        <source>Pembayaran QRIS ini tidak ditemukan</source>
        <translation>This QRIS payment was not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="203"/>
        <source>Pesanan ini sudah selesai; tanggal ambil tidak bisa diubah</source>
        <translation>This order is already completed; the pickup date cannot be changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="206"/>
        <source>Tulis alasan perubahan tanggal ambil</source>
        <translation>Write the reason for changing the pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="209"/>
        <source>Tanggal ambil baru sama dengan yang lama</source>
        <translation>The new pickup date is the same as the old one</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="238"/>
        <source>Tulis alasan keputusan</source>
        <translation>Write the reason for the decision</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="242"/>
        <source>DP baru bisa ditahan setelah batas pengambilan ({day}) lewat</source>
        <translation>The deposit can only be kept after the pickup deadline ({day}) has passed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="92"/>
        <source>Alamat e-mail «{text}» tidak valid (contoh: nama@gmail.com)</source>
        <translation>E-mail address «{text}» is not valid (example: name@gmail.com)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="166"/>
        <source>Nama server SMTP tidak valid (contoh: smtp.gmail.com; port diisi terpisah)</source>
        <translation>Invalid SMTP server name (example: smtp.gmail.com; the port is entered separately)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="174"/>
        <source>Port SMTP harus 1 sampai 65535</source>
        <translation>SMTP port must be 1 to 65535</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="177"/>
        <source>Pilih keamanan: STARTTLS, SSL, atau tanpa</source>
        <translation>Choose the security: STARTTLS, SSL, or none</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="188"/>
        <source>Isi alamat pengirim: server SMTP memerlukannya</source>
        <translation>Enter the sender address: the SMTP server requires it</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="193"/>
        <source>Nama pengguna SMTP terlalu panjang</source>
        <translation>SMTP user name is too long</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="257"/>
        <source>Login ke server SMTP ditolak: periksa nama pengguna dan kata sandi ({detail})</source>
        <translation>Login to the SMTP server was refused: check the user name and password ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="265"/>
        <source>Alamat penerima {addr} ditolak server ({detail})</source>
        <translation>Recipient address {addr} was rejected by the server ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="271"/>
        <source>Alamat pengirim {addr} ditolak server ({detail})</source>
        <translation>Sender address {addr} was rejected by the server ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="277"/>
        <source>Server SMTP memutus sambungan; periksa port dan pilihan keamanan (STARTTLS/SSL)</source>
        <translation>The SMTP server closed the connection; check the port and the security option (STARTTLS/SSL)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="283"/>
        <source>Server SMTP menolak e-mail ({detail})</source>
        <translation>The SMTP server rejected the e-mail ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="286"/>
        <source>Kesalahan SMTP: {detail}</source>
        <translation>SMTP error: {detail}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="289"/>
        <source>Sertifikat server SMTP tidak bisa dipercaya ({detail})</source>
        <translation>The SMTP server&apos;s certificate cannot be trusted ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="294"/>
        <source>Sambungan aman gagal; periksa pilihan keamanan (STARTTLS/SSL) dan port ({detail})</source>
        <translation>Secure connection failed; check the security option (STARTTLS/SSL) and the port ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="301"/>
        <source>Server SMTP {host} tidak ditemukan; periksa nama server dan internet</source>
        <translation>SMTP server {host} not found; check the server name and the internet connection</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="308"/>
        <source>Tidak bisa terhubung ke {host}:{port}: sambungan ditolak</source>
        <translation>Cannot connect to {host}:{port}: connection refused</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="314"/>
        <source>Server SMTP {host}:{port} tidak menjawab (waktu habis)</source>
        <translation>SMTP server {host}:{port} is not responding (timed out)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="320"/>
        <source>Tidak bisa terhubung ke {host}:{port} ({detail})</source>
        <translation>Cannot connect to {host}:{port} ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="325"/>
        <source>E-mail gagal dikirim: {detail}</source>
        <translation>The e-mail could not be sent: {detail}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="328"/>
        <source>E-mail belum diatur: isi server SMTP di Pengaturan e-mail</source>
        <translation>E-mail is not set up yet: enter the SMTP server in E-mail settings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="356"/>
        <source>Server SMTP tidak mendukung STARTTLS; pilih SSL (port 465) atau tanpa enkripsi</source>
        <translation>The SMTP server does not support STARTTLS; choose SSL (port 465) or no encryption</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="366"/>
        <source>Server SMTP tidak menawarkan login; periksa pilihan keamanan (STARTTLS/SSL)</source>
        <translation>The SMTP server does not offer login; check the security option (STARTTLS/SSL)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="420"/>
        <source>Isi alamat tujuan e-mail uji</source>
        <translation>Enter the address to send the test e-mail to</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="465"/>
        <source>Pelanggan {name} belum punya alamat e-mail; isi dulu di data pelanggan</source>
        <translation>Customer {name} has no e-mail address yet; add it in the customer details first</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="475"/>
        <location filename="../../tokodesk/services/notify.py" line="143"/>
        <location filename="../../tokodesk/services/notify.py" line="167"/>
        <source>Pengingat tidak ditemukan</source>
        <translation>Reminder not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="479"/>
        <source>Isi subjek e-mail</source>
        <translation>Enter the e-mail subject</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="484"/>
        <source>Isi e-mail masih kosong</source>
        <translation>The e-mail body is still empty</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="489"/>
        <source>Isi e-mail terlalu panjang (maksimal {max} huruf)</source>
        <translation>The e-mail body is too long (maximum {max} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="701"/>
        <source>E-mail tidak ditemukan</source>
        <translation>E-mail not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="703"/>
        <source>E-mail ini sudah terkirim</source>
        <translation>This e-mail has already been sent</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/notify.py" line="145"/>
        <source>Pengingat ini sudah ditandai terkirim</source>
        <translation>This reminder has already been marked as sent</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/pickup.py" line="193"/>
        <source>Tanggal ambil baru tidak boleh sebelum hari ini</source>
        <translation>The new pickup date cannot be before today</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="31"/>
        <source>Hari bebas biaya simpan tidak boleh negatif</source>
        <translation>Free storage days cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="32"/>
        <source>Hari bebas biaya simpan paling banyak {max} hari</source>
        <translation>Free storage days can be at most {max} days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="36"/>
        <source>Biaya simpan per hari tidak boleh negatif</source>
        <translation>Storage fee per day cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="37"/>
        <source>Biaya simpan per hari paling banyak {max}</source>
        <translation>Storage fee per day can be at most {max}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="41"/>
        <source>Batas total biaya simpan tidak boleh negatif (isi 0 bila tanpa batas)</source>
        <translation>The storage fee cap cannot be negative (enter 0 for no cap)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="42"/>
        <source>Batas total biaya simpan paling banyak {max}</source>
        <translation>The storage fee cap can be at most {max}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="46"/>
        <source>Batal otomatis tidak boleh negatif</source>
        <translation>Auto-cancel cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="47"/>
        <source>Batal otomatis paling lambat {max} hari setelah tanggal ambil</source>
        <translation>Auto-cancel must be no later than {max} days after the pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="51"/>
        <source>Tanggal ambil bawaan tidak boleh negatif</source>
        <translation>The default pickup date cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="52"/>
        <source>Tanggal ambil bawaan paling lambat hari ini + {max} hari</source>
        <translation>The default pickup date can be at most today + {max} days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="133"/>
        <source>Batal otomatis harus sesudah masa bebas biaya: lebih dari {grace} hari setelah tanggal ambil</source>
        <translation>Auto-cancel must come after the grace period: more than {grace} days after the pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="150"/>
        <source>Batas total biaya simpan tidak boleh kurang dari biaya satu hari ({fee}); isi 0 bila tanpa batas</source>
        <translation>The storage fee cap cannot be less than one day&apos;s fee ({fee}); enter 0 for no cap</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="99"/>
        <source>PIN wajib diisi</source>
        <translation>PIN is required</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="101"/>
        <source>PIN hanya boleh berisi angka 0–9</source>
        <translation>The PIN may only contain the digits 0–9</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="105"/>
        <source>PIN terlalu pendek: minimal {min} angka</source>
        <translation>PIN is too short: at least {min} digits</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="111"/>
        <source>PIN terlalu panjang: maksimal {max} angka</source>
        <translation>PIN is too long: at most {max} digits</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/access.py" line="29"/>
        <source>{name} tidak berhak melakukan ini ({what}). Minta pemilik masuk atau memberi izin.</source>
        <translation>{name} is not allowed to do this ({what}). Ask the owner to sign in or to grant permission.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="139"/>
        <location filename="../../tokodesk/services/staff.py" line="271"/>
        <source>Akun staf tidak ditemukan</source>
        <translation>Staff account not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="172"/>
        <source>Nama staf wajib diisi</source>
        <translation>Staff name is required</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="175"/>
        <source>Nama staf terlalu panjang (maks. {max} huruf)</source>
        <translation>Staff name is too long (max. {max} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="181"/>
        <source>Sudah ada akun aktif bernama {name}; pakai nama lain</source>
        <translation>There is already an active account named {name}; use a different name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="199"/>
        <source>PIN ini sudah dipakai akun lain; pilih PIN lain</source>
        <translation>This PIN is already used by another account; choose a different PIN</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="242"/>
        <source>Terlalu banyak PIN salah; tunggu sampai {time} lalu coba lagi</source>
        <translation>Too many wrong PINs; wait until {time}, then try again</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="282"/>
        <source>Akun pemilik sudah ada; masuk dengan PIN pemilik</source>
        <translation>An owner account already exists; sign in with the owner&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="314"/>
        <location filename="../../tokodesk/services/staff.py" line="373"/>
        <source>Peran harus pemilik atau staf</source>
        <translation>The role must be owner or staff</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="359"/>
        <source>Akun sendiri tidak bisa dinonaktifkan atau diubah perannya; minta pemilik lain</source>
        <translation>You cannot deactivate your own account or change its role; ask another owner</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="376"/>
        <source>Ini pemilik terakhir; tambahkan pemilik lain dulu</source>
        <translation>This is the last owner; add another owner first</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="383"/>
        <source>Pemilik terakhir tidak bisa dinonaktifkan; tambahkan pemilik lain dulu</source>
        <translation>The last owner cannot be deactivated; add another owner first</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="390"/>
        <source>Untuk mengaktifkan kembali, beri akun ini PIN baru (Reset PIN)</source>
        <translation>To reactivate this account, give it a new PIN (Reset PIN)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="437"/>
        <source>PIN lama salah</source>
        <translation>The old PIN is wrong</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="465"/>
        <source>Pemilik sudah memiliki semua izin</source>
        <translation>The owner already has every permission</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="484"/>
        <source>Waktu kunci layar harus {lo}–{hi} menit</source>
        <translation>Lock screen time must be {lo}–{hi} minutes</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="508"/>
        <source>Batas pembebasan harus antara Rp0 dan {max}</source>
        <translation>The waiver limit must be between Rp0 and {max}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="556"/>
        <source>Akun ini tidak aktif; minta pemilik mengaktifkannya</source>
        <translation>This account is inactive; ask the owner to activate it</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="281"/>
        <location filename="../../tokodesk/ui/sign_in.py" line="421"/>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="202"/>
        <source>Kedua PIN tidak sama; ketik ulang</source>
        <translation>The two PINs do not match; type them again</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="131"/>
        <source>Folder cadangan belum diatur. Pilih foldernya di Pengaturan › Cadangan data… (atau pakai --out FOLDER di baris perintah).</source>
        <translation>The backup folder has not been set. Choose the folder in Settings › Data backup… (or use --out FOLDER on the command line).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="136"/>
        <source>pg_dump tidak ditemukan, jadi database PostgreSQL ini belum bisa dicadangkan dari TokoDesk. Pasang alat baris perintah PostgreSQL (Windows: penginstal PostgreSQL, pilih «Command Line Tools»; Debian/Ubuntu: apt install postgresql-client), tambahkan folder bin-nya ke PATH, lalu buka lagi TokoDesk. Sementara itu cadangkan dari server: pg_dump --format=custom --file=tokodesk.pgdump NAMA_DATABASE</source>
        <translation>pg_dump was not found, so this PostgreSQL database cannot be backed up from TokoDesk yet. Install the PostgreSQL command-line tools (Windows: the PostgreSQL installer, choose «Command Line Tools»; Debian/Ubuntu: apt install postgresql-client), add their bin folder to PATH, then open TokoDesk again. Meanwhile, back up from the server: pg_dump --format=custom --file=tokodesk.pgdump DATABASE_NAME</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="144"/>
        <source>Database PostgreSQL dipulihkan dengan pg_restore, bukan dari TokoDesk: tutup TokoDesk di semua komputer, cadangkan dulu keadaan sekarang (tokodesk backup), lalu jalankan: pg_restore --clean --if-exists --no-owner --dbname=URL_DATABASE {file}</source>
        <translation>A PostgreSQL database is restored with pg_restore, not from TokoDesk: close TokoDesk on every computer, first back up the current state (tokodesk backup), then run: pg_restore --clean --if-exists --no-owner --dbname=DATABASE_URL {file}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="211"/>
        <source>Tulis folder lengkap, contoh E:\Cadangan</source>
        <translation>Write the full folder path, e.g. E:\Backup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="217"/>
        <source>Folder «{folder}» tidak ditemukan (flashdisk belum terpasang?)</source>
        <translation>Folder «{folder}» not found (is the USB drive plugged in?)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="231"/>
        <source>Isi angka {lo}–{hi}</source>
        <translation>Enter a number from {lo} to {hi}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="414"/>
        <source>Folder cadangan «{folder}» tidak ditemukan: flashdisk belum terpasang, atau folder dipindah? Pasang lalu coba lagi, atau pilih folder lain di Pengaturan › Cadangan data….</source>
        <translation>Backup folder «{folder}» not found: is the USB drive not plugged in, or was the folder moved? Plug it in and try again, or choose another folder in Settings › Data backup….</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="422"/>
        <source>«{folder}» bukan folder</source>
        <translation>«{folder}» is not a folder</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="475"/>
        <source>segel bukti tidak utuh: {problem}</source>
        <translation>the evidence seal is not intact: {problem}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="493"/>
        <source>cadangan ini dibuat oleh versi TokoDesk yang lebih baru; perbarui TokoDesk dulu</source>
        <translation>this backup was created by a newer version of TokoDesk; update TokoDesk first</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="514"/>
        <source>segel bukti tidak bisa diperiksa ({detail})</source>
        <translation>the evidence seal cannot be checked ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="575"/>
        <source>Database jenis ini tidak bisa dicadangkan dari TokoDesk</source>
        <translation>This type of database cannot be backed up from TokoDesk</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="754"/>
        <source>pg_dump gagal: {detail}</source>
        <translation>pg_dump failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="801"/>
        <source>berkas ini bukan cadangan pg_dump</source>
        <translation>this file is not a pg_dump backup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="814"/>
        <source>arsip pg_dump tidak lengkap atau rusak ({detail})</source>
        <translation>the pg_dump archive is incomplete or damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="835"/>
        <source>Database sedang dipakai program lain (TokoDesk di jendela lain, atau perintah tokodesk yang masih berjalan). Tutup dulu, lalu coba lagi. Database tidak diubah.</source>
        <translation>The database is being used by another program (TokoDesk in another window, or a tokodesk command that is still running). Close it first, then try again. The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="852"/>
        <source>Database ini sudah berisi data; memulihkan cadangan perlu PIN pemilik.</source>
        <translation>This database already contains data; restoring a backup requires the owner&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="896"/>
        <source>Berkas ini adalah database yang sedang dipakai.</source>
        <translation>This file is the database currently in use.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="902"/>
        <source>Cadangan «{name}» tidak dipakai: {problem}. Database tidak diubah.</source>
        <translation>Backup «{name}» was not used: {problem}. The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="933"/>
        <source>Keadaan sekarang tidak bisa dicadangkan dulu ({reason}); pemulihan dibatalkan. Database tidak diubah.</source>
        <translation>The current state could not be backed up first ({reason}); the restore was cancelled. The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="993"/>
        <source>Pemulihan dibatalkan: {problem}. Database tidak diubah.</source>
        <translation>Restore cancelled: {problem}. The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/storage.py" line="109"/>
        <source>Database ada di folder jaringan ({kind}). SQLite di folder jaringan bisa rusak bila koneksi putus atau dua komputer menulis bersamaan. Untuk beberapa kasir pakai PostgreSQL (panduan «Several counters» di README); untuk satu kasir simpan database di disk PC ini.</source>
        <translation>The database is in a network folder ({kind}). SQLite in a network folder can become corrupted if the connection drops or two computers write at the same time. For several counters use PostgreSQL (the «Several counters» guide in the README); for a single counter keep the database on this PC&apos;s disk.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="118"/>
        <source>Nomor resi «{resi}» tidak seperti resi {courier} (contoh: {example}). Periksa lagi; jika memang benar, konfirmasi untuk tetap menyimpan.</source>
        <translation>Tracking number «{resi}» does not look like a {courier} tracking number (example: {example}). Check it again; if it really is correct, confirm to save it anyway.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="138"/>
        <location filename="../../tokodesk/services/shipping.py" line="393"/>
        <source>Berat paket harus lebih dari 0 gram</source>
        <translation>Parcel weight must be more than 0 grams</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="187"/>
        <source>Status paket «{src}» tidak bisa menjadi «{dst}»</source>
        <translation>Parcel status «{src}» cannot change to «{dst}»</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="269"/>
        <source>Keputusan «{decision}» tidak berlaku untuk «{kind}»</source>
        <translation>Decision «{decision}» does not apply to «{kind}»</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="278"/>
        <source>«{kind}» tidak bisa dicatat untuk paket berstatus «{status}»</source>
        <translation>«{kind}» cannot be recorded for a parcel with status «{status}»</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="80"/>
        <source>Ada pembayaran {pending} yang belum cair; paket belum boleh dikirim. Tunggu dananya masuk, atau pemilik meneruskan pengiriman dengan menuliskan alasannya.</source>
        <translation>There is {pending} in payments that have not cleared yet; the parcel may not be shipped yet. Wait for the money to arrive, or the owner can go ahead with the shipment by writing down the reason.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="119"/>
        <location filename="../../tokodesk/services/shipping.py" line="684"/>
        <source>Data pengiriman tidak ditemukan</source>
        <translation>Shipment details not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="199"/>
        <source>Belum lunas: sisa {balance} harus dibayar sebelum dikirim (pesanan ini bukan COD)</source>
        <translation>Not paid in full: the balance of {balance} must be paid before shipping (this order is not COD)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="206"/>
        <source>Pelanggan COD ini belum punya pesanan yang selesai: ongkos kirim harus dibayar di muka. Catat ongkirnya sebagai biaya kirim, terima pembayarannya, lalu kirim paketnya.</source>
        <translation>This COD customer has no completed orders yet: the delivery fee must be paid in advance. Record the delivery fee as a shipping charge, take the payment, then ship the parcel.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="349"/>
        <source>Ongkos kirim harus lebih dari Rp0</source>
        <translation>Delivery fee must be more than Rp0</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="381"/>
        <source>Pesanan {code} belum siap dikirim; tandai «Siap» dulu, lalu catat paketnya</source>
        <translation>Order {code} is not ready to ship yet; mark it «Ready» first, then record the parcel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="397"/>
        <location filename="../../tokodesk/services/shipping.py" line="1143"/>
        <source>Ongkos kirim tidak boleh minus</source>
        <translation>Delivery fee cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="401"/>
        <source>Nomor resi terlalu panjang</source>
        <translation>Tracking number is too long</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="406"/>
        <source>Isi nomor resi dari kurir, atau simpan sebagai «Dikemas» dulu dan isi resinya nanti</source>
        <translation>Enter the tracking number from the courier, or save it as «Packed» for now and add the tracking number later</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="420"/>
        <source>Nilai pesanan {total} di atas {limit}: kirim dengan layanan asuransi/tanda tangan dan centang «Diasuransikan»</source>
        <translation>Order value {total} is above {limit}: ship with an insured/signature service and tick «Insured»</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="432"/>
        <source>Nilai pesanan di atas {limit}: lampirkan foto paket yang sudah dikemas</source>
        <translation>Order value is above {limit}: attach a photo of the packed parcel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="442"/>
        <source>Pelanggan {name} berstatus diragukan: pengiriman diblokir sampai foto paket dilampirkan. Tambahkan foto paket yang sudah dikemas, lalu simpan lagi.</source>
        <translation>Customer {name} is marked as questionable: shipping is blocked until a parcel photo is attached. Add a photo of the packed parcel, then save again.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="452"/>
        <source>Pesanan ini bukan COD</source>
        <translation>This order is not COD</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="482"/>
        <source>Nilai COD {cod} tidak boleh melebihi sisa tagihan {owed}</source>
        <translation>The COD amount {cod} cannot exceed the balance due of {owed}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="540"/>
        <source>Pilih foto paketnya dulu</source>
        <translation>Choose the parcel photo first</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="574"/>
        <source>Isi nomor resi dari kurir sebelum paket dikirim</source>
        <translation>Enter the tracking number from the courier before the parcel is shipped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="615"/>
        <source>Isi nomor resi dari kurir</source>
        <translation>Enter the tracking number from the courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="834"/>
        <source>Paket ini tidak sedang dalam perjalanan</source>
        <translation>This parcel is not in transit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="923"/>
        <location filename="../../tokodesk/services/shipping.py" line="1017"/>
        <source>Paket ini bukan COD</source>
        <translation>This parcel is not COD</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="925"/>
        <source>Uang COD paket ini sudah dicatat diterima</source>
        <translation>The COD cash for this parcel has already been recorded as received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="928"/>
        <source>Paket belum tercatat diterima pelanggan; uang COD belum bisa dicatat</source>
        <translation>The parcel has not been recorded as delivered to the customer; the COD cash cannot be recorded yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="1015"/>
        <source>Biaya tidak boleh minus</source>
        <translation>The fee cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="443"/>
        <location filename="../../tokodesk/services/shipping.py" line="1022"/>
        <source>Isi data paket pengganti (kurir, berat)</source>
        <translation>Enter the replacement parcel details (courier, weight)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="1038"/>
        <source>Jumlah pengembalian harus lebih dari Rp0 dan paling banyak {paid}</source>
        <translation>The refund amount must be more than Rp0 and at most {paid}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="1188"/>
        <source>Catatan masalah pengiriman tidak ditemukan</source>
        <translation>Shipping problem record not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="1200"/>
        <source>Tulis alasan klaim dinilai tidak benar</source>
        <translation>Write why the claim was judged untrue</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="196"/>
        <source>Bukti «{ref}» tidak dikenal; tulis seperti order:12, incident:3, log:77 atau forfeit:5</source>
        <translation>Unknown evidence «{ref}»; write it like order:12, incident:3, log:77 or forfeit:5</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="232"/>
        <source>Bukti «{ref}» tidak ditemukan pada pelanggan ini</source>
        <translation>Evidence «{ref}» was not found for this customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="267"/>
        <source>Status pelanggan tidak dikenal</source>
        <translation>Unknown customer status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="270"/>
        <source>Tulis alasan perubahan status pelanggan</source>
        <translation>Write the reason for changing the customer&apos;s status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="274"/>
        <source>Alasan terlalu panjang (maksimal {max} huruf)</source>
        <translation>Reason is too long (maximum {max} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="139"/>
        <source>Keluhan berstatus «{now}» tidak bisa dipindah ke «{to}»</source>
        <translation>A complaint with status «{now}» cannot be moved to «{to}»</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="154"/>
        <source>Pilih temuan dulu (kesalahan siapa) sebelum menutup</source>
        <translation>Choose a finding first (whose mistake) before closing</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="157"/>
        <source>Buat ulang berbayar hanya bila kesalahan pelanggan; selain itu buat ulang gratis</source>
        <translation>Charge for a remake only if it was the customer&apos;s mistake; otherwise the remake is free</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="163"/>
        <source>Temuan «tidak terbukti»: pilih kesalahan siapa untuk buat ulang, atau penjelasan saja</source>
        <translation>Finding «not proven»: choose whose mistake for a remake, or an explanation only</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/feedback.py" line="47"/>
        <source>Ulasan diminta setelah pesanan diambil atau diterima (pesanan {code} belum)</source>
        <translation>Feedback is requested after the order is collected or delivered (order {code} is not yet)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/feedback.py" line="112"/>
        <source>Pilih nilai 1 sampai 5</source>
        <translation>Choose a rating from 1 to 5</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/feedback.py" line="117"/>
        <source>Komentar terlalu panjang (paling banyak {n} huruf)</source>
        <translation>Comment is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/report_export.py" line="32"/>
        <source>Berkas laporan «{name}» harus berakhiran .pdf atau .xlsx, contoh laporan.pdf</source>
        <translation>Report file «{name}» must end in .pdf or .xlsx, e.g. report.pdf</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="454"/>
        <source>Pilih pelanggan dulu (ketik nama atau No. HP, Enter)</source>
        <translation>Select a customer first (type a name or mobile number, then Enter)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="62"/>
        <source>Baris {n}: isi nama wilayah</source>
        <translation>Row {n}: enter the area name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="69"/>
        <source>Baris {n}: nama wilayah terlalu panjang (maksimal {max} huruf)</source>
        <translation>Row {n}: area name is too long (maximum {max} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="80"/>
        <source>Baris {n}: wilayah «{area}» sudah ada di tabel</source>
        <translation>Row {n}: area «{area}» is already in the table</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="89"/>
        <source>Baris {n}: ongkir harus rupiah utuh antara Rp0 dan {max}</source>
        <translation>Row {n}: delivery fee must be whole rupiah between Rp0 and {max}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="98"/>
        <source>Baris {n}: lama antar harus 0 sampai {max} hari</source>
        <translation>Row {n}: delivery time must be 0 to {max} days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="145"/>
        <source>Ongkos kirim harus rupiah utuh, Rp0 sampai {max}</source>
        <translation>Delivery fee must be whole rupiah, Rp0 to {max}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="150"/>
        <source>Biaya kemas harus rupiah utuh, Rp0 sampai {max}</source>
        <translation>Packing fee must be whole rupiah, Rp0 to {max}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="144"/>
        <source>Tawaran antar hanya untuk pesanan ambil di toko yang sudah siap (pesanan {code})</source>
        <translation>A delivery offer is only for shop-pickup orders that are ready (order {code})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="274"/>
        <source>Pilih kurir</source>
        <translation>Choose a courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="277"/>
        <source>Isi alamat tujuan antar</source>
        <translation>Enter the delivery address</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="282"/>
        <source>Alamat terlalu panjang (maksimal {n} huruf)</source>
        <translation>Address is too long (maximum {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="294"/>
        <source>Berat paket harus 1 sampai {n} gram</source>
        <translation>Parcel weight must be 1 to {n} grams</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="300"/>
        <source>Perkiraan tiba tidak boleh sebelum hari ini</source>
        <translation>Estimated arrival cannot be before today</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="309"/>
        <source>Pesan terlalu panjang (maksimal {n} huruf)</source>
        <translation>Message is too long (maximum {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="326"/>
        <source>Tawaran antar untuk pesanan {code} masih menunggu jawaban; catat jawabannya dulu</source>
        <translation>The delivery offer for order {code} is still awaiting a reply; record the reply first</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="398"/>
        <source>Tawaran antar tidak ditemukan</source>
        <translation>Delivery offer not found</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="401"/>
        <source>Tawaran antar ini sudah dijawab</source>
        <translation>This delivery offer has already been answered</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="498"/>
        <source>Tulis jawaban pelanggan atau alasannya</source>
        <translation>Write the customer&apos;s reply or the reason</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="72"/>
        <source>QRIS toko belum dimuat; muat dulu di Pengaturan › Profil toko (bagian QRIS)</source>
        <translation>The shop&apos;s QRIS has not been loaded; load it first in Settings › Shop profile (QRIS section)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="91"/>
        <source>Pesanan {code} tidak punya sisa tagihan; tidak ada kode bayar</source>
        <translation>Order {code} has no balance due; there is no payment code</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="141"/>
        <source>Gambar terlalu besar (maksimal 20 MB)</source>
        <translation>Image is too large (maximum 20 MB)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="150"/>
        <source>Berkas ini bukan gambar yang bisa dibaca</source>
        <translation>This file is not a readable image</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="164"/>
        <source>Tidak ada kode QR yang terbaca di gambar ini; foto stiker lebih dekat dan tegak, atau tempel isi kodenya</source>
        <translation>No QR code could be read in this image; photograph the sticker closer and straight on, or paste the code&apos;s contents</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/first_run.py" line="71"/>
        <source>DP minimal harus 0–100%</source>
        <translation>The minimum deposit must be 0–100%</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/first_run.py" line="74"/>
        <source>DP disarankan harus 0–100%</source>
        <translation>The suggested deposit must be 0–100%</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/first_run.py" line="80"/>
        <source>DP disarankan tidak boleh di bawah DP minimal</source>
        <translation>The suggested deposit must not be below the minimum deposit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/first_run.py" line="101"/>
        <location filename="../../tokodesk/services/shop.py" line="174"/>
        <source>Bahasa tidak dikenal</source>
        <translation>Unknown language</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="69"/>
        <location filename="../../tokodesk/ui/i18n.py" line="106"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="107"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="71"/>
        <location filename="../../tokodesk/ui/i18n.py" line="108"/>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="72"/>
        <location filename="../../tokodesk/ui/i18n.py" line="109"/>
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="110"/>
        <source>Cek / giro</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="57"/>
        <location filename="../../tokodesk/ui/i18n.py" line="116"/>
        <source>DP (uang muka)</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="42"/>
        <source>Masuk &amp; kunci</source>
        <translation>Sign-in &amp; lock</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="43"/>
        <source>Pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="58"/>
        <location filename="../../tokodesk/services/audit.py" line="44"/>
        <location filename="../../tokodesk/ui/i18n.py" line="117"/>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="45"/>
        <source>Pelanggan</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="78"/>
        <location filename="../../tokodesk/services/audit.py" line="47"/>
        <location filename="../../tokodesk/services/audit.py" line="95"/>
        <source>Catatan komunikasi</source>
        <translation>Communication log</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="48"/>
        <source>Pesan &amp; pengingat</source>
        <translation>Messages &amp; reminders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="49"/>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="56"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="50"/>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="61"/>
        <source>Akun staf</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="46"/>
        <source>Keluhan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="51"/>
        <source>Impor, laporan, cadangan &amp; pemulihan</source>
        <translation>Import, reports, backup &amp; restore</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="52"/>
        <source>Otomatis</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="57"/>
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="58"/>
        <source>PIN salah</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="59"/>
        <source>Mencoba masuk saat harus menunggu</source>
        <translation>Sign-in attempt while locked out</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="60"/>
        <source>Layar dikunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="61"/>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="62"/>
        <source>Pesanan baru</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="63"/>
        <source>Status pesanan</source>
        <translation>Order status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="64"/>
        <source>Tanggal ambil diubah</source>
        <translation>Pickup date changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="65"/>
        <source>DP ditahan (keputusan)</source>
        <translation>Deposit kept (decision)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="66"/>
        <source>Diserahkan ke pelanggan</source>
        <translation>Handed over to customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="67"/>
        <source>Paket dicatat</source>
        <translation>Parcel recorded</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="68"/>
        <source>Status paket</source>
        <translation>Parcel status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="69"/>
        <source>Foto paket ditambahkan</source>
        <translation>Parcel photo added</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="70"/>
        <source>Kabar pengiriman ke pelanggan</source>
        <translation>Shipping update sent to customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="71"/>
        <source>Uang COD diterima toko</source>
        <translation>COD cash received by shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="72"/>
        <source>Masalah pengiriman dicatat</source>
        <translation>Shipping problem recorded</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="73"/>
        <source>Klaim pengiriman diputuskan</source>
        <translation>Shipping claim decided</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="74"/>
        <source>Entri pembayaran</source>
        <translation>Payment entry</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="75"/>
        <source>Pembatalan entri</source>
        <translation>Entry reversal</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="76"/>
        <source>Diteruskan walau pembayaran belum cair</source>
        <translation>Proceeded despite uncleared payment</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="77"/>
        <source>Konfirmasi detail pesanan</source>
        <translation>Order details confirmed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="78"/>
        <source>Pesanan dibuat ulang</source>
        <translation>Order remade</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="79"/>
        <source>Biaya simpan dibebaskan</source>
        <translation>Storage fee waived</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="80"/>
        <source>Keluhan dicatat</source>
        <translation>Complaint recorded</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="81"/>
        <source>Status keluhan</source>
        <translation>Complaint status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="82"/>
        <source>Temuan keluhan</source>
        <translation>Complaint finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="83"/>
        <source>Bukti keluhan ditautkan</source>
        <translation>Complaint evidence linked</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="84"/>
        <source>Keluhan diselesaikan</source>
        <translation>Complaint resolved</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="85"/>
        <source>Keluhan ditolak</source>
        <translation>Complaint declined</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="86"/>
        <source>Permintaan ulasan dikirim</source>
        <translation>Feedback request sent</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="87"/>
        <source>Tawaran antar dikirim</source>
        <translation>Delivery offer sent</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="88"/>
        <source>Tawaran antar diterima</source>
        <translation>Delivery offer accepted</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="89"/>
        <source>Tawaran antar ditolak</source>
        <translation>Delivery offer declined</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="90"/>
        <source>Penilaian pelanggan dicatat</source>
        <translation>Customer rating recorded</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="91"/>
        <source>Pelanggan baru</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="92"/>
        <source>Data pelanggan diubah</source>
        <translation>Customer details changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="93"/>
        <source>Status pelanggan diubah</source>
        <translation>Customer status changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="94"/>
        <source>Status pelanggan dipertahankan</source>
        <translation>Customer status kept</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="96"/>
        <source>Impor chat WhatsApp</source>
        <translation>WhatsApp chat import</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="97"/>
        <source>Pesan dikirim</source>
        <translation>Message sent</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="98"/>
        <source>Pengingat dilewati</source>
        <translation>Reminder skipped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="99"/>
        <source>Profil toko &amp; cetak</source>
        <translation>Shop profile &amp; printing</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="100"/>
        <source>S&amp;K versi baru</source>
        <translation>New T&amp;C version</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="101"/>
        <source>Kebijakan pengambilan</source>
        <translation>Pickup policy</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="102"/>
        <source>Templat pesan</source>
        <translation>Message templates</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="103"/>
        <source>Pengaturan e-mail</source>
        <translation>E-mail settings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="104"/>
        <source>Panduan keluhan</source>
        <translation>Complaint guideline</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="105"/>
        <source>Ongkir antar per wilayah</source>
        <translation>Delivery fees by area</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="106"/>
        <source>Penyiapan awal toko</source>
        <translation>Shop first-run set-up</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="107"/>
        <source>Bahasa nota &amp; pesan</source>
        <translation>Receipt &amp; message language</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="108"/>
        <source>Laporan dibuat (PDF/XLSX)</source>
        <translation>Report created (PDF/XLSX)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="109"/>
        <source>Akun pemilik dibuat</source>
        <translation>Owner account created</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="110"/>
        <source>Staf ditambahkan</source>
        <translation>Staff added</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="111"/>
        <source>Akun staf diubah</source>
        <translation>Staff account changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="112"/>
        <source>PIN diganti</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="113"/>
        <source>Izin diubah</source>
        <translation>Permissions changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="114"/>
        <source>Waktu kunci layar diubah</source>
        <translation>Lock screen time changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="115"/>
        <source>Batas pembebasan biaya simpan diubah</source>
        <translation>Storage fee waiver limit changed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="116"/>
        <source>Impor data</source>
        <translation>Data import</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="117"/>
        <source>Data demo dibuat</source>
        <translation>Demo data created</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="118"/>
        <source>Cadangan data dibuat</source>
        <translation>Data backup created</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="119"/>
        <source>Data dipulihkan dari cadangan</source>
        <translation>Data restored from backup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="120"/>
        <source>Pengaturan cadangan</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="121"/>
        <source>Aturan harian dijalankan</source>
        <translation>Daily rules run</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="125"/>
        <source>berhasil</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="126"/>
        <source>DITOLAK</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="127"/>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="59"/>
        <location filename="../../tokodesk/ui/i18n.py" line="118"/>
        <source>Pengembalian dana</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="60"/>
        <location filename="../../tokodesk/ui/i18n.py" line="119"/>
        <source>Biaya penyimpanan</source>
        <translation>Storage fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="65"/>
        <source>Tutup kas harian</source>
        <translation>Daily closing</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="66"/>
        <source>Laporan mingguan</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="67"/>
        <source>Laporan bulanan</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="71"/>
        <source>DP</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="72"/>
        <source>Pelunasan</source>
        <translation>Final payment</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="73"/>
        <source>Biaya simpan</source>
        <translation>Storage fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="61"/>
        <location filename="../../tokodesk/domain/reports.py" line="74"/>
        <location filename="../../tokodesk/ui/i18n.py" line="120"/>
        <source>Ongkos kirim</source>
        <translation>Delivery fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="62"/>
        <location filename="../../tokodesk/domain/reports.py" line="75"/>
        <location filename="../../tokodesk/ui/i18n.py" line="121"/>
        <source>Biaya lain</source>
        <translation>Other charges</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="79"/>
        <source>Buku pembayaran</source>
        <translation>Payment ledger</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="80"/>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="83"/>
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="84"/>
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="85"/>
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="86"/>
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="87"/>
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="88"/>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="89"/>
        <source>Min</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="101"/>
        <source>{minutes} menit</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="103"/>
        <source>{hours} jam</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="104"/>
        <source>{hours} jam {minutes} menit</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="121"/>
        <source>Minggu {week}, {dates}</source>
        <translation>Week {week}, {dates}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="122"/>
        <source>DP hangus (ditahan toko)</source>
        <translation>Deposit forfeited (kept by shop)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="64"/>
        <location filename="../../tokodesk/ui/i18n.py" line="123"/>
        <source>Dana cair</source>
        <translation>Funds cleared</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="65"/>
        <location filename="../../tokodesk/ui/i18n.py" line="124"/>
        <source>Dana tidak masuk (ditolak)</source>
        <translation>Bounced (money never arrived)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="66"/>
        <location filename="../../tokodesk/ui/i18n.py" line="125"/>
        <source>Potongan (kompensasi)</source>
        <translation>Allowance (compensation)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="70"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="73"/>
        <source>Cek/giro</source>
        <translation>Cheque/giro</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="56"/>
        <location filename="../../tokodesk/ui/i18n.py" line="131"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="57"/>
        <location filename="../../tokodesk/ui/i18n.py" line="132"/>
        <source>Perlu diwaspadai</source>
        <translation>Questionable</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="58"/>
        <location filename="../../tokodesk/ui/i18n.py" line="133"/>
        <source>Daftar hitam</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="61"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="62"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="63"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="64"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="65"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="66"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="67"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="43"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="44"/>
        <source>Dikonfirmasi</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="45"/>
        <source>Diproduksi</source>
        <translation>In production</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="46"/>
        <source>Siap diambil</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="47"/>
        <source>Sudah diambil</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="48"/>
        <location filename="../../tokodesk/domain/orders.py" line="56"/>
        <source>Dikirim</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="38"/>
        <source>Menunggu jawaban</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="39"/>
        <location filename="../../tokodesk/domain/orders.py" line="49"/>
        <location filename="../../tokodesk/domain/shipping.py" line="157"/>
        <source>Diterima</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="50"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="51"/>
        <source>Hangus (DP ditahan)</source>
        <translation>Forfeited (deposit kept)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="55"/>
        <source>Ambil di toko</source>
        <translation>Pickup at shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="57"/>
        <source>COD (bayar di tempat)</source>
        <translation>COD (cash on delivery)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="26"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="27"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="28"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="29"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="30"/>
        <source>Langsung di toko</source>
        <translation>In person at the shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="31"/>
        <source>Chat marketplace</source>
        <translation>Marketplace chat</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="34"/>
        <source>Dari pelanggan</source>
        <translation>From customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="35"/>
        <source>Ke pelanggan</source>
        <translation>To customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="36"/>
        <source>Catatan internal</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="45"/>
        <source>catatan komunikasi</source>
        <translation>communication log</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="46"/>
        <source>buku pembayaran</source>
        <translation>payment ledger</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="47"/>
        <source>riwayat status</source>
        <translation>status history</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="38"/>
        <source>Pesanan diterima</source>
        <translation>Order received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="39"/>
        <source>DP diterima</source>
        <translation>Deposit received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="40"/>
        <source>Pesanan siap</source>
        <translation>Order ready</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="41"/>
        <source>Pengingat H-2</source>
        <translation>2-day reminder</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="42"/>
        <source>Pengingat H-1</source>
        <translation>1-day reminder</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="43"/>
        <source>Hari terakhir gratis</source>
        <translation>Last free day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="44"/>
        <source>Biaya simpan mulai</source>
        <translation>Storage fee starts</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="45"/>
        <source>Peringatan terakhir</source>
        <translation>Final warning</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="46"/>
        <source>Dibatalkan, DP hangus</source>
        <translation>Cancelled, deposit forfeited</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="47"/>
        <source>Pembayaran diterima</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="48"/>
        <source>Sudah diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="49"/>
        <source>Dikirim (dengan resi)</source>
        <translation>Shipped (with tracking number)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="50"/>
        <source>Diterima &amp; minta ulasan</source>
        <translation>Delivered &amp; feedback request</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="51"/>
        <source>Minta ulasan (setelah diambil/diterima)</source>
        <translation>Feedback request (after collection/delivery)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="52"/>
        <source>Tawaran antar (pesanan belum diambil)</source>
        <translation>Delivery offer (order not yet collected)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="56"/>
        <source>nama pelanggan</source>
        <translation>customer name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="57"/>
        <source>kode pesanan, contoh TD-2611-0042</source>
        <translation>order code, e.g. TD-2611-0042</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="58"/>
        <source>daftar barang singkat</source>
        <translation>short item list</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="59"/>
        <source>total pesanan</source>
        <translation>order total</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="60"/>
        <source>yang sudah dibayar</source>
        <translation>amount already paid</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="61"/>
        <source>sisa yang harus dibayar</source>
        <translation>balance still to pay</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="62"/>
        <source>jumlah pembayaran terakhir</source>
        <translation>amount of the latest payment</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="63"/>
        <source>tanggal ambil yang disepakati</source>
        <translation>agreed pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="64"/>
        <source>besok / lusa / dalam 3 hari</source>
        <translation>tomorrow / the day after tomorrow / in 3 days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="65"/>
        <source>hari terakhir tanpa biaya simpan</source>
        <translation>last day without a storage fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="66"/>
        <source>biaya simpan per hari</source>
        <translation>storage fee per day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="67"/>
        <source>biaya simpan sampai hari ini</source>
        <translation>storage fee to date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="68"/>
        <source>tanggal batal otomatis</source>
        <translation>automatic cancellation date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="69"/>
        <source>kurir pengiriman</source>
        <translation>delivery courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="70"/>
        <source>nomor resi</source>
        <translation>tracking number</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="71"/>
        <location filename="../../tokodesk/services/terms.py" line="27"/>
        <source>nama toko</source>
        <translation>shop name</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="72"/>
        <source>telepon/WhatsApp toko</source>
        <translation>shop phone/WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="73"/>
        <source>alamat toko</source>
        <translation>shop address</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="74"/>
        <source>alamat tujuan antar</source>
        <translation>delivery address</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="75"/>
        <source>ongkos kirim yang ditawarkan</source>
        <translation>delivery fee offered</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="76"/>
        <source>biaya kemas</source>
        <translation>packing fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="77"/>
        <source>perkiraan tanggal tiba</source>
        <translation>estimated arrival date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="78"/>
        <source>total yang dibayar sekarang (sisa + biaya simpan + ongkir + kemas)</source>
        <translation>total to pay now (balance + storage fee + delivery fee + packing)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="34"/>
        <source>Pengingat untuk dikirim hari ini</source>
        <translation>Reminders to send today</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="35"/>
        <source>Jadwal ambil hari ini</source>
        <translation>Pickups scheduled today</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="36"/>
        <source>Lewat tanggal ambil</source>
        <translation>Past pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="37"/>
        <source>Berisiko: belum siap, tanggal ambil dekat</source>
        <translation>At risk: not ready, pickup date soon</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="38"/>
        <source>Perlu keputusan (pelanggan memberi kabar)</source>
        <translation>Needs a decision (customer got in touch)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="39"/>
        <source>Dibatalkan otomatis hari ini (DP hangus)</source>
        <translation>Cancelled automatically today (deposit forfeited)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="40"/>
        <source>Kebijakan, S&amp;K, profil toko, template, e-mail</source>
        <translation>Policy, T&amp;C, shop profile, templates, e-mail</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="41"/>
        <source>Daftar hitam dan status pelanggan</source>
        <translation>Blacklist and customer status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="42"/>
        <source>Pembatalan entri pembayaran dan refund</source>
        <translation>Reversing payment entries and refunds</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="43"/>
        <source>Membebaskan biaya simpan di atas batas</source>
        <translation>Waiving storage fees above the limit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="44"/>
        <source>Memutuskan deposit hangus</source>
        <translation>Deciding on forfeited deposits</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="45"/>
        <source>Mengelola akun staf</source>
        <translation>Managing staff accounts</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="46"/>
        <source>Cadangan dan pemulihan data</source>
        <translation>Data backup and restore</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="47"/>
        <source>Laporan keuangan</source>
        <translation>Financial reports</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="48"/>
        <source>Melihat jejak audit</source>
        <translation>Viewing the audit trail</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="49"/>
        <source>Menyerahkan/mengirim pesanan yang pembayarannya belum cair</source>
        <translation>Handing over/shipping orders whose payment has not cleared</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="55"/>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="56"/>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="57"/>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="57"/>
        <source>Status pelanggan</source>
        <translation>Customer status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="58"/>
        <source>Pembatalan &amp; refund</source>
        <translation>Reversals &amp; refunds</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="59"/>
        <source>Bebas biaya simpan</source>
        <translation>Waive storage fee</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="63"/>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="60"/>
        <source>DP hangus</source>
        <translation>Forfeited deposit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="62"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="63"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="64"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="86"/>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="87"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="88"/>
        <source>sebelum pembaruan</source>
        <translation>before update</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="89"/>
        <source>sebelum pemulihan</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="39"/>
        <source>JNE</source>
        <translation>JNE</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="40"/>
        <source>J&amp;T Express</source>
        <translation>J&amp;T Express</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="41"/>
        <source>SiCepat</source>
        <translation>SiCepat</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="42"/>
        <source>AnterAja</source>
        <translation>AnterAja</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="43"/>
        <source>Pos Indonesia</source>
        <translation>Pos Indonesia</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="44"/>
        <source>GoSend</source>
        <translation>GoSend</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="45"/>
        <source>GrabExpress</source>
        <translation>GrabExpress</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="46"/>
        <source>Lion Parcel</source>
        <translation>Lion Parcel</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="73"/>
        <location filename="../../tokodesk/domain/shipping.py" line="48"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="47"/>
        <source>Kurir toko</source>
        <translation>Shop&apos;s own courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="154"/>
        <source>Dikemas</source>
        <translation>Packed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="155"/>
        <source>Diserahkan ke kurir</source>
        <translation>Handed to courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="156"/>
        <source>Dalam perjalanan</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="158"/>
        <source>Dikembalikan (retur)</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="159"/>
        <source>Hilang</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="230"/>
        <location filename="../../tokodesk/services/standing.py" line="51"/>
        <source>Hilang di perjalanan</source>
        <translation>Lost in transit</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="231"/>
        <source>Tercatat diterima, pelanggan bilang belum</source>
        <translation>Recorded as delivered, customer says not received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="232"/>
        <source>Klaim isi paket kurang</source>
        <translation>Claim of missing parcel contents</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="233"/>
        <source>Paket COD ditolak</source>
        <translation>COD parcel refused</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="85"/>
        <location filename="../../tokodesk/domain/shipping.py" line="236"/>
        <source>Belum diputuskan</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="89"/>
        <source>Tidak terbukti</source>
        <translation>Not proven</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="93"/>
        <location filename="../../tokodesk/domain/shipping.py" line="237"/>
        <source>Kirim ulang</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="238"/>
        <source>Kembalikan dana</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="81"/>
        <location filename="../../tokodesk/domain/delivery.py" line="40"/>
        <location filename="../../tokodesk/domain/shipping.py" line="239"/>
        <source>Ditolak</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="240"/>
        <source>Ditanggung toko</source>
        <translation>Borne by the shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="243"/>
        <source>Belum diperiksa</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="244"/>
        <source>Klaim benar</source>
        <translation>Claim true</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="245"/>
        <source>Klaim tidak benar</source>
        <translation>Claim untrue</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="86"/>
        <location filename="../../tokodesk/services/confirmations.py" line="32"/>
        <source>Kesalahan toko</source>
        <translation>Shop&apos;s mistake</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="88"/>
        <location filename="../../tokodesk/services/confirmations.py" line="33"/>
        <source>Kesalahan pelanggan</source>
        <translation>Customer&apos;s mistake</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="87"/>
        <location filename="../../tokodesk/services/confirmations.py" line="34"/>
        <source>Kesalahan kurir</source>
        <translation>Courier&apos;s mistake</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="64"/>
        <source>Barang kurang / tidak ada</source>
        <translation>Items missing / short</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="65"/>
        <source>Barang rusak</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="66"/>
        <source>Barang salah</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="67"/>
        <source>Personalisasi salah</source>
        <translation>Wrong personalisation</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="68"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="69"/>
        <source>Hilang di pengiriman</source>
        <translation>Lost in shipping</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="70"/>
        <location filename="../../tokodesk/services/standing.py" line="52"/>
        <source>Terkirim tapi tidak diterima</source>
        <translation>Marked delivered but not received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="71"/>
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="72"/>
        <source>Pelayanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="77"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="78"/>
        <source>Sudah ditanggapi</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="79"/>
        <source>Sedang dicek</source>
        <translation>Being checked</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="80"/>
        <source>Selesai</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="94"/>
        <source>Buat ulang gratis</source>
        <translation>Free remake</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="95"/>
        <source>Buat ulang berbayar</source>
        <translation>Charged remake</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="96"/>
        <source>Refund sebagian</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="97"/>
        <source>Refund penuh</source>
        <translation>Full refund</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="98"/>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="99"/>
        <source>Penjelasan saja</source>
        <translation>Explanation only</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="53"/>
        <source>Klaim barang kurang</source>
        <translation>Missing items claim</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="54"/>
        <source>COD ditolak</source>
        <translation>COD refused</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="57"/>
        <source>belum diperiksa</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="58"/>
        <source>klaim benar</source>
        <translation>claim true</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="59"/>
        <source>klaim tidak benar</source>
        <translation>claim untrue</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="63"/>
        <source>{n} pesanan hangus (tidak diambil, DP ditahan)</source>
        <translation>{n} forfeited orders (not collected, deposit kept)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="64"/>
        <source>{n} paket COD ditolak</source>
        <translation>{n} COD parcels refused</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="65"/>
        <source>{n} klaim terbukti tidak benar</source>
        <translation>{n} claims found to be untrue</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="28"/>
        <source>DP minimal, contoh 30%</source>
        <translation>minimum deposit, e.g. 30%</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="29"/>
        <source>hari bebas biaya simpan, contoh 2 hari</source>
        <translation>days of free storage, e.g. 2 days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="30"/>
        <source>biaya simpan per hari, contoh Rp5.000</source>
        <translation>storage fee per day, e.g. Rp5.000</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="31"/>
        <source>batal otomatis setelah, contoh 7 hari</source>
        <translation>automatic cancellation after, e.g. 7 days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="96"/>
        <source>{d} hari {h} jam</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="98"/>
        <source>{h} jam {m} menit</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="99"/>
        <source>{m} menit</source>
        <translation>{m} min</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="69"/>
        <source>Angka uang hanya untuk pemilik.</source>
        <translation>Money figures are for the owner only.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="70"/>
        <source>Salinan cetak ini bukti di luar komputer: simpan kertas ini. Bila catatan di komputer diubah kemudian, ujung rantainya tidak akan cocok lagi dengan yang tercetak di sini.</source>
        <translation>This printed copy is proof kept outside the computer: keep this sheet. If the records on the computer are changed later, the ends of their chains will no longer match the ones printed here.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="85"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="158"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="239"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="425"/>
        <source>Dibuat {at}</source>
        <translation>Created {at}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="437"/>
        <source>Laporan rutin TokoDesk</source>
        <translation>TokoDesk routine report</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="480"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="180"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="481"/>
        <location filename="../../tokodesk/documents/report.py" line="726"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="181"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="304"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="482"/>
        <source>Pesanan · pelanggan</source>
        <translation>Order · customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="483"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="186"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="223"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="425"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="484"/>
        <source>Status · temuan</source>
        <translation>Status · finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="485"/>
        <location filename="../../tokodesk/documents/report.py" line="913"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="189"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="437"/>
        <source>Penyelesaian</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="486"/>
        <location filename="../../tokodesk/documents/report.py" line="1141"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="191"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="519"/>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="519"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="191"/>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="538"/>
        <location filename="../../tokodesk/documents/report.py" line="832"/>
        <location filename="../../tokodesk/documents/report.py" line="952"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="221"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="375"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="544"/>
        <location filename="../../tokodesk/documents/report.py" line="557"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="228"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="240"/>
        <source>Uang masuk</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="545"/>
        <location filename="../../tokodesk/documents/report.py" line="609"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="229"/>
        <source>Pengembalian dana</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="546"/>
        <location filename="../../tokodesk/documents/report.py" line="647"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="230"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="259"/>
        <source>Uang tunai di laci</source>
        <translation>Cash in the drawer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="547"/>
        <location filename="../../tokodesk/documents/report.py" line="675"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="231"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="278"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="414"/>
        <source>DP hangus</source>
        <translation>Forfeited deposits</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="548"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="232"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="300"/>
        <source>Belum cair</source>
        <translation>Not yet cleared</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="549"/>
        <location filename="../../tokodesk/documents/report.py" line="750"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="233"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="330"/>
        <source>COD belum diterima</source>
        <translation>COD not yet received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="550"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="234"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="383"/>
        <source>Keluhan dibuka</source>
        <translation>Complaints opened</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="551"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="235"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="384"/>
        <source>Keluhan ditutup</source>
        <translation>Complaints closed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="560"/>
        <source>Tidak ada uang masuk hari ini.</source>
        <translation>No money came in today.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="581"/>
        <location filename="../../tokodesk/documents/report.py" line="605"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="222"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="592"/>
        <source>Termasuk pembayaran tertunda yang cair hari ini (dihitung pada metode dan jenis pembayaran aslinya); pembayaran dialokasikan ke biaya yang tertunggak dulu, sisanya pelunasan.</source>
        <translation>Includes pending payments that cleared today (counted under their original method and type); a payment pays any outstanding charges first and the rest counts as a balance payment.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="602"/>
        <location filename="../../tokodesk/documents/report.py" line="1137"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="270"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="514"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="603"/>
        <location filename="../../tokodesk/documents/report.py" line="966"/>
        <location filename="../../tokodesk/documents/report.py" line="1045"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="184"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="271"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="376"/>
        <source>Pesanan</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="604"/>
        <location filename="../../tokodesk/documents/report.py" line="967"/>
        <location filename="../../tokodesk/documents/report.py" line="1046"/>
        <location filename="../../tokodesk/documents/report.py" line="1138"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="185"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="272"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="377"/>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="606"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="273"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="641"/>
        <source>Per metode: {list}</source>
        <translation>By method: {list}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="643"/>
        <source>Tidak ada pengembalian dana hari ini.</source>
        <translation>No refunds today.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="651"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="262"/>
        <source>Tunai masuk</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="653"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="263"/>
        <source>Pengembalian tunai</source>
        <translation>Cash refunds</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="660"/>
        <source>Seharusnya ada di laci (selisih hari ini)</source>
        <translation>Should be in the drawer (today&apos;s difference)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="666"/>
        <source>Hitung uang di laci dan cocokkan dengan angka ini sebelum tutup toko.</source>
        <translation>Count the cash in the drawer and check it against this figure before closing the shop.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="702"/>
        <source>Tidak ada DP hangus hari ini.</source>
        <translation>No deposits forfeited today.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="705"/>
        <source>Pembayaran belum cair</source>
        <translation>Payments not yet cleared</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="707"/>
        <source>lewat, cek</source>
        <translation>overdue, check</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="730"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="307"/>
        <source>Cair tanggal</source>
        <translation>Clears on</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="747"/>
        <source>Tidak ada pembayaran yang menunggu cair.</source>
        <translation>No payments waiting to clear.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="755"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="333"/>
        <source>Sampai</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="758"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="336"/>
        <source>Kurir</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="759"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="337"/>
        <source>Resi</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="788"/>
        <source>Tidak ada uang COD yang belum diterima.</source>
        <translation>No COD money outstanding.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="791"/>
        <location filename="../../tokodesk/documents/report.py" line="875"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="349"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="422"/>
        <source>Keluhan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="793"/>
        <source>Dibuka hari ini ({n})</source>
        <translation>Opened today ({n})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="794"/>
        <source>Ditutup hari ini ({n})</source>
        <translation>Closed today ({n})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="804"/>
        <source>Ujung rantai bukti</source>
        <translation>Ends of the evidence chains</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="809"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="360"/>
        <source>Rantai</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="810"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="361"/>
        <source>Jumlah entri</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="811"/>
        <source>Segel terakhir (64 heksa)</source>
        <translation>Last seal (64 hex digits)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="819"/>
        <source>Belum ada rantai bukti.</source>
        <translation>No evidence chains yet.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="849"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="404"/>
        <source>Tingkat tidak diambil</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="851"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="382"/>
        <source>Pesanan masuk</source>
        <translation>New orders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="853"/>
        <location filename="../../tokodesk/documents/report.py" line="1088"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="478"/>
        <source>Nilai pesanan</source>
        <translation>Order value</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="857"/>
        <source>Keluhan dibuka / ditutup</source>
        <translation>Complaints opened / closed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="862"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="386"/>
        <source>Respons pertama (median)</source>
        <translation>First response (median)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="865"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="395"/>
        <source>Penyelesaian (median)</source>
        <translation>Resolution (median)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="867"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="398"/>
        <source>Penilaian rata-rata</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="870"/>
        <source>Terlambat diambil</source>
        <translation>Overdue pickups</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="880"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="351"/>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="881"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="183"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="352"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="883"/>
        <source>Waktu respons pertama (median)</source>
        <translation>Time to first response (median)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="887"/>
        <source>Waktu penyelesaian (median)</source>
        <translation>Time to resolution (median)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="890"/>
        <source>Biaya keluhan yang ditutup</source>
        <translation>Cost of closed complaints</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="898"/>
        <source>Jenis (dibuka)</source>
        <translation>Type (opened)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="902"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="253"/>
        <source>Per jenis</source>
        <translation>By type</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="906"/>
        <source>Temuan (ditutup)</source>
        <translation>Finding (closed)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="922"/>
        <source>Temuan dan penyelesaian</source>
        <translation>Findings and resolutions</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="927"/>
        <source>Daftar keluhan ({n})</source>
        <translation>Complaint list ({n})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="931"/>
        <source>Penilaian pelanggan</source>
        <translation>Customer ratings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="941"/>
        <source>Belum ada penilaian pada periode ini.</source>
        <translation>No ratings in this period yet.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="943"/>
        <source>Rata-rata &lt;b&gt;{average}&lt;/b&gt; dari 5 (1 penilaian)</source>
        <translation>Average &lt;b&gt;{average}&lt;/b&gt; out of 5 (1 rating)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="947"/>
        <source>Rata-rata &lt;b&gt;{average}&lt;/b&gt; dari 5 ({n} penilaian)</source>
        <translation>Average &lt;b&gt;{average}&lt;/b&gt; out of 5 ({n} ratings)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="950"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="445"/>
        <source>Nilai</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="952"/>
        <source>Bagian</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="960"/>
        <source>Penilaian 3 ke bawah ({n})</source>
        <translation>Ratings of 3 or lower ({n})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="965"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="163"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="450"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="969"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="450"/>
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="986"/>
        <source>Uang</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="989"/>
        <source>DP hangus (1 pesanan)</source>
        <translation>Forfeited deposits (1 order)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="991"/>
        <source>DP hangus ({n} pesanan)</source>
        <translation>Forfeited deposits ({n} orders)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="995"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="411"/>
        <source>Nilai pesanan masuk</source>
        <translation>Value of new orders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="997"/>
        <source>DP dipegang di akhir periode (pesanan masih berjalan)</source>
        <translation>Deposits held at the end of the period (orders still open)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1000"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="413"/>
        <source>Biaya simpan diterima</source>
        <translation>Storage fees received</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1008"/>
        <source>DP hangus: 1 pesanan.</source>
        <translation>Forfeited deposits: 1 order.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1010"/>
        <source>DP hangus: {n} pesanan.</source>
        <translation>Forfeited deposits: {n} orders.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1017"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="456"/>
        <source>Pengambilan</source>
        <translation>Pickups</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1020"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="399"/>
        <source>Jatuh tempo diambil</source>
        <translation>Due for pickup</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1021"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="400"/>
        <source>Diambil tepat waktu</source>
        <translation>Collected on time</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1022"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="401"/>
        <source>Diambil terlambat</source>
        <translation>Collected late</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1023"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="402"/>
        <source>Hangus (tidak diambil)</source>
        <translation>Forfeited (never collected)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1024"/>
        <source>Masih ditunggu (tidak dihitung)</source>
        <translation>Still awaited (not counted)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1030"/>
        <source>Tingkat tidak diambil = (hangus + diambil terlambat) ÷ jatuh tempo.</source>
        <translation>No-show rate = (forfeited + collected late) ÷ due for pickup.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1040"/>
        <source>Terlambat diambil di akhir periode ({n})</source>
        <translation>Overdue for pickup at the end of the period ({n})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1047"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="460"/>
        <source>Tanggal ambil</source>
        <translation>Pickup date</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1048"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="461"/>
        <source>Batas gratis</source>
        <translation>Free until</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1049"/>
        <source>Lewat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1059"/>
        <source>1 hari</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1061"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1068"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="469"/>
        <source>Sisa tagihan</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1079"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="479"/>
        <source>Waktu ramai</source>
        <translation>Busy times</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1082"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="476"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1082"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="477"/>
        <source>Jumlah pesanan</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1098"/>
        <source>Pesanan per hari</source>
        <translation>Orders per day</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1110"/>
        <source>Pesanan per jam</source>
        <translation>Orders per hour</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1114"/>
        <source>Jam menurut jam komputer toko; angka di bawah batang = jam mulai (mis. 14 = 14.00–14.59).</source>
        <translation>Times by the shop computer&apos;s clock; the number under a bar is the starting hour (e.g. 14 = 14:00–14:59).</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1127"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="500"/>
        <source>Hari × jam</source>
        <translation>Day × hour</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1132"/>
        <source>Perubahan status pelanggan</source>
        <translation>Customer status changes</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1139"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1140"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="518"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1158"/>
        <source>Tidak ada perubahan daftar hitam pada periode ini.</source>
        <translation>No blacklist changes in this period.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1228"/>
        <source>{title} {period} · dibuat {at} · {shop}</source>
        <translation>{title} {period} · created {at} · {shop}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1249"/>
        <source>Akhir laporan.</source>
        <translation>End of report.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report.py" line="1283"/>
        <source>Halaman {n}/{count}</source>
        <translation>Page {n}/{count}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="157"/>
        <source>Toko</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="159"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="167"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="516"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="168"/>
        <source>Sampai tanggal</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="171"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="182"/>
        <source>Respons pertama</source>
        <translation>First response</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="187"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="188"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="431"/>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="195"/>
        <source>Daftar</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="224"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="378"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="247"/>
        <source>Per metode</source>
        <translation>By method</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="264"/>
        <source>Seharusnya ada di laci</source>
        <translation>Should be in the drawer</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="269"/>
        <source>No entri</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="277"/>
        <source>Pengembalian</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="357"/>
        <source>Rantai bukti</source>
        <translation>Evidence chains</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="362"/>
        <source>Segel terakhir</source>
        <translation>Last seal</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="369"/>
        <source>Salinan cetak ini bukti di luar komputer.</source>
        <translation>This printed copy is proof kept outside the computer.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="391"/>
        <source>Respons pertama (teks)</source>
        <translation>First response (text)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="396"/>
        <source>Penyelesaian (teks)</source>
        <translation>Resolution (text)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="397"/>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="446"/>
        <source>Penilaian</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="403"/>
        <source>Masih ditunggu</source>
        <translation>Still awaited</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="405"/>
        <source>DP hangus (pesanan)</source>
        <translation>Forfeited deposits (orders)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="412"/>
        <source>DP dipegang di akhir periode</source>
        <translation>Deposits held at the end of the period</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="415"/>
        <source>Biaya keluhan</source>
        <translation>Complaint costs</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="423"/>
        <source>Per jenis (dibuka)</source>
        <translation>By type (opened)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="429"/>
        <source>Per temuan (ditutup)</source>
        <translation>By finding (closed)</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="435"/>
        <source>Per penyelesaian</source>
        <translation>By resolution</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="441"/>
        <source>Daftar keluhan</source>
        <translation>Complaint list</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="448"/>
        <source>Penilaian 3 ke bawah</source>
        <translation>Ratings of 3 or lower</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="462"/>
        <source>Lewat (hari)</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="489"/>
        <source>Per jam</source>
        <translation>By hour</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="491"/>
        <source>Jam</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="511"/>
        <source>Daftar hitam</source>
        <translation>Blacklist</translation>
    </message>
    <message>
        <location filename="../../tokodesk/documents/report_xlsx.py" line="517"/>
        <source>Menjadi</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="84"/>
        <source>Halo Kak {nama}, terima kasih sudah memesan di {toko}. Pesanan {kode} ({barang}) sudah kami catat dengan total {total}. Tanggal ambil: {tanggal_ambil}. Mohon cek kembali detailnya; kalau ada yang kurang tepat, kabari kami hari ini ya.</source>
        <translation>Hi {nama}, thank you for ordering from {toko}. We have recorded order {kode} ({barang}) with a total of {total}. Pickup date: {tanggal_ambil}. Please check the details again; if anything is not quite right, let us know today.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="90"/>
        <source>Halo Kak {nama}, DP sebesar {jumlah} untuk pesanan {kode} sudah kami terima. Sisa pembayaran {sisa} dilunasi saat pengambilan pada {tanggal_ambil}. Terima kasih — {toko}</source>
        <translation>Hi {nama}, we have received your deposit of {jumlah} for order {kode}. The remaining balance of {sisa} is to be paid when you collect it on {tanggal_ambil}. Thank you — {toko}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="95"/>
        <source>Halo Kak {nama}, pesanan {kode} sudah SIAP diambil di {toko}. Tanggal ambil: {tanggal_ambil}; sisa pembayaran {sisa}. Mohon diambil paling lambat {hari_terakhir} agar tidak dikenakan biaya penyimpanan {tarif_simpan} per hari. Terima kasih.</source>
        <translation>Hi {nama}, order {kode} is READY for pickup at {toko}. Pickup date: {tanggal_ambil}; balance due {sisa}. Please collect it by {hari_terakhir} at the latest to avoid a storage fee of {tarif_simpan} per day. Thank you.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="101"/>
        <source>Halo Kak {nama}, mengingatkan: pesanan {kode} bisa diambil {kapan} ({tanggal_ambil}) di {toko}. Sisa pembayaran {sisa}. Kalau berhalangan, mohon kabari kami ya. Terima kasih.</source>
        <translation>Hi {nama}, just a reminder: order {kode} can be collected {kapan} ({tanggal_ambil}) at {toko}. Balance due {sisa}. If you can&apos;t make it, please let us know. Thank you.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="106"/>
        <source>Halo Kak {nama}, besok ({tanggal_ambil}) jadwal pengambilan pesanan {kode} di {toko}. Sisa pembayaran {sisa}. Sampai jumpa besok!</source>
        <translation>Hi {nama}, tomorrow ({tanggal_ambil}) is the pickup date for order {kode} at {toko}. Balance due {sisa}. See you tomorrow!</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="111"/>
        <source>Halo Kak {nama}, pesanan {kode} masih menunggu di {toko}. Hari ini ({hari_terakhir}) hari terakhir pengambilan tanpa biaya. Mulai besok dikenakan biaya penyimpanan {tarif_simpan} per hari sesuai syarat &amp; ketentuan yang Kakak setujui.</source>
        <translation>Hi {nama}, order {kode} is still waiting for you at {toko}. Today ({hari_terakhir}) is the last day to collect it free of charge. From tomorrow a storage fee of {tarif_simpan} per day applies, as per the Terms &amp; Conditions you agreed to.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="117"/>
        <source>Halo Kak {nama}, pesanan {kode} belum diambil. Sesuai syarat &amp; ketentuan, mulai hari ini berlaku biaya penyimpanan {tarif_simpan} per hari (saat ini {biaya_simpan}). Mohon segera diambil atau hubungi kami. Batas akhir pengambilan: {tanggal_batal}.</source>
        <translation>Hi {nama}, order {kode} has not been collected yet. As per the Terms &amp; Conditions, a storage fee of {tarif_simpan} per day applies from today (currently {biaya_simpan}). Please collect it soon or contact us. Final pickup deadline: {tanggal_batal}.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="123"/>
        <source>PERINGATAN TERAKHIR — Kak {nama}, pesanan {kode} belum diambil. Jika sampai {tanggal_batal} pesanan belum diambil dan tidak ada kabar, pesanan dibatalkan otomatis dan DP tidak dikembalikan, sesuai syarat &amp; ketentuan. Biaya simpan saat ini {biaya_simpan}. Balas pesan ini bila perlu waktu tambahan.</source>
        <translation>FINAL WARNING — {nama}, order {kode} has not been collected yet. If the order is not collected by {tanggal_batal} and we have not heard from you, the order will be cancelled automatically and the deposit will not be refunded, as per the Terms &amp; Conditions. Storage fee so far: {biaya_simpan}. Please reply to this message if you need more time.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="130"/>
        <source>Halo Kak {nama}, karena pesanan {kode} tidak diambil sampai batas waktu dan kami tidak menerima kabar, pesanan dibatalkan dan DP {dibayar} tidak dikembalikan sesuai syarat &amp; ketentuan yang disepakati. Terima kasih — {toko}</source>
        <translation>Hi {nama}, as order {kode} was not collected by the deadline and we did not hear from you, the order has been cancelled and the deposit of {dibayar} will not be refunded, as per the agreed Terms &amp; Conditions. Thank you — {toko}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="136"/>
        <source>Halo Kak {nama}, pembayaran {jumlah} untuk pesanan {kode} sudah kami terima. Sisa: {sisa}. Terima kasih — {toko}</source>
        <translation>Hi {nama}, we have received your payment of {jumlah} for order {kode}. Balance due: {sisa}. Thank you — {toko}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="141"/>
        <source>Terima kasih Kak {nama}, pesanan {kode} sudah diserahkan. Semoga suka! Simpan nota ini sebagai bukti — {toko}</source>
        <translation>Thank you, {nama}, order {kode} has been handed over. We hope you like it! Please keep this receipt as proof — {toko}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="146"/>
        <source>Halo Kak {nama}, pesanan {kode} sudah dikirim lewat {kurir} dengan nomor resi {resi}. Mohon rekam video saat membuka paket sebagai bukti bila ada kendala. Terima kasih — {toko}</source>
        <translation>Hi {nama}, order {kode} has been shipped via {kurir} with tracking number {resi}. Please record a video while opening the parcel as evidence in case of any problem. Thank you — {toko}</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="151"/>
        <source>Halo Kak {nama}, pesanan {kode} sudah sampai. Bagaimana hasilnya? Mohon beri nilai 1–5 dan sedikit komentar; masukan Kakak sangat berarti untuk {toko}. Terima kasih!</source>
        <translation>Hi {nama}, order {kode} has arrived. How did it turn out? Please give it a rating from 1–5 and a short comment; your feedback means a lot to {toko}. Thank you!</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="156"/>
        <source>Halo Kak {nama}, terima kasih sudah berbelanja di {toko}. Bagaimana pesanan {kode}? Mohon beri nilai 1–5 dan sedikit komentar; bila ada yang kurang, kabari kami supaya bisa segera kami perbaiki. Terima kasih!</source>
        <translation>Hi {nama}, thank you for shopping at {toko}. How was order {kode}? Please give it a rating from 1–5 and a short comment; if anything wasn&apos;t right, let us know so we can fix it quickly. Thank you!</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="162"/>
        <source>Halo Kak {nama}, pesanan {kode} ({barang}) sudah siap dan masih kami simpan. Bila Kakak belum sempat datang, kami bisa mengantarkannya:
- Kurir: {kurir}
- Alamat: {alamat_kirim}
- Perkiraan tiba: {tiba}
Rincian yang dibayar sebelum dikirim:
- Sisa pembayaran: {sisa}
- Biaya simpan sampai hari ini: {biaya_simpan}
- Ongkos kirim: {ongkir}
- Biaya kemas: {biaya_kemas}
Total: {total_bayar}
Balas YA bila setuju; biaya simpan berhenti dihitung sejak hari Kakak setuju. Tanpa kabar, pesanan tetap menunggu diambil dengan ketentuan biasa (batal otomatis {tanggal_batal}). Terima kasih, {toko}.</source>
        <translation>Hi {nama}, order {kode} ({barang}) is ready and we are still keeping it for you. If you haven&apos;t had time to come by, we can deliver it to you:
- Courier: {kurir}
- Address: {alamat_kirim}
- Estimated arrival: {tiba}
To be paid before shipping:
- Balance due: {sisa}
- Storage fee to date: {biaya_simpan}
- Delivery fee: {ongkir}
- Packing fee: {biaya_kemas}
Total: {total_bayar}
Reply YES if you agree; the storage fee stops from the day you agree. If we don&apos;t hear from you, the order will keep waiting for pickup on the usual terms (automatic cancellation on {tanggal_batal}). Thank you, {toko}.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="212"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="214"/>
        <source>besok</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="216"/>
        <source>lusa</source>
        <translation>the day after tomorrow</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="218"/>
        <source>dalam {n} hari</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="219"/>
        <source>{n} hari yang lalu</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="407"/>
        <source>Uji e-mail TokoDesk</source>
        <translation>TokoDesk e-mail test</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="408"/>
        <source>E-mail uji dari TokoDesk ({shop}). Bila e-mail ini sampai, pengaturan SMTP sudah benar.</source>
        <translation>Test e-mail from TokoDesk ({shop}). If this e-mail arrives, the SMTP settings are correct.</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/notify.py" line="100"/>
        <source>{kind} — pesanan {code} ({shop})</source>
        <translation>{kind} — order {code} ({shop})</translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="210"/>
        <source>Tawaran antar pesanan {code} — {shop}</source>
        <translation>Delivery offer for order {code} — {shop}</translation>
    </message>
</context>
</TS>
