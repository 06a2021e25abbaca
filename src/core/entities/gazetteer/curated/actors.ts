// Widely known actors of the conflicts Claim Lens is used on, and of world news generally.
// One entry a line: the canonical name, then aliases, separated by " | ". Case matters: a capital in
// an entry must be a capital in the text, and an all-caps acronym must be in capitals.
// Local figures and groups belong in a workspace's .claimlens/gazetteer.json, not here.

export const ARMED_GROUPS = `
Taliban | Taleban | Islamic Emirate of Afghanistan | Islamic Emirate
Haqqani network | Haqqani Network
al-Qaeda | al Qaeda | Al Qaeda | Al-Qaeda | al-Qaida | al Qaida | Al-Qaida | Al Qaida | AQ
al-Qaeda in the Arabian Peninsula | AQAP
Islamic State | ISIS | ISIL | Daesh | Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria
Islamic State Khorasan Province | Islamic State Khorasan | ISIS-K | ISKP | IS-K
Islamic State West Africa Province | ISWAP
Tehrik-i-Taliban Pakistan | Tehreek-e-Taliban Pakistan | TTP | Pakistani Taliban
Lashkar-e-Taiba | Lashkar-e-Toiba | LeT
Jaish-e-Mohammed | Jaish-e-Muhammad | JeM
Mujahideen | Mujahedeen | Mujahidin
Hamas | Harakat al-Muqawama al-Islamiya
Izz ad-Din al-Qassam Brigades | al-Qassam Brigades | Qassam Brigades | Al-Qassam Brigades
Palestinian Islamic Jihad | Islamic Jihad | PIJ
Hezbollah | Hizbollah | Hizbullah | Hizballah
Houthis | Houthi | Houthi movement | Ansar Allah | Ansarallah
Kataib Hezbollah | Kata'ib Hezbollah
Popular Mobilization Forces | Popular Mobilisation Forces | PMF | Hashd al-Shaabi
Hayat Tahrir al-Sham | HTS | Hay'at Tahrir al-Sham
Syrian Democratic Forces | SDF
People's Protection Units | YPG
Kurdistan Workers' Party | PKK
Free Syrian Army | FSA
Syrian National Army | SNA
Islamic Revolutionary Guard Corps | IRGC | Revolutionary Guards | Revolutionary Guard
Quds Force
Basij
al-Shabaab | al Shabaab | Al-Shabaab | Al Shabaab | al-Shabab | Al-Shabab
Boko Haram
Jama'at Nasr al-Islam wal Muslimin | JNIM
Wagner Group | Wagner | PMC Wagner | Africa Corps
Rapid Support Forces | RSF | Janjaweed
Sudanese Armed Forces | SAF | Sudanese army
Sudan People's Liberation Movement-North | SPLM-N | SPLM
Sudan People's Liberation Army | SPLA
Justice and Equality Movement | JEM
Sudan Liberation Movement | Sudan Liberation Army | SLM | SLA
Tigray People's Liberation Front | TPLF
Tigray Defense Forces | Tigray Defence Forces | TDF
Oromo Liberation Army | OLA
Fano
M23 | March 23 Movement
Allied Democratic Forces | ADF
Arakan Army
Tatmadaw
Armed Forces of Ukraine | Ukrainian Armed Forces | AFU | ZSU
Russian Armed Forces | Armed Forces of the Russian Federation
Azov Brigade | Azov Regiment | Azov Battalion
Russian Volunteer Corps | RDK
Freedom of Russia Legion
Akhmat | Akhmat special forces
Israel Defense Forces | Israel Defence Forces | IDF
Kosovo Liberation Army | KLA
Irish Republican Army | IRA
Revolutionary Armed Forces of Colombia | FARC
`;

