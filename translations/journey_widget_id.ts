<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>Anonymise %1</source>
        <translation>Anonimkan %1</translation>
    </message>
    <message>
        <source>Anonymising %1 erases their name, numbers, addresses, comments and other notes from this computer for good, the offline cache included. Counts, outcomes, durations, channels and dates stay as anonymous statistics. This cannot be undone.</source>
        <translation>Menganonimkan %1 menghapus nama, nomor, alamat, komentar, dan catatan lain pelanggan ini dari komputer ini secara permanen, termasuk dari cache offline. Jumlah, hasil, durasi, kanal, dan tanggal tetap tersimpan sebagai statistik anonim. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Type the customer id %1 to confirm:</source>
        <translation>Ketik ID pelanggan %1 untuk konfirmasi:</translation>
    </message>
    <message>
        <source>Customer id to confirm</source>
        <translation>ID pelanggan untuk konfirmasi</translation>
    </message>
    <message>
        <source>Works once the customer id is typed above</source>
        <translation>Aktif setelah ID pelanggan diketik di atas</translation>
    </message>
</context>
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
    <name>CallTray</name>
    <message>
        <source>Recent calls</source>
        <translation>Panggilan terakhir</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Belum ada panggilan</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>Open this caller&apos;s journey</source>
        <translation>Buka riwayat penelepon ini</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Menguji koneksi…</translation>
    </message>
    <message>
        <source>Connected: the back end answered.</source>
        <translation>Terhubung: back end menjawab.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Multi row</source>
        <translation>Banyak baris</translation>
    </message>
    <message>
        <source>Stairway</source>
        <translation>Tangga</translation>
    </message>
    <message>
        <source>Single row</source>
        <translation>Satu baris</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Tampilan:</translation>
    </message>
    <message>
        <source>Timeline view mode</source>
        <translation>Mode tampilan linimasa</translation>
    </message>
    <message>
        <source>Extended task result</source>
        <translation>Hasil tugas terperinci</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Survey / rating</source>
        <translation>Survei / penilaian</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Refresh the conversation</source>
        <translation>Muat ulang sesi</translation>
    </message>
    <message>
        <source>This conversation is less than 2 minutes old: its codes and survey answers may still be missing. Refresh to load them.</source>
        <translation>Sesi ini belum berumur 2 menit: kode dan jawaban surveinya mungkin belum ada. Muat ulang untuk memuatnya.</translation>
    </message>
    <message>
        <source>No timeline events were recorded for this conversation.</source>
        <translation>Tidak ada peristiwa yang tercatat untuk sesi ini.</translation>
    </message>
    <message>
        <source>Pick a conversation from the history to read it here.</source>
        <translation>Pilih sesi dari Riwayat untuk membacanya di sini.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation timeline</source>
        <translation>Linimasa sesi</translation>
    </message>
    <message>
        <source>Left and Right move from event to event; hover a bar for details.</source>
        <translation>Kiri dan Kanan berpindah antarperistiwa; arahkan penunjuk ke batang untuk detail.</translation>
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
        <source>Lead status:</source>
        <translation>Status lead:</translation>
    </message>
    <message>
        <source>Lead status: %1</source>
        <translation>Status lead: %1</translation>
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
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
</context>
<context>
    <name>CustomerOperations</name>
    <message>
        <source>That session is no longer there.</source>
        <translation>Sesi itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Save the session&apos;s trace</source>
        <translation>Simpan trace sesi</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>That customer is no longer there.</source>
        <translation>Pelanggan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data</source>
        <translation>Ekspor data pelanggan</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Berkas JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>Terjadi kesalahan tak terduga; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>Choose a tenant and a customer to see their history.</source>
        <translation>Pilih tenant dan pelanggan untuk melihat riwayatnya.</translation>
    </message>
    <message>
        <source>The journey store is not open yet.</source>
        <translation>Penyimpanan journey belum terbuka.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Memuat riwayat…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Sedang diproses…</translation>
    </message>
    <message>
        <source>This customer is not there, or not in your divisions.</source>
        <translation>Pelanggan ini tidak ada, atau tidak termasuk divisi Anda.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 tersimpan.</translation>
    </message>
    <message>
        <source>%1 is anonymised; the statistics stay.</source>
        <translation>%1 sudah dianonimkan; statistiknya tetap ada.</translation>
    </message>
    <message>
        <source>Last interaction: %1</source>
        <translation>Interaksi terakhir: %1</translation>
    </message>
    <message>
        <source>(hidden by the filters)</source>
        <translation>(disembunyikan oleh filter)</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Peran Anda tidak mengizinkan ini.</translation>
    </message>
    <message>
        <source>Choose a customer (and a session) first.</source>
        <translation>Pilih pelanggan (dan sesi) terlebih dahulu.</translation>
    </message>
    <message>
        <source>Customer operations</source>
        <translation>Operasi pelanggan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Sessions of the customer, newest first; Enter on Actions saves the trace</source>
        <translation>Sesi pelanggan, terbaru di atas; Enter pada Tindakan menyimpan trace</translation>
    </message>
    <message>
        <source>Download trace…</source>
        <translation>Unduh trace…</translation>
    </message>
    <message>
        <source>Download the selected session&apos;s trace</source>
        <translation>Unduh trace sesi yang dipilih</translation>
    </message>
    <message>
        <source>Export customer…</source>
        <translation>Ekspor pelanggan…</translation>
    </message>
    <message>
        <source>Export all of the customer&apos;s data</source>
        <translation>Ekspor semua data pelanggan</translation>
    </message>
    <message>
        <source>Anonymise customer…</source>
        <translation>Anonimkan pelanggan…</translation>
    </message>
    <message>
        <source>Anonymise the customer</source>
        <translation>Anonimkan pelanggan</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Interaksi terakhir</translation>
    </message>
