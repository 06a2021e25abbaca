import { wordSet } from './words';

/** Words for a person's role or title: "spokesman X", "President X", "X, a spokesman". */
export const ROLE_WORDS = wordSet(`
  spokesman spokeswoman spokesperson spokespeople leader leaders commander commanders chief head
  president vice minister ministers premier chancellor governor governors mayor general gen lt lieutenant colonel col
  major maj captain capt sergeant sgt brigadier brig admiral adm marshal commissioner secretary ambassador envoy
  senator sen rep representative congressman congresswoman lawmaker mp deputy director chairman chairwoman chair
  founder cofounder emir king queen prince princess sheikh shaykh mullah maulvi mawlawi mufti imam cleric
  judge prosecutor attorney officer official officials analyst analysts correspondent reporter journalist
  researcher expert adviser advisor aide negotiator activist mediator coordinator rapporteur
  son daughter wife husband brother sister father mother nephew cousin widow
  dr mr mrs ms prof professor rev
`);

/** Role words that also work as a title inside a capitalised run: "Afghan Vice President Amrullah Saleh". */
export const TITLE_WORDS = wordSet(`
  president vice minister premier chancellor governor mayor general gen lieutenant lt colonel col major maj captain capt
  sergeant sgt brigadier brig admiral adm marshal commissioner secretary ambassador envoy senator sen rep
  congressman congresswoman deputy director chairman chairwoman commander chief emir king queen prince princess
  sheikh shaykh mullah maulvi mawlawi mufti imam judge prosecutor spokesman spokeswoman spokesperson
  sayyed sayyid sayed haji hajji hajj daw u ustaz ustadh
  dr mr mrs ms prof professor rev sir lord lady foreign defence defense interior prime
`);

/** Verbs of speech after a name: "X said". */
export const SPEECH_VERBS = wordSet(`
  said says say told tells stated states added adds noted notes claimed claims announced announces wrote writes
  tweeted posted confirmed confirms denied denies reported reports warned warns explained insisted argued alleged
  alleges acknowledged admitted asserted declared declares commented replied responded revealed reveals urged urges
  vowed vows pledged pledges accused accuses condemned condemns described describes estimated estimates
  tells asked asks`);

/** Words before an actor: "according to X", "told X", "citing X". The last word is the one before the name. */
export const ACTOR_CUES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['told'],
  // Inverted attribution: "..., said Eddie Rowe".
  ['said'],
  ['says'],
  ['citing'],
  ['quoting'],
  ['quoted', 'by'],
  ['led', 'by'],
  ['headed', 'by'],
  ['commanded', 'by'],
  ['son', 'of'],
  ['daughter', 'of'],
  ['brother', 'of'],
  ['father', 'of'],
  ['wife', 'of'],
  ['interview', 'with'],
  ['speaking', 'to'],
  ['spoke', 'to'],
];

/** Last word of an organisation's name: "National Resistance Front", "Rapid Support Forces". */
export const ORGANISATION_HEADS = wordSet(`
  front forces force army armies ministry committee agency council movement party alliance brigade brigades
  battalion battalions regiment division corps guard guards militia militias group organisation organization union
  coalition league commission office service services department authority bureau court assembly government staff
  administration federation association foundation institute centre center network society fund bank company
  corporation cabinet senate congress parliament mission programme program tribunal command navy police
  fleet unit units directorate secretariat empire emirate caliphate brotherhood legion battalion
  times news post journal herald tribune gazette press radio television channel review magazine daily telegraph
  watch international nations observatory community`);

/** Last word of a place name, when capitalised: "Panjshir Valley", "Khawak Pass", "Kharkiv Oblast". */
export const PLACE_HEADS = wordSet(`
  province valley pass district region oblast governorate gorge river mountains mountain lake sea gulf bay desert
  plateau plain plains island islands peninsula strait canal dam bridge airport airfield airbase base camp square
  corridor crossing county city village heights hills hill forest oasis harbour harbor port raion rayon krai
  municipality state territory territories highlands coast strip area`);

/** Capitalised words that start a place name: "Mount X", "Lake X", "Gulf of X". */
export const PLACE_PREFIXES = wordSet('mount mt lake camp fort port gulf bay strait sea cape jebel jabal');

/** Lowercase words after a name that make it a place: "Shotul district", "Laghman province". */
export const PLACE_NOUNS = wordSet(`
  province provinces district districts valley valleys region regions area areas village villages town towns
  city cities oblast oblasts governorate governorates county counties river mountains gorge pass border
  camp camps neighbourhood neighborhood neighbourhoods neighborhoods suburb suburbs settlement settlements
  municipality municipalities locality raion crossing checkpoint airport airfield airbase`);

/** Words before "of" that make what follows a place: "the province of X", "the outskirts of X", "governor of X". */
export const PLACE_OF_NOUNS = wordSet(`
  province provinces district districts region regions area areas city town village villages outskirts suburbs
  capital governor governors mayor centre center heart north south east west northeast northwest southeast southwest
  parts part oblast governorate county streets port border`);

/** Prepositions that introduce a location: "in X", "from X". */
export const LOCATIVE_PREPOSITIONS = wordSet('in near from into outside around towards toward across inside via throughout through');

/** Verbs that make a country an actor when it is their subject: "Russia said", "the United States ... have vowed". */
export const AGENT_VERBS = wordSet(`
  said says say vowed vows pledged pledges announced announces accused accuses denied denies condemned condemns
  warned warns urged urges demanded demands imposed imposes sanctioned sent sends launched launches invaded invades
  attacked attacks struck strikes withdrew withdraws controlled agreed agrees rejected rejects called calls threatened
  threatens promised promises claimed claims supplied supplies provided provides offered offers backed backs
  supported supports recognised recognized deployed deploys signed signs voted votes refused refuses insisted
  requested requests asked asks expelled expels blamed blames plans planned wants wanted pay pays paid seeks sought
  intends intended hopes vetoed summoned released captured shot fired plan vow seek urge warn demand deny
  send supply provide offer impose launch attack strike withdraw agree reject threaten promise deploy sign recognise recognize
  pounds hits hit shells shelled bombs bombed kills killed seizes seized captures takes took retakes retook downs downed
  repels repelled advances advanced targets targeted fires orders ordered bans banned arrests arrested detains detained
  executes expels summons deploys mobilises mobilizes annexes annexed occupied occupies blocks blocked cuts evacuates
  evacuated negotiates resumes suspends suspended halts halted lifts extends approves approved welcomes welcomed
  criticises criticised criticizes criticized holds hosts pushes presses produce produces produced buys bought
  ready willing prepared determined broker brokers brokered mediate mediates mediated
  insist insists call show shows keep keeps kept recall recalls recalled answer answers hire hires form forms trade trades negotiate negotiates`);

/** Auxiliaries between a subject and its verb: "the United States ... have vowed". */
export const AUXILIARIES = wordSet('has have had will would is was were are has been also not could may might must should');
