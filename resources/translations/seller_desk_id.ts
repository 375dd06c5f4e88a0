<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>until reply</source>
        <translation>sampai pelanggan membalas</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>sampai %1</translation>
    </message>
    <message>
        <source>Past the reply target of %1 h: answer first</source>
        <translation>Melewati target waktu balas %1 j: prioritaskan</translation>
    </message>
    <message>
        <source>At risk: the reply target of %1 h is close</source>
        <translation>Berisiko: target waktu balas %1 j sudah dekat</translation>
    </message>
    <message>
        <source>This conversation names orders that are not in your orders yet:</source>
        <translation>Percakapan ini menyebut pesanan yang belum ada di daftar pesanan Anda:</translation>
    </message>
    <message>
        <source>Within the reply target</source>
        <translation>Masih dalam target waktu balas</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>menunggu %1</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>belum dibaca</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>This message could not be read completely; it is shown as it arrived.</source>
        <translation>Pesan ini tidak bisa dibaca sepenuhnya; ditampilkan apa adanya.</translation>
    </message>
    <message>
        <source>Images from the internet are hidden, so the sender cannot see when you read this.</source>
        <translation>Gambar dari internet disembunyikan, jadi pengirim tidak tahu kapan Anda membacanya.</translation>
    </message>
    <message>
        <source>Always show images from %1</source>
        <translation>Selalu tampilkan gambar dari %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Percakapan ini</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Tag this conversation as %1</source>
        <translation>Beri label %1 pada percakapan ini</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Tunda…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Link an order…</source>
        <translation>Tautkan pesanan…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>No order is linked yet. Link the order this customer writes about, or enter a new one.</source>
        <translation>Belum ada pesanan yang ditautkan. Tautkan pesanan yang ditanyakan pelanggan ini, atau masukkan pesanan baru.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Tiba %1</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Estimasi tiba %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Akun email</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>+ Add a mailbox</source>
        <translation>+ Tambah akun email</translation>
    </message>
    <message>
        <source>%1: fetching %2 of %3</source>
        <translation>%1: mengambil %2 dari %3</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: sedang mengecek…</translation>
    </message>
    <message>
        <source>%1: not checked, retry</source>
        <translation>%1: belum dicek, coba lagi</translation>
    </message>
    <message>
        <source>%1 ✓ %2</source>
        <translation>%1 ✓ %2</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation>Klik untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
        <translation>Mengecek email baru…</translation>
    </message>
    <message>
        <source>Click to check for new mail now (F5 checks every mailbox).</source>
        <translation>Klik untuk mengecek email baru sekarang (F5 mengecek semua akun email).</translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <extracomment>how long before the reply target a waiting customer is announced</extracomment>
        <translation>Email baru dari %1</translation>
    </message>
    <message>
        <source>%1 is waiting past your reply target</source>
        <translation>%1 sudah menunggu melewati target waktu balas Anda</translation>
    </message>
    <message>
        <source>%1 left to answer %2</source>
        <translation>Sisa %1 untuk membalas %2</translation>
    </message>
    <message>
        <source>Open Seller Desk</source>
        <translation>Buka Seller Desk</translation>
    </message>
    <message>
        <source>Check mail now</source>
        <translation>Cek email sekarang</translation>
    </message>
    <message>
        <source>Notify me of new customer mail</source>
        <translation>Beri tahu saya jika ada email baru dari pelanggan</translation>
    </message>
    <message>
        <source>Notify me before a reply target is missed</source>
        <translation>Beri tahu saya sebelum target waktu balas terlewati</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1: password needed</source>
        <translation>%1: perlu kata sandi</translation>
    </message>
    <message>
        <source>%1: sign in again</source>
        <translation>%1: masuk lagi</translation>
    </message>
    <message>
        <source>%1: switched off</source>
        <translation>%1: dinonaktifkan</translation>
    </message>
    <message>
        <source>Add this order</source>
        <translation>Tambahkan pesanan ini</translation>
    </message>
    <message>
        <source>Anyone can have an address at %1: only the sender is marked there</source>
        <translation>Siapa saja bisa punya alamat di %1: hanya pengirim itu yang ditandai</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Batal kirim</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Chat on WhatsApp</source>
        <translation>Chat di WhatsApp</translation>
    </message>
    <message>
        <source>Click to enter the password.</source>
        <translation>Klik untuk memasukkan kata sandi.</translation>
    </message>
    <message>
        <source>Click to sign in again in your browser.</source>
        <translation>Klik untuk masuk lagi lewat browser.</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Toko demo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Ubah dan kirim lagi</translation>
    </message>
    <message>
        <source>Everyone at %1</source>
        <translation>Semua di %1</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Sembunyikan kutipan</translation>
    </message>
    <message>
        <source>If you discard them, what you typed here is lost.</source>
        <translation>Jika dibuang, yang Anda ketik di sini akan hilang.</translation>
    </message>
    <message>
        <source>Import a WhatsApp chat…</source>
        <translation>Impor chat WhatsApp…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengedit</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Masalah terakhir: %1</translation>
    </message>
    <message>
        <source>No open follow-up for this conversation or its orders.</source>
        <translation>Tidak ada tindak lanjut yang belum selesai untuk percakapan ini atau pesanannya.</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Bukan pelanggan</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Hanya %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the conversation to try again or to change the reply. The customer is waiting again.</source>
        <translation>Buka percakapan untuk mencoba lagi atau mengubah balasan. Pelanggan menunggu lagi.</translation>
    </message>
    <message>
        <source>Open the order form with %1 %2 and this customer filled in</source>
        <translation>Buka formulir pesanan dengan %1 %2 dan pelanggan ini sudah terisi</translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation>Dipesan %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Masuk antrean: %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Simpan sebagai .eml…</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>Simpan perubahan sebelum menutup?</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Tampilkan gambar</translation>
    </message>
    <message>
        <source>Their mail stays in All; undo in Settings</source>
        <translation>Email mereka tetap ada di Semua; batalkan di Pengaturan</translation>
    </message>
    <message>
        <source>This conversation has no messages.</source>
        <translation>Belum ada pesan di percakapan ini.</translation>
    </message>
    <message>
        <source>This mailbox is switched off: it is not checked for new mail, and its mail stays listed. Switch it on in Settings &gt; Mailboxes.</source>
        <translation>Akun email ini dinonaktifkan: email baru tidak dicek, dan emailnya tetap ditampilkan. Aktifkan lagi di Pengaturan &gt; Akun email.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Besok, %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Trying again</source>
        <translation>Mencoba lagi</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Pengirim tidak dikenal</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Kemarin, %1</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Balasan Anda</translation>
    </message>
    <message>
        <source>Your reply is being sent now.</source>
        <translation>Balasan Anda sedang dikirim sekarang.</translation>
    </message>
    <message>
        <source>Your reply waits in the outbox and goes out by itself as soon as the mail server takes it.</source>
        <translation>Balasan Anda menunggu di kotak keluar dan terkirim sendiri begitu server email menerimanya.</translation>
    </message>
    <message>
        <source>Your reply was not sent.</source>
        <translation>Balasan Anda tidak terkirim.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>··· Show quoted text</source>
        <translation>··· Tampilkan kutipan</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>account name</source>
        <translation>nama akun</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>warna</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>alamat email</translation>
    </message>
    <message>
        <source>incoming mail port</source>
        <translation>port email masuk</translation>
    </message>
    <message>
        <source>incoming mail server (IMAP)</source>
        <translation>server email masuk (IMAP)</translation>
    </message>
    <message>
        <source>outgoing mail port</source>
        <translation>port email keluar</translation>
    </message>
    <message>
        <source>outgoing mail server (SMTP)</source>
        <translation>server email keluar (SMTP)</translation>
    </message>
    <message>
        <source>outgoing mail user name</source>
        <translation>nama pengguna email keluar</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>penyedia email</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>nama pengirim</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>tanda tangan</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nama pengguna</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>Add a mailbox</source>
        <translation>Tambah akun email</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Later today (3 hours)</source>
        <translation>Nanti (3 jam lagi)</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Besok pagi</translation>
    </message>
    <message>
        <source>Next week (Monday morning)</source>
        <translation>Minggu depan (Senin pagi)</translation>
    </message>
    <message>
        <source>Until the customer replies</source>
        <translation>Sampai pelanggan membalas</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Komplain</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message numerus="yes">
        <source>Only these %n senders</source>
        <translation>
            <numerusform>Hanya %n pengirim ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <source>Which mailbox do your customers write to?</source>
        <translation>Akun email mana yang dipakai pelanggan Anda?</translation>
    </message>
    <message>
        <source>Seller Desk reads it with IMAP and answers through it. Your password stays in this computer&apos;s password store.</source>
        <translation>Seller Desk membaca email lewat IMAP dan membalas dari alamat itu. Kata sandi Anda tetap tersimpan di penyimpanan kata sandi komputer ini.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>Name in Seller Desk</source>
        <translation>Nama di Seller Desk</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>for example: Shop Gmail</source>
        <translation>misalnya: Gmail Toko</translation>
    </message>
    <message>
        <source>Shop mail (%1)</source>
        <translation>Email toko (%1)</translation>
    </message>
    <message>
        <source>%1 is in Seller Desk already.</source>
        <translation>%1 sudah ada di Seller Desk.</translation>
    </message>