</context>
<context>
    <name>CustomerOperationsView</name>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Choose a tenant…</source>
        <translation>Pilih tenant…</translation>
    </message>
    <message>
        <source>No customer of this tenant matches.</source>
        <translation>Tidak ada pelanggan tenant ini yang cocok.</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>The tenant whose customers to search</source>
        <translation>Tenant yang pelanggannya dicari</translation>
    </message>
    <message>
        <source>Name, number or address</source>
        <translation>Nama, nomor, atau alamat</translation>
    </message>
    <message>
        <source>Suggestions from the third character on</source>
        <translation>Saran mulai dari karakter ketiga</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Suggestions appear after the third character; pick one with the arrows</source>
        <translation>Saran muncul setelah karakter ketiga; pilih dengan tombol panah</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Number, address or name</source>
        <translation>Nomor, alamat, atau nama</translation>
    </message>
    <message>
        <source>Phone number, SIP address, e-mail address or name</source>
        <translation>Nomor telepon, alamat SIP, alamat email, atau nama</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Matches appear from the third character; Down moves into them, Enter picks one, Escape closes the list.</source>
        <translation>Hasil muncul mulai karakter ketiga; Bawah masuk ke daftar, Enter memilih, Escape menutup daftar.</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Pelanggan yang cocok</translation>
    </message>
    <message>
        <source>Type at least 3 characters of a number, address or name.</source>
        <translation>Ketik minimal 3 karakter nomor, alamat, atau nama.</translation>
    </message>
    <message>
        <source>Keep typing: matches appear from the third character.</source>
        <translation>Lanjutkan mengetik: hasil muncul mulai karakter ketiga.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Tidak ada pelanggan yang cocok dengan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches: Down to choose, Enter to open.</source>
        <translation>
            <numerusform>%n hasil: Bawah untuk memilih, Enter untuk membuka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed; try again in a moment.</source>
        <translation>Pencarian gagal; coba lagi sebentar lagi.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Latest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Minggu lalu</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Kuartal lalu</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Current week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>Current month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Current quarter</source>
        <translation>Kuartal ini</translation>
    </message>
    <message>
        <source>Current year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kustom</translation>
    </message>
    <message>
        <source>Latest: all conversations, newest first</source>
        <translation>Terbaru: semua sesi, yang terbaru di atas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Which conversations the history lists</source>
        <translation>Sesi mana yang ditampilkan di Riwayat</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tanggal akhir</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Periode yang dipilih</translation>
    </message>
    <message>
        <source>The From date is after the To date: choose a From date on or before it.</source>
        <translation>Tanggal Dari lebih lambat dari tanggal Sampai: pilih tanggal Dari yang sama atau lebih awal.</translation>
    </message>
</context>
<context>
    <name>DayCard</name>
    <message>
        <source>Transferred</source>
        <translation>Dialihkan</translation>
    </message>
    <message>
        <source>Last queue: %1</source>
        <translation>Antrean terakhir: %1</translation>
    </message>
    <message>
        <source>Last agent: %1</source>
        <translation>Agen terakhir: %1</translation>
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
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interaksi</numerusform>
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
        <source>Account / channel used</source>
        <translation>Akun / kanal yang digunakan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
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
        <source>Case ID</source>
        <translation>ID Kasus</translation>
    </message>
    <message>
        <source>Case Created</source>
        <translation>Kasus dibuat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Sub Category</source>
        <translation>Subkategori</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Detail Category</source>
        <translation>Detail kategori</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Date Created</source>
        <translation>Tanggal dibuat</translation>
    </message>
    <message>
        <source>Last Update</source>
        <translation>Pembaruan terakhir</translation>
    </message>
    <message>
        <source>Case Owner</source>
        <translation>Pemilik kasus</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Akun pelanggan</translation>
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
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Case and interaction details</source>
        <translation>Detail kasus dan interaksi</translation>
    </message>
    <message>
        <source>Case: the case this interaction belongs to. Interaction: its own details.</source>
        <translation>Kasus: kasus tempat interaksi ini berada. Interaksi: detail interaksi itu sendiri.</translation>
    </message>
    <message>
        <source>Detail tabs</source>
        <translation>Tab detail</translation>
    </message>
    <message>
        <source>Hands the number to the softphone</source>
        <translation>Meneruskan nomor ke softphone</translation>
    </message>
    <message>
        <source>Copies the number to the clipboard</source>
        <translation>Menyalin nomor ke papan klip</translation>
    </message>
    <message>
        <source>Open case in CRM</source>
        <translation>Buka kasus di CRM</translation>
    </message>
    <message>
        <source>Opens the case in the web browser</source>
        <translation>Membuka kasus di peramban web</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Putar rekaman</translation>
    </message>
    <message>
        <source>Opens the recording in the desktop&apos;s player or browser</source>
        <translation>Membuka rekaman di pemutar atau peramban desktop</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Telepon balik</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Salin nomor</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <source>Shows the Case tab</source>
        <translation>Menampilkan tab Kasus</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Task completion code:</source>
        <translation>Kode penyelesaian tugas:</translation>
    </message>
    <message>
        <source>Cross-selling code:</source>
        <translation>Kode cross-selling:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Detail sesi</translation>
    </message>
    <message>
        <source>The feature is not configured for this service.</source>
        <translation>Fitur ini tidak dikonfigurasi untuk layanan ini.</translation>
    </message>
    <message>
        <source>The agent has not chosen a code for this conversation.</source>
        <translation>Agen belum memilih kode untuk sesi ini.</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Tidak ada yang dipilih</translation>
    </message>
    <message>
        <source>No parameters were recorded.</source>
        <translation>Tidak ada parameter yang tercatat.</translation>
    </message>
