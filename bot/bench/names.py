"""Word pools the synthetic knowledge base draws from: personal names by region, topics, outcomes, aid items.

Names are combined at random (given name × family name), so a few dozen of each give thousands of
distinct people; spelling variants mimic the transliterations real press releases disagree on.
"""

from __future__ import annotations

JAPANESE_FAMILY = (
    "Abe Aoki Arai Endo Fujii Fujita Fukuda Goto Hamada Harada Hasegawa Hashimoto Hayashi Hirano Ikeda "
    "Ikegami Inoue Ishida Ishii Ishikawa Ito Iwasaki Kamikawa Kaneko Kato Kikuchi Kimura Kishida Kobayashi "
    "Kondo Kono Koizumi Kubo Kudo Maeda Maruyama Matsuda Matsumoto Miura Miyazaki Mori Morita Motegi "
    "Murakami Nakagawa Nakajima Nakamura Nakano Nishimura Noda Ogawa Ohno Okada Okamoto Ono Ota Saito "
    "Sakamoto Sasaki Sato Shimizu Suga Sugiyama Suzuki Takagi Takahashi Takeda Tamura Tanaka Taniguchi "
    "Ueda Uchida Wada Watanabe Yamada Yamaguchi Yamamoto Yamashita Yasuda Yoshida"
).split()

JAPANESE_GIVEN = (
    "Akira Ayako Daisuke Emi Fumio Hiroshi Hiroko Hiroyuki Ichiro Junko Kazuhiro Kazuo Keiko Kenji "
    "Kentaro Koichi Kosuke Makoto Masahiro Masako Mayumi Michiko Minoru Naoki Noriko Osamu Reiko Ryota "
    "Satoshi Shigeru Shinji Shinzo Shunichi Takashi Takeshi Taro Tetsuya Toshimitsu Yoko Yoshihide "
    "Yoshimasa Yoko Yuichi Yuji Yukiko Yumiko Yusuke Yuko Yohei Kyoko Tomoko Hideki Jiro Saburo"
).split()

