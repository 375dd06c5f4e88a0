"""Words for the demo shop: customers, products and what they write, in three languages.

Kept apart from the generator so the prose can be read and improved on its own.
Placeholders: {first} customer's first name, {order} order number, {product} product,
{courier} courier name, {tracking} tracking number, {amount} order total, {shop} shop name.
"""

from __future__ import annotations

SHOP_NAME = "Nora Batik & Craft"
SELLER_NAME = "Nora"

# made-up delivery addresses, by country, handed out in turn (a packing slip needs one)
ADDRESSES: dict[str, list[str]] = {
    "MY": ["No. 14, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru, Johor",
           "B-12-3, Residensi Seri Putra, Jalan P9, 62250 Putrajaya",
           "27 Lorong Kenari 5, Taman Sri Rampai, 53300 Kuala Lumpur",
           "Lot 1088, Kampung Padang Temu, 75050 Melaka",
           "45 Jalan Sultan Ahmad Shah, 10050 George Town, Pulau Pinang"],
    "ID": ["Jl. Melati No. 21, RT 03/RW 05, Kel. Cempaka Putih, Jakarta Pusat 10510",
           "Perumahan Griya Asri Blok C2 No. 7, Sidoarjo, Jawa Timur 61252",
           "Jl. Kaliurang Km 5, Gg. Sawo No. 12, Sleman, DI Yogyakarta 55281",
           "Jl. Gatot Subroto No. 88, Denpasar, Bali 80117"],
    "SG": ["Blk 312 Clementi Ave 4, #08-221, Singapore 120312"],
    "GB": ["14 Elm Grove, Headingley, Leeds LS6 2AX, United Kingdom"],
    "AU": ["3/27 Wattle Street, Fitzroy VIC 3065, Australia"],
    "DE": ["Lindenstraße 8, 10969 Berlin, Germany"],
    "PH": ["Unit 5B, 18 Mabini St, Quezon City 1100, Philippines"],
    "VN": ["25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội, Vietnam"],
}

# (display name, first name for greetings, email, language, country, phone)
CUSTOMERS: list[tuple[str, str, str, str, str, str]] = [
    ("Nur Aisyah binti Ahmad", "Aisyah", "aisyah.ahmad@gmail.com", "ms", "MY", "+60123456789"),
    ("Tan Wei Ming", "Wei Ming", "weiming.tan@yahoo.com", "en", "MY", "+60162233445"),
    ("Muthu Krishnan", "Muthu", "muthu.k@outlook.com", "en", "MY", "+60197788990"),
    ("Siti Hajar Mohd Yusof", "Siti", "sitihajar.my@gmail.com", "ms", "MY", "+60134455667"),
    ("Ahmad Faizal Rahman", "Faizal", "faizal.rahman@hotmail.com", "ms", "MY", ""),
    ("Lim Mei Ling", "Mei Ling", "meiling.lim@gmail.com", "en", "MY", "+60127766554"),
    ("Nurul Izzah Kamal", "Izzah", "izzah.kamal@yahoo.com.my", "ms", "MY", ""),
    ("Rajesh Pillai", "Rajesh", "rajesh.pillai@gmail.com", "en", "MY", "+60112345678"),
    ("陈美玲 (Chen Mei Ling)", "美玲", "chen.meiling@qq.com", "en", "MY", ""),
    ("Farah Diana Zulkifli", "Farah", "farahdiana@gmail.com", "ms", "MY", "+60198877665"),
    ("Budi Santoso", "Budi", "budi.santoso@gmail.com", "id", "ID", "+6281234567890"),
    ("Dewi Lestari", "Dewi", "dewi.lestari@yahoo.co.id", "id", "ID", "+6285712345678"),
    ("Rina Wijaya", "Rina", "rina.wijaya@gmail.com", "id", "ID", ""),
    ("Agus Pratama", "Agus", "agus.pratama@outlook.co.id", "id", "ID", "+6281398765432"),
    ("Putri Maharani", "Putri", "putri.maharani@gmail.com", "id", "ID", ""),
    ("Siti Rahayu", "Siti", "sitirahayu88@yahoo.co.id", "id", "ID", "+6287812345678"),
    ("Eko Saputra", "Eko", "eko.saputra@gmail.com", "id", "ID", ""),
    ("Sarah Collins", "Sarah", "sarah.collins@gmail.com", "en", "GB", ""),
    ("James O'Neill", "James", "james.oneill@outlook.com", "en", "AU", ""),
    ("Hannah Schmidt", "Hannah", "h.schmidt@web.de", "en", "DE", ""),
    ("Kavitha Subramaniam", "Kavitha", "kavitha.s@gmail.com", "en", "SG", "+6591234567"),
    ("Zainab Othman", "Zainab", "zainab.othman@gmail.com", "ms", "MY", ""),
    ("Hafiz Ismail", "Hafiz", "hafiz.ismail@yahoo.com", "ms", "MY", "+60145566778"),
    ("Wulan Sari", "Wulan", "wulan.sari@gmail.com", "id", "ID", ""),
    ("Yusuf Hidayat", "Yusuf", "yusuf.hidayat@gmail.com", "id", "ID", "+6282198765432"),
    ("Emily Wong", "Emily", "emily.wong@gmail.com", "en", "MY", ""),
    ("Ong Kah Hoe", "Kah Hoe", "kahhoe.ong@gmail.com", "en", "MY", ""),
    ("Amirul Hakim", "Amirul", "amirul.hakim@gmail.com", "ms", "MY", ""),
    ("Maria Gonzales", "Maria", "maria.gonzales@gmail.com", "en", "PH", ""),
    ("Nguyễn Thị Lan", "Lan", "lan.nguyen@gmail.com", "en", "VN", ""),
    ("Intan Permata", "Intan", "intan.permata@gmail.com", "id", "ID", ""),
    ("Fitri Handayani", "Fitri", "fitri.handayani@yahoo.co.id", "id", "ID", ""),
    ("Daniel Chua", "Daniel", "daniel.chua@gmail.com", "en", "SG", ""),
    ("Noraini Abdullah", "Noraini", "noraini.abdullah@gmail.com", "ms", "MY", "+60139988776"),
    ("Kevin Tanoto", "Kevin", "kevin.tanoto@gmail.com", "id", "ID", ""),
]