</context>
<context>
    <name>DialCommandField</name>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Call-&amp;back command:</source>
        <translation>&amp;Perintah telepon balik:</translation>
    </message>
    <message>
        <source>Call-back command</source>
        <translation>Perintah telepon balik</translation>
    </message>
    <message>
        <source>%1 becomes the number (+49301234567), %2 the tel: or sip: address; without either, the number is added at the end. No shell: quotes group words, nothing else is special.</source>
        <translation>%1 diganti dengan nomor (+49301234567), %2 dengan alamat tel: atau sip:; tanpa keduanya, nomor ditambahkan di akhir. Tanpa shell: tanda kutip mengelompokkan kata, tidak ada karakter khusus lainnya.</translation>
    </message>
    <message>
        <source>Empty: the desktop&apos;s softphone gets tel: and sip: links.</source>
        <translation>Kosong: softphone desktop menerima tautan tel: dan sip:.</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Menjalankan: %1</translation>
    </message>
    <message>
        <source>This command cannot be used: it is longer than %1 characters.</source>
        <translation>Perintah ini tidak dapat digunakan: lebih panjang dari %1 karakter.</translation>
    </message>
    <message>
        <source>This command cannot be used: it must be one line.</source>
        <translation>Perintah ini tidak dapat digunakan: harus dalam satu baris.</translation>
    </message>
    <message>
        <source>This command cannot be used: it must start with a program; %1 comes after it.</source>
        <translation>Perintah ini tidak dapat digunakan: harus diawali nama program; %1 ditulis sesudahnya.</translation>
    </message>
    <message>
        <source>This command cannot be used: a quote is not closed.</source>
        <translation>Perintah ini tidak dapat digunakan: ada tanda kutip yang tidak ditutup.</translation>
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
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Status lead</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies at once</source>
        <translation>Langsung diterapkan</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Semua kampanye</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Semua lead</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Jatuh tempo %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <source>Rescheduling, escalations and status updates, oldest first</source>
        <translation>Penjadwalan ulang, eskalasi, dan pembaruan status, yang terlama dahulu</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>There is no number to call back.</source>
        <translation>Tidak ada nomor untuk ditelepon balik.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number or SIP address; nothing was dialled.</source>
        <translation>“%1” bukan nomor telepon atau alamat SIP; tidak ada yang ditelepon.</translation>
    </message>
    <message>
        <source>The call-back command in the settings cannot be used; check Settings › Calls.</source>
        <translation>Perintah telepon balik di pengaturan tidak dapat digunakan; periksa Pengaturan › Panggilan.</translation>
    </message>
    <message>
        <source>The softphone could not be started to call %1; check Settings › Calls.</source>
        <translation>Softphone tidak dapat dijalankan untuk menelepon %1; periksa Pengaturan › Panggilan.</translation>
    </message>
    <message>
        <source>Calling %1 …</source>
        <translation>Menelepon %1 …</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 disalin</translation>
    </message>
    <message>
        <source>This interaction has no case.</source>
        <translation>Interaksi ini tidak memiliki kasus.</translation>
    </message>
    <message>
        <source>This link is not a web address and was not opened.</source>
        <translation>Tautan ini bukan alamat web dan tidak dibuka.</translation>
    </message>
    <message>
        <source>No program could open the link.</source>
        <translation>Tidak ada program yang dapat membuka tautan.</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>Telepon balik %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Salin %1</translation>
    </message>
    <message>
        <source>Call back (no number)</source>
        <translation>Telepon balik (tanpa nomor)</translation>
    </message>
    <message>
        <source>Copy number (no number)</source>
        <translation>Salin nomor (tanpa nomor)</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Buka kasus %1</translation>
    </message>
    <message>
        <source>Open case (none)</source>
        <translation>Buka kasus (tidak ada)</translation>
    </message>
    <message>
        <source>Act on this contact</source>
        <translation>Tindakan untuk kontak ini</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Last interaction</source>
        <translation>Interaksi terakhir</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Riwayat sesi</translation>
    </message>
    <message>
        <source>Newest first; the customer&apos;s last interaction is marked.</source>
        <translation>Yang terbaru di atas; interaksi terakhir pelanggan ditandai.</translation>
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
        <source>Click a column header to sort; Enter opens the selected interaction</source>
        <translation>Klik judul kolom untuk mengurutkan; Enter membuka interaksi yang dipilih</translation>
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>The language of the window, dates and numbers</source>
        <translation>Bahasa jendela, tanggal, dan angka</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Bahasa sistem</translation>
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
        <source>Type a number, address, id or name and press Enter</source>
        <translation>Ketik nomor, alamat, ID, atau nama lalu tekan Enter</translation>
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
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
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
    <name>OperationsFilterBar</name>
    <message>
        <source>Initial service</source>
        <translation>Layanan awal</translation>
    </message>
    <message>
        <source>1st queued service</source>
        <translation>Layanan antrean pertama</translation>
    </message>
    <message>
        <source>Last connected user</source>
        <translation>Pengguna terakhir terhubung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>“All” shows the history unfiltered</source>
        <translation>“Semua” menampilkan riwayat tanpa filter</translation>
    </message>
    <message>
        <source>Clear the filter %1</source>
        <translation>Kosongkan filter %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Add or hide filters of the history</source>
        <translation>Tambah atau sembunyikan filter riwayat</translation>
    </message>
    <message>
        <source>Showing all sessions</source>
        <translation>Menampilkan semua sesi</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Difilter menurut %1</translation>
    </message>
