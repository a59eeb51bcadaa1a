<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CallBanner</name>
    <message>
        <source>Current call</source>
        <translation>Panggilan saat ini</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Berlangsung</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Diam</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Berakhir pukul %1</translation>
    </message>
</context>
<context>
    <name>CallPopController</name>
    <message>
        <source>Inbound calls need Data Cloud: Campaign Manager has no inbound history.</source>
        <translation>Panggilan masuk memerlukan Data Cloud: Campaign Manager tidak menyimpan riwayat panggilan masuk.</translation>
    </message>
    <message>
        <source>This call has no number to look up.</source>
        <translation>Panggilan ini tidak memiliki nomor yang bisa dicari.</translation>
    </message>
    <message>
        <source>The caller&apos;s ID was “%1”.</source>
        <translation>ID penelepon: “%1”.</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Panggilan dari %1</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Campaigns listing this customer</source>
        <translation>Kampanye yang memuat pelanggan ini</translation>
    </message>
    <message>
        <source>%1 in the last %2 days</source>
        <translation>%1 dalam %2 hari terakhir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>Kontak terakhir: %1</translation>
    </message>
    <message>
        <source>%1 failed attempts in a row</source>
        <translation>%1 kali gagal berturut-turut</translation>
    </message>
    <message>
        <source>Campaigns:</source>
        <translation>Kampanye:</translation>
    </message>
    <message>
        <source>Show only the campaign %1</source>
        <translation>Tampilkan hanya kampanye %1</translation>
    </message>
    <message>
        <source>Filter by campaign %1</source>
        <translation>Filter menurut kampanye %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <translation>
            <numerusform>%n interaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
</context>
<context>
    <name>DayCard</name>
    <message>
        <source>Transferred</source>
        <translation>Dialihkan</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agen: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agen: %1</translation>
    </message>
    <message>
        <source>Queues: %1</source>
        <translation>Antrean: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Antrean: %1</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Komentar: %1</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Interactions of the day</source>
        <translation>Interaksi hari ini</translation>
    </message>
    <message>
        <source>Previous day with interactions</source>
        <translation>Hari sebelumnya dengan interaksi</translation>
    </message>
    <message>
        <source>Next day with interactions</source>
        <translation>Hari berikutnya dengan interaksi</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Hari sebelumnya</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Hari berikutnya</translation>
    </message>
    <message>
        <source>No day selected</source>
        <translation>Belum ada hari yang dipilih</translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <translation>
            <numerusform>%n interaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>No interactions on this day</source>
        <translation>Tidak ada interaksi pada hari ini</translation>
    </message>
</context>
<context>
    <name>DetailFields</name>
    <message>
        <source>DateTime</source>
        <translation>Tanggal/Waktu</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>Nomor Telepon</translation>
    </message>
    <message>
        <source>Previous Score</source>
        <translation>Skor Sebelumnya</translation>
    </message>
    <message>
        <source>Current Score</source>
        <translation>Skor Saat Ini</translation>
    </message>
    <message>
        <source>Agent Name</source>
        <translation>Nama Agen</translation>
    </message>
    <message>
        <source>Agent Comments</source>
        <translation>Komentar Agen</translation>
    </message>
    <message>
        <source>Call Start Time</source>
        <translation>Waktu Mulai Panggilan</translation>
    </message>
    <message>
        <source>Call End Time</source>
        <translation>Waktu Selesai Panggilan</translation>
    </message>
    <message>
        <source>Channel Type</source>
        <translation>Jenis Kanal</translation>
    </message>
    <message>
        <source>Channel Direction</source>
        <translation>Arah Kanal</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Phone number / address</source>
        <translation>Nomor telepon / alamat</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Previous score</source>
        <translation>Skor sebelumnya</translation>
    </message>
    <message>
        <source>Current score</source>
        <translation>Skor saat ini</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Halaman web</translation>
    </message>
    <message>
        <source>Content offer</source>
        <translation>Penawaran konten</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Agent comments</source>
        <translation>Komentar agen</translation>
    </message>