# (sku, title, price MYR, price IDR)
PRODUCTS: list[tuple[str, str, str, str]] = [
    ("BTK-SCF-01", "Batik silk scarf, Terengganu floral", "89.00", "320000"),
    ("BTK-SCF-02", "Batik cotton shawl, indigo", "59.00", "210000"),
    ("BTK-SRG-01", "Batik sarong, hand-drawn (batik tulis)", "149.00", "550000"),
    ("SOAP-LEM-03", "Handmade soap, lemongrass (3 bars)", "25.00", "85000"),
    ("SOAP-PAN-03", "Handmade soap, pandan & coconut (3 bars)", "25.00", "85000"),
    ("KOPI-LIB-250", "Liberica coffee beans, 250 g", "32.00", "110000"),
    ("BAG-SNG-01", "Songket clutch bag", "119.00", "430000"),
    ("CASE-BTK-15", "Batik phone case, iPhone 15", "39.00", "140000"),
    ("TDG-BAW-01", "Bawal tudung, printed chiffon", "35.00", "125000"),
    ("CNDL-SER-01", "Serai scented candle", "29.00", "99000"),
]

CHANNEL_PAYMENT = {
    "ebay": "PayPal",
    "shopee": "ShopeePay",
    "lazada": "Lazada Wallet",
    "tokopedia": "Transfer bank BCA",
    "web": "Online banking (FPX)",
    "whatsapp": "Bank transfer (Maybank)",
}

COURIERS_MY = ["poslaju", "jnt_my", "ninjavan_my", "dhl_ecommerce_my", "gdex", "citylink", "spx_my"]
COURIERS_ID = ["jne", "jnt_id", "sicepat", "anteraja", "pos_indonesia", "ninja_xpress"]
COURIER_NAMES = {
    "poslaju": "Pos Laju",
    "jnt_my": "J&T Express",
    "ninjavan_my": "Ninja Van",
    "dhl_ecommerce_my": "DHL eCommerce",
    "gdex": "GDEX",
    "citylink": "City-Link Express",
    "spx_my": "SPX Express",
    "lazada_logistics": "Lazada Logistics",
    "jne": "JNE",
    "jnt_id": "J&T Express",
    "sicepat": "SiCepat",
    "anteraja": "AnterAja",
    "pos_indonesia": "Pos Indonesia",
    "ninja_xpress": "Ninja Xpress",
}