</context>
<context>
    <name>OperationsHistory</name>
    <message>
        <source>Date &amp; time</source>
        <translation>Tanggal &amp; waktu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Initial service</source>
        <translation>Layanan awal</translation>
    </message>
    <message>
        <source>1st queued service</source>
        <translation>Layanan antrean pertama</translation>
    </message>
    <message>
        <source>Last connected user</source>
        <translation>Pengguna terakhir terhubung</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam operasional</translation>
    </message>
    <message>
        <source>Issues reported</source>
        <translation>Masalah dilaporkan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Download this session&apos;s trace as a JSON file</source>
        <translation>Unduh trace sesi ini sebagai berkas JSON</translation>
    </message>
    <message>
        <source>%1 · last interaction</source>
        <translation>%1 · interaksi terakhir</translation>
    </message>
    <message>
        <source>Download trace</source>
        <translation>Unduh trace</translation>
    </message>
</context>
<context>
    <name>OperationsMenu</name>
    <message>
        <source>Customer &amp;operations</source>
        <translation>&amp;Operasi pelanggan</translation>
    </message>
    <message>
        <source>Find a customer by tenant and source, export, anonymise</source>
        <translation>Cari pelanggan menurut tenant dan sumber, ekspor, anonimkan</translation>
    </message>
    <message>
        <source>&amp;Export customer…</source>
        <translation>&amp;Ekspor pelanggan…</translation>
    </message>
    <message>
        <source>Anony&amp;mise customer…</source>
        <translation>Anon&amp;imkan pelanggan…</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Conversation report</source>
        <translation>Laporan percakapan</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Pelanggan:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>Dicetak:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>Tidak ada sesi pada periode ini.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalitas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Selected conversation</source>
        <translation>Sesi yang dipilih</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Keterangan:</translation>
    </message>
    <message>
        <source>No timeline events were recorded for this conversation.</source>
        <translation>Tidak ada peristiwa yang tercatat untuk sesi ini.</translation>
    </message>
    <message>
        <source>Extended task result</source>
        <translation>Hasil tugas terperinci</translation>
    </message>
    <message>
        <source>How it ended:</source>
        <translation>Cara berakhir:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak tercatat</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalitas:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Not measured for this conversation</source>
        <translation>Tidak diukur untuk sesi ini</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>The feature is not configured for this service.</source>
        <translation>Fitur ini tidak dikonfigurasi untuk layanan ini.</translation>
    </message>
    <message>
        <source>Task completion code:</source>
        <translation>Kode penyelesaian tugas:</translation>
    </message>
    <message>
        <source>Cross-selling code:</source>
        <translation>Kode cross-selling:</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Tidak ada yang dipilih</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Survey / rating</source>
        <translation>Survei / penilaian</translation>
    </message>
    <message>
        <source>No survey answers for this conversation.</source>
        <translation>Tidak ada jawaban survei untuk sesi ini.</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 dari %2 bintang</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>ReportLauncher</name>
    <message>
        <source>Conversation &amp;report</source>
        <translation>&amp;Laporan percakapan</translation>
    </message>
    <message>
        <source>Find a caller and read one conversation in depth; print it</source>
        <translation>Temukan penelepon, baca satu sesi secara rinci, lalu cetak</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Conversation report</source>
        <translation>Laporan percakapan</translation>
    </message>
    <message>
        <source>Selected conversation</source>
        <translation>Sesi yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print the report, with a preview</source>
        <translation>Cetak laporan, dengan pratinjau</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Simpan laporan sebagai berkas PDF</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversations. Select several to compare them at one scale.</source>
        <translation>
            <numerusform>%Ln sesi. Pilih beberapa untuk membandingkannya pada skala yang sama.</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation-report</source>
        <translation>laporan-percakapan</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Find a customer to see their conversations.</source>
        <translation>Cari pelanggan untuk melihat sesinya.</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Memuat sesi…</translation>
    </message>
    <message>
        <source>No conversations in this period. Choose another period.</source>
        <translation>Tidak ada sesi pada periode ini. Pilih periode lain.</translation>
    </message>
    <message>
        <source>This customer is no longer in the journey store.</source>
        <translation>Pelanggan ini sudah tidak ada di penyimpanan journey.</translation>
    </message>
    <message>
        <source>Could not load the conversations. %1</source>
        <translation>Sesi tidak dapat dimuat. %1</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Laporan disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <source>No customer is known by “%1”.</source>
        <translation>Tidak ada pelanggan yang dikenal dengan “%1”.</translation>
    </message>
