<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="647"/>
        <source>← Se&amp;belumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="649"/>
        <source>Berikut&amp;nya →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="651"/>
        <source>&amp;Pas di layar (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="655"/>
        <source>Buka dengan &amp;aplikasi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="658"/>
        <source>&amp;Simpan salinan… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="661"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="704"/>
        <source>Lampiran catatan #{id} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="707"/>
        <source>{i} dari {n} · {name} · {kind} · {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="715"/>
        <source>Memuat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="743"/>
        <source>{kind} · {size}

Tekan Alt+A untuk membuka dengan aplikasi lain,
atau Ctrl+S untuk menyimpan salinannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="756"/>
        <source>Gambar ini tidak bisa ditampilkan; simpan salinannya untuk dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="783"/>
        <source>{w} × {h} piksel · {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="786"/>
        <source>pas di layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="786"/>
        <source>ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="800"/>
        <source>Simpan salinan lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="811"/>
        <source>Disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="839"/>
        <source>Tidak ada aplikasi untuk membuka berkas ini. Simpan salinannya (Ctrl+S) lalu buka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="842"/>
        <source>Dibuka: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="49"/>
        <source>Ubah pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="49"/>
        <source>Pelanggan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="60"/>
        <source>sama dengan No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="73"/>
        <source>&amp;Pakai pelanggan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="85"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="86"/>
        <source>No. &amp;HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="88"/>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="89"/>
        <source>&amp;Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="90"/>
        <source>Ca&amp;tatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="95"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="95"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="140"/>
        <source>Nomor ini sudah terdaftar atas nama &lt;b&gt;{name}&lt;/b&gt; ({phone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="185"/>
        <source>Nomor sudah terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="186"/>
        <source>Nomor {phone} sudah terdaftar atas nama {name}.
Pakai pelanggan itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="189"/>
        <source>Ya, pakai {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="190"/>
        <source>Tidak, perbaiki nomor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerLogDialog</name>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="37"/>
        <source>Catatan komunikasi — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="50"/>
        <source>Catatan tidak pernah diubah atau dihapus; salah catat diperbaiki dengan koreksi, dan keduanya tetap terlihat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="60"/>
        <source>Impor chat &amp;WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="63"/>
        <source>Ekspor &amp;bukti (PDF + ZIP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="79"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="96"/>
        <source>Impor chat WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="96"/>
        <source>Ekspor chat WhatsApp (*.txt *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="104"/>
        <source>Mengimpor chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="117"/>
        <source>{added} pesan diimpor, {skipped} sudah ada sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="122"/>
        <source>baris {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="126"/>
        <source>… dan {n} baris lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="135"/>
        <source>Siapa pelanggannya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="136"/>
        <source>Pengirim mana di chat ini yang {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="151"/>
        <source>Ekspor bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="151"/>
        <source>ZIP (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="165"/>
        <source>Menyusun berkas bukti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="171"/>
        <source>segel utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="171"/>
        <source>PERHATIAN: ada segel yang rusak, lihat PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="175"/>
        <source>Bukti disimpan: {path} ({size}) · {entries} catatan, {att} lampiran, {orders} pesanan · {seal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../tokodesk/ui/customer_picker.py" line="35"/>
        <source>Ketik nama atau No. HP pelanggan, lalu Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_picker.py" line="79"/>
        <source>Tidak ada pelanggan yang cocok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="193"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="194"/>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="195"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="196"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="197"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="199"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="164"/>
        <source>Cari nama atau No. HP pelanggan (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="172"/>
        <source>Pelanggan &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="174"/>
        <source>&amp;Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="176"/>
        <source>Pesanan untuk pelanggan &amp;ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="179"/>
        <source>&amp;Lihat pesanannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="181"/>
        <source>Catatan &amp;komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="203"/>
        <source>{n} pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="80"/>
        <source>Cetak dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="105"/>
        <source>&amp;Cetak… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="108"/>
        <source>Simpan &amp;PDF… (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="111"/>
        <source>Printer &amp;struk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="114"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="120"/>
        <source>&amp;Dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="122"/>
        <source>&amp;Kertas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="162"/>
        <source>Atur printer struk di Pengaturan toko untuk mencetak langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="169"/>
        <source>Menyiapkan dokumen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="206"/>
        <source>{kind} {code} · {size} · {n} halaman · S&amp;K versi {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="233"/>
        <source>Cetak {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="241"/>
        <source>Mencetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="245"/>
        <source>Tercetak: {n} halaman ke {printer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="257"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="257"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="266"/>
        <source>Disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="276"/>
        <source>Mengirim ke printer struk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="286"/>
        <source>Terkirim ke printer struk ({target})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="136"/>
        <source>#{id} {when} · {channel} · {direction}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="315"/>
        <source>Belum ada catatan. Tekan Ctrl+L untuk mencatat chat, telepon, atau obrolan di toko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="327"/>
        <source>Catatan komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="331"/>
        <source>&amp;Semua catatan pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="333"/>
        <source>Tampilkan seluruh catatan pelanggan ini; catatan pesanan ini ditandai garis biru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="340"/>
        <source>Catatan &amp;baru (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="343"/>
        <source>Koreksi &amp;catatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="346"/>
        <source>B&amp;uka lampiran (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="426"/>
        <source>{n} catatan terbaru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="428"/>
        <source>{n} catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="457"/>
        <source>Pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="459"/>
        <source>dicatat {when} oleh {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="463"/>
        <source>impor chat WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="465"/>
        <source>sumber: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="468"/>
        <source>↳ mengoreksi #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="471"/>
        <source>⚠ dikoreksi oleh {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="522"/>
        <source>Pilih dulu catatan yang mau dikoreksi (↑/↓ di daftar).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="243"/>
        <source>TokoDesk — meja pesanan toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="249"/>
        <location filename="../../tokodesk/ui/main_window.py" line="279"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="250"/>
        <location filename="../../tokodesk/ui/main_window.py" line="280"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="265"/>
        <source>Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="270"/>
        <source>Pesanan baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="271"/>
        <source>Pelanggan baru (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="273"/>
        <source>Catat komunikasi (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="275"/>
        <source>Cari (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="276"/>
        <source>Segarkan (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="277"/>
        <source>Pengaturan toko (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="278"/>
        <source>Periksa segel bukti (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="286"/>
        <source>Membuka database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="287"/>
        <source>memproses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="314"/>
        <source>Siap. TokoDesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="316"/>
        <source>Database diperbarui; salinan lama disimpan di {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="342"/>
        <source>TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="370"/>
        <source>Pengaturan disimpan; S&amp;K versi {n} berlaku untuk pesanan baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="372"/>
        <source>Pengaturan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="383"/>
        <source>Memeriksa segel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="390"/>
        <source>{chain}: {n} entri, utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="393"/>
        <source>{chain}: RUSAK — {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="400"/>
        <location filename="../../tokodesk/ui/main_window.py" line="402"/>
        <source>Segel bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="414"/>
        <source>Dipindai: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="418"/>
        <source>Yang dipindai bukan kode QR TokoDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="421"/>
        <source>Kode QR {code} tidak dikeluarkan toko ini (tanda ceknya tidak cocok). Slip ini palsu atau salah ketik; cari pesanan dengan kodenya bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="425"/>
        <source>Slip sah, tetapi pesanan {code} tidak ada di database ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="429"/>
        <source>Pindai QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="457"/>
        <source>Catatan #{id} disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="60"/>
        <source>Pesanan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="76"/>
        <source>Pelanggan &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="82"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="94"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="111"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="127"/>
        <source>Nama barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="104"/>
        <source>Detail custom: nama, inisial, ukuran, warna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="105"/>
        <source>&amp;Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="112"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="128"/>
        <source>Jml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="113"/>
        <source>Harga satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="114"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="130"/>
        <source>Detail custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="129"/>
        <source>Harga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="131"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="142"/>
        <source>&amp;Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="144"/>
        <source>&amp;Ubah baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="154"/>
        <source>Barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="174"/>
        <source>Pakai &amp;saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="188"/>
        <source>&amp;Cara ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="189"/>
        <source>Tanggal &amp;ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="190"/>
        <source>&amp;DP (uang muka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="193"/>
        <source>&amp;Metode bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="194"/>
        <source>Catata&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="199"/>
        <source>Simpan pesanan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="199"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="70"/>
        <source>Tidak ada yang cocok — tekan Alt+B untuk pelanggan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="243"/>
        <source>Pelanggan daftar hitam: wajib bayar penuh di muka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="265"/>
        <source>Nama barang wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="269"/>
        <source>Jumlah harus angka bulat minimal 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="274"/>
        <source>Jumlah terlalu besar (maksimal {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="281"/>
        <source>Harga: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="350"/>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="354"/>
        <source>Minimal {minimum} ({pct}%) · disarankan {suggested}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="374"/>
        <source>Pilih pelanggan dulu (ketik nama/No. HP, atau Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="380"/>
        <source>DP: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="158"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="181"/>
        <source>Barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="182"/>
        <source>Jml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="183"/>
        <source>Harga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="184"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="185"/>
        <source>Detail custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="191"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="201"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="192"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="193"/>
        <source>Metode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="194"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="195"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="201"/>
        <source>Staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="196"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="201"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="201"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="201"/>
        <source>Menjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="210"/>
        <source>Riwa&amp;yat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="211"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="418"/>
        <source>C&amp;atatan komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="217"/>
        <source>Terima &amp;pembayaran (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="221"/>
        <source>&amp;Koreksi entri terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="225"/>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="239"/>
        <source>C&amp;etak nota sekarang (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="242"/>
        <source>Pratinjau &amp;&amp; pilihan cetak (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="252"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="258"/>
        <source>&lt;b&gt;Barang&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="263"/>
        <source>&lt;b&gt;Pembayaran&lt;/b&gt; (buku kas: entri tidak pernah diubah; salah catat dikoreksi dengan entri pembalik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="292"/>
        <source>Pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="300"/>
        <source>Pelanggan: &lt;b&gt;{name}&lt;/b&gt; · {phone}{warn}&lt;br&gt;Cara ambil: {fulfilment} · Tanggal ambil: &lt;b&gt;{pickup}&lt;/b&gt; · Dibuat {created} oleh {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="311"/>
        <source>&lt;br&gt;Catatan: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="332"/>
        <source>Koreksi: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="333"/>
        <source>membalik entri #{id}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="336"/>
        <source>(dikoreksi oleh #{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="341"/>
        <source>(belum cair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="368"/>
        <source>Total barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="369"/>
        <source>Biaya tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="370"/>
        <source>Sudah dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="373"/>
        <source>Belum cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="375"/>
        <source>DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="379"/>
        <source>(tidak ditagih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="381"/>
        <source>Sisa tagihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="399"/>
        <source>Pesanan sudah selesai; status tidak bisa diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="403"/>
        <source>→ {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="418"/>
        <source>C&amp;atatan komunikasi ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="443"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="445"/>
        <source>Batalkan pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="444"/>
        <source>Alasan pembatalan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="446"/>
        <source>Jangan batalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="451"/>
        <source>Pembatalan perlu alasan; pesanan tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="466"/>
        <source>Tidak bisa diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="473"/>
        <source>Pilih dulu entri pembayaran yang mau dikoreksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="480"/>
        <source>Koreksi entri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="482"/>
        <source>Entri {what} akan dibalik dengan entri baru (entri lama tetap tercatat).
Alasan koreksi (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="485"/>
        <source>Catat koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="486"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="538"/>
        <source>Belum ada printer terpasang di komputer ini. Buka pratinjau (Ctrl+Shift+P) untuk menyimpan PDF, atau atur printer struk di Pengaturan toko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="558"/>
        <source>{code} dicetak ke {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="168"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="169"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="170"/>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="171"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="172"/>
        <source>Tgl ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="173"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="174"/>
        <source>Dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="175"/>
        <source>Sisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="176"/>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="82"/>
        <source>Cari kode pesanan, nama atau No. HP — atau pindai QR nota (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="87"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="88"/>
        <source>Masih berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="100"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="114"/>
        <source>{n} pesanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="88"/>
        <source>Terima pembayaran — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="103"/>
        <source>Sisa tagihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="104"/>
        <source>&amp;Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="105"/>
        <source>&amp;Metode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="106"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="108"/>
        <source>&amp;Simpan pembayaran (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="108"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="218"/>
        <source>Koreksi catatan #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="220"/>
        <source>Catat komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="229"/>
        <source>&amp;Ganti pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="250"/>
        <location filename="../../tokodesk/ui/quick_log.py" line="422"/>
        <location filename="../../tokodesk/ui/quick_log.py" line="433"/>
        <location filename="../../tokodesk/ui/quick_log.py" line="452"/>
        <source>— tidak terkait pesanan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="273"/>
        <source>A&amp;rah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="282"/>
        <source>Isi chat, ringkasan telepon, atau catatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="298"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="299"/>
        <source>Pilih &amp;berkas… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="302"/>
        <source>&amp;Tempel (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="305"/>
        <source>&amp;Hapus lampiran (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="310"/>
        <source>Tempel tangkapan layar dengan Ctrl+V, atau seret foto/berkas ke jendela ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="338"/>
        <source>&amp;Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="342"/>
        <source>Pes&amp;anan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="343"/>
        <source>&amp;Saluran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="344"/>
        <source>&amp;Waktu kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="345"/>
        <source>&amp;Isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="346"/>
        <source>Lampira&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="351"/>
        <source>Simpan catatan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="351"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="387"/>
        <source>Tempel tangkapan layar dengan Ctrl+V, atau seret foto/berkas ke jendela ini. Ukuran terbesar {mb} MB per berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="400"/>
        <source>Koreksi untuk catatan &lt;b&gt;#{id}&lt;/b&gt; ({when}, {channel}). Catatan lama tetap tersimpan apa adanya; koreksi ini dicatat sebagai catatan baru yang menunjuk ke #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="436"/>
        <source>{code} · {status} · ambil {pickup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="482"/>
        <source>Papan klip tidak berisi gambar atau berkas untuk dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="506"/>
        <source>Pilih berkas untuk dilampirkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="508"/>
        <source>Gambar, PDF, suara, video ({exts});;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="524"/>
        <source>Berkas «{name}» tidak bisa dibaca: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="526"/>
        <source>Berkas «{name}» terlalu besar untuk dilampirkan ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="613"/>
        <source>Pilih pelanggan dulu (ketik nama atau No. HP, lalu Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="657"/>
        <source>Buang catatan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="658"/>
        <source>Isi dan lampiran yang belum disimpan akan dibuang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="659"/>
        <source>Buang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="660"/>
        <source>Kembali mengisi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="45"/>
        <source>Pengaturan toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="58"/>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="152"/>
        <source>(tanpa logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="62"/>
        <source>Pilih &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="64"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="78"/>
        <source>kosong = lewat printer Windows/Linux; contoh network:192.168.1.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="91"/>
        <source>Isian yang diganti otomatis: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="96"/>
        <source>&amp;Nama toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="97"/>
        <source>&amp;Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="98"/>
        <source>&amp;Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="99"/>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="100"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="101"/>
        <source>&amp;Kertas cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="102"/>
        <source>&amp;Printer struk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="103"/>
        <source>Batas &amp;lampiran catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="108"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="108"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="112"/>
        <source>&lt;b&gt;Syarat &amp;amp; Ketentuan&lt;/b&gt; (dicetak di setiap nota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="133"/>
        <source>Versi berlaku: {n}, disimpan {at} oleh {who}. Menyimpan teks yang diubah membuat versi baru; pesanan lama tetap memakai versinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="156"/>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="156"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="163"/>
        <source>Logo tidak bisa dibaca: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="88"/>
        <source>DEMO — data contoh, tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="91"/>
        <source> — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="106"/>
        <source>Database tidak bisa dibuka:
{detail}

Tidak ada data yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="125"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="127"/>
        <source>Suara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="129"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="131"/>
        <source>Gambar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="132"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="50"/>
        <source>Tanggal ambil: {pickup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="54"/>
        <source>Gratis penyimpanan sampai {day} ({n} hari setelah tanggal ambil).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="59"/>
        <source>Mulai {day} dikenakan biaya penyimpanan {fee} per hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="63"/>
        <source> (paling banyak {cap})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="68"/>
        <source>Jika sampai {day} pesanan belum diambil dan tidak ada kabar dari Anda, pesanan dibatalkan otomatis dan DP tidak dikembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/pickup.py" line="78"/>
        <source>Ambil {pickup}. Lewat {day}: biaya simpan {fee}/hari; {forfeit}: batal, DP hangus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="45"/>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="46"/>
        <source>Slip pengambilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="47"/>
        <source>Nota lunas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="48"/>
        <source>Lembar konfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="46"/>
        <source>Tidak tersimpan; data yang sudah tersimpan aman. Sebabnya: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="49"/>
        <source>Terjadi kesalahan yang tidak terduga; data yang sudah tersimpan aman. Rincian: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/dates.py" line="41"/>
        <source>Tanggal «{text}» tidak sah; tulis sebagai TTTT-BB-HH, contoh 2026-11-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/deposit.py" line="44"/>
        <source>DP tidak boleh negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/deposit.py" line="50"/>
        <source>Pelanggan ini masuk daftar hitam: wajib bayar penuh {minimum} di muka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/deposit.py" line="57"/>
        <source>DP minimal {percent}% dari total, yaitu {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/deposit.py" line="64"/>
        <location filename="../../tokodesk/services/exchange.py" line="814"/>
        <source>DP tidak boleh melebihi total pesanan {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="95"/>
        <source>Entri koreksi tidak dapat dikoreksi lagi; catat entri baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="98"/>
        <source>Entri ini sudah dikoreksi sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="100"/>
        <source>Entri bernilai nol tidak perlu dikoreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/money.py" line="43"/>
        <source>Jumlah uang wajib diisi, contoh: 1.250.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/money.py" line="49"/>
        <source>«{text}» bukan jumlah rupiah yang sah. Tulis angka bulat saja, contoh: 1.250.000 atau 1250000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/money.py" line="58"/>
        <source>Jumlah uang tidak boleh negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/money.py" line="61"/>
        <source>Jumlah uang terlalu besar: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="124"/>
        <source>Pesanan sudah «{src}»; statusnya tidak bisa diubah lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="128"/>
        <source>Status «{src}» tidak bisa langsung menjadi «{dst}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="134"/>
        <source>Belum bisa diproduksi: DP minimal {minimum} belum masuk (baru {paid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="141"/>
        <source>Pesanan custom harus diproduksi dulu sebelum siap diambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="144"/>
        <source>Ada pembayaran {pending} yang belum cair; tunggu sampai dana masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="149"/>
        <source>Pesanan ini dikirim, bukan diambil di toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="152"/>
        <source>Belum lunas: sisa {balance} harus dibayar sebelum diambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="157"/>
        <source>Pesanan ini diambil di toko, bukan dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="160"/>
        <source>Belum lunas: sisa {balance} harus dibayar sebelum dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="190"/>
        <source>Tanggal ambil tidak boleh sebelum hari ini ({today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/phone.py" line="15"/>
        <source>Nomor HP wajib diisi, contoh: 0812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/phone.py" line="27"/>
        <source>Nomor HP «{text}» tidak sah. Tulis nomor lengkap, contoh: 0812-3456-7890 atau +62 812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/customers.py" line="48"/>
        <location filename="../../tokodesk/services/exchange.py" line="532"/>
        <source>Nomor {phone} sudah terdaftar atas nama {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/customers.py" line="68"/>
        <location filename="../../tokodesk/services/exchange.py" line="602"/>
        <source>Nama pelanggan wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/customers.py" line="73"/>
        <location filename="../../tokodesk/services/exchange.py" line="609"/>
        <source>Nama pelanggan terlalu panjang (maksimal {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/customers.py" line="137"/>
        <location filename="../../tokodesk/services/customers.py" line="151"/>
        <location filename="../../tokodesk/services/evidence.py" line="199"/>
        <location filename="../../tokodesk/services/log.py" line="138"/>
        <location filename="../../tokodesk/services/whatsapp.py" line="320"/>
        <source>Pelanggan tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/demo.py" line="337"/>
        <source>Database ini sudah berisi data; data demo hanya untuk database kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="133"/>
        <source>Berkas tidak diimpor: ada {count} kesalahan. Perbaiki lalu impor lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="203"/>
        <source>Format «{fmt}» tidak dikenal; pilih csv atau xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="207"/>
        <source>Nama berkas «{name}» tidak cocok dengan format {fmt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="216"/>
        <source>Berkas Excel lama (.xls) tidak didukung; di Excel simpan ulang sebagai .xlsx atau .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="222"/>
        <source>Format berkas «{name}» tidak dikenal; pakai berkas .csv atau .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="233"/>
        <source>Berkas «{path}» tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="235"/>
        <source>«{path}» adalah folder, bukan berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="240"/>
        <source>Berkas «{path}» tidak bisa dibaca: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="253"/>
        <source>Berkas «{name}» berisi data Excel; ganti akhiran namanya menjadi .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="284"/>
        <source>Berkas «{name}» baris {line} tidak bisa dibaca sebagai CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="322"/>
        <source>Berkas «{name}» bukan berkas Excel (.xlsx) yang sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="355"/>
        <source>Berkas «{name}» kosong: baris judul kolom tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="374"/>
        <source>Kolom «{name}» wajib ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="389"/>
        <source>Kolom «{name}» muncul dua kali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="398"/>
        <source>Kolom «{name}» tidak dikenal; kolom yang dipakai: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="417"/>
        <source>Baris ini berisi lebih banyak kolom daripada judulnya; adakah tanda «{delimiter}» di dalam teks yang tidak diapit tanda kutip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="424"/>
        <source>Ada isi di kolom yang tidak berjudul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="480"/>
        <source>Status pelanggan «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="493"/>
        <source>Hanya pemilik toko yang boleh memasukkan pelanggan ke daftar hitam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="508"/>
        <source>Nomor HP sama dengan baris {line}, tetapi namanya lain ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="621"/>
        <source>Nama barang wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="627"/>
        <source>Nama barang terlalu panjang (maksimal {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="638"/>
        <source>Jumlah «{text}» harus bilangan bulat, minimal 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="645"/>
        <source>Jumlah terlalu besar (maksimal {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="660"/>
        <source>Cara ambil «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="667"/>
        <source>Status «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="690"/>
        <source>Metode bayar «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="722"/>
        <source>Pelanggan berbeda dengan baris {line} untuk pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="727"/>
        <source>Isinya berbeda dengan baris {line} untuk pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="751"/>
        <source>Kode pesanan terlalu panjang (maksimal {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="760"/>
        <location filename="../../tokodesk/services/orders.py" line="70"/>
        <source>Terlalu banyak baris barang (maksimal {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="769"/>
        <source>Tanggal pesanan {date} belum terjadi (hari ini {today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="779"/>
        <source>Tanggal ambil {pickup} sebelum tanggal pesanan {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="792"/>
        <source>Status «{status}» tidak cocok dengan cara ambil «{fulfilment}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="805"/>
        <location filename="../../tokodesk/services/orders.py" line="113"/>
        <source>Total pesanan terlalu besar; periksa jumlah dan harga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="826"/>
        <source>Metode bayar wajib diisi untuk pesanan yang sudah dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="851"/>
        <source>Kode pesanan wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="874"/>
        <source>Pesanan {code} sudah ada di database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="1055"/>
        <source>Tidak bisa menulis «{path}»: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="64"/>
        <source>Pesanan harus berisi minimal satu barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="81"/>
        <source>Baris {row}: nama barang wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="89"/>
        <source>Baris {row}: jumlah minimal 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="97"/>
        <source>Baris {row}: jumlah terlalu besar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="105"/>
        <source>Baris {row}: harga tidak boleh negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="233"/>
        <source>Pilih atau buat pelanggan dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="64"/>
        <location filename="../../tokodesk/services/orders.py" line="283"/>
        <location filename="../../tokodesk/services/payments.py" line="103"/>
        <source>Pesanan tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="69"/>
        <source>Syarat dan ketentuan toko belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="73"/>
        <source>Nota lunas dicetak saat pesanan diserahkan (status sekarang: {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="123"/>
        <location filename="../../tokodesk/services/evidence.py" line="87"/>
        <location filename="../../tokodesk/services/log.py" line="274"/>
        <source>Tidak ada pesanan dengan kode «{code}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="108"/>
        <source>Pesanan {code} sudah ditutup; pembayaran tidak bisa dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="112"/>
        <source>Jumlah bayar harus lebih dari Rp0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="119"/>
        <source>Sisa tagihan sudah tertutup pembayaran {pending} yang belum cair; tunggu dananya masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="126"/>
        <source>Pesanan ini sudah lunas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="129"/>
        <source>Jumlah bayar melebihi sisa tagihan {owed}; catat kembaliannya di luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="136"/>
        <source>Tanggal cair tidak boleh sebelum tanggal bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="159"/>
        <source>Entri pembayaran tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="161"/>
        <source>Tulis alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="82"/>
        <source>database sedang dipakai program lain; tunggu sebentar lalu coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="86"/>
        <source>berkas ini bukan database TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="88"/>
        <source>berkas database tidak bisa dibuka atau ditulis (periksa folder dan izinnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="92"/>
        <source>disk bermasalah atau penuh ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="94"/>
        <source>database ini dibuat oleh versi TokoDesk yang lebih baru; perbarui TokoDesk dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/evidence.py" line="78"/>
        <location filename="../../tokodesk/services/log.py" line="269"/>
        <source>Tidak ada pelanggan dengan No. HP {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/files.py" line="27"/>
        <source>Folder «{folder}» tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/files.py" line="39"/>
        <source>Berkas «{path}» tidak bisa ditulis: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/printing.py" line="32"/>
        <source>Printer struk belum diatur dengan benar («{target}»). Contoh: network:192.168.1.50, usb:0416:5011, serial:COM3, file:/dev/usb/lp0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/printing.py" line="83"/>
        <source>Printer struk ({target}) tidak bisa dipakai: {reason}. Periksa kabel, daya dan kertasnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="77"/>
        <source>Nama toko wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="80"/>
        <source>Nama toko terlalu panjang (maksimal 80 huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="87"/>
        <source>Logo terlalu besar (maksimal 512 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="90"/>
        <source>Logo harus gambar PNG atau JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="92"/>
        <source>Ukuran kertas tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="96"/>
        <source>Batas lampiran harus 1 sampai 500 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="55"/>
        <source>Teks syarat dan ketentuan tidak boleh kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="57"/>
        <source>Teks syarat dan ketentuan terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="63"/>
        <source>Kurung kurawal tidak berpasangan; tulis {{ dan }} untuk kurung biasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="71"/>
        <source>Isian {{{name}}} tidak dikenal. Yang bisa dipakai: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/printing.py" line="63"/>
        <source>Printer «{name}» tidak bisa dipakai; periksa apakah menyala dan terpasang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/whatsapp.py" line="117"/>
        <source>«{name}» bukan ekspor chat WhatsApp: tidak ada baris berbentuk «tanggal, jam - nama: pesan». Di WhatsApp buka chatnya, lalu ⋮ → Lainnya → Ekspor chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/whatsapp.py" line="122"/>
        <source>«{name}» tidak bisa dibaca sebagai teks, jadi bukan ekspor chat WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/whatsapp.py" line="125"/>
        <source>tanggal atau jam «{stamp}» tidak dikenali; pesan ini dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/whatsapp.py" line="126"/>
        <source>{count} baris sebelum pesan pertama tidak diawali tanggal dan jam; dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="206"/>
        <source>{chain} #{id}: tidak bersegel (ditambahkan di luar aplikasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="211"/>
        <source>{chain} #{id}: isinya tidak cocok dengan segelnya (diubah, atau entri palsu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="220"/>
        <source>{chain} #{id}: urutannya diubah (seharusnya sesudah #{other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="228"/>
        <source>{chain} #{id}: entri di antara #{other} dan #{id} hilang (dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="236"/>
        <source>{chain} #{id}: entri-entri sebelumnya hilang (dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="240"/>
        <source>{chain} #{id}: entri sebelumnya hilang (dihapus) atau entri ini disisipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="252"/>
        <source>{chain}: {n} entri terakhir hilang (dihapus) sesudah #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="257"/>
        <source>{chain} #{id}: ujung rantai tidak cocok (entri ditambahkan di luar aplikasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="81"/>
        <source>Lampiran «{name}» terlalu besar ({size} MB); batasnya {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="94"/>
        <source>Lampiran «{name}» bukan jenis yang disimpan (gambar, PDF, pesan suara, video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="143"/>
        <location filename="../../tokodesk/services/whatsapp.py" line="325"/>
        <source>Pesanan itu bukan milik pelanggan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="148"/>
        <source>Tulis isi catatan atau lampirkan berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="151"/>
        <source>Isi catatan terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="157"/>
        <source>Waktu kejadian tidak boleh di masa depan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="163"/>
        <source>Entri yang dikoreksi tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="257"/>
        <source>Lampiran tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="118"/>
        <source>Berkas «{name}» tidak bisa dibaca: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="126"/>
        <source>«{name}» adalah ZIP yang rusak atau bersandi; tidak bisa dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="180"/>
        <source>ZIP «{name}» tidak berisi ekspor chat WhatsApp (berkas .txt percakapannya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="219"/>
        <source>Lebih dari satu pengirim di chat ini cocok dengan pelanggan {customer}: {senders}. Sebutkan pengirim mana yang pelanggan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="228"/>
        <source>Tidak ada pengirim di chat ini yang cocok dengan nama atau nomor pelanggan {customer} ({phone}); pengirim di chat: {senders}. Sebutkan pengirim mana yang pelanggan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="265"/>
        <source>Lampiran «{name}» terlalu besar ({size} MB; batasnya {limit} MB); teks pesannya tetap diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="283"/>
        <source>{reason}; teks pesannya tetap diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="291"/>
        <source>Lampiran «{name}» rusak di dalam ZIP; teks pesannya tetap diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="356"/>
        <source>waktu pesan {time} ada di masa depan; pesan ini dilewati (jam komputer salah?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="376"/>
        <source>pesan terlalu panjang; dipotong jadi {max} huruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="382"/>
        <source>pesan kosong; dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="401"/>
        <source>{reason}; pesan ini dilewati</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="76"/>
        <source>Tunai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="77"/>
        <source>Transfer bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="78"/>
        <source>QRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="79"/>
        <source>COD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="80"/>
        <source>Cek / giro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="86"/>
        <source>DP (uang muka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="87"/>
        <source>Pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="88"/>
        <source>Pengembalian dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="89"/>
        <source>Biaya penyimpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="90"/>
        <source>Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="91"/>
        <source>Biaya lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="92"/>
        <source>DP hangus (ditahan toko)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="98"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="99"/>
        <source>Perlu diwaspadai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="100"/>
        <source>Daftar hitam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="43"/>
        <source>Draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="44"/>
        <source>Dikonfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="45"/>
        <source>Diproduksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="46"/>
        <source>Siap diambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="47"/>
        <source>Sudah diambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="48"/>
        <location filename="../../tokodesk/domain/orders.py" line="56"/>
        <source>Dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="49"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="50"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="51"/>
        <source>Hangus (DP ditahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="55"/>
        <source>Ambil di toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="57"/>
        <source>COD (bayar di tempat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="26"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="27"/>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="28"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="29"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="30"/>
        <source>Langsung di toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="31"/>
        <source>Chat marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="34"/>
        <source>Dari pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="35"/>
        <source>Ke pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/log.py" line="36"/>
        <source>Catatan internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="43"/>
        <source>catatan komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="44"/>
        <source>buku pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="45"/>
        <source>riwayat status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
