<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="53"/>
        <source>Ubah pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="53"/>
        <source>Pelanggan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="64"/>
        <source>sama dengan No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="77"/>
        <source>&amp;Pakai pelanggan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="89"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="90"/>
        <source>No. &amp;HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="92"/>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="93"/>
        <source>&amp;Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="94"/>
        <source>Ca&amp;tatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="102"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="103"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="150"/>
        <source>Nomor ini sudah terdaftar atas nama &lt;b&gt;{name}&lt;/b&gt; ({phone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="193"/>
        <source>Nomor sudah terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="194"/>
        <source>Nomor {phone} sudah terdaftar atas nama {name}.
Pakai pelanggan itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="197"/>
        <source>Ya, pakai {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="198"/>
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
        <source>Pesanan &amp;untuk pelanggan ini</source>
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
        <location filename="../../tokodesk/ui/main_window.py" line="276"/>
        <source>Siap. TokoDesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="278"/>
        <source>Database diperbarui; salinan lama disimpan di {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="297"/>
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
        <location filename="../../tokodesk/ui/order_dialog.py" line="184"/>
        <source>Pakai &amp;saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="198"/>
        <source>&amp;Cara ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="199"/>
        <source>Tanggal a&amp;mbil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="200"/>
        <source>&amp;DP (uang muka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="203"/>
        <source>&amp;Metode bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="204"/>
        <source>Catata&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="213"/>
        <source>Simpan pesanan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="216"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="273"/>
        <source>Tidak ada yang cocok — tekan Alt+B untuk pelanggan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="307"/>
        <source>Pelanggan daftar hitam: wajib bayar penuh di muka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="329"/>
        <source>Nama barang wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="333"/>
        <source>Jumlah harus angka bulat minimal 1</source>
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
        <location filename="../../tokodesk/ui/order_dialog.py" line="429"/>
        <source>Pilih pelanggan dulu (ketik nama/No. HP, atau Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="435"/>
        <source>DP: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="148"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="171"/>
        <source>Barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="172"/>
        <source>Jml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="173"/>
        <source>Harga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="174"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="175"/>
        <source>Detail custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="181"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="191"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="182"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="183"/>
        <source>Metode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="184"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="185"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="191"/>
        <source>Staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="186"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="191"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="191"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="191"/>
        <source>Menjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="198"/>
        <source>Terima &amp;pembayaran (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="202"/>
        <source>&amp;Koreksi entri terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="206"/>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="220"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="226"/>
        <source>&lt;b&gt;Barang&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="231"/>
        <source>&lt;b&gt;Pembayaran&lt;/b&gt; (buku kas: entri tidak pernah diubah; salah catat dikoreksi dengan entri pembalik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="239"/>
        <source>&lt;b&gt;Riwayat status&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="257"/>
        <source>Pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="265"/>
        <source>Pelanggan: &lt;b&gt;{name}&lt;/b&gt; · {phone}{warn}&lt;br&gt;Cara ambil: {fulfilment} · Tanggal ambil: &lt;b&gt;{pickup}&lt;/b&gt; · Dibuat {created} oleh {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="297"/>
        <source>Koreksi: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="298"/>
        <source>membalik entri #{id}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="301"/>
        <source>(dikoreksi oleh #{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="306"/>
        <source>(belum cair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="333"/>
        <source>Total barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="334"/>
        <source>Biaya tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="335"/>
        <source>Sudah dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="338"/>
        <source>Belum cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="340"/>
        <source>DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="344"/>
        <source>(tidak ditagih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="370"/>
        <source>Pesanan sudah selesai; status tidak bisa diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="374"/>
        <source>→ {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="401"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="403"/>
        <source>Batalkan pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="402"/>
        <source>Alasan pembatalan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="404"/>
        <source>Jangan batalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="409"/>
        <source>Pembatalan perlu alasan; pesanan tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="424"/>
        <source>Tidak bisa diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="431"/>
        <source>Pilih dulu entri pembayaran yang mau dikoreksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="438"/>
        <source>Koreksi entri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="440"/>
        <source>Entri {what} akan dibalik dengan entri baru (entri lama tetap tercatat).
Alasan koreksi (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="443"/>
        <source>Catat koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="444"/>
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
        <location filename="../../tokodesk/ui/order_detail.py" line="100"/>
        <source>&amp;Simpan pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="101"/>
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
        <location filename="../../tokodesk/ui/app.py" line="103"/>
        <source>Database tidak bisa dibuka:
{detail}

Tidak ada data yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="41"/>
        <source>Terjadi kesalahan yang tidak terduga; data yang sudah tersimpan aman. Rincian: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="68"/>
        <source>Tunai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="69"/>
        <source>Transfer bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="70"/>
        <source>QRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="71"/>
        <source>COD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="72"/>
        <source>Cek / giro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="78"/>
        <source>DP (uang muka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="79"/>
        <source>Pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="80"/>
        <source>Pengembalian dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="81"/>
        <source>Biaya penyimpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="82"/>
        <source>Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="83"/>
        <source>Biaya lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="84"/>
        <source>DP hangus (ditahan toko)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="90"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="91"/>
        <source>Perlu diwaspadai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="92"/>
        <source>Daftar hitam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