export const ORGANISATIONS = `
Naftogaz
Ukrenergo
Energoatom
DTEK
Ukrzaliznytsia
Gazprom
Rosatom
Rosneft
Emergency Response Rooms
Ministry for the Propagation of Virtue and the Prevention of Vice | Ministry of Vice and Virtue | Ministry for the Promotion of Virtue and Prevention of Vice
United Nations | UN | U.N.
UN Security Council | United Nations Security Council | Security Council | UNSC
UN General Assembly | United Nations General Assembly | General Assembly
UN Human Rights Council | Human Rights Council | UNHRC
Office for the Coordination of Humanitarian Affairs | OCHA | UN OCHA
UN Refugee Agency | United Nations High Commissioner for Refugees | UNHCR
UNICEF | United Nations Children's Fund | Unicef
World Food Programme | World Food Program | WFP
World Health Organization | World Health Organisation | WHO
International Organization for Migration | IOM
UN Development Programme | United Nations Development Programme | UNDP
UN Assistance Mission in Afghanistan | United Nations Assistance Mission in Afghanistan | UNAMA
UN Mission in South Sudan | UNMISS
UN Relief and Works Agency | UNRWA
Office of the High Commissioner for Human Rights | OHCHR
UN Human Rights Monitoring Mission in Ukraine | HRMMU
International Atomic Energy Agency | IAEA
International Criminal Court | ICC
International Court of Justice | ICJ
International Committee of the Red Cross | ICRC | Red Cross
International Federation of Red Cross and Red Crescent Societies | IFRC | Red Crescent
Doctors Without Borders | Medecins Sans Frontieres | Médecins Sans Frontières | MSF
Human Rights Watch | HRW
Amnesty International | Amnesty
Save the Children
Norwegian Refugee Council | NRC
International Rescue Committee | IRC
Oxfam
Mercy Corps
Integrated Food Security Phase Classification | IPC
Famine Review Committee
CARE International
Islamic Relief | Islamic Relief Worldwide
Danish Refugee Council
Reporters Without Borders | Reporters Sans Frontieres | RSF
Committee to Protect Journalists | CPJ
ACLED | Armed Conflict Location and Event Data Project | Armed Conflict Location & Event Data Project
Institute for the Study of War | ISW
International Crisis Group | Crisis Group
NATO | Nato | North Atlantic Treaty Organization | North Atlantic Treaty Organisation
European Union | EU | E.U.
European Commission
European Parliament
Council of Europe
Organization for Security and Co-operation in Europe | OSCE
African Union | AU
Arab League | League of Arab States
Gulf Cooperation Council | GCC
Intergovernmental Authority on Development | IGAD
Economic Community of West African States | ECOWAS
Shanghai Cooperation Organisation | SCO
Organisation of Islamic Cooperation | Organization of Islamic Cooperation | OIC
Collective Security Treaty Organization | CSTO
Group of Seven | G7 | G-7
Group of Twenty | G20 | G-20
BRICS
OPEC
International Monetary Fund | IMF
World Bank
World Trade Organization | WTO
Kremlin
Pentagon
White House
State Department | US State Department | U.S. State Department
Downing Street
Elysee | Élysée | Elysee Palace
Congress | US Congress | U.S. Congress
Senate | US Senate
Verkhovna Rada | Rada
State Duma | Duma
Knesset
Federal Security Service | FSB
Security Service of Ukraine | SBU
Main Intelligence Directorate | GUR | HUR
Central Intelligence Agency | CIA
Federal Bureau of Investigation | FBI
Mossad
Inter-Services Intelligence | ISI
Inter-Services Public Relations | ISPR
National Directorate of Security | NDS
MI6
Palestinian Authority
Palestine Liberation Organization | PLO
Fatah
Muslim Brotherhood
Junbish | Junbish-e Milli | Junbish-i-Milli
Jamiat-e Islami | Jamiat-i-Islami | Jamiat
`;

