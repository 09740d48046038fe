/**
 * Sovereign states (UN members, observers and widely recognised states) and, at the end, former
 * states news still names (Soviet Union, Yugoslavia), written for Entente.
 * Columns: canonical name | ISO 3166-1 alpha-2 | alpha-3 | Wikidata ID | adjectival demonym(s) |
 * capital(s) and seats of government used as metonyms ("the White House said"; none for former
 * states) | other names (";"-separated). Plural demonyms ("Israelis") are derived in
 * gazetteer/index.ts; irregular ones are listed after "=" ("French=French people").
 */
export const COUNTRY_ROWS = `
Afghanistan|AF|AFG|Q889|Afghan|Kabul|
Albania|AL|ALB|Q222|Albanian|Tirana|
Algeria|DZ|DZA|Q262|Algerian|Algiers|
Andorra|AD|AND|Q228|Andorran|Andorra la Vella|
Angola|AO|AGO|Q916|Angolan|Luanda|
Antigua and Barbuda|AG|ATG|Q781|Antiguan|St. John's|
Argentina|AR|ARG|Q414|Argentine;Argentinian|Buenos Aires|
Armenia|AM|ARM|Q399|Armenian|Yerevan|
Australia|AU|AUS|Q408|Australian|Canberra|
Austria|AT|AUT|Q40|Austrian|Vienna|
Azerbaijan|AZ|AZE|Q227|Azerbaijani;Azeri|Baku|
Bahamas|BS|BHS|Q778|Bahamian|Nassau|The Bahamas
Bahrain|BH|BHR|Q398|Bahraini|Manama|Kingdom of Bahrain
Bangladesh|BD|BGD|Q902|Bangladeshi|Dhaka|
Barbados|BB|BRB|Q244|Barbadian|Bridgetown|
Belarus|BY|BLR|Q184|Belarusian|Minsk|
Belgium|BE|BEL|Q31|Belgian|Brussels|
Belize|BZ|BLZ|Q242|Belizean|Belmopan|
Benin|BJ|BEN|Q962|Beninese|Porto-Novo|
Bhutan|BT|BTN|Q917|Bhutanese|Thimphu|
Bolivia|BO|BOL|Q750|Bolivian|Sucre;La Paz|
Bosnia and Herzegovina|BA|BIH|Q225|Bosnian|Sarajevo|Bosnia
Botswana|BW|BWA|Q963|Botswanan|Gaborone|
Brazil|BR|BRA|Q155|Brazilian|Brasília;Brasilia|
Brunei|BN|BRN|Q921|Bruneian|Bandar Seri Begawan|
Bulgaria|BG|BGR|Q219|Bulgarian|Sofia|
Burkina Faso|BF|BFA|Q965|Burkinabe|Ouagadougou|
Burundi|BI|BDI|Q967|Burundian|Gitega|
Cambodia|KH|KHM|Q424|Cambodian|Phnom Penh|
Cameroon|CM|CMR|Q1009|Cameroonian|Yaoundé|
Canada|CA|CAN|Q16|Canadian|Ottawa|
Cape Verde|CV|CPV|Q1011|Cape Verdean|Praia|Cabo Verde
Central African Republic|CF|CAF|Q929|Central African|Bangui|CAR
Chad|TD|TCD|Q657|Chadian|N'Djamena|
Chile|CL|CHL|Q298|Chilean|Santiago|
China|CN|CHN|Q148|Chinese=Chinese people|Beijing|People's Republic of China;PRC;Mainland China
Colombia|CO|COL|Q739|Colombian|Bogotá;Bogota|
Comoros|KM|COM|Q970|Comorian|Moroni|
Republic of the Congo|CG|COG|Q971||Brazzaville|Congo-Brazzaville;Republic of Congo
Democratic Republic of the Congo|CD|COD|Q974|Congolese=Congolese people|Kinshasa|DR Congo;DRC;Congo-Kinshasa;Democratic Republic of Congo;Congo
Costa Rica|CR|CRI|Q800|Costa Rican|San José|
Ivory Coast|CI|CIV|Q1008|Ivorian|Yamoussoukro|Côte d'Ivoire;Cote d'Ivoire
Croatia|HR|HRV|Q224|Croatian|Zagreb|
Cuba|CU|CUB|Q241|Cuban|Havana|
Cyprus|CY|CYP|Q229|Cypriot|Nicosia|
Czech Republic|CZ|CZE|Q213|Czech|Prague|Czechia
Denmark|DK|DNK|Q35|Danish=Danes|Copenhagen|
Djibouti|DJ|DJI|Q977|Djiboutian|Djibouti City|
Dominica|DM|DMA|Q784||Roseau|
Dominican Republic|DO|DOM|Q786|Dominican|Santo Domingo|
Timor-Leste|TL|TLS|Q574|Timorese|Dili|East Timor
Ecuador|EC|ECU|Q736|Ecuadorian|Quito|
Egypt|EG|EGY|Q79|Egyptian|Cairo|
El Salvador|SV|SLV|Q792|Salvadoran|San Salvador|
Equatorial Guinea|GQ|GNQ|Q983|Equatoguinean|Malabo|
Eritrea|ER|ERI|Q986|Eritrean|Asmara|
Estonia|EE|EST|Q191|Estonian|Tallinn|
Eswatini|SZ|SWZ|Q1050|Swazi|Mbabane|Swaziland
Ethiopia|ET|ETH|Q115|Ethiopian|Addis Ababa|
Fiji|FJ|FJI|Q712|Fijian|Suva|
Finland|FI|FIN|Q33|Finnish=Finns|Helsinki|
France|FR|FRA|Q142|French=French people|Paris|
Gabon|GA|GAB|Q1000|Gabonese|Libreville|
The Gambia|GM|GMB|Q1005|Gambian|Banjul|Gambia
Georgia|GE|GEO|Q230|Georgian|Tbilisi|
Germany|DE|DEU|Q183|German|Berlin|
Ghana|GH|GHA|Q117|Ghanaian|Accra|
Greece|GR|GRC|Q41|Greek|Athens|
Grenada|GD|GRD|Q769|Grenadian|St. George's|
Guatemala|GT|GTM|Q774|Guatemalan|Guatemala City|
Guinea|GN|GIN|Q1006|Guinean|Conakry|
Guinea-Bissau|GW|GNB|Q1007|Bissau-Guinean|Bissau|
Guyana|GY|GUY|Q734|Guyanese|Georgetown|
Haiti|HT|HTI|Q790|Haitian|Port-au-Prince|
Honduras|HN|HND|Q783|Honduran|Tegucigalpa|
Hungary|HU|HUN|Q28|Hungarian|Budapest|
Iceland|IS|ISL|Q189|Icelandic=Icelanders|Reykjavík;Reykjavik|
India|IN|IND|Q668|Indian|New Delhi|
Indonesia|ID|IDN|Q252|Indonesian|Jakarta|
Iran|IR|IRN|Q794|Iranian|Tehran|Islamic Republic of Iran;Islamic Republic
Iraq|IQ|IRQ|Q796|Iraqi|Baghdad|
Ireland|IE|IRL|Q27|Irish=Irish people|Dublin|Republic of Ireland
Israel|IL|ISR|Q801|Israeli|Jerusalem|State of Israel;Jewish state;Jewish State
Italy|IT|ITA|Q38|Italian|Rome|
Jamaica|JM|JAM|Q766|Jamaican|Kingston|
Japan|JP|JPN|Q17|Japanese=Japanese people|Tokyo|
Jordan|JO|JOR|Q810|Jordanian|Amman|Hashemite Kingdom
Kazakhstan|KZ|KAZ|Q232|Kazakh;Kazakhstani|Astana|
Kenya|KE|KEN|Q114|Kenyan|Nairobi|
Kiribati|KI|KIR|Q710|I-Kiribati|South Tarawa|
North Korea|KP|PRK|Q423|North Korean|Pyongyang|DPRK;Democratic People's Republic of Korea
South Korea|KR|KOR|Q884|South Korean|Seoul|Republic of Korea
Kosovo|XK|XKX|Q1246|Kosovar|Pristina|
Kuwait|KW|KWT|Q817|Kuwaiti|Kuwait City|
Kyrgyzstan|KG|KGZ|Q813|Kyrgyz|Bishkek|
Laos|LA|LAO|Q819|Lao;Laotian|Vientiane|
Latvia|LV|LVA|Q211|Latvian|Riga|
Lebanon|LB|LBN|Q822|Lebanese|Beirut|
Lesotho|LS|LSO|Q1013|Basotho|Maseru|
Liberia|LR|LBR|Q1014|Liberian|Monrovia|
Libya|LY|LBY|Q1016|Libyan|Tripoli|
Liechtenstein|LI|LIE|Q347|Liechtensteiner|Vaduz|
Lithuania|LT|LTU|Q37|Lithuanian|Vilnius|
Luxembourg|LU|LUX|Q32|Luxembourgish|Luxembourg City|
Madagascar|MG|MDG|Q1019|Malagasy|Antananarivo|
Malawi|MW|MWI|Q1020|Malawian|Lilongwe|
Malaysia|MY|MYS|Q833|Malaysian|Kuala Lumpur|
Maldives|MV|MDV|Q826|Maldivian|Malé|
Mali|ML|MLI|Q912|Malian|Bamako|
Malta|MT|MLT|Q233|Maltese|Valletta|
Marshall Islands|MH|MHL|Q709|Marshallese|Majuro|
Mauritania|MR|MRT|Q1025|Mauritanian|Nouakchott|
Mauritius|MU|MUS|Q1027|Mauritian|Port Louis|
Mexico|MX|MEX|Q96|Mexican|Mexico City|
Micronesia|FM|FSM|Q702|Micronesian|Palikir|Federated States of Micronesia
Moldova|MD|MDA|Q217|Moldovan|Chișinău;Chisinau|
Monaco|MC|MCO|Q235|Monegasque|Monaco City|
Mongolia|MN|MNG|Q711|Mongolian|Ulaanbaatar|
Montenegro|ME|MNE|Q236|Montenegrin|Podgorica|
Morocco|MA|MAR|Q1028|Moroccan|Rabat|
Mozambique|MZ|MOZ|Q1029|Mozambican|Maputo|
Myanmar|MM|MMR|Q836|Burmese;Myanmar|Naypyidaw|Burma
Namibia|NA|NAM|Q1030|Namibian|Windhoek|
Nauru|NR|NRU|Q697|Nauruan|Yaren|
Nepal|NP|NPL|Q837|Nepali;Nepalese|Kathmandu|
Netherlands|NL|NLD|Q55|Dutch=Dutch people|Amsterdam;The Hague|Holland
New Zealand|NZ|NZL|Q664|New Zealand|Wellington|
Nicaragua|NI|NIC|Q811|Nicaraguan|Managua|
Niger|NE|NER|Q1032|Nigerien|Niamey|
Nigeria|NG|NGA|Q1033|Nigerian|Abuja|
North Macedonia|MK|MKD|Q221|Macedonian|Skopje|Macedonia
Norway|NO|NOR|Q20|Norwegian|Oslo|
Oman|OM|OMN|Q842|Omani|Muscat|
Pakistan|PK|PAK|Q843|Pakistani|Islamabad|
Palau|PW|PLW|Q695|Palauan|Ngerulmud|
State of Palestine|PS|PSE|Q219060|Palestinian|Ramallah|Palestine;Palestinian territories
Panama|PA|PAN|Q804|Panamanian|Panama City|
Papua New Guinea|PG|PNG|Q691|Papua New Guinean|Port Moresby|
Paraguay|PY|PRY|Q733|Paraguayan|Asunción;Asuncion|
Peru|PE|PER|Q419|Peruvian|Lima|
Philippines|PH|PHL|Q928|Filipino;Philippine|Manila|The Philippines
Poland|PL|POL|Q36|Polish=Poles|Warsaw|
Portugal|PT|PRT|Q45|Portuguese=Portuguese people|Lisbon|
Qatar|QA|QAT|Q846|Qatari|Doha|
Romania|RO|ROU|Q218|Romanian|Bucharest|
Russia|RU|RUS|Q159|Russian|Moscow;Kremlin|Russian Federation
Rwanda|RW|RWA|Q1037|Rwandan|Kigali|
Saint Kitts and Nevis|KN|KNA|Q763|Kittitian|Basseterre|
Saint Lucia|LC|LCA|Q760|Saint Lucian|Castries|
Saint Vincent and the Grenadines|VC|VCT|Q757|Vincentian|Kingstown|
Samoa|WS|WSM|Q683|Samoan|Apia|
San Marino|SM|SMR|Q238|Sammarinese|City of San Marino|
São Tomé and Príncipe|ST|STP|Q1039|Santomean|São Tomé|Sao Tome and Principe
Saudi Arabia|SA|SAU|Q851|Saudi|Riyadh|Kingdom of Saudi Arabia;KSA
Senegal|SN|SEN|Q1041|Senegalese|Dakar|
Serbia|RS|SRB|Q403|Serbian;Serb|Belgrade|
Seychelles|SC|SYC|Q1042|Seychellois|Victoria|
Sierra Leone|SL|SLE|Q1044|Sierra Leonean|Freetown|
Singapore|SG|SGP|Q334|Singaporean|Singapore City|
Slovakia|SK|SVK|Q214|Slovak|Bratislava|
Slovenia|SI|SVN|Q215|Slovenian;Slovene|Ljubljana|
Solomon Islands|SB|SLB|Q685|Solomon Islander|Honiara|
Somalia|SO|SOM|Q1045|Somali|Mogadishu|
South Africa|ZA|ZAF|Q258|South African|Pretoria|
South Sudan|SS|SSD|Q958|South Sudanese|Juba|
Spain|ES|ESP|Q29|Spanish=Spaniards|Madrid|
Sri Lanka|LK|LKA|Q854|Sri Lankan|Sri Jayawardenepura Kotte;Colombo|
Sudan|SD|SDN|Q1049|Sudanese|Khartoum|
Suriname|SR|SUR|Q730|Surinamese|Paramaribo|
Sweden|SE|SWE|Q34|Swedish=Swedes|Stockholm|
Switzerland|CH|CHE|Q39|Swiss=Swiss people|Bern|
Syria|SY|SYR|Q858|Syrian|Damascus|
Taiwan|TW|TWN|Q865|Taiwanese|Taipei|Republic of China
Tajikistan|TJ|TJK|Q863|Tajik|Dushanbe|
Tanzania|TZ|TZA|Q924|Tanzanian|Dodoma|
Thailand|TH|THA|Q869|Thai|Bangkok|
Togo|TG|TGO|Q945|Togolese|Lomé;Lome|
Tonga|TO|TON|Q678|Tongan|Nukuʻalofa|
Trinidad and Tobago|TT|TTO|Q754|Trinidadian|Port of Spain|
Tunisia|TN|TUN|Q948|Tunisian|Tunis|
Turkey|TR|TUR|Q43|Turkish=Turks|Ankara|Türkiye;Turkiye;Republic of Turkey
Turkmenistan|TM|TKM|Q874|Turkmen|Ashgabat|
Tuvalu|TV|TUV|Q672|Tuvaluan|Funafuti|
Uganda|UG|UGA|Q1036|Ugandan|Kampala|
Ukraine|UA|UKR|Q212|Ukrainian|Kyiv;Kiev|
United Arab Emirates|AE|ARE|Q878|Emirati|Abu Dhabi|UAE;U.A.E.;Emirates
United Kingdom|GB|GBR|Q145|British=Britons|London;Downing Street|UK;U.K.;Britain;Great Britain
United States|US|USA|Q30|American|Washington;Washington, D.C.;Washington, DC;White House|U.S.;US;USA;U.S.A.;United States of America;America
Uruguay|UY|URY|Q77|Uruguayan|Montevideo|
Uzbekistan|UZ|UZB|Q265|Uzbek|Tashkent|
Vanuatu|VU|VUT|Q686|Ni-Vanuatu|Port Vila|
Vatican City|VA|VAT|Q237|Vatican|Vatican City|Holy See;Vatican
Venezuela|VE|VEN|Q717|Venezuelan|Caracas|
Vietnam|VN|VNM|Q881|Vietnamese|Hanoi|Viet Nam
Yemen|YE|YEM|Q805|Yemeni|Sanaa;Sana'a|
Zambia|ZM|ZMB|Q953|Zambian|Lusaka|
Zimbabwe|ZW|ZWE|Q954|Zimbabwean|Harare|
Soviet Union|SU|SUN|Q15180|Soviet||USSR;U.S.S.R.
Yugoslavia|YU|YUG|Q36704|Yugoslav||
Czechoslovakia|CS|CSK|Q33946|Czechoslovak||
East Germany|DD|DDR|Q16957|East German||German Democratic Republic
`;

