/**
 * Personal and company names for synthetic defendants, grouped by naming tradition. Names are common ones,
 * combined at random: any resemblance to a real person is coincidental. Accented and non-Latin-1 spellings
 * (José, Müller, Nguyễn, Łukasz) are kept on purpose so accent-insensitive search can be exercised.
 *
 * A surname written `Ivanov/Ivanova` has a male and a female form.
 */
import { type Random } from './random';

export type NameGroup =
  | 'anglo'
  | 'hispanic'
  | 'lusophone'
  | 'french'
  | 'german'
  | 'italian'
  | 'dutch-nordic'
  | 'greek'
  | 'central-european'
  | 'balkan'
  | 'east-slavic'
  | 'central-asian'
  | 'caucasian'
  | 'turkish'
  | 'arabic'
  | 'persian'
  | 'hebrew'
  | 'west-african'
  | 'east-african'
  | 'somali'
  | 'southern-african'
  | 'south-asian'
  | 'chinese'
  | 'vietnamese'
  | 'korean'
  | 'japanese'
  | 'thai'
  | 'khmer'
  | 'burmese'
  | 'malay'
  | 'filipino';

interface NamePool {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Family name written first (Chinese, Vietnamese, Korean, Khmer). */
  familyFirst?: boolean;
}

const s = (text: string): readonly string[] => text.split(',').map((x) => x.trim());

