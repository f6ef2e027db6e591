<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="95"/>
        <source>{d} hari {h} jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="97"/>
        <source>{h} jam {m} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="98"/>
        <source>{m} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="345"/>
        <location filename="../../tokodesk/ui/reports.py" line="366"/>
        <source>Uang masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="362"/>
        <source>Cara bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="362"/>
        <location filename="../../tokodesk/ui/reports.py" line="382"/>
        <location filename="../../tokodesk/ui/reports.py" line="407"/>
        <location filename="../../tokodesk/ui/reports.py" line="521"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="367"/>
        <source>Dikembalikan (refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="368"/>
        <source>Uang tunai di laci (tunai masuk − refund tunai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="369"/>
        <location filename="../../tokodesk/ui/reports.py" line="401"/>
        <source>DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="370"/>
        <source>Pembayaran belum cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="371"/>
        <source>COD belum diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="373"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="375"/>
        <location filename="../../tokodesk/ui/reports.py" line="500"/>
        <location filename="../../tokodesk/ui/reports.py" line="561"/>
        <location filename="../../tokodesk/ui/reports.py" line="600"/>
        <source>Pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="375"/>
        <location filename="../../tokodesk/ui/reports.py" line="600"/>
        <source>Rupiah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="382"/>
        <location filename="../../tokodesk/ui/reports.py" line="407"/>
        <location filename="../../tokodesk/ui/reports.py" line="471"/>
        <location filename="../../tokodesk/ui/reports.py" line="541"/>
        <location filename="../../tokodesk/ui/reports.py" line="567"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="382"/>
        <location filename="../../tokodesk/ui/reports.py" line="407"/>
        <location filename="../../tokodesk/ui/reports.py" line="472"/>
        <location filename="../../tokodesk/ui/reports.py" line="541"/>
        <location filename="../../tokodesk/ui/reports.py" line="568"/>
        <location filename="../../tokodesk/ui/reports.py" line="617"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="382"/>
        <source>Cara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="382"/>
        <location filename="../../tokodesk/ui/reports.py" line="617"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="382"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="384"/>
        <source>Cair tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="400"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="402"/>
        <source>Pembayaran belum cair (akhir hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="404"/>
        <source>COD belum diterima dari kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="407"/>
        <source>Kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="407"/>
        <source>Resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="407"/>
        <source>Sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="422"/>
        <source>Keluhan dibuka dan ditutup hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="423"/>
        <source>dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="424"/>
        <source>ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="430"/>
        <source>Ujung rantai bukti (cetak dan simpan di luar komputer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="433"/>
        <source>Rantai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="433"/>
        <source>Jumlah catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="433"/>
        <source>Hash terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="473"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="474"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="475"/>
        <location filename="../../tokodesk/ui/reports.py" line="509"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="476"/>
        <location filename="../../tokodesk/ui/reports.py" line="515"/>
        <source>Penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="477"/>
        <source>Biaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="490"/>
        <source>Keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="494"/>
        <source>Keluhan masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="495"/>
        <source>Keluhan ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="496"/>
        <source>Median waktu tanggapan pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="497"/>
        <source>Median waktu penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="498"/>
        <source>Biaya keluhan bagi toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="500"/>
        <location filename="../../tokodesk/ui/reports.py" line="561"/>
        <source>Angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="526"/>
        <source>Penilaian pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="528"/>
        <source>{n} penilaian, rata-rata {avg} dari 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="541"/>
        <source>Nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="541"/>
        <source>Komentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="551"/>
        <source>Pengambilan pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="554"/>
        <source>Jatuh tempo ambil di periode ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="555"/>
        <source>Diambil tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="556"/>
        <source>Diambil terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="557"/>
        <source>Hangus (tidak diambil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="558"/>
        <source>Masih ditunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="559"/>
        <source>Tingkat tidak datang (hangus + terlambat) ÷ jatuh tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="569"/>
        <source>Tanggal ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="570"/>
        <source>Hari terakhir gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="571"/>
        <source>Lewat (hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="572"/>
        <source>Sisa tagihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="589"/>
        <source>Uang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="592"/>
        <source>DP dipegang di akhir periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="594"/>
        <source>DP hangus di periode ini ({n} pesanan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="597"/>
        <source>Biaya simpan diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="598"/>
        <source>Nilai pesanan masuk ({n} pesanan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="604"/>
        <source>Waktu ramai (pesanan masuk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="613"/>
        <source>Perubahan status pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="617"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="617"/>
        <source>Menjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="617"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="617"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="164"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="165"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="166"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="167"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="168"/>
        <source>Tgl ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="169"/>
        <source>Untuk diambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="170"/>
        <source>Biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="171"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="188"/>
        <source>Kirim &amp;WhatsApp (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="189"/>
        <source>Kirim e-mail (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="190"/>
        <source>Salin teks (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="191"/>
        <source>Tandai terkirim (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="192"/>
        <source>Catat telepon (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="193"/>
        <source>Buka pesanan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="194"/>
        <source>Tanggal ambil baru (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="195"/>
        <source>Tahan DP / batalkan (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="196"/>
        <source>Lewati pengingat (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="217"/>
        <source>Jalankan aturan harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="241"/>
        <source>Agenda — {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="289"/>
        <source>Urusan toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="296"/>
        <source>belum siap; tanggal ambil {n} hari lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="298"/>
        <source>belum siap; terlambat {n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="301"/>
        <source>lewat {n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="303"/>
        <source>batal otomatis {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="305"/>
        <source>pelanggan memberi kabar: tentukan tanggal baru (D) atau tahan DP (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="307"/>
        <source>tertunda sejak {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="362"/>
        <source>Tidak ada pesan untuk pelanggan di baris ini (urusan toko).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="377"/>
        <source>Pelanggan ini tidak punya nomor WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="381"/>
        <source>WhatsApp atau peramban tidak bisa dibuka. Salin teksnya (C) dan kirim manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="386"/>
        <source>Kirim WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="387"/>
        <source>Pesan untuk {name} ({code}) sudah terkirim di WhatsApp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="394"/>
        <source>Belum dicatat; pengingat tetap di agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="413"/>
        <source>Terkirim dan dicatat: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="423"/>
        <source>Teks pesan {code} disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="432"/>
        <source>Pelanggan ini belum punya alamat e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="457"/>
        <source>Tanggal ambil {code} diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="467"/>
        <source>Keputusan menahan DP hanya oleh pemilik (atau staf yang diberi izin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="472"/>
        <source>Tahan DP — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="473"/>
        <source>Pesanan dibatalkan dan DP tidak dikembalikan. Alasan keputusan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="474"/>
        <source>Batalkan &amp; tahan DP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="475"/>
        <source>Jangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="482"/>
        <source>{code} dibatalkan; DP ditahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="494"/>
        <source>Pengingat {code} dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="648"/>
        <source>← Se&amp;belumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="650"/>
        <source>Berikut&amp;nya →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="652"/>
        <source>&amp;Pas di layar (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="656"/>
        <source>Buka dengan &amp;aplikasi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="659"/>
        <source>&amp;Simpan salinan… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="662"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="705"/>
        <source>Lampiran catatan #{id} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="708"/>
        <source>{i} dari {n} · {name} · {kind} · {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="716"/>
        <source>Memuat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="744"/>
        <source>{kind} · {size}

Tekan Alt+A untuk membuka dengan aplikasi lain,
atau Ctrl+S untuk menyimpan salinannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="757"/>
        <source>Gambar ini tidak bisa ditampilkan; simpan salinannya untuk dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="784"/>
        <source>{w} × {h} piksel · {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="787"/>
        <source>pas di layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="787"/>
        <source>ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="801"/>
        <source>Simpan salinan lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="812"/>
        <source>Disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="840"/>
        <source>Tidak ada aplikasi untuk membuka berkas ini. Simpan salinannya (Ctrl+S) lalu buka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="843"/>
        <source>Dibuka: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="149"/>
        <source>Jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="154"/>
        <source>Semua orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="158"/>
        <source>Semua jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="168"/>
        <source>Hanya yang ditolak/&amp;gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="176"/>
        <source>&amp;Orang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="177"/>
        <source>&amp;Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="178"/>
        <source>&amp;Dari:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="179"/>
        <source>&amp;Sampai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="210"/>
        <source>Enter atau klik dua kali pada baris pesanan atau pelanggan untuk membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="212"/>
        <source>Muat &amp;ulang (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="217"/>
        <source>Tutup (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="251"/>
        <source>{name} (nonaktif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="285"/>
        <source>{n} kejadian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="97"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="98"/>
        <source>Staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="99"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="100"/>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/audit_view.py" line="101"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="87"/>
        <source>Cadangan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="92"/>
        <source>Seluruh data toko (pesanan, pembayaran, catatan komunikasi dan lampirannya) disalin ke folder cadangan setiap hari selagi aplikasi berjalan, lalu diperiksa. Pilih flashdisk atau folder yang disinkronkan (Google Drive, OneDrive), bukan disk komputer ini saja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="102"/>
        <source>contoh E:\Cadangan TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="103"/>
        <source>Pilih f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="115"/>
        <source> hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="116"/>
        <source> minggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="117"/>
        <source> bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="125"/>
        <source>&amp;Folder cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="127"/>
        <source>Cadangan otomatis dibuat sekali sehari ke sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="130"/>
        <source>Simpan &amp;harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="132"/>
        <source>Cadangan terbaru setiap hari, untuk sekian hari terakhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="135"/>
        <source>Simpan &amp;mingguan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="137"/>
        <source>Ditambah cadangan terbaru setiap minggu, untuk sekian minggu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="140"/>
        <source>Simpan &amp;bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="143"/>
        <source>Ditambah cadangan terbaru setiap bulan. Cadangan lain dihapus otomatis; cadangan sebelum pembaruan dan sebelum pemulihan tidak pernah dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="156"/>
        <source>Cadangkan &amp;sekarang (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="172"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="172"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="172"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="172"/>
        <source>Pemeriksaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="187"/>
        <source>Cadangan di folder &amp;ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="193"/>
        <source>&amp;Pulihkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="198"/>
        <source>Pulihkan dari berkas &amp;lain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="212"/>
        <source>Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="214"/>
        <source>Tutup (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="222"/>
        <source>Tempat dan rotasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="227"/>
        <source>Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="292"/>
        <source>Pilih folder cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="317"/>
        <source>Pengaturan cadangan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="341"/>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="343"/>
        <source>Cadangan terakhir GAGAL ({when}): {reason}
Terakhir berhasil: {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="349"/>
        <source>Belum ada folder cadangan: pilih folder di atas, lalu Simpan atau Cadangkan sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="353"/>
        <source>Cadangan terakhir: {last} — sudah lebih dari sehari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="356"/>
        <source>Cadangan terakhir: {last} · {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="380"/>
        <source>Mencadangkan dan memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="397"/>
        <source>Cadangan dibuat dan diperiksa: {name} ({size}, {seconds} detik). Utuh: {orders} pesanan, {entries} entri pembayaran, {logs} catatan, {files} lampiran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="409"/>
        <source>{n} cadangan lama dihapus menurut rotasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="420"/>
        <source>Cadangan GAGAL: {reason}
Data di komputer ini tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="437"/>
        <source>Membaca folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="461"/>
        <source>Pilih folder cadangan dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="463"/>
        <source>Belum ada cadangan di folder ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="466"/>
        <source>{n} cadangan · Enter atau Pulihkan… untuk memulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="480"/>
        <source>memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="484"/>
        <source>utuh · {orders} pesanan, {entries} pembayaran, {logs} catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="488"/>
        <source> (versi lama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="490"/>
        <source>utuh (arsip pg_dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="493"/>
        <source>RUSAK: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="561"/>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="563"/>
        <source>Cadangan TokoDesk (*.sqlite3 *.bak);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="571"/>
        <source>folder database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="573"/>
        <source>Pulihkan data dari cadangan {when}?

Sebelum database diganti, keadaan data sekarang dicadangkan dulu ke {folder}. Semua yang dicatat sesudah {when} tidak ada lagi di database (tetap tersimpan di cadangan keadaan sekarang itu).

Sesudah pemulihan, semua orang masuk lagi dengan PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="579"/>
        <source>Pulihkan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="579"/>
        <source>Ya, cadangkan lalu pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/backup_dialog.py" line="579"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistReviewDialog</name>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="217"/>
        <source>Tinjauan daftar hitam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="224"/>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="240"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="225"/>
        <source>Saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="226"/>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="242"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="227"/>
        <source>Sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="228"/>
        <source>Bukti terbaru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="229"/>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="244"/>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="233"/>
        <source>&amp;Saran TokoDesk (pemilik yang memutuskan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="241"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="243"/>
        <source>Diputuskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="248"/>
        <source>&amp;Diwaspadai dan daftar hitam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="255"/>
        <source>Bukti pelanggan t&amp;erpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="259"/>
        <source>&amp;Putuskan… (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="262"/>
        <source>&amp;Biarkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="264"/>
        <source>Status tetap; menjawab saran dengan alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="266"/>
        <source>Kembalikan ke &amp;normal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="303"/>
        <source>Muat &amp;ulang (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="308"/>
        <source>Tutup (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="380"/>
        <source>Tidak ada saran dan tidak ada pelanggan yang ditandai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="468"/>
        <source>Riwayat keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="477"/>
        <source>Belum ada keputusan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="480"/>
        <source>Pesanan hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="486"/>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="500"/>
        <source>Tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="488"/>
        <source>biaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="490"/>
        <source>Insiden pengiriman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="503"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="512"/>
        <source>Belum ada pesanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="516"/>
        <source>Catatan komunikasi terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="523"/>
        <source>Belum ada catatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="569"/>
        <source>Keputusan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="570"/>
        <source>Status dibiarkan; saran dijawab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="571"/>
        <source>Pelanggan dikembalikan ke normal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="402"/>
        <source>Ganti PIN saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="408"/>
        <source>Akun: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="409"/>
        <source>PIN &amp;lama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="410"/>
        <source>PIN &amp;baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="411"/>
        <source>&amp;Ulangi PIN baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="414"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="414"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodPage</name>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="620"/>
        <source>Uang COD belum diterima toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="627"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="628"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="629"/>
        <source>Kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="630"/>
        <source>Resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="631"/>
        <source>Nilai COD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="632"/>
        <source>Diterima pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="633"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="645"/>
        <source>Uang COD sudah &amp;diterima (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="646"/>
        <source>Buka pesanan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="674"/>
        <source>{n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="689"/>
        <source>&lt;b&gt;{n} paket, total {total}&lt;/b&gt; belum disetor kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="712"/>
        <source>Uang COD diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="713"/>
        <source>Uang COD {amount} untuk {code} ({courier}) sudah masuk ke toko?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="718"/>
        <source>Ya, catat diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="719"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="509"/>
        <source>Keluhan #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="533"/>
        <source>&amp;Lihat bukti (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="536"/>
        <source>Tambah &amp;bukti… (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="539"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="551"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="551"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="551"/>
        <source>Staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="551"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="558"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="565"/>
        <source>&amp;Tanggapi… (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="566"/>
        <source>&amp;Mulai cek (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="567"/>
        <source>T&amp;emuan… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="568"/>
        <source>&amp;Selesaikan… (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="569"/>
        <source>T&amp;olak… (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="622"/>
        <source>&lt;b&gt;Balasan pertama&lt;/b&gt; (Tanggapi mengisinya otomatis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="644"/>
        <source>Tutup (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="670"/>
        <source>Keluhan #{id} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="671"/>
        <source>Keluhan #{id} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="707"/>
        <source>Panduan: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="714"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="715"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="715"/>
        <source>— tanpa pesanan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="717"/>
        <source>Saluran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="718"/>
        <source>dicatat oleh {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="720"/>
        <source>Kata pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="721"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="726"/>
        <location filename="../../tokodesk/ui/complaints.py" line="737"/>
        <source>Tanggapan pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="727"/>
        <source>{when} (setelah {took})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="745"/>
        <source>Ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="746"/>
        <source>{when} (lama kasus {took})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="752"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="754"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="757"/>
        <source>Penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="758"/>
        <source>Biaya bagi toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="760"/>
        <source>Sudah dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="784"/>
        <source>Balasan terkirim dan dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="807"/>
        <source>Kasus selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="825"/>
        <source>Bukti: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="108"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="109"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="110"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="111"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="113"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="115"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="116"/>
        <source>Penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="117"/>
        <source>Biaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="118"/>
        <source>Staf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="154"/>
        <source>Keluhan pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="158"/>
        <source>Hanya yang &amp;terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="164"/>
        <source>Cari nama, No. HP, kode pesanan atau isi keluhan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="172"/>
        <source>&amp;Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="200"/>
        <source>Buka kasus (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="201"/>
        <source>Keluhan baru (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="249"/>
        <source>{n} kasus terbuka</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="45"/>
        <source>Konfirmasi detail pesanan — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="56"/>
        <source>(tanpa tangkapan layar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="57"/>
        <source>&amp;Lampirkan tangkapan layar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="66"/>
        <source>Produksi dimulai setelah pelanggan mengonfirmasi detail custom secara tertulis. Tempel teks persis yang disetujui pelanggan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="72"/>
        <source>&amp;Saluran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="73"/>
        <source>&amp;Dikonfirmasi oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="74"/>
        <source>&amp;Teks yang dikonfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="75"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="77"/>
        <source>&amp;Simpan konfirmasi (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="77"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="89"/>
        <source>Tangkapan layar konfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="89"/>
        <source>Gambar (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="95"/>
        <source>Berkas tidak bisa dibaca: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="50"/>
        <source>Ubah pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="50"/>
        <source>Pelanggan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="61"/>
        <source>sama dengan No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="65"/>
        <source>boleh kosong; contoh nama@gmail.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="78"/>
        <source>&amp;Pakai pelanggan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="90"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="91"/>
        <source>No. &amp;HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="93"/>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="94"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="95"/>
        <source>&amp;Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="96"/>
        <source>Ca&amp;tatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="101"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="101"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_dialog.py" line="147"/>
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
    <name>CustomerLogDialog</name>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="36"/>
        <source>Catatan komunikasi — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="49"/>
        <source>Catatan tidak pernah diubah atau dihapus; salah catat diperbaiki dengan koreksi, dan keduanya tetap terlihat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="59"/>
        <source>Impor chat &amp;WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="62"/>
        <source>Ekspor &amp;bukti (PDF + ZIP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="78"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="95"/>
        <source>Impor chat WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="95"/>
        <source>Ekspor chat WhatsApp (*.txt *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="103"/>
        <source>Mengimpor chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="116"/>
        <source>{added} pesan diimpor, {skipped} sudah ada sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="121"/>
        <source>baris {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="125"/>
        <source>… dan {n} baris lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="134"/>
        <source>Siapa pelanggannya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="135"/>
        <source>Pengirim mana di chat ini yang {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="150"/>
        <source>Ekspor bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="150"/>
        <source>ZIP (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="167"/>
        <source>Menyusun berkas bukti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="173"/>
        <source>segel utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="173"/>
        <source>PERHATIAN: ada segel yang rusak, lihat PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_log_dialog.py" line="177"/>
        <source>Bukti disimpan: {path} ({size}) · {entries} catatan, {att} lampiran, {orders} pesanan · {seal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../tokodesk/ui/customer_picker.py" line="36"/>
        <source>Ketik nama atau No. HP pelanggan, lalu Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/customer_picker.py" line="80"/>
        <source>Tidak ada pelanggan yang cocok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="224"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="225"/>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="226"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="227"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="228"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="230"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="192"/>
        <source>Cari nama atau No. HP pelanggan (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="200"/>
        <source>Pelanggan &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="202"/>
        <source>&amp;Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="204"/>
        <source>Pesanan untuk pelanggan &amp;ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="207"/>
        <source>&amp;Lihat pesanannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="209"/>
        <source>Catatan &amp;komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="231"/>
        <source>{n} pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="120"/>
        <source>Putuskan status pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="121"/>
        <source>Biarkan status pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="122"/>
        <source>Kembalikan ke normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="128"/>
        <source>{name} — status sekarang: {standing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="144"/>
        <source>contoh: dua kali tidak mengambil pesanan, DP ditahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="149"/>
        <source>&amp;Status baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="150"/>
        <source>&amp;Alasan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="151"/>
        <source>&amp;Bukti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="154"/>
        <source>Alasan wajib diisi dan disimpan sebagai riwayat. Pelanggan daftar hitam wajib bayar penuh di muka; pesanan pelanggan yang diwaspadai menampilkan peringatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="163"/>
        <source>&amp;Simpan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/blacklist_review.py" line="163"/>
        <source>Batal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="318"/>
        <source>Tolak keluhan #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="323"/>
        <source>alasan yang disampaikan ke pelanggan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="327"/>
        <source>&amp;Tolak keluhan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="327"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="330"/>
        <source>&amp;Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="331"/>
        <source>&amp;Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="334"/>
        <source>Tolak hanya setelah dicek dan bila bukan kesalahan toko. Jangan menyalahkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryOfferDialog</name>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="79"/>
        <source>Tawarkan antar — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="90"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="148"/>
        <source>Buka &amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="152"/>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="276"/>
        <source>&amp;Sudah terkirim (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="163"/>
        <source>&amp;Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="164"/>
        <source>&amp;Kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="165"/>
        <source>&amp;Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="166"/>
        <source>Biaya &amp;kemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="167"/>
        <source>&amp;Berat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="168"/>
        <source>Perkiraan &amp;tiba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="169"/>
        <source>&amp;Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="175"/>
        <source>&amp;Pesan untuk pelanggan (dari templat; bisa diubah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="180"/>
        <source>&amp;Lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="199"/>
        <source>(ongkir diketik sendiri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="201"/>
        <source>{n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="201"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="238"/>
        <source>&lt;i&gt;Ongkos kirim dan biaya kemas harus rupiah utuh.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="241"/>
        <source>Sisa pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="242"/>
        <source>Biaya simpan sampai hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="243"/>
        <source>Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="244"/>
        <source>Biaya kemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="249"/>
        <source>Total dibayar sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="276"/>
        <source>Kirim &amp;e-mail (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="281"/>
        <source>Pelanggan ini tidak punya nomor WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="285"/>
        <source>WhatsApp atau peramban tidak bisa dibuka. Salin teksnya dan kirim manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="288"/>
        <source>WhatsApp dibuka. Setelah pesan terkirim, tekan «Sudah terkirim».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="352"/>
        <source>jawaban pelanggan, contoh: setuju lewat WA; wajib bila tidak jadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="354"/>
        <source>Pelanggan &amp;setuju (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="358"/>
        <source>&amp;Tidak jadi (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="378"/>
        <source>&lt;b&gt;Tawaran #{id}&lt;/b&gt; dikirim {at} oleh {who} lewat {channel}, menunggu jawaban.&lt;br&gt;{courier}, tiba {eta}, {address}&lt;br&gt;Sisa {balance} + biaya simpan {fee} + ongkir {delivery} + kemas {packing} = &lt;b&gt;{total}&lt;/b&gt;.&lt;br&gt;Bila setuju: pesanan menjadi pesanan antar, biaya masuk buku kas, paket dicatat «Dikemas», dan biaya simpan berhenti hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryRatesDialog</name>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="441"/>
        <source>Ongkir antar per wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="445"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="445"/>
        <source>Ongkir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="445"/>
        <source>Lama (hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="450"/>
        <source>&amp;Tambah baris (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="453"/>
        <source>&amp;Hapus baris (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="459"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="459"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="466"/>
        <source>Biaya &amp;kemas bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="470"/>
        <source>Ongkir yang ditawarkan ke pelanggan yang belum mengambil pesanan, menurut wilayah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="524"/>
        <source>Baris {n}: ongkir «{text}» bukan jumlah rupiah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/delivery_offer.py" line="528"/>
        <source>Baris {n}: lama antar harus angka hari</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="81"/>
        <source>Cetak dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="106"/>
        <source>&amp;Cetak… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="109"/>
        <source>Simpan &amp;PDF… (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="112"/>
        <source>Printer &amp;struk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="115"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="121"/>
        <source>&amp;Dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="123"/>
        <source>&amp;Kertas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="163"/>
        <source>Atur printer struk di Pengaturan toko untuk mencetak langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="170"/>
        <source>Menyiapkan dokumen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="207"/>
        <source>{kind} {code} · {size} · {n} halaman · S&amp;K versi {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="234"/>
        <source>Cetak {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="242"/>
        <source>Mencetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="246"/>
        <source>Tercetak: {n} halaman ke {printer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="258"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="258"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="267"/>
        <source>Disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="277"/>
        <source>Mengirim ke printer struk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="287"/>
        <source>Terkirim ke printer struk ({target})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="639"/>
        <source>Tambah bukti — keluhan #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="647"/>
        <source>&amp;Tambahkan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="647"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="652"/>
        <source>Centang catatan komunikasi {name} yang menjadi bukti (Spasi mencentang):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="669"/>
        <source>Tidak ada catatan lain untuk pelanggan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="677"/>
        <source>Centang dulu catatan yang menjadi bukti.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackRequestDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="263"/>
        <source>Minta ulasan — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="265"/>
        <source>Permintaan ulasan dari templat; ubah seperlunya, kirim, lalu tandai «Sudah terkirim».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="279"/>
        <source>Temuan — keluhan #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="285"/>
        <source>contoh: foto paket saat dikirim lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="289"/>
        <source>&amp;Simpan temuan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="289"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="292"/>
        <source>&amp;Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="293"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="425"/>
        <source>Paket dalam perjalanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="431"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="432"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="433"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="434"/>
        <source>Kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="435"/>
        <source>Resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="436"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="437"/>
        <source>Dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="438"/>
        <source>Kabar terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="450"/>
        <source>Kabari via &amp;WhatsApp (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="451"/>
        <source>Lacak paket (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="452"/>
        <source>Tandai diterima (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="453"/>
        <source>Buka pesanan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="480"/>
        <source>belum pernah · {n} hari sejak dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="482"/>
        <source>{n} hari lalu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="504"/>
        <source>{n} paket di perjalanan; {quiet} belum dikabari 2 hari atau lebih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="541"/>
        <source>Pelanggan ini tidak punya nomor WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="544"/>
        <source>WhatsApp atau peramban tidak bisa dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="548"/>
        <source>Kirim WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="549"/>
        <source>Kabar paket untuk {name} ({code}) sudah terkirim di WhatsApp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="554"/>
        <source>Belum dicatat; paket tetap di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="569"/>
        <source>Kurir ini tidak punya halaman lacak; tanyakan ke kurirnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="572"/>
        <source>Peramban tidak bisa dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="580"/>
        <source>Paket diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="581"/>
        <source>Paket {code} untuk {name} sudah diterima pelanggan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="584"/>
        <source>Ya, sudah diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="585"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidelinesDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="754"/>
        <source>Panduan penanganan keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="772"/>
        <source>Isian yang bisa dipakai di balasan: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="775"/>
        <source>&amp;Kembalikan bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="782"/>
        <source>&amp;Simpan panduan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="782"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="787"/>
        <source>&amp;Langkah untuk staf (satu langkah satu baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="789"/>
        <source>&amp;Balasan pertama ke pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="834"/>
        <source>Memakai panduan bawaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="834"/>
        <source>Panduan toko sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="846"/>
        <source>Dikosongkan: setelah disimpan, panduan bawaan (abu-abu) dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="199"/>
        <source>Serahkan pesanan — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="204"/>
        <source>&amp;Bebaskan biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="213"/>
        <source>alasan (wajib bila dibebaskan), contoh: pelanggan sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="227"/>
        <source>Sisa tagihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="231"/>
        <source>{fee} ({days} hari × {rate}, gratis sampai {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="240"/>
        <source>Biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="242"/>
        <source>&amp;Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="243"/>
        <source>Harus dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="244"/>
        <source>&amp;Dibayar sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="245"/>
        <source>&amp;Metode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="247"/>
        <source>&amp;Serahkan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="247"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="274"/>
        <source>Biaya di atas {limit}: hanya pemilik yang bisa membebaskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="302"/>
        <source>Tulis alasan membebaskan biaya simpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="755"/>
        <source>Masalah pengiriman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="768"/>
        <source>otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="772"/>
        <source>Paket pengganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="780"/>
        <source>Kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="781"/>
        <source>Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="782"/>
        <source>Resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="783"/>
        <source>Berat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="784"/>
        <source>Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="785"/>
        <source>Label retur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="787"/>
        <source>Pengembalian dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="793"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="794"/>
        <source>Metode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="800"/>
        <source>&amp;Kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="801"/>
        <source>Ke&amp;putusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="802"/>
        <source>&amp;Biaya bagi toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="803"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="806"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="806"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="822"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; · {name} · {courier} {resi} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="831"/>
        <source>Tercatat saat dikirim: berat {weight} g, {photos} foto paket{insured}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="834"/>
        <source>, diasuransikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="906"/>
        <source>Periksa nomor resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="908"/>
        <source>Resi benar, simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="909"/>
        <source>Perbaiki resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="921"/>
        <source>Status pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="923"/>
        <source>Paket COD ditolak dan ongkirnya dicatat sebagai kerugian. Pelanggan ini masuk daftar saran untuk ditinjau pemilik (diragukan / daftar hitam).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="321"/>
        <source>TokoDesk — masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="353"/>
        <source>TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="137"/>
        <source>#{id} {when} · {channel} · {direction}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="316"/>
        <source>Belum ada catatan. Tekan Ctrl+L untuk mencatat chat, telepon, atau obrolan di toko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="328"/>
        <source>Catatan komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="332"/>
        <source>&amp;Semua catatan pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="334"/>
        <source>Tampilkan seluruh catatan pelanggan ini; catatan pesanan ini ditandai garis biru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="341"/>
        <source>Catatan &amp;baru (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="344"/>
        <source>Koreksi &amp;catatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="347"/>
        <source>B&amp;uka lampiran (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="427"/>
        <source>{n} catatan terbaru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="429"/>
        <source>{n} catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="458"/>
        <source>Pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="460"/>
        <source>dicatat {when} oleh {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="464"/>
        <source>impor chat WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="466"/>
        <source>sumber: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="469"/>
        <source>↳ mengoreksi #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="472"/>
        <source>⚠ dikoreksi oleh {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/log_view.py" line="523"/>
        <source>Pilih dulu catatan yang mau dikoreksi (↑/↓ di daftar).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="50"/>
        <source>Pengaturan e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="55"/>
        <source>contoh smtp.gmail.com; kosong = e-mail tidak dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="62"/>
        <source>STARTTLS (biasanya port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="63"/>
        <source>SSL (biasanya port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="64"/>
        <source>Tanpa enkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="68"/>
        <source>kosong bila server tidak meminta login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="75"/>
        <source>alamat e-mail toko, contoh toko@gmail.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="78"/>
        <source>Ser&amp;ver SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="79"/>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="80"/>
        <source>&amp;Keamanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="81"/>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="82"/>
        <source>Kata san&amp;di</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="83"/>
        <source>&amp;Alamat pengirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="85"/>
        <source>Kirim e-mail &amp;uji…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="105"/>
        <source>Kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="105"/>
        <source>Subjek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="105"/>
        <source>Percobaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="105"/>
        <source>Sebab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="113"/>
        <source>&amp;Coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="118"/>
        <source>E-mail yang &amp;gagal terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="125"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="125"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="207"/>
        <source>Kirim e-mail uji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="208"/>
        <source>Kirim e-mail uji ke alamat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="210"/>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="211"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="233"/>
        <source>Mengirim e-mail uji ke {to}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="245"/>
        <source>E-mail uji terkirim ke {to}. Periksa kotak masuknya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="251"/>
        <source>E-mail uji gagal: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="260"/>
        <source>{queued} e-mail menunggu dikirim, {failed} gagal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="269"/>
        <source>{n}× — berhenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/mail_dialog.py" line="271"/>
        <source>{n}× — dicoba lagi {at}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="275"/>
        <source>TokoDesk — meja pesanan toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="281"/>
        <location filename="../../tokodesk/ui/main_window.py" line="329"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="282"/>
        <location filename="../../tokodesk/ui/main_window.py" line="330"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="283"/>
        <location filename="../../tokodesk/ui/main_window.py" line="864"/>
        <source>Agenda hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="284"/>
        <location filename="../../tokodesk/ui/main_window.py" line="331"/>
        <source>Paket di jalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="285"/>
        <location filename="../../tokodesk/ui/main_window.py" line="332"/>
        <source>COD belum diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="286"/>
        <location filename="../../tokodesk/ui/main_window.py" line="333"/>
        <location filename="../../tokodesk/ui/main_window.py" line="623"/>
        <source>Keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="314"/>
        <source>Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="319"/>
        <source>Pesanan baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="320"/>
        <source>Pelanggan baru (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="322"/>
        <source>Catat komunikasi (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="324"/>
        <source>Cari (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="325"/>
        <source>Segarkan (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="326"/>
        <source>Agenda (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="327"/>
        <source>Pengaturan toko (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="328"/>
        <source>Periksa segel bukti (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="334"/>
        <source>&amp;Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="335"/>
        <source>Profil toko &amp;&amp; S&amp;&amp;K…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="337"/>
        <source>&amp;Aturan ambil &amp;&amp; biaya simpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="339"/>
        <source>&amp;Templat pesan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="340"/>
        <source>&amp;E-mail (SMTP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="342"/>
        <source>Panduan &amp;keluhan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="345"/>
        <source>&amp;Ongkir antar per wilayah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="348"/>
        <source>&amp;Cadangan data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="353"/>
        <source>&amp;Akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="354"/>
        <source>&amp;Kunci / ganti pengguna (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="356"/>
        <source>Ganti &amp;PIN saya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="358"/>
        <source>&amp;Staf &amp;&amp; izin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="359"/>
        <source>&amp;Jejak audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="361"/>
        <source>Tinjau daftar &amp;hitam &amp;&amp; saran… (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="365"/>
        <source>&amp;Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="368"/>
        <source>&amp;Tutup kas harian… (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="375"/>
        <source>Tinjauan &amp;mingguan… (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="382"/>
        <source>Tinjauan &amp;bulanan… (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="417"/>
        <source>Membuka database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="418"/>
        <source>memproses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="451"/>
        <source>Siap. TokoDesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="453"/>
        <source>Database diperbarui; salinan lama disimpan di {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="459"/>
        <source>Lokasi database berisiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="516"/>
        <source>Pilih nama Anda lalu ketik PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="519"/>
        <source>Layar dikunci karena tidak ada kegiatan. Pekerjaan yang terbuka tetap tersimpan di layar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="522"/>
        <source>Layar dikunci. Masuk lagi atau ganti pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="531"/>
        <source>Masuk: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="623"/>
        <source>Keluhan ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="711"/>
        <source>{n} pengingat baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="713"/>
        <source>{n} pesanan batal otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="715"/>
        <source>Aturan harian {day}: {what}. Lihat Agenda (Alt+3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="753"/>
        <source>Cadangan GAGAL {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="755"/>
        <source>terakhir berhasil: {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="760"/>
        <location filename="../../tokodesk/ui/main_window.py" line="773"/>
        <source>Cadangan terakhir: {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="762"/>
        <location filename="../../tokodesk/ui/main_window.py" line="767"/>
        <source>Belum ada cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="764"/>
        <source>atur folder di Pengaturan › Cadangan data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="770"/>
        <source>Cadangan terakhir: {last} (terlambat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="778"/>
        <source>Mencadangkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="803"/>
        <source>Cadangan harian dibuat dan diperiksa: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="811"/>
        <source>Cadangan harian GAGAL: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="832"/>
        <source>Memulihkan data dari {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="846"/>
        <source>Data dipulihkan dari {file}.
Keadaan sebelumnya dicadangkan ke {before}.

Masuk lagi dengan PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="849"/>
        <source>Pemulihan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="858"/>
        <source>Pemulihan dibatalkan; database tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="864"/>
        <source>Agenda hari ini ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="896"/>
        <source>E-mail untuk {code} diantrekan; dikirim di latar belakang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="912"/>
        <source>E-mail belum terkirim: {reason} (dicoba lagi otomatis; lihat Pengaturan › E-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="918"/>
        <source>{n} e-mail terkirim dan dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="927"/>
        <source>Aturan disimpan; S&amp;K versi {n} berlaku untuk pesanan baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="929"/>
        <source>Aturan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="951"/>
        <source>TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="979"/>
        <source>Pengaturan disimpan; S&amp;K versi {n} berlaku untuk pesanan baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="981"/>
        <source>Pengaturan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="992"/>
        <source>Memeriksa segel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="999"/>
        <source>{chain}: {n} entri, utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1002"/>
        <source>{chain}: RUSAK — {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1009"/>
        <location filename="../../tokodesk/ui/main_window.py" line="1011"/>
        <source>Segel bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1033"/>
        <source>Ini kode pembayaran QRIS, bukan slip pesanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1034"/>
        <source>Nominal: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1036"/>
        <source>Nominal: diisi sendiri oleh pembayar (QRIS statis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1037"/>
        <source>Penerima: {name}, {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1041"/>
        <source>Untuk tagihan: {bill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1044"/>
        <source>Bukan QRIS toko ini: uang yang dibayar lewat kode ini tidak masuk ke toko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1047"/>
        <location filename="../../tokodesk/ui/main_window.py" line="1069"/>
        <source>Kode pembayaran QRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1054"/>
        <source>&amp;Buka pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1057"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1065"/>
        <source>Kode pembayaran QRIS ini tidak bisa dipakai: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1073"/>
        <source>Dipindai: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1077"/>
        <source>Yang dipindai bukan kode QR TokoDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1080"/>
        <source>Kode QR {code} tidak dikeluarkan toko ini (tanda ceknya tidak cocok). Slip ini palsu atau salah ketik; cari pesanan dengan kodenya bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1084"/>
        <source>Slip sah, tetapi pesanan {code} tidak ada di database ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1088"/>
        <source>Pindai QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="1116"/>
        <source>Catatan #{id} disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="150"/>
        <source>Buka &amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="161"/>
        <source>&amp;Sudah terkirim (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="161"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="164"/>
        <source>&amp;Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="168"/>
        <source>&amp;Lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="196"/>
        <source>Pelanggan ini tidak punya nomor WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="200"/>
        <source>WhatsApp atau peramban tidak bisa dibuka. Salin teksnya dan kirim manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="203"/>
        <source>WhatsApp dibuka. Setelah pesan terkirim, tekan «Sudah terkirim».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="326"/>
        <source>Keluhan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="342"/>
        <source>keluhan pelanggan dengan kata-katanya sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="356"/>
        <source>&amp;Simpan keluhan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="356"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="363"/>
        <source>Pe&amp;langgan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="366"/>
        <source>&amp;Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="367"/>
        <source>&amp;Saluran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="368"/>
        <source>&amp;Jenis keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="369"/>
        <source>&amp;Kata pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="370"/>
        <source>&amp;Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="371"/>
        <source>&amp;Bukti dari catatan
komunikasi (Spasi
mencentang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="397"/>
        <source>— pilih pelanggan dulu —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="407"/>
        <source>Keluhan baru — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="420"/>
        <source>— tanpa pesanan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="431"/>
        <source>Belum ada catatan komunikasi pelanggan ini.</source>
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
        <location filename="../../tokodesk/ui/order_dialog.py" line="79"/>
        <source>Pelanggan &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="85"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="97"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="114"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="130"/>
        <source>Nama barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="107"/>
        <source>Detail custom: nama, inisial, ukuran, warna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="108"/>
        <source>&amp;Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="115"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="131"/>
        <source>Jml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="116"/>
        <source>Harga satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="117"/>
        <location filename="../../tokodesk/ui/order_dialog.py" line="133"/>
        <source>Detail custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="132"/>
        <source>Harga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="134"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="145"/>
        <source>&amp;Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="147"/>
        <source>&amp;Ubah baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="157"/>
        <source>Barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="177"/>
        <source>Pakai &amp;saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="191"/>
        <source>&amp;Cara ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="192"/>
        <source>Tanggal &amp;ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="193"/>
        <source>&amp;DP (uang muka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="196"/>
        <source>&amp;Metode bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="197"/>
        <source>Catata&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="202"/>
        <source>Simpan pesanan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="202"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="73"/>
        <source>Tidak ada yang cocok — tekan Alt+B untuk pelanggan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="246"/>
        <source>Pelanggan daftar hitam: wajib bayar penuh di muka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="248"/>
        <source>Pelanggan perlu diwaspadai: minta foto paket sebelum dikirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="265"/>
        <source>Alasan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="285"/>
        <source>Nama barang wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="289"/>
        <source>Jumlah harus angka bulat minimal 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="294"/>
        <source>Jumlah terlalu besar (maksimal {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="301"/>
        <source>Harga: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="370"/>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="374"/>
        <source>Minimal {minimum} ({pct}%) · disarankan {suggested}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="394"/>
        <source>Pilih pelanggan dulu (ketik nama/No. HP, atau Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_dialog.py" line="400"/>
        <source>DP: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="365"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="388"/>
        <source>Barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="389"/>
        <source>Jml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="390"/>
        <source>Harga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="391"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="392"/>
        <source>Detail custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="398"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="399"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="400"/>
        <source>Metode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="401"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="402"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="403"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="408"/>
        <source>Menjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="417"/>
        <source>Riwa&amp;yat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="418"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="800"/>
        <source>C&amp;atatan komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="424"/>
        <source>Terima &amp;pembayaran (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="428"/>
        <source>&amp;Koreksi entri terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="432"/>
        <source>Ubah status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="446"/>
        <source>C&amp;etak nota sekarang (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="449"/>
        <source>Pratinjau &amp;&amp; pilihan cetak (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="457"/>
        <source>Dana &amp;cair (entri terpilih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="460"/>
        <source>Dana tidak &amp;masuk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="466"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="631"/>
        <source>Konfirmasi &amp;detail (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="470"/>
        <source>&amp;Buat ulang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="476"/>
        <source>Kirim pa&amp;ket… (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="480"/>
        <source>Masalah &amp;pengiriman…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="486"/>
        <source>Tawarkan &amp;antar… (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="495"/>
        <source>Ke&amp;luhan… (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="512"/>
        <source>Minta &amp;ulasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="515"/>
        <source>Catat &amp;nilai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="531"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="537"/>
        <source>&lt;b&gt;Barang&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="542"/>
        <source>&lt;b&gt;Pembayaran&lt;/b&gt; (buku kas: entri tidak pernah diubah; salah catat dikoreksi dengan entri pembalik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="585"/>
        <source>Keluhan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="588"/>
        <source>Keluhan: tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="591"/>
        <source>Ulasan: belum diminta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="596"/>
        <source>diminta {when} lewat {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="602"/>
        <source>nilai &lt;b&gt;{stars} {n}/5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="608"/>
        <source>belum ada nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="609"/>
        <source>Ulasan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="627"/>
        <source>Ulasan diminta setelah pesanan diambil, dikirim atau diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="633"/>
        <source>Detail sudah dikonfirmasi ✓ (Ctrl+K: catat lagi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="638"/>
        <source>Koreksi pembayaran hanya oleh pemilik (atau staf yang diberi izin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="643"/>
        <source>Pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="651"/>
        <source>Pelanggan: &lt;b&gt;{name}&lt;/b&gt; · {phone}{warn}&lt;br&gt;Cara ambil: {fulfilment} · Tanggal ambil: &lt;b&gt;{pickup}&lt;/b&gt; · Dibuat {created} oleh {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="662"/>
        <source>&lt;br&gt;Catatan: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="684"/>
        <source>Koreksi: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="685"/>
        <source>membalik entri #{id}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="688"/>
        <source>(dikoreksi oleh #{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="693"/>
        <source>(belum cair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="720"/>
        <source>Total barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="722"/>
        <source>Biaya tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="722"/>
        <source>Potongan (kompensasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="725"/>
        <source>Sudah dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="728"/>
        <source>Belum cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="730"/>
        <source>DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="734"/>
        <source>Biaya simpan s.d. hari ini (ditagih saat diambil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="741"/>
        <source>(tidak ditagih)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="743"/>
        <source>Sisa tagihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="756"/>
        <source>Gratis sampai {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="758"/>
        <source>biaya simpan sejauh ini {fee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="759"/>
        <source>batal otomatis {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="773"/>
        <source>Pesanan sudah selesai; status tidak bisa diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="783"/>
        <source>→ {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="785"/>
        <source>→ Serahkan &amp; lunasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="800"/>
        <source>C&amp;atatan komunikasi ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="879"/>
        <source>Pesanan ini belum punya paket yang dikirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="964"/>
        <source>Pilih dulu pembayaran yang belum cair di tabel pembayaran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="973"/>
        <source>Dana cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="974"/>
        <source>Dana {what} sudah terlihat masuk di rekening/aplikasi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="975"/>
        <source>Ya, sudah masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="982"/>
        <source>Dana tidak masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="984"/>
        <source>Pembayaran {what} dicatat tidak masuk; pesanan kembali berutang.
Alasan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="986"/>
        <source>Catat tidak masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1015"/>
        <source>Pembayaran belum cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1017"/>
        <source>Ada pembayaran {pending} yang belum cair. Teruskan juga? Keputusan ini dicatat.
Alasan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1020"/>
        <source>Teruskan dengan alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1021"/>
        <source>Tunggu dana masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1026"/>
        <source>Perlu alasan untuk meneruskan; pesanan tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1039"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="1041"/>
        <source>Batalkan pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1040"/>
        <source>Alasan pembatalan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1042"/>
        <source>Jangan batalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1047"/>
        <source>Pembatalan perlu alasan; pesanan tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1080"/>
        <source>Tidak bisa diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1087"/>
        <source>Pesanan berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1094"/>
        <source>Pilih dulu entri pembayaran yang mau dikoreksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1101"/>
        <source>Koreksi entri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1103"/>
        <source>Entri {what} akan dibalik dengan entri baru (entri lama tetap tercatat).
Alasan koreksi (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1106"/>
        <source>Catat koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="976"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="987"/>
        <location filename="../../tokodesk/ui/order_detail.py" line="1107"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1162"/>
        <source>Belum ada printer terpasang di komputer ini. Buka pratinjau (Ctrl+Shift+P) untuk menyimpan PDF, atau atur printer struk di Pengaturan toko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="1182"/>
        <source>{code} dicetak ke {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="193"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="194"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="195"/>
        <source>No. HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="196"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="197"/>
        <source>Tgl ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="198"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="199"/>
        <source>Dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="200"/>
        <source>Sisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/models.py" line="201"/>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="110"/>
        <source>Cari kode pesanan, nama atau No. HP — atau pindai QR nota (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="115"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="116"/>
        <source>Masih berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="128"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/main_window.py" line="142"/>
        <source>{n} pesanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerSetupPanel</name>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="250"/>
        <source>Selamat datang di TokoDesk. Buat dulu akun pemilik toko: nama dan PIN 4–8 angka. Dengan akun ini pemilik menambah staf, mengatur kebijakan, dan melihat siapa mengerjakan apa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="263"/>
        <source>&amp;Buat akun pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="267"/>
        <source>&amp;Nama pemilik:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="268"/>
        <source>&amp;PIN (4–8 angka):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="269"/>
        <source>&amp;Ulangi PIN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="99"/>
        <source>Terima pembayaran — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="110"/>
        <source>Dana &amp;belum masuk (menunggu cair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="123"/>
        <source>Sisa tagihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="124"/>
        <source>&amp;Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="125"/>
        <source>&amp;Metode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="127"/>
        <source>&amp;Tanggal cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="128"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="130"/>
        <source>&amp;Simpan pembayaran (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/order_detail.py" line="130"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderList</name>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="57"/>
        <source>Klik untuk menyisipkan {{{name}}} di posisi kursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="49"/>
        <source>Aturan pengambilan &amp; biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="55"/>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="63"/>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="71"/>
        <source> hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="66"/>
        <source>contoh 2,1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="70"/>
        <source>hari ini + </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="77"/>
        <source>&amp;Gratis disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="79"/>
        <source>Setelah tanggal ambil, barang masih boleh diambil tanpa biaya selama sekian hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="82"/>
        <source>&amp;Biaya simpan per hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="84"/>
        <source>Dikenakan mulai hari sesudah masa gratis habis. Isi 0 bila tidak memungut biaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="87"/>
        <source>Batas &amp;total biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="89"/>
        <source>Biaya simpan tidak akan melebihi jumlah ini. Kosong atau 0 = tanpa batas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="92"/>
        <source>Batal &amp;otomatis setelah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="95"/>
        <source>Dihitung dari tanggal ambil. Pesanan yang tidak diambil dan tanpa kabar dibatalkan, DP tidak dikembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="100"/>
        <source>&amp;Pengingat sebelum ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="103"/>
        <source>Berapa hari sebelum tanggal ambil pelanggan diingatkan, dipisah koma: 2,1 = H-2 dan H-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="107"/>
        <source>Tanggal ambil &amp;bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="109"/>
        <source>Tanggal ambil yang terisi otomatis saat mencatat pesanan baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="126"/>
        <source>Begini aturan ini berjalan untuk satu pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="139"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="139"/>
        <source>Batal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="235"/>
        <source>Contoh: pesanan selesai dan siap hari ini ({ready}), tanggal ambil yang disepakati {pickup}. Bendera di atas tanggal adalah pesan yang dikirim ke pelanggan hari itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="240"/>
        <source>Di nota tertulis: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="250"/>
        <source>&lt;b&gt;Angka aturan berubah.&lt;/b&gt; Menyimpan membuat Syarat &amp;amp; Ketentuan versi {new}: pesanan baru memakai angka baru, pesanan yang sudah dicatat tetap memakai angka versi {n} yang disetujui pelanggan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/policy_dialog.py" line="258"/>
        <source>Angka ini tercantum di Syarat &amp;amp; Ketentuan versi {n}. Mengubahnya membuat versi baru; pesanan yang sudah dicatat tetap memakai angka lamanya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrisPanel</name>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="96"/>
        <source>QRIS toko belum dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="97"/>
        <source>Pemilik memuatnya di Pengaturan › Profil toko (foto stiker QRIS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="100"/>
        <source>Tidak ada yang perlu dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="106"/>
        <source>Jumlah ini tidak bisa dibuat kode QRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="111"/>
        <source>Bayar {amount} dengan QRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="113"/>
        <source> Termasuk biaya simpan {fee}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="118"/>
        <source>Penerima: {merchant} · {code}. Nominal sudah terisi.{fee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="127"/>
        <source>Tercatat, menunggu dana. Periksa aplikasi merchant: bila {amount} sudah masuk, tekan {key}. Bukti layar dari pelanggan bukan bukti dana masuk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="219"/>
        <source>Koreksi catatan #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="221"/>
        <source>Catat komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="230"/>
        <source>&amp;Ganti pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="251"/>
        <location filename="../../tokodesk/ui/quick_log.py" line="423"/>
        <location filename="../../tokodesk/ui/quick_log.py" line="434"/>
        <location filename="../../tokodesk/ui/quick_log.py" line="453"/>
        <source>— tidak terkait pesanan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="274"/>
        <source>A&amp;rah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="283"/>
        <source>Isi chat, ringkasan telepon, atau catatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="299"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="300"/>
        <source>Pilih &amp;berkas… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="303"/>
        <source>&amp;Tempel (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="306"/>
        <source>&amp;Hapus lampiran (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="311"/>
        <source>Tempel tangkapan layar dengan Ctrl+V, atau seret foto/berkas ke jendela ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="339"/>
        <source>&amp;Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="343"/>
        <source>Pes&amp;anan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="344"/>
        <source>&amp;Saluran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="345"/>
        <source>&amp;Waktu kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="346"/>
        <source>&amp;Isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="347"/>
        <source>Lampira&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="352"/>
        <source>Simpan catatan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="352"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="388"/>
        <source>Tempel tangkapan layar dengan Ctrl+V, atau seret foto/berkas ke jendela ini. Ukuran terbesar {mb} MB per berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="401"/>
        <source>Koreksi untuk catatan &lt;b&gt;#{id}&lt;/b&gt; ({when}, {channel}). Catatan lama tetap tersimpan apa adanya; koreksi ini dicatat sebagai catatan baru yang menunjuk ke #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="437"/>
        <source>{code} · {status} · ambil {pickup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="483"/>
        <source>Papan klip tidak berisi gambar atau berkas untuk dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="507"/>
        <source>Pilih berkas untuk dilampirkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="509"/>
        <source>Gambar, PDF, suara, video ({exts});;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="525"/>
        <source>Berkas «{name}» tidak bisa dibaca: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="527"/>
        <source>Berkas «{name}» terlalu besar untuk dilampirkan ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="614"/>
        <source>Pilih pelanggan dulu (ketik nama atau No. HP, lalu Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="658"/>
        <source>Buang catatan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="659"/>
        <source>Isi dan lampiran yang belum disimpan akan dibuang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="660"/>
        <source>Buang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="661"/>
        <source>Kembali mengisi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="902"/>
        <source>Nilai dari pelanggan — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="907"/>
        <source>— pilih 1 sampai 5 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="910"/>
        <source>kata-kata pelanggan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="917"/>
        <source>&amp;Simpan nilai (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="917"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="920"/>
        <source>&amp;Nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="921"/>
        <source>&amp;Komentar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemakeDialog</name>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="134"/>
        <source>Buat ulang — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="144"/>
        <source>mis. nama salah ketik «RAKA» → «RAKHA», dicetak ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="147"/>
        <source>&amp;Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="148"/>
        <source>&amp;Biaya untuk pelanggan (0 = gratis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="149"/>
        <source>&amp;Apa yang dibuat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="151"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/confirmation_dialog.py" line="151"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="240"/>
        <source>Tanggapi keluhan #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="243"/>
        <source>Balasan dari panduan untuk &lt;b&gt;{name}&lt;/b&gt;; ubah seperlunya. Balasan pertama dicatat sebagai waktu tanggapan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="194"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="209"/>
        <source>&amp;Jenis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="211"/>
        <source>&amp;Tanggal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="213"/>
        <source>&amp;Tampilkan (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="216"/>
        <source>Simpan &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="219"/>
        <source>Simpan &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="239"/>
        <source>Tutup kas harian dan angka uang hanya untuk pemilik (izin «Laporan keuangan»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="271"/>
        <source>Menyusun laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="287"/>
        <source>{label} · dibuat {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="305"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="305"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="307"/>
        <source>Simpan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="321"/>
        <source>Menyimpan {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/reports.py" line="328"/>
        <source>Tersimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="78"/>
        <source>Tanggal ambil baru — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="89"/>
        <source>contoh: pelanggan di luar kota, minta diambil Sabtu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="97"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="100"/>
        <source>&amp;Tanggal ambil baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="101"/>
        <source>&amp;Alasan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="102"/>
        <source>Kabar pelanggan &amp;lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="105"/>
        <source>Pengingat, masa gratis, biaya simpan dan batal otomatis dihitung ulang dari tanggal baru. Perubahan dicatat di catatan komunikasi pelanggan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="111"/>
        <source>&amp;Simpan tanggal (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/agenda.py" line="111"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="389"/>
        <source>Selesaikan keluhan #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="394"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt; · {name}{order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="417"/>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="525"/>
        <source>Sudah dibayar pelanggan: &lt;b&gt;{paid}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="425"/>
        <source>Paket pengganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="440"/>
        <source>seperti paket asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="445"/>
        <source>K&amp;urir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="446"/>
        <source>La&amp;yanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="447"/>
        <source>&amp;Resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="448"/>
        <source>Be&amp;rat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="449"/>
        <source>&amp;Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="459"/>
        <source>diisi dari penyelesaian; boleh diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="465"/>
        <source>&amp;Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="466"/>
        <source>&amp;Penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="468"/>
        <source>&amp;Jumlah refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="469"/>
        <source>&amp;Metode refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="471"/>
        <source>Biaya buat &amp;ulang (pelanggan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="472"/>
        <source>Nilai &amp;voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="476"/>
        <source>&amp;Biaya bagi toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="479"/>
        <source>&amp;Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="483"/>
        <source>&amp;Selesaikan kasus (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="483"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="521"/>
        <source>Refund penuh: semua yang sudah dibayar, &lt;b&gt;{paid}&lt;/b&gt;, dikembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="528"/>
        <source>penjelasan yang diberikan ke pelanggan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="595"/>
        <source>Periksa nomor resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="597"/>
        <source>Resi benar, simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="598"/>
        <source>Perbaiki resi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="131"/>
        <source>Kirim paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="147"/>
        <source>REG, YES, Halu, Best, Instant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="155"/>
        <source>Ongkir ditagihkan ke pelanggan (ditambahkan ke COD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="159"/>
        <source>Diasuransikan / dengan tanda tangan penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="161"/>
        <source>Sudah diserahkan ke kurir (tanpa centang: baru dikemas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="171"/>
        <source>Tambah &amp;foto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="174"/>
        <source>&amp;Hapus foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="189"/>
        <source>&amp;Kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="190"/>
        <source>&amp;Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="191"/>
        <source>Nomor &amp;resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="192"/>
        <source>&amp;Berat paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="193"/>
        <source>&amp;Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="195"/>
        <source>Nilai &amp;COD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="199"/>
        <source>Foto paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="200"/>
        <source>C&amp;atatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="205"/>
        <source>&amp;Simpan pengiriman (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="205"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="226"/>
        <source>Kirim paket — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="229"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="230"/>
        <source>Total {total} · sisa {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="233"/>
        <source>COD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="233"/>
        <source>Dikirim (sudah lunas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="236"/>
        <source>{n} paket sudah tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="242"/>
        <source>⚠ Pelanggan ini berstatus &lt;b&gt;diragukan&lt;/b&gt;{reason}. Lampirkan foto paket yang sudah dikemas (isi terlihat); tanpa foto pengiriman diblokir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="249"/>
        <source>⚠ Nilai pesanan di atas {limit}: pilih layanan dengan asuransi/tanda tangan dan lampirkan foto paket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="256"/>
        <source>⚠ Ada pembayaran {pending} yang belum cair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="262"/>
        <source>⚠ Pelanggan COD baru: ongkos kirim harus dibayar di muka sebelum paket dikirim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="281"/>
        <source>Pilih foto paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="286"/>
        <source>Foto tidak bisa dibaca: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="367"/>
        <source>Periksa nomor resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="367"/>
        <source>Resi benar, simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="367"/>
        <source>Perbaiki resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="378"/>
        <source>Kirim walau belum cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="379"/>
        <source>Alasan pemilik meneruskan pengiriman (dicatat):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="380"/>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shipping.py" line="381"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="48"/>
        <source>Pengaturan toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="61"/>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="178"/>
        <source>(tanpa logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="65"/>
        <source>Pilih &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="67"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="81"/>
        <source>kosong = lewat printer Windows/Linux; contoh network:192.168.1.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="90"/>
        <source>tempel isi kode QRIS statis, atau muat dari foto stiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="92"/>
        <source>Muat dari &amp;gambar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="95"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="111"/>
        <source>Isian yang diganti otomatis: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="116"/>
        <source>&amp;Nama toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="117"/>
        <source>&amp;Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="118"/>
        <source>&amp;Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="119"/>
        <source>&amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="120"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="121"/>
        <source>&amp;Kertas cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="122"/>
        <source>&amp;Printer struk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="123"/>
        <source>Batas &amp;lampiran catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="124"/>
        <source>&amp;QRIS toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="132"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="132"/>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="136"/>
        <source>&lt;b&gt;Syarat &amp;amp; Ketentuan&lt;/b&gt; (dicetak di setiap nota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="159"/>
        <source>Versi berlaku: {n}, disimpan {at} oleh {who}. Menyimpan teks yang diubah membuat versi baru; pesanan lama tetap memakai versinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="182"/>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="182"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="189"/>
        <source>Logo tidak bisa dibaca: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="199"/>
        <source>Belum ada QRIS: nota dan slip dicetak tanpa kode bayar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="210"/>
        <source>✓ QRIS {name}, {city}{nmid}. Pastikan ini nama toko Anda sebelum menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="220"/>
        <source>Foto atau pindaian stiker QRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="222"/>
        <source>Gambar (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="231"/>
        <source>Membaca kode QR dari gambar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/shop_dialog.py" line="244"/>
        <source>Gambar tidak bisa dibuka: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="122"/>
        <source>&amp;Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="129"/>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="131"/>
        <source>&amp;Siapa yang bertugas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="191"/>
        <source>Terlalu banyak PIN salah. Tunggu {n} detik lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="197"/>
        <source>Terlalu banyak PIN salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="206"/>
        <source>Ketik PIN Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="230"/>
        <source>PIN salah. Sisa {n} kali sebelum harus menunggu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="263"/>
        <source>Staf &amp; izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Terakhir masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="270"/>
        <source>Izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="286"/>
        <source>&amp;Daftar staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="290"/>
        <source>&amp;Tambah staf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="293"/>
        <source>&amp;Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="296"/>
        <source>&amp;Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="299"/>
        <source>&amp;Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="313"/>
        <source>Izin pemilik untuk staf ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="333"/>
        <source>Simpan &amp;izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="350"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="355"/>
        <source>Simpan &amp;pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="359"/>
        <source>Kunci layar &amp;&amp; batas staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="364"/>
        <source>&amp;Kunci layar setelah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="366"/>
        <source>tanpa aktivitas; setelah itu orang yang bekerja harus memasukkan PIN lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="369"/>
        <source>&amp;Batas bebas biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="371"/>
        <source>Staf boleh membebaskan biaya simpan sampai jumlah ini; di atasnya perlu pemilik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="384"/>
        <source>Tutup (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="439"/>
        <source>nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="441"/>
        <source>aktif, belum ada PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="443"/>
        <source>aktif, menunggu s.d. {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="444"/>
        <source>aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="447"/>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="451"/>
        <source>semua izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="488"/>
        <source>Pilih satu orang di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="492"/>
        <source>Pemilik memiliki semua izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="496"/>
        <source>Tanpa centang, staf hanya melakukan pekerjaan konter. Centang lalu simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="518"/>
        <source>Izin {name} disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="536"/>
        <source>Staf ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="537"/>
        <source>Akun disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="538"/>
        <source>PIN baru disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="561"/>
        <source>Nonaktifkan akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="563"/>
        <source>Nonaktifkan akun {name}? Ia tidak bisa masuk lagi. Semua catatannya tetap ada; untuk mengaktifkan kembali, beri PIN baru (Reset PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="566"/>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="567"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="574"/>
        <source>Akun {name} dinonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="615"/>
        <source>Pengaturan kunci layar disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="129"/>
        <source>Tambah staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="130"/>
        <source>Ubah akun staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="131"/>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="152"/>
        <source>&amp;Nama:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="153"/>
        <source>&amp;Peran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="156"/>
        <source>P&amp;IN ({lo}–{hi} angka):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="158"/>
        <source>&amp;Ulangi PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="162"/>
        <source>Setiap orang memakai PIN sendiri, berbeda dari PIN akun lain. Staf hanya bisa melakukan pekerjaan konter; izin pemilik diberikan satu per satu di daftar staf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="167"/>
        <source>Pemilik memiliki semua izin; staf hanya izin yang diberikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="169"/>
        <source>PIN baru untuk {name}. Sampaikan PIN ini hanya kepada orangnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="173"/>
        <source>Akun ini nonaktif; dengan PIN baru akun aktif kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="182"/>
        <source>&amp;Simpan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="182"/>
        <source>Batal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="82"/>
        <source>Templat pesan ke pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="123"/>
        <source>&amp;Kembalikan ke bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="128"/>
        <source>&amp;Simpan pesan ini (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="128"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="142"/>
        <source>&lt;b&gt;Isian&lt;/b&gt; — klik untuk menyisipkan di posisi kursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="170"/>
        <source>Pesan yang dikirim ke pelanggan untuk setiap kejadian. Isian dalam kurung kurawal, misalnya {nama} atau {tanggal_ambil}, diganti otomatis dengan data pesanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="204"/>
        <source> (diubah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="231"/>
        <source>&lt;b&gt;Pratinjau&lt;/b&gt; — contoh pesanan {name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="254"/>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="255"/>
        <source>Pesan «{kind}» sudah diubah tetapi belum disimpan. Buang perubahannya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="258"/>
        <source>Buang perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="259"/>
        <source>Kembali mengedit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="271"/>
        <source>(pratinjau muncul lagi setelah isi pesan diperbaiki)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="280"/>
        <source>Belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="282"/>
        <source>Teks bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="284"/>
        <source>Tersimpan (teks Anda sendiri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="314"/>
        <source>Kembalikan ke teks bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="315"/>
        <source>Ganti pesan «{kind}» dengan teks bawaan? Teks yang sekarang akan hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="318"/>
        <source>Kembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="319"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/templates_dialog.py" line="339"/>
        <source>Tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../tokodesk/ui/complaint_dialogs.py" line="731"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="128"/>
        <source>Contoh linimasa pengambilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="167"/>
        <source>Siap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="169"/>
        <source>H-{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="171"/>
        <source>Hari terakhir gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="173"/>
        <source>Biaya mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="175"/>
        <source>Peringatan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="176"/>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="298"/>
        <source>Batal, DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="188"/>
        <source>Tanggal ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="189"/>
        <source>Batal otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="247"/>
        <source>sebelum tanggal ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="249"/>
        <source>gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="251"/>
        <source>batal, DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="253"/>
        <source>biaya simpan naik sampai {fee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="255"/>
        <source>biaya simpan tetap {fee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="257"/>
        <source>biaya simpan {fee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="258"/>
        <source> (batas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="270"/>
        <source>{first}–{last} ({n} hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="280"/>
        <source>pesan «{name}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="287"/>
        <source>Sebelum tanggal ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="287"/>
        <source>Sebelum ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="289"/>
        <source>Gratis disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="289"/>
        <source>Gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="291"/>
        <source>Biaya simpan {fee}/hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="295"/>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="297"/>
        <source>Biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="296"/>
        <source>, paling banyak {cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="298"/>
        <source>Batal otomatis, DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="298"/>
        <source>DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="302"/>
        <source>Sen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="303"/>
        <source>Sel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="304"/>
        <source>Rab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="305"/>
        <source>Kam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="306"/>
        <source>Jum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="307"/>
        <source>Sab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="308"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/timeline_widget.py" line="431"/>
        <source>{n} hari</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="58"/>
        <source>Demo — PIN: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="96"/>
        <source>DEMO — data contoh, tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="105"/>
        <source> — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/app.py" line="121"/>
        <source>Database tidak bisa dibuka:
{detail}

Tidak ada data yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="126"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="128"/>
        <source>Suara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="130"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="132"/>
        <source>Gambar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/quick_log.py" line="133"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>d</name>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="183"/>
        <source>Dana &amp;sudah masuk ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/qris_pay.py" line="186"/>
        <source>&amp;Tutup, periksa nanti</source>
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
        <location filename="../../tokodesk/ui/document_dialog.py" line="46"/>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="47"/>
        <source>Slip pengambilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="48"/>
        <source>Nota lunas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/document_dialog.py" line="49"/>
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
        <location filename="../../tokodesk/services/exchange.py" line="835"/>
        <source>DP tidak boleh melebihi total pesanan {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="131"/>
        <source>Entri koreksi tidak dapat dikoreksi lagi; catat entri baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="134"/>
        <source>Entri ini sudah dikoreksi sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/ledger.py" line="136"/>
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
        <location filename="../../tokodesk/domain/orders.py" line="125"/>
        <source>Pesanan sudah «{src}»; statusnya tidak bisa diubah lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="129"/>
        <source>Status «{src}» tidak bisa langsung menjadi «{dst}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="135"/>
        <source>Belum bisa diproduksi: DP minimal {minimum} belum masuk (baru {paid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="143"/>
        <source>Detail custom belum dikonfirmasi pelanggan secara tertulis; catat konfirmasinya dulu (tombol «Konfirmasi detail»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="150"/>
        <source>Pesanan custom harus diproduksi dulu sebelum siap diambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="153"/>
        <source>Ada pembayaran {pending} yang belum cair; tunggu sampai dana masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="158"/>
        <source>Pesanan ini dikirim, bukan diambil di toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="161"/>
        <source>Belum lunas: sisa {balance} harus dibayar sebelum diambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="166"/>
        <location filename="../../tokodesk/services/shipping.py" line="378"/>
        <source>Pesanan ini diambil di toko, bukan dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="169"/>
        <source>Belum lunas: sisa {balance} harus dibayar sebelum dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/orders.py" line="199"/>
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
        <location filename="../../tokodesk/services/customers.py" line="56"/>
        <location filename="../../tokodesk/services/exchange.py" line="536"/>
        <source>Nomor {phone} sudah terdaftar atas nama {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/customers.py" line="77"/>
        <location filename="../../tokodesk/services/exchange.py" line="623"/>
        <source>Nama pelanggan wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/customers.py" line="82"/>
        <location filename="../../tokodesk/services/exchange.py" line="630"/>
        <source>Nama pelanggan terlalu panjang (maksimal {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="128"/>
        <source>Keluhan tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="176"/>
        <source>Bukti harus catatan komunikasi pelanggan yang sama</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="199"/>
        <source>Pilih jenis keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="204"/>
        <source>Pilih saluran keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="210"/>
        <source>Tulis keluhan pelanggan dengan kata-katanya sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="217"/>
        <source>Keluhan terlalu panjang (paling banyak {n} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="224"/>
        <source>Waktu keluhan tidak boleh di masa depan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="332"/>
        <location filename="../../tokodesk/services/complaints.py" line="373"/>
        <location filename="../../tokodesk/services/complaints.py" line="508"/>
        <source>Keluhan ini sudah ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="358"/>
        <source>Jumlah rupiah tidak masuk akal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="379"/>
        <source>Penyelesaian ini butuh pesanan; keluhan ini tidak terkait pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="389"/>
        <source>Tulis penjelasan yang diberikan ke pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="392"/>
        <source>Isi nilai voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="395"/>
        <source>Isi biaya buat ulang untuk pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="416"/>
        <source>Belum ada uang yang dibayar; tidak ada yang dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="421"/>
        <source>Refund sebagian harus lebih dari Rp0 dan kurang dari yang dibayar ({paid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="449"/>
        <source>Pesanan ini belum pernah dikirim; pilih buat ulang atau refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="514"/>
        <source>Keluhan hanya ditolak bila temuannya bukan kesalahan toko; pilih temuannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="522"/>
        <source>Tulis alasan penolakan yang disampaikan ke pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="565"/>
        <source>Isi balasan tidak boleh kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="795"/>
        <source>Tulis langkah penanganannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="800"/>
        <source>Langkah terlalu panjang (paling banyak {n} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/demo.py" line="373"/>
        <source>Database ini sudah berisi data; data demo hanya untuk database kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="141"/>
        <source>Berkas tidak diimpor: ada {count} kesalahan. Perbaiki lalu impor lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="211"/>
        <source>Format «{fmt}» tidak dikenal; pilih csv atau xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="215"/>
        <source>Nama berkas «{name}» tidak cocok dengan format {fmt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="224"/>
        <source>Berkas Excel lama (.xls) tidak didukung; di Excel simpan ulang sebagai .xlsx atau .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="230"/>
        <source>Format berkas «{name}» tidak dikenal; pakai berkas .csv atau .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="241"/>
        <source>Berkas «{path}» tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="243"/>
        <source>«{path}» adalah folder, bukan berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="248"/>
        <source>Berkas «{path}» tidak bisa dibaca: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="261"/>
        <source>Berkas «{name}» berisi data Excel; ganti akhiran namanya menjadi .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="292"/>
        <source>Berkas «{name}» baris {line} tidak bisa dibaca sebagai CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="330"/>
        <source>Berkas «{name}» bukan berkas Excel (.xlsx) yang sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="363"/>
        <source>Berkas «{name}» kosong: baris judul kolom tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="382"/>
        <source>Kolom «{name}» wajib ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="397"/>
        <source>Kolom «{name}» muncul dua kali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="406"/>
        <source>Kolom «{name}» tidak dikenal; kolom yang dipakai: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="425"/>
        <source>Baris ini berisi lebih banyak kolom daripada judulnya; adakah tanda «{delimiter}» di dalam teks yang tidak diapit tanda kutip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="432"/>
        <source>Ada isi di kolom yang tidak berjudul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="484"/>
        <source>Status pelanggan «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="497"/>
        <source>Hanya pemilik toko yang boleh memasukkan pelanggan ke daftar hitam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="512"/>
        <source>Nomor HP sama dengan baris {line}, tetapi namanya lain ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="642"/>
        <source>Nama barang wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="648"/>
        <source>Nama barang terlalu panjang (maksimal {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="659"/>
        <source>Jumlah «{text}» harus bilangan bulat, minimal 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="666"/>
        <source>Jumlah terlalu besar (maksimal {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="681"/>
        <source>Cara ambil «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="688"/>
        <source>Status «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="711"/>
        <source>Metode bayar «{text}» tidak dikenal; pilih salah satu: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="743"/>
        <source>Pelanggan berbeda dengan baris {line} untuk pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="748"/>
        <source>Isinya berbeda dengan baris {line} untuk pesanan {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="772"/>
        <source>Kode pesanan terlalu panjang (maksimal {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="781"/>
        <location filename="../../tokodesk/services/orders.py" line="95"/>
        <source>Terlalu banyak baris barang (maksimal {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="790"/>
        <source>Tanggal pesanan {date} belum terjadi (hari ini {today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="800"/>
        <source>Tanggal ambil {pickup} sebelum tanggal pesanan {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="813"/>
        <source>Status «{status}» tidak cocok dengan cara ambil «{fulfilment}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="826"/>
        <location filename="../../tokodesk/services/orders.py" line="138"/>
        <source>Total pesanan terlalu besar; periksa jumlah dan harga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="847"/>
        <source>Metode bayar wajib diisi untuk pesanan yang sudah dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="872"/>
        <source>Kode pesanan wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="895"/>
        <source>Pesanan {code} sudah ada di database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/exchange.py" line="1102"/>
        <source>Tidak bisa menulis «{path}»: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="89"/>
        <source>Pesanan harus berisi minimal satu barang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="106"/>
        <source>Baris {row}: nama barang wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="114"/>
        <source>Baris {row}: jumlah minimal 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="122"/>
        <source>Baris {row}: jumlah terlalu besar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="130"/>
        <source>Baris {row}: harga tidak boleh negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/orders.py" line="297"/>
        <source>Pilih atau buat pelanggan dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="63"/>
        <location filename="../../tokodesk/services/delivery.py" line="134"/>
        <location filename="../../tokodesk/services/documents.py" line="63"/>
        <location filename="../../tokodesk/services/feedback.py" line="40"/>
        <location filename="../../tokodesk/services/handover.py" line="54"/>
        <location filename="../../tokodesk/services/notify.py" line="104"/>
        <location filename="../../tokodesk/services/orders.py" line="347"/>
        <location filename="../../tokodesk/services/orders.py" line="397"/>
        <location filename="../../tokodesk/services/payments.py" line="179"/>
        <location filename="../../tokodesk/services/pickup.py" line="186"/>
        <location filename="../../tokodesk/services/qris.py" line="85"/>
        <location filename="../../tokodesk/services/shipping.py" line="112"/>
        <location filename="../../tokodesk/services/shipping.py" line="347"/>
        <location filename="../../tokodesk/services/shipping.py" line="376"/>
        <source>Pesanan tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="75"/>
        <source>Tulis siapa yang mengonfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="79"/>
        <source>Nama yang mengonfirmasi terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="85"/>
        <source>Tempel teks persis yang dikonfirmasi pelanggan (nama, ukuran, warna)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="94"/>
        <source>Waktu konfirmasi tidak boleh di masa depan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="100"/>
        <source>Pesanan ini sudah selesai; konfirmasi tidak diperlukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="191"/>
        <source>Pilih kesalahan siapa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="193"/>
        <source>Biaya buat ulang tidak masuk akal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="198"/>
        <source>Kesalahan toko: buat ulang tanpa biaya untuk pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="203"/>
        <source>Tulis apa yang salah dan apa yang dibuat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/confirmations.py" line="207"/>
        <source>Pesanan yang batal tidak dibuat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="68"/>
        <source>Syarat dan ketentuan toko belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="72"/>
        <source>Nota lunas dicetak saat pesanan diserahkan (status sekarang: {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/documents.py" line="135"/>
        <location filename="../../tokodesk/services/evidence.py" line="90"/>
        <location filename="../../tokodesk/services/log.py" line="289"/>
        <source>Tidak ada pesanan dengan kode «{code}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="54"/>
        <source>Pesanan ini baru saja diubah di kasir lain; data dimuat ulang. Periksa lalu ulangi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="185"/>
        <source>Pesanan {code} sudah ditutup; pembayaran tidak bisa dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="189"/>
        <source>Jumlah bayar harus lebih dari Rp0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="196"/>
        <source>Sisa tagihan sudah tertutup pembayaran {pending} yang belum cair; tunggu dananya masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="203"/>
        <source>Pesanan ini sudah lunas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="206"/>
        <source>Jumlah bayar melebihi sisa tagihan {owed}; catat kembaliannya di luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="216"/>
        <source>Tanggal cair tidak boleh sebelum tanggal bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="303"/>
        <location filename="../../tokodesk/services/payments.py" line="341"/>
        <source>Entri pembayaran tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="310"/>
        <source>Pembayaran ini tidak menunggu dana cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="312"/>
        <source>Pembayaran ini sudah diselesaikan atau dikoreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="317"/>
        <source>Tulis alasan dana tidak masuk (mis. cek ditolak bank, transfer tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/payments.py" line="352"/>
        <source>Tulis alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="112"/>
        <source>database sedang dipakai program lain; tunggu sebentar lalu coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="269"/>
        <source>berkas tidak bisa dibaca ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="272"/>
        <location filename="../../tokodesk/db/migrate.py" line="297"/>
        <location filename="../../tokodesk/services/database.py" line="116"/>
        <source>berkas ini bukan database TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="276"/>
        <source>berkas tidak bisa dibuka ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="284"/>
        <source>berkas rusak (pemeriksaan integritas: {detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="292"/>
        <source>berkas rusak ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="299"/>
        <source>berkas rusak (ada rujukan antartabel yang putus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="302"/>
        <location filename="../../tokodesk/services/backup.py" line="986"/>
        <source>salinan tidak sama dengan database asal (jumlah baris berbeda: {tables})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="325"/>
        <source>Database «{path}» tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="337"/>
        <location filename="../../tokodesk/services/backup.py" line="760"/>
        <location filename="../../tokodesk/services/backup.py" line="774"/>
        <source>Cadangan gagal diperiksa dan dihapus: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="347"/>
        <location filename="../../tokodesk/services/backup.py" line="782"/>
        <source>Cadangan tidak bisa ditulis ke «{folder}»: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="370"/>
        <location filename="../../tokodesk/db/migrate.py" line="377"/>
        <source>disk penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/db/migrate.py" line="372"/>
        <location filename="../../tokodesk/db/migrate.py" line="379"/>
        <source>tidak ada izin menulis (folder hanya-baca?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="105"/>
        <source>server database tidak bisa dihubungi; periksa jaringan dan server lalu coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="118"/>
        <source>berkas database tidak bisa dibuka atau ditulis (periksa folder dan izinnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="122"/>
        <source>disk bermasalah atau penuh ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/database.py" line="124"/>
        <source>database ini dibuat oleh versi TokoDesk yang lebih baru; perbarui TokoDesk dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/evidence.py" line="81"/>
        <location filename="../../tokodesk/services/log.py" line="284"/>
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
        <location filename="../../tokodesk/services/shop.py" line="84"/>
        <source>Nama toko wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="87"/>
        <source>Nama toko terlalu panjang (maksimal 80 huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="94"/>
        <source>Logo terlalu besar (maksimal 512 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="97"/>
        <source>Logo harus gambar PNG atau JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="99"/>
        <source>Ukuran kertas tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shop.py" line="103"/>
        <source>Batas lampiran harus 1 sampai 500 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="56"/>
        <source>Teks syarat dan ketentuan tidak boleh kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/terms.py" line="58"/>
        <source>Teks syarat dan ketentuan terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="187"/>
        <location filename="../../tokodesk/services/delivery.py" line="296"/>
        <location filename="../../tokodesk/services/feedback.py" line="75"/>
        <source>Isi pesan tidak boleh kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="191"/>
        <source>Isi pesan terlalu panjang (paling banyak {n} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="199"/>
        <location filename="../../tokodesk/services/terms.py" line="64"/>
        <source>Kurung kurawal tidak berpasangan; tulis {{ dan }} untuk kurung biasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="207"/>
        <location filename="../../tokodesk/services/terms.py" line="72"/>
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
        <location filename="../../tokodesk/services/chain.py" line="317"/>
        <source>{chain} #{id}: tidak bersegel (ditambahkan di luar aplikasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="322"/>
        <source>{chain} #{id}: isinya tidak cocok dengan segelnya (diubah, atau entri palsu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="331"/>
        <source>{chain} #{id}: urutannya diubah (seharusnya sesudah #{other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="339"/>
        <source>{chain} #{id}: entri di antara #{other} dan #{id} hilang (dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="347"/>
        <source>{chain} #{id}: entri-entri sebelumnya hilang (dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="351"/>
        <source>{chain} #{id}: entri sebelumnya hilang (dihapus) atau entri ini disisipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="295"/>
        <source>{chain}: {n} entri terakhir hilang (dihapus) sesudah #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="300"/>
        <source>{chain} #{id}: ujung rantai tidak cocok (entri ditambahkan di luar aplikasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="82"/>
        <source>Lampiran «{name}» terlalu besar ({size} MB); batasnya {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="95"/>
        <source>Lampiran «{name}» bukan jenis yang disimpan (gambar, PDF, pesan suara, video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="194"/>
        <location filename="../../tokodesk/services/log.py" line="144"/>
        <location filename="../../tokodesk/services/mail.py" line="473"/>
        <location filename="../../tokodesk/services/whatsapp.py" line="326"/>
        <source>Pesanan itu bukan milik pelanggan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="149"/>
        <source>Tulis isi catatan atau lampirkan berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="152"/>
        <source>Isi catatan terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="158"/>
        <source>Waktu kejadian tidak boleh di masa depan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="164"/>
        <source>Entri yang dikoreksi tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/log.py" line="272"/>
        <source>Lampiran tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="119"/>
        <source>Berkas «{name}» tidak bisa dibaca: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="127"/>
        <source>«{name}» adalah ZIP yang rusak atau bersandi; tidak bisa dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="181"/>
        <source>ZIP «{name}» tidak berisi ekspor chat WhatsApp (berkas .txt percakapannya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="220"/>
        <source>Lebih dari satu pengirim di chat ini cocok dengan pelanggan {customer}: {senders}. Sebutkan pengirim mana yang pelanggan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="229"/>
        <source>Tidak ada pengirim di chat ini yang cocok dengan nama atau nomor pelanggan {customer} ({phone}); pengirim di chat: {senders}. Sebutkan pengirim mana yang pelanggan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="266"/>
        <source>Lampiran «{name}» terlalu besar ({size} MB; batasnya {limit} MB); teks pesannya tetap diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="284"/>
        <source>{reason}; teks pesannya tetap diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="292"/>
        <source>Lampiran «{name}» rusak di dalam ZIP; teks pesannya tetap diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="357"/>
        <source>waktu pesan {time} ada di masa depan; pesan ini dilewati (jam komputer salah?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="377"/>
        <source>pesan terlalu panjang; dipotong jadi {max} huruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="383"/>
        <source>pesan kosong; dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/whatsapp.py" line="402"/>
        <source>{reason}; pesan ini dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="191"/>
        <source>Hari pengingat «{text}» tidak sah; tulis angka 1 sampai {max} dipisah koma, contoh 2,1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="79"/>
        <source>Jumlah bayar tidak boleh negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="79"/>
        <source>Kode QRIS rusak: susunan datanya terputus di karakter {pos}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="86"/>
        <source>Kode QRIS tidak lengkap: tag {tag} meminta {length} karakter, sisa {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="135"/>
        <source>Nominal QRIS (tag 54) tidak bisa dibaca: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="152"/>
        <source>Isi kode QRIS kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="156"/>
        <source>Ini bukan kode pembayaran QRIS: tidak diawali penanda format 000201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="161"/>
        <source>Kode QRIS tidak lengkap: CRC (tag 63) tidak ada di akhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="166"/>
        <source>CRC kode QRIS salah ({found}, seharusnya {expected}): kodenya rusak atau salah salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="177"/>
        <source>Kode QRIS rusak: tag {tag} muncul dua kali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="181"/>
        <source>Kode QRIS tanpa akun merchant (tag 02–51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="191"/>
        <source>Ini bukan QRIS Indonesia (mata uang {currency}, negara {country}); pakai QRIS dari bank atau dompet digital toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="202"/>
        <source>Nama merchant (tag 59) tidak ada di kode QRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="204"/>
        <source>Kota merchant (tag 60) tidak ada di kode QRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="208"/>
        <source>Kode QRIS rusak: metode inisiasi (tag 01) {value} tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="232"/>
        <source>Kode ini QRIS dinamis untuk satu pembayaran{amount}; muat QRIS statis dari stiker toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="243"/>
        <location filename="../../tokodesk/services/handover.py" line="158"/>
        <source>Jumlah bayar QRIS harus lebih dari Rp0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/qris.py" line="245"/>
        <source>Jumlah bayar QRIS terlalu besar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="174"/>
        <source>Pembayaran QRIS ini tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="203"/>
        <source>Pesanan ini sudah selesai; tanggal ambil tidak bisa diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="206"/>
        <source>Tulis alasan perubahan tanggal ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="209"/>
        <source>Tanggal ambil baru sama dengan yang lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="238"/>
        <source>Tulis alasan keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/handover.py" line="242"/>
        <source>DP baru bisa ditahan setelah batas pengambilan ({day}) lewat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="92"/>
        <source>Alamat e-mail «{text}» tidak valid (contoh: nama@gmail.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="166"/>
        <source>Nama server SMTP tidak valid (contoh: smtp.gmail.com; port diisi terpisah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="174"/>
        <source>Port SMTP harus 1 sampai 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="177"/>
        <source>Pilih keamanan: STARTTLS, SSL, atau tanpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="188"/>
        <source>Isi alamat pengirim: server SMTP memerlukannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="193"/>
        <source>Nama pengguna SMTP terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="257"/>
        <source>Login ke server SMTP ditolak: periksa nama pengguna dan kata sandi ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="265"/>
        <source>Alamat penerima {addr} ditolak server ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="271"/>
        <source>Alamat pengirim {addr} ditolak server ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="277"/>
        <source>Server SMTP memutus sambungan; periksa port dan pilihan keamanan (STARTTLS/SSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="283"/>
        <source>Server SMTP menolak e-mail ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="286"/>
        <source>Kesalahan SMTP: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="289"/>
        <source>Sertifikat server SMTP tidak bisa dipercaya ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="294"/>
        <source>Sambungan aman gagal; periksa pilihan keamanan (STARTTLS/SSL) dan port ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="301"/>
        <source>Server SMTP {host} tidak ditemukan; periksa nama server dan internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="308"/>
        <source>Tidak bisa terhubung ke {host}:{port}: sambungan ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="314"/>
        <source>Server SMTP {host}:{port} tidak menjawab (waktu habis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="320"/>
        <source>Tidak bisa terhubung ke {host}:{port} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="325"/>
        <source>E-mail gagal dikirim: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="328"/>
        <source>E-mail belum diatur: isi server SMTP di Pengaturan e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="356"/>
        <source>Server SMTP tidak mendukung STARTTLS; pilih SSL (port 465) atau tanpa enkripsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="366"/>
        <source>Server SMTP tidak menawarkan login; periksa pilihan keamanan (STARTTLS/SSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="420"/>
        <source>Isi alamat tujuan e-mail uji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="465"/>
        <source>Pelanggan {name} belum punya alamat e-mail; isi dulu di data pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="475"/>
        <location filename="../../tokodesk/services/notify.py" line="137"/>
        <location filename="../../tokodesk/services/notify.py" line="161"/>
        <source>Pengingat tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="479"/>
        <source>Isi subjek e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="484"/>
        <source>Isi e-mail masih kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="489"/>
        <source>Isi e-mail terlalu panjang (maksimal {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="701"/>
        <source>E-mail tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="703"/>
        <source>E-mail ini sudah terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/notify.py" line="139"/>
        <source>Pengingat ini sudah ditandai terkirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/pickup.py" line="193"/>
        <source>Tanggal ambil baru tidak boleh sebelum hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="31"/>
        <source>Hari bebas biaya simpan tidak boleh negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="32"/>
        <source>Hari bebas biaya simpan paling banyak {max} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="36"/>
        <source>Biaya simpan per hari tidak boleh negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="37"/>
        <source>Biaya simpan per hari paling banyak {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="41"/>
        <source>Batas total biaya simpan tidak boleh negatif (isi 0 bila tanpa batas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="42"/>
        <source>Batas total biaya simpan paling banyak {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="46"/>
        <source>Batal otomatis tidak boleh negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="47"/>
        <source>Batal otomatis paling lambat {max} hari setelah tanggal ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="51"/>
        <source>Tanggal ambil bawaan tidak boleh negatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="52"/>
        <source>Tanggal ambil bawaan paling lambat hari ini + {max} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="133"/>
        <source>Batal otomatis harus sesudah masa bebas biaya: lebih dari {grace} hari setelah tanggal ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/policy.py" line="150"/>
        <source>Batas total biaya simpan tidak boleh kurang dari biaya satu hari ({fee}); isi 0 bila tanpa batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="99"/>
        <source>PIN wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="101"/>
        <source>PIN hanya boleh berisi angka 0–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="105"/>
        <source>PIN terlalu pendek: minimal {min} angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="111"/>
        <source>PIN terlalu panjang: maksimal {max} angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/access.py" line="29"/>
        <source>{name} tidak berhak melakukan ini ({what}). Minta pemilik masuk atau memberi izin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="139"/>
        <location filename="../../tokodesk/services/staff.py" line="271"/>
        <source>Akun staf tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="172"/>
        <source>Nama staf wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="175"/>
        <source>Nama staf terlalu panjang (maks. {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="181"/>
        <source>Sudah ada akun aktif bernama {name}; pakai nama lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="199"/>
        <source>PIN ini sudah dipakai akun lain; pilih PIN lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="242"/>
        <source>Terlalu banyak PIN salah; tunggu sampai {time} lalu coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="282"/>
        <source>Akun pemilik sudah ada; masuk dengan PIN pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="314"/>
        <location filename="../../tokodesk/services/staff.py" line="373"/>
        <source>Peran harus pemilik atau staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="359"/>
        <source>Akun sendiri tidak bisa dinonaktifkan atau diubah perannya; minta pemilik lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="376"/>
        <source>Ini pemilik terakhir; tambahkan pemilik lain dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="383"/>
        <source>Pemilik terakhir tidak bisa dinonaktifkan; tambahkan pemilik lain dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="390"/>
        <source>Untuk mengaktifkan kembali, beri akun ini PIN baru (Reset PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="437"/>
        <source>PIN lama salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="465"/>
        <source>Pemilik sudah memiliki semua izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="484"/>
        <source>Waktu kunci layar harus {lo}–{hi} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="508"/>
        <source>Batas pembebasan harus antara Rp0 dan {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/staff.py" line="556"/>
        <source>Akun ini tidak aktif; minta pemilik mengaktifkannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/sign_in.py" line="281"/>
        <location filename="../../tokodesk/ui/sign_in.py" line="421"/>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="202"/>
        <source>Kedua PIN tidak sama; ketik ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="131"/>
        <source>Folder cadangan belum diatur. Pilih foldernya di Pengaturan › Cadangan data… (atau pakai --out FOLDER di baris perintah).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="136"/>
        <source>pg_dump tidak ditemukan, jadi database PostgreSQL ini belum bisa dicadangkan dari TokoDesk. Pasang alat baris perintah PostgreSQL (Windows: penginstal PostgreSQL, pilih «Command Line Tools»; Debian/Ubuntu: apt install postgresql-client), tambahkan folder bin-nya ke PATH, lalu buka lagi TokoDesk. Sementara itu cadangkan dari server: pg_dump --format=custom --file=tokodesk.pgdump NAMA_DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="144"/>
        <source>Database PostgreSQL dipulihkan dengan pg_restore, bukan dari TokoDesk: tutup TokoDesk di semua komputer, cadangkan dulu keadaan sekarang (tokodesk backup), lalu jalankan: pg_restore --clean --if-exists --no-owner --dbname=URL_DATABASE {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="211"/>
        <source>Tulis folder lengkap, contoh E:\Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="217"/>
        <source>Folder «{folder}» tidak ditemukan (flashdisk belum terpasang?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="231"/>
        <source>Isi angka {lo}–{hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="414"/>
        <source>Folder cadangan «{folder}» tidak ditemukan: flashdisk belum terpasang, atau folder dipindah? Pasang lalu coba lagi, atau pilih folder lain di Pengaturan › Cadangan data….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="422"/>
        <source>«{folder}» bukan folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="475"/>
        <source>segel bukti tidak utuh: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="493"/>
        <source>cadangan ini dibuat oleh versi TokoDesk yang lebih baru; perbarui TokoDesk dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="514"/>
        <source>segel bukti tidak bisa diperiksa ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="575"/>
        <source>Database jenis ini tidak bisa dicadangkan dari TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="754"/>
        <source>pg_dump gagal: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="801"/>
        <source>berkas ini bukan cadangan pg_dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="814"/>
        <source>arsip pg_dump tidak lengkap atau rusak ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="835"/>
        <source>Database sedang dipakai program lain (TokoDesk di jendela lain, atau perintah tokodesk yang masih berjalan). Tutup dulu, lalu coba lagi. Database tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="852"/>
        <source>Database ini sudah berisi data; memulihkan cadangan perlu PIN pemilik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="896"/>
        <source>Berkas ini adalah database yang sedang dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="902"/>
        <source>Cadangan «{name}» tidak dipakai: {problem}. Database tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="933"/>
        <source>Keadaan sekarang tidak bisa dicadangkan dulu ({reason}); pemulihan dibatalkan. Database tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="993"/>
        <source>Pemulihan dibatalkan: {problem}. Database tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/storage.py" line="109"/>
        <source>Database ada di folder jaringan ({kind}). SQLite di folder jaringan bisa rusak bila koneksi putus atau dua komputer menulis bersamaan. Untuk beberapa kasir pakai PostgreSQL (panduan «Several counters» di README); untuk satu kasir simpan database di disk PC ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="118"/>
        <source>Nomor resi «{resi}» tidak seperti resi {courier} (contoh: {example}). Periksa lagi; jika memang benar, konfirmasi untuk tetap menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="138"/>
        <location filename="../../tokodesk/services/shipping.py" line="393"/>
        <source>Berat paket harus lebih dari 0 gram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="187"/>
        <source>Status paket «{src}» tidak bisa menjadi «{dst}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="269"/>
        <source>Keputusan «{decision}» tidak berlaku untuk «{kind}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="278"/>
        <source>«{kind}» tidak bisa dicatat untuk paket berstatus «{status}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="80"/>
        <source>Ada pembayaran {pending} yang belum cair; paket belum boleh dikirim. Tunggu dananya masuk, atau pemilik meneruskan pengiriman dengan menuliskan alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="119"/>
        <location filename="../../tokodesk/services/shipping.py" line="684"/>
        <source>Data pengiriman tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="199"/>
        <source>Belum lunas: sisa {balance} harus dibayar sebelum dikirim (pesanan ini bukan COD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="206"/>
        <source>Pelanggan COD ini belum punya pesanan yang selesai: ongkos kirim harus dibayar di muka. Catat ongkirnya sebagai biaya kirim, terima pembayarannya, lalu kirim paketnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="349"/>
        <source>Ongkos kirim harus lebih dari Rp0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="381"/>
        <source>Pesanan {code} belum siap dikirim; tandai «Siap» dulu, lalu catat paketnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="397"/>
        <location filename="../../tokodesk/services/shipping.py" line="1143"/>
        <source>Ongkos kirim tidak boleh minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="401"/>
        <source>Nomor resi terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="406"/>
        <source>Isi nomor resi dari kurir, atau simpan sebagai «Dikemas» dulu dan isi resinya nanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="420"/>
        <source>Nilai pesanan {total} di atas {limit}: kirim dengan layanan asuransi/tanda tangan dan centang «Diasuransikan»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="432"/>
        <source>Nilai pesanan di atas {limit}: lampirkan foto paket yang sudah dikemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="442"/>
        <source>Pelanggan {name} berstatus diragukan: pengiriman diblokir sampai foto paket dilampirkan. Tambahkan foto paket yang sudah dikemas, lalu simpan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="452"/>
        <source>Pesanan ini bukan COD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="482"/>
        <source>Nilai COD {cod} tidak boleh melebihi sisa tagihan {owed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="540"/>
        <source>Pilih foto paketnya dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="574"/>
        <source>Isi nomor resi dari kurir sebelum paket dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="615"/>
        <source>Isi nomor resi dari kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="834"/>
        <source>Paket ini tidak sedang dalam perjalanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="923"/>
        <location filename="../../tokodesk/services/shipping.py" line="1017"/>
        <source>Paket ini bukan COD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="925"/>
        <source>Uang COD paket ini sudah dicatat diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="928"/>
        <source>Paket belum tercatat diterima pelanggan; uang COD belum bisa dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="1015"/>
        <source>Biaya tidak boleh minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/complaints.py" line="443"/>
        <location filename="../../tokodesk/services/shipping.py" line="1022"/>
        <source>Isi data paket pengganti (kurir, berat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="1038"/>
        <source>Jumlah pengembalian harus lebih dari Rp0 dan paling banyak {paid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="1188"/>
        <source>Catatan masalah pengiriman tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/shipping.py" line="1200"/>
        <source>Tulis alasan klaim dinilai tidak benar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="196"/>
        <source>Bukti «{ref}» tidak dikenal; tulis seperti order:12, incident:3, log:77 atau forfeit:5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="232"/>
        <source>Bukti «{ref}» tidak ditemukan pada pelanggan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="267"/>
        <source>Status pelanggan tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="270"/>
        <source>Tulis alasan perubahan status pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="274"/>
        <source>Alasan terlalu panjang (maksimal {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="139"/>
        <source>Keluhan berstatus «{now}» tidak bisa dipindah ke «{to}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="154"/>
        <source>Pilih temuan dulu (kesalahan siapa) sebelum menutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="157"/>
        <source>Buat ulang berbayar hanya bila kesalahan pelanggan; selain itu buat ulang gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="163"/>
        <source>Temuan «tidak terbukti»: pilih kesalahan siapa untuk buat ulang, atau penjelasan saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/feedback.py" line="47"/>
        <source>Ulasan diminta setelah pesanan diambil atau diterima (pesanan {code} belum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/feedback.py" line="112"/>
        <source>Pilih nilai 1 sampai 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/feedback.py" line="117"/>
        <source>Komentar terlalu panjang (paling banyak {n} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/report_export.py" line="32"/>
        <source>Berkas laporan «{name}» harus berakhiran .pdf atau .xlsx, contoh laporan.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/complaints.py" line="449"/>
        <source>Pilih pelanggan dulu (ketik nama atau No. HP, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="62"/>
        <source>Baris {n}: isi nama wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="69"/>
        <source>Baris {n}: nama wilayah terlalu panjang (maksimal {max} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="80"/>
        <source>Baris {n}: wilayah «{area}» sudah ada di tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="89"/>
        <source>Baris {n}: ongkir harus rupiah utuh antara Rp0 dan {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="98"/>
        <source>Baris {n}: lama antar harus 0 sampai {max} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="145"/>
        <source>Ongkos kirim harus rupiah utuh, Rp0 sampai {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="150"/>
        <source>Biaya kemas harus rupiah utuh, Rp0 sampai {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="142"/>
        <source>Tawaran antar hanya untuk pesanan ambil di toko yang sudah siap (pesanan {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="266"/>
        <source>Pilih kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="269"/>
        <source>Isi alamat tujuan antar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="274"/>
        <source>Alamat terlalu panjang (maksimal {n} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="286"/>
        <source>Berat paket harus 1 sampai {n} gram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="292"/>
        <source>Perkiraan tiba tidak boleh sebelum hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="301"/>
        <source>Pesan terlalu panjang (maksimal {n} huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="318"/>
        <source>Tawaran antar untuk pesanan {code} masih menunggu jawaban; catat jawabannya dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="390"/>
        <source>Tawaran antar tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="393"/>
        <source>Tawaran antar ini sudah dijawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/delivery.py" line="490"/>
        <source>Tulis jawaban pelanggan atau alasannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="72"/>
        <source>QRIS toko belum dimuat; muat dulu di Pengaturan › Profil toko (bagian QRIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="91"/>
        <source>Pesanan {code} tidak punya sisa tagihan; tidak ada kode bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="141"/>
        <source>Gambar terlalu besar (maksimal 20 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="150"/>
        <source>Berkas ini bukan gambar yang bisa dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/qris.py" line="164"/>
        <source>Tidak ada kode QR yang terbaca di gambar ini; foto stiker lebih dekat dan tegak, atau tempel isi kodenya</source>
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
        <location filename="../../tokodesk/services/audit.py" line="42"/>
        <source>Masuk &amp; kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="43"/>
        <source>Pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="44"/>
        <location filename="../../tokodesk/ui/i18n.py" line="87"/>
        <source>Pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="45"/>
        <source>Pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="55"/>
        <location filename="../../tokodesk/services/audit.py" line="47"/>
        <location filename="../../tokodesk/services/audit.py" line="95"/>
        <source>Catatan komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="48"/>
        <source>Pesan &amp; pengingat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="49"/>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="56"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="50"/>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="61"/>
        <source>Akun staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="46"/>
        <source>Keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="51"/>
        <source>Impor, laporan, cadangan &amp; pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="52"/>
        <source>Otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="57"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="58"/>
        <source>PIN salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="59"/>
        <source>Mencoba masuk saat harus menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="60"/>
        <source>Layar dikunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="61"/>
        <source>Ganti pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="62"/>
        <source>Pesanan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="63"/>
        <source>Status pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="64"/>
        <source>Tanggal ambil diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="65"/>
        <source>DP ditahan (keputusan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="66"/>
        <source>Diserahkan ke pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="67"/>
        <source>Paket dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="68"/>
        <source>Status paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="69"/>
        <source>Foto paket ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="70"/>
        <source>Kabar pengiriman ke pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="71"/>
        <source>Uang COD diterima toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="72"/>
        <source>Masalah pengiriman dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="73"/>
        <source>Klaim pengiriman diputuskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="74"/>
        <source>Entri pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="75"/>
        <source>Pembatalan entri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="76"/>
        <source>Diteruskan walau pembayaran belum cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="77"/>
        <source>Konfirmasi detail pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="78"/>
        <source>Pesanan dibuat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="79"/>
        <source>Biaya simpan dibebaskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="80"/>
        <source>Keluhan dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="81"/>
        <source>Status keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="82"/>
        <source>Temuan keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="83"/>
        <source>Bukti keluhan ditautkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="84"/>
        <source>Keluhan diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="85"/>
        <source>Keluhan ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="86"/>
        <source>Permintaan ulasan dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="87"/>
        <source>Tawaran antar dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="88"/>
        <source>Tawaran antar diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="89"/>
        <source>Tawaran antar ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="90"/>
        <source>Penilaian pelanggan dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="91"/>
        <source>Pelanggan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="92"/>
        <source>Data pelanggan diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="93"/>
        <source>Status pelanggan diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="94"/>
        <source>Status pelanggan dipertahankan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="96"/>
        <source>Impor chat WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="97"/>
        <source>Pesan dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="98"/>
        <source>Pengingat dilewati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="99"/>
        <source>Profil toko &amp; cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="100"/>
        <source>S&amp;K versi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="101"/>
        <source>Kebijakan pengambilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="102"/>
        <source>Templat pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="103"/>
        <source>Pengaturan e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="104"/>
        <source>Panduan keluhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="105"/>
        <source>Ongkir antar per wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="106"/>
        <source>Laporan dibuat (PDF/XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="107"/>
        <source>Akun pemilik dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="108"/>
        <source>Staf ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="109"/>
        <source>Akun staf diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="110"/>
        <source>PIN diganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="111"/>
        <source>Izin diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="112"/>
        <source>Waktu kunci layar diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="113"/>
        <source>Batas pembebasan biaya simpan diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="114"/>
        <source>Impor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="115"/>
        <source>Data demo dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="116"/>
        <source>Cadangan data dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="117"/>
        <source>Data dipulihkan dari cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="118"/>
        <source>Pengaturan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="119"/>
        <source>Aturan harian dijalankan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="123"/>
        <source>berhasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="124"/>
        <source>DITOLAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/audit.py" line="125"/>
        <source>gagal</source>
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
        <location filename="../../tokodesk/domain/reports.py" line="42"/>
        <source>Tutup kas harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="43"/>
        <source>Laporan mingguan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="44"/>
        <source>Laporan bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="48"/>
        <source>DP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="49"/>
        <source>Pelunasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="50"/>
        <source>Biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="51"/>
        <location filename="../../tokodesk/ui/i18n.py" line="90"/>
        <source>Ongkos kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="52"/>
        <location filename="../../tokodesk/ui/i18n.py" line="91"/>
        <source>Biaya lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="56"/>
        <source>Buku pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="57"/>
        <source>Riwayat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="60"/>
        <source>Sen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="61"/>
        <source>Sel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="62"/>
        <source>Rab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="63"/>
        <source>Kam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="64"/>
        <source>Jum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="65"/>
        <source>Sab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/reports.py" line="66"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="92"/>
        <source>DP hangus (ditahan toko)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="93"/>
        <source>Dana cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="94"/>
        <source>Dana tidak masuk (ditolak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="95"/>
        <source>Potongan (kompensasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="101"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="102"/>
        <source>Perlu diwaspadai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/i18n.py" line="103"/>
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
        <location filename="../../tokodesk/domain/delivery.py" line="38"/>
        <source>Menunggu jawaban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/delivery.py" line="39"/>
        <location filename="../../tokodesk/domain/orders.py" line="49"/>
        <location filename="../../tokodesk/domain/shipping.py" line="157"/>
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
        <location filename="../../tokodesk/services/chain.py" line="45"/>
        <source>catatan komunikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="46"/>
        <source>buku pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/chain.py" line="47"/>
        <source>riwayat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="38"/>
        <source>Pesanan diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="39"/>
        <source>DP diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="40"/>
        <source>Pesanan siap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="41"/>
        <source>Pengingat H-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="42"/>
        <source>Pengingat H-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="43"/>
        <source>Hari terakhir gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="44"/>
        <source>Biaya simpan mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="45"/>
        <source>Peringatan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="46"/>
        <source>Dibatalkan, DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="47"/>
        <source>Pembayaran diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="48"/>
        <source>Sudah diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="49"/>
        <source>Dikirim (dengan resi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="50"/>
        <source>Diterima &amp; minta ulasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="51"/>
        <source>Minta ulasan (setelah diambil/diterima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="52"/>
        <source>Tawaran antar (pesanan belum diambil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="56"/>
        <source>nama pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="57"/>
        <source>kode pesanan, contoh TD-2611-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="58"/>
        <source>daftar barang singkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="59"/>
        <source>total pesanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="60"/>
        <source>yang sudah dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="61"/>
        <source>sisa yang harus dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="62"/>
        <source>jumlah pembayaran terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="63"/>
        <source>tanggal ambil yang disepakati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="64"/>
        <source>besok / lusa / dalam 3 hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="65"/>
        <source>hari terakhir tanpa biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="66"/>
        <source>biaya simpan per hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="67"/>
        <source>biaya simpan sampai hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="68"/>
        <source>tanggal batal otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="69"/>
        <source>kurir pengiriman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="70"/>
        <source>nomor resi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="71"/>
        <source>nama toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="72"/>
        <source>telepon/WhatsApp toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="73"/>
        <source>alamat toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="74"/>
        <source>alamat tujuan antar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="75"/>
        <source>ongkos kirim yang ditawarkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="76"/>
        <source>biaya kemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="77"/>
        <source>perkiraan tanggal tiba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="78"/>
        <source>total yang dibayar sekarang (sisa + biaya simpan + ongkir + kemas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="34"/>
        <source>Pengingat untuk dikirim hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="35"/>
        <source>Jadwal ambil hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="36"/>
        <source>Lewat tanggal ambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="37"/>
        <source>Berisiko: belum siap, tanggal ambil dekat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="38"/>
        <source>Perlu keputusan (pelanggan memberi kabar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/agenda.py" line="39"/>
        <source>Dibatalkan otomatis hari ini (DP hangus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="40"/>
        <source>Kebijakan, S&amp;K, profil toko, template, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="41"/>
        <source>Daftar hitam dan status pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="42"/>
        <source>Pembatalan entri pembayaran dan refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="43"/>
        <source>Membebaskan biaya simpan di atas batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="44"/>
        <source>Memutuskan deposit hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="45"/>
        <source>Mengelola akun staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="46"/>
        <source>Cadangan dan pemulihan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="47"/>
        <source>Laporan keuangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="48"/>
        <source>Melihat jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="49"/>
        <source>Menyerahkan/mengirim pesanan yang pembayarannya belum cair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="55"/>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="56"/>
        <source>Staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/access.py" line="57"/>
        <source>Sistem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="57"/>
        <source>Status pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="58"/>
        <source>Pembatalan &amp; refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="59"/>
        <source>Bebas biaya simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="60"/>
        <source>DP hangus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="62"/>
        <source>Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="63"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/ui/staff_dialog.py" line="64"/>
        <source>Jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="86"/>
        <source>harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="87"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="88"/>
        <source>sebelum pembaruan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/backup.py" line="89"/>
        <source>sebelum pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="39"/>
        <source>JNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="40"/>
        <source>J&amp;T Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="41"/>
        <source>SiCepat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="42"/>
        <source>AnterAja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="43"/>
        <source>Pos Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="44"/>
        <source>GoSend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="45"/>
        <source>GrabExpress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="46"/>
        <source>Lion Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="73"/>
        <location filename="../../tokodesk/domain/shipping.py" line="48"/>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="47"/>
        <source>Kurir toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="154"/>
        <source>Dikemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="155"/>
        <source>Diserahkan ke kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="156"/>
        <source>Dalam perjalanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="158"/>
        <source>Dikembalikan (retur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="159"/>
        <source>Hilang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="230"/>
        <location filename="../../tokodesk/services/standing.py" line="51"/>
        <source>Hilang di perjalanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="231"/>
        <source>Tercatat diterima, pelanggan bilang belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="232"/>
        <source>Klaim isi paket kurang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="233"/>
        <source>Paket COD ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="85"/>
        <location filename="../../tokodesk/domain/shipping.py" line="236"/>
        <source>Belum diputuskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="89"/>
        <source>Tidak terbukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="93"/>
        <location filename="../../tokodesk/domain/shipping.py" line="237"/>
        <source>Kirim ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="238"/>
        <source>Kembalikan dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="81"/>
        <location filename="../../tokodesk/domain/delivery.py" line="40"/>
        <location filename="../../tokodesk/domain/shipping.py" line="239"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="240"/>
        <source>Ditanggung toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="243"/>
        <source>Belum diperiksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="244"/>
        <source>Klaim benar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/shipping.py" line="245"/>
        <source>Klaim tidak benar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="86"/>
        <location filename="../../tokodesk/services/confirmations.py" line="32"/>
        <source>Kesalahan toko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="88"/>
        <location filename="../../tokodesk/services/confirmations.py" line="33"/>
        <source>Kesalahan pelanggan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="87"/>
        <location filename="../../tokodesk/services/confirmations.py" line="34"/>
        <source>Kesalahan kurir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="64"/>
        <source>Barang kurang / tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="65"/>
        <source>Barang rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="66"/>
        <source>Barang salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="67"/>
        <source>Personalisasi salah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="68"/>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="69"/>
        <source>Hilang di pengiriman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="70"/>
        <location filename="../../tokodesk/services/standing.py" line="52"/>
        <source>Terkirim tapi tidak diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="71"/>
        <source>Kualitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="72"/>
        <source>Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="77"/>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="78"/>
        <source>Sudah ditanggapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="79"/>
        <source>Sedang dicek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="80"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="94"/>
        <source>Buat ulang gratis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="95"/>
        <source>Buat ulang berbayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="96"/>
        <source>Refund sebagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="97"/>
        <source>Refund penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="98"/>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/complaints.py" line="99"/>
        <source>Penjelasan saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="53"/>
        <source>Klaim barang kurang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="54"/>
        <source>COD ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="57"/>
        <source>belum diperiksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="58"/>
        <source>klaim benar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="59"/>
        <source>klaim tidak benar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="63"/>
        <source>{n} pesanan hangus (tidak diambil, DP ditahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="64"/>
        <source>{n} paket COD ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/standing.py" line="65"/>
        <source>{n} klaim terbukti tidak benar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="84"/>
        <source>Halo Kak {nama}, terima kasih sudah memesan di {toko}. Pesanan {kode} ({barang}) sudah kami catat dengan total {total}. Tanggal ambil: {tanggal_ambil}. Mohon cek kembali detailnya; kalau ada yang kurang tepat, kabari kami hari ini ya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="90"/>
        <source>Halo Kak {nama}, DP sebesar {jumlah} untuk pesanan {kode} sudah kami terima. Sisa pembayaran {sisa} dilunasi saat pengambilan pada {tanggal_ambil}. Terima kasih — {toko}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="95"/>
        <source>Halo Kak {nama}, pesanan {kode} sudah SIAP diambil di {toko}. Tanggal ambil: {tanggal_ambil}; sisa pembayaran {sisa}. Mohon diambil paling lambat {hari_terakhir} agar tidak dikenakan biaya penyimpanan {tarif_simpan} per hari. Terima kasih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="101"/>
        <source>Halo Kak {nama}, mengingatkan: pesanan {kode} bisa diambil {kapan} ({tanggal_ambil}) di {toko}. Sisa pembayaran {sisa}. Kalau berhalangan, mohon kabari kami ya. Terima kasih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="106"/>
        <source>Halo Kak {nama}, besok ({tanggal_ambil}) jadwal pengambilan pesanan {kode} di {toko}. Sisa pembayaran {sisa}. Sampai jumpa besok!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="111"/>
        <source>Halo Kak {nama}, pesanan {kode} masih menunggu di {toko}. Hari ini ({hari_terakhir}) hari terakhir pengambilan tanpa biaya. Mulai besok dikenakan biaya penyimpanan {tarif_simpan} per hari sesuai syarat &amp; ketentuan yang Kakak setujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="117"/>
        <source>Halo Kak {nama}, pesanan {kode} belum diambil. Sesuai syarat &amp; ketentuan, mulai hari ini berlaku biaya penyimpanan {tarif_simpan} per hari (saat ini {biaya_simpan}). Mohon segera diambil atau hubungi kami. Batas akhir pengambilan: {tanggal_batal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="123"/>
        <source>PERINGATAN TERAKHIR — Kak {nama}, pesanan {kode} belum diambil. Jika sampai {tanggal_batal} pesanan belum diambil dan tidak ada kabar, pesanan dibatalkan otomatis dan DP tidak dikembalikan, sesuai syarat &amp; ketentuan. Biaya simpan saat ini {biaya_simpan}. Balas pesan ini bila perlu waktu tambahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="130"/>
        <source>Halo Kak {nama}, karena pesanan {kode} tidak diambil sampai batas waktu dan kami tidak menerima kabar, pesanan dibatalkan dan DP {dibayar} tidak dikembalikan sesuai syarat &amp; ketentuan yang disepakati. Terima kasih — {toko}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="136"/>
        <source>Halo Kak {nama}, pembayaran {jumlah} untuk pesanan {kode} sudah kami terima. Sisa: {sisa}. Terima kasih — {toko}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="141"/>
        <source>Terima kasih Kak {nama}, pesanan {kode} sudah diserahkan. Semoga suka! Simpan nota ini sebagai bukti — {toko}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="146"/>
        <source>Halo Kak {nama}, pesanan {kode} sudah dikirim lewat {kurir} dengan nomor resi {resi}. Mohon rekam video saat membuka paket sebagai bukti bila ada kendala. Terima kasih — {toko}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="151"/>
        <source>Halo Kak {nama}, pesanan {kode} sudah sampai. Bagaimana hasilnya? Mohon beri nilai 1–5 dan sedikit komentar; masukan Kakak sangat berarti untuk {toko}. Terima kasih!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/messages.py" line="156"/>
        <source>Halo Kak {nama}, terima kasih sudah berbelanja di {toko}. Bagaimana pesanan {kode}? Mohon beri nilai 1–5 dan sedikit komentar; bila ada yang kurang, kabari kami supaya bisa segera kami perbaiki. Terima kasih!</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="210"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="212"/>
        <source>besok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="214"/>
        <source>lusa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="216"/>
        <source>dalam {n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/domain/timeline.py" line="217"/>
        <source>{n} hari yang lalu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="407"/>
        <source>Uji e-mail TokoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/mail.py" line="408"/>
        <source>E-mail uji dari TokoDesk ({shop}). Bila e-mail ini sampai, pengaturan SMTP sudah benar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tokodesk/services/notify.py" line="97"/>
        <source>{kind} — pesanan {code} ({shop})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