# scenario -> language -> list of (subject, customer's first message, optional follow-up)
CUSTOMER_MESSAGES: dict[str, dict[str, list[tuple[str, str, str]]]] = {
    "question": {
        "en": [
            ("Question about the {product}",
             "Hi,\n\nIs the {product} still available? What is the size and can it be "
             "washed by machine?\n\nThanks,\n{first}",
             "Also, do you ship to Penang? How many days usually?"),
            ("Colour of the {product}",
             "Hello, the photo of the {product} looks more blue on my phone. Is it "
             "really indigo or closer to navy? I want it as a gift.\n\n{first}",
             "Sorry to ask again, could you send one more photo in daylight?"),
        ],
        "ms": [
            ("Tanya pasal {product}",
             "Assalamualaikum kak,\n\n{product} masih ada stok tak? Saiz dia berapa ya, "
             "dan boleh basuh guna mesin?\n\nTerima kasih,\n{first}",
             "Kak, boleh pos ke Kota Bharu? Biasanya berapa hari sampai?"),
            ("Warna {product}",
             "Hi kak, warna {product} dalam gambar nampak biru sikit. Betul ke warna "
             "asli dia macam tu? Nak bagi hadiah untuk mak.\n\n{first}",
             "Kak, boleh hantar gambar lagi satu tak? Yang ambil masa siang."),
        ],
        "id": [
            ("Tanya soal {product}",
             "Halo kak,\n\n{product} masih ready? Ukurannya berapa ya, dan bisa dicuci "
             "pakai mesin cuci?\n\nMakasih,\n{first}",
             "Kak, bisa kirim ke Surabaya? Biasanya berapa hari sampai?"),
            ("Warna {product}",
             "Permisi kak, warna {product} di foto kelihatan agak kebiruan. Aslinya "
             "memang begitu? Mau buat kado ibu saya.\n\n{first}",
             "Kak, boleh minta foto tambahan yang di bawah cahaya matahari?"),
        ],
    },
    "payment": {
        "en": [
            ("Payment for order {order}",
             "Hi, I have paid {amount} for order {order} just now by online banking. "
             "Attached is the receipt. Please confirm.\n\n{first}",
             "Hi again, just checking if you received my payment for {order}?"),
        ],
        "ms": [
            ("Bayaran pesanan {order}",
             "Salam kak, saya dah bank in {amount} untuk pesanan {order} tadi. Resit saya "
             "lampirkan. Tolong semak ya.\n\n{first}",
             "Kak, dah terima ke bayaran saya untuk {order}? Risau pula."),
        ],
        "id": [
            ("Pembayaran pesanan {order}",
             "Halo kak, saya sudah transfer {amount} untuk pesanan {order} barusan. Bukti "
             "transfer saya lampirkan ya. Mohon dicek.\n\n{first}",
             "Kak, transferan saya untuk {order} sudah masuk belum ya?"),
        ],
    },
    "where": {
        "en": [
            ("Where is my order {order}?",
             "Hi, I ordered {product} (order {order}) more than a week ago and it has "
             "not arrived. The tracking {tracking} has not moved for 3 days. Can you "
             "check with {courier}?\n\n{first}",
             "Any news on {order}? I need it by this weekend."),
        ],
        "ms": [
            ("Barang belum sampai - {order}",
             "Kak, pesanan {order} ({product}) saya belum sampai lagi. Tracking "
             "{tracking} dah 3 hari tak bergerak. Boleh tolong semak dengan {courier}?"
             "\n\n{first}",
             "Kak, ada berita pasal {order}? Saya perlukan sebelum hujung minggu ni."),
        ],
        "id": [
            ("Paket belum sampai - {order}",
             "Kak, pesanan {order} ({product}) belum sampai juga. Resi {tracking} sudah "
             "3 hari tidak update. Tolong dicek ke {courier} ya kak.\n\n{first}",
             "Kak, gimana kabar paket {order}? Saya butuh sebelum akhir pekan."),
        ],
    },
    "complaint": {
        "en": [
            ("Damaged item - order {order}",
             "Hello, I received the {product} today but it is damaged: the stitching "
             "is torn on one side. I am quite disappointed. What can you do?\n\n{first}",
             "I have not heard back. Please reply, I would like a replacement or a refund."),
            ("Wrong item received ({order})",
             "Hi, I ordered {product} but received a different item. Order {order}. "
             "Please advise how to return it.\n\n{first}",
             "Hello? Still waiting for your answer about the wrong item."),
        ],
        "ms": [
            ("Barang rosak - {order}",
             "Kak, saya dah terima {product} hari ni tapi jahitan terkoyak sebelah. "
             "Kecewa sikit. Macam mana ya?\n\n{first}",
             "Kak, belum ada jawapan lagi. Saya nak tukar baru atau refund."),
        ],
        "id": [
            ("Barang rusak - {order}",
             "Kak, {product} sudah sampai tapi jahitannya sobek di satu sisi. Agak kecewa "
             "ya kak. Bagaimana solusinya?\n\n{first}",
             "Kak, belum ada balasan. Saya minta tukar baru atau refund ya."),
        ],
    },
    "refund": {
        "en": [
            ("Refund request {order}",
             "Hi, the {product} from order {order} is not what I expected and I would "
             "like to return it for a refund, as your 30-day policy says.\n\n{first}",
             "Could you tell me the return address, please?"),
        ],
        "ms": [
            ("Minta refund {order}",
             "Salam kak, {product} (pesanan {order}) tak sama macam gambar. Saya nak "
             "pulangkan dan minta refund ikut polisi 30 hari.\n\n{first}",
             "Kak, alamat nak pulangkan barang di mana ya?"),
        ],
        "id": [
            ("Pengajuan refund {order}",
             "Halo kak, {product} dari pesanan {order} tidak sesuai harapan. Saya mau "
             "retur dan minta refund sesuai garansi 30 hari.\n\n{first}",
             "Kak, alamat untuk retur barangnya di mana ya?"),
        ],
    },
    "thanks": {
        "en": [
            ("Received, thank you!",
             "Hi, the {product} arrived today and it is beautiful. Thank you! Will "
             "order again for Hari Raya.\n\n{first}", ""),
        ],
        "ms": [
            ("Dah terima, terima kasih!",
             "Kak, {product} dah sampai. Cantik sangat! Terima kasih, nanti nak order "
             "lagi untuk raya.\n\n{first}", ""),
        ],
        "id": [
            ("Sudah sampai, makasih!",
             "Kak, {product} sudah sampai dan bagus banget. Makasih ya, nanti order "
             "lagi buat Lebaran.\n\n{first}", ""),
        ],
    },
}