const POOLS: Record<NameGroup, NamePool> = {
  anglo: {
    male: s(
      'James, Michael, David, John, Robert, Daniel, Thomas, Christopher, Matthew, Andrew, Kevin, Brian, Liam, Connor',
    ),
    female: s('Sarah, Emily, Jessica, Laura, Rachel, Emma, Hannah, Megan, Olivia, Grace, Siobhan, Chloe, Amanda'),
    surnames: s(
      "Smith, Johnson, Williams, Brown, Taylor, Wilson, Davies, Evans, Thompson, Walker, Wright, Robinson, Hughes, Clarke, Turner, Murphy, O'Brien, Campbell, MacLeod",
    ),
  },
  hispanic: {
    male: s('José, Juan, Luis, Carlos, Jorge, Miguel, Alejandro, Andrés, Raúl, Sebastián, Héctor, Julián, Óscar, Iván'),
    female: s('María, Lucía, Sofía, Ana, Carmen, Valentina, Isabel, Paola, Ximena, Rocío, Verónica, Inés, Mónica'),
    surnames: s(
      'García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres, Flores, Gómez, Díaz, Vargas, Castillo, Jiménez, Muñoz, Ortiz, Peña, Ibáñez',
    ),
  },
  lusophone: {
    male: s('João, Pedro, Tiago, Rafael, Lucas, Gonçalo, Antônio, Fernando, Sérgio, Márcio'),
    female: s('Ana, Beatriz, Juliana, Mariana, Inês, Conceição, Fernanda, Lúcia, Letícia'),
    surnames: s(
      'Silva, Santos, Oliveira, Souza, Pereira, Costa, Carvalho, Gonçalves, Araújo, Ribeiro, Almeida, Magalhães, Simões',
    ),
  },
  french: {
    male: s('Jean, Pierre, François, Michel, Olivier, Sébastien, Julien, Jérôme, Antoine, Thierry, Loïc, Benoît'),
    female: s('Marie, Sophie, Camille, Élodie, Hélène, Céline, Chloé, Nathalie, Amélie, Isabelle, Gaëlle, Renée'),
    surnames: s(
      'Martin, Bernard, Dubois, Durand, Lefèvre, Moreau, Laurent, Simon, Girard, Roux, Fournier, Mercier, Bonnet, Faure, Béranger',
    ),
  },
  german: {
    male: s('Thomas, Stefan, Jürgen, Andreas, Markus, Klaus, Lukas, Jörg, Tobias, Florian, Uwe, Günter'),
    female: s('Anna, Katrin, Sabine, Jana, Ursula, Lena, Sandra, Birgit, Jutta, Franziska'),
    surnames: s(
      'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schäfer, Koch, Hoffmann, Schröder, Krüger, Günther, Zimmermann, Weiß',
    ),
  },
  italian: {
    male: s('Marco, Giuseppe, Antonio, Luca, Francesco, Salvatore, Giovanni, Matteo, Niccolò, Vincenzo, Gennaro'),
    female: s('Giulia, Francesca, Chiara, Alessandra, Federica, Maria, Elena, Sara, Concetta, Rosaria'),
    surnames: s(
      'Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Lombardo, Santoro',
    ),
  },
  'dutch-nordic': {
    male: s('Lars, Johan, Erik, Björn, Søren, Pieter, Jan, Sven, Øyvind, Mikael, Sander, Jukka'),
    female: s('Ingrid, Karin, Sanne, Freya, Astrid, Lotte, Maja, Sigrid, Annika'),
    surnames: s(
      'Jansen, de Vries, van Dijk, Bakker, Andersson, Johansson, Nilsson, Hansen, Jensen, Larsen, Lindqvist, Søndergaard, Virtanen, Håkansson',
    ),
  },
  greek: {
    male: s('Georgios, Dimitrios, Konstantinos, Nikolaos, Ioannis, Panagiotis, Christos, Vasilis'),
    female: s('Maria, Eleni, Katerina, Sofia, Despina, Georgia, Vasiliki'),
    surnames: s(
      'Papadopoulos/Papadopoulou, Georgiou, Nikolaidis/Nikolaidou, Pappas, Karagiannis/Karagianni, Vlachos/Vlachou, Oikonomou',
    ),
  },
  'central-european': {
    male: s('Łukasz, Piotr, Tomasz, Krzysztof, Marek, Jiří, Tomáš, Zoltán, László, Pavol, Jakub'),
    female: s('Agnieszka, Katarzyna, Małgorzata, Petra, Zsófia, Eszter, Lucie, Zuzana, Monika'),
    surnames: s(
      'Nowak, Kowalski/Kowalska, Wójcik, Lewandowski/Lewandowska, Novák/Nováková, Dvořák/Dvořáková, Horváth, Kovács, Nagy, Szabó, Kučera/Kučerová',
    ),
  },
  balkan: {
    male: s('Dragan, Nikola, Arben, Milan, Goran, Besnik, Ștefan, Andrei, Bogdan, Ivan, Dimitar, Gjergj'),
    female: s('Jelena, Milica, Dragana, Elira, Ioana, Elena, Mihaela, Vesna, Teodora, Blerta'),
    surnames: s(
      'Petrović, Jovanović, Nikolić, Hoxha, Berisha, Krasniqi, Kovačević, Hodžić, Babić, Popescu, Ionescu, Dumitru, Georgescu, Dimitrov/Dimitrova, Stoyanov/Stoyanova',
    ),
  },
  'east-slavic': {
    male: s('Aleksandr, Dmitry, Sergei, Andrii, Igor, Oleg, Vladimir, Nikolai, Mikhail, Yurii, Taras, Artem'),
    female: s('Olga, Natalia, Irina, Svetlana, Olena, Tatiana, Anastasia, Yulia, Oksana, Daria'),
    surnames: s(
      'Ivanov/Ivanova, Petrov/Petrova, Smirnov/Smirnova, Volkov/Volkova, Kovalenko, Shevchenko, Bondarenko, Tkachenko, Melnyk, Lysenko, Kozlov/Kozlova, Morozov/Morozova',
    ),
  },
  'central-asian': {
    male: s('Timur, Azamat, Rustam, Bakyt, Yerlan, Dilshod, Farrukh, Nurlan, Sherzod'),
    female: s('Aigerim, Dinara, Gulnara, Madina, Zarina, Nilufar, Saule, Aizhan'),
    surnames: s(
      'Akhmetov/Akhmetova, Karimov/Karimova, Nazarov/Nazarova, Rakhimov/Rakhimova, Yusupov/Yusupova, Saidov/Saidova, Abdulloev/Abdulloeva, Toktogulov/Toktogulova',
    ),
  },
  caucasian: {
    male: s('Giorgi, Levan, Davit, Armen, Tigran, Rashad, Elnur, Zurab'),
    female: s('Nino, Tamar, Ani, Lusine, Gunel, Ketevan, Anahit'),
    surnames: s(
      'Beridze, Kapanadze, Gelashvili, Hakobyan, Petrosyan, Grigoryan, Aliyev/Aliyeva, Mammadov/Mammadova, Lomidze',
    ),
  },
  turkish: {
    male: s('Mehmet, Mustafa, Ahmet, Emre, Murat, Hüseyin, Oğuz, Burak, Serkan, Hakan'),
    female: s('Ayşe, Elif, Zeynep, Fatma, Emine, Gülsüm, Merve, Özlem'),
    surnames: s('Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan, Koç, Kılıç'),
  },
  arabic: {
    male: s('Mohamed, Ahmed, Omar, Youssef, Khaled, Ali, Hassan, Karim, Mahmoud, Tarek, Samir, Walid, Nabil'),
    female: s('Fatima, Aisha, Mariam, Nour, Leila, Amina, Salma, Yasmin, Rania, Hanane, Samira'),
    surnames: s(
      'Haddad, Mansour, Khalil, Nasser, Saleh, El-Sayed, Abdallah, Hamdan, Aziz, Farouk, Benali, Bouzid, Ben Ahmed, El Amrani, Al-Tamimi, Chaabane',
    ),
  },
  persian: {
    male: s('Reza, Ali, Hossein, Mehdi, Amir, Ahmad, Farid, Jawad, Wahid'),
    female: s('Maryam, Zahra, Fatemeh, Neda, Shirin, Parisa, Farzana'),
    surnames: s('Hosseini, Mohammadi, Rezaei, Ahmadi, Karimi, Jafari, Rahimi, Ahmadzai, Popal, Noorzai, Safi'),
  },
  hebrew: {
    male: s('Yosef, David, Avi, Moshe, Eitan, Yonatan, Itai'),
    female: s('Noa, Tamar, Yael, Shira, Michal, Orly'),
    surnames: s('Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Azoulay, Ben-David'),
  },
  'west-african': {
    male: s('Chinedu, Emeka, Oluwaseun, Ibrahim, Kwame, Kofi, Moussa, Mamadou, Abdoulaye, Babajide, Yaw, Sékou, Issa'),
    female: s('Ngozi, Adaeze, Funmilayo, Aminata, Fatoumata, Abena, Blessing, Precious, Akosua, Chioma, Mariam, Awa'),
    surnames: s(
      'Okafor, Adeyemi, Okonkwo, Eze, Balogun, Mensah, Boateng, Diallo, Traoré, Koné, Ouédraogo, Camara, Sow, Ndiaye, Osei, Igbinedion, Coulibaly',
    ),
  },
  'east-african': {
    male: s('Samuel, Joseph, Dawit, Yohannes, Tesfay, Peter, Brian, Kiprono, Juma, Robel'),
    female: s('Grace, Mercy, Faith, Wanjiku, Hiwot, Selam, Tigist, Senait, Achieng, Rehema'),
    surnames: s(
      'Otieno, Mwangi, Kamau, Odhiambo, Tesfaye, Haile, Bekele, Abebe, Mekonnen, Okello, Mugisha, Wanjiru, Kibet, Ghebreyesus',
    ),
  },
  somali: {
    male: s('Abdi, Mohamed, Ahmed, Hassan, Abdirahman, Mustafe, Liban'),
    female: s('Hodan, Amina, Faduma, Ifrah, Sahra, Hawa'),
    surnames: s('Farah, Abdi, Warsame, Hussein, Omar, Yusuf, Jama, Osman'),
  },
  'southern-african': {
    male: s('Thabo, Sipho, Themba, Bongani, Pieter, Tendai, Tafadzwa, Kagiso, Johannes'),
    female: s('Nomvula, Thandi, Lerato, Zanele, Annelie, Rutendo, Nandi, Chipo'),
    surnames: s('Nkosi, Dlamini, Ndlovu, Mokoena, Khumalo, van der Merwe, Botha, Naidoo, Moyo, Banda, Phiri, Mutasa'),
  },
  'south-asian': {
    male: s('Rahul, Amit, Sanjay, Vikram, Imran, Faisal, Arjun, Rajesh, Sandeep, Tariq, Mohammad, Ramesh, Nuwan'),
    female: s('Priya, Anjali, Sunita, Pooja, Ayesha, Farah, Deepa, Kavita, Nasrin, Sita, Nadeesha'),
    surnames: s(
      'Sharma, Singh, Patel, Kumar, Khan, Gupta, Hussain, Chaudhry, Reddy, Das, Rahman, Iqbal, Malik, Nair, Thapa, Perera',
    ),
  },
  chinese: {
    male: s('Wei, Jun, Hao, Lei, Jian, Ming, Qiang, Tao, Zhiwei, Jianguo'),
    female: s('Na, Xiuying, Mei, Fang, Yan, Jing, Hui, Lili, Xiaoling'),
    surnames: s('Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Lin, Xu'),
    familyFirst: true,
  },
  vietnamese: {
    male: s('Văn Hùng, Minh Tuấn, Quốc Bảo, Đức Anh, Văn Nam, Thanh Long'),
    female: s('Thị Lan, Thị Hương, Ngọc Anh, Thu Trang, Thị Mai, Kim Chi'),
    surnames: s('Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi, Đỗ'),
    familyFirst: true,
  },
  korean: {
    male: s('Min-jun, Ji-hoon, Seung-ho, Dong-hyun, Jae-won'),
    female: s('Seo-yeon, Ji-woo, Min-seo, Eun-ji, Hye-jin'),
    surnames: s('Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon'),
    familyFirst: true,
  },
  japanese: {
    male: s('Hiroshi, Takashi, Kenji, Yuki, Daisuke, Kazuo'),
    female: s('Yuko, Akiko, Keiko, Naomi, Haruka, Emi'),
    surnames: s('Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura'),
  },
  thai: {
    male: s('Somchai, Anan, Kittisak, Niran, Prasert, Thongchai, Souksavanh'),
    female: s('Siriporn, Malee, Wanida, Ratana, Kanya, Phonesavanh'),
    surnames: s('Srisai, Wongsawat, Chaiyaporn, Boonmee, Rattanakorn, Saengthong, Phommasane'),
  },
  khmer: {
    male: s('Dara, Vuthy, Sokha, Rithy, Sophal'),
    female: s('Sreymom, Channary, Sopheap, Bopha, Kunthea'),
    surnames: s('Chea, Sok, Heng, Chan, Meas, Ouk, Prak'),
    familyFirst: true,
  },
  burmese: {
    male: s('Aung, Zaw, Kyaw, Min, Htet, Thura'),
    female: s('Thiri, Su, Nilar, Hnin, Khin, Aye'),
    surnames: s('Win, Oo, Htun, Naing, Soe, Myint, Lwin'),
  },
  malay: {
    male: s('Ahmad, Hafiz, Rizal, Budi, Agus, Faizal, Hendra, Azman'),
    female: s('Siti, Dewi, Nurul, Sri, Aisyah, Putri, Rina'),
    surnames: s('Santoso, Wijaya, Hidayat, Abdullah, Ismail, Rahman, Hassan, Setiawan, Kusuma, Osman'),
  },
  filipino: {
    male: s('Jose, Mark, Ramon, Rodel, Jun, Eduardo, Ariel, Rommel'),
    female: s('Maricel, Rowena, Joy, Analyn, Cristina, Rosario, Jocelyn'),
    surnames: s('Santos, Reyes, Cruz, Bautista, Dela Cruz, Mendoza, Villanueva, Aquino, Ramos, Garcia'),
  },
};

