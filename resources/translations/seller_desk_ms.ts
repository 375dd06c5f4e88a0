<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>until reply</source>
        <translation>hingga pelanggan balas</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hingga %1</translation>
    </message>
    <message>
        <source>Past the reply target of %1 h: answer first</source>
        <translation>Melebihi sasaran masa balas %1 j: utamakan yang ini</translation>
    </message>
    <message>
        <source>At risk: the reply target of %1 h is close</source>
        <translation>Berisiko: sasaran masa balas %1 j hampir tiba</translation>
    </message>
    <message>
        <source>This conversation names orders that are not in your orders yet:</source>
        <translation>Perbualan ini menyebut pesanan yang belum ada dalam senarai pesanan anda:</translation>
    </message>
    <message>
        <source>Within the reply target</source>
        <translation>Dalam sasaran masa balas</translation>
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
        <translation>Mesej ini tidak dapat dibaca sepenuhnya; ia dipaparkan seperti yang diterima.</translation>
    </message>
    <message>
        <source>Images from the internet are hidden, so the sender cannot see when you read this.</source>
        <translation>Gambar dari internet disembunyikan, jadi pengirim tidak tahu bila anda membacanya.</translation>
    </message>
    <message>
        <source>Always show images from %1</source>
        <translation>Sentiasa papar gambar daripada %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Perbualan ini</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tag this conversation as %1</source>
        <translation>Tag perbualan ini sebagai %1</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Tangguh…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Link an order…</source>
        <translation>Pautkan pesanan…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baharu</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka semula</translation>
    </message>
    <message>
        <source>No order is linked yet. Link the order this customer writes about, or enter a new one.</source>
        <translation>Belum ada pesanan dipautkan. Pautkan pesanan yang ditanya oleh pelanggan ini, atau masukkan pesanan baharu.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lagi</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Diterima %1</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Anggaran tiba %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Peti masuk</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Akaun emel</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>+ Add a mailbox</source>
        <translation>+ Tambah akaun emel</translation>
    </message>
    <message>
        <source>%1: fetching %2 of %3</source>
        <translation>%1: mengambil %2 daripada %3</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: sedang menyemak…</translation>
    </message>
    <message>
        <source>%1: not checked, retry</source>
        <translation>%1: belum disemak, cuba lagi</translation>
    </message>
    <message>
        <source>%1 ✓ %2</source>
        <translation>%1 ✓ %2</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation>Klik untuk cuba lagi.</translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
        <translation>Menyemak emel baharu…</translation>
    </message>
    <message>
        <source>Click to check for new mail now (F5 checks every mailbox).</source>
        <translation>Klik untuk semak emel baharu sekarang (F5 menyemak semua akaun emel).</translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <extracomment>how long before the reply target a waiting customer is announced</extracomment>
        <translation>Emel baharu daripada %1</translation>
    </message>
    <message>
        <source>%1 is waiting past your reply target</source>
        <translation>%1 sudah menunggu melebihi sasaran masa balas anda</translation>
    </message>
    <message>
        <source>%1 left to answer %2</source>
        <translation>Tinggal %1 untuk membalas %2</translation>
    </message>
    <message>
        <source>Open Seller Desk</source>
        <translation>Buka Seller Desk</translation>
    </message>
    <message>
        <source>Check mail now</source>
        <translation>Semak emel sekarang</translation>
    </message>
    <message>
        <source>Notify me of new customer mail</source>
        <translation>Maklumkan saya tentang emel baharu daripada pelanggan</translation>
    </message>
    <message>
        <source>Notify me before a reply target is missed</source>
        <translation>Maklumkan saya sebelum sasaran masa balas terlepas</translation>
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
        <translation>%1 bait</translation>
    </message>
    <message>
        <source>%1: password needed</source>
        <translation>%1: perlukan kata laluan</translation>
    </message>
    <message>
        <source>%1: sign in again</source>
        <translation>%1: log masuk semula</translation>
    </message>
    <message>
        <source>%1: switched off</source>
        <translation>%1: dimatikan</translation>
    </message>
    <message>
        <source>Add this order</source>
        <translation>Tambah pesanan ini</translation>
    </message>
    <message>
        <source>Anyone can have an address at %1: only the sender is marked there</source>
        <translation>Sesiapa sahaja boleh ada alamat di %1: hanya pengirim itu ditandakan</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Batal hantar</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Chat on WhatsApp</source>
        <translation>Sembang di WhatsApp</translation>
    </message>
    <message>
        <source>Click to enter the password.</source>
        <translation>Klik untuk masukkan kata laluan.</translation>
    </message>
    <message>
        <source>Click to sign in again in your browser.</source>
        <translation>Klik untuk log masuk semula dalam pelayar web.</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Kedai demo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Sunting dan hantar semula</translation>
    </message>
    <message>
        <source>Everyone at %1</source>
        <translation>Semua di %1</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Sembunyikan teks petikan</translation>
    </message>
    <message>
        <source>If you discard them, what you typed here is lost.</source>
        <translation>Jika dibuang, apa yang anda taip di sini akan hilang.</translation>
    </message>
    <message>
        <source>Import a WhatsApp chat…</source>
        <translation>Import sembang WhatsApp…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Terus menyunting</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Masalah terakhir: %1</translation>
    </message>
    <message>
        <source>No open follow-up for this conversation or its orders.</source>
        <translation>Tiada susulan yang belum selesai untuk perbualan ini atau pesanannya.</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Bukan pelanggan</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Gagal dihantar</translation>
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
        <translation>Buka perbualan untuk mencuba lagi atau mengubah balasan. Pelanggan sedang menunggu semula.</translation>
    </message>
    <message>
        <source>Open the order form with %1 %2 and this customer filled in</source>
        <translation>Buka borang pesanan dengan %1 %2 dan pelanggan ini sudah diisi</translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation>Dipesan %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Menunggu untuk dihantar</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Menunggu untuk dihantar: %1</translation>
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
        <translation>Simpan perubahan anda sebelum menutup?</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sedang dihantar</translation>
    </message>
    <message>
        <source>Show images</source>
        <translation>Papar gambar</translation>
    </message>
    <message>
        <source>Their mail stays in All; undo in Settings</source>
        <translation>Emel mereka kekal dalam Semua; batalkan di Tetapan</translation>
    </message>
    <message>
        <source>This conversation has no messages.</source>
        <translation>Perbualan ini tiada mesej.</translation>
    </message>
    <message>
        <source>This mailbox is switched off: it is not checked for new mail, and its mail stays listed. Switch it on in Settings &gt; Mailboxes.</source>
        <translation>Akaun emel ini dimatikan: emel baharu tidak disemak, dan emelnya tetap disenaraikan. Hidupkan semula di Tetapan &gt; Akaun emel.</translation>
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
        <translation>Esok, %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>Trying again</source>
        <translation>Mencuba lagi</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Pengirim tidak diketahui</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Semalam</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Semalam, %1</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Balasan anda</translation>
    </message>
    <message>
        <source>Your reply is being sent now.</source>
        <translation>Balasan anda sedang dihantar sekarang.</translation>
    </message>
    <message>
        <source>Your reply waits in the outbox and goes out by itself as soon as the mail server takes it.</source>
        <translation>Balasan anda menunggu di peti keluar dan akan dihantar sendiri sebaik sahaja pelayan emel menerimanya.</translation>
    </message>
    <message>
        <source>Your reply was not sent.</source>
        <translation>Balasan anda tidak dihantar.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatik</translation>
    </message>
    <message>
        <source>··· Show quoted text</source>
        <translation>··· Papar teks petikan</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>account name</source>
        <translation>nama akaun</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>warna</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>alamat emel</translation>
    </message>
    <message>
        <source>incoming mail port</source>
        <translation>port emel masuk</translation>
    </message>
    <message>
        <source>incoming mail server (IMAP)</source>
        <translation>pelayan emel masuk (IMAP)</translation>
    </message>
    <message>
        <source>outgoing mail port</source>
        <translation>port emel keluar</translation>
    </message>
    <message>
        <source>outgoing mail server (SMTP)</source>
        <translation>pelayan emel keluar (SMTP)</translation>
    </message>
    <message>
        <source>outgoing mail user name</source>
        <translation>nama pengguna emel keluar</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>penyedia emel</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>nama pengirim</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>tandatangan</translation>
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
        <translation>&amp;Seterusnya &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>Add a mailbox</source>
        <translation>Tambah akaun emel</translation>
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
        <translation>Esok pagi</translation>
    </message>
    <message>
        <source>Next week (Monday morning)</source>
        <translation>Minggu depan (Isnin pagi)</translation>
    </message>
    <message>
        <source>Until the customer replies</source>
        <translation>Sehingga pelanggan membalas</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Pemulangan</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Bayaran balik</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Soalan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Bayaran</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Maklum balas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
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
        <translation>Akaun emel mana yang pelanggan anda guna?</translation>
    </message>
    <message>
        <source>Seller Desk reads it with IMAP and answers through it. Your password stays in this computer&apos;s password store.</source>
        <translation>Seller Desk membacanya melalui IMAP dan membalas melaluinya. Kata laluan anda kekal dalam storan kata laluan komputer ini.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Alamat emel</translation>
    </message>
    <message>
        <source>Name in Seller Desk</source>
        <translation>Nama dalam Seller Desk</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>for example: Shop Gmail</source>
        <translation>contohnya: Gmail Kedai</translation>
    </message>
    <message>
        <source>Shop mail (%1)</source>
        <translation>Emel kedai (%1)</translation>
    </message>
    <message>
        <source>%1 is in Seller Desk already.</source>
        <translation>%1 sudah ada dalam Seller Desk.</translation>
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
        <translation>Ruang kosong untuk diisi: %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close this mail conversation: the customer is answered on WhatsApp</source>
        <translation>Tutup perbualan emel ini: pelanggan sudah dijawab di WhatsApp</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Saya sudah hantar</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>Buka di WhatsApp</translation>
    </message>
    <message>
        <source>Send it in WhatsApp, then press “I sent it” so the answer is kept in the customer&apos;s history.</source>
        <translation>Hantar dalam WhatsApp, kemudian tekan “Saya sudah hantar” supaya jawapan disimpan dalam sejarah pelanggan.</translation>
    </message>
    <message>
        <source>The answer could not be kept; the details are in the log.</source>
        <translation>Jawapan tidak dapat disimpan; butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>This customer has no phone number WhatsApp can use: add it to the customer first.</source>
        <translation>Pelanggan ini tiada nombor telefon yang boleh digunakan WhatsApp: tambah nombornya dahulu.</translation>
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
        <translation>Balas kepada semua</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Majukan</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mesej baharu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>%1 replied to this customer at %2, after you opened this conversation.</source>
        <translation>%1 telah membalas pelanggan ini pada %2, selepas anda membuka perbualan ini.</translation>
    </message>
    <message>
        <source>Filled in since the draft was saved: %1.</source>
        <translation>Sudah diisi sejak draf disimpan: %1.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Daripada</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Terus menyunting</translation>
    </message>
    <message>
        <source>Read what they wrote (below) before you send yours. Send your reply too?</source>
        <translation>Baca apa yang ditulisnya (di bawah) sebelum menghantar balasan anda. Hantar balasan anda juga?</translation>
    </message>
    <message>
        <source>Send mine too</source>
        <translation>Hantar balasan saya juga</translation>
    </message>
    <message>
        <source>Set up now</source>
        <translation>Sediakan sekarang</translation>
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
        <translation>Tulis jawapan anda. Taip / dan pintasan (contohnya /thanks) untuk memasukkan templat, atau tekan Ctrl+T untuk memilih.</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Templat…</translation>
    </message>
    <message>
        <source>Insert a ready answer (Ctrl+T, or type /)</source>
        <translation>Masukkan jawapan templat (Ctrl+T, atau taip /)</translation>
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
        <translation>Hantar</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Hantar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cc, from, subject</source>
        <translation>Cc, daripada, subjek</translation>
    </message>
    <message>
        <source>Show the copy, sender and subject lines</source>
        <translation>Papar baris salinan, pengirim dan subjek</translation>
    </message>
    <message>
        <source>Go to the blank</source>
        <translation>Pergi ke ruang kosong</translation>
    </message>
    <message>
        <source>Send without them</source>
        <translation>Hantar juga</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Draf dipulihkan</translation>
    </message>
    <message>
        <source>The message could not be prepared. Details are in the log.</source>
        <translation>Mesej tidak dapat disediakan. Butiran ada dalam log.</translation>
    </message>
    <message>
        <source>No template has the shortcut /%1.</source>
        <translation>Tiada templat dengan pintasan /%1.</translation>
    </message>
    <message>
        <source>Fill in the highlighted blanks before sending: %1.</source>
        <translation>Isi ruang kosong yang ditandakan sebelum menghantar: %1.</translation>
    </message>
    <message>
        <source>Blanks to fill in: %1.</source>
        <translation>Ruang kosong untuk diisi: %1.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan fail</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Draf disimpan %1</translation>
    </message>
    <message>
        <source>The message is empty: write your answer first.</source>
        <translation>Mesej kosong: tulis jawapan anda dahulu.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sedang menghantar…</translation>
    </message>
    <message>
        <source>The message could not be queued. Nothing was sent; details are in the log.</source>
        <translation>Mesej tidak dapat disediakan untuk dihantar. Tiada apa-apa dihantar; butiran ada dalam log.</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>New message</source>
        <translation>Mesej baharu</translation>
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
        <translation>Kembali ke senarai (Esc)</translation>
    </message>
    <message>
        <source>%1 also has this conversation open.</source>
        <translation>%1 juga sedang membuka perbualan ini.</translation>
    </message>
    <message>
        <source>%1 is replying to this customer now.</source>
        <translation>%1 sedang membalas pelanggan ini.</translation>
    </message>
    <message>
        <source>A WhatsApp chat imported from an export: answer the customer in WhatsApp. Import a newer export to add what came since.</source>
        <translation>Sembang WhatsApp yang diimport daripada eksport: balas pelanggan dalam WhatsApp. Import eksport yang lebih baharu untuk menambah mesej selepas itu.</translation>
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
        <translation>Serahkan kepada…</translation>
    </message>
    <message>
        <source>Could not save the message: %1</source>
        <translation>Tidak dapat menyimpan mesej: %1</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Mesej emel (*.eml)</translation>
    </message>
    <message>
        <source>Family, bank, courier, newsletter: stop their mail waiting on you (n)</source>
        <translation>Keluarga, bank, kurier, surat berita: emel mereka tidak lagi menunggu balasan anda (n)</translation>
    </message>
    <message>
        <source>Marked as not a customer: this mail no longer waits on you. It stays in All conversations; undo it in Settings, Not customers.</source>
        <translation>Ditandakan bukan pelanggan: emel ini tidak lagi menunggu balasan anda. Ia kekal dalam Semua perbualan; batalkan di Tetapan, Bukan pelanggan.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tiada sesiapa</translation>
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
        <translation>Majukan  f</translation>
    </message>
    <message>
        <source>Save message as .eml</source>
        <translation>Simpan mesej sebagai .eml</translation>
    </message>
    <message>
        <source>Saving the message…</source>
        <translation>Menyimpan mesej…</translation>
    </message>
    <message>
        <source>Snooze  s</source>
        <translation>Tangguh  s</translation>
    </message>
    <message>
        <source>Tag  t</source>
        <translation>Tag  t</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The conversation could not be assigned; details are in the log.</source>
        <translation>Perbualan ini tidak dapat diserahkan; butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>The message could not be saved. Details are in the log.</source>
        <translation>Mesej tidak dapat disimpan. Butiran ada dalam log.</translation>
    </message>
    <message>
        <source>j/k next or previous · Esc back</source>
        <translation>j/k seterusnya atau sebelumnya · Esc kembali</translation>
    </message>
    <message>
        <source>This conversation could not be read. Details are in the log.</source>
        <translation>Perbualan ini tidak dapat dibaca. Butiran ada dalam log.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(tiada subjek)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka semula</translation>
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
        <translation>Ditangguhkan</translation>
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
        <translation>Muat turun lain masih berjalan.</translation>
    </message>
    <message>
        <source>Downloading %1 (%2)…</source>
        <translation>Memuat turun %1 (%2)…</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded. Details are in the log.</source>
        <translation>Lampiran tidak dapat dimuat turun. Butiran ada dalam log.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Tidak dapat menyimpan ke %1: %2</translation>
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
        <translation>Menunggu untuk dihantar. Mesej akan dihantar sebaik sahaja pelayan emel dapat dihubungi.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sedang menghantar…</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Gagal dihantar.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Enter the full email address, like shop@example.com.</source>
        <comment>account.email_incomplete</comment>
        <translation>Masukkan alamat emel yang penuh, contohnya kedai@example.com.</translation>
    </message>
    <message>
        <source>An account for {email} exists already.</source>
        <comment>account.exists</comment>
        <translation>Akaun untuk {email} sudah ada.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <comment>account.fingerprint_length</comment>
        <translation>Cap jari sijil mesti 64 digit heksadesimal (SHA-256).</translation>
    </message>
    <message>
        <source>Enter the incoming (IMAP) mail server.</source>
        <comment>account.imap_host_missing</comment>
        <translation>Masukkan pelayan emel masuk (IMAP).</translation>
    </message>
    <message>
        <source>Give the account a name, like &quot;Shop Gmail&quot;.</source>
        <comment>account.name_missing</comment>
        <translation>Beri nama kepada akaun ini, contohnya “Gmail Kedai”.</translation>
    </message>
    <message>
        <source>There is no account called “{name}”.</source>
        <comment>account.not_found</comment>
        <translation>Tiada akaun bernama “{name}”.</translation>
    </message>
    <message>
        <source>See the list with: seller-desk account list</source>
        <comment>account.not_found_hint</comment>
        <translation>Lihat senarainya dengan: seller-desk account list</translation>
    </message>
    <message>
        <source>Check how it is spelt.</source>
        <comment>account.email_check_spelling</comment>
        <translation>Semak ejaannya.</translation>
    </message>
    <message>
        <source>“{auth}” is not a way this mailbox can sign in.</source>
        <comment>account.auth_unknown</comment>
        <translation>“{auth}” bukan cara akaun emel ini boleh log masuk.</translation>
    </message>
    <message>
        <source>The part of the email address after the @ (“{domain}”) is not a valid domain, like example.com.</source>
        <comment>account.email_domain_invalid</comment>
        <translation>Bahagian alamat emel selepas @ (“{domain}”) bukan domain yang sah. Domain sepatutnya seperti example.com.</translation>
    </message>
    <message>
        <source>The email address has a dot at the start or end of its first part, or two dots in a row.</source>
        <comment>account.email_dots</comment>
        <translation>Bahagian sebelum @ dalam alamat emel ini bermula atau berakhir dengan titik, atau ada dua titik berturut-turut.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is too long: at most {limit} characters, not {length}.</source>
        <comment>account.email_local_too_long</comment>
        <translation>Bahagian alamat emel sebelum @ terlalu panjang ({length} aksara): maksimum {limit} aksara.</translation>
    </message>
    <message>
        <source>Enter one full email address, like shop@example.com.</source>
        <comment>account.email_not_one</comment>
        <translation>Masukkan satu alamat emel yang penuh, contohnya kedai@example.com.</translation>
    </message>
    <message>
        <source>Type just the address, like shop@example.com.</source>
        <comment>account.email_type_address</comment>
        <translation>Taip alamatnya sahaja, contohnya kedai@example.com.</translation>
    </message>
    <message>
        <source>The {field} contains a line break or another invisible control character.</source>
        <comment>account.field_control_chars</comment>
        <translation>{field} mengandungi baris baharu atau aksara kawalan lain yang tidak kelihatan.</translation>
    </message>
    <message>
        <source>The {field} is too long: at most {limit} characters, not {length}.</source>
        <comment>account.field_too_long</comment>
        <translation>{field} terlalu panjang ({length} aksara): maksimum {limit} aksara.</translation>
    </message>
    <message>
        <source>The {field} “{value}” is not a valid server name.</source>
        <comment>account.host_invalid</comment>
        <translation>“{value}” yang ditaip untuk {field} bukan nama pelayan yang sah.</translation>
    </message>
    <message>
        <source>A server name is like imap.example.com.</source>
        <comment>account.host_name_like</comment>
        <translation>Contoh nama pelayan: imap.example.com.</translation>
    </message>
    <message>
        <source>A server name is like imap.example.com: letters, digits and hyphens, in parts joined by dots.</source>
        <comment>account.host_name_rules</comment>
        <translation>Nama pelayan seperti imap.example.com terdiri daripada huruf, angka dan tanda sempang, dalam bahagian yang dipisahkan oleh titik.</translation>
    </message>
    <message>
        <source>The {field} “{value}” is not a valid server name (at most {limit} characters).</source>
        <comment>account.host_name_too_long</comment>
        <translation>“{value}” yang ditaip untuk {field} bukan nama pelayan yang sah (maksimum {limit} aksara).</translation>
    </message>
    <message>
        <source>The {field} “{value}” is not a server name.</source>
        <comment>account.host_not_a_name</comment>
        <translation>“{value}” yang ditaip untuk {field} bukan nama pelayan.</translation>
    </message>
    <message>
        <source>The {field} “{value}” is not a valid server name (each part between dots has at most {limit} characters).</source>
        <comment>account.host_part_too_long</comment>
        <translation>“{value}” yang ditaip untuk {field} bukan nama pelayan yang sah (setiap bahagian di antara titik maksimum {limit} aksara).</translation>
    </message>
    <message>
        <source>The {field} is just the server&apos;s name, like imap.example.com, without a &quot;/&quot;, &quot;@&quot; or anything after the name.</source>
        <comment>account.host_path</comment>
        <translation>Untuk {field}, taip nama pelayan sahaja, contohnya imap.example.com, tanpa “/”, “@” atau apa-apa selepas nama itu.</translation>
    </message>
    <message>
        <source>The {field} is just the server&apos;s name, like imap.example.com, without &quot;http://&quot; or &quot;imaps://&quot; before it.</source>
        <comment>account.host_scheme</comment>
        <translation>Untuk {field}, taip nama pelayan sahaja, contohnya imap.example.com, tanpa “http://” atau “imaps://” di hadapannya.</translation>
    </message>
    <message>
        <source>The {field} contains a space, a line break or another invisible character.</source>
        <comment>account.host_spaces</comment>
        <translation>{field} mengandungi jarak (space), baris baharu atau aksara lain yang tidak kelihatan.</translation>
    </message>
    <message>
        <source>The {field} is too long: a server name has at most {limit} characters, not {length}.</source>
        <comment>account.host_too_long</comment>
        <translation>{field} terlalu panjang ({length} aksara): nama pelayan maksimum {limit} aksara.</translation>
    </message>
    <message>
        <source>Type just the name, like imap.example.com.</source>
        <comment>account.host_type_name</comment>
        <translation>Taip namanya sahaja, contohnya imap.example.com.</translation>
    </message>
    <message>
        <source>The {field} is just the server&apos;s name, like “{host}”, without &quot;:{port}&quot;.</source>
        <comment>account.host_with_port</comment>
        <translation>Untuk {field}, taip nama pelayan sahaja, iaitu “{host}”, tanpa “:{port}”.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <comment>account.password_empty</comment>
        <translation>Taip kata laluan.</translation>
    </message>
    <message>
        <source>Put the port in the port field.</source>
        <comment>account.port_own_field</comment>
        <translation>Masukkan nombor port dalam ruangan port.</translation>
    </message>
    <message>
        <source>The {field} is a number from 1 to 65535.</source>
        <comment>account.port_range</comment>
        <translation>{field} mesti nombor antara 1 hingga 65535.</translation>
    </message>
    <message>
        <source>Choose {providers}.</source>
        <comment>account.provider_hint</comment>
        <translation>Pilih salah satu: {providers}.</translation>
    </message>
    <message>
        <source>Unknown provider “{provider}”.</source>
        <comment>account.provider_unknown</comment>
        <translation>Penyedia emel “{provider}” tidak dikenali.</translation>
    </message>
    <message>
        <source>Security must be SSL, STARTTLS or none.</source>
        <comment>account.security_unknown</comment>
        <translation>Keselamatan mesti SSL, STARTTLS atau none (tanpa penyulitan).</translation>
    </message>
    <message>
        <source>Unknown account setting(s): {names}.</source>
        <comment>account.settings_unknown</comment>
        <translation>Tetapan akaun tidak dikenali: {names}.</translation>
    </message>
    <message>
        <source>{email} signs in with a password, not with a browser sign-in.</source>
        <comment>account.signs_in_with_password</comment>
        <translation>{email} log masuk dengan kata laluan, bukan melalui pelayar web.</translation>
    </message>
    <message>
        <source>Change its password with: seller-desk account edit ACCOUNT --password</source>
        <comment>account.signs_in_with_password_hint</comment>
        <translation>Tukar kata laluannya dengan: seller-desk account edit AKAUN --password</translation>
    </message>
    <message>
        <source>The sync window is a number of days from 0 (all mail) to 36500.</source>
        <comment>account.sync_window_range</comment>
        <translation>Tempoh penyegerakan ialah bilangan hari dari 0 (semua emel) hingga 36500.</translation>
    </message>
    <message>
        <source>Type it again.</source>
        <comment>account.type_again</comment>
        <translation>Taip semula.</translation>
    </message>
    <message>
        <source>Type it again on one line.</source>
        <comment>account.type_on_one_line</comment>
        <translation>Taip semula dalam satu baris.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address.</source>
        <comment>address.invalid</comment>
        <translation>“{address}” bukan alamat emel.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <comment>backup.cancelled</comment>
        <translation>Sandaran dibatalkan.</translation>
    </message>
    <message>
        <source>{name} is damaged, so it cannot be restored.</source>
        <comment>backup.damaged</comment>
        <translation>{name} rosak, jadi tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Choose an older backup.</source>
        <comment>backup.damaged_hint</comment>
        <translation>Pilih sandaran yang lebih lama.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a Seller Desk backup.</source>
        <comment>backup.damaged_or_foreign</comment>
        <translation>{name} rosak atau bukan sandaran Seller Desk.</translation>
    </message>
    <message>
        <source>Choose another backup file.</source>
        <comment>backup.damaged_or_foreign_hint</comment>
        <translation>Pilih fail sandaran yang lain.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written.</source>
        <comment>backup.disk_full</comment>
        <translation>Cakera penuh, jadi sandaran tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Free some space or choose another drive.</source>
        <comment>backup.disk_full_hint</comment>
        <translation>Kosongkan sedikit ruang atau pilih pendrive atau cakera lain.</translation>
    </message>
    <message>
        <source>That file is the database Seller Desk has open.</source>
        <comment>backup.is_live</comment>
        <translation>Fail itu ialah pangkalan data yang sedang dibuka oleh Seller Desk.</translation>
    </message>
    <message>
        <source>Choose another file or folder for the backup.</source>
        <comment>backup.is_live_hint</comment>
        <translation>Pilih fail atau folder lain untuk sandaran.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <comment>backup.missing</comment>
        <translation>Fail {path} tidak wujud.</translation>
    </message>
    <message>
        <source>{name} was made by a newer Seller Desk.</source>
        <comment>backup.newer</comment>
        <translation>{name} dibuat oleh Seller Desk versi yang lebih baharu.</translation>
    </message>
    <message>
        <source>Install the newest Seller Desk, then restore it.</source>
        <comment>backup.newer_hint</comment>
        <translation>Pasang Seller Desk versi terbaharu, kemudian pulihkan semula.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <comment>backup.no_database</comment>
        <translation>Tiada pangkalan data yang dibuka.</translation>
    </message>
    <message>
        <source>{name} is not a Seller Desk backup.</source>
        <comment>backup.not_ours</comment>
        <translation>{name} bukan sandaran Seller Desk.</translation>
    </message>
    <message>
        <source>Choose a file made with Backup (its name ends in .sqlite3).</source>
        <comment>backup.not_ours_hint</comment>
        <translation>Pilih fail yang dibuat dengan Sandarkan sekarang (namanya berakhir dengan .sqlite3).</translation>
    </message>
    <message>
        <source>Seller Desk could not restore {name}: {reason}.</source>
        <comment>backup.restore_failed</comment>
        <translation>Seller Desk tidak dapat memulihkan {name}: {reason}.</translation>
    </message>
    <message>
        <source>Your data is unchanged; a copy of it is in {path}.</source>
        <comment>backup.restore_failed_hint</comment>
        <translation>Data anda tidak berubah; salinannya ada di {path}.</translation>
    </message>
    <message>
        <source>This is a shared team database on a server; Seller Desk cannot back it up into one file.</source>
        <comment>backup.server_database</comment>
        <translation>Ini pangkalan data pasukan yang dikongsi di pelayan; Seller Desk tidak dapat menyandarkannya ke dalam satu fail.</translation>
    </message>
    <message>
        <source>Ask whoever runs the PostgreSQL server to back it up with pg_dump.</source>
        <comment>backup.server_database_hint</comment>
        <translation>Minta orang yang menguruskan pelayan PostgreSQL itu menyandarkannya dengan pg_dump.</translation>
    </message>
    <message>
        <source>Seller Desk cannot read {path}: {reason}.</source>
        <comment>backup.unreadable</comment>
        <translation>Seller Desk tidak dapat membaca {path}: {reason}.</translation>
    </message>
    <message>
        <source>Seller Desk could not write the backup to {path}.</source>
        <comment>backup.write_failed</comment>
        <translation>Seller Desk tidak dapat menyimpan sandaran ke {path}.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, such as Documents or a USB drive.</source>
        <comment>backup.write_failed_hint</comment>
        <translation>Pilih folder yang anda boleh simpan fail, seperti Documents atau pendrive.</translation>
    </message>
    <message>
        <source>Holidays for “{subdivision}” are unknown; using the country&apos;s public holidays only.</source>
        <comment>clock.subdivision_unknown</comment>
        <translation>Cuti untuk “{subdivision}” tidak diketahui; hanya cuti umum negara digunakan.</translation>
    </message>
    <message>
        <source>Seller Desk cannot send to “{address}”: letters before the @ must be Latin letters, digits or punctuation.</source>
        <comment>compose.address_not_latin</comment>
        <translation>Seller Desk tidak dapat menghantar ke “{address}”: bahagian sebelum @ hanya boleh ada huruf Latin, angka atau tanda baca.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({reason}).</source>
        <comment>compose.file_unreadable</comment>
        <translation>Fail {name} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>There is no mail account to send from.</source>
        <comment>compose.no_account</comment>
        <translation>Belum ada akaun emel untuk menghantar.</translation>
    </message>
    <message>
        <source>Add your shop&apos;s mailbox first (in the sidebar: + Add a mailbox).</source>
        <comment>compose.no_account_hint</comment>
        <translation>Tambah dahulu akaun emel kedai anda (di bar sisi: + Tambah akaun emel).</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <comment>compose.no_recipient</comment>
        <translation>Tambah sekurang-kurangnya seorang penerima.</translation>
    </message>
    <message>
        <source>The attachments are too big to send by email ({size} MB).</source>
        <comment>compose.too_big</comment>
        <translation>Lampiran terlalu besar untuk dihantar melalui emel ({size} MB).</translation>
    </message>
    <message>
        <source>Most mail providers accept about {limit} MB: send fewer or smaller files, or share a link.</source>
        <comment>compose.too_big_hint</comment>
        <translation>Kebanyakan penyedia emel hanya menerima sekitar {limit} MB: hantar fail yang lebih sedikit atau lebih kecil, atau kongsi pautan.</translation>
    </message>
    <message>
        <source>The message still has placeholders that could not be filled: {names}.</source>
        <comment>compose.unfilled</comment>
        <translation>Mesej ini masih ada ruang isian yang belum dapat diisi: {names}.</translation>
    </message>
    <message>
        <source>Replace them with the right words before sending.</source>
        <comment>compose.unfilled_hint</comment>
        <translation>Gantikannya dengan perkataan yang betul sebelum menghantar.</translation>
    </message>
    <message>
        <source>A conversation cannot be resolved before it began.</source>
        <comment>conversation.resolved_before_start</comment>
        <translation>Perbualan tidak boleh diselesaikan sebelum ia bermula.</translation>
    </message>
    <message>
        <source>Use one of: {tags}.</source>
        <comment>conversation.tag_hint</comment>
        <translation>Guna salah satu: {tags}.</translation>
    </message>
    <message>
        <source>“{tag}” is not a tag.</source>
        <comment>conversation.tag_unknown</comment>
        <translation>“{tag}” bukan tag yang dikenali.</translation>
    </message>
    <message>
        <source>The password store could not be read.</source>
        <comment>credentials.unreadable</comment>
        <translation>Simpanan kata laluan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Unlock your keyring (it may be asking for your login password), then retry.</source>
        <comment>credentials.unreadable_hint</comment>
        <translation>Buka kunci keyring anda (mungkin ia sedang meminta kata laluan log masuk komputer), kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>{email} already belongs to {name}.</source>
        <comment>customer.email_taken</comment>
        <translation>{email} sudah digunakan oleh {name}.</translation>
    </message>
    <message>
        <source>{email} already belongs to another customer.</source>
        <comment>customer.email_taken_unnamed</comment>
        <translation>{email} sudah digunakan oleh pelanggan lain.</translation>
    </message>
    <message>
        <source>{email} belongs to no customer.</source>
        <comment>customer.email_unknown</comment>
        <translation>{email} bukan milik mana-mana pelanggan.</translation>
    </message>
    <message>
        <source>Merge the two customers instead.</source>
        <comment>customer.merge_hint</comment>
        <translation>Gabungkan sahaja kedua-dua pelanggan itu.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <comment>customer.merge_self</comment>
        <translation>Pelanggan tidak boleh digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>{email} is the only address of {name}.</source>
        <comment>customer.only_address</comment>
        <translation>{email} ialah satu-satunya alamat {name}.</translation>
    </message>
    <message>
        <source>{email} is the only address of this customer.</source>
        <comment>customer.only_address_unnamed</comment>
        <translation>{email} ialah satu-satunya alamat pelanggan ini.</translation>
    </message>
    <message>
        <source>Write it with the country code, e.g. +60 12-345 6789.</source>
        <comment>customer.phone_hint</comment>
        <translation>Tulis bersama kod negara, cth. +60 12-345 6789.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number.</source>
        <comment>customer.phone_invalid</comment>
        <translation>“{phone}” bukan nombor telefon.</translation>
    </message>
    <message>
        <source>Use only the fields listed with the template.</source>
        <comment>documents.field_hint</comment>
        <translation>Guna hanya medan yang disenaraikan bersama templat.</translation>
    </message>
    <message>
        <source>Unknown field in the template: {names}</source>
        <comment>documents.field_unknown</comment>
        <translation>Medan tidak dikenali dalam templat: {names}</translation>
    </message>
    <message>
        <source>Choose a packing slip, an invoice or a receipt.</source>
        <comment>documents.kind_hint</comment>
        <translation>Pilih slip pembungkusan, invois atau resit.</translation>
    </message>
    <message>
        <source>Seller Desk cannot print a “{kind}”.</source>
        <comment>documents.kind_unknown</comment>
        <translation>Seller Desk tidak boleh mencetak “{kind}”.</translation>
    </message>
    <message>
        <source>Choose en, ms or id.</source>
        <comment>documents.language_hint</comment>
        <translation>Pilih en, ms atau id.</translation>
    </message>
    <message>
        <source>There are no papers in “{language}”.</source>
        <comment>documents.language_unknown</comment>
        <translation>Tiada dokumen dalam “{language}”.</translation>
    </message>
    <message>
        <source>There is no {kind} template in {language}.</source>
        <comment>documents.no_template</comment>
        <translation>Tiada templat {kind} dalam {language}.</translation>
    </message>
    <message>
        <source>That order no longer exists.</source>
        <comment>documents.order_gone</comment>
        <translation>Pesanan itu sudah tiada.</translation>
    </message>
    <message>
        <source>No order has the number {number}.</source>
        <comment>documents.order_unknown</comment>
        <translation>Tiada pesanan dengan nombor {number}.</translation>
    </message>
    <message>
        <source>{name} could not be written.</source>
        <comment>documents.pdf_failed</comment>
        <translation>{name} tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Check that the folder exists and the disk has room, then try again.</source>
        <comment>documents.pdf_failed_hint</comment>
        <translation>Pastikan folder itu wujud dan cakera masih ada ruang, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <comment>export.cancelled</comment>
        <translation>Eksport dihentikan; tiada fail ditulis.</translation>
    </message>
    <message>
        <source>The decimal mark is a point or a comma.</source>
        <comment>export.decimal_invalid</comment>
        <translation>Tanda perpuluhan mesti titik atau koma.</translation>
    </message>
    <message>
        <source>The decimal mark cannot be the column separator.</source>
        <comment>export.decimal_is_separator</comment>
        <translation>Tanda perpuluhan tidak boleh sama dengan pemisah lajur.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <comment>export.folder_missing</comment>
        <translation>Folder {folder} tidak wujud.</translation>
    </message>
    <message>
        <source>Choose another place for the file.</source>
        <comment>export.folder_missing_hint</comment>
        <translation>Pilih tempat lain untuk fail ini.</translation>
    </message>
    <message>
        <source>Choose csv or xlsx.</source>
        <comment>export.format_hint</comment>
        <translation>Pilih csv atau xlsx.</translation>
    </message>
    <message>
        <source>Cannot write a “{format}” file.</source>
        <comment>export.format_unknown</comment>
        <translation>Tidak dapat menulis fail “{format}”.</translation>
    </message>
    <message>
        <source>Choose one of: {kinds}.</source>
        <comment>export.kind_hint</comment>
        <translation>Pilih salah satu: {kinds}.</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”.</source>
        <comment>export.kind_unknown</comment>
        <translation>“{kind}” tidak boleh dieksport.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <comment>export.period_reversed</comment>
        <translation>Tarikh tamat lebih awal daripada tarikh mula.</translation>
    </message>
    <message>
        <source>Use &quot;,&quot; or &quot;;&quot; (or a tab).</source>
        <comment>export.separator_hint</comment>
        <translation>Guna &quot;,&quot; atau &quot;;&quot; (atau tab).</translation>
    </message>
    <message>
        <source>“{separator}” cannot separate columns.</source>
        <comment>export.separator_invalid</comment>
        <translation>“{separator}” tidak boleh digunakan untuk memisahkan lajur.</translation>
    </message>
    <message>
        <source>Seller Desk could not write {path}: {reason}.</source>
        <comment>export.write_failed</comment>
        <translation>Seller Desk tidak dapat menyimpan {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check that the folder is yours and the disk is not full.</source>
        <comment>export.write_failed_hint</comment>
        <translation>Pastikan folder itu milik anda dan cakera tidak penuh.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <comment>import.bad_amount</comment>
        <translation>“{value}” bukan amaun yang sah.</translation>
    </message>
    <message>
        <source>“{value}” is not a date Seller Desk can read.</source>
        <comment>import.bad_date</comment>
        <translation>“{value}” bukan tarikh yang boleh dibaca oleh Seller Desk.</translation>
    </message>
    <message>
        <source>The quantity “{value}” is not a whole number of at least 1.</source>
        <comment>import.bad_quantity</comment>
        <translation>Kuantiti “{value}” bukan nombor bulat sekurang-kurangnya 1.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved.</source>
        <comment>import.cancelled</comment>
        <translation>Import dihentikan. Tiada apa-apa disimpan.</translation>
    </message>
    <message>
        <source>There is a tracking number but no courier.</source>
        <comment>import.courier_missing</comment>
        <translation>Ada nombor tracking tetapi tiada kurier.</translation>
    </message>
    <message>
        <source>The courier “{courier}” is not one Seller Desk knows.</source>
        <comment>import.courier_unknown</comment>
        <translation>Kurier “{courier}” tidak dikenali oleh Seller Desk.</translation>
    </message>
    <message>
        <source>{name} holds no orders.</source>
        <comment>import.empty</comment>
        <translation>{name} tidak mengandungi sebarang pesanan.</translation>
    </message>
    <message>
        <source>The file {name} is not there any more.</source>
        <comment>import.file_missing</comment>
        <translation>Fail {name} sudah tiada.</translation>
    </message>
    <message>
        <source>The file {name} could not be read: it may be damaged or still downloading.</source>
        <comment>import.file_unreadable</comment>
        <translation>Fail {name} tidak dapat dibaca: mungkin rosak atau masih dimuat turun.</translation>
    </message>
    <message>
        <source>Download the export again from the Seller Centre and import it without opening it in a spreadsheet first.</source>
        <comment>import.file_unreadable_hint</comment>
        <translation>Muat turun semula eksport daripada Seller Centre dan importnya tanpa membukanya dalam Excel dahulu.</translation>
    </message>
    <message>
        <source>Choose the .xlsx or .csv file you downloaded from the Seller Centre.</source>
        <comment>import.format_hint</comment>
        <translation>Pilih fail .xlsx atau .csv yang anda muat turun daripada Seller Centre.</translation>
    </message>
    <message>
        <source>Seller Desk cannot import {name}.</source>
        <comment>import.format_unknown</comment>
        <translation>Seller Desk tidak dapat mengimport {name}.</translation>
    </message>
    <message>
        <source>Choose which column holds the order number, the product and the rest; Seller Desk remembers your choice for the next file.</source>
        <comment>import.layout_hint</comment>
        <translation>Pilih lajur yang mengandungi nombor pesanan, produk dan selebihnya; Seller Desk akan ingat pilihan anda untuk fail seterusnya.</translation>
    </message>
    <message>
        <source>Seller Desk does not recognise the columns of {name}.</source>
        <comment>import.layout_unknown</comment>
        <translation>Seller Desk tidak mengenali lajur dalam {name}.</translation>
    </message>
    <message>
        <source>Choose the columns that hold the order number and the product name.</source>
        <comment>import.mapping_incomplete</comment>
        <translation>Pilih lajur yang mengandungi nombor pesanan dan nama produk.</translation>
    </message>
    <message>
        <source>Give this kind of file a name, such as the shop it comes from.</source>
        <comment>import.mapping_name_missing</comment>
        <translation>Beri nama untuk jenis fail ini, contohnya nama kedai asalnya.</translation>
    </message>
    <message>
        <source>The order has no items.</source>
        <comment>import.no_items</comment>
        <translation>Pesanan ini tiada item.</translation>
    </message>
    <message>
        <source>The order number is missing.</source>
        <comment>import.no_number</comment>
        <translation>Nombor pesanan belum diisi.</translation>
    </message>
    <message>
        <source>The product name is missing.</source>
        <comment>import.no_title</comment>
        <translation>Nama produk tiada.</translation>
    </message>
    <message>
        <source>Use one of: {sources}.</source>
        <comment>import.source_hint</comment>
        <translation>Gunakan salah satu: {sources}.</translation>
    </message>
    <message>
        <source>“{source}” is not an import source Seller Desk knows.</source>
        <comment>import.source_unknown</comment>
        <translation>“{source}” bukan sumber import yang dikenali oleh Seller Desk.</translation>
    </message>
    <message>
        <source>The order status “{value}” is not one Seller Desk knows.</source>
        <comment>import.status_unknown</comment>
        <translation>Status pesanan “{value}” tidak dikenali oleh Seller Desk.</translation>
    </message>
    <message>
        <source>Check the user name and the password.</source>
        <comment>mail.auth_hint</comment>
        <translation>Semak nama pengguna dan kata laluan.</translation>
    </message>
    <message>
        <source>Gmail accepts an app password here, not your Google password: with 2-Step Verification on, create one at myaccount.google.com/apppasswords and use it.</source>
        <comment>mail.auth_hint_gmail</comment>
        <translation>Di sini Gmail perlukan kata laluan aplikasi (app password), bukan kata laluan Google anda: hidupkan Pengesahan 2 Langkah, buat satu di myaccount.google.com/apppasswords dan guna kata laluan itu.</translation>
    </message>
    <message>
        <source>Outlook and Hotmail need IMAP turned on (Outlook.com &gt; Settings &gt; Mail &gt; Forwarding and IMAP) and, with two-step verification, an app password from account.microsoft.com &gt; Security &gt; Advanced security options.</source>
        <comment>mail.auth_hint_outlook</comment>
        <translation>Outlook dan Hotmail perlukan IMAP dihidupkan (Outlook.com &gt; Settings &gt; Mail &gt; Forwarding and IMAP) dan, jika pengesahan dua langkah aktif, kata laluan aplikasi daripada account.microsoft.com &gt; Security &gt; Advanced security options.</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password: Account info &gt; Account security &gt; Generate app password, then use that password here.</source>
        <comment>mail.auth_hint_yahoo</comment>
        <translation>Yahoo Mail perlukan kata laluan aplikasi: Account info &gt; Account security &gt; Generate app password, kemudian guna kata laluan itu di sini.</translation>
    </message>
    <message>
        <source>Check your internet connection; Seller Desk will try again.</source>
        <comment>mail.cut_hint</comment>
        <translation>Semak sambungan internet anda; Seller Desk akan cuba lagi.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <comment>mail.fingerprint</comment>
        <translation>Cap jari (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The folder {folder} changed on the server since the last sync.</source>
        <comment>mail.folder_changed</comment>
        <translation>Folder {folder} di pelayan sudah berubah sejak sync terakhir.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <comment>mail.imap.auth_refused</comment>
        <translation>Pelayan emel menolak nama pengguna atau kata laluan.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password (it said: {said}).</source>
        <comment>mail.imap.auth_refused_said</comment>
        <translation>Pelayan emel menolak nama pengguna atau kata laluan (katanya: {said}).</translation>
    </message>
    <message>
        <source>The connection to the mail server at {where} was cut.</source>
        <comment>mail.imap.cut</comment>
        <translation>Sambungan ke pelayan emel di {where} terputus.</translation>
    </message>
    <message>
        <source>The mail server at {where} failed: {reason}</source>
        <comment>mail.imap.failed</comment>
        <translation>Ada masalah pada pelayan emel di {where}: {reason}</translation>
    </message>
    <message>
        <source>The mail server at {where} does not offer STARTTLS.</source>
        <comment>mail.imap.no_starttls</comment>
        <translation>Pelayan emel di {where} tidak menyokong STARTTLS.</translation>
    </message>
    <message>
        <source>The mail server name “{host}” was not found.</source>
        <comment>mail.imap.not_found</comment>
        <translation>Pelayan emel “{host}” tidak dijumpai.</translation>
    </message>
    <message>
        <source>The mail server at {where} refused the connection.</source>
        <comment>mail.imap.refused</comment>
        <translation>Pelayan emel di {where} menolak sambungan.</translation>
    </message>
    <message>
        <source>The mail server said: {said}</source>
        <comment>mail.imap.said</comment>
        <translation>Pelayan emel membalas: {said}</translation>
    </message>
    <message>
        <source>The mail server at {where} did not answer in time.</source>
        <comment>mail.imap.timeout</comment>
        <translation>Pelayan emel di {where} tidak menjawab dalam masa yang ditetapkan.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server at {where} could not be set up ({reason}).</source>
        <comment>mail.imap.tls_failed</comment>
        <translation>Sambungan selamat ke pelayan emel di {where} tidak dapat dibuat ({reason}).</translation>
    </message>
    <message>
        <source>The mail server at {where} cannot be reached ({reason}).</source>
        <comment>mail.imap.unreachable</comment>
        <translation>Pelayan emel di {where} tidak dapat dihubungi ({reason}).</translation>
    </message>
    <message>
        <source>The mail server at {where} showed a certificate that is not trusted ({reason}).</source>
        <comment>mail.imap.untrusted</comment>
        <translation>Pelayan emel di {where} menunjukkan sijil yang tidak dipercayai ({reason}).</translation>
    </message>
    <message>
        <source>Seller Desk will not send your password to {host} without encryption.</source>
        <comment>mail.insecure_refused</comment>
        <translation>Seller Desk tidak akan menghantar kata laluan anda ke {host} tanpa penyulitan.</translation>
    </message>
    <message>
        <source>Choose SSL or STARTTLS. If this server really offers no encryption, tick &quot;Allow an unencrypted connection&quot; for this account.</source>
        <comment>mail.insecure_refused_hint</comment>
        <translation>Pilih SSL atau STARTTLS. Jika pelayan ini memang tiada penyulitan, tandakan “Benarkan sambungan tanpa penyulitan” untuk akaun ini.</translation>
    </message>
    <message>
        <source>The server no longer has this message.</source>
        <comment>mail.message_gone</comment>
        <translation>Mesej ini sudah tiada di pelayan.</translation>
    </message>
    <message>
        <source>No password is stored for {email}.</source>
        <comment>mail.no_password</comment>
        <translation>Tiada kata laluan disimpan untuk {email}.</translation>
    </message>
    <message>
        <source>Enter the password (or app password) for this account.</source>
        <comment>mail.no_password_hint</comment>
        <translation>Masukkan kata laluan (atau kata laluan aplikasi) untuk akaun ini.</translation>
    </message>
    <message>
        <source>No outgoing mail server is set for {email}.</source>
        <comment>mail.no_smtp_host</comment>
        <translation>Pelayan emel keluar belum ditetapkan untuk {email}.</translation>
    </message>
    <message>
        <source>Enter the SMTP server in the account settings.</source>
        <comment>mail.no_smtp_host_hint</comment>
        <translation>Masukkan pelayan SMTP dalam tetapan akaun.</translation>
    </message>
    <message>
        <source>Choose SSL (and its port) instead, or ask your provider.</source>
        <comment>mail.no_starttls_hint</comment>
        <translation>Pilih SSL (dengan port SSL), atau tanya penyedia emel anda.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name and that you are online.</source>
        <comment>mail.not_found_hint</comment>
        <translation>Semak ejaan nama pelayan dan pastikan anda dalam talian.</translation>
    </message>
    <message>
        <source>This message is no longer in any folder on the server, so its attachments and original cannot be downloaded.</source>
        <comment>mail.not_in_any_folder</comment>
        <translation>Mesej ini sudah tiada dalam mana-mana folder di pelayan, jadi lampiran dan mesej asalnya tidak dapat dimuat turun.</translation>
    </message>
    <message>
        <source>It may have been deleted or moved; sync, then try again.</source>
        <comment>mail.not_in_any_folder_hint</comment>
        <translation>Mungkin ia sudah dipadam atau dialihkan; sync dahulu, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The answer from the sign-in page does not belong to this sign-in, so it was not used.</source>
        <comment>mail.oauth.bad_state</comment>
        <translation>Jawapan daripada halaman log masuk bukan untuk log masuk ini, jadi ia tidak digunakan.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <comment>mail.oauth.cancelled</comment>
        <translation>Log masuk dibatalkan.</translation>
    </message>
    <message>
        <source>The sign-in service refused this copy of Seller Desk ({error}).</source>
        <comment>mail.oauth.client_refused</comment>
        <translation>Perkhidmatan log masuk menolak salinan Seller Desk ini ({error}).</translation>
    </message>
    <message>
        <source>The app registration of this build is not accepted; ask whoever gave you Seller Desk, or use an app password.</source>
        <comment>mail.oauth.client_refused_hint</comment>
        <translation>Pendaftaran aplikasi binaan ini tidak diterima; tanya pihak yang memberi anda Seller Desk, atau guna kata laluan aplikasi.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes off, so the sign-in service refuses it.</source>
        <comment>mail.oauth.clock_off</comment>
        <translation>Jam komputer ini tersasar {minutes} minit, jadi perkhidmatan log masuk menolaknya.</translation>
    </message>
    <message>
        <source>Set the computer&apos;s date and time automatically, then sign in again.</source>
        <comment>mail.oauth.clock_off_hint</comment>
        <translation>Tetapkan tarikh dan masa komputer secara automatik, kemudian log masuk semula.</translation>
    </message>
    <message>
        <source>The sign-in was refused or cancelled in the browser.</source>
        <comment>mail.oauth.denied</comment>
        <translation>Log masuk ditolak atau dibatalkan dalam pelayar web.</translation>
    </message>
    <message>
        <source>Sign in again and choose Accept when asked to let Seller Desk read and send your mail.</source>
        <comment>mail.oauth.denied_hint</comment>
        <translation>Log masuk semula dan pilih Terima apabila diminta untuk membenarkan Seller Desk membaca dan menghantar emel anda.</translation>
    </message>
    <message>
        <source>This copy of Seller Desk cannot sign in with {provider}: it was built without a {provider} app registration.</source>
        <comment>mail.oauth.no_client</comment>
        <translation>Salinan Seller Desk ini tidak boleh log masuk dengan {provider}: ia dibina tanpa pendaftaran aplikasi {provider}.</translation>
    </message>
    <message>
        <source>Use an app password if the mailbox allows it, or install a build that signs in with {provider} (or put its {file} in the data folder).</source>
        <comment>mail.oauth.no_client_hint</comment>
        <translation>Guna kata laluan aplikasi jika akaun emel membenarkannya, atau pasang binaan yang boleh log masuk dengan {provider} (atau letakkan fail {file} dalam folder data).</translation>
    </message>
    <message>
        <source>The sign-in page sent no sign-in code back.</source>
        <comment>mail.oauth.no_code</comment>
        <translation>Halaman log masuk tidak menghantar kod log masuk.</translation>
    </message>
    <message>
        <source>The mail server at {where} does not accept a sign-in token.</source>
        <comment>mail.oauth.no_mechanism</comment>
        <translation>Pelayan emel di {where} tidak menerima token log masuk.</translation>
    </message>
    <message>
        <source>Check the server names of this mailbox.</source>
        <comment>mail.oauth.no_mechanism_hint</comment>
        <translation>Semak nama pelayan akaun emel ini.</translation>
    </message>
    <message>
        <source>{provider} did not allow Seller Desk to stay signed in.</source>
        <comment>mail.oauth.no_refresh</comment>
        <translation>{provider} tidak membenarkan Seller Desk kekal log masuk.</translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in ({error}).</source>
        <comment>mail.oauth.refused</comment>
        <translation>Perkhidmatan log masuk menolak log masuk ini ({error}).</translation>
    </message>
    <message>
        <source>The sign-in of {email} has ended (the password was changed or the access was withdrawn).</source>
        <comment>mail.oauth.sign_in_again</comment>
        <translation>Log masuk {email} sudah tamat (kata laluan ditukar atau akses ditarik balik).</translation>
    </message>
    <message>
        <source>{email} is not signed in.</source>
        <comment>mail.oauth.sign_in_needed</comment>
        <translation>{email} belum log masuk.</translation>
    </message>
    <message>
        <source>Sign in again: your queued replies wait and go out once you are signed in.</source>
        <comment>mail.oauth.sign_in_needed_hint</comment>
        <translation>Log masuk semula: balasan yang menunggu akan dihantar sebaik sahaja anda log masuk.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser.</source>
        <comment>mail.oauth.timed_out</comment>
        <translation>Log masuk tidak diselesaikan dalam pelayar web.</translation>
    </message>
    <message>
        <source>Start it again and finish it in the browser window that opens.</source>
        <comment>mail.oauth.timed_out_hint</comment>
        <translation>Mulakan semula dan selesaikannya dalam tetingkap pelayar web yang terbuka.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <comment>mail.oauth.try_again</comment>
        <translation>Mulakan log masuk sekali lagi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot sign in with “{provider}”.</source>
        <comment>mail.oauth.unknown_provider</comment>
        <translation>Seller Desk tidak boleh log masuk dengan “{provider}”.</translation>
    </message>
    <message>
        <source>The {provider} sign-in service at {host} cannot be reached.</source>
        <comment>mail.oauth.unreachable</comment>
        <translation>Perkhidmatan log masuk {provider} di {host} tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you chose to trust; it has changed.</source>
        <comment>mail.pin_changed</comment>
        <translation>Sijil pelayan ini bukan sijil yang anda pilih untuk dipercayai; sijilnya sudah bertukar.</translation>
    </message>
    <message>
        <source>If you expected the change (a new certificate), check the fingerprint and trust the new one; otherwise someone may be intercepting the connection.</source>
        <comment>mail.pin_changed_hint</comment>
        <translation>Jika anda memang menjangkakan pertukaran ini (sijil baharu), semak cap jarinya dan percayai sijil baharu itu; jika tidak, mungkin ada pihak lain sedang memintas sambungan anda.</translation>
    </message>
    <message>
        <source>Check the port number and the security setting (SSL usually uses port {ssl_port}, STARTTLS port {starttls_port}).</source>
        <comment>mail.refused_hint</comment>
        <translation>Semak nombor port dan tetapan keselamatan (SSL biasanya guna port {ssl_port}, STARTTLS port {starttls_port}).</translation>
    </message>
    <message>
        <source>{email} is a mailbox of the demo shop: it has no mail server.</source>
        <comment>mail.simulated</comment>
        <translation>{email} ialah akaun emel kedai demo: ia tiada pelayan emel.</translation>
    </message>
    <message>
        <source>Add your own mailbox to fetch and send real mail.</source>
        <comment>mail.simulated_hint</comment>
        <translation>Tambah akaun emel anda sendiri untuk menerima dan menghantar emel sebenar.</translation>
    </message>
    <message>
        <source>The outgoing mail server refused the user name or password.</source>
        <comment>mail.smtp.auth_refused</comment>
        <translation>Pelayan emel keluar menolak nama pengguna atau kata laluan.</translation>
    </message>
    <message>
        <source>The outgoing mail server refused the user name or password (it said: {said}).</source>
        <comment>mail.smtp.auth_refused_said</comment>
        <translation>Pelayan emel keluar menolak nama pengguna atau kata laluan (katanya: {said}).</translation>
    </message>
    <message>
        <source>The connection to the outgoing mail server at {where} was cut.</source>
        <comment>mail.smtp.cut</comment>
        <translation>Sambungan ke pelayan emel keluar di {where} terputus.</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} failed: {reason}</source>
        <comment>mail.smtp.failed</comment>
        <translation>Ada masalah pada pelayan emel keluar di {where}: {reason}</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} does not offer STARTTLS.</source>
        <comment>mail.smtp.no_starttls</comment>
        <translation>Pelayan emel keluar di {where} tidak menyokong STARTTLS.</translation>
    </message>
    <message>
        <source>The outgoing mail server name “{host}” was not found.</source>
        <comment>mail.smtp.not_found</comment>
        <translation>Pelayan emel keluar “{host}” tidak dijumpai.</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} refused the connection.</source>
        <comment>mail.smtp.refused</comment>
        <translation>Pelayan emel keluar di {where} menolak sambungan.</translation>
    </message>
    <message>
        <source>The outgoing mail server said: {said}</source>
        <comment>mail.smtp.said</comment>
        <translation>Pelayan emel keluar membalas: {said}</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} did not answer in time.</source>
        <comment>mail.smtp.timeout</comment>
        <translation>Pelayan emel keluar di {where} tidak menjawab dalam masa yang ditetapkan.</translation>
    </message>
    <message>
        <source>A secure connection to the outgoing mail server at {where} could not be set up ({reason}).</source>
        <comment>mail.smtp.tls_failed</comment>
        <translation>Sambungan selamat ke pelayan emel keluar di {where} tidak dapat dibuat ({reason}).</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} cannot be reached ({reason}).</source>
        <comment>mail.smtp.unreachable</comment>
        <translation>Pelayan emel keluar di {where} tidak dapat dihubungi ({reason}).</translation>
    </message>
    <message>
        <source>The outgoing mail server at {where} showed a certificate that is not trusted ({reason}).</source>
        <comment>mail.smtp.untrusted</comment>
        <translation>Pelayan emel keluar di {where} menunjukkan sijil yang tidak dipercayai ({reason}).</translation>
    </message>
    <message>
        <source>Sync this account, then try again.</source>
        <comment>mail.sync_and_retry</comment>
        <translation>Sync akaun ini dahulu, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>Check your internet connection, the server name and the port; a firewall may be blocking it.</source>
        <comment>mail.timeout_hint</comment>
        <translation>Semak sambungan internet, nama pelayan dan port; mungkin firewall menyekatnya.</translation>
    </message>
    <message>
        <source>Check the security setting: SSL and STARTTLS use different ports.</source>
        <comment>mail.tls_failed_hint</comment>
        <translation>Semak tetapan keselamatan: SSL dan STARTTLS guna port yang berbeza.</translation>
    </message>
    <message>
        <source>Check your internet connection.</source>
        <comment>mail.unreachable_hint</comment>
        <translation>Semak sambungan internet anda.</translation>
    </message>
    <message>
        <source>If this is your own or your hosting provider&apos;s server with a self-signed certificate, compare the fingerprint with the one your provider gives and trust it. Otherwise do not connect: someone may be intercepting the connection.</source>
        <comment>mail.untrusted_hint</comment>
        <translation>Jika ini pelayan anda sendiri atau pelayan syarikat hosting anda yang guna sijil buatan sendiri, bandingkan cap jarinya dengan yang diberi oleh penyedia anda, kemudian percayai sijil itu. Jika tidak, jangan sambung: mungkin ada pihak lain sedang memintas sambungan anda.</translation>
    </message>
    <message>
        <source>“{value}” could mean {small} or {large}. Which one is it?</source>
        <comment>money.ambiguous</comment>
        <translation>“{value}” boleh bermaksud {small} atau {large}. Yang mana satu?</translation>
    </message>
    <message>
        <source>For the larger amount type {plain} without a dot or comma; for cents type two decimals, such as 12.50.</source>
        <comment>money.ambiguous_hint</comment>
        <translation>Untuk jumlah yang lebih besar, taip {plain} tanpa titik atau koma; untuk sen, taip dua tempat perpuluhan, contohnya 12.50.</translation>
    </message>
    <message>
        <source>Use a three-letter code such as MYR, IDR, SGD or USD.</source>
        <comment>money.currency_hint</comment>
        <translation>Guna kod tiga huruf seperti MYR, IDR, SGD atau USD.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code.</source>
        <comment>money.currency_unknown</comment>
        <translation>“{code}” bukan kod mata wang.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <comment>money.not_amount</comment>
        <translation>“{value}” bukan amaun yang sah.</translation>
    </message>
    <message>
        <source>Amounts must be exact numbers.</source>
        <comment>money.not_exact</comment>
        <translation>Amaun mesti nombor yang tepat.</translation>
    </message>
    <message>
        <source>Everyone at {domain} cannot be marked: anyone can have an address there, your customers too.</source>
        <comment>not_customer.public_domain</comment>
        <translation>Semua di {domain} tidak boleh ditandakan: sesiapa sahaja boleh ada alamat di situ, termasuk pelanggan anda.</translation>
    </message>
    <message>
        <source>Mark only this sender.</source>
        <comment>not_customer.public_domain_hint</comment>
        <translation>Tanda pengirim ini sahaja.</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals.</source>
        <comment>order.amount_decimals</comment>
        <translation>Amaun hanya boleh ada dua tempat perpuluhan.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <comment>order.amount_negative</comment>
        <translation>Amaun tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <comment>order.amount_too_large</comment>
        <translation>Amaun terlalu besar.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <comment>order.amount_zero</comment>
        <translation>Amaun mesti lebih daripada sifar.</translation>
    </message>
    <message>
        <source>Choose one of: {channels}.</source>
        <comment>order.channel_hint</comment>
        <translation>Pilih salah satu: {channels}.</translation>
    </message>
    <message>
        <source>“{channel}” is not a sales channel.</source>
        <comment>order.channel_unknown</comment>
        <translation>“{channel}” bukan saluran jualan.</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <comment>order.date_invalid</comment>
        <translation>Tarikh dan masa tidak sah.</translation>
    </message>
    <message>
        <source>There is already an order {number} on {channel}.</source>
        <comment>order.duplicate</comment>
        <translation>Pesanan {number} di {channel} sudah ada.</translation>
    </message>
    <message>
        <source>Open that order, or check the number.</source>
        <comment>order.duplicate_hint</comment>
        <translation>Buka pesanan itu, atau semak semula nombornya.</translation>
    </message>
    <message>
        <source>Cannot change {fields} here.</source>
        <comment>order.fields_unknown</comment>
        <translation>{fields} tidak boleh diubah di sini.</translation>
    </message>
    <message>
        <source>Item {number} has no product name.</source>
        <comment>order.item_no_title</comment>
        <translation>Item {number} tiada nama produk.</translation>
    </message>
    <message>
        <source>An order needs at least one item.</source>
        <comment>order.no_items</comment>
        <translation>Pesanan perlu ada sekurang-kurangnya satu item.</translation>
    </message>
    <message>
        <source>The order number is missing.</source>
        <comment>order.number_missing</comment>
        <translation>Nombor pesanan belum diisi.</translation>
    </message>
    <message>
        <source>The order number is too long.</source>
        <comment>order.number_too_long</comment>
        <translation>Nombor pesanan terlalu panjang.</translation>
    </message>
    <message>
        <source>Payment cannot come before the order was placed.</source>
        <comment>order.paid_before_placed</comment>
        <translation>Tarikh bayaran tidak boleh lebih awal daripada tarikh pesanan.</translation>
    </message>
    <message>
        <source>The order cannot be placed after it was shipped.</source>
        <comment>order.placed_after_shipped</comment>
        <translation>Tarikh pesanan tidak boleh selepas tarikh bungkusan dihantar.</translation>
    </message>
    <message>
        <source>The quantity of “{title}” must be at least 1.</source>
        <comment>order.quantity_min</comment>
        <translation>Kuantiti “{title}” mesti sekurang-kurangnya 1.</translation>
    </message>
    <message>
        <source>The quantity of “{title}” must be a whole number.</source>
        <comment>order.quantity_whole</comment>
        <translation>Kuantiti “{title}” mesti nombor bulat.</translation>
    </message>
    <message>
        <source>Refunds cannot exceed the order total; at most {left} is left.</source>
        <comment>order.refund_too_large</comment>
        <translation>Bayaran balik tidak boleh melebihi jumlah pesanan; baki yang masih boleh dibayar balik: {left}.</translation>
    </message>
    <message>
        <source>“{status}” is not an order status.</source>
        <comment>order.status_unknown</comment>
        <translation>“{status}” bukan status pesanan.</translation>
    </message>
    <message>
        <source>The order total is too large.</source>
        <comment>order.total_too_large</comment>
        <translation>Jumlah pesanan terlalu besar.</translation>
    </message>
    <message>
        <source>An order that is {current} cannot become {new}.</source>
        <comment>order.transition</comment>
        <translation>Pesanan yang berstatus {current} tidak boleh ditukar kepada {new}.</translation>
    </message>
    <message>
        <source>Allowed next: none.</source>
        <comment>order.transition_final_hint</comment>
        <translation>Status ini sudah muktamad; ia tidak boleh ditukar lagi.</translation>
    </message>
    <message>
        <source>Allowed next: {allowed}.</source>
        <comment>order.transition_hint</comment>
        <translation>Status seterusnya yang dibenarkan: {allowed}.</translation>
    </message>
    <message>
        <source>This message was cancelled, so it cannot be cancelled.</source>
        <comment>outbox.cancelled_no_cancel</comment>
        <translation>Mesej ini sudah pun dibatalkan.</translation>
    </message>
    <message>
        <source>This message was cancelled, so it cannot be retried.</source>
        <comment>outbox.cancelled_no_retry</comment>
        <translation>Mesej ini sudah dibatalkan, jadi tidak boleh dicuba semula.</translation>
    </message>
    <message>
        <source>This message cannot be cancelled.</source>
        <comment>outbox.no_cancel</comment>
        <translation>Mesej ini tidak boleh dibatalkan.</translation>
    </message>
    <message>
        <source>This message cannot be retried.</source>
        <comment>outbox.no_retry</comment>
        <translation>Mesej ini tidak boleh dicuba semula.</translation>
    </message>
    <message>
        <source>There is no outbox message {number}.</source>
        <comment>outbox.not_found</comment>
        <translation>Mesej {number} tiada dalam peti keluar.</translation>
    </message>
    <message>
        <source>This message is being sent right now, so it cannot be cancelled.</source>
        <comment>outbox.sending_no_cancel</comment>
        <translation>Mesej ini sedang dihantar sekarang, jadi tidak boleh dibatalkan.</translation>
    </message>
    <message>
        <source>This message is being sent right now, so it cannot be retried.</source>
        <comment>outbox.sending_no_retry</comment>
        <translation>Mesej ini sedang dihantar sekarang, jadi tidak boleh dicuba semula.</translation>
    </message>
    <message>
        <source>This message has already been sent, so it cannot be cancelled.</source>
        <comment>outbox.sent_no_cancel</comment>
        <translation>Mesej ini sudah dihantar, jadi tidak boleh dibatalkan lagi.</translation>
    </message>
    <message>
        <source>This message has already been sent, so it cannot be retried.</source>
        <comment>outbox.sent_no_retry</comment>
        <translation>Mesej ini sudah dihantar, jadi tidak perlu dicuba semula.</translation>
    </message>
    <message>
        <source>The pattern {where} is not valid: {reason}.</source>
        <comment>patterns.invalid</comment>
        <translation>Corak {where} tidak sah: {reason}.</translation>
    </message>
    <message>
        <source>{where}: unknown notice kind “{kind}”.</source>
        <comment>patterns.notice_kind_unknown</comment>
        <translation>{where}: jenis notis “{kind}” tidak dikenali.</translation>
    </message>
    <message>
        <source>Type the date your shop opens again into the message.</source>
        <comment>placeholder.away_until</comment>
        <translation>Taip tarikh kedai anda dibuka semula terus dalam mesej.</translation>
    </message>
    <message>
        <source>The customer&apos;s address is not known.</source>
        <comment>placeholder.customer_email</comment>
        <translation>Alamat emel pelanggan belum diketahui.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is not known: add it to the customer.</source>
        <comment>placeholder.customer_name</comment>
        <translation>Nama pelanggan belum diketahui: tambahkannya pada rekod pelanggan.</translation>
    </message>
    <message>
        <source>The shipment has no expected delivery date: set the shipping date.</source>
        <comment>placeholder.no_eta</comment>
        <translation>Bungkusan ini belum ada anggaran tiba: isi tarikh pos.</translation>
    </message>
    <message>
        <source>The order has no items: add them.</source>
        <comment>placeholder.no_items</comment>
        <translation>Pesanan ini belum ada item: tambahkannya.</translation>
    </message>
    <message>
        <source>No order is linked to this conversation: link one, or type it in.</source>
        <comment>placeholder.no_order</comment>
        <translation>Tiada pesanan dipautkan pada perbualan ini: pautkan satu, atau taip sendiri.</translation>
    </message>
    <message>
        <source>The order has no payment due date: set one on the order.</source>
        <comment>placeholder.no_payment_due</comment>
        <translation>Pesanan ini belum ada tarikh akhir bayaran: tetapkan pada pesanan.</translation>
    </message>
    <message>
        <source>The order has no payment method: set it on the order.</source>
        <comment>placeholder.no_payment_method</comment>
        <translation>Pesanan ini belum ada cara bayaran: tetapkan pada pesanan.</translation>
    </message>
    <message>
        <source>No refund is recorded on the order yet.</source>
        <comment>placeholder.no_refund</comment>
        <translation>Belum ada bayaran balik direkodkan untuk pesanan ini.</translation>
    </message>
    <message>
        <source>No account is chosen to send from.</source>
        <comment>placeholder.no_sender</comment>
        <translation>Belum dipilih akaun untuk menghantar emel ini.</translation>
    </message>
    <message>
        <source>The order has no shipment yet: add the courier and tracking number.</source>
        <comment>placeholder.no_shipment</comment>
        <translation>Pesanan ini belum ada bungkusan: tambah kurier dan nombor tracking.</translation>
    </message>
    <message>
        <source>The shipment has no shipping date: set it.</source>
        <comment>placeholder.no_shipped_date</comment>
        <translation>Bungkusan ini belum ada tarikh pos: isikannya.</translation>
    </message>
    <message>
        <source>No tracking link: add the tracking number and a known courier.</source>
        <comment>placeholder.no_tracking_link</comment>
        <translation>Tiada pautan tracking: tambah nombor tracking dan pilih kurier yang dikenali.</translation>
    </message>
    <message>
        <source>The shipment has no tracking number yet: add it.</source>
        <comment>placeholder.no_tracking_number</comment>
        <translation>Bungkusan ini belum ada nombor tracking: tambahkannya.</translation>
    </message>
    <message>
        <source>Your payment methods are not set: fill them in under Settings &gt; Shop.</source>
        <comment>placeholder.payment_methods</comment>
        <translation>Cara bayaran anda belum diisi: isikan di Tetapan &gt; Kedai anda.</translation>
    </message>
    <message>
        <source>Your refund policy is not set: fill it in under Settings &gt; Shop.</source>
        <comment>placeholder.refund_policy</comment>
        <translation>Polisi bayaran balik anda belum diisi: isikan di Tetapan &gt; Kedai anda.</translation>
    </message>
    <message>
        <source>Your return address is not set: type it into the message.</source>
        <comment>placeholder.return_address</comment>
        <translation>Alamat pemulangan anda belum diisi: taip terus dalam mesej.</translation>
    </message>
    <message>
        <source>Your name is not set: fill it in under Settings &gt; Shop.</source>
        <comment>placeholder.seller_name</comment>
        <translation>Nama anda belum diisi: isikan di Tetapan &gt; Kedai anda.</translation>
    </message>
    <message>
        <source>Your shop&apos;s name is not set: fill it in under Settings &gt; Shop.</source>
        <comment>placeholder.shop_name</comment>
        <translation>Nama kedai anda belum diisi: isikan di Tetapan &gt; Kedai anda.</translation>
    </message>
    <message>
        <source>Your signature is not set: fill it in under Settings &gt; Shop.</source>
        <comment>placeholder.signature</comment>
        <translation>Tandatangan emel anda belum diisi: isikan di Tetapan &gt; Kedai anda.</translation>
    </message>
    <message>
        <source>This product is no longer in the catalogue (merged or removed).</source>
        <comment>product.gone</comment>
        <translation>Produk ini sudah tiada dalam senarai produk (telah digabung atau dibuang).</translation>
    </message>
    <message>
        <source>Choose another product to merge with.</source>
        <comment>product.merge_same</comment>
        <translation>Pilih produk lain untuk digabungkan.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <comment>product.name_missing</comment>
        <translation>Produk perlu ada nama.</translation>
    </message>
    <message>
        <source>A price cannot be negative and has at most two decimals.</source>
        <comment>product.price_invalid</comment>
        <translation>Harga tidak boleh negatif dan paling banyak dua tempat perpuluhan.</translation>
    </message>
    <message>
        <source>The SKU {sku} belongs to “{other}”.</source>
        <comment>product.sku_taken</comment>
        <translation>SKU {sku} milik “{other}”.</translation>
    </message>
    <message>
        <source>If they are the same product, merge them instead.</source>
        <comment>product.sku_taken_hint</comment>
        <translation>Jika ia produk yang sama, gabungkan sahaja kedua-duanya.</translation>
    </message>
    <message>
        <source>Choose when the reminder is due.</source>
        <comment>reminder.due_missing</comment>
        <translation>Pilih bila peringatan ini perlu muncul.</translation>
    </message>
    <message>
        <source>This reminder is about no customer to wait for.</source>
        <comment>reminder.no_customer</comment>
        <translation>Peringatan ini tiada pelanggan untuk ditunggu balasannya.</translation>
    </message>
    <message>
        <source>Write what the reminder is about.</source>
        <comment>reminder.note_missing</comment>
        <translation>Tulis apa yang perlu diingatkan.</translation>
    </message>
    <message>
        <source>Your shop&apos;s details are empty: {names} will be left blank.</source>
        <comment>setup.details_empty</comment>
        <translation>Butiran kedai anda masih kosong: {names} akan dibiarkan kosong.</translation>
    </message>
    <message>
        <source>No payment methods in {language} yet; the English ones are used.</source>
        <comment>setup.fallback_payment_methods</comment>
        <translation>Belum ada kaedah bayaran dalam {language}; yang bahasa Inggeris digunakan.</translation>
    </message>
    <message>
        <source>No refund policy in {language} yet; the English one is used.</source>
        <comment>setup.fallback_refund_policy</comment>
        <translation>Belum ada polisi bayaran balik dalam {language}; yang bahasa Inggeris digunakan.</translation>
    </message>
    <message>
        <source>No return address in {language} yet; the English one is used.</source>
        <comment>setup.fallback_return_address</comment>
        <translation>Belum ada alamat pemulangan dalam {language}; yang bahasa Inggeris digunakan.</translation>
    </message>
    <message>
        <source>No signature in {language} yet; the English one is used.</source>
        <comment>setup.fallback_signature</comment>
        <translation>Belum ada tandatangan emel dalam {language}; yang bahasa Inggeris digunakan.</translation>
    </message>
    <message>
        <source>“{code}” is not a courier Seller Desk knows.</source>
        <comment>shipment.courier_unknown</comment>
        <translation>“{code}” bukan kurier yang Seller Desk kenal.</translation>
    </message>
    <message>
        <source>A parcel cannot arrive before it was shipped.</source>
        <comment>shipment.delivered_before_shipped</comment>
        <translation>Bungkusan tidak boleh sampai sebelum ia dihantar.</translation>
    </message>
    <message>
        <source>The parcel cannot be shipped after it was delivered.</source>
        <comment>shipment.shipped_after_delivered</comment>
        <translation>Tarikh pos tidak boleh selepas bungkusan sampai.</translation>
    </message>
    <message>
        <source>The parcel cannot be shipped before the order was placed.</source>
        <comment>shipment.shipped_before_order</comment>
        <translation>Bungkusan tidak boleh dihantar sebelum pesanan dibuat.</translation>
    </message>
    <message>
        <source>The shipped date is in the future.</source>
        <comment>shipment.shipped_in_future</comment>
        <translation>Tarikh pos tidak boleh pada masa hadapan.</translation>
    </message>
    <message>
        <source>{number} does not look like a {courier} tracking number.</source>
        <comment>shipment.tracking_shape</comment>
        <translation>{number} nampaknya bukan nombor tracking {courier}.</translation>
    </message>
    <message>
        <source>Check the number on the parcel slip, or save it anyway.</source>
        <comment>shipment.tracking_shape_hint</comment>
        <translation>Semak nombor pada label pos (AWB), atau simpan juga.</translation>
    </message>
    <message>
        <source>The tracking number is too long.</source>
        <comment>shipment.tracking_too_long</comment>
        <translation>Nombor tracking terlalu panjang.</translation>
    </message>
    <message>
        <source>The “shipped” message cannot be filled in yet.</source>
        <comment>shipped_mail.incomplete</comment>
        <translation>Emel untuk pesanan yang sudah dihantar belum dapat dilengkapkan.</translation>
    </message>
    <message>
        <source>Check the template&apos;s placeholders under Templates.</source>
        <comment>shipped_mail.incomplete_hint</comment>
        <translation>Semak ruang isian templat itu di bahagian Templat.</translation>
    </message>
    <message>
        <source>The customer has no email address.</source>
        <comment>shipped_mail.no_address</comment>
        <translation>Pelanggan ini tiada alamat emel.</translation>
    </message>
    <message>
        <source>Add an email address to the customer, or send the tracking number another way.</source>
        <comment>shipped_mail.no_address_hint</comment>
        <translation>Tambah alamat emel pada rekod pelanggan, atau hantar nombor tracking dengan cara lain (cth. WhatsApp).</translation>
    </message>
    <message>
        <source>There is no “shipped” template.</source>
        <comment>shipped_mail.no_template</comment>
        <translation>Templat untuk pesanan yang sudah dihantar (/shipped) tiada.</translation>
    </message>
    <message>
        <source>Restore it under Templates.</source>
        <comment>shipped_mail.no_template_hint</comment>
        <translation>Pulihkannya di bahagian Templat.</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <comment>snooze.in_past</comment>
        <translation>Pilih masa yang belum berlalu.</translation>
    </message>
    <message>
        <source>Snooze until a time, or until the customer replies.</source>
        <comment>snooze.no_time</comment>
        <translation>Tangguhkan hingga masa tertentu, atau hingga pelanggan membalas.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program.</source>
        <comment>storage.busy</comment>
        <translation>Pangkalan data sedang digunakan oleh tetingkap atau program lain.</translation>
    </message>
    <message>
        <source>Close the other Seller Desk window, then try again.</source>
        <comment>storage.busy_hint</comment>
        <translation>Tutup tetingkap Seller Desk yang satu lagi, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot open its database file {path}.</source>
        <comment>storage.cannot_open_file</comment>
        <translation>Seller Desk tidak dapat membuka fail pangkalan datanya {path}.</translation>
    </message>
    <message>
        <source>Check that the data folder is on a connected disk with free space and is yours, then try again.</source>
        <comment>storage.cannot_open_file_hint</comment>
        <translation>Pastikan folder data berada pada cakera yang disambungkan, masih ada ruang kosong dan milik anda, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The file {where} is not a Seller Desk database or it is damaged.</source>
        <comment>storage.damaged</comment>
        <translation>Fail {where} bukan pangkalan data Seller Desk, atau ia rosak.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged, so Seller Desk cannot read all of it.</source>
        <comment>storage.damaged_file</comment>
        <translation>Fail pangkalan data {path} rosak, jadi Seller Desk tidak dapat membaca semuanya.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged (SQLite&apos;s check found: {found}), so Seller Desk cannot read all of it.</source>
        <comment>storage.damaged_found</comment>
        <translation>Fail pangkalan data {path} rosak (semakan SQLite menemui: {found}), jadi Seller Desk tidak dapat membaca semuanya.</translation>
    </message>
    <message>
        <source>Restore your latest backup: Settings &gt; Data and backup &gt; Restore from a backup (the damaged data is kept aside first). If the window does not open: close Seller Desk, move seller-desk.sqlite3 and its -wal and -shm files out of the data folder (keep them), and copy your latest backup there as seller-desk.sqlite3.</source>
        <comment>storage.damaged_hint</comment>
        <translation>Pulihkan sandaran terbaharu anda: Tetapan &gt; Data dan sandaran &gt; Pulihkan daripada sandaran (data yang rosak diketepikan dahulu). Jika tetingkap tidak terbuka: tutup Seller Desk, alihkan seller-desk.sqlite3 serta fail -wal dan -shm keluar dari folder data (simpan fail-fail itu), kemudian salin sandaran terbaharu anda ke sana sebagai seller-desk.sqlite3.</translation>
    </message>
    <message>
        <source>Seller Desk may not write to its database {where}: the file or its folder is read-only or not yours.</source>
        <comment>storage.read_only</comment>
        <translation>Seller Desk tidak dibenarkan menulis ke pangkalan datanya {where}: fail itu atau foldernya ditetapkan baca sahaja (read-only) atau bukan milik anda.</translation>
    </message>
    <message>
        <source>Seller Desk may not write in its data folder {folder}: it is read-only or not yours.</source>
        <comment>storage.read_only_folder</comment>
        <translation>Seller Desk tidak dibenarkan menulis dalam folder datanya {folder}: folder itu ditetapkan baca sahaja (read-only) atau bukan milik anda.</translation>
    </message>
    <message>
        <source>Make the data folder and the files in it writable for you, or start Seller Desk with --data-dir and a folder of yours (copy seller-desk.sqlite3 there to take your data along).</source>
        <comment>storage.read_only_hint</comment>
        <translation>Jadikan folder data dan fail di dalamnya boleh ditulis oleh anda, atau mulakan Seller Desk dengan --data-dir dan folder milik anda (salin seller-desk.sqlite3 ke sana untuk membawa data anda bersama).</translation>
    </message>
    <message>
        <source>There is already a member called “{name}”.</source>
        <comment>team.member_exists</comment>
        <translation>Sudah ada ahli bernama “{name}”.</translation>
    </message>
    <message>
        <source>Give the member a name.</source>
        <comment>team.member_name_missing</comment>
        <translation>Berikan nama kepada ahli ini.</translation>
    </message>
    <message>
        <source>That member is no longer in the team.</source>
        <comment>team.member_unknown</comment>
        <translation>Ahli itu sudah tiada dalam pasukan.</translation>
    </message>
    <message>
        <source>The copy of the table {table} did not match ({rows} rows read, {copied} in the copy), so the team&apos;s database was left empty.</source>
        <comment>team.move_mismatch</comment>
        <translation>Salinan jadual {table} tidak sepadan ({rows} baris dibaca, {copied} dalam salinan), jadi pangkalan data pasukan dibiarkan kosong.</translation>
    </message>
    <message>
        <source>Your shop on this computer is unchanged. Try again; if it happens again, send the log to support.</source>
        <comment>team.move_mismatch_hint</comment>
        <translation>Kedai anda di komputer ini tidak berubah. Cuba lagi; jika berlaku lagi, hantar log kepada sokongan.</translation>
    </message>
    <message>
        <source>The team&apos;s database already holds a shop ({accounts} mailboxes, {conversations} conversations, {orders} orders), so nothing was copied.</source>
        <comment>team.move_not_empty</comment>
        <translation>Pangkalan data pasukan sudah ada kedai ({accounts} akaun emel, {conversations} perbualan, {orders} pesanan), jadi tiada apa yang disalin.</translation>
    </message>
    <message>
        <source>Copy into a new, empty database, or open this one as it is.</source>
        <comment>team.move_not_empty_hint</comment>
        <translation>Salin ke pangkalan data baharu yang kosong, atau buka yang ini seperti sedia ada.</translation>
    </message>
    <message>
        <source>The shop on this computer was last opened by an older Seller Desk (schema {version}), so nothing was copied.</source>
        <comment>team.move_old_schema</comment>
        <translation>Kedai di komputer ini kali terakhir dibuka oleh Seller Desk versi lama (skema {version}), jadi tiada apa yang disalin.</translation>
    </message>
    <message>
        <source>Open it once with this version of Seller Desk, close it, then copy it again.</source>
        <comment>team.move_old_schema_hint</comment>
        <translation>Buka sekali dengan versi Seller Desk ini, tutup, kemudian salin semula.</translation>
    </message>
    <message>
        <source>There is no shop on this computer at {path}.</source>
        <comment>team.no_shop_file</comment>
        <translation>Tiada kedai di komputer ini di {path}.</translation>
    </message>
    <message>
        <source>A team works on a PostgreSQL database, and {url} is not one.</source>
        <comment>team.not_postgresql</comment>
        <translation>Pasukan menggunakan pangkalan data PostgreSQL, dan {url} bukan PostgreSQL.</translation>
    </message>
    <message>
        <source>Give the address of the team&apos;s database, for example postgresql://aisyah@db.example.com/shop.</source>
        <comment>team.not_postgresql_hint</comment>
        <translation>Berikan alamat pangkalan data pasukan, contohnya postgresql://aisyah@db.example.com/shop.</translation>
    </message>
    <message>
        <source>This database is reached through a connection pooler that shares connections between statements (PgBouncer in transaction mode), so windows cannot see each other&apos;s changes and each may check the mailboxes itself.</source>
        <comment>team.transaction_pooling</comment>
        <translation>Pangkalan data ini dicapai melalui pengumpul sambungan yang berkongsi sambungan antara arahan (PgBouncer dalam mod transaksi), jadi tetingkap tidak dapat melihat perubahan satu sama lain dan setiap satu mungkin menyemak akaun emel sendiri.</translation>
    </message>
    <message>
        <source>Ask for the pooler&apos;s session mode, or connect to PostgreSQL itself (usually port 5432) instead of the pooler (often port 6432).</source>
        <comment>team.transaction_pooling_hint</comment>
        <translation>Minta mod sesi pengumpul itu, atau sambung terus ke PostgreSQL (biasanya port 5432) dan bukan ke pengumpul (selalunya port 6432).</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <comment>template.gone</comment>
        <translation>Templat itu sudah tiada.</translation>
    </message>
    <message>
        <source>Choose another template.</source>
        <comment>template.gone_hint</comment>
        <translation>Pilih templat lain.</translation>
    </message>
    <message>
        <source>A line of the chat has a date that does not exist: “{line}”.</source>
        <comment>whatsapp.bad_date</comment>
        <translation>Satu baris sembang mempunyai tarikh yang tidak wujud: “{line}”.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was saved.</source>
        <comment>whatsapp.cancelled</comment>
        <translation>Import dihentikan; tiada apa-apa disimpan.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <comment>whatsapp.customer_gone</comment>
        <translation>Pelanggan itu sudah tiada.</translation>
    </message>
    <message>
        <source>Whose chat is this? No customer was chosen.</source>
        <comment>whatsapp.customer_needed</comment>
        <translation>Sembang siapa ini? Tiada pelanggan dipilih.</translation>
    </message>
    <message>
        <source>Choose the customer, or give their phone number.</source>
        <comment>whatsapp.customer_needed_hint</comment>
        <translation>Pilih pelanggan, atau berikan nombor telefonnya.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened.</source>
        <comment>whatsapp.damaged_zip</comment>
        <translation>{name} rosak dan tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The dates in this chat (such as {example}) can be read day first or month first.</source>
        <comment>whatsapp.date_order</comment>
        <translation>Tarikh dalam sembang ini (seperti {example}) boleh dibaca hari dahulu atau bulan dahulu.</translation>
    </message>
    <message>
        <source>Say which your phone writes: day first (30/08/25) or month first (8/30/25).</source>
        <comment>whatsapp.date_order_hint</comment>
        <translation>Nyatakan cara telefon anda menulis tarikh: hari dahulu (30/08/25) atau bulan dahulu (8/30/25).</translation>
    </message>
    <message>
        <source>{name} holds no WhatsApp chat (.txt).</source>
        <comment>whatsapp.no_chat_in_zip</comment>
        <translation>{name} tiada sembang WhatsApp (.txt).</translation>
    </message>
    <message>
        <source>This file is not a chat exported from WhatsApp.</source>
        <comment>whatsapp.not_an_export</comment>
        <translation>Fail ini bukan sembang yang dieksport daripada WhatsApp.</translation>
    </message>
    <message>
        <source>In WhatsApp open the chat, then ⋮ or the contact&apos;s name &gt; More &gt; Export chat, and choose the .txt or .zip it makes.</source>
        <comment>whatsapp.not_an_export_hint</comment>
        <translation>Dalam WhatsApp buka sembang, kemudian ⋮ atau nama kenalan &gt; Lagi &gt; Eksport sembang, dan pilih fail .txt atau .zip yang dihasilkan.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <comment>whatsapp.unreadable</comment>
        <translation>{name} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>Which of these names is you in the chat: {names}?</source>
        <comment>whatsapp.who_is_seller</comment>
        <translation>Yang mana satu nama anda dalam sembang ini: {names}?</translation>
    </message>
    <message>
        <source>Choose your own name; the other person&apos;s messages become the customer&apos;s.</source>
        <comment>whatsapp.who_is_seller_hint</comment>
        <translation>Pilih nama anda sendiri; mesej pihak satu lagi menjadi mesej pelanggan.</translation>
    </message>
    <message>
        <source>The disk is full, so Seller Desk cannot save.</source>
        <comment>storage.disk_full</comment>
        <translation>Cakera penuh, jadi Seller Desk tidak dapat menyimpan.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {folder}, so Seller Desk cannot save.</source>
        <comment>storage.disk_full_at</comment>
        <translation>Tiada ruang lagi pada cakera yang menyimpan {folder}, jadi Seller Desk tidak dapat menyimpan.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again: what was saved before is kept.</source>
        <comment>storage.disk_full_at_hint</comment>
        <translation>Kosongkan sedikit ruang pada cakera itu, kemudian cuba lagi: apa yang sudah disimpan sebelum ini tidak hilang.</translation>
    </message>
    <message>
        <source>Free some space, then try again. Nothing you typed has been lost.</source>
        <comment>storage.disk_full_hint</comment>
        <translation>Kosongkan sedikit ruang, kemudian cuba lagi. Apa yang anda taip tidak hilang.</translation>
    </message>
    <message>
        <source>The database file {path} is empty (0 bytes). It may be an unfinished copy of your real database, so Seller Desk has left it as it is.</source>
        <comment>storage.empty_file</comment>
        <translation>Fail pangkalan data {path} kosong (0 bait). Mungkin ia salinan pangkalan data sebenar anda yang tidak selesai, jadi Seller Desk membiarkannya seperti sedia ada.</translation>
    </message>
    <message>
        <source>If you copied your data here, copy seller-desk.sqlite3 again from where it came from, or restore your latest backup. To start afresh with no data, delete this empty file and start Seller Desk again.</source>
        <comment>storage.empty_file_hint</comment>
        <translation>Jika anda menyalin data anda ke sini, salin semula seller-desk.sqlite3 dari tempat asalnya, atau pulihkan sandaran terbaharu anda. Untuk bermula semula tanpa data, padam fail kosong ini dan mulakan Seller Desk lagi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: the disk is full.</source>
        <comment>storage.folder_disk_full</comment>
        <translation>Seller Desk tidak dapat membuat folder datanya {folder}: cakera penuh.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again.</source>
        <comment>storage.folder_disk_full_hint</comment>
        <translation>Kosongkan sedikit ruang pada cakera itu, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: {reason}.</source>
        <comment>storage.folder_failed</comment>
        <translation>Seller Desk tidak dapat membuat folder datanya {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Choose a folder of yours with --data-dir, or make this one writable for you.</source>
        <comment>storage.folder_hint</comment>
        <translation>Pilih folder milik anda dengan --data-dir, atau jadikan folder ini boleh ditulis oleh anda.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: a file is in the way.</source>
        <comment>storage.folder_in_the_way</comment>
        <translation>Seller Desk tidak dapat membuat folder datanya {folder}: ada fail yang menghalang.</translation>
    </message>
    <message>
        <source>The data folder {folder} does not exist (a disk that is not connected?).</source>
        <comment>storage.folder_missing</comment>
        <translation>Folder data {folder} tidak wujud (cakera yang tidak disambungkan?).</translation>
    </message>
    <message>
        <source>Connect the disk that holds it, or start Seller Desk with --data-dir and a folder of yours.</source>
        <comment>storage.folder_missing_hint</comment>
        <translation>Sambungkan cakera yang menyimpannya, atau mulakan Seller Desk dengan --data-dir dan folder milik anda.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: you may not write there.</source>
        <comment>storage.folder_not_allowed</comment>
        <translation>Seller Desk tidak dapat membuat folder datanya {folder}: anda tidak dibenarkan menulis di situ.</translation>
    </message>
    <message>
        <source>Seller Desk cannot create its data folder {folder}: it is on a read-only disk.</source>
        <comment>storage.folder_read_only_disk</comment>
        <translation>Seller Desk tidak dapat membuat folder datanya {folder}: ia berada pada cakera baca sahaja (read-only).</translation>
    </message>
    <message>
        <source>This database holds tables Seller Desk did not make.</source>
        <comment>storage.foreign_tables</comment>
        <translation>Pangkalan data ini ada jadual yang bukan dibuat oleh Seller Desk.</translation>
    </message>
    <message>
        <source>Choose an empty database or a Seller Desk data folder.</source>
        <comment>storage.foreign_tables_hint</comment>
        <translation>Pilih pangkalan data kosong atau folder data Seller Desk.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {folder}, so Seller Desk cannot open its database.</source>
        <comment>storage.full_at_open</comment>
        <translation>Tiada ruang lagi pada cakera yang menyimpan {folder}, jadi Seller Desk tidak dapat membuka pangkalan datanya.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again: nothing has been lost.</source>
        <comment>storage.full_at_open_hint</comment>
        <translation>Kosongkan sedikit ruang pada cakera itu, kemudian cuba lagi: tiada apa-apa yang hilang.</translation>
    </message>
    <message>
        <source>The disk reported an error while Seller Desk read or wrote {path}.</source>
        <comment>storage.io_error</comment>
        <translation>Cakera melaporkan ralat semasa Seller Desk membaca atau menulis {path}.</translation>
    </message>
    <message>
        <source>Check that the disk is still connected and has free space, then try again. If it happens again, copy the whole data folder somewhere safe and run: seller-desk doctor</source>
        <comment>storage.io_error_hint</comment>
        <translation>Pastikan cakera masih disambungkan dan masih ada ruang kosong, kemudian cuba lagi. Jika ia berlaku lagi, salin seluruh folder data ke tempat yang selamat dan jalankan: seller-desk doctor</translation>
    </message>
    <message>
        <source>{path} is a folder, where Seller Desk keeps its database file.</source>
        <comment>storage.is_folder</comment>
        <translation>{path} ialah sebuah folder, sedangkan di situlah Seller Desk menyimpan fail pangkalan datanya.</translation>
    </message>
    <message>
        <source>Move that folder away, or start Seller Desk with --data-dir and another folder.</source>
        <comment>storage.is_folder_hint</comment>
        <translation>Alihkan folder itu ke tempat lain, atau mulakan Seller Desk dengan --data-dir dan folder lain.</translation>
    </message>
    <message>
        <source>This database was made by a newer Seller Desk (schema {version}).</source>
        <comment>storage.newer</comment>
        <translation>Pangkalan data ini dibuat oleh Seller Desk versi yang lebih baharu (skema {version}).</translation>
    </message>
    <message>
        <source>Install the newest Seller Desk to open it.</source>
        <comment>storage.newer_hint</comment>
        <translation>Pasang Seller Desk versi terbaharu untuk membukanya.</translation>
    </message>
    <message>
        <source>The database address “{url}” names no file.</source>
        <comment>storage.no_file</comment>
        <translation>Alamat pangkalan data “{url}” tidak menyebut sebarang fail.</translation>
    </message>
    <message>
        <source>Seller Desk cannot open its database ({where}): {reason}</source>
        <comment>storage.open_failed</comment>
        <translation>Seller Desk tidak dapat membuka pangkalan datanya ({where}): {reason}</translation>
    </message>
    <message>
        <source>Use a sqlite:/// file or a postgresql:// address.</source>
        <comment>storage.scheme_hint</comment>
        <translation>Guna fail sqlite:/// atau alamat postgresql://.</translation>
    </message>
    <message>
        <source>Seller Desk cannot open a database of type &apos;{scheme}&apos;.</source>
        <comment>storage.scheme_unknown</comment>
        <translation>Seller Desk tidak dapat membuka pangkalan data jenis &apos;{scheme}&apos;.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password ({where}).</source>
        <comment>storage.server_auth</comment>
        <translation>Pelayan pangkalan data menolak nama pengguna atau kata laluan ({where}).</translation>
    </message>
    <message>
        <source>Check the user name and password in the database address.</source>
        <comment>storage.server_auth_hint</comment>
        <translation>Semak nama pengguna dan kata laluan dalam alamat pangkalan data.</translation>
    </message>
    <message>
        <source>Seller Desk cannot reach the database server ({where}).</source>
        <comment>storage.server_unreachable</comment>
        <translation>Seller Desk tidak dapat menghubungi pelayan pangkalan data ({where}).</translation>
    </message>
    <message>
        <source>Check that the server is running and the address is right.</source>
        <comment>storage.server_unreachable_hint</comment>
        <translation>Pastikan pelayan sedang berjalan dan alamatnya betul.</translation>
    </message>
    <message>
        <source>The sync stopped: there is no space left on the disk holding {folder}.</source>
        <comment>sync.stopped_disk_full</comment>
        <translation>Sync terhenti: tiada ruang lagi pada cakera yang menyimpan {folder}.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then sync again: the messages fetched so far are kept and the next sync goes on from there.</source>
        <comment>sync.stopped_disk_full_hint</comment>
        <translation>Kosongkan sedikit ruang pada cakera itu, kemudian sync semula: mesej yang sudah diambil tidak hilang dan sync seterusnya bersambung dari situ.</translation>
    </message>
    <message>
        <source>The template has no text.</source>
        <comment>template.body_missing</comment>
        <translation>Templat ini belum ada teks.</translation>
    </message>
    <message>
        <source>This template already exists in {language}.</source>
        <comment>template.exists</comment>
        <translation>Templat ini sudah ada dalam {language}.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <comment>template.name_missing</comment>
        <translation>Beri nama kepada templat ini.</translation>
    </message>
    <message>
        <source>Choose placeholders from the list, for example {customer.first_name}.</source>
        <comment>template.placeholder_hint</comment>
        <translation>Pilih ruang isian daripada senarai, contohnya {customer.first_name}.</translation>
    </message>
    <message>
        <source>Unknown placeholder: {names}</source>
        <comment>template.placeholder_unknown</comment>
        <translation>Ruang isian tidak dikenali: {names}</translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is already used by “{name}”.</source>
        <comment>template.shortcut_taken</comment>
        <translation>Pintasan /{shortcut} sudah digunakan oleh “{name}”.</translation>
    </message>
</context>
<context>
    <name>CouriersSection</name>
    <message>
        <source>Couriers</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Tick the couriers you send with: they come first when you add a parcel. The expected arrival counts their usual days as working days, skipping weekends and public holidays.</source>
        <translation>Tandakan kurier yang anda guna: kurier ini disenaraikan dahulu apabila anda menambah bungkusan. Anggaran tiba dikira daripada tempoh biasa kurier dalam hari bekerja, tidak termasuk hujung minggu dan cuti umum.</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>Tempoh biasa (hari)</translation>
    </message>
    <message>
        <source>Tracking page</source>
        <translation>Halaman tracking</translation>
    </message>
    <message>
        <source>With none ticked, the couriers of your country are offered first.</source>
        <translation>Jika tiada yang ditandakan, kurier negara anda akan ditawarkan dahulu.</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Antarabangsa</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>(no name)</source>
        <translation>(tiada nama)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>Emel atau telefon</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Hubungan terakhir</translation>
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
        <translation>Adakah ini orang yang sama? Pilih yang mahu disimpan. Alamat emel, perbualan, pesanan dan peringatan yang satu lagi akan dipindahkan kepadanya, dan yang satu lagi dibuang.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Find by name, email, phone or order number</source>
        <translation>Cari ikut nama, emel, telefon atau nombor pesanan</translation>
    </message>
    <message>
        <source>Has complaints</source>
        <translation>Ada aduan</translation>
    </message>
    <message>
        <source>Has open orders</source>
        <translation>Ada pesanan belum selesai</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Simpan %1</translation>
    </message>
    <message>
        <source>Keep %1: %2 email address(es), %3 conversation(s), %4 order(s) and %5 reminder(s) of %6 move over.</source>
        <translation>Simpan %1: %2 alamat emel, %3 perbualan, %4 pesanan dan %5 peringatan milik %6 dipindahkan.</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Gabungkan dua pelanggan</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Menunggu jawapan anda</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>lebih daripada %1</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>yang satu lagi</translation>
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
        <translation>Data dan sandaran</translation>
    </message>
    <message>
        <source>Everything Seller Desk knows (mail, customers, orders, templates) is kept on this computer. Passwords are kept in the system&apos;s keyring, never in these files.</source>
        <translation>Semua yang Seller Desk tahu (emel, pelanggan, pesanan, templat) disimpan dalam komputer ini. Kata laluan disimpan dalam keyring sistem, bukan dalam fail ini.</translation>
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
        <translation>%1 — log masuk %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Pangkalan data</translation>
    </message>
    <message>
        <source>Everyone in the team opens this database with their own login. Passwords stay in each person&apos;s keyring, never in the database.</source>
        <translation>Setiap orang dalam pasukan membuka pangkalan data ini dengan log masuk sendiri. Kata laluan kekal dalam keyring setiap orang, tidak sekali-kali dalam pangkalan data.</translation>
    </message>
    <message>
        <source>Everything Seller Desk knows (mail, customers, orders, templates) is kept in the team&apos;s shared database. Passwords are kept in each person&apos;s keyring, never in the database.</source>
        <translation>Semua yang Seller Desk tahu (emel, pelanggan, pesanan, templat) disimpan dalam pangkalan data pasukan yang dikongsi. Kata laluan disimpan dalam keyring setiap orang, tidak sekali-kali dalam pangkalan data.</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Belum ada sesiapa.</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Pasukan</translation>
    </message>
    <message>
        <source>To invite someone: add them with seller-desk team add-member, then give them this address with their login in place of LOGIN. They type their own password when their window asks.</source>
        <translation>Untuk menjemput seseorang: tambah mereka dengan seller-desk team add-member, kemudian beri mereka alamat ini dengan log masuk mereka menggantikan LOGIN. Mereka menaip kata laluan sendiri apabila tetingkap mereka meminta.</translation>
    </message>
    <message>
        <source>To keep the data somewhere else, start Seller Desk with --data-dir and the folder of your choice.</source>
        <translation>Untuk menyimpan data di tempat lain, mulakan Seller Desk dengan --data-dir dan folder pilihan anda.</translation>
    </message>
    <message>
        <source>Working with a helper? Put the shop in a shared PostgreSQL database: run seller-desk team create with its address, then seller-desk team move-from-this-computer to copy this shop into it (this computer&apos;s copy stays as it is). See the guide&apos;s Team section.</source>
        <translation>Bekerja dengan pembantu? Letakkan kedai dalam pangkalan data PostgreSQL yang dikongsi: jalankan seller-desk team create dengan alamatnya, kemudian seller-desk team move-from-this-computer untuk menyalin kedai ini ke dalamnya (salinan di komputer ini kekal seperti sedia ada). Lihat bahagian Pasukan dalam panduan.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sandaran</translation>
    </message>
    <message>
        <source>Save everything into one file, on a USB drive or a cloud folder. Restoring a backup replaces what is here now; the current data is kept aside first.</source>
        <translation>Simpan semuanya dalam satu fail, pada pendrive atau folder cloud (cth. Google Drive). Memulihkan sandaran akan menggantikan data sekarang; data semasa disimpan dahulu di tempat lain.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sandarkan sekarang…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Pulihkan daripada sandaran…</translation>
    </message>
    <message>
        <source>A file in the data folder</source>
        <translation>Satu fail dalam folder data</translation>
    </message>
    <message>
        <source>Shared team database: %1</source>
        <translation>Pangkalan data pasukan dikongsi: %1</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sandarkan ke</translation>
    </message>
    <message>
        <source>Seller Desk backup (*.sqlite3)</source>
        <translation>Sandaran Seller Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sedang menyandarkan…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Disandarkan ke %1 (%2).</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Pulihkan daripada</translation>
    </message>
    <message>
        <source>Seller Desk backup (*.sqlite3);;All files (*)</source>
        <translation>Sandaran Seller Desk (*.sqlite3);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Menyemak sandaran…</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Tiada apa-apa dipulihkan.</translation>
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
        <translation>Gantikan data dalam komputer ini dengan sandaran ini?

%1
Dibuat: %2
%3 perbualan, %4 pelanggan, %5 pesanan.

Data semasa disimpan dahulu di tempat lain, jadi anda boleh kembali kepadanya.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan sandaran</translation>
    </message>
    <message>
        <source>Restored from %1. The data that was here before is kept in %2.</source>
        <translation>Dipulihkan daripada %1. Data yang ada sebelum ini disimpan dalam %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Ada masalah: %1</translation>
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
        <translation>Sembunyikan nota ini sehingga Seller Desk dibuka semula</translation>
    </message>
    <message>
        <source>Start with my own mailbox</source>
        <translation>Mula dengan akaun emel saya sendiri</translation>
    </message>
    <message>
        <source>This is the demo shop. Try anything: replies and status emails show as sent, but nothing leaves this computer.</source>
        <translation>Ini kedai demo. Cubalah apa sahaja: balasan dan emel status ditunjukkan sebagai dihantar, tetapi tiada apa yang keluar dari komputer ini.</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 min</translation>
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
        <translation>Sesuatu yang tidak dijangka berlaku; butirannya ada dalam log.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Automatic</source>
        <translation>Automatik</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
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
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Courier name</source>
        <translation>Nama kurier</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
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
        <translation>Pelanggan mula menulis</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah diterima</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Emel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Anggaran tiba</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>Balasan pertama</translation>
    </message>
    <message>
        <source>First reply (business hours)</source>
        <translation>Balasan pertama (jam perniagaan)</translation>
    </message>
    <message>
        <source>First reply (hours)</source>
        <translation>Balasan pertama (jam)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Bilangan barang</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
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
        <translation>Jumlah baris</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
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
        <translation>Item pesanan</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nombor pesanan</translation>
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
        <translation>Kaedah bayaran</translation>
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
        <translation>Kuantiti</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dibayar balik</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sudah dihantar</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Caj penghantaran</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditangguhkan</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Ditangguhkan hingga</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Solved in (business hours)</source>
        <translation>Diselesaikan dalam (jam perniagaan)</translation>
    </message>
    <message>
        <source>Solved in (hours)</source>
        <translation>Diselesaikan dalam (jam)</translation>
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
        <translation>Subjumlah</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Pautan tracking</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nombor tracking</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga seunit</translation>
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
        <translation>Bila</translation>
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
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>Press any key to close.</source>
        <translation>Tekan mana-mana kekunci untuk tutup.</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>Reply times</source>
        <translation>Masa balas</translation>
    </message>
    <message>
        <source>Customers expect an answer within 12 hours; after 24 hours many buy elsewhere. The inbox warns you before a customer has waited too long.</source>
        <translation>Pelanggan mengharapkan jawapan dalam masa 12 jam; selepas 24 jam ramai yang beli di tempat lain. Peti masuk memberi amaran sebelum pelanggan menunggu terlalu lama.</translation>
    </message>
    <message>
        <source>Warn after</source>
        <translation>Beri amaran selepas</translation>
    </message>
    <message>
        <source>Too late after</source>
        <translation>Terlalu lewat selepas</translation>
    </message>
    <message>
        <source>Marketplaces count every hour of the day; your own hours below can count only the time your shop is open.</source>
        <translation>Marketplace mengira 24 jam sehari; dengan waktu operasi di bawah, anda boleh kira masa ketika kedai dibuka sahaja.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Waktu operasi</translation>
    </message>
    <message>
        <source> or more per product</source>
        <translation> atau lebih bagi setiap produk</translation>
    </message>
    <message>
        <source>Complaints that need a look</source>
        <translation>Aduan yang perlu disemak</translation>
    </message>
    <message>
        <source>Count waiting time only in business hours (public holidays skipped)</source>
        <translation>Kira masa menunggu dalam waktu operasi sahaja (cuti umum tidak dikira)</translation>
    </message>
    <message>
        <source>In Reports, a product is marked red when this many customers complained about it in the chosen period: it may have a defect.</source>
        <translation>Dalam Laporan, produk ditandakan merah apabila sebanyak ini pelanggan membuat aduan tentangnya dalam tempoh yang dipilih: mungkin produk itu rosak.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Untick a day when the shop is closed. Holidays follow the country and state in Language and region.</source>
        <translation>Buang tanda pada hari kedai tutup. Cuti mengikut negara dan negeri dalam Bahasa dan wilayah.</translation>
    </message>
    <message>
        <source>“Too late” must come after “warn”.</source>
        <translation>“Terlalu lewat” mesti selepas “amaran”.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>A day&apos;s opening time must be before its closing time.</source>
        <translation>Waktu buka mesti sebelum waktu tutup.</translation>
    </message>
</context>
<context>
    <name>ImportChatDialog</name>
    <message>
        <source>%1 new message(s) added; %2 were there already.</source>
        <translation>%1 mesej baharu ditambah; %2 sudah ada.</translation>
    </message>
    <message>
        <source>%1 photo(s) or file(s) were not in the export: export the chat with media to keep them.</source>
        <translation>%1 gambar atau fail tiada dalam eksport: eksport sembang bersama media untuk menyimpannya.</translation>
    </message>
    <message>
        <source>Choose the exported chat</source>
        <translation>Pilih sembang yang dieksport</translation>
    </message>
    <message>
        <source>Choose the exported chat first.</source>
        <translation>Pilih sembang yang dieksport dahulu.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>Telefon pelanggan</translation>
    </message>
    <message>
        <source>Dates in the chat</source>
        <translation>Tarikh dalam sembang</translation>
    </message>
    <message>
        <source>Day first (30/08/25)</source>
        <translation>Hari dahulu (30/08/25)</translation>
    </message>
    <message>
        <source>Exported chat</source>
        <translation>Sembang yang dieksport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a WhatsApp chat</source>
        <translation>Import sembang WhatsApp</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Sedang mengimport…</translation>
    </message>
    <message>
        <source>In WhatsApp open the chat, then Export chat (with or without media), and save the .txt or .zip it makes. The chat joins this customer&apos;s history; importing a newer export later adds only the new messages.</source>
        <translation>Dalam WhatsApp buka sembang, kemudian Eksport sembang (dengan atau tanpa media), dan simpan fail .txt atau .zip yang dihasilkan. Sembang itu masuk ke sejarah pelanggan ini; import eksport yang lebih baharu kemudian hanya menambah mesej baharu.</translation>
    </message>
    <message>
        <source>Month first (8/30/25)</source>
        <translation>Bulan dahulu (8/30/25)</translation>
    </message>
    <message>
        <source>The chat could not be imported; the details are in the log.</source>
        <translation>Sembang tidak dapat diimport; butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>WhatsApp export (*.txt *.zip)</source>
        <translation>Eksport WhatsApp (*.txt *.zip)</translation>
    </message>
    <message>
        <source>Which name is you?</source>
        <translation>Yang mana nama anda?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 export. Nothing is saved until you import; importing the same or a newer file later updates status, payment and tracking numbers without doubling anything.</source>
        <translation>Eksport %1. Tiada apa-apa disimpan sehingga anda mengimport; mengimport fail yang sama atau yang lebih baharu kemudian akan mengemas kini status, bayaran dan nombor tracking tanpa menggandakan apa-apa.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(tiada nombor)</translation>
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
        <translation>Import pesanan</translation>
    </message>
    <message>
        <source>Import orders from %1</source>
        <translation>Import pesanan daripada %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 refused.</source>
        <translation>Diimport: %1 baharu, %2 dikemas kini, %3 tidak berubah, %4 ditolak.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Orders in the file</source>
        <translation>Pesanan dalam fail</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Sedang membaca fail…</translation>
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
        <translation>Henti</translation>
    </message>
    <message>
        <source>The file could not be imported. The log has the details.</source>
        <translation>Fail tidak dapat diimport. Butiran ada dalam log.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Apa yang berlaku</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Sebab ditolak</translation>
    </message>
    <message>
        <source>new orders</source>
        <translation>pesanan baharu</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>dikemas kini</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message numerus="yes">
        <source>Import %n order(s)</source>
        <translation>
            <numerusform>Import %n pesanan</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baharu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dikemas kini</translation>
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
        <translation>bayaran</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>nombor tracking</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(tiada subjek)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far</source>
        <translation>
            <numerusform>%n cubaan setakat ini</numerusform>
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
        <translation>Akaun emel</translation>
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
        <translation>Aktiviti terakhir</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Kedai online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mesej belum dibaca</numerusform>
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
        <translation>Balasan dalam perjalanan</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Semua perbualan</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditangguhkan</translation>
    </message>
    <message>
        <source>Complaints, returns and refunds</source>
        <translation>Aduan, pemulangan dan bayaran balik</translation>
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
        <translation>Tiada sesiapa yang menunggu anda</translation>
    </message>
    <message>
        <source>Every customer has had an answer. New questions appear here, the longest waiting first.</source>
        <translation>Semua pelanggan sudah dibalas. Soalan baharu akan muncul di sini, yang paling lama menunggu di atas.</translation>
    </message>
    <message>
        <source>No reply on its way</source>
        <translation>Tiada balasan dalam perjalanan</translation>
    </message>
    <message>
        <source>A reply you send waits here until the mail server has taken it. If it cannot be sent, the conversation goes back to Waiting on me.</source>
        <translation>Balasan yang anda hantar menunggu di sini sehingga pelayan emel menerimanya. Jika ia tidak dapat dihantar, perbualan itu kembali ke Perlu dibalas.</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Belum ada perbualan</translation>
    </message>
    <message>
        <source>Mail from your customers appears here as soon as your mailboxes have synced.</source>
        <translation>Emel daripada pelanggan akan muncul di sini sebaik sahaja akaun emel anda selesai sync.</translation>
    </message>
    <message>
        <source>No unread mail</source>
        <translation>Tiada emel belum dibaca</translation>
    </message>
    <message>
        <source>Everything has been read. New mail appears here in bold.</source>
        <translation>Semua sudah dibaca. Emel baharu akan muncul di sini dalam huruf tebal.</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Tiada yang ditangguhkan</translation>
    </message>
    <message>
        <source>Press s on a conversation to snooze it: it waits here until its time comes or the customer writes again.</source>
        <translation>Tekan s pada perbualan untuk menundanya: ia menunggu di sini sehingga tiba masanya atau pelanggan menulis lagi.</translation>
    </message>
    <message>
        <source>No complaints</source>
        <translation>Tiada aduan</translation>
    </message>
    <message>
        <source>Press t on a conversation to tag it as a complaint, return or refund: it is listed here so no unhappy customer is forgotten.</source>
        <translation>Tekan t pada perbualan untuk tag sebagai aduan, pemulangan atau bayaran balik: ia disenaraikan di sini supaya tiada pelanggan yang tidak berpuas hati terabai.</translation>
    </message>
    <message>
        <source>Nothing closed yet</source>
        <translation>Belum ada yang ditutup</translation>
    </message>
    <message>
        <source>Press e when a conversation is done: it is kept here and comes back if the customer writes again.</source>
        <translation>Tekan e apabila perbualan selesai: ia disimpan di sini dan akan kembali jika pelanggan menulis lagi.</translation>
    </message>
    <message>
        <source>Nothing is yours yet</source>
        <translation>Belum ada yang milik anda</translation>
    </message>
    <message>
        <source>A conversation becomes yours when you reply first or when someone assigns it to you.</source>
        <translation>Perbualan menjadi milik anda apabila anda membalas dahulu atau apabila seseorang menyerahkannya kepada anda.</translation>
    </message>
    <message>
        <source>Every conversation has someone</source>
        <translation>Setiap perbualan sudah ada yang menjaga</translation>
    </message>
    <message>
        <source>New customers appear here until someone on the team replies or takes them.</source>
        <translation>Pelanggan baharu dipaparkan di sini sehingga seseorang dalam pasukan membalas atau mengambilnya.</translation>
    </message>
    <message>
        <source>Search mail, customers, order numbers   ( / )</source>
        <translation>Cari emel, pelanggan, nombor pesanan   ( / )</translation>
    </message>
    <message>
        <source>Close  e</source>
        <translation>Tutup  e</translation>
    </message>
    <message>
        <source>Close the selected conversations (e)</source>
        <translation>Tutup perbualan yang dipilih (e)</translation>
    </message>
    <message>
        <source>Family, bank, courier, newsletter: stop their mail waiting on you (n)</source>
        <translation>Keluarga, bank, kurier, surat berita: emel mereka tidak lagi menunggu balasan anda (n)</translation>
    </message>
    <message>
        <source>Not a customer  n</source>
        <translation>Bukan pelanggan  n</translation>
    </message>
    <message>
        <source>Snooze  s</source>
        <translation>Tangguh  s</translation>
    </message>
    <message>
        <source>Hide until later (s)</source>
        <translation>Sembunyikan buat sementara (s)</translation>
    </message>
    <message>
        <source>Tag  t</source>
        <translation>Tag  t</translation>
    </message>
    <message>
        <source>Tag as complaint, return, refund ... (t)</source>
        <translation>Tag sebagai aduan, pemulangan, bayaran balik… (t)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Tandakan dibaca</translation>
    </message>
    <message>
        <source>Mark unread  u</source>
        <translation>Tandakan belum dibaca  u</translation>
    </message>
    <message>
        <source>j/k move · Enter open · r reply · ? all shortcuts</source>
        <translation>j/k gerak · Enter buka · r balas · ? semua pintasan</translation>
    </message>
    <message>
        <source>Your customers&apos; mail will appear here</source>
        <translation>Emel pelanggan anda akan muncul di sini</translation>
    </message>
    <message>
        <source>Add the mailboxes your customers write to (Gmail, Yahoo, Outlook or your web host&apos;s mail). Seller Desk brings them into this one inbox, longest waiting first. Or look around the demo shop first.</source>
        <translation>Tambah akaun emel yang pelanggan anda guna untuk menghubungi anda (Gmail, Yahoo, Outlook atau emel hosting laman web anda). Seller Desk mengumpulkan semuanya dalam satu peti masuk, yang paling lama menunggu di atas. Atau lihat dahulu kedai demo.</translation>
    </message>
    <message>
        <source>Add a mailbox</source>
        <translation>Tambah akaun emel</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Cuba kedai demo</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Carian: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Tiada yang sepadan dengan “%1”</translation>
    </message>
    <message>
        <source>Search looks in subjects, message text, customer names and addresses, and order numbers. Try fewer or shorter words.</source>
        <translation>Carian melihat subjek, teks mesej, nama dan alamat pelanggan, serta nombor pesanan. Cuba kurangkan atau pendekkan perkataan.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Kosongkan carian</translation>
    </message>
    <message>
        <source>Show all conversations</source>
        <translation>Papar semua perbualan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>The search could not run. Details are in the log.</source>
        <translation>Carian tidak dapat dijalankan. Butiran ada dalam log.</translation>
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
        <translation>Kuantiti</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga seunit</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Buang item ini</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Menunggu bayaran</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Sudah dibungkus</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sudah dihantar</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah diterima</translation>
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
        <translation>Dipulangkan</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dibayar balik</translation>
    </message>
    <message>
        <source>Reopen (awaiting payment)</source>
        <extracomment>what the button that moves an order to a status says</extracomment>
        <translation>Buka semula (menunggu bayaran)</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Tandakan sudah dibayar</translation>
    </message>
    <message>
        <source>Mark packed</source>
        <translation>Tandakan sudah dibungkus</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Tandakan sudah dihantar</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Tandakan sudah diterima</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Tandakan selesai</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Batalkan pesanan</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Tandakan dipulangkan</translation>
    </message>
    <message>
        <source>Mark refunded</source>
        <translation>Tandakan dibayar balik</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Kedai online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation>Perbankan internet</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Pindahan bank</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Tunai semasa penghantaran (COD)</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kad kredit</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Belum dihantar</translation>
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
        <translation>Bayaran belum diterima</translation>
    </message>
    <message>
        <source>Check the parcel arrived</source>
        <translation>Semak ketibaan bungkusan</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Minta maklum balas</translation>
    </message>
    <message>
        <source>Answer the complaint</source>
        <translation>Balas aduan</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Peringatan</translation>
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
        <translation>Butiran diubah</translation>
    </message>
    <message>
        <source>Linked to a conversation</source>
        <translation>Dipautkan ke perbualan</translation>
    </message>
    <message>
        <source>Unlinked from a conversation</source>
        <translation>Pautan ke perbualan dibuang</translation>
    </message>
    <message>
        <source>Unlinked from a conversation that names its old number</source>
        <translation>Pautan ke perbualan yang menyebut nombor lamanya dibuang</translation>
    </message>
    <message>
        <source>Refund of %1 recorded</source>
        <translation>Bayaran balik %1 direkodkan</translation>
    </message>
    <message>
        <source>Parcel added (%1)</source>
        <translation>Bungkusan ditambah (%1)</translation>
    </message>
    <message>
        <source>Parcel delivered</source>
        <translation>Bungkusan sudah diterima</translation>
    </message>
    <message>
        <source>Reminder set</source>
        <translation>Peringatan ditetapkan</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Peringatan selesai</translation>
    </message>
    <message>
        <source>Reminder no longer needed</source>
        <translation>Peringatan tidak diperlukan lagi</translation>
    </message>
    <message>
        <source>Reminder snoozed</source>
        <translation>Peringatan ditangguhkan</translation>
    </message>
    <message>
        <source>Email to the customer queued</source>
        <translation>Emel kepada pelanggan menunggu untuk dihantar</translation>
    </message>
    <message>
        <source>Email to the customer sent</source>
        <translation>Emel kepada pelanggan dihantar</translation>
    </message>
    <message>
        <source>Email to the customer failed</source>
        <translation>Emel kepada pelanggan gagal</translation>
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
        <translation>Bahasa Seller Desk, serta cara ia menulis tarikh, nombor dan wang. Negara dan negeri menentukan cuti umum yang tidak dikira oleh kiraan masa balas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Count Indonesia&apos;s collective leave days (cuti bersama) as days off</source>
        <translation>Kira hari cuti bersama Indonesia sebagai hari cuti</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Most offices and customers rest on these days around Lebaran and Christmas: the reply timer does not count them.</source>
        <translation>Kebanyakan pejabat dan pelanggan bercuti pada hari-hari ini sekitar Hari Raya dan Krismas: kiraan masa balas tidak mengiranya.</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Negeri atau wilayah</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zon waktu</translation>
    </message>
    <message>
        <source>Usual currency</source>
        <translation>Mata wang biasa</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Sama seperti komputer</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Zon waktu komputer ini</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Seluruh negara</translation>
    </message>
    <message>
        <source>No state holidays for this country</source>
        <translation>Tiada cuti negeri untuk negara ini</translation>
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
        <translation>Pautkan pesanan</translation>
    </message>
    <message>
        <source>Type an order number or the customer&apos;s name. The customer&apos;s own orders are listed first.</source>
        <translation>Taip nombor pesanan atau nama pelanggan. Pesanan pelanggan ini disenaraikan dahulu.</translation>
    </message>
    <message>
        <source>Order number or customer</source>
        <translation>Nombor pesanan atau pelanggan</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Pautkan</translation>
    </message>
    <message>
        <source>No order matches. Enter it in Orders first.</source>
        <translation>Tiada pesanan yang sepadan. Masukkan dahulu di Pesanan.</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>The team&apos;s database</source>
        <translation>Pangkalan data pasukan</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>All mail counts</source>
        <translation>Semua emel dikira</translation>
    </message>
    <message>
        <source>As in Settings &gt; Data</source>
        <translation>Ikut Tetapan &gt; Data</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatik</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Count customers as waiting from</source>
        <translation>Kira pelanggan sebagai menunggu sejak</translation>
    </message>
    <message>
        <source>Fetch mail of the last</source>
        <translation>Ambil emel bagi tempoh</translation>
    </message>
    <message>
        <source>Incoming (IMAP)</source>
        <translation>Masuk (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox settings</source>
        <translation>Tetapan akaun emel</translation>
    </message>
    <message>
        <source>Name in Seller Desk</source>
        <translation>Nama dalam Seller Desk</translation>
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
        <translation>Tandatangan</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Sesuatu yang tidak dijangka berlaku; butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>The same as for incoming mail</source>
        <translation>Sama seperti untuk emel masuk</translation>
    </message>
    <message>
        <source>Unanswered customer mail from before this day is kept and searchable but shows no waiting time. Changing the day recounts the waiting times of this mailbox.</source>
        <translation>Emel pelanggan belum berjawab dari sebelum hari ini tetap disimpan dan boleh dicari, tetapi tiada masa menunggu ditunjukkan. Menukar tarikh ini mengira semula masa menunggu bagi akaun emel ini.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Your shop&apos;s name (from Settings &gt; Your shop)</source>
        <translation>Nama kedai anda (dari Tetapan &gt; Kedai anda)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>None (no encryption)</source>
        <translation>Tiada (tanpa penyulitan)</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Hijau kebiruan</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Ungu</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oren</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Biru</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Merah jambu</translation>
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
        <translation>%1 telah dibuang bersama emelnya.</translation>
    </message>
    <message>
        <source>%1 was removed; its mail is kept.</source>
        <translation>%1 telah dibuang; emelnya disimpan.</translation>
    </message>
    <message>
        <source>Add a mailbox…</source>
        <translation>Tambah akaun emel…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Tukar kata laluan…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menyambung ke %1…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>It works.</source>
        <translation>Berjaya.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Akaun emel</translation>
    </message>
    <message>
        <source>No mailbox yet: add one to start reading your customers&apos; mail.</source>
        <translation>Belum ada akaun emel: tambah satu untuk mula membaca emel pelanggan anda.</translation>
    </message>
    <message>
        <source>Off: not checked for new mail</source>
        <translation>Dimatikan: emel baharu tidak disemak</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Hidup</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Buang…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Disimpan.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Sesuatu yang tidak dijangka berlaku; butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Matikan</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Hidupkan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji sambungan</translation>
    </message>
    <message>
        <source>The mailboxes Seller Desk reads. A mailbox switched off is not checked for new mail; its mail stays listed and searchable.</source>
        <translation>Akaun emel yang dibaca oleh Seller Desk. Akaun emel yang dimatikan tidak disemak untuk emel baharu; emelnya tetap disenaraikan dan boleh dicari.</translation>
    </message>
    <message>
        <source>The password works and is saved.</source>
        <translation>Kata laluan berfungsi dan telah disimpan.</translation>
    </message>
    <message>
        <source>The password works. This computer has no password store, so it is kept only until Seller Desk closes.</source>
        <translation>Kata laluan berfungsi. Komputer ini tiada storan kata laluan, jadi ia disimpan hanya sehingga Seller Desk ditutup.</translation>
    </message>
    <message>
        <source>Use Change password to enter it.</source>
        <translation>Guna Tukar kata laluan untuk memasukkannya.</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>kali terakhir disemak %1</translation>
    </message>
    <message>
        <source>no password saved</source>
        <translation>tiada kata laluan disimpan</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>belum disemak</translation>
    </message>
    <message>
        <source>password kept until Seller Desk closes</source>
        <translation>kata laluan disimpan sehingga Seller Desk ditutup</translation>
    </message>
    <message>
        <source>password saved</source>
        <translation>kata laluan disimpan</translation>
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
        <translation>Akan dihantar</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Semua perbualan</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditangguhkan</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Aduan</translation>
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
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Peringatan</translation>
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
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Orders you enter or that arrive from marketplaces are listed here, with their payment and shipping status.</source>
        <extracomment>the keys of the shop&apos;s screens (the inbox views are Ctrl+1 … Ctrl+7 in sidebar order, the mailboxes Alt+1 … Alt+9, so neither runs out as mailboxes are added) what Ctrl+N makes on each shop screen: the name of the page&apos;s method (elsewhere: a new message)</extracomment>
        <translation>Pesanan yang anda masukkan atau yang datang dari marketplace disenaraikan di sini, bersama status bayaran dan penghantaran.</translation>
    </message>
    <message>
        <source>Parcels on their way, with courier, tracking link and expected arrival, the late ones first.</source>
        <translation>Bungkusan dalam perjalanan, dengan kurier, pautan tracking dan anggaran tiba; yang lewat di atas.</translation>
    </message>
    <message>
        <source>Everyone who wrote or bought, with every conversation, order and parcel of each.</source>
        <translation>Semua yang pernah menulis atau membeli, dengan setiap perbualan, pesanan dan bungkusan mereka.</translation>
    </message>
    <message>
        <source>Follow-ups that are due: unpaid orders, arrival checks and feedback requests.</source>
        <translation>Susulan yang tiba masanya: pesanan belum dibayar, semakan ketibaan bungkusan dan permintaan maklum balas.</translation>
    </message>
    <message>
        <source>How fast you answer, how many customers write, and which products draw complaints.</source>
        <translation>Seberapa pantas anda membalas, berapa ramai pelanggan menghubungi, dan produk mana yang paling banyak diadukan.</translation>
    </message>
    <message>
        <source>Ready answers in English, Malay and Indonesian, filled in from the order and the customer.</source>
        <translation>Jawapan sedia dalam bahasa Inggeris, Melayu dan Indonesia, diisi daripada pesanan dan pelanggan.</translation>
    </message>
    <message>
        <source>Your mailboxes, business hours, reply targets and reminders.</source>
        <translation>Akaun emel, waktu operasi, sasaran masa balas dan peringatan anda.</translation>
    </message>
    <message numerus="yes">
        <source>%n past the target</source>
        <translation>
            <numerusform>%n melebihi sasaran</numerusform>
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
        <translation>(tiada dalam fail ini)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Padankan lajur</translation>
    </message>
    <message>
        <source>Name of this kind of file</source>
        <translation>Nama jenis fail ini</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Saluran jualan</translation>
    </message>
    <message>
        <source>Seller Desk does not know this file&apos;s columns yet. Choose which column holds each detail; the order number and the product name are needed. Your choice is kept, and offered again for the next file like this one.</source>
        <translation>Seller Desk belum mengenali lajur fail ini. Pilih lajur bagi setiap butiran; nombor pesanan dan nama produk diperlukan. Pilihan anda disimpan dan akan dicadangkan semula untuk fail seterusnya yang serupa.</translation>
    </message>
    <message>
        <source>Use these columns</source>
        <translation>Guna lajur ini</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nombor pesanan</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantiti</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga seunit</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Tarikh pesanan</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Status pesanan</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tarikh dibayar</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Caj penghantaran</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Emel</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Alamat penghantaran</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nombor tracking</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Kaedah bayaran</translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation>Nota pembeli</translation>
    </message>
</context>
<context>
    <name>NotCustomersSection</name>
    <message>
        <source>Conversations</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Count their mail again: conversations that still wait come back to Waiting on me</source>
        <translation>Kira semula emel mereka: perbualan yang masih menunggu kembali ke Perlu dibalas</translation>
    </message>
    <message>
        <source>Everyone at this domain</source>
        <translation>Semua di domain ini</translation>
    </message>
    <message>
        <source>Mail from banks, e-wallets, couriers and the marketplaces&apos; automatic addresses is recognised by itself and needs no mark.</source>
        <translation>Emel daripada bank, e-dompet, kurier dan alamat automatik marketplace dikenal pasti sendiri dan tidak perlu ditandakan.</translation>
    </message>
    <message>
        <source>Mail from these senders never waits on you and stays out of your reply times. It is kept, and you still find it in All conversations and by searching. Press n on a conversation to add one.</source>
        <translation>Emel daripada pengirim ini tidak pernah menunggu balasan anda dan tidak dikira dalam masa balas anda. Emel itu tetap disimpan, dan anda masih boleh menemuinya dalam Semua perbualan dan melalui carian. Tekan n pada perbualan untuk menambah.</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>Ditandakan pada</translation>
    </message>
    <message>
        <source>Nobody is marked yet. Family, your bank, couriers and newsletters can be: select their conversation in the inbox and press n.</source>
        <translation>Belum ada yang ditandakan. Keluarga, bank anda, kurier dan surat berita boleh ditandakan: pilih perbualan mereka dalam peti masuk dan tekan n.</translation>
    </message>
    <message>
        <source>Not customers</source>
        <translation>Bukan pelanggan</translation>
    </message>
    <message>
        <source>Only this sender</source>
        <translation>Pengirim ini sahaja</translation>
    </message>
    <message>
        <source>Sender or domain</source>
        <translation>Pengirim atau domain</translation>
    </message>
    <message>
        <source>The list could not be read. Details are in the log.</source>
        <translation>Senarai tidak dapat dibaca. Butiran ada dalam log.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perkara</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n customer(s) waiting past your reply target</source>
        <translation>
            <numerusform>%n pelanggan menunggu melebihi sasaran masa balas anda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer message(s)</source>
        <translation>
            <numerusform>%n mesej baharu daripada pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the target</source>
        <translation>
            <numerusform>%n melebihi sasaran</numerusform>
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
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Add parcel</source>
        <translation>Tambah bungkusan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Sejarah</translation>
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
        <translation>Tiada pelanggan</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Bayaran: %1</translation>
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
        <translation>Dibayar balik: %1</translation>
    </message>
    <message>
        <source>Deliver to: %1</source>
        <translation>Hantar ke: %1</translation>
    </message>
    <message>
        <source>Packing slip, invoice or receipt, on paper or as a PDF</source>
        <translation>Slip pembungkusan, invois atau resit, dicetak atau sebagai PDF</translation>
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
        <translation>Caj penghantaran</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>diterima %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>anggaran tiba %1</translation>
    </message>
    <message>
        <source>No parcel yet.</source>
        <translation>Belum ada bungkusan.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(tiada subjek)</translation>
    </message>
</context>
<context>
    <name>OrderFormDialog</name>
    <message>
        <source>The order will be linked to the conversation.</source>
        <extracomment>what each marketplace&apos;s order number looks like, shown in the empty number field statuses a new order can start in (later ones come through shipments and the pipeline)</extracomment>
        <translation>Pesanan akan dipautkan ke perbualan ini.</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baharu</translation>
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
        <translation>Nombor pesanan</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Tarikh pesanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Kaedah bayaran</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Caj penghantaran</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baharu</translation>
    </message>
    <message>
        <source>The order number %1 gives, e.g. %2</source>
        <translation>Nombor pesanan daripada %1, cth. %2</translation>
    </message>
    <message>
        <source>Type a name, email or phone</source>
        <translation>Taip nama, emel atau telefon</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Emel (pilihan)</translation>
    </message>
    <message>
        <source>Phone / WhatsApp (optional)</source>
        <translation>Telefon / WhatsApp (pilihan)</translation>
    </message>
    <message>
        <source>As the marketplace shows it</source>
        <translation>Seperti yang dipaparkan oleh marketplace</translation>
    </message>
    <message>
        <source>Anything to remember: gift wrap, address details, what was agreed</source>
        <translation>Apa-apa untuk diingat: bungkus hadiah, butiran alamat, apa yang dipersetujui</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Hantar ke</translation>
    </message>
    <message>
        <source>Name, street, postcode and town for the parcel; empty: the customer&apos;s address</source>
        <translation>Nama, jalan, poskod dan bandar untuk bungkusan; kosong: alamat pelanggan</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Simpan &amp; tambah baharu</translation>
    </message>
    <message>
        <source>Save order</source>
        <translation>Simpan pesanan</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Ctrl+Shift+Enter saves and starts the next</source>
        <translation>Ctrl+Enter simpan · Ctrl+Shift+Enter simpan dan mula pesanan seterusnya</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Pelanggan sedia ada</translation>
    </message>
    <message>
        <source>A new customer will be saved with this order. Pick from the list to use someone you already know.</source>
        <translation>Pelanggan baharu akan disimpan bersama pesanan ini. Pilih daripada senarai untuk pelanggan yang sudah ada.</translation>
    </message>
    <message>
        <source>Optional: leave empty for a walk-in sale.</source>
        <translation>Pilihan: biarkan kosong untuk pembeli walk-in (datang sendiri ke kedai).</translation>
    </message>
    <message>
        <source>Items %1 + shipping %2 = total %3</source>
        <translation>Item %1 + caj penghantaran %2 = jumlah %3</translation>
    </message>
    <message>
        <source>Order saved. Enter the next one.</source>
        <translation>Pesanan disimpan. Masukkan yang seterusnya.</translation>
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
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Dibayar balik: %1</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Any time</source>
        <extracomment>what the table gives up first when it is narrow, in that order the detail panel&apos;s starting width; the table takes the rest</extracomment>
        <translation>Semua tarikh</translation>
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
        <translation>Bulan lepas</translation>
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
        <translation>Cari pesanan, pelanggan atau produk</translation>
    </message>
    <message>
        <source>Choose the orders file from your Seller Centre</source>
        <translation>Pilih fail pesanan daripada Seller Centre anda</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Import pesanan</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baharu</translation>
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
        <translation>Semua saluran</translation>
    </message>
    <message>
        <source>Order exports (%1)</source>
        <translation>Eksport pesanan (%1)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Read the orders file you downloaded from Shopee, Lazada, Tokopedia &amp; TikTok Shop or eBay (Ctrl+I)</source>
        <translation>Baca fail pesanan yang anda muat turun daripada Shopee, Lazada, Tokopedia &amp; TikTok Shop atau eBay (Ctrl+I)</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <source>Your product list: names, SKUs and prices that order entry offers</source>
        <translation>Senarai produk anda: nama, SKU dan harga yang dicadangkan semasa memasukkan pesanan</translation>
    </message>
    <message>
        <source>Paid, not shipped</source>
        <translation>Dibayar, belum dihantar</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Peti keluar</translation>
    </message>
    <message>
        <source>Messages on their way out. A message that could not be sent says why; fix the cause (for example the password or an address), then try again.</source>
        <translation>Mesej yang sedang dihantar keluar. Mesej yang gagal dihantar akan menyatakan sebabnya; betulkan puncanya (contohnya kata laluan atau alamat), kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation>Sunting dan hantar semula</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Menunggu untuk dihantar</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sedang menghantar…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Gagal dihantar</translation>
    </message>
    <message>
        <source>It may already have reached the customer: check your Sent folder before trying again.</source>
        <translation>Mungkin sudah sampai kepada pelanggan: semak folder Dihantar sebelum mencuba lagi.</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Semua sudah dihantar.</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>%1 order(s): one page each, in the customer&apos;s language unless you choose one.</source>
        <translation>%1 pesanan: satu halaman setiap satu, dalam bahasa pelanggan kecuali anda memilih bahasa lain.</translation>
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
        <translation>Bahasa setiap pelanggan</translation>
    </message>
    <message>
        <source>Invoice (asks for payment)</source>
        <translation>Invois (meminta bayaran)</translation>
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
        <translation>Slip pembungkusan (tanpa harga, dimasukkan ke dalam bungkusan)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Pratonton dan cetak…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Receipt (says it was paid)</source>
        <translation>Resit (menyatakan sudah dibayar)</translation>
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
        <translation>Saiz</translation>
    </message>
    <message>
        <source>Stopped: no file was written.</source>
        <translation>Dihentikan: tiada fail ditulis.</translation>
    </message>
    <message>
        <source>The papers could not be made; the details are in the log.</source>
        <translation>Dokumen tidak dapat disediakan; butirannya ada dalam log.</translation>
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
        <translation>Masukkan kata laluan akaun emel %1 (%2)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Kata laluan untuk %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log masuk</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang log masuk…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Sesuatu yang tidak dijangka berlaku; butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>The password you use to read this mailbox on the web.</source>
        <translation>Kata laluan yang anda guna untuk membaca akaun emel ini di web.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Seller Desk keeps the password only until you close it and asks again at the next start. To have it remembered, install and unlock a password store (on Linux: GNOME Keyring or KWallet; Windows and macOS have one built in).</source>
        <translation>Komputer ini tiada storan kata laluan, jadi Seller Desk menyimpan kata laluan hanya sehingga anda menutupnya dan akan bertanya lagi pada permulaan seterusnya. Supaya ia diingati, pasang dan buka kunci storan kata laluan (di Linux: GNOME Keyring atau KWallet; Windows dan macOS sudah ada storan sendiri).</translation>
    </message>
</context>
<context>
    <name>PatternsSection</name>
    <message>
        <source>Order numbers</source>
        <translation>Nombor pesanan</translation>
    </message>
    <message>
        <source>Seller Desk links a mail to its order when it finds an order number in it. These patterns (regular expressions) describe each marketplace&apos;s numbers; add your own shop&apos;s format here.</source>
        <translation>Seller Desk memautkan emel kepada pesanannya apabila menemui nombor pesanan di dalamnya. Corak ini (regular expression/regex) menerangkan nombor setiap marketplace; tambah format kedai anda sendiri di sini.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Corak</translation>
    </message>
    <message>
        <source>Add a format</source>
        <translation>Tambah format</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Save formats</source>
        <translation>Simpan format</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Kembalikan yang asal</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Paste a line from a customer&apos;s mail</source>
        <translation>Tampal satu baris daripada emel pelanggan</translation>
    </message>
    <message>
        <source>Your own formats are in use.</source>
        <translation>Format anda sendiri sedang digunakan.</translation>
    </message>
    <message>
        <source>Found order numbers will show here.</source>
        <translation>Nombor pesanan yang ditemui akan dipaparkan di sini.</translation>
    </message>
    <message>
        <source>No order number found.</source>
        <translation>Tiada nombor pesanan ditemui.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Ditemui: %1</translation>
    </message>
    <message>
        <source>Saved. New mail is matched with these formats.</source>
        <translation>Disimpan. Emel baharu akan dipadankan dengan format ini.</translation>
    </message>
    <message>
        <source>The formats that come with Seller Desk are back.</source>
        <translation>Format asal Seller Desk sudah dikembalikan.</translation>
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
        <translation>Nama penuh pelanggan</translation>
    </message>
    <message>
        <source>The customer&apos;s email address</source>
        <translation>Alamat emel pelanggan</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>Nombor pesanan</translation>
    </message>
    <message>
        <source>The order total with its currency</source>
        <translation>Jumlah pesanan berserta mata wang</translation>
    </message>
    <message>
        <source>The items ordered, one per line</source>
        <translation>Item yang dipesan, satu setiap baris</translation>
    </message>
    <message>
        <source>When payment is due</source>
        <translation>Tarikh akhir bayaran</translation>
    </message>
    <message>
        <source>The date the order was placed</source>
        <translation>Tarikh pesanan dibuat</translation>
    </message>
    <message>
        <source>How the customer paid</source>
        <translation>Cara pelanggan membayar</translation>
    </message>
    <message>
        <source>The shipping fee</source>
        <translation>Caj penghantaran</translation>
    </message>
    <message>
        <source>The amount refunded</source>
        <translation>Amaun yang dibayar balik</translation>
    </message>
    <message>
        <source>The courier&apos;s name</source>
        <translation>Nama kurier</translation>
    </message>
    <message>
        <source>The tracking number</source>
        <translation>Nombor tracking</translation>
    </message>
    <message>
        <source>A link to the courier&apos;s tracking page</source>
        <translation>Pautan ke halaman tracking kurier</translation>
    </message>
    <message>
        <source>The expected delivery date</source>
        <translation>Anggaran tarikh tiba</translation>
    </message>
    <message>
        <source>The date the parcel was sent</source>
        <translation>Tarikh bungkusan dihantar</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama anda</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Nama kedai anda</translation>
    </message>
    <message>
        <source>The payment methods you accept</source>
        <translation>Kaedah bayaran yang anda terima</translation>
    </message>
    <message>
        <source>Your refund policy</source>
        <translation>Polisi bayaran balik anda</translation>
    </message>
    <message>
        <source>Your email signature</source>
        <translation>Tandatangan emel anda</translation>
    </message>
    <message>
        <source>The address the message is sent from</source>
        <translation>Alamat pengirim mesej</translation>
    </message>
    <message>
        <source>Where customers send returns</source>
        <translation>Alamat untuk pelanggan memulangkan barang</translation>
    </message>
    <message>
        <source>When your shop opens again after a break</source>
        <translation>Bila kedai anda dibuka semula selepas cuti</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Tarikh hari ini</translation>
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
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>You and your shop</source>
        <translation>Anda dan kedai anda</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Jualan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Bayaran</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>After the sale</source>
        <translation>Selepas jualan</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>Pemulangan dan bayaran balik</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Bercuti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
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
        <translation>Cari produk mengikut nama, varian atau SKU</translation>
    </message>
    <message>
        <source>In new orders</source>
        <translation>Dalam pesanan baharu</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Gabungkan ke dalamnya</translation>
    </message>
    <message>
        <source>Merge products</source>
        <translation>Gabungkan produk</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Its orders will count for “%2”. This cannot be undone.</source>
        <translation>Gabungkan “%1” ke dalam “%2”? Pesanannya akan dikira untuk “%2”. Ini tidak boleh dibatalkan.</translation>
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
        <translation>Cadangkan dalam pesanan baharu</translation>
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
        <translation>Produk ditambah sendiri daripada pesanan anda. Pilih satu pada baris item pesanan, dan SKU serta harganya diisi untuk anda.</translation>
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
        <translation>Disimpan.</translation>
    </message>
    <message>
        <source>Size, colour … (optional)</source>
        <translation>Saiz, warna … (pilihan)</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Dimatikan</translation>
    </message>
    <message>
        <source>Typed in two ways? Choose the other one here: this product&apos;s orders, names and prices join it, and this one disappears.</source>
        <translation>Ditaip dengan dua cara? Pilih yang satu lagi di sini: pesanan, nama dan harga produk ini digabungkan ke dalamnya, dan produk ini hilang.</translation>
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
        <translation>(tiada subjek)</translation>
    </message>
    <message>
        <source>Choose a customer to see their details and history.</source>
        <translation>Pilih pelanggan untuk melihat butiran dan sejarahnya.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Alamat penghantaran</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Alamat emel</translation>
    </message>
    <message>
        <source>For example 012-345 6789 or +62 812 3456 789</source>
        <translation>Contohnya 012-345 6789 atau +62 812 3456 789</translation>
    </message>
    <message>
        <source>History (Enter opens)</source>
        <translation>Sejarah (Enter untuk buka)</translation>
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
        <translation>Belum ada apa-apa: tiada perbualan, pesanan atau peringatan.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>Telefon / WhatsApp</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Save the customer&apos;s details (Ctrl+S)</source>
        <translation>Simpan butiran pelanggan (Ctrl+S)</translation>
    </message>
    <message>
        <source>WhatsApp chat</source>
        <translation>Sembang WhatsApp</translation>
    </message>
    <message>
        <source>Where parcels go: street, postcode, town</source>
        <translation>Ke mana bungkusan dihantar: jalan, poskod, bandar</translation>
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
        <translation>telefon sama</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Generate an app password in Yahoo&apos;s Account security page.</source>
        <translation>Jana kata laluan aplikasi (app password) di halaman Keselamatan akaun Yahoo.</translation>
    </message>
    <message>
        <source>Other (IMAP)</source>
        <translation>Lain-lain (IMAP)</translation>
    </message>
    <message>
        <source>Turn IMAP on in Outlook.com settings; with two-step verification use an app password.</source>
        <translation>Hidupkan IMAP dalam tetapan Outlook.com; jika pengesahan dua langkah dihidupkan, guna kata laluan aplikasi (app password).</translation>
    </message>
    <message>
        <source>Use an app password (myaccount.google.com/apppasswords); IMAP is on by default.</source>
        <translation>Guna kata laluan aplikasi (app password) dari myaccount.google.com/apppasswords; IMAP biasanya sudah dihidupkan.</translation>
    </message>
    <message>
        <source>Your hosting provider lists the IMAP and SMTP servers in its mail settings page.</source>
        <translation>Syarikat hosting anda menyenaraikan pelayan IMAP dan SMTP di halaman tetapan emelnya.</translation>
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
        <translation>&amp;Naik</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turun</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat se&amp;mula</translation>
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
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
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
        <translation>Gunakan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Set semula</translation>
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
        <translation>Cuba lagi</translation>
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
        <translation>Kembalikan tetapan asal</translation>
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
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat se&amp;mula</translation>
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
        <translation>Salin &amp;lokasi pautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
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
        <translation>Peringatan baharu</translation>
    </message>
    <message>
        <source>About order %1</source>
        <translation>Berkenaan pesanan %1</translation>
    </message>
    <message>
        <source>Remind me to</source>
        <translation>Ingatkan saya untuk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>e.g. send the restock photos to Aminah</source>
        <translation>cth. hantar gambar stok baharu kepada Aminah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save reminder</source>
        <translation>Simpan peringatan</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>New reminder</source>
        <translation>Peringatan baharu</translation>
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
        <translation>Perkara</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Berkenaan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation>Ubah peraturan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Selepas itu</translation>
    </message>
    <message>
        <source>Reminders come by themselves: unpaid %1 after the order, an arrival check %2 after the expected date, a feedback request %3 after delivery, and a complaint left %4 without an answer.</source>
        <translation>Peringatan datang sendiri: belum bayar %1 selepas pesanan, semakan sampai %2 selepas tarikh jangkaan, minta maklum balas %3 selepas barang sampai, dan aduan yang %4 tidak berjawab.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tangguh</translation>
    </message>
    <message>
        <source>Snooze for 3 hours: Ctrl+Z</source>
        <translation>Tangguhkan 3 jam: Ctrl+Z</translation>
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
        <translation>Sudah lewat</translation>
    </message>
    <message>
        <source>snoozed to %1</source>
        <translation>ditangguhkan hingga %1</translation>
    </message>
    <message>
        <source>Payment for order %1 not received yet</source>
        <translation>Bayaran untuk pesanan %1 belum diterima</translation>
    </message>
    <message>
        <source>Check that order %1 has arrived</source>
        <translation>Semak sama ada pesanan %1 sudah sampai</translation>
    </message>
    <message>
        <source>Ask for feedback on order %1</source>
        <translation>Minta maklum balas untuk pesanan %1</translation>
    </message>
    <message>
        <source>Answer the complaint “%1”</source>
        <translation>Balas aduan “%1”</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies.</source>
        <translation>Ditangguhkan sehingga pelanggan membalas.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Ditangguhkan hingga %1.</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 jam</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Esok pagi</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dalam 3 hari</translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation>Isnin depan</translation>
    </message>
    <message>
        <source>Until the customer replies</source>
        <translation>Sehingga pelanggan membalas</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Ada masalah: %1</translation>
    </message>
</context>
<context>
    <name>RemoveMailboxDialog</name>
    <message>
        <source>Delete its mail from this computer</source>
        <translation>Padam emelnya dari komputer ini</translation>
    </message>
    <message>
        <source>Either way the mail on the server is not touched, and the saved password is removed. You can add the mailbox again later.</source>
        <translation>Walau apa pun pilihan anda, emel di pelayan tidak disentuh, dan kata laluan yang disimpan dibuang. Anda boleh menambah akaun emel ini semula kemudian.</translation>
    </message>
    <message>
        <source>Its conversations disappear from Seller Desk, with their notes and order links. Mail that also came through another mailbox stays.</source>
        <translation>Perbualannya hilang dari Seller Desk, bersama nota dan pautan pesanannya. Emel yang juga diterima melalui akaun emel lain tetap ada.</translation>
    </message>
    <message>
        <source>Its conversations stay under All conversations and can still be searched, with their orders and notes. No new mail comes in and no reply can be sent from it.</source>
        <translation>Perbualannya kekal di bawah Semua perbualan dan masih boleh dicari, bersama pesanan dan notanya. Tiada emel baharu masuk dan tiada balasan boleh dihantar daripadanya.</translation>
    </message>
    <message>
        <source>Keep its mail on this computer</source>
        <translation>Simpan emelnya di komputer ini</translation>
    </message>
    <message>
        <source>Remove mailbox</source>
        <translation>Buang akaun emel</translation>
    </message>
    <message>
        <source>Remove the mailbox %1 (%2) from Seller Desk?</source>
        <translation>Buang akaun emel %1 (%2) dari Seller Desk?</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox have not been sent from this mailbox yet: removing it deletes them. To keep them, cancel and send them first from &quot;Reply on its way&quot;, or copy what you wrote.</source>
        <translation>
            <numerusform>%n mesej dalam peti keluar belum dihantar daripada akaun emel ini: membuang akaun ini akan memadamnya. Untuk menyimpannya, batalkan dan hantar dahulu dari &quot;Akan dihantar&quot;, atau salin apa yang anda tulis.</numerusform>
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
        <translation>Bulan lepas</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Pilih tarikh…</translation>
    </message>
    <message>
        <source>Everything, one sheet each</source>
        <translation>Semua, satu helaian setiap satu</translation>
    </message>
    <message>
        <source>This period</source>
        <extracomment>the rows of the peak view: the period, the days before it, then the seasons</extracomment>
        <translation>Tempoh ini</translation>
    </message>
    <message>
        <source>The same number of days before</source>
        <translation>Tempoh sebelumnya, sama panjang</translation>
    </message>
    <message>
        <source>Ramadan %1</source>
        <translation>Ramadan %1</translation>
    </message>
    <message>
        <source>Hari Raya (Lebaran) %1</source>
        <translation>Hari Raya Aidilfitri %1</translation>
    </message>
    <message>
        <source>11.11 sale %1</source>
        <translation>Jualan 11.11 %1</translation>
    </message>
    <message>
        <source>12.12 sale %1</source>
        <translation>Jualan 12.12 %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Order items</source>
        <translation>Item pesanan</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>History (events)</source>
        <translation>Sejarah (peristiwa)</translation>
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
        <translation>Dibalas tepat pada masa</translation>
    </message>
    <message>
        <source>Solved in (median)</source>
        <translation>Selesai dalam (median)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Jualan</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Eksport ke Excel</translation>
    </message>
    <message>
        <source>Each file covers the period above and opens in Excel or LibreOffice. Large files are written in the background.</source>
        <translation>Setiap fail meliputi tempoh di atas dan boleh dibuka dalam Excel atau LibreOffice. Fail besar ditulis di latar belakang.</translation>
    </message>
    <message>
        <source>%1 of %2 answered customers had their first reply within the %3 target, %4</source>
        <translation>%1 daripada %2 pelanggan yang dibalas menerima balasan pertama dalam sasaran %3, %4</translation>
    </message>
    <message>
        <source>%1 or more: check the product</source>
        <translation>%1 atau lebih: semak produk ini</translation>
    </message>
    <message>
        <source>%1 still waiting for your answer now</source>
        <translation>%1 masih menunggu balasan anda sekarang</translation>
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
        <translation>Perpuluhan</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sedang mengira…</translation>
    </message>
    <message>
        <source>9 in 10 within %1</source>
        <translation>9 daripada 10 dalam %1</translation>
    </message>
    <message>
        <source>%1 cases solved</source>
        <translation>%1 kes selesai</translation>
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
        <translation>Balasan pertama, median mingguan</translation>
    </message>
    <message>
        <source>First reply, median per day</source>
        <translation>Balasan pertama, median harian</translation>
    </message>
    <message>
        <source>warn (%1)</source>
        <translation>amaran (%1)</translation>
    </message>
    <message>
        <source>too late (%1)</source>
        <translation>terlalu lewat (%1)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>Customers writing per day</source>
        <translation>Bilangan pelanggan yang menghubungi sehari</translation>
    </message>
    <message>
        <source>Orders per channel</source>
        <translation>Pesanan mengikut saluran</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Answer first: %1</source>
        <translation>Utamakan balasan kepada: %1</translation>
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
        <translation>Musim sibuk: adakah balasan anda sempat?</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fail CSV</translation>
    </message>
    <message>
        <source>Complaints per product</source>
        <translation>Aduan mengikut produk</translation>
    </message>
    <message>
        <source>Counting business hours only</source>
        <translation>Kira waktu operasi sahaja</translation>
    </message>
    <message>
        <source>Counting every hour</source>
        <translation>Kira setiap jam</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Customers a day</source>
        <translation>Pelanggan sehari</translation>
    </message>
    <message>
        <source>Dates Excel reads as dates, long order and tracking numbers kept whole, and Chinese or Malay names shown right</source>
        <translation>Tarikh yang Excel baca sebagai tarikh, nombor pesanan dan nombor tracking yang panjang kekal penuh, dan nama Cina atau Melayu dipaparkan dengan betul</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>First reply, median</source>
        <translation>Balasan pertama, median</translation>
    </message>
    <message>
        <source>Headers and statuses in my language</source>
        <translation>Tajuk dan status dalam bahasa saya</translation>
    </message>
    <message>
        <source>How long customers waited for a reply</source>
        <translation>Berapa lama pelanggan menunggu balasan</translation>
    </message>
    <message>
        <source>Items sold per product</source>
        <translation>Item terjual mengikut produk</translation>
    </message>
    <message>
        <source>Median first reply %1 — target %2, %3 %4</source>
        <translation>Median balasan pertama %1 — sasaran %2, %3 %4</translation>
    </message>
    <message>
        <source>Median time to solve a case %1 — target %2, %3 %4</source>
        <translation>Median masa menyelesaikan kes %1 — sasaran %2, %3 %4</translation>
    </message>
    <message>
        <source>No busy day in this period (a busy day has %1 or more customers).</source>
        <translation>Tiada hari sibuk dalam tempoh ini (hari sibuk ada %1 pelanggan atau lebih).</translation>
    </message>
    <message>
        <source>No complaints</source>
        <translation>Tiada aduan</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>Tiada pesanan</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Belum ada sesiapa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Reply time against customers per day</source>
        <translation>Masa balas berbanding bilangan pelanggan sehari</translation>
    </message>
    <message>
        <source>Reply time against customers per week</source>
        <translation>Masa balas berbanding bilangan pelanggan seminggu</translation>
    </message>
    <message>
        <source>Reply times by person</source>
        <translation>Masa balas setiap orang</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Henti</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>This period beside the days just before it and your last peak seasons. If the reply time climbs when many customers write, prepare templates and answer in batches before the next peak.</source>
        <translation>Tempoh ini dibandingkan dengan hari-hari sebelumnya dan musim puncak anda yang lepas. Kalau masa balas naik bila ramai pelanggan menghubungi, sediakan templat dan balas secara berkumpulan sebelum musim puncak seterusnya.</translation>
    </message>
    <message>
        <source>Too few answered customers to compare busy and quiet days.</source>
        <translation>Terlalu sedikit pelanggan yang dibalas untuk membandingkan hari sibuk dan hari lengang.</translation>
    </message>
    <message>
        <source>Too slow: answer the oldest mail first and use templates for common questions</source>
        <translation>Terlalu lambat: balas emel yang paling lama dulu dan guna templat untuk soalan biasa</translation>
    </message>
    <message>
        <source>Unticked, the CSV holds the codes Seller Desk reads back (paid, jnt_my)</source>
        <translation>Jika tidak ditandakan, CSV mengandungi kod yang Seller Desk baca semula (paid, jnt_my)</translation>
    </message>
    <message>
        <source>WhatsApp: %1 (%2 chats)</source>
        <translation>WhatsApp: %1 (%2 sembang)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>Which hours the reply times count: every hour of the day, as marketplaces count them, or only your shop&apos;s opening hours (Settings, Reply times)</source>
        <translation>Jam yang dikira dalam masa balas: setiap jam dalam sehari, seperti yang marketplace kira, atau waktu operasi kedai anda sahaja (Tetapan, Masa balas)</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>sudah dibalas</translation>
    </message>
    <message>
        <source>counting every hour</source>
        <translation>dikira setiap jam</translation>
    </message>
    <message>
        <source>customers whose first mail came in this period</source>
        <translation>pelanggan yang emel pertamanya masuk dalam tempoh ini</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>kurang daripada itu</translation>
    </message>
    <message>
        <source>first reply, median</source>
        <translation>balasan pertama, median</translation>
    </message>
    <message>
        <source>in business hours</source>
        <translation>dalam waktu operasi</translation>
    </message>
    <message>
        <source>orders placed in this period: %1 paid, %2 still to be paid</source>
        <translation>pesanan dalam tempoh ini: %1 sudah bayar, %2 belum bayar</translation>
    </message>
    <message>
        <source>over %1 h</source>
        <translation>&gt; %1 j</translation>
    </message>
    <message>
        <source>sales of this period after refunds</source>
        <translation>jualan tempoh ini selepas bayaran balik</translation>
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
        <translation>✓ Balasan tetap pantas pada hari sibuk: %1 pada %2 hari yang ada %3 pelanggan atau lebih, %4 pada hari lain.</translation>
    </message>
    <message>
        <source>✗ Replies slowed on busy days: %1 on the %2 days with %3 or more customers, against %4 on the other days. Prepare templates and answer in batches before the next peak.</source>
        <translation>✗ Balasan jadi lambat pada hari sibuk: %1 pada %2 hari yang ada %3 pelanggan atau lebih, berbanding %4 pada hari lain. Sediakan templat dan balas secara berkumpulan sebelum musim puncak seterusnya.</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 j</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Eksport %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
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
        <translation>Peringatan dan emel automatik</translation>
    </message>
    <message>
        <source>Seller Desk reminds you to follow up, so no customer is forgotten. Change when each reminder comes.</source>
        <translation>Seller Desk mengingatkan anda untuk membuat susulan, supaya tiada pelanggan yang terabai. Ubah bila setiap peringatan muncul.</translation>
    </message>
    <message>
        <source>Unpaid order: remind after</source>
        <translation>Pesanan belum dibayar: ingatkan selepas</translation>
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
        <translation>Bungkusan belum sampai: semak selepas anggaran tiba ditambah</translation>
    </message>
    <message>
        <source>Ask for feedback after delivery</source>
        <translation>Minta maklum balas selepas diterima</translation>
    </message>
    <message>
        <source>Complaint not answered: remind after</source>
        <translation>Aduan belum dibalas: ingatkan selepas</translation>
    </message>
    <message>
        <source>For example, a parcel expected in 10 days gets an arrival check on day 12, so you can offer a refund before the customer has to ask.</source>
        <translation>Contohnya, bungkusan dengan anggaran tiba 10 hari akan disemak pada hari ke-12, jadi anda boleh tawarkan bayaran balik sebelum pelanggan perlu bertanya.</translation>
    </message>
    <message>
        <source>Automatic status emails</source>
        <translation>Emel status automatik</translation>
    </message>
    <message>
        <source>When you change an order&apos;s status, Seller Desk can email the customer for you with the matching template, in the customer&apos;s language.</source>
        <translation>Apabila anda menukar status pesanan, Seller Desk boleh menghantar emel kepada pelanggan menggunakan templat yang sesuai, dalam bahasa pelanggan.</translation>
    </message>
    <message>
        <source>Payment received: thank the customer</source>
        <translation>Bayaran diterima: ucap terima kasih kepada pelanggan</translation>
    </message>
    <message>
        <source>Shipped: send the courier, tracking number and expected arrival</source>
        <translation>Sudah dihantar: emelkan nama kurier, nombor tracking dan anggaran tiba</translation>
    </message>
    <message>
        <source>Delivered: ask whether all is well</source>
        <translation>Sudah diterima: tanya sama ada semuanya baik</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Pemberitahuan desktop</translation>
    </message>
    <message>
        <source>A customer writes</source>
        <translation>Pelanggan menghantar emel</translation>
    </message>
    <message>
        <source>A customer has waited past your reply target</source>
        <translation>Pelanggan menunggu melebihi sasaran masa balas anda</translation>
    </message>
    <message>
        <source>A reminder is due</source>
        <translation>Peringatan sudah tiba masanya</translation>
    </message>
</context>
<context>
    <name>ServersPage</name>
    <message>
        <source>Password and servers</source>
        <translation>Kata laluan dan pelayan</translation>
    </message>
    <message>
        <source>Sign in to the mailbox</source>
        <translation>Log masuk ke akaun emel</translation>
    </message>
    <message>
        <source>The password is checked in the next step before anything is saved.</source>
        <translation>Kata laluan disemak pada langkah seterusnya sebelum apa-apa disimpan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <source>Show the server settings</source>
        <translation>Papar tetapan pelayan</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Pelayan</translation>
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
        <translation>Kata laluan yang anda guna untuk membaca akaun emel ini di web.</translation>
    </message>
    <message>
        <source>None (no encryption)</source>
        <translation>Tiada (tanpa penyulitan)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your shop</source>
        <translation>Kedai anda</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>Bahasa dan wilayah</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Akaun emel</translation>
    </message>
    <message>
        <source>Not customers</source>
        <translation>Bukan pelanggan</translation>
    </message>
    <message>
        <source>Reply times</source>
        <translation>Masa balas</translation>
    </message>
    <message>
        <source>Reminders and emails</source>
        <translation>Peringatan dan emel</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>Nombor pesanan</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Data and backup</source>
        <translation>Data dan sandaran</translation>
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
        <translation>Pelanggan nampak nama ini sebagai pengirim emel anda.</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <source>Empty: the English text is used.</source>
        <translation>Kosong: teks bahasa Inggeris digunakan.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Teruskan mengedit</translation>
    </message>
    <message>
        <source>No state holidays for this country</source>
        <translation>Tiada cuti negeri untuk negara ini</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Kaedah bayaran</translation>
    </message>
    <message>
        <source>Refund policy</source>
        <translation>Polisi bayaran balik</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>Alamat pemulangan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save what you typed?</source>
        <translation>Simpan apa yang anda taip?</translation>
    </message>
    <message>
        <source>Set up your shop</source>
        <translation>Sediakan kedai anda</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama kedai</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tandatangan emel</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Langkau dahulu</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Negeri atau wilayah</translation>
    </message>
    <message>
        <source>Texts your replies use</source>
        <translation>Teks yang digunakan dalam balasan anda</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Zon waktu komputer ini</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zon waktu</translation>
    </message>
    <message>
        <source>Usual currency</source>
        <translation>Mata wang biasa</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Seluruh negara</translation>
    </message>
    <message>
        <source>Write them in English first. Add Malay or Indonesian when you can: a customer who writes in that language then reads them in it.</source>
        <translation>Tulis dalam bahasa Inggeris dahulu. Tambah bahasa Melayu atau Indonesia bila sempat: pelanggan yang menulis dalam bahasa itu akan membacanya dalam bahasa itu.</translation>
    </message>
    <message>
        <source>You changed your shop&apos;s details. Save them, leave them unsaved, or go back to the page.</source>
        <translation>Anda telah mengubah butiran kedai. Simpan, tinggalkan tanpa simpan, atau kembali ke halaman.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama anda</translation>
    </message>
    <message>
        <source>Your replies use these facts, so customers never read a blank. It takes a minute; you can change everything later in Settings &gt; Your shop.</source>
        <translation>Balasan anda menggunakan maklumat ini, jadi pelanggan tidak akan nampak ruang kosong. Ambil masa seminit sahaja; anda boleh ubah semuanya kemudian di Tetapan &gt; Kedai anda.</translation>
    </message>
    <message>
        <source>e.g. Full refund within 30 days if the item arrives damaged or not as described.</source>
        <translation>cth. Bayaran balik penuh dalam 30 hari jika barang sampai rosak atau tidak seperti yang diterangkan.</translation>
    </message>
    <message>
        <source>e.g. No. 12, Jalan Melati 3, 43000 Kajang, Selangor</source>
        <translation>cth. No. 12, Jalan Melati 3, 43000 Kajang, Selangor</translation>
    </message>
    <message>
        <source>e.g. Nora</source>
        <translation>cth. Nora</translation>
    </message>
    <message>
        <source>e.g. Nora Batik &amp; Craft</source>
        <translation>cth. Nora Batik &amp; Craft</translation>
    </message>
    <message>
        <source>e.g. Nora, Nora Batik &amp; Craft · WhatsApp 012-345 6789</source>
        <translation>cth. Nora, Nora Batik &amp; Craft · WhatsApp 012-345 6789</translation>
    </message>
    <message>
        <source>e.g. Online banking (Maybank), DuitNow QR, Touch &apos;n Go eWallet</source>
        <translation>cth. Perbankan dalam talian (Maybank), DuitNow QR, Touch &apos;n Go eWallet</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Add parcel</source>
        <translation>Tambah bungkusan</translation>
    </message>
    <message>
        <source>Parcel for order %1</source>
        <translation>Bungkusan untuk pesanan %1</translation>
    </message>
    <message>
        <source>Parcel for an order</source>
        <translation>Bungkusan untuk pesanan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nombor tracking</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Dihantar pada</translation>
    </message>
    <message>
        <source>As printed on the parcel slip</source>
        <translation>Seperti tercetak pada label pos (AWB)</translation>
    </message>
    <message>
        <source>The number is right: save it anyway</source>
        <translation>Nombor ini betul: simpan juga</translation>
    </message>
    <message>
        <source>Email the customer the courier, tracking link and expected arrival</source>
        <translation>Emelkan nama kurier, pautan tracking dan anggaran tiba kepada pelanggan</translation>
    </message>
    <message>
        <source>Automatic “shipped” emails are on: the customer gets one email either way.</source>
        <translation>Emel “dihantar” automatik sedang aktif: pelanggan tetap menerima satu emel sahaja.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save parcel</source>
        <translation>Simpan bungkusan</translation>
    </message>
    <message>
        <source>Expected to arrive %1 (%2 working days)</source>
        <translation>Anggaran tiba %1 (%2 hari bekerja)</translation>
    </message>
    <message>
        <source>Choose the order this parcel is for.</source>
        <translation>Pilih pesanan untuk bungkusan ini.</translation>
    </message>
    <message>
        <source>The parcel is saved, but the email was not sent: %1</source>
        <translation>Bungkusan sudah disimpan, tetapi emel tidak dihantar: %1</translation>
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
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nombor tracking</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dihantar</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Anggaran tiba</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open the courier&apos;s tracking page (Ctrl+T)</source>
        <translation>Buka halaman tracking kurier (Ctrl+T)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>Lewat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Diterima %1</translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <source>Shipments</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>Find a tracking or order number</source>
        <translation>Cari nombor tracking atau pesanan</translation>
    </message>
    <message>
        <source>Add parcel</source>
        <translation>Tambah bungkusan</translation>
    </message>
    <message>
        <source>Add a parcel to a paid order (Ctrl+N)</source>
        <translation>Tambah bungkusan untuk pesanan yang sudah dibayar (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Tandakan sudah diterima</translation>
    </message>
    <message>
        <source>No parcel is waiting to go out today.</source>
        <translation>Tiada bungkusan yang menunggu untuk dihantar hari ini.</translation>
    </message>
    <message>
        <source>Open tracking page</source>
        <translation>Buka halaman tracking</translation>
    </message>
    <message>
        <source>Email “shipped” to customer</source>
        <translation>Emel “dihantar” kepada pelanggan</translation>
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
        <translation>Lewat</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah diterima</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Packing slips for every parcel not sent yet or sent today, one page each</source>
        <translation>Slip pembungkusan untuk setiap bungkusan yang belum dihantar atau dihantar hari ini, satu halaman setiap satu</translation>
    </message>
    <message>
        <source>Slips for today…</source>
        <translation>Slip untuk hari ini…</translation>
    </message>
    <message>
        <source>The “shipped” email is in the outbox.</source>
        <translation>Emel “dihantar” sudah dalam peti keluar.</translation>
    </message>
    <message>
        <source>Parcel for order %1 marked delivered.</source>
        <translation>Bungkusan untuk pesanan %1 ditandakan sudah diterima.</translation>
    </message>
    <message>
        <source>Preparing the email…</source>
        <translation>Menyediakan emel…</translation>
    </message>
    <message>
        <source>The “shipped” email to %1 was already in the outbox.</source>
        <translation>Emel “dihantar” kepada %1 memang sudah ada dalam peti keluar.</translation>
    </message>
    <message>
        <source>The “shipped” email to %1 is in the outbox.</source>
        <translation>Emel “dihantar” kepada %1 sudah dalam peti keluar.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Ada masalah: %1</translation>
    </message>
</context>
<context>
    <name>ShopSection</name>
    <message>
        <source>Your shop</source>
        <extracomment>the set-up page saved: every section shows the stored values again</extracomment>
        <translation>Kedai anda</translation>
    </message>
    <message>
        <source>Templates fill these in for you, so every customer reads the same clear facts.</source>
        <translation>Templat mengisi maklumat ini untuk anda, jadi setiap pelanggan membaca fakta yang sama dan jelas.</translation>
    </message>
    <message>
        <source>All your shop&apos;s details on one page, with the texts in Malay and Indonesian</source>
        <translation>Semua butiran kedai anda di satu halaman, dengan teks dalam bahasa Melayu dan Indonesia</translation>
    </message>
    <message>
        <source>Set up your shop…</source>
        <translation>Sediakan kedai anda…</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama kedai</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama anda</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Kaedah bayaran</translation>
    </message>
    <message>
        <source>Refund policy</source>
        <translation>Polisi bayaran balik</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>Alamat pemulangan</translation>
    </message>
    <message>
        <source>Email signature</source>
        <translation>Tandatangan emel</translation>
    </message>
    <message>
        <source>e.g. Nora Batik &amp; Craft</source>
        <translation>cth. Nora Batik &amp; Craft</translation>
    </message>
    <message>
        <source>e.g. Online banking (Maybank), DuitNow QR, Touch &apos;n Go eWallet</source>
        <translation>cth. Perbankan dalam talian (Maybank), DuitNow QR, Touch &apos;n Go eWallet</translation>
    </message>
    <message>
        <source>e.g. Full refund within 30 days if the item arrives damaged or not as described.</source>
        <translation>cth. Bayaran balik penuh dalam 30 hari jika barang sampai rosak atau tidak seperti yang diterangkan.</translation>
    </message>
    <message>
        <source>In a template, {seller.shop_name}, {seller.name}, {seller.payment_methods}, {seller.refund_policy}, {seller.return_address} and {seller.signature} become what you write here.</source>
        <translation>Dalam templat, {seller.shop_name}, {seller.name}, {seller.payment_methods}, {seller.refund_policy}, {seller.return_address} dan {seller.signature} akan diganti dengan apa yang anda tulis di sini.</translation>
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
        <translation>Perbualan seterusnya</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Perbualan sebelumnya</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Buka perbualan</translation>
    </message>
    <message>
        <source>Back to the list / clear the search</source>
        <translation>Kembali ke senarai / kosongkan carian</translation>
    </message>
    <message>
        <source>Search mail, customers, order numbers</source>
        <translation>Cari emel, pelanggan, nombor pesanan</translation>
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
        <translation>Balas kepada semua</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Majukan</translation>
    </message>
    <message>
        <source>Going to a screen</source>
        <translation>Pergi ke skrin</translation>
    </message>
    <message>
        <source>Inbox views, in sidebar order</source>
        <translation>Paparan peti masuk, ikut susunan bar sisi</translation>
    </message>
    <message>
        <source>Mailboxes, in sidebar order</source>
        <translation>Akaun emel, ikut susunan bar sisi</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Peringatan</translation>
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
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>New: message, or order, parcel, reminder, template on their screens</source>
        <translation>Baharu: mesej, atau pesanan, bungkusan, peringatan, templat di skrin masing-masing</translation>
    </message>
    <message>
        <source>Send, or save a form</source>
        <translation>Hantar, atau simpan borang</translation>
    </message>
    <message>
        <source>Close a form (asks first if changed)</source>
        <translation>Tutup borang (bertanya dahulu jika ada perubahan)</translation>
    </message>
    <message>
        <source>Insert a template by its shortcut</source>
        <translation>Masukkan templat melalui pintasannya</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Pilih templat</translation>
    </message>
    <message>
        <source>Tidying up</source>
        <translation>Mengemas</translation>
    </message>
    <message>
        <source>Close (done)</source>
        <translation>Tutup (selesai)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tangguh</translation>
    </message>
    <message>
        <source>Tag: complaint, return, refund …</source>
        <translation>Tag: aduan, pemulangan, bayaran balik…</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Tandakan belum dibaca</translation>
    </message>
    <message>
        <source>Not a customer (family, bank, courier …)</source>
        <translation>Bukan pelanggan (keluarga, bank, kurier …)</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+klik</translation>
    </message>
    <message>
        <source>Select several conversations</source>
        <translation>Pilih beberapa perbualan</translation>
    </message>
    <message>
        <source>Check all mailboxes now</source>
        <translation>Semak semua akaun emel sekarang</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Papar atau sembunyikan bantuan ini</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Menunggu bayaran</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Sudah dibungkus</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sudah dihantar</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sudah diterima</translation>
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
        <translation>Dipulangkan</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dibayar balik</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Belum dihantar</translation>
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
        <translation>Peringatan bayaran</translation>
    </message>
    <message>
        <source>Check arrival</source>
        <translation>Semak ketibaan</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Minta maklum balas</translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation>Susulan aduan</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Peringatan</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier conversation(s)</source>
        <translation>
            <numerusform>%n perbualan sebelum ini</numerusform>
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
        <translation>Salin pautan log masuk</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Seller Desk waits here.</source>
        <translation>Selesaikan log masuk dalam pelayar web anda. Seller Desk menunggu di sini.</translation>
    </message>
    <message>
        <source>Go back to Seller Desk to see why.</source>
        <translation>Kembali ke Seller Desk untuk melihat sebabnya.</translation>
    </message>
    <message>
        <source>Is this mailbox run by Microsoft 365 or Google Workspace? Then sign in with them instead of a password.</source>
        <translation>Adakah akaun emel ini di bawah Microsoft 365 atau Google Workspace? Jika ya, log masuk melaluinya dan bukan dengan kata laluan.</translation>
    </message>
    <message>
        <source>Microsoft mailboxes (Outlook.com, Hotmail, Live) take no passwords from mail programs: sign in once in your browser and Seller Desk stays signed in.</source>
        <translation>Akaun emel Microsoft (Outlook.com, Hotmail, Live) tidak menerima kata laluan daripada aplikasi emel: log masuk sekali dalam pelayar web dan Seller Desk akan kekal log masuk.</translation>
    </message>
    <message>
        <source>No browser opened. Copy the sign-in link and open it in your browser.</source>
        <translation>Tiada pelayar web terbuka. Salin pautan log masuk dan bukanya dalam pelayar web anda.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum log masuk</translation>
    </message>
    <message>
        <source>Sign in once in your browser and Seller Desk stays signed in. An app password, below, works too.</source>
        <translation>Log masuk sekali dalam pelayar web dan Seller Desk akan kekal log masuk. Kata laluan aplikasi di bawah juga boleh digunakan.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Log masuk dengan %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sudah log masuk</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sudah log masuk sebagai %1.</translation>
    </message>
    <message>
        <source>The link is copied: paste it into your browser&apos;s address bar.</source>
        <translation>Pautan sudah disalin: tampalkannya pada bar alamat pelayar web anda.</translation>
    </message>
    <message>
        <source>The sign-in did not work; the details are in the log.</source>
        <translation>Log masuk tidak berjaya; butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Log masuk dibatalkan.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Seller Desk.</source>
        <translation>Anda boleh tutup tab ini dan kembali ke Seller Desk.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Log masuk semula</translation>
    </message>
    <message>
        <source>The sign-in of %1 has ended, for example after a password change. Replies you queued wait and go out once you are signed in.</source>
        <translation>Log masuk %1 sudah tamat, contohnya selepas kata laluan ditukar. Balasan yang menunggu akan dihantar sebaik sahaja anda log masuk.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Fetching your mail</source>
        <translation>Mengambil emel anda</translation>
    </message>
    <message>
        <source>The newest mail comes first and shows in the inbox at once; you can close this window, older mail keeps arriving.</source>
        <translation>Emel terbaharu datang dahulu dan terus muncul dalam peti masuk; anda boleh tutup tetingkap ini, emel lama akan terus masuk.</translation>
    </message>
    <message>
        <source>Saving the mailbox…</source>
        <translation>Menyimpan akaun emel…</translation>
    </message>
    <message>
        <source>The password is kept only until Seller Desk closes, because this computer has no password store. %1</source>
        <translation>Kata laluan disimpan hanya sehingga Seller Desk ditutup, kerana komputer ini tiada storan kata laluan. %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <source>The mailbox could not be saved.</source>
        <translation>Akaun emel tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 messages…</source>
        <translation>%1 daripada %2 mesej diambil…</translation>
    </message>
    <message>
        <source>Done: %1 messages fetched. The inbox is up to date.</source>
        <translation>Selesai: %1 mesej diambil. Peti masuk sudah terkini.</translation>
    </message>
    <message>
        <source>The mailbox is saved, but fetching mail stopped: %1 Seller Desk tries again by itself.</source>
        <translation>Akaun emel sudah disimpan, tetapi pengambilan emel terhenti: %1 Seller Desk akan cuba lagi dengan sendirinya.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n mesej belum dihantar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)</source>
        <translation>
            <numerusform>Menghantar %n mesej</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Insert a template</source>
        <extracomment>a language&apos;s name in itself, as the language setting shows it (vertical, horizontal) padding of a list row in the style sheet (QListWidget::item)</extracomment>
        <translation>Masukkan templat</translation>
    </message>
    <message>
        <source>Search by name, shortcut or words</source>
        <translation>Cari mengikut nama, pintasan atau perkataan</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Masukkan</translation>
    </message>
    <message>
        <source>%1: not known yet</source>
        <translation>%1: belum diketahui</translation>
    </message>
    <message>
        <source>Everything is filled in for this conversation.</source>
        <translation>Semua sudah diisi untuk perbualan ini.</translation>
    </message>
    <message>
        <source>No template matches. Templates are written and edited under Templates in the sidebar.</source>
        <translation>Tiada templat yang sepadan. Templat ditulis dan disunting di bahagian Templat pada bar sisi.</translation>
    </message>
    <message>
        <source>Still blank (marked in red; you fill them after inserting):</source>
        <translation>Masih kosong (bertanda merah; isi selepas dimasukkan):</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}</source>
        <translation>Ruang isian tidak dikenali {%1}</translation>
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
        <translation>Semuanya sudah diisi.</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Tiada pesanan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <source>The order&apos;s customer</source>
        <translation>Pelanggan pesanan ini</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}</source>
        <translation>Ruang isian tidak dikenali {%1}</translation>
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
        <translation>Templat baharu</translation>
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
        <translation>cth. paid, ditaip sebagai /paid</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Masukkan ruang isian</translation>
    </message>
    <message>
        <source>Start from another language</source>
        <translation>Mula daripada bahasa lain</translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation>Kembalikan teks asal</translation>
    </message>
    <message>
        <source>Delete this language</source>
        <translation>Padam bahasa ini</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Not written in %1 yet. Write it here, or start from another language and translate.</source>
        <translation>Belum ditulis dalam %1. Tulis di sini, atau mula daripada bahasa lain dan terjemahkan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Disimpan.</translation>
    </message>
    <message>
        <source>Delete the %1 version of “%2”?</source>
        <translation>Padam versi %1 bagi “%2”?</translation>
    </message>
    <message>
        <source>Put back the original text of this template in %1? Your changes to it are lost.</source>
        <translation>Kembalikan teks asal templat ini dalam %1? Perubahan anda akan hilang.</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Checking the connection</source>
        <translation>Menyemak sambungan</translation>
    </message>
    <message>
        <source>It works. Press Next to choose from when customers count as waiting.</source>
        <translation>Berjaya. Tekan Seterusnya untuk memilih sejak bila pelanggan dikira sebagai menunggu.</translation>
    </message>
    <message>
        <source>Seller Desk signs in to read and to send, and saves nothing until both work.</source>
        <translation>Seller Desk log masuk untuk membaca dan menghantar, dan tidak menyimpan apa-apa sehingga kedua-duanya berjaya.</translation>
    </message>
    <message>
        <source>Trust this certificate and try again</source>
        <translation>Percayai sijil ini dan cuba lagi</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>This computer has no password store, so Seller Desk keeps the password only until you close it and asks again at the next start. %1</source>
        <translation>Komputer ini tiada storan kata laluan, jadi Seller Desk menyimpan kata laluan hanya sehingga anda menutupnya dan akan bertanya lagi pada permulaan seterusnya. %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menyambung ke %1…</translation>
    </message>
    <message>
        <source>Sending mail did not work.</source>
        <translation>Gagal menghantar emel.</translation>
    </message>
    <message>
        <source>Reading mail did not work.</source>
        <translation>Gagal membaca emel.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Sesuatu yang tidak dijangka berlaku; butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>Only trust it if you expected a certificate of your own (a home server or a small web host). Its fingerprint is:
%1</source>
        <translation>Percayai sijil ini hanya jika anda memang menjangkakan sijil sendiri (pelayan di rumah atau hosting laman web yang kecil). Cap jarinya ialah:
%1</translation>
    </message>
    <message>
        <source>Go Back to correct the password.</source>
        <translation>Tekan Kembali untuk membetulkan kata laluan.</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>(Counted among the newest %1 of %2 messages: there may be more.)</source>
        <translation>(Dikira antara %1 mesej terbaru daripada %2: mungkin ada lagi.)</translation>
    </message>
    <message>
        <source>A waiting timer starts only for unanswered customer mail from this day on.</source>
        <translation>Pemasa menunggu hanya berjalan untuk emel pelanggan yang belum berjawab mulai tarikh ini.</translation>
    </message>
    <message>
        <source>Count customers as waiting from</source>
        <translation>Kira pelanggan sebagai menunggu sejak</translation>
    </message>
    <message>
        <source>Counting the messages in your inbox…</source>
        <translation>Mengira mesej dalam peti masuk anda…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log.</source>
        <translation>Sesuatu yang tidak dijangka berlaku; butirannya ada dalam log.</translation>
    </message>
    <message>
        <source>Unanswered mail older than this is kept, listed and searchable, but no waiting timer runs for it. 0 counts only mail from today on.</source>
        <translation>Mel belum berjawab yang lebih lama daripada ini tetap disimpan, disenaraikan dan boleh dicari, tetapi tiada pemasa menunggu untuknya. Pilih 0 untuk mengira mel hari ini sahaja.</translation>
    </message>
    <message>
        <source>Which customers are waiting for you?</source>
        <translation>Pelanggan mana yang sedang menunggu anda?</translation>
    </message>
    <message>
        <source>Your inbox could not be counted: %1 You can still go on; the choice works the same.</source>
        <translation>Peti masuk anda tidak dapat dikira: %1 Anda masih boleh teruskan; pilihan ini tetap berfungsi sama.</translation>
    </message>
    <message>
        <source>or from the date</source>
        <translation>atau sejak tarikh</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n hari lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from today will count; %1 older ones are kept as history.</source>
        <translation>
            <numerusform>%n mesej dari hari ini akan dikira; %1 mesej lebih lama disimpan sebagai sejarah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the last %1 days will count; %2 older ones are kept as history.</source>
        <translation>
            <numerusform>%n mesej dalam %1 hari lalu akan dikira; %2 mesej lebih lama disimpan sebagai sejarah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the last 24 hours will count; %1 older ones are kept as history.</source>
        <translation>
            <numerusform>%n mesej dalam 24 jam lalu akan dikira; %1 mesej lebih lama disimpan sebagai sejarah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) since %1 will count; %2 older ones are kept as history.</source>
        <translation>
            <numerusform>%n mesej sejak %1 akan dikira; %2 mesej lebih lama disimpan sebagai sejarah.</numerusform>
        </translation>
    </message>
</context>
</TS>
