// Places that GeoNames' countries, regions and towns miss: historical and informal regions, seas,
// rivers, mountain ranges and other features that war reporting names. Same format as actors.ts.

export const COUNTRY_ALIASES = `
United States | U.S. | U.S.A.
United Kingdom | U.K.
Democratic Republic of the Congo | Congo
Palestine | Palestinian territories | Occupied Palestinian Territory | State of Palestine
`;

export const REGIONS = `
England
Scotland
Wales
Northern Ireland
Donbas | Donbass
Darfur
North Darfur
South Darfur
West Darfur
East Darfur
Central Darfur
Kordofan
North Kordofan
South Kordofan
West Kordofan
Nuba Mountains
Gezira | Al Jazirah | Al-Jazirah
Red Sea State
Gaza | Gaza Strip
West Bank
Golan Heights | Golan
Sinai | Sinai Peninsula
Kashmir | Jammu and Kashmir
Balochistan | Baluchistan
Khyber Pakhtunkhwa
Waziristan | North Waziristan | South Waziristan
Hindu Kush
Wakhan Corridor | Wakhan
Khyber Pass
Tigray
Amhara
Oromia
Afar
Sahel
Maghreb
Horn of Africa
Middle East
Near East
Levant
Caucasus | North Caucasus | South Caucasus
Central Asia
South Asia
Southeast Asia
East Asia
Europe
Eastern Europe
Western Europe
Asia
Africa
North Africa
West Africa
East Africa
Sub-Saharan Africa
North America
South America
Latin America
Balkans
Scandinavia
Black Sea
Sea of Azov | Azov Sea
Red Sea
Mediterranean | Mediterranean Sea
Persian Gulf | Arabian Gulf
Gulf of Aden
Arabian Sea
Baltic Sea
Caspian Sea
Strait of Hormuz
Bab el-Mandeb | Bab al-Mandab
Suez Canal
Kerch Strait
Dnipro River | Dnieper River | Dnipro | Dnieper
Danube | Danube River | River Danube
Dniester | Dniester River | Dnister
Siverskyi Donets | Seversky Donets | Donets | Siverskyi Donets River
Oskil | Oskil River | Oskol
Southern Bug | Pivdennyi Buh
Inhulets | Ingulets
Vorskla
Seym | Seim
Desna
Pripyat | Prypiat
Volga
Don River | River Don
Panj | Panj River | Pyanj
Kabul River
Nile | Nile River | River Nile
Euphrates | Euphrates River
Tigris | Tigris River
Amu Darya
Helmand River
Nagorno-Karabakh | Karabakh
Transnistria
Abkhazia
South Ossetia
Kurdistan | Iraqi Kurdistan | Kurdistan Region
Rojava
Chernobyl
Zaporizhzhia Nuclear Power Plant | Zaporizhzhia NPP | ZNPP
Chernobyl Nuclear Power Plant
Kursk Nuclear Power Plant
Snake Island
Kinburn Spit
Kakhovka
Rafah Crossing
`;

/** Towns whose spellings vary more than GeoNames records: transliterations from Russian, Ukrainian, Arabic, Dari. */
export const TOWNS = `
Mazar-e Sharif | Mazar-i-Sharif | Mazar-e-Sharif | Mazar i Sharif
Kyiv | Kiev | Київ | Киев
Odesa | Odessa | Одеса | Одесса
Kharkiv | Kharkov | Харків | Харьков
Mykolaiv | Mykolayiv | Nikolaev | Миколаїв
Zaporizhzhia | Zaporizhia | Zaporozhye | Запоріжжя
Dnipro | Dnipropetrovsk | Дніпро
Luhansk | Lugansk | Луганськ | Луганск
Donetsk | Донецьк | Донецк
Kherson | Херсон
Lviv | Львів
Sumy | Суми
Avdiivka | Avdeevka | Avdeyevka
Kramatorsk | Kramators'k
Sievierodonetsk | Severodonetsk
Lysychansk | Lisichansk
Vuhledar | Ugledar
Pokrovsk | Покровськ | Покровск
Toretsk
Kostiantynivka | Kostyantynivka | Konstantinovka | Костянтинівка
Kurakhove | Kurakhovo
Huliaipole | Hulyaipole | Gulyaypole
Dobropillia | Dobropillya
Velyka Novosilka
Ocheretyne
Sudzha
Berdiansk | Berdyansk
Enerhodar | Energodar
Izium | Izyum
Balakliia | Balakleya
Marinka | Maryinka
Uzhhorod
Stepnohirsk
Bakhmut | Artemivsk | Бахмут
Chasiv Yar
Chuhuiv | Chuguev | Chuguyev
Bilozerka
Pokrovske
Vovchansk
Lyman
Siversk
Kupiansk | Kupyansk
Robotyne
Krynky
El Fasher | Al Fashir | El Fashir | Al-Fashir
Geneina | El Geneina | Al Junaynah
Wad Madani | Wad Medani
Omdurman
Nyala
Zamzam
Bara
Abu Shouk
Tawila
Ardamata
Babanusa
Ed Daein | El Daein | Al Daein
Mellit
En Nahud | El Nahud | Al Nuhud
Bahri | Khartoum North
Gedaref | Al Qadarif
Um Kadada
Kabkabiya
Tabit
Spin Boldak
Torkham
Faizabad | Fayzabad
Bamiyan | Bamyan
Mehtarlam
Sheberghan | Shiberghan
Maimana | Maymana
Chaghcharan
Sharana
Maidan Shahr
Bagram
Islam Qala
Yevpatoria | Yevpatoriya | Evpatoria
Dzhankoi | Dzhankoy
Saky
Philadelphi Corridor
`;
