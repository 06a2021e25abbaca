import { wordSet } from './words';

/** Nationality and group adjectives: "Afghan", "Soviet". Never actors, never places (see the guidelines). */
const DEMONYMS = wordSet(`
  afghan afghans afghani pashtun pashtuns tajik tajiks uzbek uzbeks hazara hazaras baloch balochi turkmen
  albanian algerian american americans andorran angolan argentine argentinian armenian armenians australian austrian
  azerbaijani azeri bahraini bangladeshi belarusian belgian beninese bolivian bosnian brazilian british briton britons
  bulgarian burkinabe burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian congolese
  croatian cuban cypriot czech danish dutch ecuadorian egyptian egyptians emirati eritrean estonian ethiopian
  ethiopians european europeans filipino finnish french gabonese gambian georgian german germans ghanaian greek
  guatemalan guinean haitian honduran hungarian icelandic indian indians indonesian iranian iranians iraqi iraqis irish
  israeli israelis italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kurd kurds kuwaiti
  kyrgyz lao latvian lebanese liberian libyan libyans lithuanian malagasy malawian malaysian malian maltese mauritanian
  mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nigerian nigerien norwegian omani
  pakistani pakistanis palestinian palestinians panamanian paraguayan peruvian polish portuguese qatari romanian
  russian russians rwandan saudi saudis senegalese serbian serb serbs singaporean slovak slovenian somali
  somalis spanish sudanese swedish swiss syrian syrians taiwanese tanzanian thai togolese tunisian turkish turks
  ugandan ukrainian ukrainians uruguayan uzbekistani venezuelan vietnamese yemeni yemenis zambian zimbabwean
  arab arabs arabian persian persians soviet soviets prussian ottoman byzantine roman romans western westerner
  westerners islamic islamist islamists muslim muslims christian christians jewish jew jews sunni sunnis shia shiite
  shiites alawite alawites druze yazidi yazidis coptic catholic orthodox hindu sikh buddhist
  darfuri darfuris amhara oromo tigrayan tigrayans somalian chechen chechens crimean tatar tatars
  african africans asian asians nordic baltic balkan caucasian slavic`);

export function isDemonym(key: string): boolean {
  return DEMONYMS.has(key);
}

const SUFFIXES = ['is', 'i', 'ians', 'ian', 'ans', 'an', 'ese', 'ites', 'ite', 'ers', 'er'];

/** "Panjshiris" from "Panjshir", "Kabulis" from "Kabul": a people named after a known place. */
export function isDemonymOf(key: string, isPlaceKey: (key: string) => boolean): boolean {
  for (const suffix of SUFFIXES) {
    if (key.length > suffix.length + 2 && key.endsWith(suffix) && isPlaceKey(key.slice(0, -suffix.length))) return true;
  }
  return false;
}