export const NAME_GROUPS = Object.keys(POOLS) as NameGroup[];

export interface PersonName {
  full: string;
  /** The family name (what a case title uses). */
  surname: string;
}

function surnameFor(entry: string, female: boolean): string {
  const slash = entry.indexOf('/');
  if (slash < 0) return entry;
  return female ? entry.slice(slash + 1) : entry.slice(0, slash);
}

export function personName(r: Random, group: NameGroup, female: boolean): PersonName {
  const pool = POOLS[group];
  const given = r.pick(female ? pool.female : pool.male);
  const surname = surnameFor(r.pick(pool.surnames), female);
  return { full: pool.familyFirst ? surname + ' ' + given : given + ' ' + surname, surname };
}

/** Any surname of the group in its male/neutral form (for company names). */
export function familyName(r: Random, group: NameGroup): string {
  return surnameFor(r.pick(POOLS[group].surnames), false);
}

const COMPANY_TRADES = [
  'Shipping',
  'Logistics',
  'Trading',
  'Import-Export',
  'Recruitment Agency',
  'Travel',
  'Construction',
  'Transport',
  'Textiles',
  'Fisheries',
  'Models',
  'Security Services',
  'Auto Parts',
  'Holdings',
];

/** A legal person: `Müller Shipping Ltd`, `García Logistics S.A.`; the suffix follows the country's tradition. */
export function companyName(r: Random, group: NameGroup, suffixes: readonly string[]): PersonName {
  const family = familyName(r, group);
  const name = family + ' ' + r.pick(COMPANY_TRADES) + ' ' + r.pick(suffixes);
  return { full: name, surname: name };
}
