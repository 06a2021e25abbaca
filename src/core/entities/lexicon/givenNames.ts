import { wordSet } from './words';

/**
 * Common given names across the regions whose wars are reported on (Arabic, Persian and Pashto,
 * Slavic, East African, Western). A capitalised name after one of these is a person: "Ali Hassan".
 * Names that are also ordinary capitalised words ("Will", "May", "Summer") are left out.
 */
const GIVEN_NAMES = wordSet(`
  abbas abd abdel abdul abdulla abdullah abdallah abdulrahman abdurrahman abu adel adnan ahmad ahmed ahmet ahmadullah
  akbar akram ali amin amina amir amjad anas anwar asad asadullah ashraf atiqullah ayman aziz azizullah
  bashir bilal daud dawood dawud farid farouk faruq fatima fawad fazal ghulam gul habib habibullah hafiz haji hakim
  hamid hamdan hamza hanif haroon harun hasan hassan hekmatullah hibatullah hussain hussein ibrahim idris ihsan
  ismail jalal jamal jamil javed kamal karim khaled khalid khalil latif mahmood mahmoud mansour mansur mawlawi
  mehdi mir mirwais mohamed mohammad mohammed mohamud mohammadullah muhammad mujib mullah munir murad musa mustafa
  nabil najib naser nasir nasrullah nawaz nazir nizam noor nur nuri omar osama osman qasim rafiq rahim rahman
  rahmatullah rashid rasul reza saad sadiq saeed salah saleh salim salman sami samir sayed sayyid shafiq shah
  shahid sharif shams sher siraj sirajuddin sohail suhail sulaiman suleiman sultan tahir tariq umar usman wahid
  walid waleed yahya yaqub yasin yasser yusuf youssef zahir zaid zakir zia ziaullah zubair
  aisha fatemeh farida layla leila mariam maryam nadia nargis nasrin parwana roya sahar samira shabnam soraya zahra zainab
  abiy amare berhanu debretsion getachew haile lemma mulatu tedros tesfaye yohannes mengistu isaias
  abdelrahim minni jibril yasir malik khamis gibril
  oleksandr oleksiy oleksii olena olga oleg andriy andrii andrei andrey anatoliy anton artem bohdan borys boris
  denys denis dmytro dmitry dmitri evgeny yevgeny yevgeniy fedir fyodor gennady hennadiy ihor igor ilya iryna ivan
  kateryna kyrylo kirill maksym maxim mykhailo mikhail mykola nikolai natalia oksana pavlo pavel petro pyotr
  ruslan serhiy serhii sergei sergey svitlana taras tetiana valeriy valery vasyl vasily viktor vitali vitaliy vitaly
  vladimir volodymyr vyacheslav yaroslav yulia yuliia yuri yuriy alexander alexei alexey aleksandr
  alexandr dmitriy ramzan yevgenia anastasia ekaterina elena irina lyudmila marina tatiana valentina vera
  antony anthony barack benjamin bernard boris charles christopher daniel david donald edward emmanuel francis
  frank george hillary jacob james jean jens john joseph justin kamala keir kevin lloyd mark matthew michael mike
  nicolas olaf peter rishi robert ronald samuel stephen steven thomas tony ursula william xavier
  angela annalena catherine elizabeth emily hannah helen jennifer julia karen kate laura linda margaret maria mary
  nancy rebecca sarah susan
  recep bashar hassan binyamin yoav yahya ismail hafez mahmoud nabih ebrahim hossein
  antonio jose juan luis carlos miguel pedro francisco jorge manuel pablo
  xi li wang zhang narendra shehbaz imran nawaz asif
  steve jim tom dan ben nick matt chris jake pete marco kaja keith
  illia yevhen yevhenii mariia olha liudmyla hanna halyna tetyana viktoriia nataliia oleh vadym vadim gleb vladislav
  stanislav konstantin grigory svetlana
  zabihullah hamdullah enayatullah nematullah abdelaziz abdelrahman abdelrahim
  adam yousif adil babiker elsadig mohieldin
`);

export function isGivenName(key: string): boolean {
  return GIVEN_NAMES.has(key);
}