export const OUTLETS = `
Reuters
Associated Press | AP
Agence France-Presse | Agence France Presse | AFP
TASS | Tass | ТАСС
RIA Novosti | RIA | РИА Новости
Interfax | Interfax-Ukraine
Ukrinform | Укрінформ
Suspilne | Суспільне | Suspilne News
Hromadske | Громадське
UNIAN | УНІАН
RBC-Ukraine
Amaq | Amaq News Agency
EFE | Agencia EFE
ANSA
Deutsche Presse-Agentur | DPA | dpa
Xinhua | Xinhua News Agency
Kyodo | Kyodo News
Yonhap
Anadolu Agency | Anadolu
Al Jazeera | Al-Jazeera | Aljazeera
Al Arabiya | Al-Arabiya
Asharq Al-Awsat
BBC | BBC News | British Broadcasting Corporation
CNN
Fox News
NBC News | NBC
CBS News | CBS
ABC News
MSNBC
NPR
PBS
Sky News
Deutsche Welle | DW
France 24
Euronews
RT | Russia Today
Sputnik
Bloomberg
New York Times | NYT
Washington Post
Wall Street Journal | WSJ
The Guardian | Guardian
Financial Times | FT
The Economist | Economist
The Telegraph | Daily Telegraph
The Times
The Independent
Los Angeles Times
USA Today
Politico
Axios
The Hill
Yahoo News
Newsweek
The Atlantic
Kyiv Independent
Kyiv Post
Ukrainska Pravda | Українська правда
Meduza
Novaya Gazeta
Kommersant
Radio Free Europe/Radio Liberty | Radio Free Europe | Radio Liberty | RFE/RL
Voice of America | VOA
TOLOnews | Tolo News | TOLO News
Pajhwok Afghan News | Pajhwok
Khaama Press
Ariana News
Afghanistan International
Amu TV
Sudan Tribune
Radio Dabanga | Dabanga
Middle East Eye
Lloyd's List
Haaretz
Times of Israel
Jerusalem Post
Geo News
Arab News
Daily Sabah
IRNA
Tasnim | Tasnim News Agency
Fars News Agency
Press TV
SANA
Wikimedia Commons
Getty Images
Press Trust of India | PTI
Associated Press of Pakistan
Europa Press
Bernama
Antara | Antara News
Jiji Press
NHK
Korean Central News Agency | KCNA
Polish Press Agency
Agerpres
Belga
Keystone-SDA
WAFA | WAFA News Agency
Middle East News Agency
Saudi Press Agency
Qatar News Agency | QNA
Kuwait News Agency | KUNA
Emirates News Agency | WAM
Sudan News Agency | SUNA
Kenya News Agency
Prensa Latina
Notimex
Agência Brasil
Rappler
The Hindu
Hindustan Times
Times of India
NDTV
Ahram Online | Al-Ahram
Al Mayadeen | Al-Mayadeen
Al Manar | Al-Manar
Hiiraan Online
Garowe Online
Radio Okapi
Radio France Internationale | RFI
Jeune Afrique
Le Monde
Le Figaro
Der Spiegel | Spiegel
Süddeutsche Zeitung
Frankfurter Allgemeine Zeitung | FAZ
El País
Corriere della Sera
La Repubblica
Rudaw
Kurdistan 24
Shafaq News
Enab Baladi
Daily Maverick
News24
Mail & Guardian
Daily Nation
The East African
Premium Times
Sahara Reporters
Addis Standard
Myanmar Now
Democratic Voice of Burma | DVB
Frontier Myanmar
Mizzima
Al-Monitor
The Defense Post
Long War Journal
Bellingcat
`;

export const STATES = `
USSR | Soviet Union | U.S.S.R.
British Empire
Ottoman Empire
Russian Empire
Nazi Germany | Third Reich
`;