</context>
<context>
    <name>SectionBar</name>
    <message>
        <source>Journey sections</source>
        <translation>Bagian Journey</translation>
    </message>
    <message>
        <source>Interactions or tickets of this customer; arrow keys switch</source>
        <translation>Interaksi atau tiket pelanggan ini; tombol panah untuk berpindah</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Timeline and grid of the interactions</source>
        <translation>Linimasa dan tabel interaksi</translation>
    </message>
    <message>
        <source>Tickets (%1 open)</source>
        <translation>Tiket (%1 terbuka)</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Tiket (%1)</translation>
    </message>
    <message>
        <source>Tickets and their follow-ups</source>
        <translation>Tiket dan tindak lanjutnya</translation>
    </message>
</context>
<context>
    <name>SegmentLegend</name>
    <message>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>SegmentWords</name>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Dari – sampai</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Transfer target</source>
        <translation>Tujuan transfer</translation>
    </message>
    <message>
        <source>Voicemail box</source>
        <translation>Kotak pesan suara</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
</context>
<context>
    <name>SettingsChoices</name>
    <message>
        <source>Local store</source>
        <translation>Penyimpanan lokal</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>Data Cloud</source>
        <translation>Data Cloud</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token bearer</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>Kredensial klien OAuth2</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Rahasia klien</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Enter the back end&apos;s base URL.</source>
        <translation>Masukkan URL dasar back end.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// or http:// and name a server, like https://crm.example.com/api.</source>
        <translation>URL dasar harus diawali https:// atau http:// dan menyebut server, misalnya https://crm.example.com/api.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; use the authentication fields.</source>
        <translation>URL dasar tidak boleh berisi nama pengguna atau kata sandi; gunakan kolom autentikasi.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Signed out: the stored secret and the offline copies are gone.</source>
        <translation>Sudah keluar: rahasia tersimpan dan salinan offline sudah dihapus.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>Sumber &amp;data:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL dasar:</translation>
    </message>
    <message>
        <source>Base URL of the back end</source>
        <translation>URL dasar back end</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autentikasi:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentikasi</translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation>&amp;Header kunci API:</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>Header kunci API</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL &amp;token:</translation>
    </message>
    <message>
        <source>OAuth2 token URL</source>
        <translation>URL token OAuth2</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;klien:</translation>
    </message>
    <message>
        <source>OAuth2 client ID</source>
        <translation>ID klien OAuth2</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Batas waktu permintaan dalam detik</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>Batas waktu per&amp;mintaan:</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Wilayah bawaan:</translation>
    </message>
    <message>
        <source>Default region for numbers</source>
        <translation>Wilayah bawaan untuk nomor telepon</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Th&amp;eme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <source>Where journeys are read: this computer&apos;s store, Campaign Manager or Data Cloud. Inbound calls need Data Cloud</source>
        <translation>Sumber riwayat pelanggan: penyimpanan lokal komputer ini, Campaign Manager, atau Data Cloud. Panggilan masuk memerlukan Data Cloud</translation>
    </message>
    <message>
        <source>How the widget signs in to the back end</source>
        <translation>Cara widget masuk ke back end</translation>
    </message>
    <message>
        <source>The country assumed for numbers without a country code</source>
        <translation>Negara yang dipakai untuk nomor tanpa kode negara</translation>
    </message>
    <message>
        <source>The widget&apos;s language; System follows the computer&apos;s</source>
        <translation>Bahasa widget; Sistem mengikuti bahasa komputer</translation>
    </message>
    <message>
        <source>Light or dark colours; System follows the desktop&apos;s scheme</source>
        <translation>Warna terang atau gelap; Sistem mengikuti skema warna desktop</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>&amp;Keep an offline copy</source>
        <translation>Simpan &amp;salinan offline</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Salinan offline</translation>
    </message>
    <message>
        <source>Shows a saved journey at once and while the back end is down</source>
        <translation>Menampilkan Riwayat tersimpan seketika dan saat back end tidak tersedia</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Uji k&amp;oneksi</translation>
    </message>
    <message>
        <source>S&amp;ign out</source>
        <translation>Ke&amp;luar akun</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <source>Forget the stored secret of the saved back end and empty the offline copies</source>
        <translation>Lupakan rahasia tersimpan untuk back end yang disimpan dan kosongkan salinan offline</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Asks the back end with the values entered here, without saving them</source>
        <translation>Menghubungi back end dengan nilai yang dimasukkan di sini, tanpa menyimpannya</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The secret cannot be saved: this computer has no keyring. Clear the field and set JOURNEY_WIDGET_SECRET instead.</source>
        <translation>Rahasia tidak dapat disimpan: komputer ini tidak memiliki keyring. Kosongkan kolom ini dan atur JOURNEY_WIDGET_SECRET sebagai gantinya.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Pengaturan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Your role does not allow changing the data source.</source>
        <translation>Peran Anda tidak mengizinkan mengubah sumber data.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>From JOURNEY_WIDGET_SECRET; type to replace</source>
        <translation>Dari JOURNEY_WIDGET_SECRET; ketik untuk mengganti</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Tersimpan; ketik untuk mengganti</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Belum tersimpan</translation>
    </message>
    <message>
        <source>Success:</source>
        <translation>Berhasil:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Gagal:</translation>
    </message>
