# Hand-written directory and catalog for Fixtures/relevance-sirup (fictional).
# Each supplier: key, name, scale, region, sentra, supplier-level cert types, active, items.
# Each item: (name, category, unit, unit_price, capacity_per_month, lead_time_days, tkdn,
#             product cert types, description, kind)
# `kind` is the labeller's own tag of what the product IS (never written to the CSVs);
# needs.py names the kinds an officer would accept for each need.

H = "halal"
P = "pirt"
B = "bpom"
S = "sni"
T = "tkdn"

SUPPLIERS = [
    # ------------------------------------------------------------------ jasa-boga (perishable)
    ("JB-ENNY", "Dapur Bu Enny Catering", "mikro", "36.73", "Sentra Kuliner Kaujon", [H, P], "ya", [
        ("Nasi Box Ayam Bakar + Lalapan (min order 50)", "jasa-boga", "box", 32000, 1500, 2, 95, [H], "nasi putih, ayam bakar madu, tahu tempe, lalapan sambal, air mineral", "nasibox"),
        ("NASI KOTAK Rendang Sapi Komplit + Buah + Air Mineral", "jasa-boga", "box", 45000, 1000, 3, 92, [H], "nasi kotak rendang, sayur, kerupuk, buah potong", "nasibox"),
        ("Snack Box Isi 4 (Risol, Lemper, Bolu, Air Mineral) PROMO", "jasa-boga", "box", 15000, 2500, 1, 95, [H], "kue kotak rapat, jajan pasar", "snackbox"),
        ("Tumpeng Nasi Kuning Mini 1 Pax (Box Mika)", "jasa-boga", "box", 38000, 400, 2, 90, [H], "tumpeng mini nasi kuning syukuran", "tumpengmini"),
    ]),
    ("JB-SARIRASA", "Rumah Makan & Katering Sari Rasa Banten", "kecil", "36.73", "", [H], "ya", [
        ("Prasmanan Menu Nusantara min 100 pax (Nasi, 2 Lauk, Sayur, Buah, Es Buah)", "jasa-boga", "porsi", 65000, 3000, 5, 90, [H], "prasmanan buffet acara resmi, peralatan saji dan pramusaji", "prasmanan"),
        ("Nasi Box Ayam Goreng Serundeng Paket Hemat", "jasa-boga", "box", 27000, 3000, 2, 90, [H], "nasi box, ayam goreng, sambal, lalap, kerupuk, air mineral", "nasibox"),
        ("Coffee Break 2 Kue + Kopi/Teh Sesi Rapat", "jasa-boga", "pax", 22000, 3000, 2, 88, [H], "coffee break rapat dan pelatihan, kopi teh dan kue", "coffeebreak"),
        ("Tumpeng Nasi Kuning Besar 30 Porsi + Lauk Lengkap", "jasa-boga", "paket", 950000, 40, 3, 90, [H], "tumpeng syukuran peresmian", "tumpeng"),
    ]),
    ("JB-BOGAPRIMA", "PT Boga Prima Nusantara", "besar", "36.73", "", [H], "ya", [
        ("Nasi Box Premium Ayam Bakar / Ikan Bakar", "jasa-boga", "box", 24000, 10000, 1, 55, [H], "nasi box katering industri", "nasibox"),
        ("Snack Box 3 Item Hemat", "jasa-boga", "box", 11000, 15000, 1, 50, [H], "snack box", "snackbox"),
        ("Prasmanan Paket Gedung 500 pax", "jasa-boga", "porsi", 50000, 20000, 3, 50, [H], "prasmanan", "prasmanan"),
    ]),
    ("JB-KALORAN", "Katering Anugrah Kaloran", "mikro", "36.73", "", [H], "tidak", [
        ("Nasi Kotak Ayam Bakar Murah Meriah", "jasa-boga", "box", 20000, 2000, 1, 95, [H], "nasi kotak", "nasibox"),
        ("Kue Kotak Isi 3 Rapat", "jasa-boga", "box", 10000, 3000, 1, 95, [H], "snack box", "snackbox"),
    ]),
    ("JB-CIRUAS", "Katering Ciruas Barokah", "mikro", "36.04", "", [H, P], "ya", [
        ("Nasi Box Pepes Ikan + Sayur Asem (Khas Serang)", "jasa-boga", "box", 30000, 800, 2, 96, [H], "nasi box pepes, sayur asem, sambal", "nasibox"),
        ("Snack Box Jajan Pasar Isi 5 + Teh Kotak", "jasa-boga", "box", 17500, 1500, 1, 96, [H], "kue basah: lemper, risoles, kue lapis, nagasari", "snackbox"),
        ("Nasi Liwet Komplit Tampah (10 orang)", "jasa-boga", "paket", 350000, 60, 2, 95, [H], "nasi liwet ngeliwet bareng, ikan asin, sambal, lalapan", "liwet"),
    ]),
    ("JB-KRAKATAU", "Katering Krakatau Rasa", "menengah", "36.72", "", [H], "ya", [
        ("Nasi Box Premium Ayam Bakar Madu + Buah + Puding", "jasa-boga", "box", 42000, 6000, 2, 85, [H], "nasi box premium kantor", "nasibox"),
        ("Prasmanan VIP min 200 pax (3 Lauk + Dessert + Es Buah)", "jasa-boga", "porsi", 85000, 8000, 5, 85, [H], "prasmanan, buffet, gubukan", "prasmanan"),
        ("SNACK BOX PREMIUM 5 ITEM (Pastry + Kue Basah)", "jasa-boga", "box", 25000, 8000, 1, 85, [H], "snack box rapat", "snackbox"),
        ("Coffee Break Hotel Style (3 Kue + Kopi + Teh)", "jasa-boga", "pax", 30000, 6000, 2, 85, [H], "coffee break seminar", "coffeebreak"),
    ]),
    ("JB-NINING", "Dapur Teh Nining Cilegon", "mikro", "36.72", "", [H], "ya", [
        ("Nasi Box Ayam Geprek Sambal Bawang (Free Air Mineral)", "jasa-boga", "box", 25000, 300, 1, 98, [H], "nasi box geprek", "nasibox"),
        ("Snack Box Isi 3 Kue Basah Murah", "jasa-boga", "box", 12000, 500, 1, 98, [H], "snack box, kue basah", "snackbox"),
    ]),
    ("JB-POPON", "Nasi Liwet & Katering Ceu Popon", "mikro", "36.01", "", [H, P], "ya", [
        ("Nasi Liwet Tampah Komplit isi 8-10 Orang", "jasa-boga", "paket", 300000, 50, 2, 97, [H], "liwet tampah, ayam goreng, ikan asin, tahu tempe, lalap", "liwet"),
        ("Nasi Box Ayam Bakar Khas Pandeglang", "jasa-boga", "box", 28000, 600, 2, 97, [H], "nasi box", "nasibox"),
        ("Snack Box Jojorong + Gemblong + Air Mineral", "jasa-boga", "box", 14000, 800, 1, 97, [H], "snack box kue khas Pandeglang", "snackbox"),
    ]),
    ("JB-TIGARAKSA", "Catering Tigaraksa Berkah", "kecil", "36.03", "", [H], "ya", [
        ("Nasi Box Menu Harian Ayam/Ikan/Daging (min 30 box)", "jasa-boga", "box", 33000, 2500, 2, 90, [H], "nasi box", "nasibox"),
        ("Prasmanan Ekonomis min 100 pax", "jasa-boga", "porsi", 55000, 2500, 4, 90, [H], "prasmanan", "prasmanan"),
        ("Snack Box Rapat Isi 4", "jasa-boga", "box", 18000, 3000, 1, 90, [H], "snack box", "snackbox"),
    ]),
    ("JB-OCHA", "Kue Basah & Snack Box Mama Ocha", "mikro", "36.74", "", [P], "ya", [
        ("Snack Box Kekinian Isi 4 (Sus, Risol Mayo, Brownies, Air)", "jasa-boga", "box", 16000, 1200, 1, 95, [], "snack box, kue basah", "snackbox"),
        ("Paket Kue Tampah Jajan Pasar 50 pcs", "jasa-boga", "paket", 175000, 100, 2, 95, [], "kue tampah", "kuetampah"),
    ]),
    ("JB-RINI", "Katering Bu Rini Bekasi", "kecil", "32.75", "", [H], "ya", [
        ("Nasi Box Ayam Bakar Taliwang + Lalapan", "jasa-boga", "box", 35000, 2500, 2, 90, [H], "nasi box", "nasibox"),
        ("Prasmanan Paket Pernikahan / Acara Dinas min 150 pax", "jasa-boga", "porsi", 70000, 3000, 5, 90, [H], "prasmanan", "prasmanan"),
        ("Snack Box 4 Item + Air Mineral", "jasa-boga", "box", 18000, 3000, 1, 90, [H], "snack box", "snackbox"),
        ("Tumpeng Nasi Kuning 20 Porsi Ayam Ingkung", "jasa-boga", "paket", 750000, 30, 3, 90, [H], "tumpeng", "tumpeng"),
    ]),
    ("JB-JAJANBKS", "Snack Box Aneka Jajan Pasar Bekasi", "mikro", "32.75", "", [H, P], "ya", [
        ("Snack Box Murah Isi 3 (Bolu, Lemper, Air Gelas)", "jasa-boga", "box", 11500, 2000, 1, 98, [H], "snack box rapat", "snackbox"),
        ("Kue Kotak Jajan Pasar Isi 5 Premium", "jasa-boga", "box", 19000, 2000, 1, 98, [H], "kue kotak", "snackbox"),
    ]),
    ("JB-CIKARANG", "Catering Cikarang Sehati", "kecil", "32.16", "", [H], "ya", [
        ("Nasi Box Karyawan Ayam Goreng Lengkuas", "jasa-boga", "box", 26000, 5000, 1, 90, [H], "nasi box", "nasibox"),
        ("Snack Box Isi 4 Kue Basah", "jasa-boga", "box", 15500, 4000, 1, 90, [H], "snack box", "snackbox"),
        ("Prasmanan Acara Kantor min 100 pax", "jasa-boga", "porsi", 60000, 3000, 4, 90, [H], "prasmanan", "prasmanan"),
    ]),
    ("JB-BEGAWI", "Katering Begawi Lampung", "kecil", "18.71", "", [H], "ya", [
        ("Nasi Box Gulai Ikan Baung + Seruit Khas Lampung", "jasa-boga", "box", 38000, 2000, 2, 92, [H], "nasi box khas lampung", "nasibox"),
        ("Prasmanan Adat Lampung min 100 pax", "jasa-boga", "porsi", 75000, 3000, 5, 92, [H], "prasmanan begawi", "prasmanan"),
        ("Snack Box Lampung Isi 4 (Engkak Ketan, Lapis Legit)", "jasa-boga", "box", 20000, 3000, 1, 92, [H], "snack box", "snackbox"),
        ("Coffee Break Kopi Lampung + 2 Kue", "jasa-boga", "pax", 20000, 3000, 1, 92, [H], "coffee break", "coffeebreak"),
    ]),
    ("JB-MAKITAM", "Dapur Seruit Mak Itam", "mikro", "18.71", "", [H], "ya", [
        ("Nasi Kotak Pindang Patin Lampung", "jasa-boga", "box", 30000, 700, 2, 98, [H], "nasi kotak", "nasibox"),
        ("Snack Box Kue Basah Isi 3", "jasa-boga", "box", 13000, 1000, 1, 98, [H], "snack box", "snackbox"),
    ]),
    ("JB-METRO", "Katering Metro Berkah", "mikro", "18.72", "", [H], "ya", [
        ("Nasi Box Ayam Bakar Metro (min 25)", "jasa-boga", "box", 27500, 900, 2, 96, [H], "nasi box", "nasibox"),
        ("Snack Box Isi 4", "jasa-boga", "box", 14500, 1200, 1, 96, [H], "snack box", "snackbox"),
    ]),

    # ------------------------------------------------------------------ makanan
    ("MK-BUSITI", "UD Emping Melinjo Bu Siti", "mikro", "36.04", "Sentra Emping Melinjo Cikeusal", [H, P], "ya", [
        ("Emping Melinjo Super Tipis 500gr Khas Serang", "makanan", "pack", 60000, 800, 4, 92, [H, P], "emping melinjo tipis renyah", "emping"),
        ("EMPING MELINJO Pedas Manis 250gr", "makanan", "pack", 35000, 1000, 4, 92, [H, P], "emping balado manis", "emping"),
        ("Emping Melinjo Mentah 1 Kg Grade A", "makanan", "kg", 115000, 400, 5, 92, [H, P], "emping mentah belum goreng", "emping"),
    ]),
    ("MK-MENES", "Koperasi Produsen Emping Menes", "koperasi", "36.01", "Sentra Emping Melinjo Menes", [H, P, B], "ya", [
        ("Emping Melinjo Menes Original 250 gr [FREE ONGKIR]", "makanan", "pack", 28000, 3000, 4, 95, [H, P], "emping menes pandeglang", "emping"),
        ("Emping Melinjo Menes 1 Kg Kualitas Super", "makanan", "kg", 110000, 1200, 5, 95, [H, P], "emping 1 kg", "emping"),
        ("Keripik Talas Beneng Pandeglang 200gr", "makanan", "pack", 20000, 1500, 4, 95, [H, P], "keripik talas beneng", "keripiktalas"),
    ]),
    ("MK-LAMPUNG", "Keripik Pisang Sentra Pagar Alam Lampung", "kecil", "18.71", "Sentra Keripik Jl. Pagar Alam", [H, P], "ya", [
        ("KERIPIK SINGKONG BALADO 250GR Khas Lampung", "makanan", "pack", 18000, 3000, 3, 94, [H, P], "keripik singkong balado pedas", "keripiksingkong"),
        ("Keripik Singkong Original Asin 500gr", "makanan", "pack", 30000, 2000, 3, 94, [H, P], "keripik singkong gurih", "keripiksingkong"),
        ("Keripik Pisang Coklat Lumer 250gr Oleh2 Lampung", "makanan", "pack", 25000, 3000, 3, 94, [H, P], "keripik pisang coklat", "keripikpisang"),
        ("Keripik Pisang Original Manis 500gr BUY 3 GET 1", "makanan", "pack", 35000, 2000, 3, 94, [H, P], "keripik pisang manis", "keripikpisang"),
        ("Kemplang Panggang Ikan Tenggiri 250gr", "makanan", "pack", 30000, 1500, 3, 94, [H, P], "kerupuk kemplang panggang", "kemplang"),
    ]),
    ("MK-SAMBAL", "Sambal Dapur Cilegon Mbak Eni", "mikro", "36.72", "", [H, P], "ya", [
        ("Sambal Bawang Bu Eni Botol 150ml Level 5", "makanan", "botol", 25000, 1500, 3, 95, [H, P], "sambal bawang pedas", "sambal"),
        ("Sambal Cumi Asin Pedas 200gr Jar", "makanan", "jar", 45000, 800, 3, 95, [H, P], "sambal cumi", "sambal"),
        ("Sambel Terasi Khas Cilegon 250ml", "makanan", "botol", 28000, 1200, 3, 95, [H, P], "sambal terasi", "sambal"),
        ("Sambal Roa Cakalang Pedas 180gr PROMO", "makanan", "jar", 38000, 600, 3, 95, [P], "sambal roa", "sambal"),
    ]),
    ("MK-PDGCHIPS", "Keripik Singkong Ceu Imas Pandeglang", "mikro", "36.01", "", [P], "ya", [
        ("Keripik Singkong Pedas Manis Pandeglang 500gr", "makanan", "pack", 25000, 1500, 4, 97, [P], "keripik singkong pedas", "keripiksingkong"),
        ("Opak Singkong Bakar Khas Banten isi 10", "makanan", "pack", 15000, 2000, 4, 97, [P], "opak", "opak"),
    ]),
    ("MK-KUEBKS", "Kue Kering & Dodol Betawi Nyai Romlah", "mikro", "32.75", "", [H, P], "ya", [
        ("Nastar Nanas Premium Toples 500gr", "makanan", "toples", 95000, 600, 7, 92, [H, P], "kue kering nastar", "kuekering"),
        ("Kastengel Keju Edam 500gr Toples", "makanan", "toples", 110000, 500, 7, 92, [H, P], "kue kering kastengel", "kuekering"),
        ("Parsel Lebaran Kue Kering 4 Toples + Keranjang Rotan", "makanan", "paket", 350000, 200, 10, 90, [H], "parcel hampers lebaran", "parsel"),
        ("Dodol Betawi Ketan Hitam 500gr", "makanan", "pack", 45000, 800, 5, 95, [H, P], "dodol betawi", "dodol"),
    ]),
    ("MK-KASEMEN", "Bandeng Olahan Kasemen Sejahtera", "kecil", "36.73", "Sentra Bandeng Kasemen", [H, P], "ya", [
        ("Bandeng Presto Duri Lunak Vakum 500gr (2 ekor)", "makanan", "pack", 55000, 1500, 3, 95, [H, P], "bandeng presto", "bandengpresto"),
        ("Sate Bandeng Khas Banten Utuh per Ekor", "makanan", "ekor", 30000, 1200, 3, 95, [H, P], "sate bandeng oleh-oleh", "satebandeng"),
        ("Otak-Otak Bandeng Frozen isi 10", "makanan", "pack", 35000, 1000, 3, 95, [H, P], "otak-otak bandeng", "otakotak"),
        ("Abon Bandeng Pedas 100gr Pouch", "makanan", "pack", 30000, 1200, 3, 95, [H, P], "abon ikan bandeng", "abon"),
    ]),
    ("MK-METRO", "Olahan Pisang Durian Metro Jaya", "mikro", "18.72", "", [P], "ya", [
        ("Sale Pisang Basah Kering 250gr", "makanan", "pack", 20000, 1500, 4, 96, [P], "sale pisang", "salepisang"),
        ("Lempok Durian Lampung Asli 250gr", "makanan", "pack", 45000, 600, 4, 96, [P], "lempok / dodol durian", "lempok"),
        ("Gula Semut Aren Organik 500gr", "makanan", "pack", 35000, 1000, 4, 96, [P], "gula aren bubuk", "gulaaren"),
    ]),
    ("MK-SNACKBESAR", "PT Snack Nusantara Makmur", "besar", "36.03", "", [H, B], "ya", [
        ("Keripik Singkong Balado 250gr", "makanan", "pack", 12000, 50000, 2, 50, [H, B], "keripik singkong pabrikan", "keripiksingkong"),
        ("Emping Melinjo 250gr Ekonomis", "makanan", "pack", 22000, 30000, 2, 48, [H, B], "emping", "emping"),
        ("Nastar Toples 500gr", "makanan", "toples", 65000, 20000, 3, 45, [H, B], "kue kering", "kuekering"),
    ]),
    ("MK-BANTENRASA", "CV Oleh-Oleh Banten Rasa", "menengah", "36.73", "", [H, P], "ya", [
        ("Paket Oleh-Oleh Khas Banten (Emping, Sate Bandeng, Jojorong) Box", "makanan", "paket", 150000, 1000, 5, 85, [H], "paket oleh-oleh khas banten untuk tamu", "paketoleh"),
        ("Emping Khas Kota Serang Toples 400gr", "makanan", "toples", 55000, 2000, 3, 85, [H, P], "emping melinjo toples", "emping"),
        ("Kue Jojorong Gula Aren Khas Pandeglang isi 10", "makanan", "pack", 25000, 1500, 2, 85, [H, P], "kue jojorong basah", "kuebasah"),
        ("Kerupuk Kulit Ikan Bandeng 100gr", "makanan", "pack", 18000, 2000, 3, 85, [H, P], "kerupuk kulit bandeng", "kerupuk"),
    ]),

    # ------------------------------------------------------------------ minuman
    ("MN-LIWA", "Kopi Robusta Liwa Sumber Jaya", "kecil", "18.04", "Sentra Kopi Lampung Barat", [H, P], "ya", [
        ("Kopi Bubuk Robusta Liwa 250gr Premium", "minuman", "pack", 35000, 2000, 4, 96, [H, P], "kopi bubuk robusta lampung barat", "kopibubuk"),
        ("Biji Kopi Sangrai Robusta Lampung Barat 1kg (Roast Bean)", "minuman", "kg", 160000, 500, 4, 96, [H, P], "roasted bean espresso", "kopibiji"),
        ("Kopi Luwak Liar Bubuk 100gr Gift Box", "minuman", "pack", 250000, 100, 7, 96, [H, P], "kopi luwak", "kopiluwak"),
        ("Kopi Drip Bag Robusta Liwa isi 10", "minuman", "box", 45000, 1500, 4, 96, [H, P], "drip bag coffee", "dripbag"),
    ]),
    ("MN-TANGGAMUS", "Kopi Tanggamus Mandiri", "mikro", "18.06", "", [P], "ya", [
        ("KOPI ROBUSTA TANGGAMUS BUBUK 500GR", "minuman", "pack", 60000, 1000, 5, 98, [P], "kopi bubuk", "kopibubuk"),
        ("Kopi Sachet 3in1 Gula Aren isi 10", "minuman", "box", 18000, 2000, 5, 90, [P], "kopi instan sachet", "kopisachet"),
    ]),
    ("MN-MINUMBTN", "Minuman Segar Banten Lestari", "mikro", "36.73", "", [H, P], "ya", [
        ("Sirup Markisa Asli 630ml", "minuman", "botol", 35000, 1000, 3, 95, [H, P], "sirup buah markisa", "sirup"),
        ("Minuman Jahe Sereh Botol 250ml (Siap Minum)", "minuman", "botol", 10000, 2000, 2, 95, [H, P], "minuman jahe", "minumjahe"),
        ("Teh Tubruk Wangi Melati 100gr", "minuman", "pack", 12000, 2000, 3, 90, [H, P], "teh melati tubruk", "teh"),
    ]),
    ("MN-AMDK", "Koperasi Air Minum Tirta Serang", "koperasi", "36.04", "", [H, B, S], "ya", [
        ("Air Mineral Gelas 220ml 1 Dus isi 48", "minuman", "dus", 22000, 8000, 2, 80, [H, B, S], "air minum dalam kemasan gelas", "airgelas"),
        ("Air Mineral Botol 600ml Dus isi 24", "minuman", "dus", 45000, 5000, 2, 80, [H, B, S], "air mineral botol", "airbotol"),
        ("Air Minum Galon Isi Ulang 19 Liter", "minuman", "galon", 20000, 3000, 1, 80, [H], "galon isi ulang", "galon"),
    ]),
    ("MN-PLETOK", "Bir Pletok Betawi Bang Jali", "mikro", "32.75", "", [H, P], "ya", [
        ("Bir Pletok Khas Betawi Botol 250ml", "minuman", "botol", 12000, 1500, 3, 97, [H, P], "minuman rempah betawi", "birpletok"),
        ("Sirup Sereh Jahe Rempah 500ml", "minuman", "botol", 30000, 800, 3, 97, [H, P], "sirup rempah", "sirup"),
    ]),
    ("MN-TEHBDG", "Teh & Kopi Priangan Lestari", "kecil", "32.73", "", [H, B], "ya", [
        ("Teh Hijau Celup Premium isi 25", "minuman", "box", 15000, 5000, 5, 90, [H, B], "teh celup hijau", "teh"),
        ("Teh Melati Tubruk 250gr Kemasan Hemat", "minuman", "pack", 25000, 4000, 5, 90, [H, B], "teh tubruk", "teh"),
        ("Kopi Arabika Java Preanger Bubuk 200gr", "minuman", "pack", 75000, 1500, 5, 90, [H, B], "kopi arabika bubuk", "kopiarabika"),
    ]),
    ("MN-BESAR", "PT Minuman Sehat Nusantara", "besar", "36.03", "", [H, B, S], "ya", [
        ("Air Mineral Gelas 240ml isi 48", "minuman", "dus", 18000, 100000, 1, 45, [H, B, S], "air mineral", "airgelas"),
        ("Kopi Bubuk Robusta 250gr", "minuman", "pack", 22000, 50000, 2, 45, [H, B], "kopi bubuk", "kopibubuk"),
    ]),
    ("MN-CILEGON", "Kopi Kenangan Krakatau (UMKM)", "mikro", "36.72", "", [H, P], "ya", [
        ("Kopi Bubuk Khas Cilegon Robusta 200gr", "minuman", "pack", 25000, 800, 3, 95, [H, P], "kopi bubuk robusta", "kopibubuk"),
        ("Es Kopi Susu Gula Aren Literan 1L", "minuman", "botol", 65000, 300, 1, 95, [H, P], "kopi susu literan", "kopiliter"),
    ]),

    # ------------------------------------------------------------------ fesyen
    ("FS-BATIKBTN", "Batik Banten Mukarnas", "kecil", "36.73", "Sentra Batik Banten", [T], "ya", [
        ("Batik Tulis Khas Banten Motif Datulaya Katun Primis 2m", "fesyen", "lembar", 850000, 40, 21, 95, [T], "batik tulis halus tangan, canting", "batiktulis"),
        ("Kain Batik Cap Banten Motif Sabakingking 2 Meter", "fesyen", "lembar", 250000, 300, 10, 95, [T], "batik cap", "batikcap"),
        ("KEMEJA BATIK PRINTING Pria Lengan Panjang Motif Banten (S-XXL)", "fesyen", "pcs", 125000, 800, 7, 85, [], "kemeja batik print", "kemejabatikprint"),
        ("Kemeja Batik Tulis Pria Lengan Panjang Full Furing Motif Banten", "fesyen", "pcs", 650000, 60, 21, 95, [T], "kemeja batik tulis", "kemejabatiktulis"),
    ]),
    ("FS-KRAKATOA", "Batik Krakatoa Cilegon", "mikro", "36.72", "", [], "ya", [
        ("Batik Cap Krakatau Cilegon Kain 2m", "fesyen", "lembar", 220000, 200, 10, 95, [], "batik cap cilegon", "batikcap"),
        ("Batik Printing Motif Krakatau 2 meter MURAH", "fesyen", "lembar", 65000, 1500, 5, 80, [], "kain batik printing", "batikprint"),
        ("Batik Tulis Cilegon Pewarna Alam 2,1m", "fesyen", "lembar", 1200000, 20, 30, 98, [], "batik tulis pewarna alam", "batiktulis"),
    ]),
    ("FS-BATIKBKS", "Batik Bekasi Bambu Kuning", "mikro", "32.75", "", [], "ya", [
        ("Batik Bekasi Motif Bambu Kuning Cap Katun 2m", "fesyen", "lembar", 275000, 150, 10, 95, [], "batik cap bekasi", "batikcap"),
        ("Seragam Batik Kantor Custom Motif (min 50 pcs) Printing", "fesyen", "pcs", 175000, 1000, 21, 85, [], "seragam batik kantor printing", "seragambatik"),
    ]),
    ("FS-TAPIS", "Tapis Lampung Siger Mas", "kecil", "18.71", "Sentra Tapis Lampung", [T], "ya", [
        ("Kain Tapis Lampung Tumpal Benang Emas 1 Set", "fesyen", "set", 1750000, 30, 30, 97, [T], "kain tapis tenun sulam benang emas", "tapis"),
        ("Selendang Tapis Motif Siger", "fesyen", "pcs", 350000, 150, 14, 97, [T], "selendang tapis", "tapissel"),
        ("Tas Tapis Lampung Handbag Wanita", "fesyen", "pcs", 185000, 200, 14, 95, [T], "tas tapis", "tastapis"),
        ("Kemeja Tapis Pria Kombinasi Lengan Panjang", "fesyen", "pcs", 385000, 150, 14, 95, [T], "kemeja kombinasi tapis", "kemejatapis"),
    ]),
    ("FS-KONVSRG", "Konveksi Seragam Serang Jaya", "kecil", "36.04", "", [T], "ya", [
        ("Seragam PDH Pemda Khaki Drill American (Jahit Custom)", "fesyen", "stel", 225000, 1500, 21, 90, [T], "pakaian dinas harian khaki", "pdh"),
        ("Kemeja PDL Lapangan Lengan Panjang Bordir Logo", "fesyen", "pcs", 245000, 1000, 21, 90, [T], "pakaian dinas lapangan", "pdl"),
        ("KAOS POLO Custom Bordir Logo Instansi Lacoste CVC", "fesyen", "pcs", 95000, 3000, 14, 88, [T], "polo shirt bordir", "polo"),
        ("Kaos Oblong Cotton Combed 30s Sablon DTF 1 Sisi", "fesyen", "pcs", 55000, 3000, 10, 88, [T], "t-shirt kaos sablon", "kaos"),
    ]),
    ("FS-KONVBKS", "CV Konveksi Bekasi Jaya", "menengah", "32.16", "", [T], "ya", [
        ("Kaos Sablon Cotton Combed 24s (Min 100 pcs) FREE DESAIN", "fesyen", "pcs", 45000, 10000, 10, 85, [T], "kaos event sablon", "kaos"),
        ("Tote Bag Kanvas Sablon Logo Seminar 30x40", "fesyen", "pcs", 22000, 8000, 10, 85, [T], "tas seminar kanvas", "totebag"),
        ("Rompi / Vest Drill Bordir Custom Instansi", "fesyen", "pcs", 145000, 2000, 14, 85, [T], "rompi kerja", "rompi"),
        ("Seragam PDH Dinas Bahan Drill Tropical Jahit Ukur", "fesyen", "stel", 210000, 4000, 21, 85, [T], "seragam pdh", "pdh"),
    ]),
    ("FS-KONVLPG", "Konveksi Metro Sablon Kreasi", "mikro", "18.72", "", [], "ya", [
        ("Kaos Sablon Event Lari 10K Dri-Fit", "fesyen", "pcs", 52000, 1500, 10, 88, [], "jersey kaos lari", "kaos"),
        ("Topi Baseball Bordir Logo Custom", "fesyen", "pcs", 35000, 2000, 10, 88, [], "topi", "topi"),
        ("Tas Seminar Ransel Laptop Bordir Logo", "fesyen", "pcs", 95000, 1000, 14, 85, [], "tas ransel seminar", "tasseminar"),
    ]),
    ("FS-GARMEN", "PT Garmen Sandang Nusantara", "besar", "36.71", "", [S, T], "ya", [
        ("Kaos Polos Cotton Combed 30s PROMO", "fesyen", "pcs", 28000, 100000, 7, 50, [T], "kaos", "kaos"),
        ("Seragam PDH Pabrikan Drill", "fesyen", "stel", 150000, 50000, 14, 50, [T], "seragam", "pdh"),
        ("Kain Batik Printing 2m Motif Nusantara", "fesyen", "lembar", 45000, 50000, 7, 45, [], "batik printing", "batikprint"),
    ]),
    ("FS-BADUY", "Tenun Baduy Ambu Sarinah", "mikro", "36.02", "Sentra Tenun Baduy Kanekes", [], "ya", [
        ("Kain Tenun Baduy Asli Motif Poleng 3m", "fesyen", "lembar", 450000, 40, 21, 100, [], "tenun baduy tangan", "tenun"),
        ("Selendang / Syal Tenun Baduy Handmade", "fesyen", "pcs", 125000, 120, 14, 100, [], "syal tenun", "tenunsel"),
    ]),
    ("FS-HIJAB", "Hijab Batik Tangsel Azzahra", "mikro", "36.74", "", [], "ya", [
        ("Hijab Segi Empat Voal Motif Batik Banten Lasercut", "fesyen", "pcs", 65000, 1500, 7, 85, [], "jilbab motif batik", "hijab"),
        ("Pashmina Ceruty Babydoll Polos", "fesyen", "pcs", 35000, 3000, 5, 80, [], "pashmina", "pashmina"),
    ]),

    # ------------------------------------------------------------------ kerajinan
    ("KR-AKRILIK", "Kerajinan Akrilik & Plakat Cilegon", "kecil", "36.72", "", [], "ya", [
        ("Plakat Akrilik Custom Grafir + Box Beludru", "kerajinan", "pcs", 275000, 300, 7, 85, [], "plakat penghargaan akrilik", "plakat"),
        ("Plakat Kayu Jati Ukir Grafir Nama (Engraved) 20x25cm", "kerajinan", "pcs", 425000, 150, 10, 95, [], "plakat kayu engraved kenang-kenangan", "plakatkayu"),
        ("MUG KERAMIK POLOS PUTIH 11oz", "kerajinan", "pcs", 12000, 5000, 3, 60, [], "mug polos", "mugpolos"),
        ("Mug Custom Printing Logo Full Color + Dus", "kerajinan", "pcs", 25000, 3000, 5, 75, [], "mug sablon logo", "mugcustom"),
        ("Gantungan Kunci Akrilik Custom Kota Cilegon", "kerajinan", "pcs", 5000, 10000, 5, 75, [], "ganci akrilik", "ganci"),
    ]),
    ("KR-BADAK", "Souvenir Badak Ujung Kulon Sumur", "mikro", "36.01", "", [], "ya", [
        ("Miniatur Badak Bercula Satu Kayu Jati 15cm", "kerajinan", "pcs", 150000, 200, 14, 98, [], "miniatur badak jawa ukir kayu", "miniaturbadak"),
        ("Gantungan Kunci Badak Ujung Kulon Kayu", "kerajinan", "pcs", 12500, 4000, 7, 98, [], "gantungan kunci souvenir", "gancibanten"),
        ("Patung Badak Resin Ukir 25 cm Pajangan Meja", "kerajinan", "pcs", 350000, 80, 14, 90, [], "patung badak resin", "miniaturbadak"),
    ]),
    ("KR-GERABAH", "Sentra Gerabah Bumijaya", "mikro", "36.04", "Sentra Gerabah Bumijaya Ciruas", [], "ya", [
        ("Gerabah Vas Bunga Bumijaya Motif Banten 30cm", "kerajinan", "pcs", 85000, 300, 10, 100, [], "vas tanah liat", "gerabah"),
        ("Kendi Gerabah Tanah Liat Mini Souvenir", "kerajinan", "pcs", 15000, 2000, 7, 100, [], "kendi mini cenderamata", "gerabahmini"),
        ("Celengan Gerabah Bentuk Ayam", "kerajinan", "pcs", 20000, 1500, 7, 100, [], "celengan tanah liat", "celengan"),
    ]),
    ("KR-PANDAN", "Anyaman Pandan Lebak Mandiri", "mikro", "36.02", "", [], "ya", [
        ("Tas Anyaman Pandan Motif Baduy Handmade", "kerajinan", "pcs", 95000, 400, 10, 100, [], "tas anyaman pandan", "tasanyam"),
        ("Tikar Pandan Lipat 2x3m", "kerajinan", "lembar", 120000, 200, 10, 100, [], "tikar anyaman", "tikar"),
        ("Kotak Tisu Anyaman Pandan", "kerajinan", "pcs", 45000, 600, 7, 100, [], "tempat tisu anyaman", "kotaktisu"),
        ("Tas Koja Baduy Kulit Kayu Teureup", "kerajinan", "pcs", 85000, 300, 10, 100, [], "koja baduy", "koja"),
    ]),
    ("KR-MENARA", "Cinderamata Menara Banten Sejahtera", "kecil", "36.73", "", [], "ya", [
        ("Miniatur Menara Masjid Agung Banten Resin 20cm + Box Mika", "kerajinan", "pcs", 175000, 500, 10, 90, [], "miniatur menara banten lama", "miniaturmenara"),
        ("Gantungan Kunci Menara Banten Logam Etsa", "kerajinan", "pcs", 15000, 5000, 7, 85, [], "ganci menara", "gancibanten"),
        ("Kotak Kemasan Cinderamata Kraft + Sekat (isi 10)", "kerajinan", "pack", 18000, 3000, 5, 80, [], "box kemasan souvenir cenderamata", "kemasan"),
        ("Pajangan Golok Mini Khas Banten 20cm + Sarung", "kerajinan", "pcs", 95000, 400, 10, 95, [], "golok mini souvenir", "golokmini"),
    ]),
    ("KR-SIGER", "Kerajinan Siger Lampung Saburai", "mikro", "18.71", "", [], "ya", [
        ("Siger Lampung Miniatur Kuningan Pajangan 30cm", "kerajinan", "pcs", 275000, 150, 14, 95, [], "miniatur siger", "miniatursiger"),
        ("Gantungan Kunci Siger Lampung", "kerajinan", "pcs", 8000, 5000, 5, 90, [], "ganci siger", "gancisiger"),
        ("Hiasan Dinding Kain Tapis Bingkai Kaca 40x60", "kerajinan", "pcs", 450000, 60, 14, 95, [], "tapis hias bingkai", "tapishias"),
    ]),
    ("KR-BONEKA", "Boneka & Ondel-Ondel Bekasi Kreatif", "mikro", "32.75", "", [], "ya", [
        ("Boneka Maskot Custom Kain Rasfur 30cm", "kerajinan", "pcs", 95000, 500, 14, 90, [], "boneka maskot", "boneka"),
        ("Boneka Ondel-Ondel Mini Sepasang 25cm", "kerajinan", "pasang", 65000, 600, 7, 95, [], "ondel-ondel mini souvenir betawi", "ondel"),
        ("Gantungan Kunci Ondel-Ondel Lusinan", "kerajinan", "pcs", 7500, 5000, 5, 90, [], "ganci ondel", "gancionel"),
    ]),
    ("KR-SOLO", "Wayang & Ukir Kayu Laweyan", "kecil", "33.72", "", [], "ya", [
        ("Wayang Kulit Solo Pajangan Bingkai 40x60", "kerajinan", "pcs", 350000, 100, 14, 98, [], "wayang kulit pajangan", "wayang"),
        ("Plakat Kayu Ukir Jepara Custom Logo Instansi", "kerajinan", "pcs", 380000, 200, 14, 95, [], "plakat ukir", "plakatkayu"),
    ]),
    ("KR-BESAR", "PT Souvenir Indo Grafika", "besar", "36.71", "", [], "ya", [
        ("Plakat Akrilik Murah Grafir", "kerajinan", "pcs", 120000, 10000, 5, 50, [], "plakat", "plakat"),
        ("Mug Custom Logo Murah", "kerajinan", "pcs", 15000, 50000, 5, 45, [], "mug custom", "mugcustom"),
        ("Gantungan Kunci Custom Murah (min 500)", "kerajinan", "pcs", 3000, 100000, 5, 45, [], "ganci", "ganci"),
    ]),
    ("KR-BAMBU", "Kerajinan Bambu Pak Darma", "mikro", "36.04", "", [], "tidak", [
        ("Bakul Nasi Anyaman Bambu", "kerajinan", "pcs", 25000, 500, 7, 100, [], "bakul bambu", "bakul"),
        ("Miniatur Menara Banten Bambu", "kerajinan", "pcs", 60000, 200, 14, 100, [], "miniatur menara", "miniaturmenara"),
    ]),

    # ------------------------------------------------------------------ perhiasan
    ("PH-KOTAGEDE", "Perak Kotagede Sentono", "kecil", "34.71", "Sentra Perak Kotagede", [S], "ya", [
        ("Cincin Perak 925 Ukir Motif Kawung", "perhiasan", "pcs", 285000, 300, 10, 95, [S], "cincin perak asli", "cincinperak"),
        ("Bros Perak Filigree Motif Bunga", "perhiasan", "pcs", 225000, 300, 10, 95, [S], "bros perak filigri", "brosperak"),
        ("Liontin Perak 925 Logo Custom Instansi", "perhiasan", "pcs", 350000, 200, 21, 95, [S], "liontin perak logo", "liontin"),
        ("Kalung Perak Italy 925 45cm", "perhiasan", "pcs", 175000, 400, 7, 90, [S], "kalung perak", "kalungperak"),
    ]),
    ("PH-LOMBOK", "Mutiara Lombok Sekarbela", "mikro", "52.71", "Sentra Mutiara Sekarbela", [], "ya", [
        ("Kalung Mutiara Air Tawar Lombok Asli 1 Strand", "perhiasan", "pcs", 450000, 150, 10, 95, [], "kalung mutiara asli", "kalungmutiara"),
        ("Bros Mutiara Lombok Kupu-Kupu", "perhiasan", "pcs", 150000, 300, 10, 95, [], "bros mutiara", "brosmutiara"),
        ("Anting Mutiara Air Tawar Perak", "perhiasan", "pasang", 95000, 400, 7, 95, [], "anting mutiara", "anting"),
    ]),
    ("PH-BANTEN", "Galeri Perhiasan Kalimaya Banten", "mikro", "36.73", "", [], "ya", [
        ("Bros Jilbab Motif Menara Banten Lapis Emas", "perhiasan", "pcs", 65000, 800, 7, 85, [], "bros lapis emas", "brosimitasi"),
        ("Pin Emblem Logo Pemda Kuningan Lapis Emas", "perhiasan", "pcs", 45000, 2000, 10, 85, [], "pin logo instansi", "pin"),
        ("Cincin Batu Akik Kalimaya Banten Ring Perak", "perhiasan", "pcs", 450000, 100, 10, 95, [], "cincin batu kalimaya", "cincinakik"),
        ("Gelang Titanium Couple MURAH Anti Karat", "perhiasan", "pcs", 35000, 1500, 5, 60, [], "gelang titanium", "gelangtitanium"),
    ]),
    ("PH-SIGER", "Perhiasan Siger Bandar Lampung", "mikro", "18.71", "", [], "ya", [
        ("Bros Siger Lampung Lapis Emas 24K", "perhiasan", "pcs", 85000, 800, 7, 90, [], "bros siger", "brossiger"),
        ("Kalung Liontin Siger Perak 925", "perhiasan", "pcs", 325000, 200, 10, 95, [], "kalung perak siger", "kalungperak"),
        ("Pin Siger Lampung Kuningan", "perhiasan", "pcs", 25000, 2000, 7, 90, [], "pin siger", "pinsiger"),
    ]),
    ("PH-BEKASI", "Toko Mas & Perak Cikarang Jaya", "kecil", "32.16", "", [S], "ya", [
        ("Cincin Emas 24K 2 gram Polos", "perhiasan", "pcs", 3200000, 100, 3, 70, [S], "cincin emas murni", "cincinemas"),
        ("Liontin Emas Kadar 70% Kaligrafi", "perhiasan", "pcs", 1800000, 100, 5, 70, [S], "liontin emas", "liontinemas"),
        ("Cincin Perak Kawin Couple Grafir Nama", "perhiasan", "pasang", 250000, 300, 7, 85, [S], "cincin perak couple", "cincincouple"),
    ]),
    ("PH-IMITASI", "Aksesoris Fashion Tangsel Cantik", "mikro", "36.74", "", [], "ya", [
        ("Kalung Mutiara Sintetis Imitasi FASHION Korea", "perhiasan", "pcs", 35000, 3000, 3, 40, [], "kalung mutiara imitasi", "kalungimitasi"),
        ("Bros Jilbab Mutiara Imitasi isi 12 PROMO", "perhiasan", "pack", 25000, 3000, 3, 40, [], "bros jilbab murah", "brosimitasi"),
    ]),

    # ------------------------------------------------------------------ furnitur
    ("FN-JATIPDG", "Mebel Jati Pandeglang Mandiri", "kecil", "36.01", "Sentra Mebel Labuan", [T], "ya", [
        ("Meja Kerja Kantor Kayu Jati 120x60x75 Laci 3", "furnitur", "unit", 2750000, 60, 21, 95, [T], "meja kantor jati", "mejakerjajati"),
        ("Kursi Kerja Kayu Jati Jok Busa Oscar", "furnitur", "unit", 950000, 100, 21, 95, [T], "kursi kantor kayu", "kursikerja"),
        ("Lemari Arsip Kayu Mahoni 4 Pintu", "furnitur", "unit", 3500000, 30, 30, 95, [T], "lemari arsip kayu", "lemariarsip"),
        ("Meja Rapat Oval Jati 240x120 (8 Orang)", "furnitur", "unit", 8500000, 10, 30, 95, [T], "meja rapat jati", "mejarapat"),
        ("Rak Buku Jati Minimalis 5 Susun", "furnitur", "unit", 1450000, 40, 21, 95, [T], "rak buku", "rakbuku"),
    ]),
    ("FN-SERANG", "Mebel Minimalis Serang Abadi", "mikro", "36.04", "", [], "ya", [
        ("Meja Belajar Anak Lipat Kayu MDF Motif", "furnitur", "unit", 175000, 300, 7, 80, [], "meja belajar anak", "mejaanak"),
        ("Kursi Tamu Sofa Jati Set 3-2-1 + Meja", "furnitur", "set", 12500000, 8, 30, 95, [], "sofa tamu jati", "kursitamu"),
        ("Meja Kerja Minimalis MDF HPL 120cm", "furnitur", "unit", 1250000, 80, 14, 85, [], "meja kerja minimalis", "mejakerja"),
        ("Rak Sepatu Kayu 4 Susun", "furnitur", "unit", 225000, 200, 7, 85, [], "rak sepatu", "raksepatu"),
    ]),
    ("FN-BEKASI", "CV Furniture Kantor Bekasi Utama", "kecil", "32.16", "", [T, S], "ya", [
        ("Lemari Arsip Besi 4 Laci Filling Cabinet", "furnitur", "unit", 2350000, 150, 14, 60, [S], "filing cabinet", "lemariarsip"),
        ("Kursi Kantor Putar Jaring Hidrolik", "furnitur", "unit", 850000, 300, 10, 55, [S], "kursi kantor putar", "kursikerja"),
        ("Meja Rapat Lipat Kaki Besi 180x60 Top HPL", "furnitur", "unit", 1350000, 150, 10, 60, [S], "meja lipat rapat", "mejalipat"),
        ("Partisi Kantor Kaca Aluminium per meter", "furnitur", "m", 1100000, 200, 14, 60, [], "sekat ruangan", "partisi"),
    ]),
    ("FN-LAMPUNG", "Rotan & Kayu Lampung Selatan", "mikro", "18.01", "", [], "ya", [
        ("Kursi Rotan Teras Set 2 Kursi 1 Meja", "furnitur", "set", 1750000, 30, 14, 98, [], "kursi rotan", "kursirotan"),
        ("Meja Kerja Kayu Sonokeling 140x70", "furnitur", "unit", 2250000, 30, 21, 98, [], "meja kerja kayu", "mejakerjakayu"),
        ("Rak Buku Dinding Melayang Kayu Pinus", "furnitur", "unit", 95000, 500, 7, 90, [], "rak dinding", "rakdinding"),
    ]),
    ("FN-JEPARA", "Ukir Jati Jepara Mulyo", "kecil", "33.20", "Sentra Mebel Jepara", [T], "ya", [
        ("Meja Rapat Jati Jepara Kapasitas 12 orang 360x120", "furnitur", "unit", 14500000, 12, 30, 98, [T], "meja rapat besar", "mejarapat12"),
        ("Kursi Rapat Jati Jepara Jok Oscar", "furnitur", "unit", 1150000, 200, 21, 98, [T], "kursi rapat jati", "kursirapat"),
        ("Lemari Arsip Jati Jepara 2 Pintu Kaca", "furnitur", "unit", 4200000, 40, 30, 98, [T], "lemari arsip jati", "lemariarsip"),
    ]),
    ("FN-BESAR", "PT Mebel Nusantara Indah", "besar", "36.03", "", [S, T], "ya", [
        ("Meja Kerja Kantor Panel 120cm", "furnitur", "unit", 950000, 5000, 7, 45, [S], "meja kerja", "mejakerja"),
        ("Kursi Kantor Staff Hidrolik", "furnitur", "unit", 450000, 10000, 7, 45, [S], "kursi kantor", "kursikerja"),
    ]),
    ("FN-PLASTIK", "Toko Mebel & Plastik Cilegon", "mikro", "36.72", "", [], "ya", [
        ("Kursi Plastik Lipat Futura Sandaran", "furnitur", "unit", 95000, 1000, 3, 40, [], "kursi plastik", "kursiplastik"),
        ("Meja Lipat Plastik Portable 120cm", "furnitur", "unit", 185000, 500, 3, 40, [], "meja lipat plastik", "mejalipat"),
        ("Bangku Panjang Kayu Taman 150cm", "furnitur", "unit", 1250000, 40, 14, 90, [], "bangku taman kayu", "bangkutaman"),
    ]),

    # ------------------------------------------------------------------ herbal
    ("HB-DARMI", "Jamu Gendong Bu Darmi Serang", "mikro", "36.73", "", [P], "ya", [
        ("Jamu Kunyit Asam Botol 250ml (Segar, Tanpa Pengawet)", "herbal", "botol", 8000, 1500, 2, 100, [P], "jamu segar kunyit asem", "jamukunyit"),
        ("Jamu Beras Kencur Botol 250ml", "herbal", "botol", 8000, 1500, 2, 100, [P], "beras kencur segar", "jamukencur"),
        ("Serbuk Jahe Merah Instan 250gr", "herbal", "pack", 25000, 1000, 3, 98, [P], "jahe merah bubuk", "jahemerah"),
    ]),
    ("HB-LAMPUNG", "Herbal Madu Lampung Barat", "kecil", "18.71", "", [H, P], "ya", [
        ("Madu Hutan Liar Lampung Barat 500gr ASLI", "herbal", "botol", 95000, 800, 5, 98, [H, P], "madu hutan murni", "maduhutan"),
        ("Jahe Merah Instan Gula Aren 200g", "herbal", "pack", 22000, 1500, 4, 96, [H, P], "jahe merah instan", "jahemerah"),
        ("Teh Herbal Daun Kelor Celup isi 20", "herbal", "box", 28000, 1000, 4, 96, [H, P], "teh kelor", "tehkelor"),
    ]),
    ("HB-BEKASI", "Rempah Sehat Bekasi", "mikro", "32.75", "", [P], "ya", [
        ("Wedang Uwuh Jahe Rempah isi 10 sachet", "herbal", "pack", 20000, 1200, 4, 95, [P], "wedang rempah", "wedang"),
        ("Temulawak Instan 300gr", "herbal", "pack", 28000, 1000, 4, 95, [P], "temulawak bubuk", "temulawak"),
        ("Minyak Urut Sereh Wangi 60ml", "herbal", "botol", 25000, 1000, 4, 95, [P], "minyak gosok", "minyakurut"),
    ]),
    ("HB-BANTEN", "Griya Herbal Baduy Lestari", "kecil", "36.04", "", [H, P, B], "ya", [
        ("Madu Klanceng Baduy 250ml", "herbal", "botol", 120000, 300, 5, 98, [H, B], "madu lebah klanceng", "maduklanceng"),
        ("Sirup Jahe Merah 620ml", "herbal", "botol", 35000, 800, 4, 95, [H, P], "sirup jahe", "sirupjahe"),
        ("Kapsul Herbal Sambiloto isi 60", "herbal", "botol", 45000, 800, 7, 90, [B], "kapsul sambiloto", "kapsul"),
        ("Minyak Kayu Putih Asli Buru 60ml", "herbal", "botol", 38000, 800, 5, 85, [B], "minyak kayu putih", "kayuputih"),
    ]),
    ("HB-SOLO", "Jamu Sehat Sejati Sukoharjo", "menengah", "33.72", "", [H, B], "ya", [
        ("Jamu Sehat Sejati Serbuk Pegal Linu isi 10 sachet", "herbal", "box", 15000, 10000, 7, 85, [B], "jamu serbuk pegal linu", "jamuserbuk"),
        ("Jamu Kunyit Asam Serbuk Instan 500gr", "herbal", "pack", 45000, 3000, 7, 85, [H, B], "kunyit asam instan", "jamukunyitserbuk"),
        ("Madu Hutan Sumbawa 650ml", "herbal", "botol", 140000, 1000, 7, 80, [H, B], "madu", "maduhutan"),
    ]),
    ("HB-BESAR", "PT Herbal Nusantara Farma", "besar", "35.78", "", [H, B], "ya", [
        ("Jahe Merah Instan 250gr", "herbal", "pack", 15000, 100000, 5, 50, [H, B], "jahe merah", "jahemerah"),
        ("Madu Murni 500gr", "herbal", "botol", 65000, 50000, 5, 50, [H, B], "madu", "madu"),
    ]),

    # ------------------------------------------------------------------ kosmetik
    ("KS-SABUNSRG", "Sabun Herbal Kaujon Serang", "mikro", "36.73", "", [B], "ya", [
        ("Sabun Cuci Tangan Cair Aroma Jeruk Nipis 500ml Refill", "kosmetik", "botol", 18000, 2000, 3, 90, [B], "hand soap cair", "sabuntangan"),
        ("Sabun Batang Herbal Sereh Handmade 100gr", "kosmetik", "pcs", 15000, 1500, 3, 95, [B], "sabun mandi herbal", "sabunbatang"),
        ("Sabun Cuci Piring Cair Jeruk Nipis 800ml", "kosmetik", "botol", 14000, 3000, 3, 90, [], "dishwash", "sabunpiring"),
        ("Hand Sanitizer Gel 500ml Alkohol 70%", "kosmetik", "botol", 35000, 1500, 3, 85, [B], "hand sanitizer", "sanitizer"),
    ]),
    ("KS-LAMPUNG", "Kosmetik Kopi Lampung Ayu", "kecil", "18.71", "", [B], "ya", [
        ("Lulur Kopi Lampung 250gr", "kosmetik", "pot", 35000, 1500, 4, 95, [B], "lulur kopi", "lulur"),
        ("Sabun Kopi Handmade 80gr", "kosmetik", "pcs", 15000, 2000, 4, 95, [B], "sabun batang kopi", "sabunbatang"),
        ("Lip Balm Madu Kelulut 5gr", "kosmetik", "pcs", 15000, 2000, 4, 90, [B], "lip balm", "lipbalm"),
    ]),
    ("KS-BEKASI", "CV Kimia Bersih Cikarang", "kecil", "32.16", "", [B, S], "ya", [
        ("Hand Soap Antiseptic 5 Liter Jerigen", "kosmetik", "jerigen", 85000, 2000, 5, 70, [B], "sabun cuci tangan curah", "sabuntangan5l"),
        ("Sabun Cuci Piring 5 Liter Jerigen", "kosmetik", "jerigen", 55000, 3000, 5, 70, [], "sabun piring curah", "sabunpiring5l"),
        ("Pewangi Pakaian Softener 5L Aroma Downy-Style", "kosmetik", "jerigen", 60000, 3000, 5, 70, [], "pewangi laundry", "pewangi"),
        ("Karbol Wangi Pembersih Lantai 5L", "kosmetik", "jerigen", 50000, 3000, 5, 70, [], "pembersih lantai", "karbol"),
    ]),
    ("KS-CILEGON", "Beauty Care Cilegon Natural", "mikro", "36.72", "", [B], "ya", [
        ("Hand Body Lotion Bengkoang 250ml", "kosmetik", "botol", 25000, 1500, 4, 85, [B], "lotion", "lotion"),
        ("Shampoo Lidah Buaya 250ml", "kosmetik", "botol", 22000, 1500, 4, 85, [B], "sampo", "shampoo"),
        ("Parfum Roll On 10ml Aroma Melati", "kosmetik", "botol", 15000, 2000, 3, 80, [], "minyak wangi", "parfum"),
    ]),
    ("KS-KAMBING", "Sabun Susu Kambing Ciruas", "mikro", "36.04", "", [B, H], "ya", [
        ("Sabun Transparan Madu + Susu Kambing 100gr BPOM", "kosmetik", "pcs", 18000, 1500, 4, 95, [B, H], "sabun mandi", "sabunbatang"),
        ("Sabun Cuci Tangan Cair 5 Liter Aroma Apel", "kosmetik", "jerigen", 65000, 800, 4, 90, [B], "hand wash curah", "sabuntangan5l"),
    ]),
    ("KS-BESAR", "PT Kosmetika Prima Indonesia", "besar", "32.16", "", [B, H], "ya", [
        ("Sabun Cuci Tangan 500ml Antibakteri", "kosmetik", "botol", 12000, 100000, 3, 50, [B], "hand soap", "sabuntangan"),
        ("Hand Sanitizer 500ml", "kosmetik", "botol", 20000, 100000, 3, 50, [B], "sanitizer", "sanitizer"),
    ]),

    # ------------------------------------------------------------------ logam
    ("LG-CIOMAS", "Pandai Besi Golok Ciomas Ki Sarip", "mikro", "36.04", "Sentra Golok Ciomas", [], "ya", [
        ("Golok Ciomas Asli Sarung Kayu Sonokeling 12 inch", "logam", "pcs", 450000, 100, 14, 100, [], "golok ciomas tempa", "golokciomas"),
        ("Golok Ciomas Souvenir Mini 20cm Pajangan", "logam", "pcs", 150000, 200, 10, 100, [], "golok mini pajangan", "golokmini"),
        ("Pisau Dapur Set 6 pcs Stainless Tempa Ciomas", "logam", "set", 185000, 300, 7, 95, [], "pisau dapur set", "pisauset"),
        ("Arit / Sabit Rumput Baja Per", "logam", "pcs", 65000, 500, 7, 100, [], "sabit", "arit"),
    ]),
    ("LG-LAS", "Bengkel Las & Bubut Cilegon Teknik", "kecil", "36.72", "", [S], "ya", [
        ("Bola Baja / Steel Ball Bearing 10mm isi 100", "logam", "pack", 85000, 2000, 5, 70, [S], "bola baja bearing", "bolabaja"),
        ("Pagar Besi Minimalis Hollow per m2", "logam", "m2", 650000, 300, 14, 85, [], "pagar besi", "pagar"),
        ("Teralis Jendela Besi Motif per m2", "logam", "m2", 450000, 300, 14, 85, [], "teralis", "teralis"),
        ("Rak Gudang Besi Siku Lubang 5 Susun 2m", "logam", "unit", 750000, 200, 7, 80, [S], "rak besi siku", "rakbesi"),
        ("Papan Nama Plat Besi Grafir Laser", "logam", "pcs", 250000, 300, 7, 80, [], "papan nama logam", "papannamaplat"),
    ]),
    ("LG-LAMPUNG", "Pandai Besi Tempa Natar", "mikro", "18.01", "", [], "ya", [
        ("Cangkul Baja Asli Tempa 2kg + Gagang", "logam", "pcs", 95000, 500, 7, 100, [], "cangkul", "cangkul"),
        ("Parang Lampung Tempa 14 inch", "logam", "pcs", 185000, 300, 10, 100, [], "parang tempa", "parang"),
        ("Pisau Dapur Tempa Set 3 Gagang Kayu", "logam", "set", 120000, 400, 7, 100, [], "pisau dapur", "pisauset"),
        ("Sabit Rumput Tempa", "logam", "pcs", 55000, 600, 7, 100, [], "arit", "arit"),
    ]),
    ("LG-BEKASI", "CV Logam Presisi Bekasi", "menengah", "32.16", "", [S, T], "ya", [
        ("Tempat Sampah Stainless Pedal 20L", "logam", "unit", 450000, 1000, 7, 70, [S], "tong sampah stainless", "tongsampah"),
        ("Papan Nama Meja Stainless Grafir Nama Jabatan", "logam", "pcs", 150000, 2000, 7, 70, [], "papan nama meja", "papannama"),
        ("Pin Emblem Logam Custom Logo (min 100)", "logam", "pcs", 25000, 10000, 14, 75, [], "pin emblem", "pinlogam"),
        ("Medali Logam Custom Lomba + Tali", "logam", "pcs", 35000, 5000, 14, 75, [], "medali juara", "medali"),
    ]),
    ("LG-BESAR", "PT Baja Krakatau Fabrika", "besar", "36.72", "", [S, T], "ya", [
        ("Steel Ball Bearing 10mm isi 100", "logam", "pack", 55000, 100000, 3, 55, [S], "bola baja", "bolabaja"),
        ("Pagar Besi per m2 Pabrikan", "logam", "m2", 400000, 10000, 7, 55, [S], "pagar", "pagar"),
        ("Pisau Dapur Set 5 pcs Pabrikan", "logam", "set", 95000, 20000, 3, 50, [S], "pisau set", "pisauset"),
    ]),
    ("LG-KASEMEN", "UD Pisau Tempa Kasemen", "mikro", "36.73", "", [], "ya", [
        ("Pisau Dapur Set 5 pcs + Rak Kayu PROMO", "logam", "set", 145000, 300, 5, 98, [], "pisau dapur set", "pisauset"),
        ("Golok Sembelih Qurban Baja Per 10 inch", "logam", "pcs", 175000, 200, 7, 100, [], "golok sembelih", "goloksembelih"),
        ("Bola Besi Pemberat Jaring Nelayan 1kg", "logam", "kg", 40000, 800, 5, 95, [], "pemberat timah besi", "pemberat"),
    ]),

    # ------------------------------------------------------------------ percetakan
    ("PC-SERANG", "Percetakan Mitra Grafika Serang", "kecil", "36.73", "", [], "ya", [
        ("Cetak Spanduk Flexi 280gr per meter (Finishing Mata Ayam)", "percetakan", "m2", 25000, 5000, 2, 80, [], "spanduk banner outdoor", "spanduk"),
        ("Cetak Banner Roll Up 60x160 + Stand", "percetakan", "pcs", 185000, 300, 3, 70, [], "roll up banner", "rollbanner"),
        ("Cetak Brosur A4 Art Paper 150gr Full Color (min 500)", "percetakan", "lembar", 1500, 50000, 3, 80, [], "brosur leaflet", "brosur"),
        ("Kartu Nama 1 Box isi 100 Art Carton 260", "percetakan", "box", 35000, 2000, 2, 80, [], "kartu nama", "kartunama"),
        ("Cetak Undangan Hard Cover Custom Emboss", "percetakan", "pcs", 8500, 10000, 5, 80, [], "undangan", "undangan"),
        ("Stiker Vinyl Cutting Logo Custom", "percetakan", "pcs", 5000, 10000, 2, 75, [], "stiker", "stiker"),
    ]),
    ("PC-ATKCLG", "Toko ATK & Fotocopy Cilegon Jaya", "mikro", "36.72", "", [], "ya", [
        ("Kertas HVS A4 70gr SiDU 1 Rim", "percetakan", "rim", 52000, 2000, 1, 40, [], "kertas fotokopi a4", "hvs"),
        ("Kertas HVS F4 80 gram PaperOne 1 RIM", "percetakan", "rim", 62000, 1500, 1, 40, [], "kertas folio", "hvsf4"),
        ("Buku Tulis SiDU 38 Lembar 1 Pak isi 10", "percetakan", "pak", 35000, 2000, 1, 40, [], "buku tulis", "bukutulis"),
        ("Pulpen Standard AE7 Hitam 1 Pak isi 12", "percetakan", "pak", 24000, 3000, 1, 30, [], "bolpoin", "pulpen"),
        ("Map Snelhelter Plastik / Stopmap Folio", "percetakan", "pcs", 3000, 10000, 1, 40, [], "map", "map"),
        ("Paket ATK Kantor (Pulpen, Stabilo, Post-it, Lakban, Map, Klip)", "percetakan", "paket", 150000, 500, 2, 40, [], "alat tulis kantor paket", "paketatk"),
    ]),
    ("PC-LAMPUNG", "CV Percetakan Buku Lampung Media", "kecil", "18.71", "", [], "ya", [
        ("Cetak Buku Panduan A5 Soft Cover 100 hlm", "percetakan", "eks", 25000, 5000, 10, 85, [], "cetak buku", "buku"),
        ("Buku Profil Daerah Hard Cover Full Color 120 hlm", "percetakan", "eks", 185000, 1000, 14, 85, [], "buku profil", "bukuprofil"),
        ("Kalender Dinding 2027 Custom 6 lembar", "percetakan", "pcs", 25000, 5000, 10, 85, [], "kalender", "kalender"),
        ("Kertas HVS A4 80gr Bola Dunia 1 Rim", "percetakan", "rim", 58000, 3000, 2, 40, [], "hvs a4", "hvs"),
        ("Nota / Kuitansi NCR 2 Ply Custom 1 Buku", "percetakan", "buku", 15000, 5000, 5, 80, [], "nota", "nota"),
    ]),
    ("PC-BEKASI", "Digital Printing Bekasi Karya", "kecil", "32.75", "", [], "ya", [
        ("Spanduk Flexi Korea 440gr per m2 Cetak Cepat", "percetakan", "m2", 55000, 3000, 1, 75, [], "spanduk premium", "spanduk"),
        ("Cetak Map Folder Custom Logo Instansi Art Carton", "percetakan", "pcs", 4500, 10000, 5, 80, [], "map folder", "mapcustom"),
        ("Amplop Kop Surat Instansi Custom 1 Box isi 100", "percetakan", "box", 85000, 1000, 5, 80, [], "amplop", "amplop"),
        ("Paper Bag Kraft Custom Logo Sablon", "percetakan", "pcs", 4500, 10000, 7, 80, [], "tas kertas", "paperbag"),
        ("ID Card PVC + Tali Lanyard Custom", "percetakan", "pcs", 15000, 5000, 5, 75, [], "id card panitia", "idcard"),
    ]),
    ("PC-KEMASAN", "Kemasan UMKM Ciruas Pack", "mikro", "36.04", "", [], "ya", [
        ("Box Kemasan Snack / Dus Kue 20x20 Printing", "percetakan", "pcs", 1200, 20000, 5, 80, [], "dus snack", "duskue"),
        ("Standing Pouch Kraft Zipper 250gr isi 50", "percetakan", "pack", 35000, 3000, 5, 70, [], "kemasan pouch", "pouch"),
        ("Label Stiker Produk UMKM A3 Chromo", "percetakan", "lembar", 7500, 5000, 3, 75, [], "label kemasan", "stiker"),
    ]),
    ("PC-BESAR", "PT Grafika Nusa Raya", "besar", "36.71", "", [S], "ya", [
        ("Kertas HVS A4 70gr 1 Rim", "percetakan", "rim", 45000, 100000, 2, 50, [S], "hvs", "hvs"),
        ("Cetak Spanduk per m2", "percetakan", "m2", 18000, 50000, 2, 50, [], "spanduk", "spanduk"),
    ]),
    ("PC-AGENDA", "Toko Buku & Agenda Tangerang", "mikro", "36.71", "", [], "ya", [
        ("Buku Agenda / Notes Kulit Custom Logo A5", "percetakan", "pcs", 45000, 2000, 10, 70, [], "agenda kulit", "bukuagenda"),
        ("Buku Saku Pedoman Kerja Custom A6", "percetakan", "eks", 12000, 5000, 10, 75, [], "buku saku", "buku"),
        ("Block Note Kop Instansi 50 Lembar", "percetakan", "pcs", 9000, 5000, 7, 75, [], "blocknote", "blocknote"),
    ]),

    # ------------------------------------------------------------------ pertanian
    ("PT-BENIH", "Pembenihan Ikan Mina Natar", "mikro", "18.01", "", [], "ya", [
        ("Benih Ikan Nila Merah Ukuran 5-7 cm (per ekor)", "pertanian", "ekor", 350, 200000, 5, 100, [], "bibit nila", "benihnila"),
        ("Benih Ikan Lele Sangkuriang 7-9 cm", "pertanian", "ekor", 250, 300000, 5, 100, [], "bibit lele", "benihlele"),
        ("Ikan Lele Konsumsi Segar per kg", "pertanian", "kg", 25000, 3000, 2, 100, [], "lele konsumsi", "lelekonsumsi"),
        ("Pakan Ikan Pelet Apung 30kg Karung", "pertanian", "karung", 350000, 500, 5, 80, [], "pelet ikan", "pakan"),
    ]),
    ("PT-KOI", "Koi & Ikan Hias Cibitung", "kecil", "32.16", "", [], "ya", [
        ("Ikan Koi Kohaku Lokal Blitar 15-20cm", "pertanian", "ekor", 75000, 1000, 5, 100, [], "ikan koi", "koi"),
        ("Ikan Cupang Halfmoon Jantan Grade A", "pertanian", "ekor", 35000, 1500, 3, 100, [], "cupang hias", "cupang"),
        ("Ikan Mas Koki Oranda 5cm", "pertanian", "ekor", 15000, 2000, 3, 100, [], "mas koki", "koki"),
    ]),
    ("PT-BANDENG", "Tambak Bandeng Kasemen Makmur", "mikro", "36.73", "", [], "ya", [
        ("Ikan Bandeng Segar Tambak Kasemen per kg (3-4 ekor)", "pertanian", "kg", 35000, 3000, 1, 100, [], "bandeng segar", "bandengsegar"),
        ("Benih Bandeng / Nener per ekor", "pertanian", "ekor", 50, 500000, 3, 100, [], "nener bandeng", "nener"),
    ]),
    ("PT-BERAS", "Koperasi Tani Padi Lebak Sejahtera", "koperasi", "36.02", "", [S], "ya", [
        ("Beras Premium Pandan Wangi 5kg Lebak", "pertanian", "karung", 78000, 5000, 3, 100, [S], "beras premium", "beras"),
        ("Beras Merah Organik 1kg", "pertanian", "kg", 28000, 2000, 3, 100, [], "beras merah", "berasmerah"),
        ("Benih Padi Inpari 32 Label Biru 5kg", "pertanian", "pack", 65000, 2000, 5, 100, [S], "benih padi bersertifikat", "benihpadi"),
    ]),
    ("PT-HORTI", "Kebun Bibit Hortikultura Lampung", "kecil", "18.71", "", [], "ya", [
        ("Bibit Durian Musang King Okulasi 80cm", "pertanian", "batang", 85000, 1500, 7, 100, [], "bibit durian", "bibitdurian"),
        ("Bibit Kopi Robusta Tugu Sari Polybag", "pertanian", "batang", 3500, 50000, 7, 100, [], "bibit kopi", "bibitkopi"),
        ("Pupuk Kompos Organik Karung 25kg", "pertanian", "karung", 35000, 5000, 5, 100, [], "kompos", "kompos"),
        ("Biji Kopi Robusta Green Bean Grade 1 per kg", "pertanian", "kg", 65000, 5000, 5, 100, [], "green bean kopi", "greenbean"),
    ]),
    ("PT-SAYUR", "Tani Hidroponik Cilegon", "mikro", "36.72", "", [], "ya", [
        ("Sayur Hidroponik Selada Romaine 250gr", "pertanian", "pack", 12000, 2000, 1, 100, [], "selada", "sayur"),
        ("Telur Ayam Negeri Segar 1 Peti 15kg", "pertanian", "peti", 420000, 200, 1, 100, [], "telur ayam", "telur"),
        ("Cabai Merah Keriting Segar per kg", "pertanian", "kg", 55000, 800, 1, 100, [], "cabai", "cabai"),
    ]),
    ("PT-TANAMAN", "Nursery Tanaman Hias Bekasi Asri", "mikro", "32.75", "", [], "ya", [
        ("Bibit Tanaman Pucuk Merah 1 meter", "pertanian", "batang", 35000, 2000, 5, 100, [], "tanaman pagar pucuk merah", "bibithias"),
        ("Tanaman Hias Lidah Mertua Pot 20cm", "pertanian", "pot", 45000, 1000, 5, 100, [], "sansevieria", "tanamanhias"),
        ("Media Tanam Sekam Bakar 10kg", "pertanian", "karung", 15000, 3000, 3, 100, [], "media tanam", "media"),
        ("Bibit Pohon Mangga Harum Manis Cangkok", "pertanian", "batang", 45000, 1500, 5, 100, [], "bibit mangga", "bibitmangga"),
    ]),
    ("PT-SERANG", "Kelompok Tani Hutan Ciomas Lestari", "koperasi", "36.04", "", [], "ya", [
        ("Bibit Pohon Trembesi / Peneduh 1,5 m Polybag", "pertanian", "batang", 25000, 5000, 7, 100, [], "bibit pohon peneduh", "bibitpohon"),
        ("Bibit Pohon Mahoni 1 m", "pertanian", "batang", 12000, 10000, 7, 100, [], "bibit mahoni", "bibitpohon"),
        ("Melinjo Kulit Merah Segar per kg", "pertanian", "kg", 18000, 3000, 3, 100, [], "buah melinjo", "melinjo"),
    ]),
    ("PT-BESAR", "PT Agro Pakan Nusantara", "besar", "36.04", "", [S], "ya", [
        ("Pakan Ikan Pelet Apung 30kg", "pertanian", "karung", 290000, 50000, 3, 50, [S], "pelet", "pakan"),
        ("Beras Medium 5kg", "pertanian", "karung", 62000, 100000, 2, 50, [S], "beras", "beras"),
    ]),

    # ------------------------------------------------------------------ lainnya
    ("LN-BERSIH", "Alat Kebersihan Kaujon Serang", "mikro", "36.73", "", [], "ya", [
        ("Alat Pel Lantai / Mop Putar Spin Mop + Ember", "lainnya", "set", 165000, 500, 3, 60, [], "spin mop", "mop"),
        ("Kain Lap Microfiber 40x40 isi 10 (Lap Piring/Dapur)", "lainnya", "pack", 35000, 2000, 2, 60, [], "lap serbaguna", "lap"),
        ("Sapu Ijuk Gagang Kayu", "lainnya", "pcs", 25000, 2000, 2, 90, [], "sapu", "sapu"),
        ("Keset Kaki Sabut Kelapa 40x60", "lainnya", "pcs", 35000, 1000, 3, 95, [], "keset", "keset"),
        ("Refill Kain Pel Mop Microfiber", "lainnya", "pcs", 20000, 2000, 2, 60, [], "kain pel pengganti", "refillmop"),
    ]),
    ("LN-LAMPUNG", "Kerajinan Rumah Tangga Way Halim", "kecil", "18.71", "", [], "ya", [
        ("Sapu Lidi Aren Gagang Bambu", "lainnya", "pcs", 15000, 3000, 3, 100, [], "sapu lidi", "sapulidi"),
        ("Keset Kain Perca Bulat", "lainnya", "pcs", 12000, 3000, 3, 95, [], "keset", "keset"),
        ("Mop Pel Lantai Tongkat Kain Katun", "lainnya", "pcs", 45000, 1500, 3, 80, [], "alat pel", "mop"),
    ]),
    ("LN-BEKASI", "Grosir Alat Rumah Tangga Bekasi Makmur", "kecil", "32.75", "", [], "ya", [
        ("Spin Mop Ember Pemeras PROMO BUY 3 GET 1", "lainnya", "set", 135000, 1000, 2, 50, [], "alat pel putar", "mop"),
        ("Lap Kanebo Sintetis 40x30", "lainnya", "pcs", 25000, 3000, 2, 50, [], "lap kanebo", "kanebo"),
        ("Tempat Sampah Plastik Pedal 30L", "lainnya", "unit", 95000, 1000, 2, 50, [], "tong sampah plastik", "tongsampah"),
        ("Sarung Tangan Kain Rajut 1 Lusin", "lainnya", "lusin", 35000, 2000, 2, 60, [], "sarung tangan kerja", "sarungtangan"),
    ]),
    ("LN-CILEGON", "UD Perabot Bersih Cilegon", "mikro", "36.72", "", [], "ya", [
        ("Kemoceng Bulu Ayam Asli 60cm", "lainnya", "pcs", 30000, 1000, 2, 95, [], "kemoceng", "kemoceng"),
        ("Sikat WC + Tempat Gantung", "lainnya", "pcs", 25000, 1500, 2, 60, [], "sikat toilet", "sikatwc"),
        ("Ember Cor Hitam 15L", "lainnya", "pcs", 25000, 1500, 2, 60, [], "ember", "ember"),
        ("Lap Pel Kain Katun Tebal (Kain Pel Lantai)", "lainnya", "pcs", 12000, 2000, 2, 90, [], "kain pel", "kainpel"),
    ]),
    ("LN-BENDERA", "Bendera & Umbul-Umbul Mang Ujang", "mikro", "36.04", "", [], "ya", [
        ("Bendera Merah Putih Katun 90x135 cm", "lainnya", "pcs", 35000, 3000, 3, 95, [], "bendera", "bendera"),
        ("Umbul-Umbul Kain Tiang Bambu 5m", "lainnya", "pcs", 45000, 2000, 5, 95, [], "umbul-umbul HUT RI", "umbul"),
        ("Lampion Bambu Hias Gantung", "lainnya", "pcs", 85000, 300, 7, 95, [], "lampu hias bambu", "lampion"),
        ("Bendera Plastik Segitiga Merah Putih Rentengan 10m", "lainnya", "pcs", 15000, 5000, 3, 80, [], "bendera plastik hiasan", "benderarenteng"),
    ]),
    ("LN-BESAR", "PT Kebersihan Prima Mandiri", "besar", "36.71", "", [S], "ya", [
        ("Spin Mop Lengkap Pabrikan", "lainnya", "set", 99000, 50000, 2, 45, [], "mop", "mop"),
        ("Tempat Sampah 30L", "lainnya", "unit", 70000, 20000, 2, 45, [], "tong sampah", "tongsampah"),
    ]),
]