#: (given names, family names) per cultural region; regions are keyed by countryinfo subregions below.
REGIONAL_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "slavic": (
        tuple("Aleksandr Andriy Anna Boris Dmytro Irina Ivan Kateryna Mykola Natalia Oleksandr Olga Pavel "
              "Petro Sergei Svetlana Taras Tetiana Viktor Volodymyr Yulia Denys Marta Bogdan Milan Jana "
              "Tomas Zuzana Piotr Agnieszka".split()),
        tuple("Bondarenko Horvat Ivanov Kovalenko Kovac Kowalski Kuleba Kuznetsov Lysenko Melnyk Morozov "
              "Novak Novikov Pavlov Petrenko Popescu Shevchenko Shmyhal Sokolov Stefanchuk Tkachenko Volkov "
              "Zelenskyy Wisniewski Dvorak Nemeth Kovacs Marinov Georgiev Dimitrov".split()),
    ),
    "central-asian": (
        tuple("Aibek Akylbek Askar Bakhtiyor Dilnoza Erlan Farkhod Gulnara Jeenbek Kanat Murat Nurlan Rustam "
              "Sardor Shavkat Timur Ulugbek Zhanna Aziz Bakhyt Dinara Kairat Saltanat Temir".split()),
        tuple("Abdullaev Akhmetov Aliyev Baimukhamedov Karimov Kulubaev Mirziyoyev Nazarbayev Nurmatov "
              "Rakhimov Saidov Saparov Tokayev Usmanov Yusupov Zhaparov Ismailov Sultanov Kasymov Omarov".split()),
    ),
    "west-european": (
        tuple("Anna Annalena Antonio Camille Catherine Claire Emmanuel Francesca Giorgia Hans Isabel Jean "
              "Johan Karin Lars Laura Louis Maria Mark Mette Olaf Pedro Pierre Sofia Stefan Ursula Wopke "
              "Lena Matteo Elena".split()),
        tuple("Bauer Bernard Bianchi Dubois Fernandez Fischer Garcia Hansen Jansen Larsen Laurent Lefebvre "
              "Martin Meyer Moreau Muller Nielsen Peeters Ricci Romano Rossi Schmidt Schneider Silva Smith "
              "Becker Weber Wagner Costa Santos".split()),
    ),
    "latin-american": (
        tuple("Alberto Alejandra Ana Andres Carlos Claudia Diego Eduardo Fernando Gabriela Gustavo Javier "
              "Jorge Juan Lucia Luis Manuel Marcelo Mariana Patricia Ricardo Rosa Santiago Sergio Veronica".split()),
        tuple("Alvarez Castillo Castro Diaz Flores Gomez Gonzalez Gutierrez Hernandez Jimenez Lopez Martinez "
              "Mendoza Morales Ortiz Perez Ramirez Ramos Reyes Rodriguez Romero Ruiz Sanchez Torres Vargas".split()),
    ),
    "african": (
        tuple("Abiy Adama Amina Blaise Chinedu Cyril Fatou Grace Ibrahim Jakaya Joyce Kwame Lindiwe Macky "
              "Mamadou Moussa Naledi Ngozi Olusegun Paul Samia Uhuru William Yaw Zainab Nana Aminata".split()),
        tuple("Adeyemi Banda Biruta Diallo Diop Keita Kagame Kamara Kenyatta Mensah Moyo Mwangi Ndiaye "
              "Nkurunziza Nyerere Obi Odinga Okafor Ouattara Ramaphosa Sall Toure Traore Ruto Otieno Mutua".split()),
    ),
    "arab": (
        tuple("Abdullah Ahmed Ali Amal Faisal Fatima Hamad Hassan Khalid Layla Mahmoud Mohammed Mona Nasser "
              "Omar Rania Saud Sultan Tariq Yasmin Youssef Zayed Hind Karim".split()),
        tuple("Al-Ahmad Al-Hashimi Al-Khalifa Al-Mansouri Al-Nahyan Al-Rashid Al-Saud Al-Thani Aziz "
              "Bakr Darwish Farouk Haddad Hamdan Ibrahim Khoury Mansour Nasser Qasim Rahman Saleh Shoukry".split()),
    ),
    "south-asian": (
        tuple("Amit Anil Arjun Deepak Gita Harsh Kavita Lakshmi Manoj Narendra Nirmala Pooja Rahul Rajesh "
              "Ranil Sanjay Shahbaz Sheikh Subrahmanyam Sunita Vijay Zulfikar Priya Dinesh".split()),
        tuple("Bhattarai Chowdhury Das Gupta Hasina Iyer Jaishankar Khan Kumar Malik Mehta Modi Nair Patel "
              "Rao Reddy Sharif Sharma Singh Sitharaman Wickremesinghe Yadav Rajapaksa Koirala".split()),
    ),
    "east-asian": (
        tuple("Anh Bich Chen Duc Hoa Hyun Jae Jin Kyung Li Linh Min Nguyen Prayut Quang Seo Somchai Sung "
              "Thanh Wei Xiao Yong Zhi Arifin Retno Joko Ferdinand Maria Siti Anwar".split()),
        tuple("Chan Choi Hoang Jung Kang Kim Lee Lim Marsudi Nguyen Park Pham Santoso Suwannarat Tan Tran "
              "Vu Wang Widodo Wong Yoon Zhang Marcos Manalo Ibrahim Haji Rahman".split()),
    ),
    "oceanian": (
        tuple("Anthony Penny Jacinda Chris Winston James Fiame Mark Sitiveni Kausea Manasseh Peter Nanaia "
              "Siaosi Taneti David Charlot Ralph Bob Henry".split()),
        tuple("Albanese Wong Ardern Hipkins Peters Marape Rabuka Natano Sogavare Mahuta Sovaleni Maamau "
              "Panuelo Salwai Puna Brown Whipps Kabua Tuilaepa Aupito".split()),
    ),
    "north-american": (
        tuple("Antony Barbara Daniel Elizabeth Hillary Jennifer John Justin Kamala Linda Mary Melanie Michael "
              "Robert Sarah Thomas William Mike Joe Rahm".split()),
        tuple("Anderson Baker Blinken Brown Clark Davis Emanuel Evans Harris Jackson Johnson Joly Miller "
              "Moore Robinson Taylor Thompson Trudeau White Wilson".split()),
    ),
}

SUBREGION_TO_NAMES = {
    "Eastern Europe": "slavic",
    "Central Asia": "central-asian",
    "Northern Europe": "west-european",
    "Southern Europe": "west-european",
    "Western Europe": "west-european",
    "Latin America and the Caribbean": "latin-american",
    "Sub-Saharan Africa": "african",
    "Northern Africa": "arab",
    "Western Asia": "arab",
    "Southern Asia": "south-asian",
    "Eastern Asia": "east-asian",
    "South-eastern Asia": "east-asian",
    "South-Eastern Asia": "east-asian",
    "Polynesia": "oceanian",
    "Micronesia": "oceanian",
    "Melanesia": "oceanian",
    "Australia and New Zealand": "oceanian",
    "Northern America": "north-american",
}