</context>
<context>
    <name>SourceBanner</name>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n menit lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n jam lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>pada %1</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Status data</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ask the back end for fresh data again</source>
        <translation>Minta data terbaru dari back end lagi</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Showing the saved journey, updated %1.</source>
        <translation>Menampilkan Riwayat tersimpan, diperbarui %1.</translation>
    </message>
    <message>
        <source>Saved copy</source>
        <translation>Salinan tersimpan</translation>
    </message>
    <message>
        <source>Updated %1 · refreshing…</source>
        <translation>Diperbarui %1 · sedang memuat ulang…</translation>
    </message>
</context>
<context>
    <name>SourceErrors</name>
    <message>
        <source>The back end cannot be reached.</source>
        <translation>Back end tidak dapat dijangkau.</translation>
    </message>
    <message>
        <source>The server was not found or refused the connection. Check the network and the base URL in Settings.</source>
        <translation>Server tidak ditemukan atau menolak koneksi. Periksa jaringan dan URL dasar di Pengaturan.</translation>
    </message>
    <message>
        <source>The back end did not answer in time.</source>
        <translation>Back end tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>The server is slow or overloaded. Try again in a moment.</source>
        <translation>Server lambat atau sedang sibuk. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The back end did not accept the credentials.</source>
        <translation>Back end tidak menerima kredensial.</translation>
    </message>
    <message>
        <source>The API key, token or client secret is wrong or has expired. Enter a valid one in Settings.</source>
        <translation>Kunci API, token, atau rahasia klien salah atau sudah kedaluwarsa. Masukkan yang valid di Pengaturan.</translation>
    </message>
    <message>
        <source>You may not see this customer&apos;s history.</source>
        <translation>Anda tidak berhak melihat Riwayat Pelanggan ini.</translation>
    </message>
    <message>
        <source>The back end refused access. Ask your administrator for permission.</source>
        <translation>Back end menolak akses. Minta izin kepada administrator Anda.</translation>
    </message>
    <message>
        <source>The back end is busy.</source>
        <translation>Back end sedang sibuk.</translation>
    </message>
    <message>
        <source>Too many requests were sent. Try again in a minute.</source>
        <translation>Terlalu banyak permintaan terkirim. Coba lagi dalam satu menit.</translation>
    </message>
    <message>
        <source>The back end has a problem.</source>
        <translation>Back end mengalami masalah.</translation>
    </message>
    <message>
        <source>The server reported an internal error. Try again later.</source>
        <translation>Server melaporkan kesalahan internal. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>The back end sent data the widget cannot read.</source>
        <translation>Back end mengirim data yang tidak dapat dibaca widget.</translation>
    </message>
    <message>
        <source>The answer was not valid JSON, had values of the wrong type or lacked required fields. Tell your administrator.</source>
        <translation>Jawaban bukan JSON yang valid, berisi nilai dengan tipe yang salah, atau tidak memiliki kolom wajib. Beri tahu administrator Anda.</translation>
    </message>
    <message>
        <source>The back end&apos;s answer is too large.</source>
        <translation>Jawaban back end terlalu besar.</translation>
    </message>
    <message>
        <source>The answer exceeded the size limit and was not read. Choose a shorter period or tell your administrator.</source>
        <translation>Jawaban melebihi batas ukuran dan tidak dibaca. Pilih periode yang lebih pendek atau beri tahu administrator Anda.</translation>
    </message>
    <message>
        <source>The journey store cannot be read.</source>
        <translation>Penyimpanan Riwayat tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The local store is missing, damaged or not readable. Import the data again or start with --demo.</source>
        <translation>Penyimpanan lokal tidak ada, rusak, atau tidak dapat dibaca. Impor data lagi atau mulai dengan --demo.</translation>
    </message>
    <message>
        <source>The connection is not set up completely.</source>
        <translation>Koneksi belum diatur sepenuhnya.</translation>
    </message>
    <message>
        <source>A setting is missing or unusable, for example the base URL. Open Settings to complete it.</source>
        <translation>Ada pengaturan yang kosong atau tidak dapat dipakai, misalnya URL dasar. Buka Pengaturan untuk melengkapinya.</translation>
    </message>
    <message>
        <source>This customer changed at the back end while loading.</source>
        <translation>Pelanggan ini berubah di back end saat sedang dimuat.</translation>
    </message>
    <message>
        <source>The customer was merged with another or removed between two requests. Look them up again.</source>
        <translation>Pelanggan digabungkan dengan pelanggan lain atau dihapus di antara dua permintaan. Cari pelanggan itu lagi.</translation>
    </message>
    <message>
        <source>The journey could not be loaded.</source>
        <translation>Riwayat tidak dapat dimuat.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>Terjadi kesalahan tak terduga; detailnya ada di log.</translation>
    </message>
    <message>
        <source>No API key, token or client secret is stored for this back end. Enter it in Settings.</source>
        <translation>Belum ada kunci API, token, atau rahasia klien yang tersimpan untuk back end ini. Masukkan di Pengaturan.</translation>
    </message>
    <message>
        <source>No API key, token or client secret is configured. This computer has no keyring: set the environment variable JOURNEY_WIDGET_SECRET.</source>
        <translation>Belum ada kunci API, token, atau rahasia klien yang diatur. Komputer ini tidak memiliki keyring: atur variabel lingkungan JOURNEY_WIDGET_SECRET.</translation>
    </message>
    <message>
        <source>No secret is configured.</source>
        <translation>Belum ada rahasia yang diatur.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so secrets cannot be saved. Set the environment variable JOURNEY_WIDGET_SECRET before starting the widget, or test with the secret typed here.</source>
        <translation>Komputer ini tidak memiliki keyring, jadi rahasia tidak dapat disimpan. Atur variabel lingkungan JOURNEY_WIDGET_SECRET sebelum memulai widget, atau uji dengan rahasia yang diketik di sini.</translation>
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
    <message>
        <source>Up and Down choose, Enter opens the customer, Escape closes</source>
        <translation>Panah atas dan bawah memilih, Enter membuka pelanggan, Escape menutup</translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <source>Survey answers</source>
        <translation>Jawaban survei</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <translation>%1 dari %2 bintang</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>No survey answers for this conversation.</source>
        <translation>Tidak ada jawaban survei untuk sesi ini.</translation>
    </message>