/**
 * Names that are also common words, people or US states: matched only with supporting context
 * (see gazetteer/index.ts). Each lists cues that confirm the country and cues that reject it.
 */
export const AMBIGUOUS_COUNTRIES: Record<string, { confirm: RegExp; reject: RegExp }> = {
  Georgia: {
    confirm: /\b(Tbilisi|Georgian|Caucasus|Abkhazia|South Ossetia|Kobakhidze|Georgian Dream|Black Sea)\b/,
    reject: /\b(Atlanta|Savannah|the state of Georgia|Georgia state|Georgia's governor|Gov\.|Republican|Democrat|senator|Senate race|county|counties)\b/i,
  },
  Jordan: {
    confirm: /\b(Amman|Jordanian|King Abdullah|Hashemite|West Bank|Jordan's)\b/,
    reject: /\b(Michael Jordan|Jordan River|River Jordan|Jim Jordan|Jordan Peterson|NBA|basketball)\b/,
  },
  Chad: {
    confirm: /\b(N'Djamena|Chadian|Sahel|Lake Chad|Déby|Deby)\b/,
    reject: /\b(Chad [A-Z][a-z]+)\b/,
  },
  Niger: {
    confirm: /\b(Niamey|Nigerien|Sahel|junta)\b/,
    reject: /\b(Niger Delta|Niger River|River Niger)\b/,
  },
  Guinea: { confirm: /\b(Conakry|Guinean)\b/, reject: /\b(New Guinea|Guinea-Bissau|Equatorial Guinea|guinea pig)\b/i },
  Turkey: { confirm: /\b(Ankara|Turkish|Erdogan|Erdoğan|Istanbul)\b/, reject: /\b(roast turkey|Thanksgiving)\b/i },
};