#: Topics discussed: (the phrase a release uses after "exchanged views on", keywords).
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the situation in Ukraine", ("ukraine", "war", "security")),
    ("regional security in East Asia", ("security", "east asia")),
    ("North Korea, including the abductions issue", ("north korea", "abductions", "security")),
    ("a free and open Indo-Pacific", ("indo-pacific", "foips")),
    ("economic cooperation, including infrastructure development", ("economy", "infrastructure")),
    ("trade and investment", ("trade", "investment", "economy")),
    ("energy security and decarbonisation", ("energy", "climate")),
    ("climate change", ("climate", "environment")),
    ("global food security", ("food", "agriculture")),
    ("reform of the United Nations Security Council", ("united nations", "security council", "reform")),
    ("nuclear disarmament and non-proliferation", ("nuclear", "disarmament")),
    ("people-to-people exchanges, including youth and tourism", ("exchanges", "tourism", "youth")),
    ("cooperation in health and universal health coverage", ("health", "uhc")),
    ("disaster risk reduction", ("disaster", "resilience")),
    ("the rule of law at sea", ("maritime", "rule of law")),
    ("critical minerals and supply chains", ("minerals", "supply chains", "economy")),
    ("digital transformation and cybersecurity", ("digital", "cyber")),
    ("development cooperation through ODA", ("oda", "development", "aid")),
    ("the situation in the Middle East", ("middle east", "gaza")),
    ("humanitarian demining", ("demining", "humanitarian")),
    ("reconstruction and recovery", ("reconstruction", "recovery")),
    ("education and human resource development", ("education", "human resources")),
    ("agriculture and fisheries", ("agriculture", "fisheries")),
    ("space cooperation", ("space",)),
    ("science and technology cooperation", ("science", "technology")),
    ("the Japanese language and culture", ("culture", "japanese language")),
    ("visa facilitation", ("visa", "travel")),
    ("the G7 presidency", ("g7",)),
    ("the environment of the oceans, including plastic waste", ("oceans", "plastic")),
    ("aviation links and direct flights", ("aviation", "flights")),
)

#: Outcomes: the phrase after "The two sides agreed to".
OUTCOMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("start negotiations on an investment agreement", ("investment agreement", "negotiations")),
    ("hold the next round of policy consultations in Tokyo", ("consultations",)),
    ("strengthen cooperation in the international arena", ("cooperation",)),
    ("elevate the relationship to a strategic partnership", ("strategic partnership",)),
    ("sign a memorandum of cooperation on energy", ("energy", "memorandum")),
    ("launch a working group on critical minerals", ("minerals", "working group")),
    ("continue close communication at all levels", ("communication",)),
    ("celebrate the anniversary of diplomatic relations next year", ("anniversary",)),
    ("expand youth exchanges", ("exchanges", "youth")),
    ("resume direct flights", ("flights", "aviation")),
    ("cooperate towards the success of the upcoming summit", ("summit",)),
    ("establish a dialogue on economic security", ("economic security", "dialogue")),
)

#: Aid items: (singular noun phrase, plural noun phrase, unit for the quantity).
AID_ITEMS: tuple[tuple[str, str], ...] = (
    ("generators", "generators"),
    ("demining machines", "machines"),
    ("ambulances", "ambulances"),
    ("transformers", "transformers"),
    ("water purification units", "units"),
    ("school buses", "buses"),
    ("tonnes of rice", "tonnes"),
    ("doses of vaccine", "doses"),
    ("fire engines", "vehicles"),
    ("solar power systems", "systems"),
)

GRANT_PURPOSES = (
    "emergency humanitarian assistance",
    "the improvement of water supply",
    "the construction of a hospital",
    "the improvement of a port",
    "economic and social development",
    "the recovery of the power grid",
    "food assistance",
    "human resource development scholarships",
)

PARTNER_MINISTRIES = (
    "Trade and Industry", "Energy", "Health", "Agriculture", "Defence", "Education", "Transport",
    "Economy", "Environment", "Digital Affairs",
)

JAPAN_BUREAUS = (
    "European Affairs Bureau", "Asian and Oceanian Affairs Bureau", "Middle Eastern and African Affairs Bureau",
    "Latin American and Caribbean Affairs Bureau", "North American Affairs Bureau",
    "International Cooperation Bureau", "Economic Affairs Bureau",
)
