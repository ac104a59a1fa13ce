import { nameKey } from '../extract/normalise.ts';

/**
 * ISO 3166-1 codes and the common English names (then other spellings) used by ICEWS and GDELT.
 * The import falls back on this table when the gazetteer has no entry for a country, so countries
 * stay countries and GDELT's alpha-3 codes resolve whatever the gazetteer holds.
 */
const TABLE = `AF AFG Afghanistan;AL ALB Albania;DZ DZA Algeria;AD AND Andorra;AO AGO Angola;AG ATG Antigua and Barbuda;
AR ARG Argentina;AM ARM Armenia;AU AUS Australia;AT AUT Austria;AZ AZE Azerbaijan;BS BHS Bahamas|The Bahamas;BH BHR Bahrain;
BD BGD Bangladesh;BB BRB Barbados;BY BLR Belarus;BE BEL Belgium;BZ BLZ Belize;BJ BEN Benin;BM BMU Bermuda;BT BTN Bhutan;
BO BOL Bolivia;BA BIH Bosnia and Herzegovina|Bosnia;BW BWA Botswana;BR BRA Brazil;BN BRN Brunei;BG BGR Bulgaria;
BF BFA Burkina Faso;BI BDI Burundi;CV CPV Cape Verde|Cabo Verde;KH KHM Cambodia;CM CMR Cameroon;CA CAN Canada;
CF CAF Central African Republic;TD TCD Chad;CL CHL Chile;CN CHN China|People's Republic of China;CO COL Colombia;KM COM Comoros;
CG COG Congo|Republic of the Congo|Congo-Brazzaville;CD COD Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo|Congo-Kinshasa;
CK COK Cook Islands;CR CRI Costa Rica;CI CIV Cote d'Ivoire|Ivory Coast;HR HRV Croatia;CU CUB Cuba;CW CUW Curacao;CY CYP Cyprus;
CZ CZE Czech Republic|Czechia;DK DNK Denmark;DJ DJI Djibouti;DM DMA Dominica;DO DOM Dominican Republic;EC ECU Ecuador;EG EGY Egypt;
SV SLV El Salvador;GQ GNQ Equatorial Guinea;ER ERI Eritrea;EE EST Estonia;SZ SWZ Eswatini|Swaziland;ET ETH Ethiopia;FJ FJI Fiji;
FI FIN Finland;FR FRA France;PF PYF French Polynesia;GA GAB Gabon;GM GMB Gambia|The Gambia;GE GEO Georgia;DE DEU Germany;GH GHA Ghana;
GR GRC Greece;GL GRL Greenland;GD GRD Grenada;GT GTM Guatemala;GN GIN Guinea;GW GNB Guinea-Bissau;GY GUY Guyana;HT HTI Haiti;
VA VAT Holy See|Vatican|Holy See (Vatican City State)|Vatican City;HN HND Honduras;HK HKG Hong Kong;HU HUN Hungary;IS ISL Iceland;
IN IND India;ID IDN Indonesia;IR IRN Iran;IQ IRQ Iraq;IE IRL Ireland;IL ISR Israel;IT ITA Italy;JM JAM Jamaica;JP JPN Japan;
JO JOR Jordan;KZ KAZ Kazakhstan;KE KEN Kenya;KI KIR Kiribati;KP PRK North Korea|Democratic People's Republic of Korea;
KR KOR South Korea|Republic of Korea;XK XKX Kosovo;KW KWT Kuwait;KG KGZ Kyrgyzstan;LA LAO Laos;LV LVA Latvia;LB LBN Lebanon;
LS LSO Lesotho;LR LBR Liberia;LY LBY Libya;LI LIE Liechtenstein;LT LTU Lithuania;LU LUX Luxembourg;MO MAC Macao|Macau;
MG MDG Madagascar;MW MWI Malawi;MY MYS Malaysia;MV MDV Maldives;ML MLI Mali;MT MLT Malta;MH MHL Marshall Islands;MR MRT Mauritania;
MU MUS Mauritius;YT MYT Mayotte;MX MEX Mexico;FM FSM Micronesia;MD MDA Moldova;MC MCO Monaco;MN MNG Mongolia;ME MNE Montenegro;
MA MAR Morocco;MZ MOZ Mozambique;MM MMR Myanmar|Burma;NA NAM Namibia;NR NRU Nauru;NP NPL Nepal;NL NLD Netherlands;
NC NCL New Caledonia;NZ NZL New Zealand;NI NIC Nicaragua;NE NER Niger;NG NGA Nigeria;NF NFK Norfolk Island;
MK MKD North Macedonia|Macedonia;MP MNP Northern Mariana Islands;NO NOR Norway;OM OMN Oman;PK PAK Pakistan;PW PLW Palau;
PS PSE Palestine|Palestinian Territory, Occupied|Palestinian Territories;PA PAN Panama;PG PNG Papua New Guinea;PY PRY Paraguay;
PE PER Peru;PH PHL Philippines;PL POL Poland;PT PRT Portugal;PR PRI Puerto Rico;QA QAT Qatar;RO ROU Romania;
RU RUS Russia|Russian Federation;RW RWA Rwanda;KN KNA Saint Kitts and Nevis;LC LCA Saint Lucia;
VC VCT Saint Vincent and the Grenadines;WS WSM Samoa;SM SMR San Marino;ST STP Sao Tome and Principe;SA SAU Saudi Arabia;
SN SEN Senegal;RS SRB Serbia;SC SYC Seychelles;SL SLE Sierra Leone;SG SGP Singapore;SK SVK Slovakia;SI SVN Slovenia;
SB SLB Solomon Islands;SO SOM Somalia;ZA ZAF South Africa;SS SSD South Sudan;ES ESP Spain;LK LKA Sri Lanka;SD SDN Sudan;
SR SUR Suriname;SE SWE Sweden;CH CHE Switzerland;SY SYR Syria;TW TWN Taiwan;TJ TJK Tajikistan;TZ TZA Tanzania;TH THA Thailand;
TL TLS Timor-Leste|East Timor;TG TGO Togo;TO TON Tonga;TT TTO Trinidad and Tobago;TN TUN Tunisia;TR TUR Turkey|Turkiye;
TM TKM Turkmenistan;TV TUV Tuvalu;UG UGA Uganda;UA UKR Ukraine;AE ARE United Arab Emirates|UAE;
GB GBR United Kingdom|Britain|Great Britain|UK;US USA United States|United States of America|US;UY URY Uruguay;UZ UZB Uzbekistan;
VU VUT Vanuatu;VE VEN Venezuela;VN VNM Vietnam|Viet Nam;EH ESH Western Sahara;YE YEM Yemen;ZM ZMB Zambia;ZW ZWE Zimbabwe`;