SELLER_REPLIES: dict[str, dict[str, str]] = {
    "question": {
        "en": "Hi {first},\n\nThank you for asking! Yes, the {product} is in stock. It is "
              "hand-wash only to keep the colours bright. We post within 1 working day.\n\n"
              "Warm regards,\nNora",
        "ms": "Waalaikumussalam {first},\n\nTerima kasih bertanya! Ya, {product} masih ada "
              "stok. Sebaiknya basuh tangan supaya warna kekal cantik. Kami pos dalam 1 hari "
              "bekerja.\n\nSalam mesra,\nNora",
        "id": "Halo {first},\n\nMakasih sudah bertanya! {product} masih ready ya kak. "
              "Sebaiknya dicuci tangan supaya warnanya awet. Kami kirim dalam 1 hari kerja."
              "\n\nSalam hangat,\nNora",
    },
    "payment": {
        "en": "Hi {first},\n\nWe have received your payment of {amount} for order {order}. "
              "Thank you! Your parcel will be posted tomorrow and I will send the tracking "
              "number.\n\nNora",
        "ms": "Hi {first},\n\nBayaran {amount} untuk pesanan {order} sudah kami terima. "
              "Terima kasih! Barang akan dipos esok dan saya akan hantar nombor tracking."
              "\n\nNora",
        "id": "Halo {first},\n\nPembayaran {amount} untuk pesanan {order} sudah kami terima. "
              "Terima kasih! Paket dikirim besok dan nomor resi akan saya kabari.\n\nNora",
    },
    "where": {
        "en": "Hi {first},\n\nSorry for the wait. I have checked with {courier}: parcel "
              "{tracking} is at the sorting centre and should reach you in 2 days. If it "
              "does not arrive by then, I will send a new one or refund you.\n\nNora",
        "ms": "Hi {first},\n\nMaaf lambat. Saya dah semak dengan {courier}: bungkusan "
              "{tracking} ada di pusat sortir dan patut sampai dalam 2 hari. Kalau tak "
              "sampai juga, saya hantar yang baru atau refund.\n\nNora",
        "id": "Halo {first},\n\nMohon maaf menunggu. Sudah saya cek ke {courier}: paket "
              "{tracking} ada di gudang sortir dan harusnya sampai 2 hari lagi. Kalau belum "
              "sampai juga, saya kirim ulang atau refund ya.\n\nNora",
    },
    "complaint": {
        "en": "Hi {first},\n\nI am so sorry about this. Please send me a photo of the "
              "problem and I will send a replacement at no cost, or a full refund if you "
              "prefer.\n\nNora",
        "ms": "Hi {first},\n\nMinta maaf sangat atas masalah ni. Boleh hantar gambar? Saya "
              "akan hantar ganti tanpa caj, atau refund penuh kalau itu lebih baik.\n\nNora",
        "id": "Halo {first},\n\nMohon maaf sekali atas kejadian ini. Boleh kirim fotonya? "
              "Saya kirim pengganti gratis, atau refund penuh kalau kakak lebih suka.\n\nNora",
    },
    "refund": {
        "en": "Hi {first},\n\nOf course. Please post the item back to Nora Batik & Craft, "
              "Lot 12 Jalan Kenanga, 20400 Kuala Terengganu. I will refund {amount} as soon "
              "as it arrives.\n\nNora",
        "ms": "Hi {first},\n\nBoleh. Sila pos semula barang ke Nora Batik & Craft, Lot 12 "
              "Jalan Kenanga, 20400 Kuala Terengganu. Saya refund {amount} sebaik barang "
              "sampai.\n\nNora",
        "id": "Halo {first},\n\nTentu bisa. Silakan kirim barangnya ke Nora Batik & Craft, "
              "Lot 12 Jalan Kenanga, 20400 Kuala Terengganu, Malaysia. Refund {amount} saya "
              "proses begitu barang sampai.\n\nNora",
    },
    "thanks": {
        "en": "Thank you so much, {first}! It made my day. See you again soon.\n\nNora",
        "ms": "Terima kasih banyak {first}! Gembira sangat dengar. Jumpa lagi!\n\nNora",
        "id": "Makasih banyak {first}! Senang sekali dengarnya. Ditunggu order berikutnya!"
              "\n\nNora",
    },
}