</context>
<context>
    <name>DetailPopup</name>
    <message>
        <source>Interaction details</source>
        <translation>Detail interaksi</translation>
    </message>
    <message>
        <source>Previous interaction of this date</source>
        <translation>Interaksi sebelumnya pada tanggal ini</translation>
    </message>
    <message>
        <source>Next interaction of this date</source>
        <translation>Interaksi berikutnya pada tanggal ini</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter outcome, agent, comments</source>
        <translation>Filter hasil, agen, komentar</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Teks filter</translation>
    </message>
    <message>
        <source>Apply campaign, channel and period</source>
        <translation>Terapkan kampanye, kanal, dan periode</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Semua kampanye</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <source>Date &amp; time</source>
        <translation>Tanggal &amp; waktu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Phone number / address</source>
        <translation>Nomor telepon / alamat</translation>
    </message>
    <message>
        <source>Previous score</source>
        <translation>Skor sebelumnya</translation>
    </message>
    <message>
        <source>Current score</source>
        <translation>Skor saat ini</translation>
    </message>
    <message>
        <source>Agent comments</source>
        <translation>Komentar agen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Interactions</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>No interactions match the filter</source>
        <translation>Tidak ada interaksi yang cocok dengan filter</translation>
    </message>
    <message>
        <source>Choose “All” or clear the text to see more.</source>
        <translation>Pilih “Semua” atau hapus teks untuk melihat lebih banyak.</translation>
    </message>
    <message>
        <source>No interactions yet</source>
        <translation>Belum ada interaksi</translation>
    </message>
    <message numerus="yes">
        <source>No interactions in the last %n months</source>
        <translation>
            <numerusform>Tidak ada interaksi dalam %n bulan terakhir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>Number, e-mail, SIP address, id or name</source>
        <translation>Nomor, email, alamat SIP, ID, atau nama</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Other views, settings and window options</source>
        <translation>Tampilan lain, pengaturan, dan opsi jendela</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Mencari %1…</translation>
    </message>
    <message>
        <source>Look up a customer</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Type a phone number, e-mail or SIP address, customer id or name and press Enter.</source>
        <translation>Ketik nomor telepon, alamat email atau SIP, ID pelanggan, atau nama, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Could not load the journey.</source>
        <translation>Riwayat pelanggan tidak dapat dimuat.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>Terjadi kesalahan yang tidak terduga; detailnya ada di log.</translation>
    </message>
    <message>
        <source>No history for %1</source>
        <translation>Tidak ada riwayat untuk %1</translation>
    </message>
    <message>
        <source>No customer is known by this number, address or id.</source>
        <translation>Tidak ada pelanggan dengan nomor, alamat, atau ID ini.</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Tidak ada pelanggan yang cocok dengan “%1”</translation>
    </message>
    <message>
        <source>Try a phone number, e-mail or SIP address, customer id or part of a name.</source>
        <translation>Coba nomor telepon, alamat email atau SIP, ID pelanggan, atau sebagian nama.</translation>
    </message>
    <message>
        <source>%1 customers match “%2”</source>
        <translation>%1 pelanggan cocok dengan “%2”</translation>
    </message>
    <message>
        <source>Pick one from the list, or type more.</source>
        <translation>Pilih salah satu dari daftar, atau ketik lebih lengkap.</translation>
    </message>
    <message>
        <source>%1 – Customer journey</source>
        <translation>%1 – Customer Journey</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Memuat</translation>
    </message>
    <message>
        <source>Try the last action again</source>
        <translation>Ulangi tindakan terakhir</translation>
    </message>