</context>
<context>
    <name>AnswerOnWhatsApp</name>
    <message>
        <source>(write your own)</source>
        <translation>(tulis sendiri)</translation>
    </message>
    <message>
        <source>Answer on WhatsApp</source>
        <translation>Jawab di WhatsApp</translation>
    </message>
    <message>
        <source>Blanks to fill in: %1.</source>
        <translation>Bagian kosong yang perlu diisi: %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close this mail conversation: the customer is answered on WhatsApp</source>
        <translation>Tutup percakapan email ini: pelanggan sudah dijawab di WhatsApp</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Sudah saya kirim</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>Buka di WhatsApp</translation>
    </message>
    <message>
        <source>Send it in WhatsApp, then press “I sent it” so the answer is kept in the customer&apos;s history.</source>
        <translation>Kirim di WhatsApp, lalu tekan “Sudah saya kirim” agar jawabannya tersimpan di riwayat pelanggan.</translation>
    </message>
    <message>
        <source>The answer could not be kept; the details are in the log.</source>
        <translation>Jawaban tidak bisa disimpan; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>This customer has no phone number WhatsApp can use: add it to the customer first.</source>
        <translation>Pelanggan ini tidak punya nomor yang bisa dipakai WhatsApp: tambahkan nomornya dulu.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Reply</source>
        <extracomment>False when the composer opens by itself (a draft back with its conversation)</extracomment>
        <translation>Balas</translation>
    </message>
    <message>
        <source>Reply to all</source>
        <translation>Balas ke semua</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Pesan baru</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>%1 replied to this customer at %2, after you opened this conversation.</source>
        <translation>%1 sudah membalas pelanggan ini pada %2, setelah Anda membuka percakapan ini.</translation>
    </message>
    <message>
        <source>Filled in since the draft was saved: %1.</source>
        <translation>Sudah terisi sejak draf disimpan: %1.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengedit</translation>
    </message>
    <message>
        <source>Read what they wrote (below) before you send yours. Send your reply too?</source>
        <translation>Baca dulu balasannya (di bawah) sebelum mengirim balasan Anda. Tetap kirim balasan Anda?</translation>
    </message>
    <message>
        <source>Send mine too</source>
        <translation>Tetap kirim balasan saya</translation>
    </message>
    <message>
        <source>Set up now</source>
        <translation>Atur sekarang</translation>
    </message>
    <message>
        <source>Someone else replied</source>
        <translation>Orang lain sudah membalas</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Write your answer. Type / and a shortcut (for example /thanks) to insert a template, or press Ctrl+T to choose one.</source>
        <translation>Tulis jawaban Anda. Ketik / dan pintasan (misalnya /thanks) untuk menyisipkan templat, atau tekan Ctrl+T untuk memilih.</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Templat…</translation>
    </message>
    <message>
        <source>Insert a ready answer (Ctrl+T, or type /)</source>
        <translation>Sisipkan jawaban siap pakai (Ctrl+T, atau ketik /)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Kirim (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cc, from, subject</source>
        <translation>Cc, dari, subjek</translation>
    </message>
    <message>
        <source>Show the copy, sender and subject lines</source>
        <translation>Tampilkan baris tembusan, pengirim, dan subjek</translation>
    </message>
    <message>
        <source>Go to the blank</source>
        <translation>Ke bagian kosong</translation>
    </message>
    <message>
        <source>Send without them</source>
        <translation>Tetap kirim</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Draf dipulihkan</translation>
    </message>
    <message>
        <source>The message could not be prepared. Details are in the log.</source>
        <translation>Pesan tidak bisa disiapkan. Detailnya ada di log.</translation>
    </message>
    <message>
        <source>No template has the shortcut /%1.</source>
        <translation>Tidak ada templat dengan pintasan /%1.</translation>
    </message>
    <message>
        <source>Fill in the highlighted blanks before sending: %1.</source>
        <translation>Isi bagian kosong yang ditandai sebelum mengirim: %1.</translation>
    </message>
    <message>
        <source>Blanks to fill in: %1.</source>
        <translation>Bagian kosong yang perlu diisi: %1.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan file</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Mengubah…</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Draf disimpan %1</translation>
    </message>
    <message>
        <source>The message is empty: write your answer first.</source>
        <translation>Pesan masih kosong: tulis jawaban Anda dulu.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sedang mengirim…</translation>
    </message>
    <message>
        <source>The message could not be queued. Nothing was sent; details are in the log.</source>
        <translation>Pesan tidak bisa dimasukkan ke antrean. Tidak ada yang terkirim; detailnya ada di log.</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>New message</source>
        <translation>Pesan baru</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>← Back</source>
        <translation>← Kembali</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Kembali ke daftar (Esc)</translation>
    </message>
    <message>
        <source>%1 also has this conversation open.</source>
        <translation>%1 juga sedang membuka percakapan ini.</translation>
    </message>
    <message>
        <source>%1 is replying to this customer now.</source>
        <translation>%1 sedang membalas pelanggan ini.</translation>
    </message>
    <message>
        <source>A WhatsApp chat imported from an export: answer the customer in WhatsApp. Import a newer export to add what came since.</source>
        <translation>Chat WhatsApp yang diimpor dari ekspor: balas pelanggan di WhatsApp. Impor ekspor yang lebih baru untuk menambah pesan setelahnya.</translation>
    </message>
    <message>
        <source>Answer on WhatsApp</source>
        <translation>Jawab di WhatsApp</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Dijawab oleh %1</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Serahkan ke…</translation>
    </message>
    <message>
        <source>Could not save the message: %1</source>
        <translation>Tidak bisa menyimpan pesan: %1</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Pesan email (*.eml)</translation>
    </message>
    <message>
        <source>Family, bank, courier, newsletter: stop their mail waiting on you (n)</source>
        <translation>Keluarga, bank, kurir, newsletter: email mereka tidak lagi menunggu balasan Anda (n)</translation>
    </message>
    <message>
        <source>Marked as not a customer: this mail no longer waits on you. It stays in All conversations; undo it in Settings, Not customers.</source>
        <translation>Ditandai bukan pelanggan: email ini tidak lagi menunggu balasan Anda. Email tetap ada di Semua percakapan; batalkan di Pengaturan, Bukan pelanggan.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Not a customer  n</source>
        <translation>Bukan pelanggan  n</translation>
    </message>
    <message>
        <source>Reply  r</source>
        <translation>Balas  r</translation>
    </message>
    <message>
        <source>Reply all  a</source>
        <translation>Balas semua  a</translation>
    </message>
    <message>
        <source>Forward  f</source>
        <translation>Teruskan  f</translation>
    </message>
    <message>
        <source>Save message as .eml</source>
        <translation>Simpan pesan sebagai .eml</translation>
    </message>
    <message>
        <source>Saving the message…</source>
        <translation>Menyimpan pesan…</translation>
    </message>
    <message>
        <source>Snooze  s</source>
        <translation>Tunda  s</translation>
    </message>
    <message>
        <source>Tag  t</source>
        <translation>Label  t</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The conversation could not be assigned; details are in the log.</source>
        <translation>Percakapan ini tidak bisa diserahkan; detailnya ada di log.</translation>
    </message>
    <message>
        <source>The message could not be saved. Details are in the log.</source>
        <translation>Pesan tidak bisa disimpan. Detailnya ada di log.</translation>
    </message>
    <message>
        <source>j/k next or previous · Esc back</source>
        <translation>j/k berikutnya atau sebelumnya · Esc kembali</translation>
    </message>
    <message>
        <source>This conversation could not be read. Details are in the log.</source>
        <translation>Percakapan ini tidak bisa dibaca. Detailnya ada di log.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(tanpa subjek)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Close  e</source>
        <translation>Tutup  e</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>Menunggu %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Simpan lampiran</translation>
    </message>
    <message>
        <source>Another download is still running.</source>
        <translation>Unduhan lain masih berjalan.</translation>
    </message>
    <message>
        <source>Downloading %1 (%2)…</source>
        <translation>Mengunduh %1 (%2)…</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded. Details are in the log.</source>
        <translation>Lampiran tidak bisa diunduh. Detailnya ada di log.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Tidak bisa menyimpan ke %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>ConversationRender</name>
    <message>
        <source>Waiting to be sent. It goes out as soon as the mail server can be reached.</source>
        <translation>Menunggu dikirim. Akan terkirim begitu server email bisa dihubungi.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sedang mengirim…</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Tidak terkirim.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Enter the full email address, like shop@example.com.</source>
        <comment>account.email_incomplete</comment>
        <translation>Masukkan alamat email lengkap, misalnya toko@example.com.</translation>
    </message>
    <message>
        <source>An account for {email} exists already.</source>
        <comment>account.exists</comment>
        <translation>Akun untuk {email} sudah ada.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <comment>account.fingerprint_length</comment>
        <translation>Sidik jari sertifikat harus 64 digit heksadesimal (SHA-256).</translation>
    </message>
    <message>
        <source>Enter the incoming (IMAP) mail server.</source>
        <comment>account.imap_host_missing</comment>
        <translation>Masukkan server email masuk (IMAP).</translation>
    </message>
    <message>
        <source>Give the account a name, like &quot;Shop Gmail&quot;.</source>
        <comment>account.name_missing</comment>
        <translation>Beri nama akun ini, misalnya “Gmail Toko”.</translation>
    </message>
    <message>
        <source>There is no account called “{name}”.</source>
        <comment>account.not_found</comment>
        <translation>Tidak ada akun bernama “{name}”.</translation>
    </message>
    <message>
        <source>See the list with: seller-desk account list</source>
        <comment>account.not_found_hint</comment>
        <translation>Lihat daftarnya dengan: seller-desk account list</translation>
    </message>
    <message>
        <source>Check how it is spelt.</source>
        <comment>account.email_check_spelling</comment>
        <translation>Cek ejaannya.</translation>
    </message>
    <message>
        <source>“{auth}” is not a way this mailbox can sign in.</source>
        <comment>account.auth_unknown</comment>
        <translation>“{auth}” bukan cara masuk untuk akun email ini.</translation>
    </message>
    <message>
        <source>The part of the email address after the @ (“{domain}”) is not a valid domain, like example.com.</source>
        <comment>account.email_domain_invalid</comment>
        <translation>Bagian alamat email setelah @ (“{domain}”) bukan domain yang valid. Domain seharusnya seperti example.com.</translation>
    </message>
    <message>
        <source>The email address has a dot at the start or end of its first part, or two dots in a row.</source>
        <comment>account.email_dots</comment>
        <translation>Bagian sebelum @ pada alamat email ini diawali atau diakhiri titik, atau ada dua titik berturut-turut.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is too long: at most {limit} characters, not {length}.</source>
        <comment>account.email_local_too_long</comment>
        <translation>Bagian alamat email sebelum @ terlalu panjang ({length} karakter): maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Enter one full email address, like shop@example.com.</source>
        <comment>account.email_not_one</comment>
        <translation>Masukkan satu alamat email lengkap, misalnya toko@example.com.</translation>
    </message>
    <message>
        <source>Type just the address, like shop@example.com.</source>
        <comment>account.email_type_address</comment>
        <translation>Ketik alamatnya saja, misalnya toko@example.com.</translation>
    </message>
    <message>
        <source>The {field} contains a line break or another invisible control character.</source>
        <comment>account.field_control_chars</comment>
        <translation>{field} berisi baris baru atau karakter kontrol lain yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The {field} is too long: at most {limit} characters, not {length}.</source>
        <comment>account.field_too_long</comment>
        <translation>{field} terlalu panjang ({length} karakter): maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>The {field} “{value}” is not a valid server name.</source>
        <comment>account.host_invalid</comment>
        <translation>“{value}” yang diketik untuk {field} bukan nama server yang valid.</translation>
    </message>
    <message>
        <source>A server name is like imap.example.com.</source>
        <comment>account.host_name_like</comment>
        <translation>Contoh nama server: imap.example.com.</translation>
    </message>
    <message>
        <source>A server name is like imap.example.com: letters, digits and hyphens, in parts joined by dots.</source>
        <comment>account.host_name_rules</comment>
        <translation>Nama server seperti imap.example.com terdiri dari huruf, angka, dan tanda hubung, dalam beberapa bagian yang dipisahkan titik.</translation>
    </message>
    <message>
        <source>The {field} “{value}” is not a valid server name (at most {limit} characters).</source>
        <comment>account.host_name_too_long</comment>
        <translation>“{value}” yang diketik untuk {field} bukan nama server yang valid (maksimal {limit} karakter).</translation>
    </message>
    <message>
        <source>The {field} “{value}” is not a server name.</source>
        <comment>account.host_not_a_name</comment>
        <translation>“{value}” yang diketik untuk {field} bukan nama server.</translation>
    </message>
    <message>
        <source>The {field} “{value}” is not a valid server name (each part between dots has at most {limit} characters).</source>
        <comment>account.host_part_too_long</comment>
        <translation>“{value}” yang diketik untuk {field} bukan nama server yang valid (setiap bagian di antara titik maksimal {limit} karakter).</translation>
    </message>
    <message>
        <source>The {field} is just the server&apos;s name, like imap.example.com, without a &quot;/&quot;, &quot;@&quot; or anything after the name.</source>
        <comment>account.host_path</comment>
        <translation>Untuk {field}, ketik nama servernya saja, misalnya imap.example.com, tanpa “/”, “@”, atau apa pun setelah nama itu.</translation>
    </message>
    <message>
        <source>The {field} is just the server&apos;s name, like imap.example.com, without &quot;http://&quot; or &quot;imaps://&quot; before it.</source>
        <comment>account.host_scheme</comment>
        <translation>Untuk {field}, ketik nama servernya saja, misalnya imap.example.com, tanpa “http://” atau “imaps://” di depannya.</translation>
    </message>
    <message>
        <source>The {field} contains a space, a line break or another invisible character.</source>
        <comment>account.host_spaces</comment>
        <translation>{field} berisi spasi, baris baru, atau karakter lain yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The {field} is too long: a server name has at most {limit} characters, not {length}.</source>
        <comment>account.host_too_long</comment>
        <translation>{field} terlalu panjang ({length} karakter): nama server maksimal {limit} karakter.</translation>
    </message>
    <message>
        <source>Type just the name, like imap.example.com.</source>
        <comment>account.host_type_name</comment>
        <translation>Ketik namanya saja, misalnya imap.example.com.</translation>
    </message>
    <message>
        <source>The {field} is just the server&apos;s name, like “{host}”, without &quot;:{port}&quot;.</source>
        <comment>account.host_with_port</comment>
        <translation>Untuk {field}, ketik nama servernya saja, yaitu “{host}”, tanpa “:{port}”.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <comment>account.password_empty</comment>
        <translation>Ketik kata sandi.</translation>
    </message>
    <message>
        <source>Put the port in the port field.</source>
        <comment>account.port_own_field</comment>
        <translation>Isi nomor port di kolom port.</translation>
    </message>
    <message>
        <source>The {field} is a number from 1 to 65535.</source>
        <comment>account.port_range</comment>
        <translation>{field} harus berupa angka dari 1 sampai 65535.</translation>
    </message>
    <message>
        <source>Choose {providers}.</source>
        <comment>account.provider_hint</comment>
        <translation>Pilih salah satu: {providers}.</translation>
    </message>
    <message>
        <source>Unknown provider “{provider}”.</source>
        <comment>account.provider_unknown</comment>
        <translation>Penyedia email “{provider}” tidak dikenal.</translation>
    </message>
    <message>
        <source>Security must be SSL, STARTTLS or none.</source>
        <comment>account.security_unknown</comment>
        <translation>Keamanan harus SSL, STARTTLS, atau none (tanpa enkripsi).</translation>
    </message>
    <message>
        <source>Unknown account setting(s): {names}.</source>
        <comment>account.settings_unknown</comment>
        <translation>Pengaturan akun tidak dikenal: {names}.</translation>
    </message>
    <message>
        <source>{email} signs in with a password, not with a browser sign-in.</source>
        <comment>account.signs_in_with_password</comment>
        <translation>{email} masuk dengan kata sandi, bukan lewat browser.</translation>
    </message>
    <message>
        <source>Change its password with: seller-desk account edit ACCOUNT --password</source>
        <comment>account.signs_in_with_password_hint</comment>
        <translation>Ganti kata sandinya dengan: seller-desk account edit AKUN --password</translation>
    </message>
    <message>
        <source>The sync window is a number of days from 0 (all mail) to 36500.</source>
        <comment>account.sync_window_range</comment>
        <translation>Rentang sinkronisasi adalah jumlah hari dari 0 (semua email) sampai 36500.</translation>
    </message>
    <message>
        <source>Type it again.</source>
        <comment>account.type_again</comment>
        <translation>Ketik ulang.</translation>
    </message>
    <message>
        <source>Type it again on one line.</source>
        <comment>account.type_on_one_line</comment>
        <translation>Ketik ulang dalam satu baris.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address.</source>
        <comment>address.invalid</comment>
        <translation>“{address}” bukan alamat email.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <comment>backup.cancelled</comment>
        <translation>Backup dibatalkan.</translation>
    </message>
    <message>
        <source>{name} is damaged, so it cannot be restored.</source>
        <comment>backup.damaged</comment>
        <translation>{name} rusak, jadi tidak bisa dipulihkan.</translation>
    </message>
    <message>
        <source>Choose an older backup.</source>
        <comment>backup.damaged_hint</comment>
        <translation>Pilih backup yang lebih lama.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a Seller Desk backup.</source>
        <comment>backup.damaged_or_foreign</comment>
        <translation>{name} rusak atau bukan file backup Seller Desk.</translation>
    </message>
    <message>
        <source>Choose another backup file.</source>
        <comment>backup.damaged_or_foreign_hint</comment>
        <translation>Pilih file backup yang lain.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written.</source>
        <comment>backup.disk_full</comment>
        <translation>Disk penuh, jadi backup tidak bisa disimpan.</translation>
    </message>
    <message>
        <source>Free some space or choose another drive.</source>
        <comment>backup.disk_full_hint</comment>
        <translation>Kosongkan sebagian ruang atau pilih flashdisk atau drive lain.</translation>
    </message>
    <message>
        <source>That file is the database Seller Desk has open.</source>
        <comment>backup.is_live</comment>
        <translation>File itu adalah database yang sedang dibuka Seller Desk.</translation>
    </message>
    <message>
        <source>Choose another file or folder for the backup.</source>
        <comment>backup.is_live_hint</comment>
        <translation>Pilih file atau folder lain untuk backup.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <comment>backup.missing</comment>
        <translation>File {path} tidak ada.</translation>
    </message>
    <message>
        <source>{name} was made by a newer Seller Desk.</source>
        <comment>backup.newer</comment>
        <translation>{name} dibuat oleh Seller Desk versi yang lebih baru.</translation>
    </message>
    <message>
        <source>Install the newest Seller Desk, then restore it.</source>
        <comment>backup.newer_hint</comment>
        <translation>Pasang Seller Desk versi terbaru, lalu pulihkan lagi.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <comment>backup.no_database</comment>
        <translation>Tidak ada database yang sedang dibuka.</translation>
    </message>
    <message>
        <source>{name} is not a Seller Desk backup.</source>
        <comment>backup.not_ours</comment>
        <translation>{name} bukan file backup Seller Desk.</translation>
    </message>
    <message>
        <source>Choose a file made with Backup (its name ends in .sqlite3).</source>
        <comment>backup.not_ours_hint</comment>
        <translation>Pilih file backup buatan Seller Desk (namanya berakhiran .sqlite3).</translation>
    </message>
    <message>
        <source>Seller Desk could not restore {name}: {reason}.</source>
        <comment>backup.restore_failed</comment>
        <translation>Seller Desk tidak bisa memulihkan {name}: {reason}.</translation>
    </message>
    <message>
        <source>Your data is unchanged; a copy of it is in {path}.</source>
        <comment>backup.restore_failed_hint</comment>
        <translation>Data Anda tidak berubah; salinannya ada di {path}.</translation>
    </message>
    <message>
        <source>This is a shared team database on a server; Seller Desk cannot back it up into one file.</source>
        <comment>backup.server_database</comment>
        <translation>Ini database tim bersama di server; Seller Desk tidak bisa membuat backup-nya dalam satu file.</translation>
    </message>
    <message>
        <source>Ask whoever runs the PostgreSQL server to back it up with pg_dump.</source>
        <comment>backup.server_database_hint</comment>
        <translation>Minta pengelola server PostgreSQL membuat backup-nya dengan pg_dump.</translation>
    </message>
    <message>
        <source>Seller Desk cannot read {path}: {reason}.</source>
        <comment>backup.unreadable</comment>
        <translation>Seller Desk tidak bisa membaca {path}: {reason}.</translation>
    </message>
    <message>
        <source>Seller Desk could not write the backup to {path}.</source>
        <comment>backup.write_failed</comment>
        <translation>Seller Desk tidak bisa menyimpan backup ke {path}.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, such as Documents or a USB drive.</source>
        <comment>backup.write_failed_hint</comment>
        <translation>Pilih folder yang bisa Anda tulisi, seperti Documents atau flashdisk.</translation>
    </message>
    <message>
        <source>Holidays for “{subdivision}” are unknown; using the country&apos;s public holidays only.</source>
        <comment>clock.subdivision_unknown</comment>
        <translation>Hari libur untuk “{subdivision}” tidak dikenal; hanya hari libur nasional yang dipakai.</translation>
    </message>
    <message>
        <source>Seller Desk cannot send to “{address}”: letters before the @ must be Latin letters, digits or punctuation.</source>
        <comment>compose.address_not_latin</comment>
        <translation>Seller Desk tidak bisa mengirim ke “{address}”: bagian sebelum @ hanya boleh berisi huruf Latin, angka, atau tanda baca.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <comment>compose.file_unreadable</comment>
        <translation>File {name} tidak bisa dibaca ({reason}).</translation>
    </message>
    <message>
        <source>There is no mail account to send from.</source>
        <comment>compose.no_account</comment>
        <translation>Belum ada akun email untuk mengirim.</translation>
    </message>
    <message>
        <source>Add your shop&apos;s mailbox first (in the sidebar: + Add a mailbox).</source>
        <comment>compose.no_account_hint</comment>
        <translation>Tambahkan dulu akun email toko Anda (di bilah samping: + Tambah akun email).</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <comment>compose.no_recipient</comment>
        <translation>Tambahkan minimal satu penerima.</translation>
    </message>
    <message>
        <source>The attachments are too big to send by email ({size} MB).</source>
        <comment>compose.too_big</comment>
        <translation>Lampiran terlalu besar untuk dikirim lewat email ({size} MB).</translation>
    </message>
    <message>
        <source>Most mail providers accept about {limit} MB: send fewer or smaller files, or share a link.</source>
        <comment>compose.too_big_hint</comment>
        <translation>Kebanyakan penyedia email hanya menerima sekitar {limit} MB: kirim lebih sedikit file atau file yang lebih kecil, atau bagikan link-nya saja.</translation>
    </message>
    <message>
        <source>The message still has placeholders that could not be filled: {names}.</source>
        <comment>compose.unfilled</comment>
        <translation>Pesan ini masih punya isian otomatis yang belum bisa diisi: {names}.</translation>
    </message>
    <message>
        <source>Replace them with the right words before sending.</source>
        <comment>compose.unfilled_hint</comment>
        <translation>Ganti dengan kata-kata yang sesuai sebelum dikirim.</translation>
    </message>
    <message>
        <source>A conversation cannot be resolved before it began.</source>
        <comment>conversation.resolved_before_start</comment>
        <translation>Percakapan tidak bisa diselesaikan sebelum dimulai.</translation>
    </message>
    <message>
        <source>Use one of: {tags}.</source>
        <comment>conversation.tag_hint</comment>
        <translation>Pakai salah satu: {tags}.</translation>
    </message>
    <message>
        <source>“{tag}” is not a tag.</source>
        <comment>conversation.tag_unknown</comment>
        <translation>“{tag}” bukan label yang dikenal.</translation>
    </message>
    <message>
        <source>The password store could not be read.</source>
        <comment>credentials.unreadable</comment>
        <translation>Penyimpanan kata sandi tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Unlock your keyring (it may be asking for your login password), then retry.</source>
        <comment>credentials.unreadable_hint</comment>
        <translation>Buka kunci keyring Anda (mungkin sedang meminta kata sandi login komputer), lalu coba lagi.</translation>
    </message>
    <message>
        <source>{email} already belongs to {name}.</source>
        <comment>customer.email_taken</comment>
        <translation>{email} sudah dipakai oleh {name}.</translation>
    </message>
    <message>
        <source>{email} already belongs to another customer.</source>
        <comment>customer.email_taken_unnamed</comment>
        <translation>{email} sudah dipakai oleh pelanggan lain.</translation>
    </message>
    <message>
        <source>{email} belongs to no customer.</source>
        <comment>customer.email_unknown</comment>
        <translation>{email} tidak terdaftar pada pelanggan mana pun.</translation>
    </message>
    <message>
        <source>Merge the two customers instead.</source>
        <comment>customer.merge_hint</comment>
        <translation>Gabungkan saja kedua pelanggan itu.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <comment>customer.merge_self</comment>
        <translation>Pelanggan tidak bisa digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>{email} is the only address of {name}.</source>
        <comment>customer.only_address</comment>
        <translation>{email} adalah satu-satunya alamat milik {name}.</translation>
    </message>
    <message>
        <source>{email} is the only address of this customer.</source>
        <comment>customer.only_address_unnamed</comment>
        <translation>{email} adalah satu-satunya alamat pelanggan ini.</translation>
    </message>
    <message>
        <source>Write it with the country code, e.g. +60 12-345 6789.</source>
        <comment>customer.phone_hint</comment>
        <translation>Tulis dengan kode negara, mis. +62 812-3456-7890.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number.</source>
        <comment>customer.phone_invalid</comment>
        <translation>“{phone}” bukan nomor telepon.</translation>
    </message>
    <message>
        <source>Use only the fields listed with the template.</source>
        <comment>documents.field_hint</comment>
        <translation>Pakai hanya kolom yang tercantum bersama template.</translation>
    </message>
    <message>
        <source>Unknown field in the template: {names}</source>
        <comment>documents.field_unknown</comment>
        <translation>Kolom tidak dikenal di template: {names}</translation>
    </message>
    <message>
        <source>Choose a packing slip, an invoice or a receipt.</source>
        <comment>documents.kind_hint</comment>
        <translation>Pilih slip pengemasan, faktur, atau kuitansi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot print a “{kind}”.</source>
        <comment>documents.kind_unknown</comment>
        <translation>Seller Desk tidak bisa mencetak “{kind}”.</translation>
    </message>
    <message>
        <source>Choose en, ms or id.</source>
        <comment>documents.language_hint</comment>
        <translation>Pilih en, ms, atau id.</translation>
    </message>
    <message>
        <source>There are no papers in “{language}”.</source>
        <comment>documents.language_unknown</comment>
        <translation>Tidak ada dokumen dalam “{language}”.</translation>
    </message>
    <message>
        <source>There is no {kind} template in {language}.</source>
        <comment>documents.no_template</comment>
        <translation>Tidak ada template {kind} dalam {language}.</translation>
    </message>
    <message>
        <source>That order no longer exists.</source>
        <comment>documents.order_gone</comment>
        <translation>Pesanan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>No order has the number {number}.</source>
        <comment>documents.order_unknown</comment>
        <translation>Tidak ada pesanan bernomor {number}.</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <comment>documents.pdf_failed</comment>
        <translation>{name} tidak bisa ditulis.</translation>
    </message>
    <message>
        <source>Check that the folder exists and the disk has room, then try again.</source>
        <comment>documents.pdf_failed_hint</comment>
        <translation>Pastikan foldernya ada dan disk masih punya ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <comment>export.cancelled</comment>
        <translation>Ekspor dihentikan; tidak ada file yang ditulis.</translation>
    </message>
    <message>
        <source>The decimal mark is a point or a comma.</source>
        <comment>export.decimal_invalid</comment>
        <translation>Tanda desimal harus titik atau koma.</translation>
    </message>
    <message>
        <source>The decimal mark cannot be the column separator.</source>
        <comment>export.decimal_is_separator</comment>
        <translation>Tanda desimal tidak boleh sama dengan pemisah kolom.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <comment>export.folder_missing</comment>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>Choose another place for the file.</source>
        <comment>export.folder_missing_hint</comment>
        <translation>Pilih tempat lain untuk file ini.</translation>
    </message>
    <message>
        <source>Choose csv or xlsx.</source>
        <comment>export.format_hint</comment>
        <translation>Pilih csv atau xlsx.</translation>
    </message>
    <message>
        <source>Cannot write a “{format}” file.</source>
        <comment>export.format_unknown</comment>
        <translation>Tidak bisa menulis file “{format}”.</translation>
    </message>
    <message>
        <source>Choose one of: {kinds}.</source>
        <comment>export.kind_hint</comment>
        <translation>Pilih salah satu: {kinds}.</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”.</source>
        <comment>export.kind_unknown</comment>
        <translation>“{kind}” tidak bisa diekspor.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <comment>export.period_reversed</comment>
        <translation>Tanggal akhir lebih awal dari tanggal mulai.</translation>
    </message>
    <message>
        <source>Use &quot;,&quot; or &quot;;&quot; (or a tab).</source>
        <comment>export.separator_hint</comment>
        <translation>Pakai &quot;,&quot; atau &quot;;&quot; (atau tab).</translation>
    </message>
    <message>
        <source>“{separator}” cannot separate columns.</source>
        <comment>export.separator_invalid</comment>
        <translation>“{separator}” tidak bisa dipakai sebagai pemisah kolom.</translation>
    </message>
    <message>
        <source>Seller Desk could not write {path}: {reason}.</source>
        <comment>export.write_failed</comment>
        <translation>Seller Desk tidak bisa menyimpan {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check that the folder is yours and the disk is not full.</source>
        <comment>export.write_failed_hint</comment>
        <translation>Pastikan folder itu milik Anda dan disk tidak penuh.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <comment>import.bad_amount</comment>
        <translation>“{value}” bukan nominal yang valid.</translation>
    </message>
    <message>
        <source>“{value}” is not a date Seller Desk can read.</source>
        <comment>import.bad_date</comment>
        <translation>“{value}” bukan tanggal yang bisa dibaca Seller Desk.</translation>
    </message>
    <message>
        <source>The quantity “{value}” is not a whole number of at least 1.</source>
        <comment>import.bad_quantity</comment>
        <translation>Jumlah “{value}” bukan bilangan bulat minimal 1.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved.</source>
        <comment>import.cancelled</comment>
        <translation>Impor dihentikan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>There is a tracking number but no courier.</source>
        <comment>import.courier_missing</comment>
        <translation>Ada nomor resi tetapi kurirnya tidak ada.</translation>
    </message>
    <message>
        <source>The courier “{courier}” is not one Seller Desk knows.</source>
        <comment>import.courier_unknown</comment>
        <translation>Kurir “{courier}” tidak dikenal Seller Desk.</translation>
    </message>
    <message>
        <source>{name} holds no orders.</source>
        <comment>import.empty</comment>
        <translation>{name} tidak berisi pesanan.</translation>
    </message>
    <message>
        <source>The file {name} is not there any more.</source>
        <comment>import.file_missing</comment>
        <translation>File {name} sudah tidak ada.</translation>
    </message>
    <message>
        <source>The file {name} could not be read: it may be damaged or still downloading.</source>
        <comment>import.file_unreadable</comment>
        <translation>File {name} tidak bisa dibaca: mungkin rusak atau masih diunduh.</translation>
    </message>
    <message>
        <source>Download the export again from the Seller Centre and import it without opening it in a spreadsheet first.</source>
        <comment>import.file_unreadable_hint</comment>
        <translation>Unduh lagi ekspornya dari Seller Center, lalu impor tanpa membukanya dulu di spreadsheet.</translation>
    </message>
    <message>
        <source>Choose the .xlsx or .csv file you downloaded from the Seller Centre.</source>
        <comment>import.format_hint</comment>
        <translation>Pilih file .xlsx atau .csv yang Anda unduh dari Seller Center.</translation>
    </message>
    <message>
        <source>Seller Desk cannot import {name}.</source>
        <comment>import.format_unknown</comment>
        <translation>Seller Desk tidak bisa mengimpor {name}.</translation>
    </message>
    <message>
        <source>Choose which column holds the order number, the product and the rest; Seller Desk remembers your choice for the next file.</source>
        <comment>import.layout_hint</comment>
        <translation>Pilih kolom yang berisi nomor pesanan, produk, dan lainnya; Seller Desk mengingat pilihan Anda untuk file berikutnya.</translation>
    </message>
    <message>
        <source>Seller Desk does not recognise the columns of {name}.</source>
        <comment>import.layout_unknown</comment>
        <translation>Seller Desk tidak mengenali kolom-kolom di {name}.</translation>
    </message>
    <message>
        <source>Choose the columns that hold the order number and the product name.</source>
        <comment>import.mapping_incomplete</comment>
        <translation>Pilih kolom yang berisi nomor pesanan dan nama produk.</translation>
    </message>
    <message>
        <source>Give this kind of file a name, such as the shop it comes from.</source>
        <comment>import.mapping_name_missing</comment>
        <translation>Beri nama untuk jenis file ini, misalnya nama toko asalnya.</translation>
    </message>
    <message>
        <source>The order has no items.</source>
        <comment>import.no_items</comment>
        <translation>Pesanan ini tidak punya produk.</translation>
    </message>
    <message>
        <source>The order number is missing.</source>
        <comment>import.no_number</comment>
        <translation>Nomor pesanan belum diisi.</translation>
    </message>
    <message>
        <source>The product name is missing.</source>
        <comment>import.no_title</comment>
        <translation>Nama produk tidak ada.</translation>
    </message>
    <message>
        <source>Use one of: {sources}.</source>
        <comment>import.source_hint</comment>
        <translation>Gunakan salah satu: {sources}.</translation>
    </message>
    <message>
        <source>“{source}” is not an import source Seller Desk knows.</source>
        <comment>import.source_unknown</comment>
        <translation>“{source}” bukan sumber impor yang dikenal Seller Desk.</translation>
    </message>
    <message>
        <source>The order status “{value}” is not one Seller Desk knows.</source>
        <comment>import.status_unknown</comment>
        <translation>Status pesanan “{value}” tidak dikenal Seller Desk.</translation>
    </message>
    <message>
        <source>Check the user name and the password.</source>
        <comment>mail.auth_hint</comment>
        <translation>Cek nama pengguna dan kata sandinya.</translation>
    </message>
    <message>
        <source>Gmail accepts an app password here, not your Google password: with 2-Step Verification on, create one at myaccount.google.com/apppasswords and use it.</source>
        <comment>mail.auth_hint_gmail</comment>
        <translation>Di sini Gmail butuh sandi aplikasi (app password), bukan sandi Google Anda: aktifkan Verifikasi 2 Langkah, buat sandinya di myaccount.google.com/apppasswords, lalu pakai sandi itu.</translation>
    </message>
    <message>
        <source>Outlook and Hotmail need IMAP turned on (Outlook.com &gt; Settings &gt; Mail &gt; Forwarding and IMAP) and, with two-step verification, an app password from account.microsoft.com &gt; Security &gt; Advanced security options.</source>
        <comment>mail.auth_hint_outlook</comment>
        <translation>Outlook dan Hotmail butuh IMAP diaktifkan (Outlook.com &gt; Settings &gt; Mail &gt; Forwarding and IMAP) dan, kalau verifikasi dua langkah aktif, sandi aplikasi dari account.microsoft.com &gt; Security &gt; Advanced security options.</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password: Account info &gt; Account security &gt; Generate app password, then use that password here.</source>
        <comment>mail.auth_hint_yahoo</comment>
        <translation>Yahoo Mail butuh sandi aplikasi: Account info &gt; Account security &gt; Generate app password, lalu pakai sandi itu di sini.</translation>
    </message>
    <message>
        <source>Check your internet connection; Seller Desk will try again.</source>
        <comment>mail.cut_hint</comment>
        <translation>Cek koneksi internet Anda; Seller Desk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <comment>mail.fingerprint</comment>
        <translation>Sidik jari (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The folder {folder} changed on the server since the last sync.</source>
        <comment>mail.folder_changed</comment>
        <translation>Folder {folder} di server sudah berubah sejak sinkronisasi terakhir.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <comment>mail.imap.auth_refused</comment>
        <translation>Server email menolak nama pengguna atau kata sandi.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password (it said: {said}).</source>
        <comment>mail.imap.auth_refused_said</comment>
        <translation>Server email menolak nama pengguna atau kata sandi (pesannya: {said}).</translation>
    </message>
    <message>
        <source>The connection to the mail server at {where} was cut.</source>
        <comment>mail.imap.cut</comment>
        <translation>Koneksi ke server email di {where} terputus.</translation>
    </message>
    <message>
        <source>The mail server at {where} failed: {reason}</source>
        <comment>mail.imap.failed</comment>
        <translation>Ada masalah di server email {where}: {reason}</translation>
    </message>
    <message>
        <source>The mail server at {where} does not offer STARTTLS.</source>
        <comment>mail.imap.no_starttls</comment>
        <translation>Server email di {where} tidak mendukung STARTTLS.</translation>
    </message>
    <message>
        <source>The mail server name “{host}” was not found.</source>
        <comment>mail.imap.not_found</comment>
        <translation>Server email “{host}” tidak ditemukan.</translation>
    </message>
    <message>
        <source>The mail server at {where} refused the connection.</source>
        <comment>mail.imap.refused</comment>
        <translation>Server email di {where} menolak koneksi.</translation>
    </message>
    <message>
        <source>The mail server said: {said}</source>
        <comment>mail.imap.said</comment>
        <translation>Server email menjawab: {said}</translation>
    </message>
    <message>
        <source>The mail server at {where} did not answer in time.</source>
        <comment>mail.imap.timeout</comment>
        <translation>Server email di {where} tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server at {where} could not be set up ({reason}).</source>
        <comment>mail.imap.tls_failed</comment>
        <translation>Koneksi aman ke server email di {where} gagal dibuat ({reason}).</translation>
    </message>
    <message>
        <source>The mail server at {where} cannot be reached ({reason}).</source>
        <comment>mail.imap.unreachable</comment>
        <translation>Server email di {where} tidak bisa dihubungi ({reason}).</translation>
    </message>
    <message>
        <source>The mail server at {where} showed a certificate that is not trusted ({reason}).</source>
        <comment>mail.imap.untrusted</comment>
        <translation>Server email di {where} menunjukkan sertifikat yang tidak tepercaya ({reason}).</translation>
    </message>
    <message>
        <source>Seller Desk will not send your password to {host} without encryption.</source>
        <comment>mail.insecure_refused</comment>
        <translation>Seller Desk tidak akan mengirim kata sandi Anda ke {host} tanpa enkripsi.</translation>
    </message>
    <message>
        <source>Choose SSL or STARTTLS. If this server really offers no encryption, tick &quot;Allow an unencrypted connection&quot; for this account.</source>
        <comment>mail.insecure_refused_hint</comment>
        <translation>Pilih SSL atau STARTTLS. Kalau server ini memang tidak mendukung enkripsi, centang “Izinkan koneksi tanpa enkripsi” untuk akun ini.</translation>
    </message>
    <message>
        <source>The server no longer has this message.</source>
        <comment>mail.message_gone</comment>
        <translation>Pesan ini sudah tidak ada di server.</translation>
    </message>
    <message>
        <source>No password is stored for {email}.</source>
        <comment>mail.no_password</comment>
        <translation>Belum ada kata sandi yang tersimpan untuk {email}.</translation>
    </message>
    <message>
        <source>Enter the password (or app password) for this account.</source>
        <comment>mail.no_password_hint</comment>
        <translation>Masukkan kata sandi (atau sandi aplikasi) untuk akun ini.</translation>
    </message>
    <message>
        <source>No outgoing mail server is set for {email}.</source>
        <comment>mail.no_smtp_host</comment>
        <translation>Server email keluar untuk {email} belum diatur.</translation>
    </message>
    <message>
        <source>Enter the SMTP server in the account settings.</source>
        <comment>mail.no_smtp_host_hint</comment>
        <translation>Masukkan server SMTP di pengaturan akun.</translation>
    </message>
    <message>
        <source>Choose SSL (and its port) instead, or ask your provider.</source>
        <comment>mail.no_starttls_hint</comment>
        <translation>Pilih SSL (dengan port-nya), atau tanyakan ke penyedia email Anda.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and that you are online.</source>
        <comment>mail.not_found_hint</comment>
        <translation>Cek ejaan nama server dan pastikan Anda sedang online.</translation>
    </message>
    <message>
        <source>This message is no longer in any folder on the server, so its attachments and original cannot be downloaded.</source>
        <comment>mail.not_in_any_folder</comment>
        <translation>Pesan ini sudah tidak ada di folder mana pun di server, jadi lampiran dan pesan aslinya tidak bisa diunduh.</translation>
    </message>
    <message>
        <source>It may have been deleted or moved; sync, then try again.</source>
        <comment>mail.not_in_any_folder_hint</comment>
        <translation>Mungkin pesannya sudah dihapus atau dipindahkan; sinkronkan dulu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The answer from the sign-in page does not belong to this sign-in, so it was not used.</source>
        <comment>mail.oauth.bad_state</comment>
        <translation>Jawaban dari halaman masuk bukan untuk proses masuk ini, jadi tidak dipakai.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <comment>mail.oauth.cancelled</comment>
        <translation>Proses masuk dibatalkan.</translation>
    </message>
    <message>
        <source>The sign-in service refused this copy of Seller Desk ({error}).</source>
        <comment>mail.oauth.client_refused</comment>
        <translation>Layanan masuk menolak salinan Seller Desk ini ({error}).</translation>
    </message>
    <message>
        <source>The app registration of this build is not accepted; ask whoever gave you Seller Desk, or use an app password.</source>
        <comment>mail.oauth.client_refused_hint</comment>
        <translation>Pendaftaran aplikasi versi ini tidak diterima; tanyakan ke pihak yang memberi Anda Seller Desk, atau pakai sandi aplikasi.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes off, so the sign-in service refuses it.</source>
        <comment>mail.oauth.clock_off</comment>
        <translation>Jam komputer ini meleset {minutes} menit, jadi layanan masuk menolaknya.</translation>
    </message>
    <message>
        <source>Set the computer&apos;s date and time automatically, then sign in again.</source>
        <comment>mail.oauth.clock_off_hint</comment>
        <translation>Atur tanggal dan jam komputer secara otomatis, lalu masuk lagi.</translation>
    </message>
    <message>
        <source>The sign-in was refused or cancelled in the browser.</source>
        <comment>mail.oauth.denied</comment>
        <translation>Proses masuk ditolak atau dibatalkan di browser.</translation>
    </message>
    <message>
        <source>Sign in again and choose Accept when asked to let Seller Desk read and send your mail.</source>
        <comment>mail.oauth.denied_hint</comment>
        <translation>Masuk lagi dan pilih Terima saat diminta mengizinkan Seller Desk membaca dan mengirim email Anda.</translation>
    </message>
    <message>
        <source>This copy of Seller Desk cannot sign in with {provider}: it was built without a {provider} app registration.</source>
        <comment>mail.oauth.no_client</comment>
        <translation>Salinan Seller Desk ini tidak bisa masuk dengan {provider}: dibuat tanpa pendaftaran aplikasi {provider}.</translation>
    </message>
    <message>
        <source>Use an app password if the mailbox allows it, or install a build that signs in with {provider} (or put its {file} in the data folder).</source>
        <comment>mail.oauth.no_client_hint</comment>
        <translation>Pakai sandi aplikasi kalau akun email mengizinkan, atau pasang versi yang bisa masuk dengan {provider} (atau taruh file {file} di folder data).</translation>
    </message>
    <message>
        <source>The sign-in page sent no sign-in code back.</source>
        <comment>mail.oauth.no_code</comment>
        <translation>Halaman masuk tidak mengirim kode masuk.</translation>
    </message>
    <message>
        <source>The mail server at {where} does not accept a sign-in token.</source>
        <comment>mail.oauth.no_mechanism</comment>
        <translation>Server email di {where} tidak menerima token masuk.</translation>
    </message>
    <message>
        <source>Check the server names of this mailbox.</source>
        <comment>mail.oauth.no_mechanism_hint</comment>
        <translation>Cek nama server akun email ini.</translation>
    </message>
    <message>
        <source>{provider} did not allow Seller Desk to stay signed in.</source>
        <comment>mail.oauth.no_refresh</comment>
        <translation>{provider} tidak mengizinkan Seller Desk tetap masuk.</translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in ({error}).</source>
        <comment>mail.oauth.refused</comment>
        <translation>Layanan masuk menolak proses masuk ini ({error}).</translation>
    </message>
    <message>
        <source>The sign-in of {email} has ended (the password was changed or the access was withdrawn).</source>
        <comment>mail.oauth.sign_in_again</comment>
        <translation>Sesi masuk {email} sudah berakhir (kata sandi diganti atau akses dicabut).</translation>
    </message>
    <message>
        <source>{email} is not signed in.</source>
        <comment>mail.oauth.sign_in_needed</comment>
        <translation>{email} belum masuk.</translation>
    </message>
    <message>
        <source>Sign in again: your queued replies wait and go out once you are signed in.</source>
        <comment>mail.oauth.sign_in_needed_hint</comment>
        <translation>Masuk lagi: balasan yang antre menunggu dan terkirim begitu Anda masuk.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser.</source>
        <comment>mail.oauth.timed_out</comment>
        <translation>Proses masuk belum diselesaikan di browser.</translation>
    </message>
    <message>
        <source>Start it again and finish it in the browser window that opens.</source>
        <comment>mail.oauth.timed_out_hint</comment>
        <translation>Mulai lagi dan selesaikan di jendela browser yang terbuka.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <comment>mail.oauth.try_again</comment>
        <translation>Mulai proses masuk lagi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot sign in with “{provider}”.</source>
        <comment>mail.oauth.unknown_provider</comment>
        <translation>Seller Desk tidak bisa masuk dengan “{provider}”.</translation>
    </message>
    <message>
        <source>The {provider} sign-in service at {host} cannot be reached.</source>
        <comment>mail.oauth.unreachable</comment>
        <translation>Layanan masuk {provider} di {host} tidak bisa dihubungi.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you chose to trust; it has changed.</source>
        <comment>mail.pin_changed</comment>
        <translation>Sertifikat server ini bukan yang Anda pilih untuk dipercaya; sertifikatnya sudah berganti.</translation>
    </message>
    <message>
        <source>If you expected the change (a new certificate), check the fingerprint and trust the new one; otherwise someone may be intercepting the connection.</source>
        <comment>mail.pin_changed_hint</comment>
        <translation>Kalau pergantian ini memang Anda harapkan (sertifikat baru), cek sidik jarinya lalu percayai sertifikat baru itu; kalau tidak, mungkin ada pihak lain yang sedang menyadap koneksi Anda.</translation>
    </message>
    <message>
        <source>Check the port number and the security setting (SSL usually uses port {ssl_port}, STARTTLS port {starttls_port}).</source>
        <comment>mail.refused_hint</comment>
        <translation>Cek nomor port dan pengaturan keamanan (SSL biasanya memakai port {ssl_port}, STARTTLS port {starttls_port}).</translation>
    </message>
    <message>
        <source>{email} is a mailbox of the demo shop: it has no mail server.</source>
        <comment>mail.simulated</comment>
        <translation>{email} adalah akun email toko demo: tidak punya server email.</translation>
    </message>
    <message>
        <source>Add your own mailbox to fetch and send real mail.</source>
        <comment>mail.simulated_hint</comment>
        <translation>Tambahkan akun email Anda sendiri untuk menerima dan mengirim email sungguhan.</translation>
    </message>
    <message>
        <source>The outgoing mail server refused the user name or password.</source>
        <comment>mail.smtp.auth_refused</comment>
        <translation>Server email keluar menolak nama pengguna atau kata sandi.</translation>
    </message>
    <message>
        <source>The outgoing mail server refused the user name or password (it said: {said}).</source>
        <comment>mail.smtp.auth_refused_said</comment>
        <translation>Server email keluar menolak nama pengguna atau kata sandi (pesannya: {said}).</translation>
    </message>
    <message>
        <source>The connection to the outgoing mail server at {where} was cut.</source>
        <comment>mail.smtp.cut</comment>
        <translation>Koneksi ke server email keluar di {where} terputus.</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} failed: {reason}</source>
        <comment>mail.smtp.failed</comment>
        <translation>Ada masalah di server email keluar {where}: {reason}</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} does not offer STARTTLS.</source>
        <comment>mail.smtp.no_starttls</comment>
        <translation>Server email keluar di {where} tidak mendukung STARTTLS.</translation>
    </message>
    <message>
        <source>The outgoing mail server name “{host}” was not found.</source>
        <comment>mail.smtp.not_found</comment>
        <translation>Server email keluar “{host}” tidak ditemukan.</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} refused the connection.</source>
        <comment>mail.smtp.refused</comment>
        <translation>Server email keluar di {where} menolak koneksi.</translation>
    </message>
    <message>
        <source>The outgoing mail server said: {said}</source>
        <comment>mail.smtp.said</comment>
        <translation>Server email keluar menjawab: {said}</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} did not answer in time.</source>
        <comment>mail.smtp.timeout</comment>
        <translation>Server email keluar di {where} tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>A secure connection to the outgoing mail server at {where} could not be set up ({reason}).</source>
        <comment>mail.smtp.tls_failed</comment>
        <translation>Koneksi aman ke server email keluar di {where} gagal dibuat ({reason}).</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} cannot be reached ({reason}).</source>
        <comment>mail.smtp.unreachable</comment>
        <translation>Server email keluar di {where} tidak bisa dihubungi ({reason}).</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} showed a certificate that is not trusted ({reason}).</source>
        <comment>mail.smtp.untrusted</comment>
        <translation>Server email keluar di {where} menunjukkan sertifikat yang tidak tepercaya ({reason}).</translation>
    </message>
    <message>
        <source>Sync this account, then try again.</source>
        <comment>mail.sync_and_retry</comment>
        <translation>Sinkronkan akun ini dulu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Check your internet connection, the server name and the port; a firewall may be blocking it.</source>
        <comment>mail.timeout_hint</comment>
        <translation>Cek koneksi internet, nama server, dan port-nya; mungkin ada firewall yang memblokir.</translation>
    </message>
    <message>
        <source>Check the security setting: SSL and STARTTLS use different ports.</source>
        <comment>mail.tls_failed_hint</comment>
        <translation>Cek pengaturan keamanan: SSL dan STARTTLS memakai port yang berbeda.</translation>
    </message>
    <message>
        <source>Check your internet connection.</source>
        <comment>mail.unreachable_hint</comment>
        <translation>Cek koneksi internet Anda.</translation>
    </message>
    <message>
        <source>If this is your own or your hosting provider&apos;s server with a self-signed certificate, compare the fingerprint with the one your provider gives and trust it. Otherwise do not connect: someone may be intercepting the connection.</source>
        <comment>mail.untrusted_hint</comment>
        <translation>Kalau ini server Anda sendiri atau server penyedia hosting Anda yang memakai sertifikat buatan sendiri, bandingkan sidik jarinya dengan yang diberikan penyedia Anda, lalu percayai sertifikat itu. Kalau tidak, jangan sambungkan: mungkin ada pihak lain yang sedang menyadap koneksi Anda.</translation>
    </message>
    <message>
        <source>“{value}” could mean {small} or {large}. Which one is it?</source>
        <comment>money.ambiguous</comment>
        <translation>“{value}” bisa berarti {small} atau {large}. Yang mana?</translation>
    </message>
    <message>
        <source>For the larger amount type {plain} without a dot or comma; for cents type two decimals, such as 12.50.</source>
        <comment>money.ambiguous_hint</comment>
        <translation>Untuk nominal yang lebih besar, ketik {plain} tanpa titik atau koma; untuk sen, ketik dua angka desimal, misalnya 12,50.</translation>
    </message>
    <message>
        <source>Use a three-letter code such as MYR, IDR, SGD or USD.</source>
        <comment>money.currency_hint</comment>
        <translation>Pakai kode tiga huruf seperti IDR, MYR, SGD, atau USD.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code.</source>
        <comment>money.currency_unknown</comment>
        <translation>“{code}” bukan kode mata uang.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <comment>money.not_amount</comment>
        <translation>“{value}” bukan nominal yang valid.</translation>
    </message>
    <message>
        <source>Amounts must be exact numbers.</source>
        <comment>money.not_exact</comment>
        <translation>Nominal harus berupa angka yang tepat.</translation>
    </message>
    <message>
        <source>Everyone at {domain} cannot be marked: anyone can have an address there, your customers too.</source>
        <comment>not_customer.public_domain</comment>
        <translation>Semua di {domain} tidak bisa ditandai: siapa saja bisa punya alamat di sana, termasuk pelanggan Anda.</translation>
    </message>
    <message>
        <source>Mark only this sender.</source>
        <comment>not_customer.public_domain_hint</comment>
        <translation>Tandai pengirim ini saja.</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals.</source>
        <comment>order.amount_decimals</comment>
        <translation>Nominal maksimal dua angka desimal.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <comment>order.amount_negative</comment>
        <translation>Nominal tidak boleh minus.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <comment>order.amount_too_large</comment>
        <translation>Nominalnya terlalu besar.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <comment>order.amount_zero</comment>
        <translation>Nominal harus lebih dari nol.</translation>
    </message>
    <message>
        <source>Choose one of: {channels}.</source>
        <comment>order.channel_hint</comment>
        <translation>Pilih salah satu: {channels}.</translation>
    </message>
    <message>
        <source>“{channel}” is not a sales channel.</source>
        <comment>order.channel_unknown</comment>
        <translation>“{channel}” bukan channel penjualan.</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <comment>order.date_invalid</comment>
        <translation>Tanggal dan jamnya tidak valid.</translation>
    </message>
    <message>
        <source>There is already an order {number} on {channel}.</source>
        <comment>order.duplicate</comment>
        <translation>Pesanan {number} di {channel} sudah ada.</translation>
    </message>
    <message>
        <source>Open that order, or check the number.</source>
        <comment>order.duplicate_hint</comment>
        <translation>Buka pesanan itu, atau cek lagi nomornya.</translation>
    </message>
    <message>
        <source>Cannot change {fields} here.</source>
        <comment>order.fields_unknown</comment>
        <translation>{fields} tidak bisa diubah di sini.</translation>
    </message>
    <message>
        <source>Item {number} has no product name.</source>
        <comment>order.item_no_title</comment>
        <translation>Barang ke-{number} belum ada nama produknya.</translation>
    </message>
    <message>
        <source>An order needs at least one item.</source>
        <comment>order.no_items</comment>
        <translation>Pesanan harus berisi minimal satu barang.</translation>
    </message>
    <message>
        <source>The order number is missing.</source>
        <comment>order.number_missing</comment>
        <translation>Nomor pesanan belum diisi.</translation>
    </message>
    <message>
        <source>The order number is too long.</source>
        <comment>order.number_too_long</comment>
        <translation>Nomor pesanan terlalu panjang.</translation>
    </message>
    <message>
        <source>Payment cannot come before the order was placed.</source>
        <comment>order.paid_before_placed</comment>
        <translation>Tanggal bayar tidak boleh lebih awal dari tanggal pesanan.</translation>
    </message>
    <message>
        <source>The order cannot be placed after it was shipped.</source>
        <comment>order.placed_after_shipped</comment>
        <translation>Tanggal pesanan tidak boleh setelah tanggal kirim.</translation>
    </message>
    <message>
        <source>The quantity of “{title}” must be at least 1.</source>
        <comment>order.quantity_min</comment>
        <translation>Jumlah “{title}” minimal 1.</translation>
    </message>
    <message>
        <source>The quantity of “{title}” must be a whole number.</source>
        <comment>order.quantity_whole</comment>
        <translation>Jumlah “{title}” harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>Refunds cannot exceed the order total; at most {left} is left.</source>
        <comment>order.refund_too_large</comment>
        <translation>Pengembalian dana tidak boleh melebihi total pesanan; sisa yang masih bisa dikembalikan: {left}.</translation>
    </message>
    <message>
        <source>“{status}” is not an order status.</source>
        <comment>order.status_unknown</comment>
        <translation>“{status}” bukan status pesanan.</translation>
    </message>
    <message>
        <source>The order total is too large.</source>
        <comment>order.total_too_large</comment>
        <translation>Total pesanan terlalu besar.</translation>
    </message>
    <message>
        <source>An order that is {current} cannot become {new}.</source>
        <comment>order.transition</comment>
        <translation>Pesanan berstatus {current} tidak bisa diubah menjadi {new}.</translation>
    </message>
    <message>
        <source>Allowed next: none.</source>
        <comment>order.transition_final_hint</comment>
        <translation>Status ini sudah final dan tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <source>Allowed next: {allowed}.</source>
        <comment>order.transition_hint</comment>
        <translation>Status berikutnya yang bisa dipilih: {allowed}.</translation>
    </message>
    <message>
        <source>This message was cancelled, so it cannot be cancelled.</source>
        <comment>outbox.cancelled_no_cancel</comment>
        <translation>Pesan ini memang sudah dibatalkan.</translation>
    </message>
    <message>
        <source>This message was cancelled, so it cannot be retried.</source>
        <comment>outbox.cancelled_no_retry</comment>
        <translation>Pesan ini sudah dibatalkan, jadi tidak bisa dicoba lagi.</translation>
    </message>
    <message>
        <source>This message cannot be cancelled.</source>
        <comment>outbox.no_cancel</comment>
        <translation>Pesan ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>This message cannot be retried.</source>
        <comment>outbox.no_retry</comment>
        <translation>Pesan ini tidak bisa dicoba lagi.</translation>
    </message>
    <message>
        <source>There is no outbox message {number}.</source>
        <comment>outbox.not_found</comment>
        <translation>Pesan {number} tidak ada di kotak keluar.</translation>
    </message>
    <message>
        <source>This message is being sent right now, so it cannot be cancelled.</source>
        <comment>outbox.sending_no_cancel</comment>
        <translation>Pesan ini sedang dikirim, jadi tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>This message is being sent right now, so it cannot be retried.</source>
        <comment>outbox.sending_no_retry</comment>
        <translation>Pesan ini sedang dikirim, jadi tidak bisa dicoba lagi.</translation>
    </message>
    <message>
        <source>This message has already been sent, so it cannot be cancelled.</source>
        <comment>outbox.sent_no_cancel</comment>
        <translation>Pesan ini sudah terkirim, jadi tidak bisa dibatalkan lagi.</translation>
    </message>
    <message>
        <source>This message has already been sent, so it cannot be retried.</source>
        <comment>outbox.sent_no_retry</comment>
        <translation>Pesan ini sudah terkirim, jadi tidak perlu dicoba lagi.</translation>
    </message>
    <message>
        <source>The pattern {where} is not valid: {reason}.</source>
        <comment>patterns.invalid</comment>
        <translation>Pola {where} tidak valid: {reason}.</translation>
    </message>
    <message>
        <source>{where}: unknown notice kind “{kind}”.</source>
        <comment>patterns.notice_kind_unknown</comment>
        <translation>{where}: jenis notifikasi “{kind}” tidak dikenal.</translation>
    </message>
    <message>
        <source>Type the date your shop opens again into the message.</source>
        <comment>placeholder.away_until</comment>
        <translation>Ketik tanggal toko Anda buka lagi langsung di pesan.</translation>
    </message>
    <message>
        <source>The customer&apos;s address is not known.</source>
        <comment>placeholder.customer_email</comment>
        <translation>Alamat email pelanggan belum diketahui.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is not known: add it to the customer.</source>
        <comment>placeholder.customer_name</comment>
        <translation>Nama pelanggan belum diketahui: tambahkan di data pelanggan.</translation>
    </message>
    <message>
        <source>The shipment has no expected delivery date: set the shipping date.</source>
        <comment>placeholder.no_eta</comment>
        <translation>Paket ini belum ada estimasi tiba: isi tanggal kirimnya.</translation>
    </message>
    <message>
        <source>The order has no items: add them.</source>
        <comment>placeholder.no_items</comment>
        <translation>Pesanan ini belum ada barangnya: tambahkan dulu.</translation>
    </message>
    <message>
        <source>No order is linked to this conversation: link one, or type it in.</source>
        <comment>placeholder.no_order</comment>
        <translation>Belum ada pesanan yang ditautkan ke percakapan ini: tautkan satu, atau ketik sendiri.</translation>
    </message>
    <message>
        <source>The order has no payment due date: set one on the order.</source>
        <comment>placeholder.no_payment_due</comment>
        <translation>Pesanan ini belum ada batas waktu bayar: atur di pesanan.</translation>
    </message>
    <message>
        <source>The order has no payment method: set it on the order.</source>
        <comment>placeholder.no_payment_method</comment>
        <translation>Pesanan ini belum ada metode pembayaran: atur di pesanan.</translation>
    </message>
    <message>
        <source>No refund is recorded on the order yet.</source>
        <comment>placeholder.no_refund</comment>
        <translation>Belum ada pengembalian dana yang dicatat untuk pesanan ini.</translation>
    </message>
    <message>
        <source>No account is chosen to send from.</source>
        <comment>placeholder.no_sender</comment>
        <translation>Belum ada akun yang dipilih untuk mengirim email ini.</translation>
    </message>
    <message>
        <source>The order has no shipment yet: add the courier and tracking number.</source>
        <comment>placeholder.no_shipment</comment>
        <translation>Pesanan ini belum ada paketnya: tambahkan kurir dan nomor resi.</translation>
    </message>
    <message>
        <source>The shipment has no shipping date: set it.</source>
        <comment>placeholder.no_shipped_date</comment>
        <translation>Paket ini belum ada tanggal kirim: isi dulu.</translation>
    </message>
    <message>
        <source>No tracking link: add the tracking number and a known courier.</source>
        <comment>placeholder.no_tracking_link</comment>
        <translation>Belum ada link lacak: tambahkan nomor resi dan pilih kurir yang dikenal.</translation>
    </message>
    <message>
        <source>The shipment has no tracking number yet: add it.</source>
        <comment>placeholder.no_tracking_number</comment>
        <translation>Paket ini belum ada nomor resi: tambahkan dulu.</translation>
    </message>
    <message>
        <source>Your payment methods are not set: fill them in under Settings &gt; Shop.</source>
        <comment>placeholder.payment_methods</comment>
        <translation>Metode pembayaran Anda belum diisi: isi di Pengaturan &gt; Toko Anda.</translation>
    </message>
    <message>
        <source>Your refund policy is not set: fill it in under Settings &gt; Shop.</source>
        <comment>placeholder.refund_policy</comment>
        <translation>Kebijakan pengembalian dana Anda belum diisi: isi di Pengaturan &gt; Toko Anda.</translation>
    </message>
    <message>
        <source>Your return address is not set: type it into the message.</source>
        <comment>placeholder.return_address</comment>
        <translation>Alamat retur Anda belum diisi: ketik langsung di pesan.</translation>
    </message>
    <message>
        <source>Your name is not set: fill it in under Settings &gt; Shop.</source>
        <comment>placeholder.seller_name</comment>
        <translation>Nama Anda belum diisi: isi di Pengaturan &gt; Toko Anda.</translation>
    </message>
    <message>
        <source>Your shop&apos;s name is not set: fill it in under Settings &gt; Shop.</source>
        <comment>placeholder.shop_name</comment>
        <translation>Nama toko Anda belum diisi: isi di Pengaturan &gt; Toko Anda.</translation>
    </message>
    <message>
        <source>Your signature is not set: fill it in under Settings &gt; Shop.</source>
        <comment>placeholder.signature</comment>
        <translation>Tanda tangan email Anda belum diisi: isi di Pengaturan &gt; Toko Anda.</translation>
    </message>
    <message>
        <source>This product is no longer in the catalogue (merged or removed).</source>
        <comment>product.gone</comment>
        <translation>Produk ini sudah tidak ada di daftar produk (sudah digabung atau dihapus).</translation>
    </message>
    <message>
        <source>Choose another product to merge with.</source>
        <comment>product.merge_same</comment>
        <translation>Pilih produk lain untuk digabungkan.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <comment>product.name_missing</comment>
        <translation>Produk harus punya nama.</translation>
    </message>
    <message>
        <source>A price cannot be negative and has at most two decimals.</source>
        <comment>product.price_invalid</comment>
        <translation>Harga tidak boleh negatif dan paling banyak dua angka desimal.</translation>
    </message>
    <message>
        <source>The SKU {sku} belongs to “{other}”.</source>
        <comment>product.sku_taken</comment>
        <translation>SKU {sku} milik “{other}”.</translation>
    </message>
    <message>
        <source>If they are the same product, merge them instead.</source>
        <comment>product.sku_taken_hint</comment>
        <translation>Kalau produknya sama, gabungkan saja keduanya.</translation>
    </message>
    <message>
        <source>Choose when the reminder is due.</source>
        <comment>reminder.due_missing</comment>
        <translation>Pilih kapan pengingat ini muncul.</translation>
    </message>
    <message>
        <source>This reminder is about no customer to wait for.</source>
        <comment>reminder.no_customer</comment>
        <translation>Pengingat ini tidak terkait pelanggan yang perlu ditunggu balasannya.</translation>
    </message>
    <message>
        <source>Write what the reminder is about.</source>
        <comment>reminder.note_missing</comment>
        <translation>Tulis hal yang perlu diingatkan.</translation>
    </message>
    <message>
        <source>Your shop&apos;s details are empty: {names} will be left blank.</source>
        <comment>setup.details_empty</comment>
        <translation>Data toko Anda masih kosong: {names} akan dibiarkan kosong.</translation>
    </message>
    <message>
        <source>No payment methods in {language} yet; the English ones are used.</source>
        <comment>setup.fallback_payment_methods</comment>
        <translation>Belum ada metode pembayaran dalam {language}; yang bahasa Inggris dipakai.</translation>
    </message>
    <message>
        <source>No refund policy in {language} yet; the English one is used.</source>
        <comment>setup.fallback_refund_policy</comment>
        <translation>Belum ada kebijakan pengembalian dana dalam {language}; yang bahasa Inggris dipakai.</translation>
    </message>
    <message>
        <source>No return address in {language} yet; the English one is used.</source>
        <comment>setup.fallback_return_address</comment>
        <translation>Belum ada alamat retur dalam {language}; yang bahasa Inggris dipakai.</translation>
    </message>
    <message>
        <source>No signature in {language} yet; the English one is used.</source>
        <comment>setup.fallback_signature</comment>
        <translation>Belum ada tanda tangan email dalam {language}; yang bahasa Inggris dipakai.</translation>
    </message>
    <message>
        <source>“{code}” is not a courier Seller Desk knows.</source>
        <comment>shipment.courier_unknown</comment>
        <translation>“{code}” bukan kurir yang dikenal Seller Desk.</translation>
    </message>
    <message>
        <source>A parcel cannot arrive before it was shipped.</source>
        <comment>shipment.delivered_before_shipped</comment>
        <translation>Paket tidak bisa sampai sebelum dikirim.</translation>
    </message>
    <message>
        <source>The parcel cannot be shipped after it was delivered.</source>
        <comment>shipment.shipped_after_delivered</comment>
        <translation>Tanggal kirim tidak boleh setelah paket sampai.</translation>
    </message>
    <message>
        <source>The parcel cannot be shipped before the order was placed.</source>
        <comment>shipment.shipped_before_order</comment>
        <translation>Paket tidak bisa dikirim sebelum pesanan dibuat.</translation>
    </message>
    <message>
        <source>The shipped date is in the future.</source>
        <comment>shipment.shipped_in_future</comment>
        <translation>Tanggal kirim tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>{number} does not look like a {courier} tracking number.</source>
        <comment>shipment.tracking_shape</comment>
        <translation>{number} sepertinya bukan nomor resi {courier}.</translation>
    </message>
    <message>
        <source>Check the number on the parcel slip, or save it anyway.</source>
        <comment>shipment.tracking_shape_hint</comment>
        <translation>Cek lagi nomor di resi, atau tetap simpan.</translation>
    </message>
    <message>
        <source>The tracking number is too long.</source>
        <comment>shipment.tracking_too_long</comment>
        <translation>Nomor resi terlalu panjang.</translation>
    </message>
    <message>
        <source>The “shipped” message cannot be filled in yet.</source>
        <comment>shipped_mail.incomplete</comment>
        <translation>Email untuk pesanan yang sudah dikirim belum bisa dilengkapi.</translation>
    </message>
    <message>
        <source>Check the template&apos;s placeholders under Templates.</source>
        <comment>shipped_mail.incomplete_hint</comment>
        <translation>Cek isian otomatis templat itu di bagian Templat.</translation>
    </message>
    <message>
        <source>The customer has no email address.</source>
        <comment>shipped_mail.no_address</comment>
        <translation>Pelanggan ini belum punya alamat email.</translation>
    </message>
    <message>
        <source>Add an email address to the customer, or send the tracking number another way.</source>
        <comment>shipped_mail.no_address_hint</comment>
        <translation>Tambahkan alamat email di data pelanggan, atau kirim nomor resi lewat cara lain (mis. WhatsApp).</translation>
    </message>
    <message>
        <source>There is no “shipped” template.</source>
        <comment>shipped_mail.no_template</comment>
        <translation>Templat untuk pesanan yang sudah dikirim (/shipped) tidak ada.</translation>
    </message>
    <message>
        <source>Restore it under Templates.</source>
        <comment>shipped_mail.no_template_hint</comment>
        <translation>Pulihkan di bagian Templat.</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <comment>snooze.in_past</comment>
        <translation>Pilih waktu yang belum lewat.</translation>
    </message>
    <message>
        <source>Snooze until a time, or until the customer replies.</source>
        <comment>snooze.no_time</comment>
        <translation>Tunda sampai waktu tertentu, atau sampai pelanggan membalas.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program.</source>
        <comment>storage.busy</comment>
        <translation>Database sedang dipakai jendela atau program lain.</translation>
    </message>
    <message>
        <source>Close the other Seller Desk window, then try again.</source>
        <comment>storage.busy_hint</comment>
        <translation>Tutup jendela Seller Desk yang lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot open its database file {path}.</source>
        <comment>storage.cannot_open_file</comment>
        <translation>Seller Desk tidak bisa membuka file database-nya {path}.</translation>
    </message>
    <message>
        <source>Check that the data folder is on a connected disk with free space and is yours, then try again.</source>
        <comment>storage.cannot_open_file_hint</comment>
        <translation>Pastikan folder data ada di disk yang tersambung, masih ada ruang kosong, dan milik Anda, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {where} is not a Seller Desk database or it is damaged.</source>
        <comment>storage.damaged</comment>
        <translation>File {where} bukan database Seller Desk, atau sudah rusak.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged, so Seller Desk cannot read all of it.</source>
        <comment>storage.damaged_file</comment>
        <translation>File database {path} rusak, jadi Seller Desk tidak bisa membaca seluruh isinya.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged (SQLite&apos;s check found: {found}), so Seller Desk cannot read all of it.</source>
        <comment>storage.damaged_found</comment>
        <translation>File database {path} rusak (pengecekan SQLite menemukan: {found}), jadi Seller Desk tidak bisa membaca seluruh isinya.</translation>
    </message>
    <message>
        <source>Restore your latest backup: Settings &gt; Data and backup &gt; Restore from a backup (the damaged data is kept aside first). If the window does not open: close Seller Desk, move seller-desk.sqlite3 and its -wal and -shm files out of the data folder (keep them), and copy your latest backup there as seller-desk.sqlite3.</source>
        <comment>storage.damaged_hint</comment>
        <translation>Pulihkan backup terbaru Anda: Pengaturan &gt; Data dan backup &gt; Pulihkan dari backup (data yang rusak disimpan terpisah dulu). Kalau jendelanya tidak mau terbuka: tutup Seller Desk, pindahkan seller-desk.sqlite3 beserta file -wal dan -shm-nya keluar dari folder data (simpan file-file itu), lalu salin backup terbaru Anda ke sana dengan nama seller-desk.sqlite3.</translation>
    </message>
    <message>
        <source>Seller Desk may not write to its database {where}: the file or its folder is read-only or not yours.</source>
        <comment>storage.read_only</comment>
        <translation>Seller Desk tidak diizinkan menulis ke database-nya {where}: file atau foldernya read-only atau bukan milik Anda.</translation>
    </message>
    <message>
        <source>Seller Desk may not write in its data folder {folder}: it is read-only or not yours.</source>
        <comment>storage.read_only_folder</comment>
        <translation>Seller Desk tidak diizinkan menulis di folder datanya {folder}: folder itu read-only atau bukan milik Anda.</translation>
    </message>
    <message>
        <source>Make the data folder and the files in it writable for you, or start Seller Desk with --data-dir and a folder of yours (copy seller-desk.sqlite3 there to take your data along).</source>
        <comment>storage.read_only_hint</comment>
        <translation>Buat folder data dan file di dalamnya bisa Anda tulisi, atau jalankan Seller Desk dengan --data-dir dan folder milik Anda (salin seller-desk.sqlite3 ke sana agar data Anda ikut pindah).</translation>
    </message>
    <message>
        <source>There is already a member called “{name}”.</source>
        <comment>team.member_exists</comment>
        <translation>Sudah ada anggota bernama “{name}”.</translation>
    </message>
    <message>
        <source>Give the member a name.</source>
        <comment>team.member_name_missing</comment>
        <translation>Beri nama untuk anggota ini.</translation>
    </message>
    <message>
        <source>That member is no longer in the team.</source>
        <comment>team.member_unknown</comment>
        <translation>Anggota itu sudah tidak ada di tim.</translation>
    </message>
    <message>
        <source>The copy of the table {table} did not match ({rows} rows read, {copied} in the copy), so the team&apos;s database was left empty.</source>
        <comment>team.move_mismatch</comment>
        <translation>Salinan tabel {table} tidak cocok ({rows} baris dibaca, {copied} di salinan), jadi basis data tim dibiarkan kosong.</translation>
    </message>
    <message>
        <source>Your shop on this computer is unchanged. Try again; if it happens again, send the log to support.</source>
        <comment>team.move_mismatch_hint</comment>
        <translation>Toko Anda di komputer ini tidak berubah. Coba lagi; kalau terjadi lagi, kirim log ke dukungan.</translation>
    </message>
    <message>
        <source>The team&apos;s database already holds a shop ({accounts} mailboxes, {conversations} conversations, {orders} orders), so nothing was copied.</source>
        <comment>team.move_not_empty</comment>
        <translation>Basis data tim sudah berisi toko ({accounts} akun email, {conversations} percakapan, {orders} pesanan), jadi tidak ada yang disalin.</translation>
    </message>
    <message>
        <source>Copy into a new, empty database, or open this one as it is.</source>
        <comment>team.move_not_empty_hint</comment>
        <translation>Salin ke basis data baru yang kosong, atau buka basis data ini apa adanya.</translation>
    </message>
    <message>
        <source>The shop on this computer was last opened by an older Seller Desk (schema {version}), so nothing was copied.</source>
        <comment>team.move_old_schema</comment>
        <translation>Toko di komputer ini terakhir dibuka oleh Seller Desk versi lama (skema {version}), jadi tidak ada yang disalin.</translation>
    </message>
    <message>
        <source>Open it once with this version of Seller Desk, close it, then copy it again.</source>
        <comment>team.move_old_schema_hint</comment>
        <translation>Buka sekali dengan versi Seller Desk ini, tutup, lalu salin lagi.</translation>
    </message>
    <message>
        <source>There is no shop on this computer at {path}.</source>
        <comment>team.no_shop_file</comment>
        <translation>Tidak ada toko di komputer ini di {path}.</translation>
    </message>
    <message>
        <source>A team works on a PostgreSQL database, and {url} is not one.</source>
        <comment>team.not_postgresql</comment>
        <translation>Tim bekerja dengan basis data PostgreSQL, dan {url} bukan PostgreSQL.</translation>
    </message>
    <message>
        <source>Give the address of the team&apos;s database, for example postgresql://aisyah@db.example.com/shop.</source>
        <comment>team.not_postgresql_hint</comment>
        <translation>Berikan alamat basis data tim, misalnya postgresql://aisyah@db.example.com/shop.</translation>
    </message>
    <message>
        <source>This database is reached through a connection pooler that shares connections between statements (PgBouncer in transaction mode), so windows cannot see each other&apos;s changes and each may check the mailboxes itself.</source>
        <comment>team.transaction_pooling</comment>
        <translation>Database ini diakses lewat connection pooler yang berbagi koneksi antar-perintah (PgBouncer dalam mode transaksi), jadi jendela tidak bisa melihat perubahan satu sama lain dan masing-masing bisa mengecek akun email sendiri.</translation>
    </message>
    <message>
        <source>Ask for the pooler&apos;s session mode, or connect to PostgreSQL itself (usually port 5432) instead of the pooler (often port 6432).</source>
        <comment>team.transaction_pooling_hint</comment>
        <translation>Minta mode sesi pada pooler, atau sambungkan langsung ke PostgreSQL (biasanya port 5432), bukan ke pooler (sering port 6432).</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <comment>template.gone</comment>
        <translation>Template itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose another template.</source>
        <comment>template.gone_hint</comment>
        <translation>Pilih template lain.</translation>
    </message>
    <message>
        <source>A line of the chat has a date that does not exist: “{line}”.</source>
        <comment>whatsapp.bad_date</comment>
        <translation>Ada baris chat dengan tanggal yang tidak ada: “{line}”.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was saved.</source>
        <comment>whatsapp.cancelled</comment>
        <translation>Impor dihentikan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <comment>whatsapp.customer_gone</comment>
        <translation>Pelanggan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Whose chat is this? No customer was chosen.</source>
        <comment>whatsapp.customer_needed</comment>
        <translation>Ini chat siapa? Belum ada pelanggan yang dipilih.</translation>
    </message>
    <message>
        <source>Choose the customer, or give their phone number.</source>
        <comment>whatsapp.customer_needed_hint</comment>
        <translation>Pilih pelanggannya, atau isi nomor HP-nya.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened.</source>
        <comment>whatsapp.damaged_zip</comment>
        <translation>{name} rusak dan tidak bisa dibuka.</translation>
    </message>
    <message>
        <source>The dates in this chat (such as {example}) can be read day first or month first.</source>
        <comment>whatsapp.date_order</comment>
        <translation>Tanggal di chat ini (misalnya {example}) bisa dibaca hari dulu atau bulan dulu.</translation>
    </message>
    <message>
        <source>Say which your phone writes: day first (30/08/25) or month first (8/30/25).</source>
        <comment>whatsapp.date_order_hint</comment>
        <translation>Pilih cara HP Anda menulis tanggal: hari dulu (30/08/25) atau bulan dulu (8/30/25).</translation>
    </message>
    <message>
        <source>{name} holds no WhatsApp chat (.txt).</source>
        <comment>whatsapp.no_chat_in_zip</comment>
        <translation>{name} tidak berisi chat WhatsApp (.txt).</translation>
    </message>
    <message>
        <source>This file is not a chat exported from WhatsApp.</source>
        <comment>whatsapp.not_an_export</comment>
        <translation>File ini bukan chat yang diekspor dari WhatsApp.</translation>
    </message>
    <message>
        <source>In WhatsApp open the chat, then ⋮ or the contact&apos;s name &gt; More &gt; Export chat, and choose the .txt or .zip it makes.</source>
        <comment>whatsapp.not_an_export_hint</comment>
        <translation>Di WhatsApp buka chatnya, lalu ⋮ atau nama kontak &gt; Lainnya &gt; Ekspor chat, dan pilih file .txt atau .zip yang dihasilkan.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <comment>whatsapp.unreadable</comment>
        <translation>{name} tidak bisa dibaca ({reason}).</translation>
    </message>
    <message>
        <source>Which of these names is you in the chat: {names}?</source>
        <comment>whatsapp.who_is_seller</comment>
        <translation>Mana nama Anda di chat ini: {names}?</translation>
    </message>
    <message>
        <source>Choose your own name; the other person&apos;s messages become the customer&apos;s.</source>
        <comment>whatsapp.who_is_seller_hint</comment>
        <translation>Pilih nama Anda sendiri; pesan pihak lain menjadi pesan pelanggan.</translation>
    </message>
    <message>
        <source>The disk is full, so Seller Desk cannot save.</source>
        <comment>storage.disk_full</comment>
        <translation>Disk penuh, jadi Seller Desk tidak bisa menyimpan.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {folder}, so Seller Desk cannot save.</source>
        <comment>storage.disk_full_at</comment>
        <translation>Tidak ada ruang tersisa di disk tempat {folder} berada, jadi Seller Desk tidak bisa menyimpan.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again: what was saved before is kept.</source>
        <comment>storage.disk_full_at_hint</comment>
        <translation>Kosongkan sebagian ruang di disk itu, lalu coba lagi: data yang sudah tersimpan tetap aman.</translation>
    </message>
    <message>
        <source>Free some space, then try again. Nothing you typed has been lost.</source>
        <comment>storage.disk_full_hint</comment>
        <translation>Kosongkan sebagian ruang, lalu coba lagi. Yang sudah Anda ketik tidak hilang.</translation>
    </message>
    <message>
        <source>The database file {path} is empty (0 bytes). It may be an unfinished copy of your real database, so Seller Desk has left it as it is.</source>
        <comment>storage.empty_file</comment>
        <translation>File database {path} kosong (0 byte). Mungkin ini salinan database asli Anda yang belum selesai, jadi Seller Desk membiarkannya apa adanya.</translation>
    </message>
    <message>
        <source>If you copied your data here, copy seller-desk.sqlite3 again from where it came from, or restore your latest backup. To start afresh with no data, delete this empty file and start Seller Desk again.</source>
        <comment>storage.empty_file_hint</comment>
        <translation>Kalau Anda menyalin data ke sini, salin lagi seller-desk.sqlite3 dari tempat asalnya, atau pulihkan backup terbaru Anda. Untuk mulai dari awal tanpa data, hapus file kosong ini lalu jalankan Seller Desk lagi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: the disk is full.</source>
        <comment>storage.folder_disk_full</comment>
        <translation>Seller Desk tidak bisa membuat folder datanya {folder}: disk penuh.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again.</source>
        <comment>storage.folder_disk_full_hint</comment>
        <translation>Kosongkan sebagian ruang di disk itu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: {reason}.</source>
        <comment>storage.folder_failed</comment>
        <translation>Seller Desk tidak bisa membuat folder datanya {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Choose a folder of yours with --data-dir, or make this one writable for you.</source>
        <comment>storage.folder_hint</comment>
        <translation>Pilih folder milik Anda dengan --data-dir, atau buat folder ini bisa Anda tulisi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: a file is in the way.</source>
        <comment>storage.folder_in_the_way</comment>
        <translation>Seller Desk tidak bisa membuat folder datanya {folder}: ada file yang menghalangi.</translation>
    </message>
    <message>
        <source>The data folder {folder} does not exist (a disk that is not connected?).</source>
        <comment>storage.folder_missing</comment>
        <translation>Folder data {folder} tidak ada (disknya tidak tersambung?).</translation>
    </message>
    <message>
        <source>Connect the disk that holds it, or start Seller Desk with --data-dir and a folder of yours.</source>
        <comment>storage.folder_missing_hint</comment>
        <translation>Sambungkan disk tempat folder itu berada, atau jalankan Seller Desk dengan --data-dir dan folder milik Anda.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: you may not write there.</source>
        <comment>storage.folder_not_allowed</comment>
        <translation>Seller Desk tidak bisa membuat folder datanya {folder}: Anda tidak diizinkan menulis di sana.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: it is on a read-only disk.</source>
        <comment>storage.folder_read_only_disk</comment>
        <translation>Seller Desk tidak bisa membuat folder datanya {folder}: folder itu ada di disk read-only.</translation>
    </message>
    <message>
        <source>This database holds tables Seller Desk did not make.</source>
        <comment>storage.foreign_tables</comment>
        <translation>Database ini berisi tabel yang bukan dibuat oleh Seller Desk.</translation>
    </message>
    <message>
        <source>Choose an empty database or a Seller Desk data folder.</source>
        <comment>storage.foreign_tables_hint</comment>
        <translation>Pilih database kosong atau folder data Seller Desk.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {folder}, so Seller Desk cannot open its database.</source>
        <comment>storage.full_at_open</comment>
        <translation>Tidak ada ruang tersisa di disk tempat {folder} berada, jadi Seller Desk tidak bisa membuka database-nya.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again: nothing has been lost.</source>
        <comment>storage.full_at_open_hint</comment>
        <translation>Kosongkan sebagian ruang di disk itu, lalu coba lagi: tidak ada data yang hilang.</translation>
    </message>
    <message>
        <source>The disk reported an error while Seller Desk read or wrote {path}.</source>
        <comment>storage.io_error</comment>
        <translation>Disk melaporkan kesalahan saat Seller Desk membaca atau menulis {path}.</translation>
    </message>
    <message>
        <source>Check that the disk is still connected and has free space, then try again. If it happens again, copy the whole data folder somewhere safe and run: seller-desk doctor</source>
        <comment>storage.io_error_hint</comment>
        <translation>Pastikan disk masih tersambung dan masih ada ruang kosong, lalu coba lagi. Kalau terjadi lagi, salin seluruh folder data ke tempat yang aman dan jalankan: seller-desk doctor</translation>
    </message>
    <message>
        <source>{path} is a folder, where Seller Desk keeps its database file.</source>
        <comment>storage.is_folder</comment>
        <translation>{path} adalah folder, padahal di situlah Seller Desk menyimpan file database-nya.</translation>
    </message>
    <message>
        <source>Move that folder away, or start Seller Desk with --data-dir and another folder.</source>
        <comment>storage.is_folder_hint</comment>
        <translation>Pindahkan folder itu ke tempat lain, atau jalankan Seller Desk dengan --data-dir dan folder lain.</translation>
    </message>
    <message>
        <source>This database was made by a newer Seller Desk (schema {version}).</source>
        <comment>storage.newer</comment>
        <translation>Database ini dibuat oleh Seller Desk versi yang lebih baru (skema {version}).</translation>
    </message>
    <message>
        <source>Install the newest Seller Desk to open it.</source>
        <comment>storage.newer_hint</comment>
        <translation>Pasang Seller Desk versi terbaru untuk membukanya.</translation>
    </message>
    <message>
        <source>The database address “{url}” names no file.</source>
        <comment>storage.no_file</comment>
        <translation>Alamat database “{url}” tidak menunjuk ke file mana pun.</translation>
    </message>
    <message>
        <source>Seller Desk cannot open its database ({where}): {reason}</source>
        <comment>storage.open_failed</comment>
        <translation>Seller Desk tidak bisa membuka database-nya ({where}): {reason}</translation>
    </message>
    <message>
        <source>Use a sqlite:/// file or a postgresql:// address.</source>
        <comment>storage.scheme_hint</comment>
        <translation>Pakai file sqlite:/// atau alamat postgresql://.</translation>
    </message>
    <message>
        <source>Seller Desk cannot open a database of type &apos;{scheme}&apos;.</source>
        <comment>storage.scheme_unknown</comment>
        <translation>Seller Desk tidak bisa membuka database jenis &apos;{scheme}&apos;.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password ({where}).</source>
        <comment>storage.server_auth</comment>
        <translation>Server database menolak nama pengguna atau kata sandi ({where}).</translation>
    </message>
    <message>
        <source>Check the user name and password in the database address.</source>
        <comment>storage.server_auth_hint</comment>
        <translation>Cek nama pengguna dan kata sandi di alamat database.</translation>
    </message>
    <message>
        <source>Seller Desk cannot reach the database server ({where}).</source>
        <comment>storage.server_unreachable</comment>
        <translation>Seller Desk tidak bisa menghubungi server database ({where}).</translation>
    </message>
    <message>
        <source>Check that the server is running and the address is right.</source>
        <comment>storage.server_unreachable_hint</comment>
        <translation>Pastikan server-nya menyala dan alamatnya benar.</translation>
    </message>
    <message>
        <source>The sync stopped: there is no space left on the disk holding {folder}.</source>
        <comment>sync.stopped_disk_full</comment>
        <translation>Sinkronisasi berhenti: tidak ada ruang tersisa di disk tempat {folder} berada.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then sync again: the messages fetched so far are kept and the next sync goes on from there.</source>
        <comment>sync.stopped_disk_full_hint</comment>
        <translation>Kosongkan sebagian ruang di disk itu, lalu sinkronkan lagi: pesan yang sudah diambil tetap tersimpan dan sinkronisasi berikutnya melanjutkan dari situ.</translation>
    </message>
    <message>
        <source>The template has no text.</source>
        <comment>template.body_missing</comment>
        <translation>Templat ini belum ada isinya.</translation>
    </message>
    <message>
        <source>This template already exists in {language}.</source>
        <comment>template.exists</comment>
        <translation>Templat ini sudah ada dalam {language}.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <comment>template.name_missing</comment>
        <translation>Beri nama templat ini.</translation>
    </message>
    <message>
        <source>Choose placeholders from the list, for example {customer.first_name}.</source>
        <comment>template.placeholder_hint</comment>
        <translation>Pilih isian otomatis dari daftar, misalnya {customer.first_name}.</translation>
    </message>
    <message>
        <source>Unknown placeholder: {names}</source>
        <comment>template.placeholder_unknown</comment>
        <translation>Isian otomatis tidak dikenal: {names}</translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is already used by “{name}”.</source>
        <comment>template.shortcut_taken</comment>
        <translation>Pintasan /{shortcut} sudah dipakai oleh “{name}”.</translation>
    </message>
</context>
<context>
    <name>CouriersSection</name>
    <message>
        <source>Couriers</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Tick the couriers you send with: they come first when you add a parcel. The expected arrival counts their usual days as working days, skipping weekends and public holidays.</source>
        <translation>Centang kurir yang Anda pakai: kurir itu tampil paling atas saat Anda menambah paket. Estimasi tiba dihitung dari lama kirim kurir dalam hari kerja, tanpa akhir pekan dan hari libur nasional.</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>Lama kirim (hari)</translation>
    </message>
    <message>
        <source>Tracking page</source>
        <translation>Halaman lacak</translation>
    </message>
    <message>
        <source>With none ticked, the couriers of your country are offered first.</source>
        <translation>Jika tidak ada yang dicentang, kurir dari negara Anda ditawarkan lebih dulu.</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internasional</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>Email atau telepon</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Kontak terakhir</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Are these the same person? Choose the one to keep. The other&apos;s email addresses, conversations, orders and reminders move to it, and the other is removed.</source>
        <translation>Apakah ini orang yang sama? Pilih yang mau disimpan. Alamat email, percakapan, pesanan, dan pengingat yang satunya dipindahkan ke sana, lalu yang satunya dihapus.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Find by name, email, phone or order number</source>
        <translation>Cari berdasarkan nama, email, telepon, atau nomor pesanan</translation>
    </message>
    <message>
        <source>Has complaints</source>
        <translation>Ada komplain</translation>
    </message>
    <message>
        <source>Has open orders</source>
        <translation>Ada pesanan yang belum selesai</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Simpan %1</translation>
    </message>
    <message>
        <source>Keep %1: %2 email address(es), %3 conversation(s), %4 order(s) and %5 reminder(s) of %6 move over.</source>
        <translation>Simpan %1: %2 alamat email, %3 percakapan, %4 pesanan, dan %5 pengingat milik %6 dipindahkan.</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Gabungkan dua pelanggan</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Menunggu jawaban Anda</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>lebih dari %1</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>yang satunya</translation>
    </message>
    <message>
        <source>this one</source>
        <translation>yang ini</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Data and backup</source>
        <translation>Data dan backup</translation>
    </message>
    <message>
        <source>Everything Seller Desk knows (mail, customers, orders, templates) is kept on this computer. Passwords are kept in the system&apos;s keyring, never in these files.</source>
        <translation>Semua yang diketahui Seller Desk (email, pelanggan, pesanan, templat) disimpan di komputer ini. Kata sandi disimpan di keyring sistem, bukan di file ini.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (pemilik)</translation>
    </message>
    <message>
        <source>%1 — login %2</source>
        <translation>%1 — login %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Everyone in the team opens this database with their own login. Passwords stay in each person&apos;s keyring, never in the database.</source>
        <translation>Setiap orang di tim membuka basis data ini dengan login masing-masing. Kata sandi tetap di keyring tiap orang, tidak pernah di basis data.</translation>
    </message>
    <message>
        <source>Everything Seller Desk knows (mail, customers, orders, templates) is kept in the team&apos;s shared database. Passwords are kept in each person&apos;s keyring, never in the database.</source>
        <translation>Semua yang diketahui Seller Desk (email, pelanggan, pesanan, templat) disimpan di basis data bersama tim. Kata sandi disimpan di keyring tiap orang, tidak pernah di basis data.</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Belum ada siapa pun.</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>To invite someone: add them with seller-desk team add-member, then give them this address with their login in place of LOGIN. They type their own password when their window asks.</source>
        <translation>Untuk mengundang seseorang: tambahkan dengan seller-desk team add-member, lalu berikan alamat ini dengan login mereka menggantikan LOGIN. Mereka mengetik kata sandi sendiri saat jendela mereka memintanya.</translation>
    </message>
    <message>
        <source>To keep the data somewhere else, start Seller Desk with --data-dir and the folder of your choice.</source>
        <translation>Untuk menyimpan data di tempat lain, jalankan Seller Desk dengan --data-dir dan folder pilihan Anda.</translation>
    </message>
    <message>
        <source>Working with a helper? Put the shop in a shared PostgreSQL database: run seller-desk team create with its address, then seller-desk team move-from-this-computer to copy this shop into it (this computer&apos;s copy stays as it is). See the guide&apos;s Team section.</source>
        <translation>Bekerja dengan asisten? Pindahkan toko ke basis data PostgreSQL bersama: jalankan seller-desk team create dengan alamatnya, lalu seller-desk team move-from-this-computer untuk menyalin toko ini ke sana (salinan di komputer ini tetap apa adanya). Lihat bagian Tim di panduan.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Save everything into one file, on a USB drive or a cloud folder. Restoring a backup replaces what is here now; the current data is kept aside first.</source>
        <translation>Simpan semuanya dalam satu file, di flashdisk atau folder cloud. Memulihkan backup akan mengganti data saat ini; data saat ini disimpan dulu di tempat lain.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Backup sekarang…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari backup…</translation>
    </message>
    <message>
        <source>A file in the data folder</source>
        <translation>Satu file di folder data</translation>
    </message>
    <message>
        <source>Shared team database: %1</source>
        <translation>Basis data tim bersama: %1</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Backup ke</translation>
    </message>
    <message>
        <source>Seller Desk backup (*.sqlite3)</source>
        <translation>Backup Seller Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sedang membuat backup…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Backup disimpan ke %1 (%2).</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Pulihkan dari</translation>
    </message>
    <message>
        <source>Seller Desk backup (*.sqlite3);;All files (*)</source>
        <translation>Backup Seller Desk (*.sqlite3);;Semua file (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Mengecek backup…</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Sedang memulihkan…</translation>
    </message>
    <message>
        <source>Replace the data on this computer with this backup?

%1
Started: %2
%3 conversations, %4 customers, %5 orders.

The current data is kept aside first, so you can go back.</source>
        <translation>Ganti data di komputer ini dengan backup ini?

%1
Dibuat: %2
%3 percakapan, %4 pelanggan, %5 pesanan.

Data saat ini disimpan dulu di tempat lain, jadi Anda bisa kembali.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan backup</translation>
    </message>
    <message>
        <source>Restored from %1. The data that was here before is kept in %2.</source>
        <translation>Dipulihkan dari %1. Data yang ada sebelumnya disimpan di %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi masalah: %1</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Hide this note until Seller Desk is opened again</source>
        <translation>Sembunyikan catatan ini sampai Seller Desk dibuka lagi</translation>
    </message>
    <message>
        <source>Start with my own mailbox</source>
        <translation>Mulai dengan akun email saya sendiri</translation>
    </message>
    <message>
        <source>This is the demo shop. Try anything: replies and status emails show as sent, but nothing leaves this computer.</source>
        <translation>Ini toko demo. Coba apa saja: balasan dan email status tampil sebagai terkirim, tapi tidak ada yang keluar dari komputer ini.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>over a year</source>
        <translation>lebih setahun</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 hr %2 j</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 hr</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <extracomment>shown for a failure nobody foresaw (a bug), with no details: they are in the log</extracomment>
        <translation>Terjadi kesalahan tak terduga; detailnya ada di log.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Courier name</source>
        <translation>Nama kurir</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID pelanggan</translation>
    </message>
    <message>
        <source>Customer first wrote</source>
        <translation>Pelanggan pertama menulis</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah sampai</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Estimasi tiba</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>Balasan pertama</translation>
    </message>
    <message>
        <source>First reply (business hours)</source>
        <translation>Balasan pertama (jam operasional)</translation>
    </message>
    <message>
        <source>First reply (hours)</source>
        <translation>Balasan pertama (jam)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Jumlah barang</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total baris</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>Barang pesanan</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dana dikembalikan</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sudah dikirim</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Ongkir</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Ditunda sampai</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Selesai ditangani</translation>
    </message>
    <message>
        <source>Solved in (business hours)</source>
        <translation>Selesai dalam (jam operasional)</translation>
    </message>
    <message>
        <source>Solved in (hours)</source>
        <translation>Selesai dalam (jam)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Link lacak</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nomor resi</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Menunggu pelanggan</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Menunggu sejak</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Press any key to close.</source>
        <translation>Tekan tombol apa saja untuk menutup.</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>Reply times</source>
        <translation>Waktu balas</translation>
    </message>
    <message>
        <source>Customers expect an answer within 12 hours; after 24 hours many buy elsewhere. The inbox warns you before a customer has waited too long.</source>
        <translation>Pelanggan berharap dibalas dalam 12 jam; lewat dari 24 jam banyak yang beli di tempat lain. Kotak masuk memberi peringatan sebelum pelanggan menunggu terlalu lama.</translation>
    </message>
    <message>
        <source>Warn after</source>
        <translation>Peringatkan setelah</translation>
    </message>
    <message>
        <source>Too late after</source>
        <translation>Terlambat setelah</translation>
    </message>
    <message>
        <source>Marketplaces count every hour of the day; your own hours below can count only the time your shop is open.</source>
        <translation>Marketplace menghitung 24 jam sehari; dengan jam operasional di bawah, hanya jam buka toko yang dihitung.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Jam operasional</translation>
    </message>
    <message>
        <source> or more per product</source>
        <translation> atau lebih per produk</translation>
    </message>
    <message>
        <source>Complaints that need a look</source>
        <translation>Komplain yang perlu dicek</translation>
    </message>
    <message>
        <source>Count waiting time only in business hours (public holidays skipped)</source>
        <translation>Hitung waktu tunggu hanya di jam operasional (hari libur nasional dilewati)</translation>
    </message>
    <message>
        <source>In Reports, a product is marked red when this many customers complained about it in the chosen period: it may have a defect.</source>
        <translation>Di Laporan, produk ditandai merah kalau sebanyak ini pelanggan komplain soal produk itu dalam periode yang dipilih: bisa jadi produknya cacat.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Untick a day when the shop is closed. Holidays follow the country and state in Language and region.</source>
        <translation>Hapus centang hari saat toko tutup. Hari libur mengikuti negara dan provinsi di Bahasa dan wilayah.</translation>
    </message>
    <message>
        <source>“Too late” must come after “warn”.</source>
        <translation>“Terlambat” harus setelah “peringatan”.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>A day&apos;s opening time must be before its closing time.</source>
        <translation>Jam buka harus sebelum jam tutup.</translation>
    </message>
</context>
<context>
    <name>ImportChatDialog</name>
    <message>
        <source>%1 new message(s) added; %2 were there already.</source>
        <translation>%1 pesan baru ditambahkan; %2 sudah ada.</translation>
    </message>
    <message>
        <source>%1 photo(s) or file(s) were not in the export: export the chat with media to keep them.</source>
        <translation>%1 foto atau file tidak ada di ekspor: ekspor chat beserta media untuk menyimpannya.</translation>
    </message>
    <message>
        <source>Choose the exported chat</source>
        <translation>Pilih chat yang diekspor</translation>
    </message>
    <message>
        <source>Choose the exported chat first.</source>
        <translation>Pilih chat yang diekspor dulu.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>Nomor HP pelanggan</translation>
    </message>
    <message>
        <source>Dates in the chat</source>
        <translation>Tanggal di chat</translation>
    </message>
    <message>
        <source>Day first (30/08/25)</source>
        <translation>Hari dulu (30/08/25)</translation>
    </message>
    <message>
        <source>Exported chat</source>
        <translation>Chat yang diekspor</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import a WhatsApp chat</source>
        <translation>Impor chat WhatsApp</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Sedang mengimpor…</translation>
    </message>
    <message>
        <source>In WhatsApp open the chat, then Export chat (with or without media), and save the .txt or .zip it makes. The chat joins this customer&apos;s history; importing a newer export later adds only the new messages.</source>
        <translation>Di WhatsApp buka chatnya, lalu Ekspor chat (dengan atau tanpa media), dan simpan file .txt atau .zip yang dihasilkan. Chat itu masuk ke riwayat pelanggan ini; mengimpor ekspor yang lebih baru nanti hanya menambah pesan yang baru.</translation>
    </message>
    <message>
        <source>Month first (8/30/25)</source>
        <translation>Bulan dulu (8/30/25)</translation>
    </message>
    <message>
        <source>The chat could not be imported; the details are in the log.</source>
        <translation>Chat tidak bisa diimpor; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>WhatsApp export (*.txt *.zip)</source>
        <translation>Ekspor WhatsApp (*.txt *.zip)</translation>
    </message>
    <message>
        <source>Which name is you?</source>
        <translation>Yang mana nama Anda?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 export. Nothing is saved until you import; importing the same or a newer file later updates status, payment and tracking numbers without doubling anything.</source>
        <translation>Ekspor %1. Belum ada yang disimpan sampai Anda mengimpor; mengimpor file yang sama atau yang lebih baru nanti akan memperbarui status, pembayaran, dan nomor resi tanpa membuat data ganda.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(tanpa nomor)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Impor pesanan</translation>
    </message>
    <message>
        <source>Import orders from %1</source>
        <translation>Impor pesanan dari %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 refused.</source>
        <translation>Diimpor: %1 baru, %2 diperbarui, %3 tidak berubah, %4 ditolak.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Orders in the file</source>
        <translation>Pesanan di file</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca file…</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Ditolak (%1)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>The file could not be imported. The log has the details.</source>
        <translation>File tidak bisa diimpor. Detailnya ada di log.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Yang akan terjadi</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Alasan ditolak</translation>
    </message>
    <message>
        <source>new orders</source>
        <translation>pesanan baru</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message numerus="yes">
        <source>Import %n order(s)</source>
        <translation>
            <numerusform>Impor %n pesanan</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pembayaran</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>nomor resi</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(tanpa subjek)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far</source>
        <translation>
            <numerusform>%n percobaan sejauh ini</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Akun email</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Toko online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n pesan belum dibaca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Waiting on me</source>
        <translation>Perlu dibalas</translation>
    </message>
    <message>
        <source>Reply on its way</source>
        <translation>Balasan sedang dikirim</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Semua percakapan</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Complaints, returns and refunds</source>
        <translation>Komplain, retur, dan pengembalian dana</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum diserahkan</translation>
    </message>
    <message>
        <source>Nobody is waiting for you</source>
        <translation>Tidak ada yang menunggu Anda</translation>
    </message>
    <message>
        <source>Every customer has had an answer. New questions appear here, the longest waiting first.</source>
        <translation>Semua pelanggan sudah dibalas. Pertanyaan baru muncul di sini, yang paling lama menunggu di atas.</translation>
    </message>
    <message>
        <source>No reply on its way</source>
        <translation>Tidak ada balasan yang sedang dikirim</translation>
    </message>
    <message>
        <source>A reply you send waits here until the mail server has taken it. If it cannot be sent, the conversation goes back to Waiting on me.</source>
        <translation>Balasan yang Anda kirim menunggu di sini sampai server email menerimanya. Jika tidak bisa dikirim, percakapan kembali ke Perlu dibalas.</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Belum ada percakapan</translation>
    </message>
    <message>
        <source>Mail from your customers appears here as soon as your mailboxes have synced.</source>
        <translation>Email dari pelanggan muncul di sini segera setelah akun email Anda selesai disinkronkan.</translation>
    </message>
    <message>
        <source>No unread mail</source>
        <translation>Tidak ada email yang belum dibaca</translation>
    </message>
    <message>
        <source>Everything has been read. New mail appears here in bold.</source>
        <translation>Semua sudah dibaca. Email baru muncul di sini dengan huruf tebal.</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Tidak ada yang ditunda</translation>
    </message>
    <message>
        <source>Press s on a conversation to snooze it: it waits here until its time comes or the customer writes again.</source>
        <translation>Tekan s pada percakapan untuk menundanya: menunggu di sini sampai waktunya tiba atau pelanggan menulis lagi.</translation>
    </message>
    <message>
        <source>No complaints</source>
        <translation>Tidak ada komplain</translation>
    </message>
    <message>
        <source>Press t on a conversation to tag it as a complaint, return or refund: it is listed here so no unhappy customer is forgotten.</source>
        <translation>Tekan t pada percakapan untuk memberinya label komplain, retur, atau pengembalian dana: tercantum di sini agar tidak ada pelanggan kecewa yang terlupakan.</translation>
    </message>
    <message>
        <source>Nothing closed yet</source>
        <translation>Belum ada yang ditutup</translation>
    </message>
    <message>
        <source>Press e when a conversation is done: it is kept here and comes back if the customer writes again.</source>
        <translation>Tekan e jika percakapan sudah selesai: disimpan di sini dan muncul lagi jika pelanggan menulis lagi.</translation>
    </message>
    <message>
        <source>Nothing is yours yet</source>
        <translation>Belum ada yang menjadi milik Anda</translation>
    </message>
    <message>
        <source>A conversation becomes yours when you reply first or when someone assigns it to you.</source>
        <translation>Percakapan menjadi milik Anda saat Anda membalas lebih dulu atau saat seseorang menyerahkannya kepada Anda.</translation>
    </message>
    <message>
        <source>Every conversation has someone</source>
        <translation>Semua percakapan sudah ada yang pegang</translation>
    </message>
    <message>
        <source>New customers appear here until someone on the team replies or takes them.</source>
        <translation>Pelanggan baru muncul di sini sampai seseorang di tim membalas atau mengambilnya.</translation>
    </message>
    <message>
        <source>Search mail, customers, order numbers   ( / )</source>
        <translation>Cari email, pelanggan, nomor pesanan   ( / )</translation>
    </message>
    <message>
        <source>Close  e</source>
        <translation>Tutup  e</translation>
    </message>
    <message>
        <source>Close the selected conversations (e)</source>
        <translation>Tutup percakapan yang dipilih (e)</translation>
    </message>
    <message>
        <source>Family, bank, courier, newsletter: stop their mail waiting on you (n)</source>
        <translation>Keluarga, bank, kurir, newsletter: email mereka tidak lagi menunggu balasan Anda (n)</translation>
    </message>
    <message>
        <source>Not a customer  n</source>
        <translation>Bukan pelanggan  n</translation>
    </message>
    <message>
        <source>Snooze  s</source>
        <translation>Tunda  s</translation>
    </message>
    <message>
        <source>Hide until later (s)</source>
        <translation>Sembunyikan sampai nanti (s)</translation>
    </message>
    <message>
        <source>Tag  t</source>
        <translation>Label  t</translation>
    </message>
    <message>
        <source>Tag as complaint, return, refund ... (t)</source>
        <translation>Beri label komplain, retur, pengembalian dana… (t)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Tandai dibaca</translation>
    </message>
    <message>
        <source>Mark unread  u</source>
        <translation>Tandai belum dibaca  u</translation>
    </message>
    <message>
        <source>j/k move · Enter open · r reply · ? all shortcuts</source>
        <translation>j/k pindah · Enter buka · r balas · ? semua pintasan</translation>
    </message>
    <message>
        <source>Your customers&apos; mail will appear here</source>
        <translation>Email pelanggan Anda akan muncul di sini</translation>
    </message>
    <message>
        <source>Add the mailboxes your customers write to (Gmail, Yahoo, Outlook or your web host&apos;s mail). Seller Desk brings them into this one inbox, longest waiting first. Or look around the demo shop first.</source>
        <translation>Tambahkan akun email yang dipakai pelanggan untuk menghubungi Anda (Gmail, Yahoo, Outlook, atau email hosting web Anda). Seller Desk mengumpulkan semuanya di satu kotak masuk, yang paling lama menunggu di atas. Atau lihat dulu toko demo.</translation>
    </message>
    <message>
        <source>Add a mailbox</source>
        <translation>Tambah akun email</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Coba toko demo</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Pencarian: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Tidak ada yang cocok dengan “%1”</translation>
    </message>
    <message>
        <source>Search looks in subjects, message text, customer names and addresses, and order numbers. Try fewer or shorter words.</source>
        <translation>Pencarian melihat subjek, isi pesan, nama dan alamat pelanggan, serta nomor pesanan. Coba dengan kata yang lebih sedikit atau lebih pendek.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <source>Show all conversations</source>
        <translation>Tampilkan semua percakapan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>The search could not run. Details are in the log.</source>
        <translation>Pencarian tidak bisa dijalankan. Detailnya ada di log.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n dipilih</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Product</source>
        <extracomment>what a completion puts in the product field, and in the SKU field, and which product it is</extracomment>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Hapus barang ini</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Sudah dikemas</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sudah dikirim</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah sampai</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Diretur</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dana dikembalikan</translation>
    </message>
    <message>
        <source>Reopen (awaiting payment)</source>
        <extracomment>what the button that moves an order to a status says</extracomment>
        <translation>Buka kembali (menunggu pembayaran)</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Tandai sudah dibayar</translation>
    </message>
    <message>
        <source>Mark packed</source>
        <translation>Tandai sudah dikemas</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Tandai sudah dikirim</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Tandai sudah sampai</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Batalkan pesanan</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Tandai diretur</translation>
    </message>
    <message>
        <source>Mark refunded</source>
        <translation>Tandai dana dikembalikan</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Toko online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation>Transfer bank online</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Bayar di tempat (COD)</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kartu kredit</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Belum dikirim</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>Dalam perjalanan</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Payment not received</source>
        <translation>Pembayaran belum diterima</translation>
    </message>
    <message>
        <source>Check the parcel arrived</source>
        <translation>Cek apakah paket sudah sampai</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Minta ulasan</translation>
    </message>
    <message>
        <source>Answer the complaint</source>
        <translation>Tanggapi komplain</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Order entered</source>
        <translation>Pesanan dimasukkan</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>Detail diubah</translation>
    </message>
    <message>
        <source>Linked to a conversation</source>
        <translation>Ditautkan ke percakapan</translation>
    </message>
    <message>
        <source>Unlinked from a conversation</source>
        <translation>Tautan ke percakapan dilepas</translation>
    </message>
    <message>
        <source>Unlinked from a conversation that names its old number</source>
        <translation>Tautan ke percakapan yang menyebut nomor lamanya dilepas</translation>
    </message>
    <message>
        <source>Refund of %1 recorded</source>
        <translation>Pengembalian dana %1 dicatat</translation>
    </message>
    <message>
        <source>Parcel added (%1)</source>
        <translation>Paket ditambahkan (%1)</translation>
    </message>
    <message>
        <source>Parcel delivered</source>
        <translation>Paket sudah sampai</translation>
    </message>
    <message>
        <source>Reminder set</source>
        <translation>Pengingat dibuat</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Pengingat selesai</translation>
    </message>
    <message>
        <source>Reminder no longer needed</source>
        <translation>Pengingat tidak diperlukan lagi</translation>
    </message>
    <message>
        <source>Reminder snoozed</source>
        <translation>Pengingat ditunda</translation>
    </message>
    <message>
        <source>Email to the customer queued</source>
        <translation>Email ke pelanggan masuk antrean</translation>
    </message>
    <message>
        <source>Email to the customer sent</source>
        <translation>Email ke pelanggan terkirim</translation>
    </message>
    <message>
        <source>Email to the customer failed</source>
        <translation>Email ke pelanggan gagal</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language and region</source>
        <translation>Bahasa dan wilayah</translation>
    </message>
    <message>
        <source>The language of Seller Desk, and how it writes dates, numbers and money. The country and state decide which public holidays the reply timer skips.</source>
        <translation>Bahasa Seller Desk, serta cara menulis tanggal, angka, dan uang. Negara dan provinsi menentukan hari libur yang tidak dihitung oleh timer balasan.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Count Indonesia&apos;s collective leave days (cuti bersama) as days off</source>
        <translation>Hitung hari cuti bersama sebagai hari libur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Most offices and customers rest on these days around Lebaran and Christmas: the reply timer does not count them.</source>
        <translation>Sebagian besar kantor dan pelanggan libur pada hari-hari ini sekitar Lebaran dan Natal: penghitung waktu balasan tidak menghitungnya.</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Provinsi atau negara bagian</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Usual currency</source>
        <translation>Mata uang utama</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Sama dengan komputer</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Zona waktu komputer ini</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Seluruh negara</translation>
    </message>
    <message>
        <source>No state holidays for this country</source>
        <translation>Tidak ada hari libur daerah untuk negara ini</translation>
    </message>
    <message>
        <source>Example: %1 · %2 · %3</source>
        <translation>Contoh: %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>LinkOrderDialog</name>
    <message>
        <source>Link an order</source>
        <translation>Tautkan pesanan</translation>
    </message>
    <message>
        <source>Type an order number or the customer&apos;s name. The customer&apos;s own orders are listed first.</source>
        <translation>Ketik nomor pesanan atau nama pelanggan. Pesanan pelanggan ini tampil paling atas.</translation>
    </message>
    <message>
        <source>Order number or customer</source>
        <translation>Nomor pesanan atau pelanggan</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautkan</translation>
    </message>
    <message>
        <source>No order matches. Enter it in Orders first.</source>
        <translation>Tidak ada pesanan yang cocok. Masukkan dulu di Pesanan.</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>The team&apos;s database</source>
        <translation>Database tim</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>All mail counts</source>
        <translation>Semua email dihitung</translation>
    </message>
    <message>
        <source>As in Settings &gt; Data</source>
        <translation>Sesuai Pengaturan &gt; Data</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Count customers as waiting from</source>
        <translation>Hitung pelanggan sebagai menunggu sejak</translation>
    </message>
    <message>
        <source>Fetch mail of the last</source>
        <translation>Ambil email selama</translation>
    </message>
    <message>
        <source>Incoming (IMAP)</source>
        <translation>Masuk (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox settings</source>
        <translation>Pengaturan akun email</translation>
    </message>
    <message>
        <source>Name in Seller Desk</source>
        <translation>Nama di Seller Desk</translation>
    </message>
    <message>
        <source>Outgoing (SMTP)</source>
        <translation>Keluar (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing user name</source>
        <translation>Nama pengguna keluar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nama pengirim</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Terjadi kesalahan tak terduga; detailnya ada di log.</translation>
    </message>
    <message>
        <source>The same as for incoming mail</source>
        <translation>Sama seperti untuk email masuk</translation>
    </message>
    <message>
        <source>Unanswered customer mail from before this day is kept and searchable but shows no waiting time. Changing the day recounts the waiting times of this mailbox.</source>
        <translation>Email pelanggan belum dibalas dari sebelum hari ini tetap disimpan dan bisa dicari, tetapi tanpa waktu tunggu. Mengubah tanggal ini menghitung ulang waktu tunggu akun email ini.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Your shop&apos;s name (from Settings &gt; Your shop)</source>
        <translation>Nama toko Anda (dari Pengaturan &gt; Toko Anda)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>None (no encryption)</source>
        <translation>Tidak ada (tanpa enkripsi)</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Hijau toska</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Ungu</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranye</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Biru</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Merah muda</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Hijau</translation>
    </message>
</context>
<context>
    <name>MailboxesSection</name>
    <message>
        <source>%1 was removed with its mail.</source>
        <translation>%1 sudah dihapus beserta emailnya.</translation>
    </message>
    <message>
        <source>%1 was removed; its mail is kept.</source>
        <translation>%1 sudah dihapus; emailnya tetap disimpan.</translation>
    </message>
    <message>
        <source>Add a mailbox…</source>
        <translation>Tambah akun email…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Ganti kata sandi…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menghubungkan ke %1…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>It works.</source>
        <translation>Berhasil.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Akun email</translation>
    </message>
    <message>
        <source>No mailbox yet: add one to start reading your customers&apos; mail.</source>
        <translation>Belum ada akun email: tambahkan satu untuk mulai membaca email pelanggan Anda.</translation>
    </message>
    <message>
        <source>Off: not checked for new mail</source>
        <translation>Nonaktif: email baru tidak dicek</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Terjadi kesalahan tak terduga; detailnya ada di log.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>The mailboxes Seller Desk reads. A mailbox switched off is not checked for new mail; its mail stays listed and searchable.</source>
        <translation>Akun email yang dibaca Seller Desk. Akun email yang dinonaktifkan tidak dicek untuk email baru; emailnya tetap ditampilkan dan bisa dicari.</translation>
    </message>
    <message>
        <source>The password works and is saved.</source>
        <translation>Kata sandi berhasil dan sudah disimpan.</translation>
    </message>
    <message>
        <source>The password works. This computer has no password store, so it is kept only until Seller Desk closes.</source>
        <translation>Kata sandi berhasil. Komputer ini tidak punya penyimpanan kata sandi, jadi kata sandi hanya disimpan sampai Seller Desk ditutup.</translation>
    </message>
    <message>
        <source>Use Change password to enter it.</source>
        <translation>Pakai Ganti kata sandi untuk memasukkannya.</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>terakhir dicek %1</translation>
    </message>
    <message>
        <source>no password saved</source>
        <translation>belum ada kata sandi tersimpan</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>belum dicek</translation>
    </message>
    <message>
        <source>password kept until Seller Desk closes</source>
        <translation>kata sandi disimpan sampai Seller Desk ditutup</translation>
    </message>
    <message>
        <source>password saved</source>
        <translation>kata sandi tersimpan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Waiting on me</source>
        <translation>Perlu dibalas</translation>
    </message>
    <message>
        <source>Reply on its way</source>
        <translation>Akan dikirim</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Semua percakapan</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Komplain</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>a team&apos;s own views, listed only on a team&apos;s database (ui/app.py start_team_services)</extracomment>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum diserahkan</translation>
    </message>
    <message>
        <source>Orders</source>
        <extracomment>the view of the inbox page each inbox section shows</extracomment>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Orders you enter or that arrive from marketplaces are listed here, with their payment and shipping status.</source>
        <extracomment>the keys of the shop&apos;s screens (the inbox views are Ctrl+1 … Ctrl+7 in sidebar order, the mailboxes Alt+1 … Alt+9, so neither runs out as mailboxes are added) what Ctrl+N makes on each shop screen: the name of the page&apos;s method (elsewhere: a new message)</extracomment>
        <translation>Pesanan yang Anda masukkan atau yang masuk dari marketplace tercantum di sini, beserta status pembayaran dan pengiriman.</translation>
    </message>
    <message>
        <source>Parcels on their way, with courier, tracking link and expected arrival, the late ones first.</source>
        <translation>Paket dalam perjalanan, dengan kurir, link lacak, dan estimasi tiba; yang terlambat di atas.</translation>
    </message>
    <message>
        <source>Everyone who wrote or bought, with every conversation, order and parcel of each.</source>
        <translation>Semua yang pernah menghubungi atau membeli, dengan setiap percakapan, pesanan, dan paket mereka.</translation>
    </message>
    <message>
        <source>Follow-ups that are due: unpaid orders, arrival checks and feedback requests.</source>
        <translation>Tindak lanjut yang perlu dilakukan: pesanan belum dibayar, cek paket sampai, dan permintaan ulasan.</translation>
    </message>
    <message>
        <source>How fast you answer, how many customers write, and which products draw complaints.</source>
        <translation>Seberapa cepat Anda membalas, berapa banyak pelanggan yang menghubungi, dan produk mana yang paling banyak dikomplain.</translation>
    </message>
    <message>
        <source>Ready answers in English, Malay and Indonesian, filled in from the order and the customer.</source>
        <translation>Jawaban siap pakai dalam bahasa Inggris, Melayu, dan Indonesia, diisi dari pesanan dan pelanggan.</translation>
    </message>
    <message>
        <source>Your mailboxes, business hours, reply targets and reminders.</source>
        <translation>Akun email, jam operasional, target waktu balas, dan pengingat Anda.</translation>
    </message>
    <message numerus="yes">
        <source>%n past the target</source>
        <translation>
            <numerusform>%n melewati target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n belum dibaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not in this file)</source>
        <translation>(tidak ada di file ini)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <source>Name of this kind of file</source>
        <translation>Nama jenis file ini</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Channel penjualan</translation>
    </message>
    <message>
        <source>Seller Desk does not know this file&apos;s columns yet. Choose which column holds each detail; the order number and the product name are needed. Your choice is kept, and offered again for the next file like this one.</source>
        <translation>Seller Desk belum mengenal kolom-kolom file ini. Pilih kolom untuk setiap data; nomor pesanan dan nama produk wajib ada. Pilihan Anda disimpan dan ditawarkan lagi untuk file berikutnya yang sejenis.</translation>
    </message>
    <message>
        <source>Use these columns</source>
        <translation>Pakai kolom ini</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Tanggal pesanan</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Status pesanan</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tanggal dibayar</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Ongkir</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Alamat pengiriman</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nomor resi</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation>Catatan pembeli</translation>
    </message>
</context>
<context>
    <name>NotCustomersSection</name>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Count their mail again: conversations that still wait come back to Waiting on me</source>
        <translation>Hitung lagi email mereka: percakapan yang masih menunggu kembali ke Perlu dibalas</translation>
    </message>
    <message>
        <source>Everyone at this domain</source>
        <translation>Semua di domain ini</translation>
    </message>
    <message>
        <source>Mail from banks, e-wallets, couriers and the marketplaces&apos; automatic addresses is recognised by itself and needs no mark.</source>
        <translation>Email dari bank, dompet digital, kurir, dan alamat otomatis marketplace dikenali sendiri dan tidak perlu ditandai.</translation>
    </message>
    <message>
        <source>Mail from these senders never waits on you and stays out of your reply times. It is kept, and you still find it in All conversations and by searching. Press n on a conversation to add one.</source>
        <translation>Email dari pengirim ini tidak pernah menunggu balasan Anda dan tidak dihitung dalam waktu balas Anda. Email tetap disimpan, dan masih bisa Anda temukan di Semua percakapan dan lewat pencarian. Tekan n pada percakapan untuk menambahkan.</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>Ditandai pada</translation>
    </message>
    <message>
        <source>Nobody is marked yet. Family, your bank, couriers and newsletters can be: select their conversation in the inbox and press n.</source>
        <translation>Belum ada yang ditandai. Keluarga, bank Anda, kurir, dan newsletter bisa ditandai: pilih percakapan mereka di kotak masuk lalu tekan n.</translation>
    </message>
    <message>
        <source>Not customers</source>
        <translation>Bukan pelanggan</translation>
    </message>
    <message>
        <source>Only this sender</source>
        <translation>Pengirim ini saja</translation>
    </message>
    <message>
        <source>Sender or domain</source>
        <translation>Pengirim atau domain</translation>
    </message>
    <message>
        <source>The list could not be read. Details are in the log.</source>
        <translation>Daftar tidak bisa dibaca. Detailnya ada di log.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hal</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n customer(s) waiting past your reply target</source>
        <translation>
            <numerusform>%n pelanggan menunggu melewati target waktu balas Anda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer message(s)</source>
        <translation>
            <numerusform>%n pesan baru dari pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the target</source>
        <translation>
            <numerusform>%n melewati target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n belum dibaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Add parcel</source>
        <translation>Tambah paket</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pesanan %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Pelanggan: %1</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Tanpa pelanggan</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Pembayaran: %1</translation>
    </message>
    <message>
        <source>no address yet</source>
        <translation>belum ada alamat</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>dibayar %1</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Dana dikembalikan: %1</translation>
    </message>
    <message>
        <source>Deliver to: %1</source>
        <translation>Kirim ke: %1</translation>
    </message>
    <message>
        <source>Packing slip, invoice or receipt, on paper or as a PDF</source>
        <translation>Slip pengemasan, faktur, atau kuitansi, dicetak atau sebagai PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Remind me…</source>
        <translation>Ingatkan…</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Ongkir</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>tiba %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>estimasi tiba %1</translation>
    </message>
    <message>
        <source>No parcel yet.</source>
        <translation>Belum ada paket.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(tanpa subjek)</translation>
    </message>
</context>
<context>
    <name>OrderFormDialog</name>
    <message>
        <source>The order will be linked to the conversation.</source>
        <extracomment>what each marketplace&apos;s order number looks like, shown in the empty number field statuses a new order can start in (later ones come through shipments and the pipeline)</extracomment>
        <translation>Pesanan akan ditautkan ke percakapan ini.</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pesanan %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>Dijual di</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Tanggal pesanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Ongkir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>The order number %1 gives, e.g. %2</source>
        <translation>Nomor pesanan dari %1, mis. %2</translation>
    </message>
    <message>
        <source>Type a name, email or phone</source>
        <translation>Ketik nama, email, atau telepon</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Email (opsional)</translation>
    </message>
    <message>
        <source>Phone / WhatsApp (optional)</source>
        <translation>Telepon / WhatsApp (opsional)</translation>
    </message>
    <message>
        <source>As the marketplace shows it</source>
        <translation>Sesuai yang tertera di marketplace</translation>
    </message>
    <message>
        <source>Anything to remember: gift wrap, address details, what was agreed</source>
        <translation>Apa pun yang perlu diingat: bungkus kado, detail alamat, yang sudah disepakati</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Kirim ke</translation>
    </message>
    <message>
        <source>Name, street, postcode and town for the parcel; empty: the customer&apos;s address</source>
        <translation>Nama, jalan, kode pos, dan kota untuk paket; kosong: alamat pelanggan</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Simpan dan buat baru</translation>
    </message>
    <message>
        <source>Save order</source>
        <translation>Simpan pesanan</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Ctrl+Shift+Enter saves and starts the next</source>
        <translation>Ctrl+Enter simpan · Ctrl+Shift+Enter simpan dan lanjut ke pesanan berikutnya</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Pelanggan terdaftar</translation>
    </message>
    <message>
        <source>A new customer will be saved with this order. Pick from the list to use someone you already know.</source>
        <translation>Pelanggan baru akan disimpan bersama pesanan ini. Pilih dari daftar untuk pelanggan yang sudah ada.</translation>
    </message>
    <message>
        <source>Optional: leave empty for a walk-in sale.</source>
        <translation>Opsional: kosongkan untuk pembeli yang datang langsung ke toko.</translation>
    </message>
    <message>
        <source>Items %1 + shipping %2 = total %3</source>
        <translation>Barang %1 + ongkir %2 = total %3</translation>
    </message>
    <message>
        <source>Order saved. Enter the next one.</source>
        <translation>Pesanan disimpan. Silakan masukkan pesanan berikutnya.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Dana dikembalikan: %1</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Any time</source>
        <extracomment>what the table gives up first when it is narrow, in that order the detail panel&apos;s starting width; the table takes the rest</extracomment>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Find an order, customer or product</source>
        <translation>Cari pesanan, pelanggan, atau produk</translation>
    </message>
    <message>
        <source>Choose the orders file from your Seller Centre</source>
        <translation>Pilih file pesanan dari Seller Center Anda</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Impor pesanan</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Enter an order (Ctrl+N)</source>
        <translation>Masukkan pesanan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Semua channel</translation>
    </message>
    <message>
        <source>Order exports (%1)</source>
        <translation>Ekspor pesanan (%1)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Read the orders file you downloaded from Shopee, Lazada, Tokopedia &amp; TikTok Shop or eBay (Ctrl+I)</source>
        <translation>Baca file pesanan yang Anda unduh dari Shopee, Lazada, Tokopedia &amp; TikTok Shop, atau eBay (Ctrl+I)</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <source>Your product list: names, SKUs and prices that order entry offers</source>
        <translation>Daftar produk Anda: nama, SKU, dan harga yang ditawarkan saat mencatat pesanan</translation>
    </message>
    <message>
        <source>Paid, not shipped</source>
        <translation>Dibayar, belum dikirim</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Kotak keluar</translation>
    </message>
    <message>
        <source>Messages on their way out. A message that could not be sent says why; fix the cause (for example the password or an address), then try again.</source>
        <translation>Pesan yang sedang dikirim. Pesan yang gagal terkirim akan menyebutkan alasannya; perbaiki penyebabnya (misalnya kata sandi atau alamat), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Ubah dan kirim lagi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sedang mengirim…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>It may already have reached the customer: check your Sent folder before trying again.</source>
        <translation>Mungkin sudah sampai ke pelanggan: cek folder Terkirim sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Semua sudah terkirim.</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>%1 order(s): one page each, in the customer&apos;s language unless you choose one.</source>
        <translation>%1 pesanan: satu halaman per pesanan, dalam bahasa pelanggan kecuali Anda memilih bahasa lain.</translation>
    </message>
    <message>
        <source>A4 paper</source>
        <translation>Kertas A4</translation>
    </message>
    <message>
        <source>A6 label</source>
        <translation>Label A6</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Each customer&apos;s language</source>
        <translation>Bahasa tiap pelanggan</translation>
    </message>
    <message>
        <source>Invoice (asks for payment)</source>
        <translation>Faktur (meminta pembayaran)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Packing slip (no prices, goes in the parcel)</source>
        <translation>Slip pengemasan (tanpa harga, dimasukkan ke paket)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Pratinjau dan cetak…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Receipt (says it was paid)</source>
        <translation>Kuitansi (menyatakan sudah dibayar)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Saved %1 page(s) to %2.</source>
        <translation>%1 halaman disimpan ke %2.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Stopped: no file was written.</source>
        <translation>Dihentikan: tidak ada file yang ditulis.</translation>
    </message>
    <message>
        <source>The papers could not be made; the details are in the log.</source>
        <translation>Dokumen tidak bisa dibuat; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Sedang menulis PDF…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enter the password of the mailbox %1 (%2)</source>
        <translation>Masukkan kata sandi akun email %1 (%2)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Kata sandi untuk %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Terjadi kesalahan tak terduga; detailnya ada di log.</translation>
    </message>
    <message>
        <source>The password you use to read this mailbox on the web.</source>
        <translation>Kata sandi yang Anda pakai untuk membaca akun email ini di web.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Seller Desk keeps the password only until you close it and asks again at the next start. To have it remembered, install and unlock a password store (on Linux: GNOME Keyring or KWallet; Windows and macOS have one built in).</source>
        <translation>Komputer ini tidak punya penyimpanan kata sandi, jadi Seller Desk menyimpan kata sandi hanya sampai Anda menutupnya dan akan menanyakannya lagi saat dibuka berikutnya. Agar kata sandi diingat, pasang dan buka kunci penyimpanan kata sandi (di Linux: GNOME Keyring atau KWallet; Windows dan macOS sudah punya bawaan).</translation>
    </message>
</context>
<context>
    <name>PatternsSection</name>
    <message>
        <source>Order numbers</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Seller Desk links a mail to its order when it finds an order number in it. These patterns (regular expressions) describe each marketplace&apos;s numbers; add your own shop&apos;s format here.</source>
        <translation>Seller Desk menautkan email ke pesanannya jika menemukan nomor pesanan di dalamnya. Pola ini (regular expression) menggambarkan nomor tiap marketplace; tambahkan format toko Anda sendiri di sini.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Add a format</source>
        <translation>Tambah format</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Save formats</source>
        <translation>Simpan format</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Coba</translation>
    </message>
    <message>
        <source>Paste a line from a customer&apos;s mail</source>
        <translation>Tempel satu baris dari email pelanggan</translation>
    </message>
    <message>
        <source>Your own formats are in use.</source>
        <translation>Format Anda sendiri sedang dipakai.</translation>
    </message>
    <message>
        <source>Found order numbers will show here.</source>
        <translation>Nomor pesanan yang ditemukan akan tampil di sini.</translation>
    </message>
    <message>
        <source>No order number found.</source>
        <translation>Tidak ada nomor pesanan ditemukan.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Ditemukan: %1</translation>
    </message>
    <message>
        <source>Saved. New mail is matched with these formats.</source>
        <translation>Tersimpan. Email baru akan dicocokkan dengan format ini.</translation>
    </message>
    <message>
        <source>The formats that come with Seller Desk are back.</source>
        <translation>Format bawaan Seller Desk sudah dikembalikan.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>The customer&apos;s first name</source>
        <translation>Nama panggilan pelanggan</translation>
    </message>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>Nama lengkap pelanggan</translation>
    </message>
    <message>
        <source>The customer&apos;s email address</source>
        <translation>Alamat email pelanggan</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>The order total with its currency</source>
        <translation>Total pesanan beserta mata uang</translation>
    </message>
    <message>
        <source>The items ordered, one per line</source>
        <translation>Barang yang dipesan, satu per baris</translation>
    </message>
    <message>
        <source>When payment is due</source>
        <translation>Batas waktu pembayaran</translation>
    </message>
    <message>
        <source>The date the order was placed</source>
        <translation>Tanggal pesanan dibuat</translation>
    </message>
    <message>
        <source>How the customer paid</source>
        <translation>Cara pelanggan membayar</translation>
    </message>
    <message>
        <source>The shipping fee</source>
        <translation>Ongkir</translation>
    </message>
    <message>
        <source>The amount refunded</source>
        <translation>Nominal yang dikembalikan</translation>
    </message>
    <message>
        <source>The courier&apos;s name</source>
        <translation>Nama kurir</translation>
    </message>
    <message>
        <source>The tracking number</source>
        <translation>Nomor resi</translation>
    </message>
    <message>
        <source>A link to the courier&apos;s tracking page</source>
        <translation>Tautan ke halaman lacak kurir</translation>
    </message>
    <message>
        <source>The expected delivery date</source>
        <translation>Estimasi tanggal tiba</translation>
    </message>
    <message>
        <source>The date the parcel was sent</source>
        <translation>Tanggal paket dikirim</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Nama toko Anda</translation>
    </message>
    <message>
        <source>The payment methods you accept</source>
        <translation>Metode pembayaran yang Anda terima</translation>
    </message>
    <message>
        <source>Your refund policy</source>
        <translation>Kebijakan pengembalian dana Anda</translation>
    </message>
    <message>
        <source>Your email signature</source>
        <translation>Tanda tangan email Anda</translation>
    </message>
    <message>
        <source>The address the message is sent from</source>
        <translation>Alamat pengirim pesan</translation>
    </message>
    <message>
        <source>Where customers send returns</source>
        <translation>Alamat toko untuk barang retur</translation>
    </message>
    <message>
        <source>When your shop opens again after a break</source>
        <translation>Kapan toko Anda buka lagi setelah libur</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Tanggal hari ini</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>The parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>You and your shop</source>
        <translation>Anda dan toko Anda</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>After the sale</source>
        <translation>Setelah penjualan</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Komplain</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>Retur dan pengembalian dana</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Libur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Choose the same product</source>
        <translation>Pilih produk yang sama</translation>
    </message>
    <message>
        <source>Find a product by name, variant or SKU</source>
        <translation>Cari produk berdasarkan nama, varian, atau SKU</translation>
    </message>
    <message>
        <source>In new orders</source>
        <translation>Di pesanan baru</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Gabungkan ke produk itu</translation>
    </message>
    <message>
        <source>Merge products</source>
        <translation>Gabungkan produk</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Its orders will count for “%2”. This cannot be undone.</source>
        <translation>Gabungkan “%1” ke “%2”? Pesanannya akan dihitung untuk “%2”. Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Sudah digabungkan.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Offer it in new orders</source>
        <translation>Tawarkan di pesanan baru</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Harga (%1)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Products are added by themselves from your orders. Pick one in an order&apos;s item line and its SKU and price are filled in.</source>
        <translation>Produk ditambahkan sendiri dari pesanan Anda. Pilih satu di baris barang pesanan, lalu SKU dan harganya langsung terisi.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Size, colour … (optional)</source>
        <translation>Ukuran, warna … (opsional)</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Dinonaktifkan</translation>
    </message>
    <message>
        <source>Typed in two ways? Choose the other one here: this product&apos;s orders, names and prices join it, and this one disappears.</source>
        <translation>Diketik dengan dua cara? Pilih yang satunya di sini: pesanan, nama, dan harga produk ini pindah ke sana, lalu produk ini hilang.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Varian</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>(no subject)</source>
        <translation>(tanpa subjek)</translation>
    </message>
    <message>
        <source>Choose a customer to see their details and history.</source>
        <translation>Pilih pelanggan untuk melihat detail dan riwayatnya.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Alamat pengiriman</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>For example 012-345 6789 or +62 812 3456 789</source>
        <translation>Misalnya 012-345 6789 atau +62 812 3456 789</translation>
    </message>
    <message>
        <source>History (Enter opens)</source>
        <translation>Riwayat (Enter untuk membuka)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>May be the same person</source>
        <translation>Mungkin orang yang sama</translation>
    </message>
    <message>
        <source>Merge with %1 (%2)…</source>
        <translation>Gabungkan dengan %1 (%2)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Nothing yet: no conversation, order or reminder.</source>
        <translation>Belum ada apa-apa: tidak ada percakapan, pesanan, atau pengingat.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>Telepon / WhatsApp</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Save the customer&apos;s details (Ctrl+S)</source>
        <translation>Simpan detail pelanggan (Ctrl+S)</translation>
    </message>
    <message>
        <source>WhatsApp chat</source>
        <translation>Chat WhatsApp</translation>
    </message>
    <message>
        <source>Where parcels go: street, postcode, town</source>
        <translation>Ke mana paket dikirim: jalan, kode pos, kota</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>due</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>nama sama</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>telepon sama</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Generate an app password in Yahoo&apos;s Account security page.</source>
        <translation>Buat sandi aplikasi di halaman Keamanan akun Yahoo.</translation>
    </message>
    <message>
        <source>Other (IMAP)</source>
        <translation>Lainnya (IMAP)</translation>
    </message>
    <message>
        <source>Turn IMAP on in Outlook.com settings; with two-step verification use an app password.</source>
        <translation>Aktifkan IMAP di pengaturan Outlook.com; kalau verifikasi dua langkah aktif, pakai sandi aplikasi.</translation>
    </message>
    <message>
        <source>Use an app password (myaccount.google.com/apppasswords); IMAP is on by default.</source>
        <translation>Pakai sandi aplikasi (myaccount.google.com/apppasswords); IMAP sudah aktif dari awal.</translation>
    </message>
    <message>
        <source>Your hosting provider lists the IMAP and SMTP servers in its mail settings page.</source>
        <translation>Alamat server IMAP dan SMTP ada di halaman pengaturan email penyedia hosting Anda.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>how date fields are typed: day first, as in Malaysia and Indonesia, with the full year</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin lo&amp;kasi tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New reminder</source>
        <translation>Pengingat baru</translation>
    </message>
    <message>
        <source>About order %1</source>
        <translation>Tentang pesanan %1</translation>
    </message>
    <message>
        <source>Remind me to</source>
        <translation>Ingatkan saya untuk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>e.g. send the restock photos to Aminah</source>
        <translation>mis. kirim foto stok baru ke Aminah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save reminder</source>
        <translation>Simpan pengingat</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>New reminder</source>
        <translation>Pengingat baru</translation>
    </message>
    <message>
        <source>Remind me of something (Ctrl+N)</source>
        <translation>Ingatkan saya tentang sesuatu (Ctrl+N)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation>Ubah aturan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>Reminders come by themselves: unpaid %1 after the order, an arrival check %2 after the expected date, a feedback request %3 after delivery, and a complaint left %4 without an answer.</source>
        <translation>Pengingat muncul sendiri: belum dibayar %1 setelah pesanan, cek sampai %2 setelah estimasi tiba, minta ulasan %3 setelah barang diterima, dan komplain yang %4 belum dijawab.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Snooze for 3 hours: Ctrl+Z</source>
        <translation>Tunda 3 jam: Ctrl+Z</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>snoozed to %1</source>
        <translation>ditunda sampai %1</translation>
    </message>
    <message>
        <source>Payment for order %1 not received yet</source>
        <translation>Pembayaran untuk pesanan %1 belum diterima</translation>
    </message>
    <message>
        <source>Check that order %1 has arrived</source>
        <translation>Cek apakah pesanan %1 sudah sampai</translation>
    </message>
    <message>
        <source>Ask for feedback on order %1</source>
        <translation>Minta ulasan untuk pesanan %1</translation>
    </message>
    <message>
        <source>Answer the complaint “%1”</source>
        <translation>Tanggapi komplain “%1”</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies.</source>
        <translation>Ditunda sampai pelanggan membalas.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Ditunda sampai %1.</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 jam</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Besok pagi</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dalam 3 hari</translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation>Senin depan</translation>
    </message>
    <message>
        <source>Until the customer replies</source>
        <translation>Sampai pelanggan membalas</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi masalah: %1</translation>
    </message>
</context>
<context>
    <name>RemoveMailboxDialog</name>
    <message>
        <source>Delete its mail from this computer</source>
        <translation>Hapus emailnya dari komputer ini</translation>
    </message>
    <message>
        <source>Either way the mail on the server is not touched, and the saved password is removed. You can add the mailbox again later.</source>
        <translation>Apa pun pilihannya, email di server tidak disentuh, dan kata sandi yang tersimpan dihapus. Anda bisa menambahkan akun email ini lagi nanti.</translation>
    </message>
    <message>
        <source>Its conversations disappear from Seller Desk, with their notes and order links. Mail that also came through another mailbox stays.</source>
        <translation>Percakapannya hilang dari Seller Desk, beserta catatan dan tautan pesanannya. Email yang juga masuk lewat akun email lain tetap ada.</translation>
    </message>
    <message>
        <source>Its conversations stay under All conversations and can still be searched, with their orders and notes. No new mail comes in and no reply can be sent from it.</source>
        <translation>Percakapannya tetap ada di Semua percakapan dan masih bisa dicari, beserta pesanan dan catatannya. Tidak ada email baru yang masuk dan tidak ada balasan yang bisa dikirim darinya.</translation>
    </message>
    <message>
        <source>Keep its mail on this computer</source>
        <translation>Simpan emailnya di komputer ini</translation>
    </message>
    <message>
        <source>Remove mailbox</source>
        <translation>Hapus akun email</translation>
    </message>
    <message>
        <source>Remove the mailbox %1 (%2) from Seller Desk?</source>
        <translation>Hapus akun email %1 (%2) dari Seller Desk?</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox have not been sent from this mailbox yet: removing it deletes them. To keep them, cancel and send them first from &quot;Reply on its way&quot;, or copy what you wrote.</source>
        <translation>
            <numerusform>%n pesan di kotak keluar belum terkirim dari akun email ini: menghapus akun ini juga menghapusnya. Agar tidak hilang, batalkan lalu kirim dulu dari &quot;Akan dikirim&quot;, atau salin yang sudah Anda tulis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Pilih tanggal…</translation>
    </message>
    <message>
        <source>Everything, one sheet each</source>
        <translation>Semuanya, satu sheet per jenis</translation>
    </message>
    <message>
        <source>This period</source>
        <extracomment>the rows of the peak view: the period, the days before it, then the seasons</extracomment>
        <translation>Periode ini</translation>
    </message>
    <message>
        <source>The same number of days before</source>
        <translation>Periode sebelumnya, sama panjang</translation>
    </message>
    <message>
        <source>Ramadan %1</source>
        <translation>Ramadan %1</translation>
    </message>
    <message>
        <source>Hari Raya (Lebaran) %1</source>
        <translation>Lebaran %1</translation>
    </message>
    <message>
        <source>11.11 sale %1</source>
        <translation>Promo 11.11 %1</translation>
    </message>
    <message>
        <source>12.12 sale %1</source>
        <translation>Promo 12.12 %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>Barang pesanan</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>History (events)</source>
        <translation>Riwayat (kejadian)</translation>
    </message>
    <message>
        <source>Reports</source>
        <extracomment>day and short month on the charts&apos; date axes; Qt writes the month in the UI language narrower than this, the six figures go in two rows of three (a 1280-pixel screen)</extracomment>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Customers who wrote</source>
        <translation>Pelanggan yang menghubungi</translation>
    </message>
    <message>
        <source>First reply (median)</source>
        <translation>Balasan pertama (median)</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Dibalas tepat waktu</translation>
    </message>
    <message>
        <source>Solved in (median)</source>
        <translation>Selesai dalam (median)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Ekspor ke spreadsheet</translation>
    </message>
    <message>
        <source>Each file covers the period above and opens in Excel or LibreOffice. Large files are written in the background.</source>
        <translation>Setiap file mencakup periode di atas dan bisa dibuka di Excel atau LibreOffice. File besar ditulis di latar belakang.</translation>
    </message>
    <message>
        <source>%1 of %2 answered customers had their first reply within the %3 target, %4</source>
        <translation>%1 dari %2 pelanggan yang dibalas mendapat balasan pertama dalam target %3, %4</translation>
    </message>
    <message>
        <source>%1 or more: check the product</source>
        <translation>%1 atau lebih: cek produknya</translation>
    </message>
    <message>
        <source>%1 still waiting for your answer now</source>
        <translation>%1 masih menunggu balasan Anda sekarang</translation>
    </message>
    <message>
        <source>For Excel</source>
        <translation>Untuk Excel</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Pemisah</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Desimal</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sedang menghitung…</translation>
    </message>
    <message>
        <source>9 in 10 within %1</source>
        <translation>9 dari 10 dalam %1</translation>
    </message>
    <message>
        <source>%1 cases solved</source>
        <translation>%1 kasus selesai</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>pelanggan</translation>
    </message>
    <message>
        <source>First reply, median per week</source>
        <translation>Balasan pertama, median per minggu</translation>
    </message>
    <message>
        <source>First reply, median per day</source>
        <translation>Balasan pertama, median per hari</translation>
    </message>
    <message>
        <source>warn (%1)</source>
        <translation>peringatan (%1)</translation>
    </message>
    <message>
        <source>too late (%1)</source>
        <translation>terlambat (%1)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>Customers writing per day</source>
        <translation>Pelanggan yang menghubungi per hari</translation>
    </message>
    <message>
        <source>Orders per channel</source>
        <translation>Pesanan per channel</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Answer first: %1</source>
        <translation>Prioritaskan: %1</translation>
    </message>
    <message>
        <source>Answer them, longest wait first</source>
        <translation>Balas sekarang, yang paling lama menunggu dulu</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dibalas</translation>
    </message>
    <message>
        <source>Busy times: did replies keep up?</source>
        <translation>Musim ramai: apakah balasan tetap cepat?</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <source>Complaints per product</source>
        <translation>Komplain per produk</translation>
    </message>
    <message>
        <source>Counting business hours only</source>
        <translation>Hitung jam operasional saja</translation>
    </message>
    <message>
        <source>Counting every hour</source>
        <translation>Hitung setiap jam</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Customers a day</source>
        <translation>Pelanggan per hari</translation>
    </message>
    <message>
        <source>Dates Excel reads as dates, long order and tracking numbers kept whole, and Chinese or Malay names shown right</source>
        <translation>Tanggal yang dibaca Excel sebagai tanggal, nomor pesanan dan nomor resi yang panjang tetap utuh, dan nama Tionghoa atau Melayu tampil dengan benar</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Workbook Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Workbook Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>First reply, median</source>
        <translation>Balasan pertama, median</translation>
    </message>
    <message>
        <source>Headers and statuses in my language</source>
        <translation>Judul kolom dan status dalam bahasa saya</translation>
    </message>
    <message>
        <source>How long customers waited for a reply</source>
        <translation>Berapa lama pelanggan menunggu balasan</translation>
    </message>
    <message>
        <source>Items sold per product</source>
        <translation>Barang terjual per produk</translation>
    </message>
    <message>
        <source>Median first reply %1 — target %2, %3 %4</source>
        <translation>Median balasan pertama %1 — target %2, %3 %4</translation>
    </message>
    <message>
        <source>Median time to solve a case %1 — target %2, %3 %4</source>
        <translation>Median waktu menyelesaikan kasus %1 — target %2, %3 %4</translation>
    </message>
    <message>
        <source>No busy day in this period (a busy day has %1 or more customers).</source>
        <translation>Tidak ada hari ramai dalam periode ini (hari ramai punya %1 pelanggan atau lebih).</translation>
    </message>
    <message>
        <source>No complaints</source>
        <translation>Tidak ada komplain</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>Tidak ada pesanan</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Reply time against customers per day</source>
        <translation>Waktu balas dibanding jumlah pelanggan per hari</translation>
    </message>
    <message>
        <source>Reply time against customers per week</source>
        <translation>Waktu balas dibanding jumlah pelanggan per minggu</translation>
    </message>
    <message>
        <source>Reply times by person</source>
        <translation>Waktu balas per orang</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>This period beside the days just before it and your last peak seasons. If the reply time climbs when many customers write, prepare templates and answer in batches before the next peak.</source>
        <translation>Periode ini dibandingkan dengan hari-hari sebelumnya dan musim ramai Anda yang terakhir. Kalau waktu balas naik saat banyak pelanggan menghubungi, siapkan templat dan balas sekaligus sebelum musim ramai berikutnya.</translation>
    </message>
    <message>
        <source>Too few answered customers to compare busy and quiet days.</source>
        <translation>Terlalu sedikit pelanggan yang dibalas untuk membandingkan hari ramai dan hari sepi.</translation>
    </message>
    <message>
        <source>Too slow: answer the oldest mail first and use templates for common questions</source>
        <translation>Terlalu lambat: balas email yang paling lama dulu dan pakai templat untuk pertanyaan umum</translation>
    </message>
    <message>
        <source>Unticked, the CSV holds the codes Seller Desk reads back (paid, jnt_my)</source>
        <translation>Jika tidak dicentang, CSV berisi kode yang dibaca ulang Seller Desk (paid, jnt_my)</translation>
    </message>
    <message>
        <source>WhatsApp: %1 (%2 chats)</source>
        <translation>WhatsApp: %1 (%2 chat)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Which hours the reply times count: every hour of the day, as marketplaces count them, or only your shop&apos;s opening hours (Settings, Reply times)</source>
        <translation>Jam yang dihitung dalam waktu balas: setiap jam dalam sehari, seperti hitungan marketplace, atau jam operasional toko Anda saja (Pengaturan, Waktu balas)</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>sudah dibalas</translation>
    </message>
    <message>
        <source>counting every hour</source>
        <translation>dihitung setiap jam</translation>
    </message>
    <message>
        <source>customers whose first mail came in this period</source>
        <translation>pelanggan yang email pertamanya masuk di periode ini</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>lebih sedikit</translation>
    </message>
    <message>
        <source>first reply, median</source>
        <translation>balasan pertama, median</translation>
    </message>
    <message>
        <source>in business hours</source>
        <translation>dalam jam operasional</translation>
    </message>
    <message>
        <source>orders placed in this period: %1 paid, %2 still to be paid</source>
        <translation>pesanan di periode ini: %1 sudah dibayar, %2 belum dibayar</translation>
    </message>
    <message>
        <source>over %1 h</source>
        <translation>&gt; %1 j</translation>
    </message>
    <message>
        <source>sales of this period after refunds</source>
        <translation>penjualan periode ini setelah pengembalian dana</translation>
    </message>
    <message>
        <source>still waiting now</source>
        <translation>masih menunggu</translation>
    </message>
    <message>
        <source>under %1 h</source>
        <translation>0–%1 j</translation>
    </message>
    <message>
        <source>✓ Replies held on busy days: %1 on the %2 days with %3 or more customers, %4 on the other days.</source>
        <translation>✓ Balasan tetap cepat di hari ramai: %1 pada %2 hari dengan %3 pelanggan atau lebih, %4 di hari lain.</translation>
    </message>
    <message>
        <source>✗ Replies slowed on busy days: %1 on the %2 days with %3 or more customers, against %4 on the other days. Prepare templates and answer in batches before the next peak.</source>
        <translation>✗ Balasan melambat di hari ramai: %1 pada %2 hari dengan %3 pelanggan atau lebih, dibanding %4 di hari lain. Siapkan templat dan balas sekaligus sebelum musim ramai berikutnya.</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 j</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Ekspor %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 baris ditulis ke %2</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <source>Reminders and automatic emails</source>
        <translation>Pengingat dan email otomatis</translation>
    </message>
    <message>
        <source>Seller Desk reminds you to follow up, so no customer is forgotten. Change when each reminder comes.</source>
        <translation>Seller Desk mengingatkan Anda untuk menindaklanjuti, agar tidak ada pelanggan yang terlupakan. Atur kapan setiap pengingat muncul.</translation>
    </message>
    <message>
        <source>Unpaid order: remind after</source>
        <translation>Pesanan belum dibayar: ingatkan setelah</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcel not arrived: check after the expected date plus</source>
        <translation>Paket belum sampai: cek setelah estimasi tiba ditambah</translation>
    </message>
    <message>
        <source>Ask for feedback after delivery</source>
        <translation>Minta ulasan setelah paket sampai</translation>
    </message>
    <message>
        <source>Complaint not answered: remind after</source>
        <translation>Komplain belum ditanggapi: ingatkan setelah</translation>
    </message>
    <message>
        <source>For example, a parcel expected in 10 days gets an arrival check on day 12, so you can offer a refund before the customer has to ask.</source>
        <translation>Misalnya, paket dengan estimasi tiba 10 hari akan dicek di hari ke-12, jadi Anda bisa menawarkan pengembalian dana sebelum pelanggan harus bertanya.</translation>
    </message>
    <message>
        <source>Automatic status emails</source>
        <translation>Email status otomatis</translation>
    </message>
    <message>
        <source>When you change an order&apos;s status, Seller Desk can email the customer for you with the matching template, in the customer&apos;s language.</source>
        <translation>Saat Anda mengubah status pesanan, Seller Desk bisa mengirim email ke pelanggan dengan templat yang sesuai, dalam bahasa pelanggan.</translation>
    </message>
    <message>
        <source>Payment received: thank the customer</source>
        <translation>Pembayaran diterima: ucapkan terima kasih ke pelanggan</translation>
    </message>
    <message>
        <source>Shipped: send the courier, tracking number and expected arrival</source>
        <translation>Sudah dikirim: kirim nama kurir, nomor resi, dan estimasi tiba</translation>
    </message>
    <message>
        <source>Delivered: ask whether all is well</source>
        <translation>Sudah sampai: tanyakan apakah semuanya baik</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifikasi desktop</translation>
    </message>
    <message>
        <source>A customer writes</source>
        <translation>Pelanggan mengirim email</translation>
    </message>
    <message>
        <source>A customer has waited past your reply target</source>
        <translation>Pelanggan menunggu melewati target waktu balas Anda</translation>
    </message>
    <message>
        <source>A reminder is due</source>
        <translation>Ada pengingat yang sudah waktunya</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Password and servers</source>
        <translation>Kata sandi dan server</translation>
    </message>
    <message>
        <source>Sign in to the mailbox</source>
        <translation>Masuk ke akun email</translation>
    </message>
    <message>
        <source>The password is checked in the next step before anything is saved.</source>
        <translation>Kata sandi dicek di langkah berikutnya sebelum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Show the server settings</source>
        <translation>Tampilkan pengaturan server</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Incoming (IMAP)</source>
        <translation>Masuk (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing (SMTP)</source>
        <translation>Keluar (SMTP)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The password you use to read this mailbox on the web.</source>
        <translation>Kata sandi yang Anda pakai untuk membaca akun email ini di web.</translation>
    </message>
    <message>
        <source>None (no encryption)</source>
        <translation>Tidak ada (tanpa enkripsi)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your shop</source>
        <translation>Toko Anda</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Bahasa dan wilayah</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Akun email</translation>
    </message>
    <message>
        <source>Not customers</source>
        <translation>Bukan pelanggan</translation>
    </message>
    <message>
        <source>Reply times</source>
        <translation>Waktu balas</translation>
    </message>
    <message>
        <source>Reminders and emails</source>
        <translation>Pengingat dan email</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Data and backup</source>
        <translation>Data dan backup</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Customers see this name as the sender of your mail.</source>
        <translation>Pelanggan melihat nama ini sebagai pengirim email Anda.</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <source>Empty: the English text is used.</source>
        <translation>Kosong: teks bahasa Inggris yang dipakai.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan mengedit</translation>
    </message>
    <message>
        <source>No state holidays for this country</source>
        <translation>Tidak ada hari libur daerah untuk negara ini</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>Refund policy</source>
        <translation>Kebijakan pengembalian dana</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>Alamat retur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save what you typed?</source>
        <translation>Simpan yang sudah Anda ketik?</translation>
    </message>
    <message>
        <source>Set up your shop</source>
        <translation>Atur toko Anda</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan email</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Lewati dulu</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Provinsi atau negara bagian</translation>
    </message>
    <message>
        <source>Texts your replies use</source>
        <translation>Teks yang dipakai di balasan Anda</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Zona waktu komputer ini</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Usual currency</source>
        <translation>Mata uang utama</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Seluruh negara</translation>
    </message>
    <message>
        <source>Write them in English first. Add Malay or Indonesian when you can: a customer who writes in that language then reads them in it.</source>
        <translation>Tulis dalam bahasa Inggris dulu. Tambahkan bahasa Melayu atau Indonesia kalau sempat: pelanggan yang menulis dalam bahasa itu akan membacanya dalam bahasa itu.</translation>
    </message>
    <message>
        <source>You changed your shop&apos;s details. Save them, leave them unsaved, or go back to the page.</source>
        <translation>Anda sudah mengubah data toko. Simpan, tinggalkan tanpa disimpan, atau kembali ke halaman.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Your replies use these facts, so customers never read a blank. It takes a minute; you can change everything later in Settings &gt; Your shop.</source>
        <translation>Balasan Anda memakai data ini, jadi pelanggan tidak akan melihat bagian kosong. Cukup satu menit; semuanya bisa diubah nanti di Pengaturan &gt; Toko Anda.</translation>
    </message>
    <message>
        <source>e.g. Full refund within 30 days if the item arrives damaged or not as described.</source>
        <translation>mis. Pengembalian dana penuh dalam 30 hari jika barang tiba rusak atau tidak sesuai deskripsi.</translation>
    </message>
    <message>
        <source>e.g. No. 12, Jalan Melati 3, 43000 Kajang, Selangor</source>
        <translation>mis. Jl. Melati No. 12, Kebayoran Baru, Jakarta Selatan 12130</translation>
    </message>
    <message>
        <source>e.g. Nora</source>
        <translation>mis. Dewi</translation>
    </message>
    <message>
        <source>e.g. Nora Batik &amp; Craft</source>
        <translation>mis. Nora Batik &amp; Craft</translation>
    </message>
    <message>
        <source>e.g. Nora, Nora Batik &amp; Craft · WhatsApp 012-345 6789</source>
        <translation>mis. Dewi, Toko Batik Dewi · WhatsApp 0812-3456-7890</translation>
    </message>
    <message>
        <source>e.g. Online banking (Maybank), DuitNow QR, Touch &apos;n Go eWallet</source>
        <translation>mis. Transfer bank (BCA), QRIS, GoPay, OVO</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Add parcel</source>
        <translation>Tambah paket</translation>
    </message>
    <message>
        <source>Parcel for order %1</source>
        <translation>Paket untuk pesanan %1</translation>
    </message>
    <message>
        <source>Parcel for an order</source>
        <translation>Paket untuk pesanan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nomor resi</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Dikirim pada</translation>
    </message>
    <message>
        <source>As printed on the parcel slip</source>
        <translation>Sesuai yang tercetak di resi</translation>
    </message>
    <message>
        <source>The number is right: save it anyway</source>
        <translation>Nomornya sudah benar: tetap simpan</translation>
    </message>
    <message>
        <source>Email the customer the courier, tracking link and expected arrival</source>
        <translation>Kirim email ke pelanggan berisi nama kurir, link lacak, dan estimasi tiba</translation>
    </message>
    <message>
        <source>Automatic “shipped” emails are on: the customer gets one email either way.</source>
        <translation>Email “dikirim” otomatis sedang aktif: pelanggan tetap hanya menerima satu email.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save parcel</source>
        <translation>Simpan paket</translation>
    </message>
    <message>
        <source>Expected to arrive %1 (%2 working days)</source>
        <translation>Estimasi tiba %1 (%2 hari kerja)</translation>
    </message>
    <message>
        <source>Choose the order this parcel is for.</source>
        <translation>Pilih pesanan untuk paket ini.</translation>
    </message>
    <message>
        <source>The parcel is saved, but the email was not sent: %1</source>
        <translation>Paket sudah disimpan, tetapi email tidak terkirim: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ShipmentsModel</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nomor resi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Estimasi tiba</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open the courier&apos;s tracking page (Ctrl+T)</source>
        <translation>Buka halaman lacak kurir (Ctrl+T)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>Terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Tiba %1</translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <source>Shipments</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Find a tracking or order number</source>
        <translation>Cari nomor resi atau pesanan</translation>
    </message>
    <message>
        <source>Add parcel</source>
        <translation>Tambah paket</translation>
    </message>
    <message>
        <source>Add a parcel to a paid order (Ctrl+N)</source>
        <translation>Tambah paket untuk pesanan yang sudah dibayar (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Tandai sudah sampai</translation>
    </message>
    <message>
        <source>No parcel is waiting to go out today.</source>
        <translation>Tidak ada paket yang menunggu dikirim hari ini.</translation>
    </message>
    <message>
        <source>Open tracking page</source>
        <translation>Buka halaman lacak</translation>
    </message>
    <message>
        <source>Email “shipped” to customer</source>
        <translation>Email “dikirim” ke pelanggan</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Buka pesanan</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>Dalam perjalanan</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah sampai</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Packing slips for every parcel not sent yet or sent today, one page each</source>
        <translation>Slip pengemasan untuk setiap paket yang belum dikirim atau dikirim hari ini, satu halaman per paket</translation>
    </message>
    <message>
        <source>Slips for today…</source>
        <translation>Slip untuk hari ini…</translation>
    </message>
    <message>
        <source>The “shipped” email is in the outbox.</source>
        <translation>Email “dikirim” sudah di kotak keluar.</translation>
    </message>
    <message>
        <source>Parcel for order %1 marked delivered.</source>
        <translation>Paket untuk pesanan %1 ditandai sudah sampai.</translation>
    </message>
    <message>
        <source>Preparing the email…</source>
        <translation>Menyiapkan email…</translation>
    </message>
    <message>
        <source>The “shipped” email to %1 was already in the outbox.</source>
        <translation>Email “dikirim” ke %1 memang sudah ada di kotak keluar.</translation>
    </message>
    <message>
        <source>The “shipped” email to %1 is in the outbox.</source>
        <translation>Email “dikirim” ke %1 sudah di kotak keluar.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi masalah: %1</translation>
    </message>
</context>
<context>
    <name>ShopSection</name>
    <message>
        <source>Your shop</source>
        <extracomment>the set-up page saved: every section shows the stored values again</extracomment>
        <translation>Toko Anda</translation>
    </message>
    <message>
        <source>Templates fill these in for you, so every customer reads the same clear facts.</source>
        <translation>Templat mengisi informasi ini untuk Anda, jadi setiap pelanggan membaca fakta yang sama dan jelas.</translation>
    </message>
    <message>
        <source>All your shop&apos;s details on one page, with the texts in Malay and Indonesian</source>
        <translation>Semua data toko Anda di satu halaman, dengan teks dalam bahasa Melayu dan Indonesia</translation>
    </message>
    <message>
        <source>Set up your shop…</source>
        <translation>Atur toko Anda…</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>Refund policy</source>
        <translation>Kebijakan pengembalian dana</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>Alamat retur</translation>
    </message>
    <message>
        <source>Email signature</source>
        <translation>Tanda tangan email</translation>
    </message>
    <message>
        <source>e.g. Nora Batik &amp; Craft</source>
        <translation>mis. Nora Batik &amp; Craft</translation>
    </message>
    <message>
        <source>e.g. Online banking (Maybank), DuitNow QR, Touch &apos;n Go eWallet</source>
        <translation>mis. Transfer bank (BCA), QRIS, GoPay, OVO</translation>
    </message>
    <message>
        <source>e.g. Full refund within 30 days if the item arrives damaged or not as described.</source>
        <translation>mis. Pengembalian dana penuh dalam 30 hari jika barang tiba rusak atau tidak sesuai deskripsi.</translation>
    </message>
    <message>
        <source>In a template, {seller.shop_name}, {seller.name}, {seller.payment_methods}, {seller.refund_policy}, {seller.return_address} and {seller.signature} become what you write here.</source>
        <translation>Di templat, {seller.shop_name}, {seller.name}, {seller.payment_methods}, {seller.refund_policy}, {seller.return_address}, dan {seller.signature} akan diganti dengan yang Anda tulis di sini.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Moving around</source>
        <extracomment>(group, [(keys, what)]) shown in the overlay; the bindings live with the widgets</extracomment>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Percakapan berikutnya</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Percakapan sebelumnya</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Buka percakapan</translation>
    </message>
    <message>
        <source>Back to the list / clear the search</source>
        <translation>Kembali ke daftar / hapus pencarian</translation>
    </message>
    <message>
        <source>Search mail, customers, order numbers</source>
        <translation>Cari email, pelanggan, nomor pesanan</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Membalas</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>Reply to all</source>
        <translation>Balas ke semua</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>Going to a screen</source>
        <translation>Pindah ke layar</translation>
    </message>
    <message>
        <source>Inbox views, in sidebar order</source>
        <translation>Tampilan kotak masuk, sesuai urutan bilah samping</translation>
    </message>
    <message>
        <source>Mailboxes, in sidebar order</source>
        <translation>Akun email, sesuai urutan bilah samping</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>New: message, or order, parcel, reminder, template on their screens</source>
        <translation>Baru: pesan, atau pesanan, paket, pengingat, templat di layarnya masing-masing</translation>
    </message>
    <message>
        <source>Send, or save a form</source>
        <translation>Kirim, atau simpan formulir</translation>
    </message>
    <message>
        <source>Close a form (asks first if changed)</source>
        <translation>Tutup formulir (bertanya dulu jika ada perubahan)</translation>
    </message>
    <message>
        <source>Insert a template by its shortcut</source>
        <translation>Sisipkan templat lewat pintasannya</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Pilih templat</translation>
    </message>
    <message>
        <source>Tidying up</source>
        <translation>Merapikan</translation>
    </message>
    <message>
        <source>Close (done)</source>
        <translation>Tutup (selesai)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Tag: complaint, return, refund …</source>
        <translation>Label: komplain, retur, pengembalian dana…</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Tandai belum dibaca</translation>
    </message>
    <message>
        <source>Not a customer (family, bank, courier …)</source>
        <translation>Bukan pelanggan (keluarga, bank, kurir …)</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+klik</translation>
    </message>
    <message>
        <source>Select several conversations</source>
        <translation>Pilih beberapa percakapan</translation>
    </message>
    <message>
        <source>Check all mailboxes now</source>
        <translation>Cek semua akun email sekarang</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Tampilkan atau sembunyikan bantuan ini</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Sudah dikemas</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sudah dikirim</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah sampai</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Diretur</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dana dikembalikan</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Belum dikirim</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>Dalam perjalanan</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Pengingat pembayaran</translation>
    </message>
    <message>
        <source>Check arrival</source>
        <translation>Cek penerimaan</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Minta ulasan</translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation>Tindak lanjut komplain</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier conversation(s)</source>
        <translation>
            <numerusform>%n percakapan sebelumnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInBox</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Salin tautan masuk</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Seller Desk waits here.</source>
        <translation>Selesaikan proses masuk di browser Anda. Seller Desk menunggu di sini.</translation>
    </message>
    <message>
        <source>Go back to Seller Desk to see why.</source>
        <translation>Kembali ke Seller Desk untuk melihat sebabnya.</translation>
    </message>
    <message>
        <source>Is this mailbox run by Microsoft 365 or Google Workspace? Then sign in with them instead of a password.</source>
        <translation>Apakah akun email ini dikelola Microsoft 365 atau Google Workspace? Kalau ya, masuk lewat mereka, bukan dengan kata sandi.</translation>
    </message>
    <message>
        <source>Microsoft mailboxes (Outlook.com, Hotmail, Live) take no passwords from mail programs: sign in once in your browser and Seller Desk stays signed in.</source>
        <translation>Akun email Microsoft (Outlook.com, Hotmail, Live) tidak menerima kata sandi dari aplikasi email: masuk sekali di browser dan Seller Desk tetap masuk.</translation>
    </message>
    <message>
        <source>No browser opened. Copy the sign-in link and open it in your browser.</source>
        <translation>Browser tidak terbuka. Salin tautan masuk dan buka di browser Anda.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>Sign in once in your browser and Seller Desk stays signed in. An app password, below, works too.</source>
        <translation>Masuk sekali di browser dan Seller Desk tetap masuk. Sandi aplikasi di bawah juga bisa dipakai.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Masuk dengan %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sudah masuk</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sudah masuk sebagai %1.</translation>
    </message>
    <message>
        <source>The link is copied: paste it into your browser&apos;s address bar.</source>
        <translation>Tautan sudah disalin: tempel di kolom alamat browser Anda.</translation>
    </message>
    <message>
        <source>The sign-in did not work; the details are in the log.</source>
        <translation>Proses masuk gagal; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Proses masuk dibatalkan.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Seller Desk.</source>
        <translation>Anda bisa menutup tab ini dan kembali ke Seller Desk.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Masuk lagi</translation>
    </message>
    <message>
        <source>The sign-in of %1 has ended, for example after a password change. Replies you queued wait and go out once you are signed in.</source>
        <translation>Sesi masuk %1 sudah berakhir, misalnya setelah kata sandi diganti. Balasan yang antre menunggu dan terkirim begitu Anda masuk.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Fetching your mail</source>
        <translation>Mengambil email Anda</translation>
    </message>
    <message>
        <source>The newest mail comes first and shows in the inbox at once; you can close this window, older mail keeps arriving.</source>
        <translation>Email terbaru masuk duluan dan langsung tampil di kotak masuk; Anda bisa menutup jendela ini, email lama akan terus masuk.</translation>
    </message>
    <message>
        <source>Saving the mailbox…</source>
        <translation>Menyimpan akun email…</translation>
    </message>
    <message>
        <source>The password is kept only until Seller Desk closes, because this computer has no password store. %1</source>
        <translation>Kata sandi hanya disimpan sampai Seller Desk ditutup, karena komputer ini tidak punya penyimpanan kata sandi. %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>The mailbox could not be saved.</source>
        <translation>Akun email tidak bisa disimpan.</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 messages…</source>
        <translation>%1 dari %2 pesan diambil…</translation>
    </message>
    <message>
        <source>Done: %1 messages fetched. The inbox is up to date.</source>
        <translation>Selesai: %1 pesan diambil. Kotak masuk sudah diperbarui.</translation>
    </message>
    <message>
        <source>The mailbox is saved, but fetching mail stopped: %1 Seller Desk tries again by itself.</source>
        <translation>Akun email sudah disimpan, tetapi pengambilan email terhenti: %1 Seller Desk akan mencoba lagi dengan sendirinya.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n pesan belum terkirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)</source>
        <translation>
            <numerusform>Mengirim %n pesan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Insert a template</source>
        <extracomment>a language&apos;s name in itself, as the language setting shows it (vertical, horizontal) padding of a list row in the style sheet (QListWidget::item)</extracomment>
        <translation>Sisipkan templat</translation>
    </message>
    <message>
        <source>Search by name, shortcut or words</source>
        <translation>Cari berdasarkan nama, pintasan, atau kata</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
    <message>
        <source>%1: not known yet</source>
        <translation>%1: belum diketahui</translation>
    </message>
    <message>
        <source>Everything is filled in for this conversation.</source>
        <translation>Semua sudah terisi untuk percakapan ini.</translation>
    </message>
    <message>
        <source>No template matches. Templates are written and edited under Templates in the sidebar.</source>
        <translation>Tidak ada templat yang cocok. Templat ditulis dan diubah di bagian Templat pada bilah samping.</translation>
    </message>
    <message>
        <source>Still blank (marked in red; you fill them after inserting):</source>
        <translation>Masih kosong (ditandai merah; isi setelah disisipkan):</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}</source>
        <translation>Isian otomatis tidak dikenal {%1}</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Everything is filled in.</source>
        <translation>Semuanya sudah terisi.</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Tanpa pesanan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>The order&apos;s customer</source>
        <translation>Pelanggan pesanan ini</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}</source>
        <translation>Isian otomatis tidak dikenal {%1}</translation>
    </message>
    <message>
        <source>not known here</source>
        <translation>tidak diketahui di sini</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Cari templat</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Templat baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>e.g. paid, typed as /paid</source>
        <translation>mis. paid, diketik sebagai /paid</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Sisipkan isian otomatis</translation>
    </message>
    <message>
        <source>Start from another language</source>
        <translation>Mulai dari bahasa lain</translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation>Kembalikan teks asli</translation>
    </message>
    <message>
        <source>Delete this language</source>
        <translation>Hapus bahasa ini</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Not written in %1 yet. Write it here, or start from another language and translate.</source>
        <translation>Belum ditulis dalam %1. Tulis di sini, atau mulai dari bahasa lain lalu terjemahkan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Delete the %1 version of “%2”?</source>
        <translation>Hapus versi %1 dari “%2”?</translation>
    </message>
    <message>
        <source>Put back the original text of this template in %1? Your changes to it are lost.</source>
        <translation>Kembalikan teks asli templat ini dalam %1? Perubahan Anda akan hilang.</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Checking the connection</source>
        <translation>Mengecek koneksi</translation>
    </message>
    <message>
        <source>It works. Press Next to choose from when customers count as waiting.</source>
        <translation>Berhasil. Tekan Berikutnya untuk memilih sejak kapan pelanggan dihitung sebagai menunggu.</translation>
    </message>
    <message>
        <source>Seller Desk signs in to read and to send, and saves nothing until both work.</source>
        <translation>Seller Desk masuk untuk membaca dan mengirim, dan tidak menyimpan apa pun sampai keduanya berhasil.</translation>
    </message>
    <message>
        <source>Trust this certificate and try again</source>
        <translation>Percayai sertifikat ini dan coba lagi</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>This computer has no password store, so Seller Desk keeps the password only until you close it and asks again at the next start. %1</source>
        <translation>Komputer ini tidak punya penyimpanan kata sandi, jadi Seller Desk menyimpan kata sandi hanya sampai Anda menutupnya dan akan menanyakannya lagi saat dibuka berikutnya. %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menghubungkan ke %1…</translation>
    </message>
    <message>
        <source>Sending mail did not work.</source>
        <translation>Gagal mengirim email.</translation>
    </message>
    <message>
        <source>Reading mail did not work.</source>
        <translation>Gagal membaca email.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Terjadi kesalahan tak terduga; detailnya ada di log.</translation>
    </message>
    <message>
        <source>Only trust it if you expected a certificate of your own (a home server or a small web host). Its fingerprint is:
%1</source>
        <translation>Percayai hanya jika Anda memang mengharapkan sertifikat sendiri (server di rumah atau hosting web kecil). Sidik jarinya:
%1</translation>
    </message>
    <message>
        <source>Go Back to correct the password.</source>
        <translation>Tekan Kembali untuk memperbaiki kata sandi.</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>(Counted among the newest %1 of %2 messages: there may be more.)</source>
        <translation>(Dihitung di antara %1 pesan terbaru dari %2: mungkin masih ada lagi.)</translation>
    </message>
    <message>
        <source>A waiting timer starts only for unanswered customer mail from this day on.</source>
        <translation>Penghitung waktu tunggu hanya berjalan untuk email pelanggan yang belum dibalas mulai tanggal ini.</translation>
    </message>
    <message>
        <source>Count customers as waiting from</source>
        <translation>Hitung pelanggan sebagai menunggu sejak</translation>
    </message>
    <message>
        <source>Counting the messages in your inbox…</source>
        <translation>Menghitung pesan di kotak masuk Anda…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Terjadi kesalahan tak terduga; detailnya ada di log.</translation>
    </message>
    <message>
        <source>Unanswered mail older than this is kept, listed and searchable, but no waiting timer runs for it. 0 counts only mail from today on.</source>
        <translation>Email belum dibalas yang lebih lama dari ini tetap disimpan, ditampilkan, dan bisa dicari, tetapi tanpa penghitung waktu tunggu. 0 hanya menghitung email mulai hari ini.</translation>
    </message>
    <message>
        <source>Which customers are waiting for you?</source>
        <translation>Pelanggan mana yang sedang menunggu Anda?</translation>
    </message>
    <message>
        <source>Your inbox could not be counted: %1 You can still go on; the choice works the same.</source>
        <translation>Kotak masuk Anda tidak bisa dihitung: %1 Anda tetap bisa lanjut; pilihan ini tetap berlaku sama.</translation>
    </message>
    <message>
        <source>or from the date</source>
        <translation>atau sejak tanggal</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n hari yang lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from today will count; %1 older ones are kept as history.</source>
        <translation>
            <numerusform>%n pesan dari hari ini akan dihitung; %1 pesan lebih lama disimpan sebagai riwayat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the last %1 days will count; %2 older ones are kept as history.</source>
        <translation>
            <numerusform>%n pesan dalam %1 hari terakhir akan dihitung; %2 pesan lebih lama disimpan sebagai riwayat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the last 24 hours will count; %1 older ones are kept as history.</source>
        <translation>
            <numerusform>%n pesan dalam 24 jam terakhir akan dihitung; %1 pesan lebih lama disimpan sebagai riwayat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) since %1 will count; %2 older ones are kept as history.</source>
        <translation>
            <numerusform>%n pesan sejak %1 akan dihitung; %2 pesan lebih lama disimpan sebagai riwayat.</numerusform>
        </translation>
    </message>
</context>
</TS>