# marketplace notifications: (channel, sender name, sender address, subject, body)
NOTIFICATIONS: list[tuple[str, str, str, str, str]] = [
    ("ebay", "eBay", "ebay@ebay.com", "You made the sale for {product}",
     "Congratulations, you sold {product}.\nOrder number: {order}\nTotal: {amount}\n"
     "Ship by: 2 business days.\n\nThis is an automated message, please do not reply."),
    ("shopee", "Shopee Malaysia", "no-reply@shopee.com.my", "Pesanan baru #{order}",
     "Anda menerima pesanan baru.\nNo. Pesanan: {order}\nProduk: {product}\nJumlah: {amount}"
     "\n\nSila hantar dalam masa 2 hari."),
    ("lazada", "Lazada Seller Center", "noreply@lazada.com.my", "New order {order}",
     "You have a new order.\nOrder No.: {order}\nItem: {product}\nAmount: {amount}\n"
     "Please pack and ready to ship within 2 days."),
    ("tokopedia", "Tokopedia", "noreply@tokopedia.com", "Pesanan Baru {order}",
     "Ada pesanan baru untuk tokomu!\nNomor invoice: {order}\nProduk: {product}\n"
     "Total: {amount}\nSegera proses pesanan sebelum dibatalkan otomatis."),
]