</context>
<context>
    <name>SuggestionPopup</name>
    <message>
        <source>Matching customers</source>
        <translation>Pelanggan yang cocok</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n baru</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Show the newest interactions</source>
        <translation>Tampilkan interaksi terbaru</translation>
    </message>
    <message numerus="yes">
        <source>%n more here; click to zoom in</source>
        <translation>
            <numerusform>%n interaksi lagi di sini; klik untuk memperbesar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Tingkat zoom</translation>
    </message>
    <message numerus="yes">
        <source>%n interactions</source>
        <translation>
            <numerusform>%n interaksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 dari %n ditampilkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Could not open the journey store.</source>
        <translation>Basis data riwayat pelanggan tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>Terjadi kesalahan yang tidak terduga; detailnya ada di log.</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Menyiapkan data demo…</translation>
    </message>
    <message>
        <source>The first start takes a few seconds.</source>
        <translation>Saat pertama kali dijalankan, perlu beberapa detik.</translation>
    </message>
    <message>
        <source>Could not prepare the demo data.</source>
        <translation>Data demo tidak dapat disiapkan.</translation>
    </message>
    <message>
        <source>No journey store found.</source>
        <translation>Basis data riwayat pelanggan tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no journey store at %1. Load one with “journey-widget import FILE”, or start with --demo.</source>
        <translation>Tidak ada basis data riwayat pelanggan di %1. Muat dengan “journey-widget import FILE”, atau jalankan dengan --demo.</translation>
    </message>
    <message>
        <source>The call&apos;s details are not valid JSON.</source>
        <translation>Detail panggilan bukan JSON yang valid.</translation>
    </message>
    <message>
        <source>This call cannot be shown.</source>
        <translation>Panggilan ini tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <source>No history for %1.</source>
        <translation>Tidak ada riwayat untuk %1.</translation>
    </message>
    <message>
        <source>%1 customers match; pass a number, address or id.</source>
        <translation>%1 pelanggan cocok; berikan nomor, alamat, atau ID.</translation>
    </message>
    <message>
        <source>The window was closed before it was ready.</source>
        <translation>Jendela ditutup sebelum siap.</translation>
    </message>
    <message>
        <source>The journey did not load within %1 seconds.</source>
        <translation>Riwayat pelanggan tidak termuat dalam %1 detik.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Tangkapan layar tidak dapat disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Voice</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Web chat</translation>
    </message>
    <message>
        <source>Web messaging</source>
        <translation>Web messaging</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Facebook Messenger</source>
        <translation>Facebook Messenger</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Web event</source>
        <translation>Aktivitas web</translation>
    </message>
    <message>
        <source>Content offer</source>
        <translation>Penawaran konten</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Manual outbound</source>
        <translation>Keluar manual</translation>
    </message>
    <message>
        <source>Call as a service</source>
        <translation>Call as a Service</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Panggilan balik</translation>
    </message>
    <message>
        <source>Agentless</source>
        <translation>Tanpa agen</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Pesan suara</translation>
    </message>
    <message>
        <source>Hangup before Accept</source>
        <translation>Ditutup sebelum diterima</translation>
    </message>
    <message>
        <source>Hangup in IVR</source>
        <translation>Ditutup di IVR</translation>
    </message>
    <message>
        <source>Hangup in Queue</source>
        <translation>Ditutup di antrean</translation>
    </message>
    <message>
        <source>Hangup in IVR after Queue</source>
        <translation>Ditutup di IVR setelah antrean</translation>
    </message>
    <message>
        <source>Hangup by Workflow</source>
        <translation>Diputus oleh alur kerja</translation>
    </message>
    <message>
        <source>Accepted by User</source>
        <translation>Diterima oleh agen</translation>
    </message>
    <message>
        <source>Transferred by Workflow</source>
        <translation>Ditransfer oleh alur kerja</translation>
    </message>
    <message>
        <source>Transferred by User</source>
        <translation>Ditransfer oleh agen</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Transfer gagal</translation>
    </message>
    <message>
        <source>Destination accepted</source>
        <translation>Diterima oleh tujuan</translation>
    </message>
    <message>
        <source>Destination declined</source>
        <translation>Ditolak oleh tujuan</translation>
    </message>
    <message>
        <source>Destination not reached</source>
        <translation>Tujuan tidak terjangkau</translation>
    </message>
    <message>
        <source>User aborted</source>
        <translation>Dibatalkan oleh agen</translation>
    </message>
    <message>
        <source>Lost in Queue</source>
        <translation>Hilang di antrean</translation>
    </message>
    <message>
        <source>Cancelled by external system</source>
        <translation>Dibatalkan oleh sistem eksternal</translation>
    </message>
    <message>
        <source>Marked as handled by User</source>
        <translation>Ditandai selesai oleh agen</translation>
    </message>
    <message>
        <source>Marked as handled by Workflow</source>
        <translation>Ditandai selesai oleh alur kerja</translation>
    </message>
    <message>
        <source>Standby Duty Accepted</source>
        <translation>Diterima oleh petugas siaga</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Berlangsung</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Diam</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