</context>
<context>
    <name>TaskResultLegendDialog</name>
    <message>
        <source>Task result legend</source>
        <translation>Keterangan hasil tugas</translation>
    </message>
    <message>
        <source>Task results and what they mean</source>
        <translation>Hasil tugas dan artinya</translation>
    </message>
</context>
<context>
    <name>TaskResultPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How it ended:</source>
        <translation>Cara berakhir:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalitas:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Task result &amp;legend…</source>
        <translation>&amp;Keterangan hasil tugas…</translation>
    </message>
    <message>
        <source>Task result legend</source>
        <translation>Keterangan hasil tugas</translation>
    </message>
    <message>
        <source>Every task result and what it means</source>
        <translation>Semua hasil tugas dan artinya</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak tercatat</translation>
    </message>
    <message>
        <source>Not measured for this conversation</source>
        <translation>Tidak diukur untuk sesi ini</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Back to the ticket list (Esc)</source>
        <translation>Kembali ke daftar tiket (Esc)</translation>
    </message>
    <message>
        <source>Back to the ticket list</source>
        <translation>Kembali ke daftar tiket</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Pembuat</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Pembaruan terakhir</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation>Detail tiket</translation>
    </message>
    <message>
        <source>Pick a ticket to see its details.</source>
        <translation>Pilih tiket untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>%1 · %2 · updated %3</source>
        <translation>%1 · %2 · diperbarui %3</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Scope:</source>
        <translation>Cakupan:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Ticket scope</source>
        <translation>Cakupan tiket</translation>
    </message>
    <message>
        <source>Customer: every ticket of this customer. Session: only tickets raised in the selected interaction.</source>
        <translation>Pelanggan: semua tiket pelanggan ini. Sesi: hanya tiket yang dibuat pada interaksi yang dipilih.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Enter opens a ticket&apos;s details; the column headers sort</source>
        <translation>Enter membuka detail tiket; judul kolom mengurutkan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln tiket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <translation>
            <numerusform>%1 dari %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no tickets.</source>
        <translation>Pelanggan ini tidak memiliki tiket.</translation>
    </message>
    <message>
        <source>Select an interaction in the journey to see its tickets.</source>
        <translation>Pilih interaksi di journey untuk melihat tiketnya.</translation>
    </message>
    <message>
        <source>Tickets raised in the selected interaction.</source>
        <translation>Tiket yang dibuat pada interaksi yang dipilih.</translation>
    </message>
    <message>
        <source>No tickets were raised in this session.</source>
        <translation>Tidak ada tiket yang dibuat pada sesi ini.</translation>
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
        <source>Scroll through time</source>
        <translation>Gulir sepanjang waktu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more here; click to zoom in</source>
        <translation>
            <numerusform>%Ln interaksi lagi di sini; klik untuk memperbesar</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and Right move between interactions, Enter opens one, Home and End go to the oldest and the newest, + and - zoom.</source>
        <translation>Panah kiri dan kanan berpindah antarinteraksi, Enter membuka satu, Home dan End ke yang terlama dan terbaru, + dan - memperbesar atau memperkecil.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Show the newest interactions</source>
        <translation>Tampilkan interaksi terbaru</translation>
    </message>