/** Older or CAMEO-specific alpha-3 codes that GDELT still uses. */
const EXTRA_ALPHA3: Record<string, string> = { ROM: 'RO', ZAR: 'CD', TMP: 'TL', KOS: 'XK', SER: 'RS' };

export interface CountryCode {
  alpha2: string;
  alpha3: string;
  /** Common English name. */
  name: string;
  names: string[];
}

export interface CountryTable {
  byAlpha2: ReadonlyMap<string, CountryCode>;
  byAlpha3: ReadonlyMap<string, CountryCode>;
  /** By nameKey of every name. */
  byName: ReadonlyMap<string, CountryCode>;
}

let table: CountryTable | undefined;

export function countryTable(): CountryTable {
  table ??= buildTable();
  return table;
}

function buildTable(): CountryTable {
  const byAlpha2 = new Map<string, CountryCode>();
  const byAlpha3 = new Map<string, CountryCode>();
  const byName = new Map<string, CountryCode>();
  for (const item of TABLE.split(';')) {
    const [alpha2, alpha3, ...rest] = item.trim().split(' ');
    const names = rest.join(' ').split('|');
    const country: CountryCode = { alpha2: alpha2!, alpha3: alpha3!, name: names[0]!, names };
    byAlpha2.set(country.alpha2, country);
    byAlpha3.set(country.alpha3, country);
    for (const name of names) byName.set(nameKey(name), country);
  }
  for (const [alpha3, alpha2] of Object.entries(EXTRA_ALPHA3)) byAlpha3.set(alpha3, byAlpha2.get(alpha2)!);
  return { byAlpha2, byAlpha3, byName };
}