export const PEOPLE = `
Vladimir Putin | Putin
Volodymyr Zelensky | Volodymyr Zelenskyy | Volodymyr Zelenskiy | Zelensky | Zelenskyy | Zelenskiy
Dmitry Peskov | Peskov
Sergei Lavrov | Sergey Lavrov | Lavrov
Sergei Shoigu | Sergey Shoigu | Shoigu
Valery Gerasimov | Gerasimov
Andrei Belousov | Belousov
Maria Zakharova | Zakharova
Dmitry Medvedev | Medvedev
Yevgeny Prigozhin | Prigozhin
Ramzan Kadyrov | Kadyrov
Alexei Navalny | Navalny
Alexander Lukashenko | Lukashenko
Dmytro Kuleba | Kuleba
Andrii Sybiha | Sybiha
Oleksandr Syrskyi | Syrskyi
Valerii Zaluzhnyi | Valery Zaluzhny | Zaluzhnyi | Zaluzhny
Kyrylo Budanov | Budanov
Denys Shmyhal | Shmyhal
Andriy Yermak | Andrii Yermak | Yermak
Rustem Umerov | Umerov
Oleksii Reznikov | Reznikov
Vitali Klitschko | Klitschko
Joe Biden | Biden
Donald Trump | Trump
Kamala Harris
Antony Blinken | Blinken
Lloyd Austin
Jake Sullivan
Marco Rubio | Rubio
Steve Witkoff | Witkoff
Keith Kellogg | Kellogg
Kirill Dmitriev
Kaja Kallas | Kallas
JD Vance | J.D. Vance | Vance
Pete Hegseth | Hegseth
Emmanuel Macron | Macron
Olaf Scholz | Scholz
Friedrich Merz | Merz
Keir Starmer | Starmer
Rishi Sunak | Sunak
Boris Johnson
Ursula von der Leyen | von der Leyen
Jens Stoltenberg | Stoltenberg
Mark Rutte | Rutte
Antonio Guterres | António Guterres | Guterres
Recep Tayyip Erdogan | Erdogan
Xi Jinping | Xi
Narendra Modi | Modi
Benjamin Netanyahu | Netanyahu
Yahya Sinwar | Sinwar
Ismail Haniyeh | Haniyeh
Hassan Nasrallah | Nasrallah
Ali Khamenei | Ayatollah Ali Khamenei | Khamenei
Ebrahim Raisi | Raisi
Masoud Pezeshkian | Pezeshkian
Bashar al-Assad | Bashar Assad | Assad | al-Assad
Abdel Fattah al-Burhan | Abdel Fattah Burhan | Burhan | al-Burhan
Mohamed Hamdan Dagalo | Mohamed Hamdan Daglo | Hemedti | Dagalo | Daglo
Abdalla Hamdok | Abdallah Hamdok | Hamdok
Omar al-Bashir | al-Bashir
Abiy Ahmed
Isaias Afwerki | Afwerki
Salva Kiir | Kiir
Riek Machar | Machar
Mohammed bin Salman | MBS
Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Sisi | el-Sisi | al-Sisi
Mahmoud Abbas
Mohammad Yaqoob
Suhail Shaheen
Abdul Rashid Dostum | Dostum
Atta Mohammad Noor | Atta Mohammad Nur
Gulbuddin Hekmatyar | Hekmatyar
Minni Minawi | Minni Arko Minawi | Minawi
Abdel Wahid al-Nur | Abdel Wahid Mohamed al-Nur
Abdelrahim Hamdan Dagalo | Abdel Rahim Dagalo
Shams al-Din Kabashi | Shams El Din Kabbashi | Kabashi
Yasser al-Atta | Yasir al-Atta
Malik Agar
Kamil Idris
Oleksandr Prokudin
Serhiy Lysak
Vitaliy Kim
Ihor Terekhov
Vadym Filashkin
Oleh Syniehubov | Syniehubov
Dmytro Lubinets | Lubinets
Yulia Svyrydenko | Svyrydenko
Vladimir Saldo | Saldo
Denis Pushilin | Pushilin
Leonid Pasechnik | Pasechnik
Yevgeny Balitsky | Balitsky
Sergei Aksyonov | Sergey Aksyonov | Aksyonov
Vyacheslav Gladkov | Gladkov
Hibatullah Akhundzada | Haibatullah Akhundzada | Akhundzada
Hamid Karzai | Karzai
Ashraf Ghani | Ghani
Abdullah Abdullah
Sirajuddin Haqqani
Abdul Ghani Baradar | Baradar
Mullah Omar
Osama bin Laden | bin Laden
Ayman al-Zawahiri | Zawahiri | al-Zawahiri
Abu Bakr al-Baghdadi | al-Baghdadi | Baghdadi
Imran Khan
Shehbaz Sharif
Kim Jong Un | Kim Jong-un
Min Aung Hlaing
Pope Francis
`;