</context>
<context>
    <name>UrlOpenFilter</name>
    <message>
        <source>This link cannot be opened.</source>
        <translation>Tautan ini tidak dapat dibuka.</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Interactions along a time axis, newest at the right</source>
        <translation>Interaksi pada sumbu waktu, yang terbaru di kanan</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Interactions as a sortable table</source>
        <translation>Interaksi sebagai tabel yang dapat diurutkan</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>One column per day</source>
        <translation>Satu kolom per hari</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>One column per week</source>
        <translation>Satu kolom per minggu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>One column per month</source>
        <translation>Satu kolom per bulan</translation>
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
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interaksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln shown</source>
        <translation>
            <numerusform>%1 dari %Ln ditampilkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowPlacement</name>
    <message>
        <source>Always on &amp;top</source>
        <translation>Selalu di a&amp;tas</translation>
    </message>
    <message>
        <source>Keep this window above the softphone and other windows</source>
        <translation>Jendela ini tetap di atas softphone dan jendela lainnya</translation>
    </message>
    <message>
        <source>S&amp;nap to the left edge</source>
        <translation>Tempel ke tepi &amp;kiri</translation>
    </message>
    <message>
        <source>Snap to the ri&amp;ght edge</source>
        <translation>Tempel ke tepi k&amp;anan</translation>
    </message>
    <message>
        <source>St&amp;art at login</source>
        <translation>Jalankan saat &amp;masuk</translation>
    </message>
    <message>
        <source>Full screen height at the left edge, same width</source>
        <translation>Setinggi layar di tepi kiri, lebar tetap</translation>
    </message>
    <message>
        <source>Full screen height at the right edge, same width</source>
        <translation>Setinggi layar di tepi kanan, lebar tetap</translation>
    </message>
    <message>
        <source>Open the widget when you log in</source>
        <translation>Customer Journey terbuka otomatis saat Anda masuk</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Jalankan saat masuk</translation>
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
        <source>Other channel</source>
        <translation>Kanal lain</translation>
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
        <source>IVR</source>
        <translation>IVR</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tersambung</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Dalam SLA</translation>
    </message>
    <message>
        <source>Outside SLA</source>
        <translation>Di luar SLA</translation>
    </message>
    <message>
        <source>The workflow recorded the conversation as a voice message.</source>
        <translation>Alur kerja merekam sesi sebagai pesan suara.</translation>
    </message>
    <message>
        <source>The customer hung up before the call could be answered.</source>
        <translation>Pelanggan menutup telepon sebelum panggilan dapat dijawab.</translation>
    </message>
    <message>
        <source>The customer hung up during announcements or IVR prompts, before the call entered the queue.</source>
        <translation>Pelanggan menutup telepon saat pengumuman atau menu IVR, sebelum panggilan masuk antrean.</translation>
    </message>
    <message>
        <source>The customer hung up while the task was queued.</source>
        <translation>Pelanggan menutup telepon saat tugas berada di antrean.</translation>
    </message>
    <message>
        <source>The session left the queue, then the customer hung up during the announcements that followed.</source>
        <translation>Sesi keluar dari antrean, lalu pelanggan menutup telepon saat pengumuman berikutnya.</translation>
    </message>
    <message>
        <source>The workflow disconnected the session.</source>
        <translation>Alur kerja memutus sesi.</translation>
    </message>
    <message>
        <source>A user answered the call.</source>
        <translation>Seorang agen menjawab panggilan.</translation>
    </message>
    <message>
        <source>The workflow executed the transfer.</source>
        <translation>Alur kerja menjalankan transfer.</translation>
    </message>
    <message>
        <source>A user executed the transfer.</source>
        <translation>Seorang agen menjalankan transfer.</translation>
    </message>
    <message>
        <source>The workflow or a user tried to transfer the call, but it did not succeed.</source>
        <translation>Alur kerja atau agen mencoba mentransfer panggilan, tetapi tidak berhasil.</translation>
    </message>
    <message>
        <source>Outbound task or call on behalf: the callee accepted the call.</source>
        <translation>Tugas keluar atau panggilan atas nama: penerima menerima panggilan.</translation>
    </message>
    <message>
        <source>Outbound task or call on behalf: the callee declined the call.</source>
        <translation>Tugas keluar atau panggilan atas nama: penerima menolak panggilan.</translation>
    </message>
    <message>
        <source>Outbound task or call on behalf: the callee did not pick up in time.</source>
        <translation>Tugas keluar atau panggilan atas nama: penerima tidak mengangkat tepat waktu.</translation>
    </message>
    <message>
        <source>Outbound task or call on behalf: a user aborted the dial-out.</source>
        <translation>Tugas keluar atau panggilan atas nama: agen membatalkan panggilan keluar.</translation>
    </message>
    <message>
        <source>Outbound task only: the maximum queue time was reached.</source>
        <translation>Khusus tugas keluar: batas waktu antrean tercapai.</translation>
    </message>
    <message>
        <source>External task only: the task was cancelled through a dashboard widget or an automation.</source>
        <translation>Khusus tugas eksternal: tugas dibatalkan melalui widget dasbor atau otomatisasi.</translation>
    </message>
    <message>
        <source>E-mail only: a user marked the task as handled.</source>
        <translation>Khusus email: agen menandai tugas sebagai selesai.</translation>
    </message>
    <message>
        <source>E-mail only: the workflow marked the task as handled.</source>
        <translation>Khusus email: alur kerja menandai tugas sebagai selesai.</translation>
    </message>
    <message>
        <source>A number from the standby duty list accepted the call.</source>
        <translation>Nomor dari daftar piket siaga menerima panggilan.</translation>
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
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>Marketer</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
    <message>
        <source>OMS</source>
        <translation>OMS</translation>
    </message>
    <message>
        <source>MyDX</source>
        <translation>MyDX</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Dihubungi</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Setuju</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Tidak setuju</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Terselesaikan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Penjadwalan ulang</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Pembaruan status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>%1 (other channel)</source>
        <translation>%1 (kanal lain)</translation>
    </message>
</context>
</TS>
