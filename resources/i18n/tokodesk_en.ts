<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="51"/>
        <source>Ubah pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="51"/>
        <source>Pelanggan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="62"/>
        <source>sama dengan No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="75"/>
        <source>&amp;Pakai pelanggan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="87"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="88"/>
        <source>No. &amp;HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="90"/>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="91"/>
        <source>&amp;Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="92"/>
        <source>Ca&amp;tatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="97"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="97"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="142"/>
        <source>Nomor ini sudah terdaftar atas nama &lt;b&gt;{name}&lt;/b&gt; ({phone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="187"/>
        <source>Nomor sudah terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="188"/>
        <source>Nomor {phone} sudah terdaftar atas nama {name}.
Pakai pelanggan itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="191"/>
        <source>Ya, pakai {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="192"/>
        <source>Tidak, perbaiki nomor</source>
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
        <location filename="../../tokodesk/ui/main_window.py" line="148"/>
        <source>Cari nama atau No. HP pelanggan (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="156"/>
        <source>Pelanggan &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="158"/>
        <source>&amp;Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="160"/>
        <source>Pesanan untuk pelanggan &amp;ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="163"/>
        <source>&amp;Lihat pesanannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="184"/>
        <source>{n} pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="217"/>
        <source>TokoDesk — meja pesanan toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="223"/>
        <location filename="../../tokodesk/ui/main_window.py" line="248"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="224"/>
        <location filename="../../tokodesk/ui/main_window.py" line="249"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="239"/>
        <source>Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="244"/>
        <source>Pesanan baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="245"/>
        <source>Pelanggan baru (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="246"/>
        <source>Cari (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="247"/>
        <source>Segarkan (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="255"/>
        <source>Membuka database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="256"/>
        <source>memproses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="279"/>
        <source>Siap. TokoDesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="281"/>
        <source>Database diperbarui; salinan lama disimpan di {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="306"/>
        <source>TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="63"/>
        <source>Pesanan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="74"/>
        <source>Ketik nama atau No. HP pelanggan, lalu Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="82"/>
        <source>Pelanggan &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="88"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="106"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="123"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="139"/>
        <source>Nama barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="116"/>
        <source>Detail custom: nama, inisial, ukuran, warna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="117"/>
        <source>&amp;Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="124"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="140"/>
        <source>Jml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="125"/>
        <source>Harga satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="126"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="142"/>
        <source>Detail custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="141"/>
        <source>Harga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="143"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="154"/>
        <source>&amp;Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="156"/>
        <source>&amp;Ubah baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="166"/>
        <source>Barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="186"/>
        <source>Pakai &amp;saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="200"/>
        <source>&amp;Cara ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="201"/>
        <source>Tanggal &amp;ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="202"/>
        <source>&amp;DP (uang muka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="205"/>
        <source>&amp;Metode bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="206"/>
        <source>Catata&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="211"/>
        <source>Simpan pesanan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="211"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="266"/>
        <source>Tidak ada yang cocok — tekan Alt+B untuk pelanggan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="300"/>
        <source>Pelanggan daftar hitam: wajib bayar penuh di muka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="322"/>
        <source>Nama barang wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="326"/>
        <source>Jumlah harus angka bulat minimal 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="331"/>
        <source>Jumlah terlalu besar (maksimal {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="338"/>
        <source>Harga: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="407"/>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="411"/>
        <source>Minimal {minimum} ({pct}%) · disarankan {suggested}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="431"/>
        <source>Pilih pelanggan dulu (ketik nama/No. HP, atau Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="437"/>
        <source>DP: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="145"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="168"/>
        <source>Barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="169"/>
        <source>Jml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="170"/>
        <source>Harga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="171"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="172"/>
        <source>Detail custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="178"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="188"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="179"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="180"/>
        <source>Metode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="181"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="182"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="188"/>
        <source>Staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="183"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="188"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="188"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="188"/>
        <source>Menjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="195"/>
        <source>Terima &amp;pembayaran (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="199"/>
        <source>&amp;Koreksi entri terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="203"/>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="217"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="223"/>
        <source>&lt;b&gt;Barang&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="228"/>
        <source>&lt;b&gt;Pembayaran&lt;/b&gt; (buku kas: entri tidak pernah diubah; salah catat dikoreksi dengan entri pembalik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="236"/>
        <source>&lt;b&gt;Riwayat status&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="254"/>
        <source>Pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="262"/>
        <source>Pelanggan: &lt;b&gt;{name}&lt;/b&gt; · {phone}{warn}&lt;br&gt;Cara ambil: {fulfilment} · Tanggal ambil: &lt;b&gt;{pickup}&lt;/b&gt; · Dibuat {created} oleh {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="273"/>
        <source>&lt;br&gt;Catatan: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="294"/>
        <source>Koreksi: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="295"/>
        <source>membalik entri #{id}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="298"/>
        <source>(dikoreksi oleh #{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="303"/>
        <source>(belum cair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="330"/>
        <source>Total barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="331"/>
        <source>Biaya tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="332"/>
        <source>Sudah dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="335"/>
        <source>Belum cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="337"/>
        <source>DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="341"/>
        <source>(tidak ditagih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="343"/>
        <source>Sisa tagihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="361"/>
        <source>Pesanan sudah selesai; status tidak bisa diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="365"/>
        <source>→ {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="394"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="396"/>
        <source>Batalkan pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="395"/>
        <source>Alasan pembatalan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="397"/>
        <source>Jangan batalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="402"/>
        <source>Pembatalan perlu alasan; pesanan tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="417"/>
        <source>Tidak bisa diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="424"/>
        <source>Pilih dulu entri pembayaran yang mau dikoreksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="431"/>
        <source>Koreksi entri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="433"/>
        <source>Entri {what} akan dibalik dengan entri baru (entri lama tetap tercatat).
Alasan koreksi (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="436"/>
        <source>Catat koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="437"/>
        <source>Batal</source>
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
        <location filename="../../tokodesk/ui/main_window.py" line="70"/>
        <source>Cari kode pesanan, nama atau No. HP — atau pindai QR nota (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="75"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="76"/>
        <source>Masih berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="88"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="102"/>
        <source>{n} pesanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="77"/>
        <source>Terima pembayaran — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="92"/>
        <source>Sisa tagihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="93"/>
        <source>&amp;Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="94"/>
        <source>&amp;Metode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="95"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="97"/>
        <source>&amp;Simpan pembayaran (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="97"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="87"/>
        <source>DEMO — data contoh, tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="90"/>
        <source> — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="105"/>
        <source>Database tidak bisa dibuka:
{detail}

Tidak ada data yang diubah.</source>
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
        <source>Pelanggan tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/demo.py" line="335"/>
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
        <location filename="../../tokodesk/services/orders.py" line="216"/>
        <source>Pilih atau buat pelanggan dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="266"/>
        <location filename="../../tokodesk/services/payments.py" line="101"/>
        <source>Pesanan tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="106"/>
        <source>Pesanan {code} sudah ditutup; pembayaran tidak bisa dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="110"/>
        <source>Jumlah bayar harus lebih dari Rp0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="117"/>
        <source>Sisa tagihan sudah tertutup pembayaran {pending} yang belum cair; tunggu dananya masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="124"/>
        <source>Pesanan ini sudah lunas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="127"/>
        <source>Jumlah bayar melebihi sisa tagihan {owed}; catat kembaliannya di luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="134"/>
        <source>Tanggal cair tidak boleh sebelum tanggal bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="157"/>
        <source>Entri pembayaran tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="159"/>
        <source>Tulis alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="80"/>
        <source>database sedang dipakai program lain; tunggu sebentar lalu coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="84"/>
        <source>berkas ini bukan database TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="86"/>
        <source>berkas database tidak bisa dibuka atau ditulis (periksa folder dan izinnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="90"/>
        <source>disk bermasalah atau penuh ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="92"/>
        <source>database ini dibuat oleh versi TokoDesk yang lebih baru; perbarui TokoDesk dulu</source>
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
</context>
</TS>
